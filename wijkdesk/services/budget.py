"""Budget: the Meedoenbudget per wijk and year, toekenningen (grants) and uitgaven (expenses).

Money rules. A toekenning that counts (aangevraagd, toegekend, verantwoord) reserves its amount from
the budget; expenses under it draw on that reservation, and when they exceed it the excess is
committed too. Expenses outside a counting toekenning draw on the budget directly:
    vastgelegd = sum over counting toekenningen of max(bedrag, uitgegeven eronder)
                 + uitgaven niet onder een tellende toekenning
    resterend  = budget - vastgelegd
A change that makes a budget's shortfall or a toekenning's overspend worse is refused
(OverrideRequired) unless the caller gives an override reason, which is stored on the row and in the
audit log. A change that makes things better (a lower amount, a withdrawn expense) is always allowed.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import JOIN, SqliteDatabase, fn

from wijkdesk.domain import workflow
from wijkdesk.domain.budget_rules import BudgetRules, check_request
from wijkdesk.domain.money import cents_to_decimal, format_cents
from wijkdesk.services import afgesloten, changes, common
from wijkdesk.services.errors import OverrideRequired, ValidationError
from wijkdesk.store import attachments, database
from wijkdesk.store.server import is_server
from wijkdesk.store.models import Bewonersgroep, Doel, Meedoenbudget, Overheveling, Toekenning, Uitgave, Wijk

TOEKENNING_START = ("aangevraagd", "toegekend")
UITGAVE_START = ("open", "goedgekeurd", "betaald")


@dataclass(frozen=True)
class BudgetOverzicht:
    """The money of one wijk in one year, in cents; Decimal views for display."""

    budget_cents: int
    toegekend_cents: int
    uitgegeven_cents: int
    vastgelegd_cents: int
    overspend_cents: dict  # toekenning id -> spent beyond its amount (only those over)
    # Carry-over (Overheveling): what came in from an earlier year adds to what is available; what went
    # out to a later year at a year end is no longer available here.
    overgeheveld_in_cents: int = 0
    overgeheveld_uit_cents: int = 0

    @property
    def beschikbaar_cents(self) -> int:
        """The money this year may commit: its budget, plus carried in, minus carried out."""
        return self.budget_cents + self.overgeheveld_in_cents - self.overgeheveld_uit_cents

    @property
    def resterend_cents(self) -> int:
        return self.beschikbaar_cents - self.vastgelegd_cents

    @property
    def resterend_voor_overheveling_cents(self) -> int:
        """What is left before this year's own carry-out: the amount a year end carries over."""
        return self.resterend_cents + self.overgeheveld_uit_cents

    def cijfers(self) -> tuple[int, int, int, int]:
        """The figures a closed year keeps: budget, granted, spent, committed (carry-over apart)."""
        return self.budget_cents, self.toegekend_cents, self.uitgegeven_cents, self.vastgelegd_cents

    @property
    def budget(self) -> Decimal:
        return cents_to_decimal(self.budget_cents)

    @property
    def toegekend(self) -> Decimal:
        return cents_to_decimal(self.toegekend_cents)

    @property
    def uitgegeven(self) -> Decimal:
        return cents_to_decimal(self.uitgegeven_cents)

    @property
    def vastgelegd(self) -> Decimal:
        return cents_to_decimal(self.vastgelegd_cents)

    @property
    def resterend(self) -> Decimal:
        return cents_to_decimal(self.resterend_cents)


EMPTY = BudgetOverzicht(0, 0, 0, 0, {})


def _sum(query) -> int:
    return int(query.scalar() or 0)


def spent_by_toekenning(budget) -> dict:
    """Counting expenses of a budget summed per toekenning id (None: not under a toekenning)."""
    query = (Uitgave.select(Uitgave.toekenning, fn.SUM(Uitgave.bedrag_cents))
             .where((Uitgave.budget == budget) & Uitgave.status.in_(sorted(workflow.UITGAVE_TELT_MEE)))
             .group_by(Uitgave.toekenning))
    return {t_id: int(total or 0) for t_id, total in query.tuples()}


def overview_for_budget(budget: Meedoenbudget | None) -> BudgetOverzicht:
    """The figures of one budget: two grouped queries, whatever the number of expenses."""
    if budget is None:
        return EMPTY
    spent = spent_by_toekenning(budget)
    grants = (Toekenning.select(Toekenning.id, Toekenning.bedrag_cents)
              .where((Toekenning.budget == budget) & Toekenning.status.in_(sorted(workflow.TOEKENNING_TELT_MEE)))
              .tuples())
    toegekend = vastgelegd = 0
    overspend = {}
    counted = set()
    for t_id, amount in grants:
        under = spent.get(t_id, 0)
        toegekend += amount
        vastgelegd += max(amount, under)
        counted.add(t_id)
        if under > amount:
            overspend[t_id] = under - amount
    vastgelegd += sum(total for t_id, total in spent.items() if t_id not in counted)
    carried_in, carried_out = carried(budget.id)
    return BudgetOverzicht(budget.bedrag_cents, toegekend, sum(spent.values()), vastgelegd, overspend,
                           carried_in, carried_out)


def _year_state(name: str) -> dict | None:
    """A per-change cache of year-end state (closed years, carry-over sums): only a year end or a reopen
    changes it, and those call `forget_year_state`. An import (one change, thousands of guarded adds)
    asks the database once instead of per row."""
    made = changes.current()
    return None if made is None else made.scratch.setdefault(name, {})


def forget_year_state() -> None:
    """Called by services.jaarafsluiting after it closes or reopens a year inside the open change."""
    made = changes.current()
    if made is not None:
        made.scratch.pop("gesloten", None)
        made.scratch.pop("overheveling", None)


def _closed_in_change(budget_ids) -> dict:
    ids = {int(b) for b in budget_ids if b}
    cache = _year_state("gesloten")
    if cache is None:
        return afgesloten.closed_budgets(ids)
    unknown = ids - cache.keys()
    if unknown:
        found = afgesloten.closed_budgets(unknown)
        cache.update({b: found.get(b) for b in unknown})
    return {b: cache[b] for b in ids if cache[b] is not None}


def _carried_in_change(budget_id: int) -> tuple[int, int]:
    cache = _year_state("overheveling")
    if cache is None:
        return carried(budget_id)
    if budget_id not in cache:
        cache[budget_id] = carried(budget_id)
    return cache[budget_id]


def carried(budget_id: int) -> tuple[int, int]:
    """(cents carried into, cents carried out of) one budget by year ends (Overheveling rows)."""
    into = Overheveling.select(fn.SUM(Overheveling.bedrag_cents)).where(Overheveling.naar_budget == budget_id)
    out = Overheveling.select(fn.SUM(Overheveling.bedrag_cents)).where(Overheveling.van_budget == budget_id)
    return _sum(into), _sum(out)


def budget_overview(wijk, jaar: int) -> BudgetOverzicht:
    """Meedoenbudget, toegekend, uitgegeven and resterend of a wijk in a year (zeros without a budget)."""
    return overview_for_budget(get_budget(wijk, jaar))


def get_toekenning(toekenning) -> Toekenning:
    """A grant by id, fresh; NotFoundError in Dutch when it is gone."""
    return common.get(Toekenning, toekenning, "toekenning")


def get_uitgave(uitgave) -> Uitgave:
    """An expense by id, fresh; NotFoundError in Dutch when it is gone."""
    return common.get(Uitgave, uitgave, "uitgave")


def get_budget(wijk, jaar: int) -> Meedoenbudget | None:
    wijk_id = wijk.id if hasattr(wijk, "id") else wijk
    return Meedoenbudget.get_or_none((Meedoenbudget.wijk == wijk_id) & (Meedoenbudget.jaar == int(jaar)))


def jaren(wijk=None) -> list[int]:
    """The years that have a budget, newest first."""
    query = Meedoenbudget.select(Meedoenbudget.jaar).distinct().order_by(Meedoenbudget.jaar.desc())
    if wijk is not None:
        query = query.where(Meedoenbudget.wijk == wijk)
    return [row.jaar for row in query]


def _require_budget(wijk, jaar) -> Meedoenbudget:
    budget = get_budget(wijk, jaar)
    if budget is None:
        naam = common.get(Wijk, wijk, "wijk").naam
        raise ValidationError("budget", f"Er is nog geen Meedoenbudget voor {naam} in {jaar}. Stel dat eerst in.")
    return budget


def set_budget(wijk, jaar, bedrag, notities: str = "", override_reden: str = "") -> Meedoenbudget:
    """Create or change the Meedoenbudget of a wijk for a year; lowering it below what is committed needs a reason."""
    wijk = common.get(Wijk, wijk, "wijk")
    jaar = common.integer("jaar", jaar, label="Jaar", minimum=2000, maximum=2100, required=True)
    values = {"bedrag_cents": common.cents("bedrag_cents", bedrag, label="Meedoenbudget"),
              "notities": common.text("notities", notities, label="Notities", max_len=5_000)}
    with changes.change():
        budget = get_budget(wijk, jaar)
        if budget is None:
            return common.create_row(Meedoenbudget, {"wijk": wijk, "jaar": jaar, **values})
        with money_guard([budget.id], override_reden):
            return common.update_row(Meedoenbudget, budget, "budget", values, lambda v, _c: v,
                                     reden=_reason("", override_reden))


def delete_budget(budget) -> common.Snapshot:
    """Delete a year's budget that has no toekenningen or uitgaven."""
    budget = common.get(Meedoenbudget, budget, "budget")
    return common.delete_row(budget, f"Het Meedoenbudget {budget.jaar}")


@contextmanager
def money_guard(budget_ids, override_reden: str = ""):
    """Refuse (rolling back) a change that makes a budget's shortfall or a grant's overspend worse.

    `budget_ids` are every budget the change touches (old and new, for a move). Must run inside the
    caller's transaction (an open `changes.change()`), so that raising undoes the change.

    Cheap at any size: it looks only at the rows the block wrote (their images before and after), sums
    the expenses of the grants those rows touch (an indexed sum per grant), and knows a budget's
    committed total from the previous check of this change or of the last committed one (see
    `_committed`); only without such a figure, and only when the change makes things worse, is the
    budget's total summed once.
    """
    changes.override(override_reden)
    if override_reden.strip():  # a reason is given: nothing to compare, so no queries
        yield
        return
    # Several users at once: the budgets stay locked until the change commits, so a second user's grant
    # on the same budget waits and is then checked against this one (server: SELECT ... FOR UPDATE;
    # SQLite: the change already holds the file's write lock). Before any total is read.
    changes.lock_rows(Meedoenbudget, budget_ids)
    made = changes.current()
    if made is None:  # the services always open a change first; anything else gets the full comparison
        with _full_guard(budget_ids, override_reden):
            yield
        return
    watch = _MoneyWatch(made, {b for b in budget_ids if b})
    with _closed_year_guard(budget_ids), changes.watch_writes(_MONEY) as written:
        yield
    watch.check(written)
    made.guarded.update((entry.model_name, entry.row_id) for entry, _before in made.written_in(written))


def check_unguarded(made, budget_ids: set[int], images) -> None:
    """The change's own check at its end (services.changes.Change._check_money) of money rows no guard
    looked at: `images` are (model name, id, before, after) as the change found and left them, in the
    budgets `budget_ids`. The same rules as `money_guard`, with the committed totals summed afresh (the
    figures other checks of this change carried may be from before these rows were written)."""
    changes.lock_rows(Meedoenbudget, budget_ids)
    watch = _MoneyWatch(made, budget_ids, carried=False)
    watch.check_images(images)


@contextmanager
def _closed_year_guard(budget_ids):
    """Refuse a change of the figures of a closed year (services.jaarafsluiting) made without a reason.

    One query when no year is closed; for a closed one, its figures before and after (carry-over apart:
    closing and reopening move that, and they need a reason of their own). Marking an expense paid in
    a closed year changes no figure and is allowed.
    """
    closed = _closed_in_change(budget_ids)
    before = {b: overview_for_budget(Meedoenbudget.get_or_none(Meedoenbudget.id == b)).cijfers() for b in closed}
    yield
    if not closed:
        return
    for budget_id, closing in afgesloten.closed_budgets(closed).items():
        if overview_for_budget(Meedoenbudget.get_or_none(Meedoenbudget.id == budget_id)).cijfers() != before[budget_id]:
            raise afgesloten.refusal(closing)


@contextmanager
def money_guard_rows(budget_ids, rows, override_reden: str = "", figures: "GuardFigures | None" = None):
    """The guard of undo and redo (services.changes): they write rows they name themselves, outside any
    change, so the rows' images come with them instead of being watched: `rows` are (model name, id,
    image before, image after). The same check as `money_guard`, on the grants those rows touch and the
    budgets' committed totals; it compared the whole overview of each budget before and after, two sums
    over every expense of the year on each Ctrl+Z (benchmarks/bench_money_guard.py). `figures` keeps the totals
    it computed, for `remember_committed` once the caller's transaction has committed."""
    if override_reden.strip():
        yield
        return
    changes.lock_rows(Meedoenbudget, budget_ids)  # see money_guard
    watch = _MoneyWatch(figures or GuardFigures(), {b for b in budget_ids if b})
    with _closed_year_guard(budget_ids):
        yield
    watch.check_images([r for r in rows if r[0] in _MONEY and r[2] != r[3]])


class GuardFigures:
    """The committed totals a guard computed (as `Change.scratch` holds them), for a guard outside a change."""

    def __init__(self) -> None:
        self.scratch: dict = {}


def money_guard_rows_full(budget_ids, _rows, override_reden: str = "", _figures: "GuardFigures | None" = None):
    """Undo and redo checked as they were first: the whole overview of each budget before and after. The
    reference `money_guard_rows` is tested against, and the baseline of benchmarks/bench_money_guard.py."""
    return money_guard_full(budget_ids, override_reden)


def money_guard_full(budget_ids, override_reden: str = ""):
    """The first version of the guard: the whole overview of each budget before and after.

    Kept as the reference the fast guard is tested against, and as the baseline of
    benchmarks/bench_money_guard.py.
    """
    return _full_guard(budget_ids, override_reden)


@contextmanager
def _full_guard(budget_ids, override_reden: str = ""):
    if override_reden.strip():
        yield
        return
    ids = {b for b in budget_ids if b}
    changes.lock_rows(Meedoenbudget, ids)  # see money_guard
    before = {b: overview_for_budget(Meedoenbudget.get_or_none(Meedoenbudget.id == b)) for b in ids}
    with _closed_year_guard(ids):
        yield
    for budget_id in ids:
        budget = Meedoenbudget.get_or_none(Meedoenbudget.id == budget_id)
        if budget is None:
            continue
        after, old = overview_for_budget(budget), before[budget_id]
        for t_id, over in after.overspend_cents.items():
            if over > old.overspend_cents.get(t_id, 0):
                _refuse_overspend(Toekenning.get_by_id(t_id), over)
        if after.resterend_cents < 0 and after.resterend_cents < old.resterend_cents:
            _refuse_shortfall(after.vastgelegd_cents, after.budget_cents)
    made = changes.current()
    if made is not None:  # compared whole: the change need not check these budgets' rows again
        made.budgets_compared_whole |= ids


def _refuse_overspend(grant: Toekenning, over: int):
    raise OverrideRequired(
        f"Aan de toekenning '{grant.omschrijving or grant.zaaknummer}' is dan "
        f"{format_cents(grant.bedrag_cents + over)} uitgegeven, meer dan de toegekende "
        f"{format_cents(grant.bedrag_cents)}. Geef een reden op om toch door te gaan; die wordt vastgelegd.")


def _refuse_shortfall(vastgelegd: int, bedrag: int):
    raise OverrideRequired(
        f"Hiermee wordt het budget overschreden: vastgelegd {format_cents(vastgelegd)}, "
        f"budget {format_cents(bedrag)} (tekort {format_cents(vastgelegd - bedrag)}). "
        "Geef een reden op om toch door te gaan; die wordt vastgelegd.")


# --- the fast guard ------------------------------------------------------------------------------
# A budget's committed total (vastgelegd) is the sum over its grants of their contribution plus its
# expenses under no grant: a counting grant contributes max(amount, spent under it), a grant that does
# not count contributes what was spent under it (those expenses count on their own). A change alters
# only the contributions of the grants its rows touch and the expenses without a grant it wrote, so the
# difference it makes is known from those rows alone.

_MONEY = ("Meedoenbudget", "Toekenning", "Uitgave")
# budget id -> (vastgelegd cents, the connection state it holds for); see _state_token.
_committed: dict[int, tuple[int, tuple]] = {}


def _state_token() -> tuple:
    """What the database looked like to this connection: changes made by it, commits made by others."""
    from wijkdesk.store.models import db

    # The connection itself, not its id: the cache keeps it referenced, so a later connection (another
    # database opened, or the next test's) can never pass for it.
    if not isinstance(db.obj, SqliteDatabase):
        # A server has no data_version: another user's commit cannot be seen, so no figure is reused
        # across changes (a fresh object equals no cached token).
        return (object(),)
    connection = db.connection()
    if is_server(db):
        # Other users commit on the server at any time and it has no data_version to tell: a token
        # equal to no other, so the totals are always computed afresh inside the transaction.
        return connection, object()
    return connection, connection.total_changes, db.execute_sql("PRAGMA data_version").fetchone()[0]


def remember_committed(made) -> None:
    """After a change (or undo, redo: `GuardFigures`) commits: keep the committed totals its guard
    computed in `made.scratch`, so that the next change, undo or redo need not sum the budget again."""
    from wijkdesk.store.models import db

    figures = made.scratch.get("vastgelegd")
    if figures and not db.in_transaction():  # inside a caller's transaction it may still roll back
        token = _state_token()
        for budget_id, value in figures.items():
            _committed[budget_id] = (value, token)


changes.on_commit(remember_committed)


def _counts(image: dict | None, kind: str) -> bool:
    statuses = workflow.UITGAVE_TELT_MEE if kind == "Uitgave" else workflow.TOEKENNING_TELT_MEE
    return image is not None and image["status"] in statuses


class _MoneyWatch:
    """Images of the money rows at the start of a guarded block, and the check at its end."""

    def __init__(self, made, budget_ids: set[int], carried: bool = True):
        self.made = made
        self.budget_ids = budget_ids
        self.base = {}
        known = made.scratch.get("vastgelegd", {})
        token = None
        for budget_id in budget_ids if carried else ():
            if budget_id in known:
                self.base[budget_id] = known[budget_id]
                continue
            cached = _committed.get(budget_id)
            if cached is not None:
                token = token or _state_token()
                if cached[1] == token:
                    self.base[budget_id] = cached[0]

    def _images(self, written):
        """(model name, id, before, after) of every money row written in the block.

        Only the block's own rows are read (those new to the change, and those the change wrote
        earlier that the block wrote again, as the block found them): reading every row the change
        wrote before made an import, one change with a guarded block per row, quadratic.
        """
        found = []
        for entry, before in self.made.written_in(written):
            after = changes.read_image(entry.model, entry.row_id)
            if before != after:
                found.append((entry.model_name, entry.row_id, before, after))
        return found

    def check(self, written) -> None:
        self.check_images(self._images(written))

    def check_images(self, images) -> None:
        """Refuse when the rows' images, (model name, id, before, after), make money worse."""
        grants = {}  # grant id -> (before image, after image)
        expenses = []
        budgets = {}
        for model_name, row_id, before, after in images:
            if model_name == "Toekenning":
                grants[row_id] = (before, after)
            elif model_name == "Uitgave":
                expenses.append((before, after))
            else:
                budgets[row_id] = (before, after)
        for before, after in expenses:
            for image in (before, after):
                if image is not None and image["toekenning"] and image["toekenning"] not in grants:
                    current = changes.read_image(Toekenning, image["toekenning"])
                    grants[image["toekenning"]] = (current, current)
        delta = {}  # budget id -> change of vastgelegd
        for grant_id, (g_before, g_after) in grants.items():
            spent_after = _spent_under(grant_id)
            spent_before = spent_after
            for before, after in expenses:
                if after is not None and after["toekenning"] == grant_id and _counts(after, "Uitgave"):
                    spent_before -= after["bedrag_cents"]
                if before is not None and before["toekenning"] == grant_id and _counts(before, "Uitgave"):
                    spent_before += before["bedrag_cents"]
            contribution_before = _contribution(g_before, spent_before)
            contribution_after = _contribution(g_after, spent_after)
            for image, amount in ((g_before, -contribution_before), (g_after, contribution_after)):
                if image is not None:
                    delta[image["budget"]] = delta.get(image["budget"], 0) + amount
            if _counts(g_after, "Toekenning"):
                over_after = spent_after - g_after["bedrag_cents"]
                over_before = spent_before - g_before["bedrag_cents"] if _counts(g_before, "Toekenning") else 0
                if over_after > 0 and over_after > max(over_before, 0):
                    _refuse_overspend(Toekenning.get_by_id(grant_id), over_after)
        for before, after in expenses:
            for image, sign in ((before, -1), (after, 1)):
                if image is not None and not image["toekenning"] and _counts(image, "Uitgave"):
                    delta[image["budget"]] = delta.get(image["budget"], 0) + sign * image["bedrag_cents"]
        known = self.made.scratch.setdefault("vastgelegd", {})
        for budget_id in self.budget_ids | set(delta) | set(budgets):
            if budget_id in budgets:
                b_before, b_after = budgets[budget_id]
            else:
                b_before = b_after = changes.read_image(Meedoenbudget, budget_id)
            if b_after is None:  # deleted in this block (or gone): nothing to check
                known.pop(budget_id, None)
                continue
            change = delta.get(budget_id, 0)
            base = 0 if b_before is None else self.base.get(budget_id)  # a new budget had nothing committed
            amount_before = b_before["bedrag_cents"] if b_before is not None else 0
            worse = (b_after["bedrag_cents"] - amount_before) - change < 0
            after_total = base + change if base is not None else None
            if worse and after_total is None:
                after_total = overview_for_budget(Meedoenbudget.get_by_id(budget_id)).vastgelegd_cents
            if after_total is None:
                known.pop(budget_id, None)
                continue
            known[budget_id] = after_total
            if worse:
                # Carried in from an earlier year adds, carried out at a year end takes off (two indexed
                # sums on a small table, only for a change that makes things worse).
                carried_in, carried_out = _carried_in_change(budget_id)
                available = b_after["bedrag_cents"] + carried_in - carried_out
                if available - after_total < 0:
                    _refuse_shortfall(after_total, available)


def _spent_under(grant_id: int) -> int:
    """Counting expenses under one grant, summed.

    Grouped by status and filtered here: with the status in the WHERE clause SQLite may walk the
    status index (most expenses count) instead of the one on uitgave.toekenning.
    """
    query = (Uitgave.select(Uitgave.status, fn.SUM(Uitgave.bedrag_cents))
             .where(Uitgave.toekenning == grant_id).group_by(Uitgave.status).tuples())
    return sum(int(total or 0) for status, total in query if status in workflow.UITGAVE_TELT_MEE)


def _contribution(grant: dict | None, spent: int) -> int:
    """What a grant adds to its budget's committed total."""
    if grant is None:
        return 0
    if _counts(grant, "Toekenning"):
        return max(grant["bedrag_cents"], spent)
    return spent


# Audit reasons of an override start with this marker; services.check looks for it.
OVERRIDE_MARKER = "afwijking: "


def _reason(reden: str, override_reden: str) -> str:
    """One audit reason from a status reason and an override reason, keeping both."""
    parts = [reden.strip(), f"{OVERRIDE_MARKER}{override_reden.strip()}" if override_reden.strip() else ""]
    return "; ".join(p for p in parts if p)


# --- Toekenningen ------------------------------------------------------------------------------


def _validate_toekenning(values: dict, current: Toekenning | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "budget":
            out[name] = common.get(Meedoenbudget, value, "budget")
        elif name == "doel":
            out[name] = common.get(Doel, value, "doel") if value else None
        elif name == "groep":
            out[name] = common.get(Bewonersgroep, value, "groep") if value else None
        elif name == "bedrag_cents":
            out[name] = common.cents(name, value, label="Bedrag", allow_zero=False)
        elif name in _TOEKENNING_TEXT:
            label, max_len = _TOEKENNING_TEXT[name]
            out[name] = common.text(name, value, label=label, max_len=max_len)
        elif name in _TOEKENNING_DATES:
            out[name] = common.date(name, value, label=_TOEKENNING_DATES[name])
        elif name == "status":
            out[name] = common.choice(name, value, TOEKENNING_START if current is None else workflow.TOEKENNING_STATUSSEN,
                                      label="Status")
    # Check the row as it will be: the changed values merged with the current ones.
    budget = out["budget"] if "budget" in out else (current.budget if current else None)
    for name in ("doel", "groep"):
        target = out[name] if name in out else (getattr(current, name) if current else None)
        if target is not None and budget is not None and target.wijk_id != budget.wijk_id:
            what = "Dit doel" if name == "doel" else "Deze groep"
            raise ValidationError(name, f"{what} hoort bij een andere wijk dan het budget.")
    if current is not None and "budget" in out and out["budget"].id != current.budget_id:
        count = Uitgave.select().where(Uitgave.toekenning == current).count()
        if count:
            raise ValidationError("budget", f"Er horen {common.count_phrase(count, 'Uitgave')} bij deze toekenning; "
                                            "verplaats die eerst, dan kan de toekenning naar een ander budget.")
    return out


_TOEKENNING_TEXT = {
    "omschrijving": ("Omschrijving", 200), "zaaknummer": ("Zaaknummer", 40), "besloten_door": ("Besloten door", 100),
    "activiteit_soort": ("Soort activiteit", 60), "override_reden": ("Reden", 5_000),
    "activiteitenplan": ("Activiteitenplan", 5_000),
}
_TOEKENNING_DATES = {
    "besluitdatum": "Besluitdatum", "activiteit_einddatum": "Einddatum activiteit",
    "activiteit_startdatum": "Startdatum activiteit", "aanvraag_ontvangen_op": "Aanvraag ontvangen op",
    "wijkteam_advies_op": "Advies wijkteam op",
}


def create_toekenning(wijk, jaar, bedrag, *, override_reden: str = "", **fields) -> Toekenning:
    """Grant money from the wijk's budget of that year to a goal or a group (never to a person)."""
    common.check_fields(Toekenning, fields)
    budget = _require_budget(wijk, jaar)
    values = _validate_toekenning({"budget": budget, "bedrag_cents": bedrag, **fields})
    values["override_reden"] = override_reden.strip()
    with changes.change(), money_guard([budget.id], override_reden):
        return common.create_row(Toekenning, values, reden=_reason("", override_reden))


def update_toekenning(toekenning, *, override_reden: str = "", **fields) -> Toekenning:
    if "status" in fields:
        raise ValidationError("status", "Wijzig de status met 'status wijzigen'.")
    if override_reden.strip():
        fields["override_reden"] = override_reden.strip()
    with changes.change():
        current = common.get(Toekenning, toekenning, "toekenning")
        new_budget = common.get(Meedoenbudget, fields["budget"], "budget").id if fields.get("budget") else None
        with money_guard([current.budget_id, new_budget], override_reden):
            return common.update_row(Toekenning, current, "toekenning", fields, _validate_toekenning,
                                     reden=_reason("", override_reden))


def change_toekenning_status(toekenning, status: str, reden: str = "", override_reden: str = "",
                             verantwoord_op=None) -> Toekenning:
    """Move a toekenning along its workflow; one that still has counting expenses cannot stop counting.

    To `verantwoord` only with the verantwoording checklist complete, or with `reden` (services.verantwoording).
    """
    from wijkdesk.services import verantwoording  # it builds on this module

    def validate(values, current):
        problem = workflow.check_transition("toekenning", current.status, values["status"], reden)
        if problem:
            raise ValidationError("status", problem)
        extra = verantwoording.verantwoord_fields(current, values["status"], reden, verantwoord_op)
        if values["status"] not in workflow.TOEKENNING_TELT_MEE:
            count = (Uitgave.select().where((Uitgave.toekenning == current)
                                            & Uitgave.status.in_(sorted(workflow.UITGAVE_TELT_MEE))).count())
            if count:
                raise ValidationError("status", f"Er staan nog {common.count_phrase(count, 'Uitgave')} onder deze "
                                                "toekenning. Wijs die eerst af of verplaats ze; dan kan de status "
                                                f"'{values['status']}' worden.")
        out = {"status": values["status"], **extra}
        if override_reden.strip():
            out["override_reden"] = override_reden.strip()
        return out

    with changes.change():
        current = common.get(Toekenning, toekenning, "toekenning")
        with money_guard([current.budget_id], override_reden):
            return common.update_row(Toekenning, current, "toekenning", {"status": status}, validate,
                                     reden=_reason(reden, override_reden), actie="status")


def delete_toekenning(toekenning, override_reden: str = "") -> common.Snapshot:
    row = common.get(Toekenning, toekenning, "toekenning")
    # Its budget lines are part of the request: they go with it (and come back with an undo).
    with changes.change(), money_guard([row.budget_id], override_reden):
        return common.delete_row(row, f"De toekenning '{row.omschrijving or row.zaaknummer}'",
                                 owned=list(row.begrotingsregels),
                                 hint="Trek de toekenning in (status 'ingetrokken') als hij niet doorgaat.",
                                 reden=override_reden)






# --- Uitgaven ----------------------------------------------------------------------------------

_UITGAVE_TEXT = {
    "omschrijving": ("Omschrijving", 200), "leverancier": ("Leverancier", 150),
    "factuurnummer": ("Factuurnummer", 60), "bonnetje": ("Bonnetje", 500), "override_reden": ("Reden", 5_000),
}


def _validate_uitgave(values: dict, current: Uitgave | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "budget":
            out[name] = common.get(Meedoenbudget, value, "budget")
        elif name == "toekenning":
            out[name] = common.get(Toekenning, value, "toekenning") if value else None
        elif name == "doel":
            out[name] = common.get(Doel, value, "doel") if value else None
        elif name == "bedrag_cents":
            # Negative: a credit note (creditfactuur) that gives money back.
            out[name] = common.cents(name, value, label="Bedrag", allow_negative=True, allow_zero=False)
        elif name in _UITGAVE_TEXT:
            label, max_len = _UITGAVE_TEXT[name]
            out[name] = common.text(name, value, label=label, required=name == "omschrijving", max_len=max_len)
        elif name == "datum":
            out[name] = common.date(name, value, label="Datum", required=True)
        elif name == "betaald_op":
            out[name] = common.date(name, value, label="Betaald op")
        elif name == "status":
            out[name] = common.choice(name, value, UITGAVE_START if current is None else workflow.UITGAVE_STATUSSEN,
                                      label="Status")
    # Check the row as it will be: the changed values merged with the current ones.
    budget = out["budget"] if "budget" in out else (current.budget if current else None)
    toekenning = out["toekenning"] if "toekenning" in out else (current.toekenning if current else None)
    if toekenning is not None and budget is not None and toekenning.budget_id != budget.id:
        raise ValidationError("toekenning", "Deze toekenning hoort bij een ander budget (wijk of jaar) dan de uitgave.")
    if toekenning is not None and "toekenning" in out and toekenning.status not in workflow.TOEKENNING_TELT_MEE:
        raise ValidationError("toekenning", f"De toekenning is {toekenning.status}: daar kan geen uitgave onder vallen.")
    doel = out["doel"] if "doel" in out else (current.doel if current else None)
    if doel is not None and budget is not None and doel.wijk_id != budget.wijk_id:
        raise ValidationError("doel", "Dit doel hoort bij een andere wijk dan de uitgave.")
    status = out.get("status", current.status if current else "open")
    paid = out.get("betaald_op", current.betaald_op if current else None)
    if status == "betaald" and paid is None:
        out["betaald_op"] = dt.date.today()
    return out


def _receipt_source(source) -> Path | None:
    """The receipt file the user chose, checked before anything is written."""
    if source is None or not str(source).strip():
        return None
    path = Path(str(source).strip())
    if not path.is_file():
        raise ValidationError("bonnetje", f"Het bestand {path} bestaat niet (meer). Kies het bonnetje opnieuw.")
    return path


SERVER_ATTACHMENTS_MISSING = (
    "De database staat op een server; bonnetjes worden dan bewaard in een gedeelde map die iedereen die "
    "met deze database werkt kan bereiken, maar die map is op deze computer niet ingesteld. Stel hem in "
    "bij Instellingen (Bijlagen van de serverdatabase) of met de omgevingsvariabele WIJKDESK_BIJLAGEN_MAP, "
    "en kies het bonnetje opnieuw. Er is niets opgeslagen.")


def _store_receipt(path: Path) -> str:
    """Copy a receipt into the attachments beside the database, inside the caller's change.

    A failed copy raises a Dutch ValidationError, which rolls the whole change back: no expense
    without its receipt, and nothing booked twice when the user tries again.
    """
    opened = database.current()
    if opened is None:
        raise ValidationError("bonnetje", "Er is geen database geopend om het bonnetje bij te bewaren.")
    if opened.attachments_anchor is None:
        raise ValidationError("bonnetje", SERVER_ATTACHMENTS_MISSING)
    try:
        return attachments.add(opened.attachments_anchor, path)
    except OSError as exc:
        raise ValidationError("bonnetje", f"Het bonnetje {path.name} kan niet worden bewaard ({exc.strerror or exc}). "
                                          "Er is niets opgeslagen; controleer het bestand en de vrije ruimte en "
                                          "probeer het opnieuw.") from None


def receipt_file(uitgave) -> Path | None:
    """The file of an expense's receipt to show (None without one); it may be missing, see services.check.

    Beside an encrypted database that is a decrypted temporary copy (store/attachments.readable_copy).
    """
    row = common.get(Uitgave, uitgave, "uitgave")
    opened = database.current()
    if not row.bonnetje or opened is None or opened.attachments_anchor is None:
        return None
    return attachments.readable_copy(opened.attachments_anchor, row.bonnetje)


def create_uitgave(wijk, jaar, bedrag, omschrijving: str, datum, *, override_reden: str = "", bonnetje_bron=None,
                   **fields) -> Uitgave:
    """Record an expense on the wijk's budget of that year, under a toekenning or a goal if given.

    `bonnetje_bron` is a receipt file to keep with it: copied beside the database in the same change.
    """
    common.check_fields(Uitgave, fields)
    budget = _require_budget(wijk, jaar)
    values = _validate_uitgave({"budget": budget, "bedrag_cents": bedrag, "omschrijving": omschrijving,
                                "datum": datum, **fields})
    values["override_reden"] = override_reden.strip()
    source = _receipt_source(bonnetje_bron)
    with changes.change(), money_guard([budget.id], override_reden):
        if source is not None:
            values["bonnetje"] = _store_receipt(source)
        return common.create_row(Uitgave, values, reden=_reason("", override_reden))


def update_uitgave(uitgave, *, override_reden: str = "", bonnetje_bron=None, **fields) -> Uitgave:
    """Change an expense; `bonnetje_bron` attaches (or replaces) its receipt in the same change."""
    if "status" in fields:
        raise ValidationError("status", "Wijzig de status met 'status wijzigen' of 'markeer als betaald'.")
    if override_reden.strip():
        fields["override_reden"] = override_reden.strip()
    source = _receipt_source(bonnetje_bron)
    with changes.change():
        if source is not None:
            fields["bonnetje"] = _store_receipt(source)
        current = common.get(Uitgave, uitgave, "uitgave")
        new_budget = common.get(Meedoenbudget, fields["budget"], "budget").id if fields.get("budget") else None
        with money_guard([current.budget_id, new_budget], override_reden):
            return common.update_row(Uitgave, current, "uitgave", fields, _validate_uitgave,
                                     reden=_reason("", override_reden))


def change_uitgave_status(uitgave, status: str, reden: str = "", betaald_op=None, override_reden: str = "") -> Uitgave:
    def validate(values, current):
        problem = workflow.check_transition("uitgave", current.status, values["status"], reden)
        if problem:
            raise ValidationError("status", problem)
        out = {"status": values["status"]}
        if values["status"] == "betaald":
            out["betaald_op"] = common.date("betaald_op", betaald_op, label="Betaald op") or dt.date.today()
        elif current.status == "betaald":
            out["betaald_op"] = None
        if override_reden.strip():
            out["override_reden"] = override_reden.strip()
        return out

    with changes.change():
        current = common.get(Uitgave, uitgave, "uitgave")
        with money_guard([current.budget_id], override_reden):
            return common.update_row(Uitgave, current, "uitgave", {"status": status}, validate,
                                     reden=_reason(reden, override_reden), actie="status")


def mark_paid(uitgave, betaald_op=None) -> Uitgave:
    return change_uitgave_status(uitgave, "betaald", betaald_op=betaald_op)


def delete_uitgave(uitgave, override_reden: str = "") -> common.Snapshot:
    """Delete an expense; deleting a credit note that would leave the budget short needs a reason."""
    row = common.get(Uitgave, uitgave, "uitgave")
    with changes.change(), money_guard([row.budget_id], override_reden):
        return common.delete_row(row, f"De uitgave '{row.omschrijving}'", reden=override_reden)


# The money of a goal, one definition for every place that shows it (list, export, detail):
# granted = its counting toekenningen; spent = counting expenses booked on it or under its toekenningen.


def _in_budget_year(condition, budget_column, jaar: int | None):
    """`condition`, and, when `jaar` is given, the row's budget is of that year (an uncorrelated
    subquery, evaluated once)."""
    if jaar is None:
        return condition
    return condition & budget_column.in_(Meedoenbudget.select(Meedoenbudget.id).where(Meedoenbudget.jaar == jaar))


def doel_toegekend_sql(doel_ref, jaar: int | None = None):
    """A scalar subquery: cents granted to the goal `doel_ref` (an id or a column such as Doel.id),
    from the budgets of year `jaar` only when given."""
    return (Toekenning.select(fn.COALESCE(fn.SUM(Toekenning.bedrag_cents), 0))
            .where(_in_budget_year((Toekenning.doel == doel_ref)
                                   & Toekenning.status.in_(sorted(workflow.TOEKENNING_TELT_MEE)),
                                   Toekenning.budget, jaar)))


def doel_uitgegeven_sql(doel_ref, jaar: int | None = None):
    """A scalar expression: cents spent for the goal `doel_ref`, each expense counted once
    (from the budgets of year `jaar` only, when given).

    Expenses booked on the goal, plus those under its toekenningen booked on no goal or another one.
    Two sums that each use an index: one OR of the two conditions would scan every expense per goal.
    """
    counted = _in_budget_year(Uitgave.status.in_(sorted(workflow.UITGAVE_TELT_MEE)), Uitgave.budget, jaar)
    on_goal = Uitgave.select(fn.COALESCE(fn.SUM(Uitgave.bedrag_cents), 0)).where((Uitgave.doel == doel_ref) & counted)
    grant = Toekenning.alias("doel_grant")
    # The goal's grants first, then their expenses by the grant's index: a CROSS JOIN keeps that order in
    # SQLite, whose planner without statistics (a new or small file) started from every expense with a
    # counting status instead (a second per goal). The server plans it as the plain join it is.
    # With a year, only the grants of that year's budgets: an expense under a grant is in the grant's own
    # budget (services.budget refuses anything else), so the others have none of the year's expenses, and
    # reading their expenses (every year's, at city scale) to find that out cost 12 ms per goal.
    under_grants = (grant.select(fn.COALESCE(fn.SUM(Uitgave.bedrag_cents), 0))
                    .join(Uitgave, JOIN.CROSS)
                    .where(_in_budget_year((Uitgave.toekenning == grant.id) & (grant.doel == doel_ref)
                                           & (Uitgave.doel.is_null() | (Uitgave.doel != doel_ref)) & counted,
                                           grant.budget, jaar)))
    # Wrapped in COALESCE: `query + query` would be a UNION ALL in peewee, not a sum.
    return fn.COALESCE(on_goal, 0) + fn.COALESCE(under_grants, 0)


def doel_geld(doel) -> tuple[int, int]:
    """(toegekend, uitgegeven) in cents for a goal."""
    doel_id = doel.id if hasattr(doel, "id") else int(doel)
    row = Doel.select(doel_toegekend_sql(Doel.id), doel_uitgegeven_sql(Doel.id)).where(Doel.id == doel_id).tuples().first()
    return (int(row[0] or 0), int(row[1] or 0)) if row else (0, 0)


def credit_note_warning(toekenning_id: int | None, bedrag_cents: int, uitgave_id: int | None = None) -> str | None:
    """A credit note under a grant that gives back more than was spent under it, said while the user types
    (the grant's spending would show below zero: € -4.640,00 for € 5.000 under a grant with € 360 spent,
    found clicking through). A warning, not a refusal: a supplier's credit note may be booked before the
    invoice it corrects."""
    if not toekenning_id or bedrag_cents >= 0:
        return None
    grant = Toekenning.get_or_none(Toekenning.id == toekenning_id)
    if grant is None:
        return None
    spent = _spent_under(grant.id)
    current = Uitgave.get_or_none(Uitgave.id == uitgave_id) if uitgave_id else None
    if current is not None and current.toekenning_id == grant.id and current.status in workflow.UITGAVE_TELT_MEE:
        spent -= current.bedrag_cents  # the expense as it was does not count against itself
    if spent + bedrag_cents >= 0:
        return None
    return (f"Deze creditnota ({format_cents(-bedrag_cents)}) is meer dan er onder de toekenning "
            f"'{grant.omschrijving}' is uitgegeven ({format_cents(spent)}): de toekenning toont dan "
            f"{format_cents(spent + bedrag_cents)} uitgegeven. Klopt de toekenning?")


def warnings_for(omschrijving: str, bedrag_cents: int, activiteit_soort: str = "",
                 activiteit_datum: dt.date | None = None, rules: BudgetRules | None = None) -> list[str]:
    """Deventer's rules as warnings for a request, before it is saved."""
    return check_request(rules or BudgetRules(), omschrijving, bedrag_cents, activiteit_soort,
                         activiteit_datum, dt.date.today() if activiteit_datum else None)
