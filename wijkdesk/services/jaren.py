"""Which year an idea or a goal belongs to: the one rule for the tabs, the export and the jaarverslag.

The budget has a year of its own (Meedoenbudget.jaar); ideas and goals get theirs like this:
- an idea: its `jaar` when set (a year end rolls an open idea over by setting it), else the year of
  the meeting it came from, else the year it was entered (`aangemaakt_op`);
- a goal: its `jaar` when set, else the year of its deadline, else the year it was entered. A goal
  also shows in every year that has money or progress for it (a grant or expense booked on it in that
  year's budget, a progress entry dated in it; an expense under one of its grants is in that grant's
  budget, so the grant already counts): a goal granted in
  2026 and rolled over to 2027 is in both years, so a year's grants never name a goal it leaves out.

`idee_jaar` / `doel_jaar` are the rule in Python; `idee_in_jaar` / `doel_in_jaar` are the same rule as
SQL conditions (portable date ranges, no strftime), for lists of any length. tests/services/
test_jaren.py checks that both agree on every row of the demo database.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import SQL, fn

from wijkdesk.store.models import Bijeenkomst, Doel, Idee, Meedoenbudget, Toekenning, Uitgave, Voortgang


def idee_jaar(jaar: int | None, bijeenkomst_datum: dt.date | None, aangemaakt_op: dt.datetime) -> int:
    """The year of an idea: its own `jaar`, else its meeting's year, else the year it was entered."""
    if jaar is not None:
        return int(jaar)
    return (bijeenkomst_datum or aangemaakt_op).year


def doel_jaar(jaar: int | None, deadline: dt.date | None, aangemaakt_op: dt.datetime) -> int:
    """The home year of a goal: its own `jaar`, else its deadline's year, else the year it was entered."""
    if jaar is not None:
        return int(jaar)
    return (deadline or aangemaakt_op).year


def jaar_van_idee(idee: Idee) -> int:
    meeting = Bijeenkomst.get_or_none(Bijeenkomst.id == idee.bijeenkomst_id) if idee.bijeenkomst_id else None
    return idee_jaar(idee.jaar, meeting.datum if meeting else None, idee.aangemaakt_op)


def jaar_van_doel(doel: Doel) -> int:
    return doel_jaar(doel.jaar, doel.deadline, doel.aangemaakt_op)


def _days(jaar: int) -> tuple[dt.date, dt.date]:
    return dt.date(jaar, 1, 1), dt.date(jaar, 12, 31)


def _moments(jaar: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(jaar, 1, 1), dt.datetime(jaar + 1, 1, 1)


def idee_in_jaar(jaar: int, meeting_date=Bijeenkomst.datum):
    """SQL: the idea belongs to `jaar` (needs a LEFT JOIN to its meeting; `meeting_date` is that join's
    date column, an alias's when the query uses one)."""
    first, last = _days(jaar)
    start, end = _moments(jaar)
    no_year = Idee.jaar.is_null()
    # "No meeting" is the join's empty date; an idea without a meeting id says the same (a meeting's date is
    # never empty), and says it in a way PostgreSQL's planner can count: it estimates "the joined date is
    # empty" from the meeting table alone (1% of the ideas), so a typed word with a page of 60 rows took a
    # bitmap scan of every idea holding it and a sort (23 ms at 20,000 ideas) instead of reading the
    # newest ideas backwards until 60 match (0.9 ms). Both tests together mean exactly the join's test.
    no_meeting = Idee.bijeenkomst.is_null() | meeting_date.is_null()
    return ((Idee.jaar == jaar)
            | (no_year & meeting_date.between(first, last))
            | (no_year & no_meeting & (Idee.aangemaakt_op >= start) & (Idee.aangemaakt_op < end)))


def doel_thuisjaar_is(jaar: int):
    """SQL: the goal's home year (see `doel_jaar`) is `jaar`."""
    first, last = _days(jaar)
    start, end = _moments(jaar)
    no_year = Doel.jaar.is_null()
    return ((Doel.jaar == jaar)
            | (no_year & Doel.deadline.between(first, last))
            | (no_year & Doel.deadline.is_null() & (Doel.aangemaakt_op >= start) & (Doel.aangemaakt_op < end)))


def _budgets_of(jaar: int):
    return Meedoenbudget.select(Meedoenbudget.id).where(Meedoenbudget.jaar == jaar)


def doel_in_jaar(jaar: int):
    """SQL: the goal belongs to `jaar`: its home year, or money or progress of that year."""
    first, last = _days(jaar)
    budgets = _budgets_of(jaar)
    # An expense under a grant is always in the grant's own budget (services.budget refuses anything
    # else), so "a grant of this year" covers the goals of the expenses under it: no scan of every
    # expense joined to its grant.
    # Correlated EXISTS on the indexed goal column: a probe per goal (goals are hundreds), where an IN
    # list of the year's expenses would read every expense of the year (100,000 at city scale).
    granted = fn.EXISTS(Toekenning.select(SQL("1")).where((Toekenning.doel == Doel.id) & Toekenning.budget.in_(budgets)))
    spent = fn.EXISTS(Uitgave.select(SQL("1")).where((Uitgave.doel == Doel.id) & Uitgave.budget.in_(budgets)))
    progress = fn.EXISTS(Voortgang.select(SQL("1")).where((Voortgang.doel == Doel.id)
                                                          & Voortgang.datum.between(first, last)))
    return doel_thuisjaar_is(jaar) | granted | spent | progress


@dataclass
class DoelJaren:
    """A goal's wijk and status, and every year it belongs to."""

    wijk_id: int
    status: str
    years: set[int] = field(default_factory=set)


def doel_jaren(wijk_id: int | None = None, jaar: int | None = None) -> dict[int, DoelJaren]:
    """Goal id -> DoelJaren for every goal (of one wijk): its home year and its money and progress
    years, by the rule above; a handful of grouped queries whatever the number of goals.

    With `jaar`, only that year is looked for besides the home year: `years` holds the home year and
    `jaar` when the goal belongs to it, no other money or progress year. Enough for whoever asks about
    one year (the export of a wijk-year, the jaarverslag), and it reads only that year's rows: at city
    scale (ten years, a million expenses) the years of every goal would read every expense.
    """
    query = Doel.select(Doel.id, Doel.wijk, Doel.status, Doel.jaar, Doel.deadline, Doel.aangemaakt_op)
    if wijk_id is not None:
        query = query.where(Doel.wijk == wijk_id)
    goals = {doel_id: DoelJaren(wijk, status, {doel_jaar(jaar_, deadline, created)})
             for doel_id, wijk, status, jaar_, deadline, created in query.tuples()}
    if not goals:
        return goals
    if jaar is not None:
        # The SQL of the rule (the Doelen tab's): a probe per goal on the indexed goal columns.
        of_year = Doel.select(Doel.id).where(doel_in_jaar(jaar))
        if wijk_id is not None:
            of_year = of_year.where(Doel.wijk == wijk_id)
        for (doel_id,) in of_year.tuples():
            if doel_id in goals:
                goals[doel_id].years.add(int(jaar))
        return goals
    # Only the goals asked about: through the indexed goal column, not every grant and expense.
    mine = Doel.select(Doel.id).where(Doel.wijk == wijk_id) if wijk_id is not None else None
    money_years = [  # an expense under a grant is in the grant's budget: the grants cover those (see above)
        Toekenning.select(Toekenning.doel, Meedoenbudget.jaar).join(Meedoenbudget)
        .where(Toekenning.doel.is_null(False) if mine is None else Toekenning.doel.in_(mine)).distinct(),
        Uitgave.select(Uitgave.doel, Meedoenbudget.jaar).join(Meedoenbudget)
        .where(Uitgave.doel.is_null(False) if mine is None else Uitgave.doel.in_(mine)).distinct(),
    ]
    progress = Voortgang.select(Voortgang.doel, Voortgang.datum)
    if mine is not None:
        progress = progress.where(Voortgang.doel.in_(mine))
    for years_query in money_years:
        for doel_id, year in years_query.tuples():
            if doel_id in goals:
                goals[doel_id].years.add(int(year))
    for doel_id, datum in progress.tuples():
        if doel_id in goals and datum:
            goals[doel_id].years.add(datum.year)
    return goals
