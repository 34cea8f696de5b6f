"""Which years of which wijken are closed (services.jaarafsluiting closes and reopens them).

Kept apart from jaarafsluiting so that services.budget can ask it without an import cycle: the money
rules refuse a change of a closed year's figures without a reason (see budget.money_guard).
"""
from __future__ import annotations

from wijkdesk.domain.dates import format_date
from wijkdesk.services.errors import OverrideRequired
from wijkdesk.store.models import Jaarafsluiting, Meedoenbudget, Wijk


class JaarGesloten(OverrideRequired):
    """A change of a closed year's figures without a reason: repeat it with one (it is logged), or
    reopen the year first."""


def afsluiting(wijk, jaar: int) -> Jaarafsluiting | None:
    """The closing row of a wijk's year (closed now, or closed once and reopened), or None."""
    wijk_id = wijk.id if hasattr(wijk, "id") else wijk
    # Asked on every opening of the Budget tab: SQL written once (peewee built it anew each time).
    return Jaarafsluiting.find_one(wijk=int(wijk_id), jaar=int(jaar))


def is_gesloten(wijk, jaar: int | None) -> bool:
    """True when the wijk's year is closed (and not reopened since)."""
    if wijk is None or jaar is None:
        return False
    row = afsluiting(wijk, jaar)
    return row is not None and row.heropend_op is None


def closed_budgets(budget_ids) -> dict[int, Jaarafsluiting]:
    """Budget id -> its year's closing row, for those of `budget_ids` whose year is closed: one query."""
    ids = sorted({int(b) for b in budget_ids if b})
    if not ids:
        return {}
    # Plain SQL: every guarded money write asks this (the demo 145 times), and peewee built the join's
    # text anew each time, six times the cost of running it. A closed year is rare: its row is read then.
    b, j = Meedoenbudget._meta, Jaarafsluiting._meta
    param = Meedoenbudget._meta.database.param  # "?" on SQLite, "%s" on the server
    sql = (f'SELECT b."{b.primary_key.column_name}", j."{j.primary_key.column_name}" FROM "{b.table_name}" b '
           f'JOIN "{j.table_name}" j ON j."{Jaarafsluiting.wijk.column_name}" = b."{Meedoenbudget.wijk.column_name}" '
           f'AND j."{Jaarafsluiting.jaar.column_name}" = b."{Meedoenbudget.jaar.column_name}" '
           f'WHERE b."{b.primary_key.column_name}" IN ({", ".join([param] * len(ids))}) '
           f'AND j."{Jaarafsluiting.heropend_op.column_name}" IS NULL')
    found = Meedoenbudget._meta.database.execute_sql(sql, ids).fetchall()
    return {budget_id: Jaarafsluiting.get_by_id(closing_id) for budget_id, closing_id in found}


def refusal(closing: Jaarafsluiting) -> JaarGesloten:
    """The Dutch refusal of a change in a closed year, saying how to go ahead."""
    naam = Wijk.select(Wijk.naam).where(Wijk.id == closing.wijk_id).scalar() or "deze wijk"
    when = format_date(closing.gesloten_op.date()) if closing.gesloten_op else ""
    return JaarGesloten(
        f"{closing.jaar} is voor {naam} afgesloten{f' (op {when})' if when else ''}: de cijfers van dat jaar "
        "veranderen alleen met een reden. Geef een reden op om toch door te gaan (die wordt vastgelegd), of "
        "heropen het jaar eerst (Heropenen… op het tabblad Budget).")
