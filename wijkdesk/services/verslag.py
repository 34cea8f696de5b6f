"""What the paper of the evening says: the data of the besluitenlijst, the proces-verbaal, the ballots
and the posters, gathered in one place (no layout here: `exchange.pdf` draws it).

The proces-verbaal is made only of a round whose outcome is fixed, from what was written down then
(`RondeIdee.uitslag*`), so a later change of the rules' code cannot change the record of the evening.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wijkdesk.domain.money import format_cents
from wijkdesk.services import bijeenkomsten, common
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Besluit, Bijeenkomst, RondeIdee, Stembiljet, Stemronde, Telling


@dataclass
class Besluitenlijst:
    wijk: str
    bijeenkomst: Bijeenkomst
    besluiten: list[Besluit]


def besluitenlijst(bijeenkomst) -> Besluitenlijst:
    meeting = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
    return Besluitenlijst(meeting.wijk.naam, meeting, bijeenkomsten.besluiten(meeting))


def rules_lines(ronde: Stemronde) -> list[tuple[str, str]]:
    """The rules of a round in words: (what, value)."""
    lines = [("Stemwijze", rondes.LABELS[ronde.stemwijze]), ("Invoer", rondes.LABELS[ronde.invoerwijze])]
    if ronde.stemwijze == "goedkeuring":
        lines.append(("Hoogstens kruisjes", str(ronde.max_keuzes) if ronde.max_keuzes else "geen grens"))
    if ronde.stemwijze == "punten":
        lines.append(("Punten per kiezer", str(ronde.punten_per_kiezer)))
        lines.append(("Hoogstens punten op één idee", str(ronde.max_punten_per_idee or "geen grens")))
    lines.append(("Te verdelen budget", format_cents(ronde.budget_cents)))
    lines.append(("Regel", rondes.LABELS[ronde.regel]))
    if ronde.regel == "equal_shares":
        completion = rondes.LABELS[ronde.aanvulling]
        if ronde.aanvulling == "verhogen":
            completion += f" (stap {format_cents(ronde.verhoging_cents or rondes.DEFAULT_VERHOGING_CENTS)} per kiezer)"
        lines.append(("Aanvulling", completion))
    lines.append(("Tevredenheid", rondes.LABELS[ronde.tevredenheid]))
    lines.append(("Vier ogen (tweede invoer)", "ja" if ronde.vier_ogen else "nee"))
    return lines


@dataclass
class Correctie:
    soort: str  # "stembiljet" / "telling"
    nummer: int  # ballot number or idea number
    invoer: int
    wat: str  # "verbeterd" / "vervallen"
    oud: str
    nieuw: str
    reden: str
    door: str


@dataclass
class ProcesVerbaal:
    ronde: Stemronde
    wijk: str
    bijeenkomst: Bijeenkomst | None
    regels: list[tuple[str, str]]
    aanwezig: int | None
    stand: stemmen.Stand
    invoerders: dict[int, list[str]]  # entry 1/2 -> who typed
    tweede_invoer_reden: str
    correcties: list[Correctie]
    ongeldig: list[tuple[int, str]]  # ballot number, reason
    uitslag: list[uitslag.IdeeUitslag]
    handmatig: list[tuple[uitslag.IdeeUitslag, str]]  # idea, decision text
    besteed_cents: int
    budget_cents: int
    datum: dt.date
    verschillen: int = 0  # differences left when the outcome was fixed (always 0: fixing requires agreement)
    telling: dict[int, int] = field(default_factory=dict)  # tally per idea number (telling rounds)

    @property
    def over_cents(self) -> int:
        return self.budget_cents - self.besteed_cents

    @property
    def gekozen(self) -> list[uitslag.IdeeUitslag]:
        return sorted((i for i in self.uitslag if i.gekozen), key=lambda i: i.volgorde)


def _ballot_text(biljet: Stembiljet) -> str:
    choices = stemmen.choices_of(biljet)
    return " ".join(f"{n}" if p == 1 else f"{n}:{p}" for n, p in sorted(choices.items())) or "blanco"


def proces_verbaal(ronde) -> ProcesVerbaal:
    ronde = rondes.get_ronde(ronde)
    if ronde.status != "gesloten":
        raise ValidationError("status", f"Het proces-verbaal van '{ronde.titel}' kan pas worden gemaakt als de "
                                        "uitslag is vastgesteld (tab Stemronde, 'Uitslag vaststellen…').")
    links = rondes.ronde_ideeen(ronde)
    counts = stemmen.stand(ronde)
    ideas = [uitslag.IdeeUitslag(link.id, link.idee_id, link.nummer, link.idee.titel, link.kosten_cents,
                                 counts.per_idee.get(link.id, 0), link.uitslag == "gekozen", link.uitslag_volgorde,
                                 link.uitslag_reden, link.handmatig_gekozen, link.handmatig_reden) for link in links]
    typists: dict[int, list[str]] = {1: [], 2: []}
    model = Telling if ronde.invoerwijze == "telling" else Stembiljet
    for invoer, who in (model.select(model.invoer, model.ingevoerd_door).where(model.ronde == ronde)
                        .distinct().order_by(model.invoer, model.ingevoerd_door).tuples()):
        typists.setdefault(invoer, []).append(who or "onbekend")
    corrections: list[Correctie] = []
    if ronde.invoerwijze == "telling":
        by_link = {link.id: link.nummer for link in links}
        for row in Telling.select().where(Telling.ronde == ronde, Telling.vervangt.is_null(False)).order_by(Telling.id):
            old = Telling.get_by_id(row.vervangt_id)
            corrections.append(Correctie("telling", by_link[row.ronde_idee_id], row.invoer, "verbeterd", str(old.aantal),
                                         str(row.aantal), row.reden, row.ingevoerd_door))
    else:
        for row in (Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.vervangt.is_null(False))
                    .order_by(Stembiljet.id)):
            old = Stembiljet.get_by_id(row.vervangt_id)
            corrections.append(Correctie("stembiljet", row.volgnummer, row.invoer,
                                         "vervallen" if row.vervallen else "verbeterd", _ballot_text(old),
                                         "—" if row.vervallen else _ballot_text(row), row.reden, row.ingevoerd_door))
    invalid = [(b.volgnummer, b.reden_ongeldig) for b in stemmen.current_ballots(ronde).values() if not b.geldig] \
        if ronde.invoerwijze == "biljetten" else []
    manual = []
    for idea in ideas:
        if idea.handmatig is not None:
            link = next(link for link in links if link.id == idea.ronde_idee_id)
            decision = (Besluit.select().where(Besluit.onderwerp_uuid == link.uuid).order_by(Besluit.id.desc()).first())
            manual.append((idea, decision.tekst if decision else ""))
    fixed = (Besluit.select().where(Besluit.onderwerp_uuid == ronde.uuid).order_by(Besluit.id.desc()).first())
    meeting = ronde.bijeenkomst if ronde.bijeenkomst_id else None
    tally = {}
    if ronde.invoerwijze == "telling":
        tally = {link.nummer: counts.per_idee.get(link.id, 0) for link in links}
    return ProcesVerbaal(
        ronde=ronde, wijk=ronde.wijk.naam, bijeenkomst=meeting, regels=rules_lines(ronde),
        aanwezig=meeting.aantal_aanwezig if meeting else None, stand=counts, invoerders=typists,
        tweede_invoer_reden=tweede_invoer_reden(ronde), correcties=corrections, ongeldig=invalid, uitslag=ideas,
        handmatig=manual, besteed_cents=sum(i.kosten_cents for i in ideas if i.gekozen),
        budget_cents=ronde.budget_cents, datum=meeting.datum if meeting else (fixed.datum if fixed else dt.date.today()),
        telling=tally)


def tweede_invoer_reden(ronde) -> str:
    """Why the second entry was typed under the same user name as the first (empty when it was not)."""
    from wijkdesk.store.models import AuditLog

    row = (AuditLog.select(AuditLog.reden).where(AuditLog.rij_uuid == rondes.get_ronde(ronde).uuid,
                                                  AuditLog.actie == stemmen.SAME_TYPIST)
           .order_by(AuditLog.id.desc()).first())
    return row.reden if row else ""


@dataclass
class Biljetten:
    """What a paper ballot of a round shows: its ideas with number and cost, and the instruction."""

    ronde: Stemronde
    wijk: str
    datum: dt.date
    ideeen: list[RondeIdee]
    uitleg: str


def biljetten(ronde) -> Biljetten:
    ronde = rondes.get_ronde(ronde)
    links = rondes.ronde_ideeen(ronde)
    if not links:
        raise ValidationError("ideeen", "Zet eerst ideeën op het stembiljet; dan kunnen de biljetten worden gemaakt.")
    if ronde.stemwijze == "goedkeuring":
        uitleg = (f"Zet een kruisje bij hoogstens {ronde.max_keuzes} ideeën." if ronde.max_keuzes
                  else "Zet een kruisje bij elk idee dat u steunt.")
    elif ronde.stemwijze == "budget":
        uitleg = (f"Kies ideeën die samen niet meer kosten dan {format_cents(ronde.budget_cents)}. "
                  "Tel de bedragen op.")
    elif ronde.stemwijze == "punten":
        uitleg = f"Verdeel {ronde.punten_per_kiezer} punten over de ideeën"
        uitleg += (f"; hoogstens {ronde.max_punten_per_idee} op één idee." if ronde.max_punten_per_idee else ".")
    else:
        uitleg = "Zet één kruisje: bij het idee dat u het liefst wilt."
    meeting = ronde.bijeenkomst if ronde.bijeenkomst_id else None
    return Biljetten(ronde, ronde.wijk.naam, meeting.datum if meeting else dt.date.today(), links, uitleg)


@dataclass
class Poster:
    """'Dit kiest de wijk': the chosen ideas of a fixed round, in order, with the budget."""

    ronde: Stemronde
    wijk: str
    datum: dt.date
    gekozen: list[RondeIdee]
    budget_cents: int

    @property
    def besteed_cents(self) -> int:
        return sum(link.kosten_cents for link in self.gekozen)


def poster(ronde) -> Poster:
    ronde = rondes.get_ronde(ronde)
    if ronde.status != "gesloten":
        raise ValidationError("status", "De poster 'Dit kiest de wijk' kan pas worden gemaakt als de uitslag is "
                                        "vastgesteld.")
    chosen = sorted((link for link in rondes.ronde_ideeen(ronde) if link.uitslag == "gekozen"),
                    key=lambda link: link.uitslag_volgorde or 0)
    meeting = ronde.bijeenkomst if ronde.bijeenkomst_id else None
    return Poster(ronde, ronde.wijk.naam, meeting.datum if meeting else dt.date.today(), chosen, ronde.budget_cents)
