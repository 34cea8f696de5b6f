"""Verantwoording: how a group accounts for a grant, when that is due, and which ones are late.

One place decides the due date (`deadline`: the wijk's and year's term in services.instellingen, weeks
after the activity's end) and whether a grant is late (`te_laat`, `te_laat_condition`): the Budget tab,
the start notice, the finance export and the jaarverslag all ask here. The band of a grant
(domain.budget_rules.verantwoording_band_code: by its amount) gives a checklist; the ticked items, the
report text, `verantwoord_op` and a reason for an incomplete checklist live on the grant.
A grant becomes `verantwoord` only when its checklist is complete, or with a written reason.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from wijkdesk.domain import budget_rules, workflow
from wijkdesk.domain.money import format_cents
from wijkdesk.services import bijlagen, budget, common, instellingen
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Bijlage, Meedoenbudget, Toekenning, Uitgave, Wijk, run_prepared

# Only a granted grant can be late: one still asked for has no activity yet, one withdrawn or rejected
# needs no accounting, one verantwoord is done.
WACHT_OP_VERANTWOORDING = "toegekend"
MAX_VERSLAG = 20_000


def _rules(wijk, jaar, cache: dict | None):
    """The rules of a wijk (id or name: an export knows the name) and year."""
    if isinstance(wijk, str):
        if cache is not None and (wijk, jaar) in cache:
            return cache[(wijk, jaar)]
        rules = instellingen.budget_rules(Wijk.select(Wijk.id).where(Wijk.naam == wijk).scalar(), jaar, cache)
        if cache is not None:
            cache[(wijk, jaar)] = rules
        return rules
    return instellingen.budget_rules(wijk, jaar, cache)


def deadline(activiteit_einddatum: dt.date | None, wijk=None, jaar: int | None = None,
             cache: dict | None = None) -> dt.date | None:
    """THE due date of a verantwoording: the term of the spending rules of that wijk (id or name) and budget
    year (13 weeks after the activity ends by default); None without an end date. `cache` (a dict) keeps
    the rules per wijk and year over many calls (an export, a list)."""
    if activiteit_einddatum is None:
        return None
    return budget_rules.verantwoording_deadline(_rules(wijk, jaar, cache), activiteit_einddatum)


def te_laat(status: str, activiteit_einddatum: dt.date | None, wijk=None, jaar: int | None = None,
            today: dt.date | None = None, cache: dict | None = None) -> bool:
    """True when a grant with this status and end date waits for its verantwoording past the due date."""
    if status != WACHT_OP_VERANTWOORDING:
        return False
    due = deadline(activiteit_einddatum, wijk, jaar, cache)
    return due is not None and due < (today or dt.date.today())


def te_laat_condition(wijk_id: int, jaar: int, today: dt.date | None = None):
    """A WHERE condition on Toekenning for the late grants of one wijk and budget year (the term is the same
    for all of them, so the comparison is a plain date bound and uses no SQL date arithmetic)."""
    weeks = _rules(wijk_id, jaar, None).verantwoording_weken
    latest_end = (today or dt.date.today()) - dt.timedelta(weeks=weeks)
    return ((Toekenning.status == WACHT_OP_VERANTWOORDING) & Toekenning.activiteit_einddatum.is_null(False)
            & (Toekenning.activiteit_einddatum < latest_end))


def grant_deadline(toekenning, cache: dict | None = None) -> dt.date | None:
    """The due date of one grant."""
    grant = toekenning if isinstance(toekenning, Toekenning) else budget.get_toekenning(toekenning)
    wijk_id, jaar = _wijk_and_year(grant)
    return deadline(grant.activiteit_einddatum, wijk_id, jaar, cache)


def _wijk_and_year(grant: Toekenning) -> tuple[int, int]:
    row = Meedoenbudget.select(Meedoenbudget.wijk, Meedoenbudget.jaar).where(
        Meedoenbudget.id == grant.budget_id).tuples().first()
    return row[0], row[1]


# --- the checklist -----------------------------------------------------------------------------------


def afgevinkt(grant: Toekenning) -> list[str]:
    """The checklist codes ticked on a grant (an unreadable value counts as none ticked)."""
    try:
        codes = json.loads(grant.verantwoording_afgevinkt or "[]")
    except (TypeError, ValueError):
        return []
    return [c for c in codes if isinstance(c, str)] if isinstance(codes, list) else []


@dataclass(frozen=True)
class Punt:
    """One item of the checklist: its code, what to check, ticked or not, and a hint from the data."""

    code: str
    tekst: str
    afgevinkt: bool
    hint: str = ""


@dataclass
class Stand:
    """Where the verantwoording of one grant stands: due date, band, checklist, money, attachments."""

    toekenning_id: int
    omschrijving: str
    status: str
    bedrag_cents: int
    band: str
    band_tekst: str
    punten: list[Punt]
    verslag: str
    deadline: dt.date | None
    te_laat: bool
    dagen_te_laat: int
    uitgegeven_cents: int
    uitgaven: int
    uitgaven_met_bon: int
    bijlagen: int
    verantwoord_op: dt.date | None
    verantwoord_reden: str
    ontbrekend: list[str] = field(default_factory=list)

    @property
    def compleet(self) -> bool:
        return all(p.afgevinkt for p in self.punten)

    @property
    def resterend_cents(self) -> int:
        return self.bedrag_cents - self.uitgegeven_cents


def stand(toekenning, today: dt.date | None = None) -> Stand:
    """The verantwoording of one grant as the window shows it."""
    grant = budget.get_toekenning(toekenning)
    today = today or dt.date.today()
    wijk_id, jaar = _wijk_and_year(grant)
    due = deadline(grant.activiteit_einddatum, wijk_id, jaar)
    late = te_laat(grant.status, grant.activiteit_einddatum, wijk_id, jaar, today)
    counted = sorted(workflow.UITGAVE_TELT_MEE)
    expenses = list(Uitgave.select(Uitgave.id, Uitgave.uuid, Uitgave.bonnetje, Uitgave.bedrag_cents)
                    .where((Uitgave.toekenning == grant) & Uitgave.status.in_(counted)))
    attached = bijlagen.count_per_subject("uitgave", [u.uuid for u in expenses])
    with_receipt = sum(1 for u in expenses if u.bonnetje or attached.get(u.uuid))
    spent = sum(u.bedrag_cents for u in expenses)
    own = Bijlage.select().where((Bijlage.onderwerp_tabel == "toekenning") & (Bijlage.onderwerp_uuid == grant.uuid))
    n_own = own.count()
    band = budget_rules.verantwoording_band_code(grant.bedrag_cents)
    ticked = set(afgevinkt(grant))
    hints = {
        "bonnen": f"{with_receipt} van {len(expenses)} uitgaven hebben een bon of bijlage" if expenses
                  else "nog geen uitgaven onder deze toekenning",
        "activiteitenverslag": "verslag geschreven" if grant.verantwoording_verslag.strip() else "nog geen verslag",
        "financieel_verslag": f"toegekend {format_cents(grant.bedrag_cents)}, uitgegeven {format_cents(spent)}",
        "accountantsverklaring": (f"{n_own} bijlage(n) bij de toekenning" if n_own
                                  else "nog geen document bij de toekenning"),
    }
    punten = [Punt(code, tekst, code in ticked, hints.get(code, ""))
              for code, tekst in budget_rules.verantwoording_checklist(grant.bedrag_cents)]
    return Stand(
        toekenning_id=grant.id, omschrijving=grant.omschrijving, status=grant.status, bedrag_cents=grant.bedrag_cents,
        band=band, band_tekst=budget_rules.BAND_TEKST[band], punten=punten, verslag=grant.verantwoording_verslag,
        deadline=due, te_laat=late, dagen_te_laat=(today - due).days if late else 0, uitgegeven_cents=spent,
        uitgaven=len(expenses), uitgaven_met_bon=with_receipt, bijlagen=n_own, verantwoord_op=grant.verantwoord_op,
        verantwoord_reden=grant.verantwoord_reden, ontbrekend=[p.tekst for p in punten if not p.afgevinkt])


def save(toekenning, *, verslag: str | None = None, afgevinkt_codes=None) -> Toekenning:
    """Store the report text and/or the ticked checklist items of a grant; one change (undoable)."""
    fields = {}
    if verslag is not None:
        fields["verantwoording_verslag"] = verslag
    if afgevinkt_codes is not None:
        fields["verantwoording_afgevinkt"] = afgevinkt_codes

    def validate(values, current):
        out = {}
        if "verantwoording_verslag" in values:
            out["verantwoording_verslag"] = common.text("verantwoording_verslag", values["verantwoording_verslag"],
                                                        label="Verslag", max_len=MAX_VERSLAG)
        if "verantwoording_afgevinkt" in values:
            codes = list(values["verantwoording_afgevinkt"])
            allowed = [code for code, _text in budget_rules.verantwoording_checklist(current.bedrag_cents)]
            unknown = [c for c in codes if c not in budget_rules.ALL_CHECKLIST_CODES]
            if unknown:
                raise ValidationError("verantwoording_afgevinkt",
                                      f"Onbekend punt van de checklist: {', '.join(map(str, unknown))}.")
            # Kept in the checklist's order; a code of another band (the amount changed) is kept too, so
            # nothing ticked is lost when the amount moves back.
            ordered = [c for c in allowed if c in codes] + sorted(set(codes) - set(allowed))
            out["verantwoording_afgevinkt"] = json.dumps(ordered)
        return out

    return common.update_row(Toekenning, toekenning, "toekenning", fields, validate)


def completeness_problem(grant: Toekenning, reden: str = "") -> str | None:
    """None when the grant may become verantwoord (checklist complete, or a reason); else a Dutch sentence."""
    ticked = set(afgevinkt(grant))
    missing = [tekst for code, tekst in budget_rules.verantwoording_checklist(grant.bedrag_cents) if code not in ticked]
    if not missing or reden.strip():
        return None
    return ("De checklist van de verantwoording is nog niet compleet; nog niet afgevinkt: "
            + "; ".join(missing) + ". Vink die af in 'Verantwoording…', of geef een reden op waarom de "
            "toekenning toch verantwoord is.")


def mark_verantwoord(toekenning, reden: str = "", op=None, override_reden: str = "") -> Toekenning:
    """Set a grant to `verantwoord`: only with its checklist complete, or with a written reason (kept in
    `verantwoord_reden`); `verantwoord_op` is the date (today unless given). One change."""
    return budget.change_toekenning_status(toekenning, "verantwoord", reden=reden, override_reden=override_reden,
                                           verantwoord_op=op)


def verantwoord_fields(current: Toekenning, new_status: str, reden: str, op) -> dict:
    """The verantwoording columns a status change sets (called by budget.change_toekenning_status)."""
    if new_status == "verantwoord" and current.status != "verantwoord":
        problem = completeness_problem(current, reden)
        if problem:
            raise ValidationError("status", problem)
        datum = common.date("verantwoord_op", op, label="Verantwoord op") or dt.date.today()
        incomplete = completeness_problem(current) is not None
        return {"verantwoord_op": datum, "verantwoord_reden": reden.strip() if incomplete else ""}
    if current.status == "verantwoord" and new_status != "verantwoord":
        return {"verantwoord_op": None, "verantwoord_reden": ""}
    return {}


# --- late ones, counts (start notice, jaarverslag, export) -------------------------------------------


@dataclass(frozen=True)
class TeLaat:
    """A grant whose verantwoording is overdue."""

    toekenning_id: int
    omschrijving: str
    zaaknummer: str
    wijk_id: int
    wijk_naam: str
    jaar: int
    deadline: dt.date
    dagen: int


def _waiting_past_the_end(day, by_wijk: bool, by_jaar: bool, scope):
    """Grants waiting for their verantwoording whose activity ended before `day` (of a wijk and/or year)."""
    query = (Toekenning.select(Toekenning.id, Toekenning.omschrijving, Toekenning.zaaknummer,
                               Toekenning.activiteit_einddatum, Wijk.id, Wijk.naam, Meedoenbudget.jaar)
             .join(Meedoenbudget).join(Wijk)
             .where((Toekenning.status == WACHT_OP_VERANTWOORDING) & Toekenning.activiteit_einddatum.is_null(False)
                    & (Toekenning.activiteit_einddatum < day)))
    scope = list(scope)
    if by_wijk:
        query = query.where(Meedoenbudget.wijk == scope.pop(0))
    if by_jaar:
        query = query.where(Meedoenbudget.jaar == scope.pop(0))
    return query.tuples()


def te_laat_grants(wijk_id: int | None = None, jaar: int | None = None, today: dt.date | None = None,
                   cache: dict | None = None) -> list[TeLaat]:
    """Every grant waiting for its verantwoording past the due date (of one wijk and/or year), most overdue
    first; `cache` as in `deadline`."""
    today = today or dt.date.today()
    given = [v for v in (wijk_id, jaar) if v is not None]
    # Asked on every opening of the Budget tab (one wijk-year) and at start (all): SQL made once per shape.
    rows = run_prepared(f"verantwoording.te_laat_grants:{wijk_id is not None}:{jaar is not None}",
                        lambda day, *scope: _waiting_past_the_end(day, wijk_id is not None, jaar is not None, scope),
                        Toekenning.activiteit_einddatum.db_value(today), *given)
    cache = {} if cache is None else cache
    found = []
    for t_id, omschrijving, zaak, einde, w_id, w_naam, b_jaar in rows:
        due = deadline(einde, w_id, b_jaar, cache)
        if due is not None and due < today:
            found.append(TeLaat(t_id, omschrijving, zaak, w_id, w_naam, b_jaar, due, (today - due).days))
    return sorted(found, key=lambda t: (-t.dagen, t.wijk_naam, t.toekenning_id))


def count_te_laat(wijk_id: int | None = None, jaar: int | None = None, today: dt.date | None = None,
                  cache: dict | None = None) -> int:
    """How many verantwoordingen are late (the start notice: '3 verantwoordingen te laat'); `cache` as in
    `deadline`."""
    return len(te_laat_grants(wijk_id, jaar, today, cache))


def notice(wijk_id: int | None = None, today: dt.date | None = None) -> str:
    """The Dutch notice for the window ('3 verantwoordingen te laat'), or '' when none is late."""
    n = count_te_laat(wijk_id, None, today)
    if not n:
        return ""
    return "1 verantwoording te laat" if n == 1 else f"{n} verantwoordingen te laat"


@dataclass(frozen=True)
class Telling:
    """Verantwoordingen of a wijk and year: done (in time or late), late (still open), open in time."""

    verantwoord: int
    verantwoord_op_tijd: int
    te_laat: int
    open: int
    zonder_einddatum: int

    @property
    def totaal(self) -> int:
        return self.verantwoord + self.te_laat + self.open + self.zonder_einddatum


def counts(wijk_id: int | None, jaar: int | None, today: dt.date | None = None) -> Telling:
    """Counts for the jaarverslag: grants of the wijk's budget of `jaar` that are verantwoord (and how many
    of those in time), late, open within their term, or without an end date (no due date yet)."""
    today = today or dt.date.today()
    query = (Toekenning.select(Toekenning.status, Toekenning.activiteit_einddatum, Toekenning.verantwoord_op,
                               Meedoenbudget.wijk, Meedoenbudget.jaar)
             .join(Meedoenbudget)
             .where(Toekenning.status.in_(["toegekend", "verantwoord"])))
    if wijk_id is not None:
        query = query.where(Meedoenbudget.wijk == wijk_id)
    if jaar is not None:
        query = query.where(Meedoenbudget.jaar == jaar)
    tally: Counter = Counter()
    cache: dict = {}
    for status, einde, op, w_id, b_jaar in query.tuples():
        due = deadline(einde, w_id, b_jaar, cache)
        if status == "verantwoord":
            tally["verantwoord"] += 1
            if due is None or op is None or op <= due:
                tally["op_tijd"] += 1
        elif due is None:
            tally["zonder"] += 1
        elif due < today:
            tally["te_laat"] += 1
        else:
            tally["open"] += 1
    return Telling(tally["verantwoord"], tally["op_tijd"], tally["te_laat"], tally["open"], tally["zonder"])


def export_status(status: str, activiteit_einddatum: dt.date | None, verantwoord_op: dt.date | None,
                  wijk=None, jaar: int | None = None, today: dt.date | None = None,
                  cache: dict | None = None) -> str:
    """The verantwoording status of a grant in one Dutch phrase, for the finance export:
    'verantwoord op 12-03-2026', 'te laat (uiterlijk 01-02-2026)', 'open (uiterlijk ...)', 'geen einddatum',
    or '' for a grant that needs none (aangevraagd, afgewezen, ingetrokken)."""
    if status == "verantwoord":
        return f"verantwoord op {verantwoord_op:%d-%m-%Y}" if verantwoord_op else "verantwoord"
    if status != WACHT_OP_VERANTWOORDING:
        return ""
    due = deadline(activiteit_einddatum, wijk, jaar, cache)
    if due is None:
        return "geen einddatum"
    state = "te laat" if due < (today or dt.date.today()) else "open"
    return f"{state} (uiterlijk {due:%d-%m-%Y})"


@dataclass(frozen=True)
class JaarRij:
    """One counting grant of a wijk's budget year, for the jaarverslag."""

    toekenning_id: int
    omschrijving: str
    bedrag_cents: int
    band: str
    status: str
    uiterlijk: dt.date | None
    verantwoord_op: dt.date | None
    te_laat: bool


def per_jaar(wijk_id: int, jaar: int, today: dt.date | None = None) -> list[JaarRij]:
    """The grants of a wijk's budget of `jaar` that count (aangevraagd, toegekend, verantwoord) with their
    verantwoording: band, due date, done on, late; by due date (none last), then id."""
    today = today or dt.date.today()
    query = (Toekenning.select(Toekenning.id, Toekenning.omschrijving, Toekenning.bedrag_cents, Toekenning.status,
                               Toekenning.activiteit_einddatum, Toekenning.verantwoord_op)
             .join(Meedoenbudget)
             .where((Meedoenbudget.wijk == wijk_id) & (Meedoenbudget.jaar == jaar)
                    & Toekenning.status.in_(sorted(workflow.TOEKENNING_TELT_MEE))))
    cache: dict = {}
    rows = []
    for t_id, omschrijving, bedrag, status, einde, op in query.tuples():
        due = deadline(einde, wijk_id, jaar, cache)
        rows.append(JaarRij(t_id, omschrijving, bedrag, budget_rules.verantwoording_band_code(bedrag), status, due, op,
                            te_laat(status, einde, wijk_id, jaar, today, cache)))
    return sorted(rows, key=lambda r: (r.uiterlijk is None, r.uiterlijk or dt.date.min, r.toekenning_id))
