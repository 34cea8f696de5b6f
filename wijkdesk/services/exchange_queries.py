"""Read-only queries for the Excel export: rows as plain tuples, streamed, never a person's details.

The export of a large database must run in constant memory, so the big lists (uitgaven) are
streamed from the cursor (`.iterator()`) as tuples instead of model objects. No query here joins
`Persoon`: what goes to finance cannot contain a resident's name, e-mail or phone by construction.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterator

from peewee import JOIN, fn

from wijkdesk.domain import workflow
from wijkdesk.services import bijlagen, budget, jaarafsluiting, jaren, verantwoording
from wijkdesk.services.errors import NotFoundError
from wijkdesk.store.models import (
    Bijlage,
    Besluit,
    Bewonersgroep,
    Bijeenkomst,
    Doel,
    DoelIdee,
    Idee,
    Meedoenbudget,
    Persoon,
    Toekenning,
    Uitgave,
    Wijk,
)

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class ExportFilter:
    """Which part of the database to export: one wijk or all, one year or all."""

    wijk_id: int | None = None
    wijk_naam: str | None = None
    jaar: int | None = None

    def describe_wijk(self) -> str:
        return self.wijk_naam or "alle wijken"

    def describe_jaar(self) -> str:
        return str(self.jaar) if self.jaar else "alle jaren"


def make_filter(wijk: str | None = None, jaar: int | None = None) -> ExportFilter:
    """A filter from a wijk name (case-insensitive) and a year; unknown wijk -> NotFoundError."""
    if not wijk:
        return ExportFilter(jaar=jaar)
    found = Wijk.get_or_none(fn.LOWER(Wijk.naam) == wijk.strip().lower())
    if found is None:
        known = ", ".join(w.naam for w in Wijk.select(Wijk.naam).order_by(Wijk.naam)) or "geen"
        raise NotFoundError(f"De wijk '{wijk}' bestaat niet. Bekende wijken: {known}.")
    return ExportFilter(wijk_id=found.id, wijk_naam=found.naam, jaar=jaar)


def _budget_where(query, f: ExportFilter):
    if f.wijk_id is not None:
        query = query.where(Meedoenbudget.wijk == f.wijk_id)
    if f.jaar is not None:
        query = query.where(Meedoenbudget.jaar == f.jaar)
    return query


def _idee_year_where(query, f: ExportFilter):
    """Ideas of the filter's wijk and year, by the one rule in services.jaren (needs the meeting joined)."""
    if f.wijk_id is not None:
        query = query.where(Idee.wijk == f.wijk_id)
    if f.jaar is not None:
        query = query.where(jaren.idee_in_jaar(f.jaar))
    return query


def _idee_query(*fields):
    return Idee.select(*fields).join(Bijeenkomst, JOIN.LEFT_OUTER, on=(Idee.bijeenkomst == Bijeenkomst.id))


# The year rules live in services.jaren; these names are kept for the export's readers.
idee_year = jaren.idee_jaar
DoelYears = jaren.DoelJaren


def doel_years(f: ExportFilter) -> dict[int, DoelYears]:
    """Goal id -> DoelYears for every goal of the filter's wijk (`in_year` picks): the goal's home year
    and the years with money or progress for it (services.jaren.doel_jaren), of the filter's year only
    when it has one (what every reader here asks). One definition for the Doelen sheet and the
    Overzicht counts."""
    return jaren.doel_jaren(f.wijk_id, f.jaar)


def in_year(goal: DoelYears, f: ExportFilter) -> bool:
    return f.jaar is None or f.jaar in goal.years


# --- counts (for progress) ----------------------------------------------------------------------


def count_rows(f: ExportFilter, goals: dict[int, DoelYears] | None = None,
               ideas: dict[tuple[int, int], Counter] | None = None) -> dict[str, int]:
    """How many rows each sheet will get (`ideas`: `idee_status_counts(f)` when already read)."""
    return {
        "toekenningen": _budget_where(Toekenning.select().join(Meedoenbudget), f).count(),
        "uitgaven": _budget_where(Uitgave.select().join(Meedoenbudget), f).count(),
        "ideeen": (_idee_year_where(_idee_query(), f).count() if ideas is None
                   else sum(sum(counter.values()) for counter in ideas.values())),
        "doelen": sum(1 for goal in (doel_years(f) if goals is None else goals).values() if in_year(goal, f)),
    }


def years_with_data(f: ExportFilter) -> list[int]:
    """The years the filter's wijk has data in, whatever the filter's year (to help a user who chose
    an empty one)."""
    everything = ExportFilter(wijk_id=f.wijk_id, wijk_naam=f.wijk_naam)
    return sorted({jaar for _wijk, _naam, jaar in overzicht_keys(everything)})


# --- Overzicht ----------------------------------------------------------------------------------


@dataclass
class OverzichtRow:
    """One wijk and year: the budget figures and the number of ideas and goals per status."""

    wijk_naam: str
    jaar: int
    budget_cents: int = 0
    toegekend_cents: int = 0
    uitgegeven_cents: int = 0
    resterend_cents: int = 0
    ideeen: Counter = None
    doelen: Counter = None


def overzicht_keys(f: ExportFilter, goals: dict[int, DoelYears] | None = None,
                   ideas: dict[tuple[int, int], Counter] | None = None) -> list[tuple[int, str, int]]:
    """(wijk id, wijk name, year) of every budget and of every year with ideas or goals, sorted
    (`ideas`: `idee_status_counts(f)` when already read)."""
    keys: set[tuple[int, str, int]] = set()
    names = dict(Wijk.select(Wijk.id, Wijk.naam).tuples())
    for wijk_id, naam, jaar in _budget_where(
        Meedoenbudget.select(Wijk.id, Wijk.naam, Meedoenbudget.jaar).join(Wijk), f
    ).tuples():
        keys.add((wijk_id, naam, jaar))
    for wijk_id, jaar in (idee_status_counts(f) if ideas is None else ideas):
        keys.add((wijk_id, names[wijk_id], jaar))
    for goal in (doel_years(f) if goals is None else goals).values():
        keys.update((goal.wijk_id, names[goal.wijk_id], jaar) for jaar in goal.years
                    if f.jaar is None or jaar == f.jaar)
    return sorted(keys, key=lambda k: (k[1].lower(), k[2]))


def idee_status_counts(f: ExportFilter) -> dict[tuple[int, int], Counter]:
    """(wijk id, year) -> Counter of idea statuses (an idea in the year of `idee_year`).

    The export reads this once and gives it to `count_rows` and `overzicht_keys`: without an index on
    the idea's year every read of a wijk-year's ideas reads the wijk's ideas of every year (at city
    scale ten times as many, on scattered pages: 17 ms a read where today's size takes 2)."""
    counts: dict[tuple[int, int], Counter] = {}
    query = _idee_year_where(_idee_query(Idee.wijk, Idee.status, Idee.jaar, Idee.aangemaakt_op, Bijeenkomst.datum), f)
    for wijk_id, status, jaar, created, meeting in query.tuples():
        counts.setdefault((wijk_id, idee_year(jaar, meeting, created)), Counter())[status] += 1
    return counts


def doel_status_counts(f: ExportFilter, goals: dict[int, DoelYears]) -> dict[tuple[int, int], Counter]:
    """(wijk id, year) -> Counter of goal statuses; a goal counts in every year it belongs to."""
    counts: dict[tuple[int, int], Counter] = {}
    for goal in goals.values():
        for jaar in goal.years:
            if f.jaar is None or jaar == f.jaar:
                counts.setdefault((goal.wijk_id, jaar), Counter())[goal.status] += 1
    return counts


# --- Toekenningen -------------------------------------------------------------------------------


def spent_per_toekenning(f: ExportFilter | None = None) -> dict[int, int]:
    """Toekenning id -> cents spent (expenses whose status counts as spent), for the grants of the
    filter (all without one): the sums of one wijk-year read only the expenses under its grants."""
    if f is None or (f.wijk_id is None and f.jaar is None):
        grants = Uitgave.toekenning.is_null(False)
    else:
        grants = Uitgave.toekenning.in_(_budget_where(Toekenning.select(Toekenning.id).join(Meedoenbudget), f))
    query = (Uitgave.select(Uitgave.toekenning, fn.SUM(Uitgave.bedrag_cents))
             .where(grants & Uitgave.status.in_(sorted(workflow.UITGAVE_TELT_MEE)))
             .group_by(Uitgave.toekenning))
    return {tid: int(total or 0) for tid, total in query.tuples()}


def toekenning_rows(f: ExportFilter) -> Iterator[tuple]:
    """Toekenningen: (zaaknummer, wijk, jaar, groep, doel, omschrijving, bedrag, besluitdatum,
    besloten_door, status, activiteit_einddatum, override_reden, id, uuid, verantwoord_op), ordered by
    wijk, year, decision date."""
    query = (Toekenning
             .select(Toekenning.zaaknummer, Wijk.naam, Meedoenbudget.jaar, Bewonersgroep.naam, Doel.titel,
                     Toekenning.omschrijving, Toekenning.bedrag_cents, Toekenning.besluitdatum,
                     Toekenning.besloten_door, Toekenning.status, Toekenning.activiteit_einddatum,
                     Toekenning.override_reden, Toekenning.id, Toekenning.uuid, Toekenning.verantwoord_op)
             .join(Meedoenbudget).join(Wijk)
             .switch(Toekenning).join(Bewonersgroep, JOIN.LEFT_OUTER)
             .switch(Toekenning).join(Doel, JOIN.LEFT_OUTER))
    query = _budget_where(query, f).order_by(Wijk.naam, Meedoenbudget.jaar, Toekenning.besluitdatum, Toekenning.id)
    return query.tuples().iterator()


# --- Uitgaven -----------------------------------------------------------------------------------


def uitgave_rows(f: ExportFilter) -> Iterator[tuple]:
    """Uitgaven: (datum, wijk, jaar, doel, toekenning omschrijving, omschrijving, leverancier,
    factuurnummer, bedrag, status, betaald_op, zaaknummer, override_reden, uuid), streamed, by date.

    The goal is the one the expense is booked on, else the goal of its grant: the same goal whose
    Uitgegeven (services.budget.doel_uitgegeven_sql) counts the expense.
    """
    grant_goal = Doel.alias("grant_goal")
    query = (Uitgave
             .select(Uitgave.datum, Wijk.naam, Meedoenbudget.jaar, fn.COALESCE(Doel.titel, grant_goal.titel),
                     Toekenning.omschrijving, Uitgave.omschrijving, Uitgave.leverancier, Uitgave.factuurnummer,
                     Uitgave.bedrag_cents, Uitgave.status, Uitgave.betaald_op, Toekenning.zaaknummer,
                     Uitgave.override_reden, Uitgave.uuid)
             .join(Meedoenbudget).join(Wijk)
             .switch(Uitgave).join(Toekenning, JOIN.LEFT_OUTER)
             .join(grant_goal, JOIN.LEFT_OUTER, on=(Toekenning.doel == grant_goal.id))
             .switch(Uitgave).join(Doel, JOIN.LEFT_OUTER, on=(Uitgave.doel == Doel.id)))
    query = _budget_where(query, f).order_by(Uitgave.datum, Uitgave.id)
    return query.tuples().iterator()


# --- Ideeën and Doelen --------------------------------------------------------------------------


def idee_rows(f: ExportFilter) -> Iterator[tuple]:
    """Ideeën: (wijk, titel, omschrijving, thema, geschatte kosten, groep, by a person (bool),
    bijeenkomst titel, bijeenkomst datum, status, status_reden, aangemaakt_op, uuid)."""
    query = (Idee
             .select(Wijk.naam, Idee.titel, Idee.omschrijving, Idee.thema, Idee.geschatte_kosten_cents,
                     Bewonersgroep.naam, Idee.ingediend_door_persoon.is_null(False), Bijeenkomst.titel,
                     Bijeenkomst.datum, Idee.status, Idee.status_reden, Idee.aangemaakt_op, Idee.uuid)
             .join(Wijk)
             .switch(Idee).join(Bewonersgroep, JOIN.LEFT_OUTER)
             .switch(Idee).join(Bijeenkomst, JOIN.LEFT_OUTER))
    query = _idee_year_where(query, f).order_by(Wijk.naam, Idee.aangemaakt_op, Idee.id)
    return query.tuples().iterator()


IDEE_ROW_STATUS = 9  # the status in an `idee_rows` tuple


def wijk_year_ideas(f: ExportFilter) -> tuple[list[tuple] | None, dict[tuple[int, int], Counter]]:
    """The ideas of an export: (the `idee_rows` when read already, else None; `idee_status_counts`).

    For one wijk-year the rows are read once, here, and the counts taken from them: every read of a
    wijk-year's ideas reads the wijk's ideas of all years (no index on the year; at city scale ten
    times as many rows on scattered pages), and a wijk-year's ideas are a list the Ideeen tab holds too.
    A larger export (all wijken or all years) counts them in one read of a few columns and streams its
    rows later (constant memory)."""
    if f.wijk_id is None or f.jaar is None:
        return None, idee_status_counts(f)
    rows = list(idee_rows(f))
    # Every row is of the filter's wijk and, by the rule of services.jaren, of its year.
    return rows, ({(f.wijk_id, f.jaar): Counter(row[IDEE_ROW_STATUS] for row in rows)} if rows else {})


def doel_money(jaar: int | None = None, wijk_id: int | None = None) -> dict[int, tuple[int, int]]:
    """Doel id -> (granted, spent) in cents, by the one definition in services.budget; with `jaar`,
    only the money of that budget year (so a year's Doelen sheet adds up with its Toekenningen); with
    `wijk_id`, only the goals of that wijk (the ones its Doelen sheet lists)."""
    query = Doel.select(Doel.id, budget.doel_toegekend_sql(Doel.id, jaar), budget.doel_uitgegeven_sql(Doel.id, jaar))
    if wijk_id is not None:
        query = query.where(Doel.wijk == wijk_id)
    return {doel_id: (int(granted or 0), int(spent or 0)) for doel_id, granted, spent in query.tuples()}


def doel_idee_titles(wijk_id: int | None = None) -> dict[int, list[str]]:
    """Doel id -> titles of the ideas it was made from (of the goals of `wijk_id` only, when given)."""
    out: dict[int, list[str]] = {}
    query = DoelIdee.select(DoelIdee.doel, Idee.titel).join(Idee).order_by(DoelIdee.doel, Idee.titel)
    if wijk_id is not None:
        query = query.where(DoelIdee.doel.in_(Doel.select(Doel.id).where(Doel.wijk == wijk_id)))
    for doel_id, titel in query.tuples():
        out.setdefault(doel_id, []).append(titel)
    return out


def doel_rows(f: ExportFilter, goals: dict[int, DoelYears]) -> Iterator[tuple]:
    """Doelen of `goals` in the filter's year: (wijk, titel, omschrijving, indicator, streefwaarde,
    deadline, verantwoordelijke, eigenaar groep, status, voortgang, begroot, id, uuid)."""
    query = (Doel
             .select(Wijk.naam, Doel.titel, Doel.omschrijving, Doel.indicator, Doel.streefwaarde, Doel.deadline,
                     Doel.verantwoordelijke, Bewonersgroep.naam, Doel.status, Doel.voortgang,
                     Doel.begroot_cents, Doel.id, Doel.uuid)
             .join(Wijk)
             .switch(Doel).join(Bewonersgroep, JOIN.LEFT_OUTER))
    if f.wijk_id is not None:
        query = query.where(Doel.wijk == f.wijk_id)
    query = query.order_by(Wijk.naam, Doel.deadline, Doel.id)
    # Goals are few (hundreds): the year is picked here by the same rule as the Overzicht counts.
    for row in query.tuples().iterator():
        goal = goals.get(row[11])
        if goal is not None and in_year(goal, f):
            yield row


# --- personal data to keep out ------------------------------------------------------------------


def personal_data_terms() -> list[str]:
    """Every resident's name, e-mail and phone: the export scrubs these from free text."""
    terms = []
    for naam, email, telefoon in Persoon.select(Persoon.naam, Persoon.email, Persoon.telefoon).tuples():
        terms.extend(t for t in (naam, email, telefoon) if t and t.strip())
    return terms


# --- budget figures -----------------------------------------------------------------------------


@dataclass
class BudgetFigures:
    """The money of one wijk and year, in cents, as `services.budget.budget_overview` computes it."""

    budget_cents: int = 0
    toegekend_cents: int = 0
    uitgegeven_cents: int = 0
    resterend_cents: int = 0
    overgeheveld_in_cents: int = 0  # carried in from an earlier year (adds to what is available)
    overgeheveld_uit_cents: int = 0  # carried out to a later year at a year end (no longer available)

    def as_counter(self) -> Counter:
        return Counter(budget_cents=self.budget_cents, toegekend_cents=self.toegekend_cents,
                       uitgegeven_cents=self.uitgegeven_cents, resterend_cents=self.resterend_cents,
                       overgeheveld_in_cents=self.overgeheveld_in_cents,
                       overgeheveld_uit_cents=self.overgeheveld_uit_cents)


def budget_figures(wijk_id: int, jaar: int) -> BudgetFigures:
    """Budget, granted, spent and left for one wijk and year: the same figures as the status bar
    (resterend = budget + carried in - carried out - committed)."""
    overview = budget.budget_overview(wijk_id, jaar)
    return BudgetFigures(overview.budget_cents, overview.toegekend_cents, overview.uitgegeven_cents,
                         overview.resterend_cents, overview.overgeheveld_in_cents, overview.overgeheveld_uit_cents)


def besluit_rows(f: ExportFilter):
    """Decisions about money (with an amount), oldest first: (datum, wijk, bijeenkomst titel, bijeenkomst
    datum, tekst, besloten_door, bedrag_cents, status, status_reden, uuid); a decision belongs to the year
    of its date."""
    query = (Besluit.select(Besluit.datum, Wijk.naam, Bijeenkomst.titel, Bijeenkomst.datum, Besluit.tekst,
                            Besluit.besloten_door, Besluit.bedrag_cents, Besluit.status, Besluit.status_reden,
                            Besluit.uuid)
             .join(Wijk).switch(Besluit).join(Bijeenkomst, JOIN.LEFT_OUTER)
             .where(Besluit.bedrag_cents.is_null(False)).order_by(Besluit.datum, Besluit.id))
    if f.wijk_id is not None:
        query = query.where(Besluit.wijk == f.wijk_id)
    if f.jaar is not None:
        query = query.where(Besluit.datum.between(dt.date(f.jaar, 1, 1), dt.date(f.jaar, 12, 31)))
    return query.tuples()


# --- carry-over (year end) ------------------------------------------------------------------------


def carry_over_rows(f: ExportFilter) -> list:
    """Carry-overs into or out of the filter's year (all years without one) of its wijk (or all):
    services.jaarafsluiting.OverhevelingRegel rows, oldest first."""
    return jaarafsluiting.overhevelingen(f.wijk_id, f.jaar)


def verantwoording_status(status, einde, verantwoord_op, wijk, jaar, cache: dict) -> str:
    """The grant's verantwoording in one Dutch phrase (services.verantwoording.export_status)."""
    return verantwoording.export_status(status, einde, verantwoord_op, wijk, jaar, cache=cache)


# --- receipts that travel with the workbook -------------------------------------------------------


@dataclass(frozen=True)
class Bon:
    """One receipt file of an expense: `readable()` gives its plain content as a file (a decrypted copy
    beside an encrypted database, never the ciphertext); a ServiceError or OSError when it is gone."""

    uitgave_uuid: str
    factuurnummer: str
    suffix: str  # the file's extension, '.pdf'
    readable: object  # () -> Path


def _suffix(name: str) -> str:
    suffix = PurePath(name).suffix.lower()
    # An extension is kept only when it looks like one: it ends up in a file name finance opens.
    return suffix if 1 < len(suffix) <= 6 and suffix[1:].isalnum() else ""


# UUIDs per lookup of their attachments: far below the parameters one statement may take (SQLite 32,766,
# PostgreSQL 65,535).
UUID_CHUNK = 1000


def receipts(f: ExportFilter) -> list[Bon]:
    """Every receipt file of the filter's expenses: the expense's own receipt (Uitgave.bonnetje) first,
    then its attachments (Bijlage rows on the expense), by expense date."""
    query = _budget_where(Uitgave.select(Uitgave.id, Uitgave.uuid, Uitgave.factuurnummer, Uitgave.bonnetje)
                          .join(Meedoenbudget), f).order_by(Uitgave.datum, Uitgave.id)
    expenses = list(query.tuples())
    extra: dict[str, list[tuple[int, str]]] = {}
    if expenses:
        uuids = [uuid for _i, uuid, _f, _b in expenses]
        # Only the attachments of these expenses (not those of every expense in the database), looked up
        # by the UUIDs just read: a subquery would read the expenses again, at city scale a wijk-year's
        # thousands of rows on as many scattered pages (26 ms a wijk-year, where the lookups take 1).
        found_rows = []
        for start in range(0, len(uuids), UUID_CHUNK):
            found_rows.extend(Bijlage.select(Bijlage.id, Bijlage.onderwerp_uuid, Bijlage.naam)
                              .where((Bijlage.onderwerp_tabel == "uitgave")
                                     & Bijlage.onderwerp_uuid.in_(uuids[start:start + UUID_CHUNK])).tuples())
        for bijlage_id, uuid, naam in sorted(found_rows):
            extra.setdefault(uuid, []).append((bijlage_id, naam))
    found = []
    for uitgave_id, uuid, factuur, bonnetje in expenses:
        if bonnetje:
            found.append(Bon(uuid, factuur, _suffix(bonnetje), lambda i=uitgave_id: budget.receipt_file(i)))
        for bijlage_id, naam in extra.get(uuid, []):
            found.append(Bon(uuid, factuur, _suffix(naam), lambda b=bijlage_id: bijlagen.readable_file(b)))
    return found
