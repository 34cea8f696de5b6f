"""The jaarverslag (annual report) of a wijk for the wethouder and the council: the data, no layout.

`gather(wijk, jaar)` collects everything the report shows as plain dataclasses with Decimal money:
the budget figures (from `services.budget`, never summed again here), spending per theme and per kind
of activity, goals with target and reached value, meetings with attendance, stemrondes with votes and
outcome, decisions, verantwoordingen done and late, and a few photos. `vergelijking(jaar)` is the page
comparing all wijken. `exchange/pdf/jaarverslag.py` draws both.

The report goes outside (the council's papers are public), so residents' names, e-mail addresses and
phone numbers are scrubbed from every free text, as in the finance export.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

from peewee import JOIN, fn

from wijkdesk.domain import budget_rules, workflow
from wijkdesk.domain.money import cents_to_decimal
from wijkdesk.domain.privacy import Scrubber
from wijkdesk.services import (afgesloten, bijeenkomsten, bijlagen, budget, common, exchange_queries, jaarafsluiting,
                               jaren, verantwoording, wissen)
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.services.errors import NotFoundError, ServiceError
from wijkdesk.store.models import (
    Besluit,
    Bewonersgroep,
    Bijlage,
    Doel,
    DoelIdee,
    Idee,
    Meedoenbudget,
    RondeIdee,
    Stemronde,
    Toekenning,
    Uitgave,
    Voortgang,
    Wijk,
)

log = logging.getLogger(__name__)

MAX_FOTOS = 6  # "a few photos": two pages of three at most; the rest stay in WijkDesk
GEEN_THEMA = "Zonder thema"
GEEN_SOORT = "Soort niet opgegeven"
ZONDER_TOEKENNING = "Zonder toekenning (direct uit het budget)"

Step = Callable[[str], None]  # called between the parts of the work: progress and a point to cancel


def _d(cents: int | None) -> Decimal | None:
    return None if cents is None else cents_to_decimal(int(cents))


# --- the data --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Overheveling:
    """Money carried from one year to the next at a year end, with its reason."""

    van_jaar: int
    naar_jaar: int
    bedrag: Decimal
    datum: dt.date
    reden: str


@dataclass(frozen=True)
class Geld:
    """The money of one wijk in one year, as `services.budget` computes it (carry-over included)."""

    heeft_budget: bool
    budget: Decimal
    toegekend: Decimal
    uitgegeven: Decimal
    vastgelegd: Decimal
    resterend: Decimal  # after this year's own carry-out: what is still free in this year
    overgeheveld_in: Decimal = Decimal("0.00")  # carried in from the year before
    overgeheveld_uit: Decimal = Decimal("0.00")  # carried out to the next year at the year end
    beschikbaar: Decimal = Decimal("0.00")  # budget + in - out
    over_aan_eind: Decimal = Decimal("0.00")  # left before the carry-out: what a year end carries over
    overhevelingen: tuple = ()  # Overheveling rows into or out of this year
    gesloten_op: dt.date | None = None  # the year end, when the year is closed


@dataclass(frozen=True)
class Post:
    """One bar of a chart: a label and an amount."""

    label: str
    bedrag: Decimal


@dataclass(frozen=True)
class DoelRegel:
    titel: str
    status: str
    indicator: str
    streefwaarde: str
    bereikt_waarde: str
    voortgang: int  # 0..100
    deadline: dt.date | None
    toegekend: Decimal
    uitgegeven: Decimal


@dataclass(frozen=True)
class BijeenkomstRegel:
    datum: dt.date
    titel: str
    soort: str
    plaats: str
    aanwezig: int | None
    besluiten: int


@dataclass(frozen=True)
class RondeRegel:
    titel: str
    datum: dt.date | None
    status: str
    invoerwijze: str  # biljetten or telling
    stemmen: int  # ballots counted (biljetten), or hands/stickers counted (telling)
    ongeldig: int
    budget: Decimal
    gekozen: list[str]  # titles, in the order chosen (empty until the outcome is fixed)
    besteed: Decimal
    uitslag: str  # one line: fixed, not fixed yet, replaced


@dataclass(frozen=True)
class BesluitRegel:
    datum: dt.date
    tekst: str
    besloten_door: str
    bedrag: Decimal | None
    status: str
    status_reden: str


@dataclass(frozen=True)
class VerantwoordingRegel:
    omschrijving: str
    bedrag: Decimal
    band: str
    uiterlijk: dt.date | None
    verantwoord_op: dt.date | None
    staat: str  # 'verantwoord', 'te laat', 'open', 'geen einddatum', 'nog niet toegekend'


@dataclass(frozen=True)
class FotoRegel:
    """A photo to show: `bestand` is a readable file, or None with `probleem` saying why not."""

    naam: str
    omschrijving: str
    bestand: Path | None
    probleem: str = ""


@dataclass
class Jaarverslag:
    wijk: str
    jaar: int
    wijkwethouder: str
    gemaakt_op: dt.date
    geld: Geld
    per_thema: list[Post]
    per_soort: list[Post]
    doelen: list[DoelRegel]
    bijeenkomsten: list[BijeenkomstRegel]
    rondes: list[RondeRegel]
    besluiten: list[BesluitRegel]
    verantwoordingen: list[VerantwoordingRegel]
    fotos: list[FotoRegel]
    fotos_meer: int = 0  # photos of the year beyond MAX_FOTOS, not shown
    weggelaten_teksten: int = 0  # texts with personal data scrubbed

    @property
    def aanwezigen(self) -> int:
        return sum(m.aanwezig or 0 for m in self.bijeenkomsten)

    @property
    def te_laat(self) -> int:
        return sum(v.staat == "te laat" for v in self.verantwoordingen)

    @property
    def verantwoord(self) -> int:
        return sum(v.staat == "verantwoord" for v in self.verantwoordingen)

    @property
    def doelen_afgerond(self) -> int:
        return sum(d.status == "afgerond" for d in self.doelen)

    @property
    def leeg(self) -> bool:
        """Nothing at all for this wijk and year: no budget, goals, meetings, rounds or decisions."""
        return not (self.geld.heeft_budget or self.geld.overhevelingen or self.doelen or self.bijeenkomsten
                    or self.rondes or self.besluiten)


@dataclass(frozen=True)
class WijkRegel:
    """One wijk on the page comparing all wijken."""

    wijk: str
    geld: Geld
    doelen: int
    doelen_afgerond: int
    bijeenkomsten: int
    aanwezigen: int
    stemmen: int
    verantwoord: int
    te_laat: int


@dataclass
class Vergelijking:
    jaar: int
    wijken: list[WijkRegel] = field(default_factory=list)

    def totaal(self, name: str) -> Decimal:
        return sum((getattr(w.geld, name) for w in self.wijken), Decimal("0.00"))


# --- gathering -------------------------------------------------------------------------------------


def find_wijk(naam: str) -> Wijk:
    """A wijk by name (case-insensitive); NotFoundError naming the known wijken."""
    return common.get(Wijk, exchange_queries.make_filter(naam).wijk_id, "wijk")


def _jaar(jaar) -> int:
    return common.integer("jaar", jaar, label="Jaar", minimum=2000, maximum=2100, required=True)


def scrubber() -> Scrubber:
    """Scrubs residents' names, e-mail addresses and phone numbers (and erased persons) from free text."""
    return Scrubber(exchange_queries.personal_data_terms(), wissen.erased_keys())


def goals_of_year(jaar: int, wijk_id: int | None = None) -> dict[int, list[int]]:
    """Wijk id -> ids of its goals of `jaar`, by the one year rule (services.jaren, as the Doelen tab and
    the finance export); of every wijk at once, so a report of all wijken asks once."""
    found: dict[int, list[int]] = {}
    for doel_id, years in jaren.doel_jaren(wijk_id, jaar).items():
        if jaar in years.years:
            found.setdefault(years.wijk_id, []).append(doel_id)
    return found


def gather(wijk, jaar, today: dt.date | None = None, step: Step | None = None,
           scrub: Scrubber | None = None, year_goals: dict[int, list[int]] | None = None) -> Jaarverslag:
    """Everything the jaarverslag of `wijk` (row, id) in `jaar` shows. `year_goals` (goals_of_year) may be
    given by a caller that makes the report of several wijken."""
    wijk = common.get(Wijk, wijk, "wijk")
    jaar = _jaar(jaar)
    today = today or dt.date.today()
    step = step or (lambda _label: None)
    scrub = scrub or scrubber()
    before = scrub.count
    clean = lambda text: scrub.clean(text) or ""  # noqa: E731
    if year_goals is None:
        year_goals = goals_of_year(jaar, wijk.id)
    goal_ids = year_goals.get(wijk.id, [])

    step("Geld")
    geld = geld_van(wijk, jaar, clean)
    thema, soort = spending_breakdown(wijk, jaar)
    step("Doelen")
    goals = _doelen(goal_ids, jaar, clean)
    step("Bijeenkomsten")
    meetings = _bijeenkomsten(wijk, jaar, clean)
    step("Stemrondes")
    rounds = _rondes(wijk, jaar, clean)
    step("Besluiten")
    decisions = _besluiten(wijk, jaar, clean)
    step("Verantwoordingen")
    accounts = _verantwoordingen(wijk, jaar, today, clean)
    step("Foto's")
    photos, more = _fotos(wijk, jaar, goal_ids, clean)
    return Jaarverslag(wijk.naam, jaar, wijk.wijkwethouder, today, geld, thema, soort, goals, meetings, rounds,
                       decisions, accounts, photos, more, scrub.count - before)


def geld_van(wijk, jaar: int, clean=lambda t: t or "") -> Geld:
    """The year's figures from services.budget, with the carry-overs (services.jaarafsluiting)."""
    wijk_id = wijk.id if hasattr(wijk, "id") else int(wijk)
    overview = budget.budget_overview(wijk_id, jaar)
    carries = tuple(Overheveling(o.van_jaar, o.naar_jaar, cents_to_decimal(o.bedrag_cents), o.datum, clean(o.reden))
                    for o in jaarafsluiting.overhevelingen(wijk_id, jaar))
    closing = afgesloten.afsluiting(wijk_id, jaar)
    closed = closing.gesloten_op if closing is not None and closing.heropend_op is None else None
    return Geld(budget.get_budget(wijk_id, jaar) is not None, overview.budget, overview.toegekend,
                overview.uitgegeven, overview.vastgelegd, overview.resterend,
                cents_to_decimal(overview.overgeheveld_in_cents), cents_to_decimal(overview.overgeheveld_uit_cents),
                cents_to_decimal(overview.beschikbaar_cents),
                cents_to_decimal(overview.resterend_voor_overheveling_cents), carries,
                closed.date() if isinstance(closed, dt.datetime) else closed)


def spending_breakdown(wijk, jaar: int) -> tuple[list[Post], list[Post]]:
    """What was spent in the year (the counting expenses, as `budget.budget_overview` counts them),
    split per theme and per kind of activity; each list adds up to the overview's `uitgegeven`.

    Theme: of the first idea of the expense's goal (its own, else its grant's), else the theme of the
    grant's group. Kind: the grant's `activiteit_soort`; expenses outside a grant are their own bar.
    """
    b = budget.get_budget(wijk, jaar)
    if b is None:
        return [], []
    grant = Toekenning.alias("g")
    rows = (Uitgave.select(Uitgave.doel, grant.doel, grant.groep, grant.id, grant.activiteit_soort,
                           fn.SUM(Uitgave.bedrag_cents))
            .join(grant, JOIN.LEFT_OUTER, on=(Uitgave.toekenning == grant.id))
            .where((Uitgave.budget == b) & Uitgave.status.in_(sorted(workflow.UITGAVE_TELT_MEE)))
            .group_by(Uitgave.doel, grant.doel, grant.groep, grant.id, grant.activiteit_soort)
            .tuples())
    rows = list(rows)
    goal_ids = {g for r in rows for g in r[:2] if g}
    goal_theme = {}
    if goal_ids:
        query = (DoelIdee.select(DoelIdee.doel, Idee.thema).join(Idee)
                 .where(DoelIdee.doel.in_(sorted(goal_ids)) & (Idee.thema != "")).order_by(DoelIdee.id))
        for doel_id, thema in query.tuples():
            goal_theme.setdefault(doel_id, thema.strip())
    group_ids = {r[2] for r in rows if r[2]}
    group_theme = dict(Bewonersgroep.select(Bewonersgroep.id, Bewonersgroep.thema)
                       .where(Bewonersgroep.id.in_(sorted(group_ids))).tuples()) if group_ids else {}
    per_thema: dict[str, int] = {}
    per_soort: dict[str, int] = {}
    for own_goal, grant_goal, group, grant_id, kind, total in rows:
        total = int(total or 0)
        theme = (goal_theme.get(own_goal) or goal_theme.get(grant_goal) or (group_theme.get(group) or "").strip()
                 or GEEN_THEMA)
        per_thema[theme] = per_thema.get(theme, 0) + total
        label = ZONDER_TOEKENNING if grant_id is None else ((kind or "").strip() or GEEN_SOORT)
        per_soort[label] = per_soort.get(label, 0) + total

    def posts(sums: dict[str, int]) -> list[Post]:
        return [Post(label, cents_to_decimal(c)) for label, c in sorted(sums.items(), key=lambda kv: (-kv[1], kv[0]))
                if c]

    return posts(per_thema), posts(per_soort)


def _doelen(ids: list[int], jaar: int, clean) -> list[DoelRegel]:
    """The goals `ids` (goals_of_year) with their money of the year."""
    if not ids:
        return []
    out = []
    for chunk in _chunks(ids):
        # The goal's money of this budget year, by the one definition in services.budget.
        query = Doel.select(Doel, budget.doel_toegekend_sql(Doel.id, jaar).alias("toegekend_cents"),
                            budget.doel_uitgegeven_sql(Doel.id, jaar).alias("uitgegeven_cents")).where(Doel.id.in_(chunk))
        for d in query:
            toegekend, uitgegeven = int(d.toegekend_cents or 0), int(d.uitgegeven_cents or 0)
            out.append(DoelRegel(clean(d.titel), d.status, clean(d.indicator), clean(d.streefwaarde),
                                 clean(d.bereikt_waarde), int(d.voortgang or 0), d.deadline,
                                 cents_to_decimal(toegekend), cents_to_decimal(uitgegeven)))
    order = {"lopend": 0, "afgerond": 1, "concept": 2, "gestopt": 3}
    out.sort(key=lambda d: (order.get(d.status, 9), d.deadline or dt.date.max, d.titel.lower()))
    return out


def _chunks(ids: list[int], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _in_jaar(column, jaar: int):
    return column.between(dt.date(jaar, 1, 1), dt.date(jaar, 12, 31))


def _bijeenkomsten(wijk: Wijk, jaar: int, clean) -> list[BijeenkomstRegel]:
    decided = dict(Besluit.select(Besluit.bijeenkomst, fn.COUNT(Besluit.id))
                   .where((Besluit.wijk == wijk) & Besluit.bijeenkomst.is_null(False))
                   .group_by(Besluit.bijeenkomst).tuples())
    meetings = [m for m in bijeenkomsten.bijeenkomsten(wijk) if m.datum and m.datum.year == jaar]
    meetings.sort(key=lambda m: (m.datum, m.tijd, m.id))
    return [BijeenkomstRegel(m.datum, clean(m.titel), bijeenkomsten.SOORT_LABELS.get(m.soort, m.soort),
                             clean(m.plaats), m.aantal_aanwezig, decided.get(m.id, 0)) for m in meetings]


def _ronde_datum(ronde: Stemronde) -> dt.date:
    """A round belongs to the year of its meeting, else the year it was made."""
    if ronde.bijeenkomst_id is not None:
        return ronde.bijeenkomst.datum
    created = ronde.aangemaakt_op
    return created.date() if isinstance(created, dt.datetime) else created


def _rondes(wijk: Wijk, jaar: int, clean) -> list[RondeRegel]:
    out = []
    for ronde in sorted(rondes.rondes(wijk), key=lambda r: r.id):
        datum = _ronde_datum(ronde)
        if datum is None or datum.year != jaar or ronde.status == "vervangen":
            continue  # a replaced round's votes count in the round that replaced it
        counts = stemmen.stand(ronde)
        if ronde.invoerwijze == "telling":
            votes, ongeldig = sum(counts.per_idee.values()), 0
        else:
            votes, ongeldig = counts.biljetten, counts.ongeldig
        gekozen, besteed = [], 0
        if ronde.status == "gesloten":
            # The outcome as written down when it was fixed: the record of the evening.
            links = (RondeIdee.select(RondeIdee, Idee).join(Idee)
                     .where((RondeIdee.ronde == ronde) & (RondeIdee.uitslag == "gekozen"))
                     .order_by(RondeIdee.uitslag_volgorde, RondeIdee.nummer))
            gekozen = [clean(link.idee.titel) for link in links]
            besteed = sum(link.kosten_cents for link in links)
            uitslag = f"vastgesteld: {len(gekozen)} {'idee' if len(gekozen) == 1 else 'ideeën'} gekozen"
        elif ronde.status == "open":
            uitslag = "uitslag nog niet vastgesteld"
        else:
            uitslag = "nog niet gestemd (concept)"
        out.append(RondeRegel(clean(ronde.titel), datum, ronde.status, ronde.invoerwijze, votes, ongeldig,
                              cents_to_decimal(ronde.budget_cents), gekozen, cents_to_decimal(besteed), uitslag))
    return out


def _besluiten(wijk: Wijk, jaar: int, clean) -> list[BesluitRegel]:
    query = (Besluit.select().where((Besluit.wijk == wijk) & _in_jaar(Besluit.datum, jaar))
             .order_by(Besluit.datum, Besluit.id))
    return [BesluitRegel(b.datum, clean(b.tekst), clean(b.besloten_door), _d(b.bedrag_cents), b.status,
                         clean(b.status_reden)) for b in query]


def _verantwoordingen(wijk: Wijk, jaar: int, today: dt.date, clean) -> list[VerantwoordingRegel]:
    """Every counting toekenning of the year and where its verantwoording stands (services.verantwoording:
    the same due dates and late flags as the window and the finance export)."""
    out = []
    for row in verantwoording.per_jaar(wijk.id, jaar, today):
        if row.status == "verantwoord":
            staat = "verantwoord"
        elif row.status != verantwoording.WACHT_OP_VERANTWOORDING:
            staat = "nog niet toegekend"  # aangevraagd: nothing to account for yet
        elif row.te_laat:
            staat = "te laat"
        elif row.uiterlijk is None:
            staat = "geen einddatum"
        else:
            staat = "open"
        out.append(VerantwoordingRegel(clean(row.omschrijving) or f"toekenning {row.toekenning_id}",
                                       cents_to_decimal(row.bedrag_cents), budget_rules.BAND_TEKST[row.band],
                                       row.uiterlijk, row.verantwoord_op, staat))
    order = {"te laat": 0, "open": 1, "geen einddatum": 2, "nog niet toegekend": 3, "verantwoord": 4}
    out.sort(key=lambda v: (order[v.staat], v.uiterlijk or dt.date.max))
    return out


def _foto_ids(wijk: Wijk, jaar: int, goal_ids: list[int]) -> list[int]:
    """Photos of the year: attached to a grant or expense of the year's budget, to a goal of the year,
    or to a progress entry dated in the year; oldest first."""
    budget_ids = Meedoenbudget.select(Meedoenbudget.id).where((Meedoenbudget.wijk == wijk)
                                                              & (Meedoenbudget.jaar == jaar))
    grants = Toekenning.select(Toekenning.uuid).where(Toekenning.budget.in_(budget_ids))
    expenses = Uitgave.select(Uitgave.uuid).where(Uitgave.budget.in_(budget_ids))
    progress = (Voortgang.select(Voortgang.uuid).join(Doel)
                .where((Doel.wijk == wijk) & _in_jaar(Voortgang.datum, jaar)))
    subject = (((Bijlage.onderwerp_tabel == "toekenning") & Bijlage.onderwerp_uuid.in_(grants))
               | ((Bijlage.onderwerp_tabel == "uitgave") & Bijlage.onderwerp_uuid.in_(expenses))
               | ((Bijlage.onderwerp_tabel == "voortgang") & Bijlage.onderwerp_uuid.in_(progress)))
    if goal_ids:
        subject = subject | ((Bijlage.onderwerp_tabel == "doel")
                             & Bijlage.onderwerp_uuid.in_(Doel.select(Doel.uuid).where(Doel.id.in_(goal_ids))))
    query = (Bijlage.select(Bijlage.id).where((Bijlage.wijk == wijk) & (Bijlage.soort == "foto") & subject)
             .order_by(Bijlage.id))
    return [row_id for (row_id,) in query.tuples()]


def _fotos(wijk: Wijk, jaar: int, goal_ids: list[int], clean) -> tuple[list[FotoRegel], int]:
    ids = _foto_ids(wijk, jaar, goal_ids)
    shown = [foto_bestand(Bijlage.get_by_id(i), clean) for i in ids[:MAX_FOTOS]]
    return shown, max(0, len(ids) - MAX_FOTOS)


def foto_bestand(bijlage: Bijlage, clean=lambda t: t or "") -> FotoRegel:
    """A photo's readable file (services.bijlagen: decrypted beside an encrypted database), or None with
    the reason why not in `probleem` (the report names it; it never stops the report)."""
    name, text = clean(bijlage.naam), clean(bijlage.omschrijving)
    try:
        return FotoRegel(name, text, bijlagen.readable_file(bijlage.id))
    except ServiceError as exc:
        log.warning("Foto %s niet in het jaarverslag: %s", bijlage.id, exc)
        return FotoRegel(name, text, None, str(exc))


# --- all wijken ------------------------------------------------------------------------------------


def vergelijking(jaar, today: dt.date | None = None, step: Step | None = None,
                 year_goals: dict[int, list[int]] | None = None) -> Vergelijking:
    """Every wijk that is not archived (or that has a budget that year), side by side."""
    jaar = _jaar(jaar)
    if year_goals is None:
        year_goals = goals_of_year(jaar)
    today = today or dt.date.today()
    step = step or (lambda _label: None)
    with_budget = {w for (w,) in Meedoenbudget.select(Meedoenbudget.wijk).where(Meedoenbudget.jaar == jaar).tuples()}
    result = Vergelijking(jaar)
    for wijk in Wijk.select().order_by(Wijk.naam):
        if wijk.gearchiveerd and wijk.id not in with_budget:
            continue
        step(wijk.naam)
        nothing = lambda text: text or ""  # noqa: E731  counts only: no free text on this page
        goals = _doelen(year_goals.get(wijk.id, []), jaar, nothing)
        meetings = _bijeenkomsten(wijk, jaar, nothing)
        accounts = _verantwoordingen(wijk, jaar, today, nothing)
        votes = sum(r.stemmen for r in _rondes(wijk, jaar, nothing))
        result.wijken.append(WijkRegel(
            wijk.naam, geld_van(wijk, jaar), len(goals), sum(d.status == "afgerond" for d in goals), len(meetings),
            sum(m.aanwezig or 0 for m in meetings), votes, sum(v.staat == "verantwoord" for v in accounts),
            sum(v.staat == "te laat" for v in accounts)))
    return result


def alle_wijken(jaar, today: dt.date | None = None, step: Step | None = None) -> list[Jaarverslag]:
    """The jaarverslag of every wijk shown on the comparison page (one scrubber for all)."""
    jaar = _jaar(jaar)
    scrub = scrubber()
    year_goals = goals_of_year(jaar)
    names = [w.wijk for w in vergelijking(jaar, today, year_goals=year_goals).wijken]
    return [gather(find_wijk(naam), jaar, today, step, scrub, year_goals) for naam in names]


__all__ = ["BesluitRegel", "BijeenkomstRegel", "DoelRegel", "FotoRegel", "Geld", "Jaarverslag", "NotFoundError",
           "Overheveling", "Post", "RondeRegel", "VerantwoordingRegel", "Vergelijking", "WijkRegel", "alle_wijken",
           "find_wijk", "foto_bestand", "gather", "geld_van", "goals_of_year", "spending_breakdown", "vergelijking"]
