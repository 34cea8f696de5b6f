"""The three shapes of an undoable change (create, update, delete), each acting through services.

`create` remembers the new row's id; undo deletes it through the service (which refuses if something
now refers to it) and keeps the snapshot, redo restores that snapshot with the same id and UUID.
`update` snapshots the row before the change; undo restores it, redo repeats the service call.
`delete` keeps the snapshot the service returns; undo restores it, redo deletes again.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterable

from wijkdesk.services import common
from wijkdesk.views.context import AppContext

log = logging.getLogger(__name__)


def create(context: AppContext, text: str, tables: Iterable[str], create_fn: Callable[[], object],
           delete_fn: Callable[[int], object], restore_fn: Callable[[object], None] = common.restore):
    """Create a row through `create_fn`; returns the row."""
    state: dict = {}

    def do():
        row = create_fn()
        state["id"] = row.id
        return row

    def undo():
        state["snapshot"] = delete_fn(state["id"])

    def redo():
        restore_fn(state["snapshot"])

    return context.run(text, do, undo, tables, redo=redo)


def update(context: AppContext, text: str, tables: Iterable[str], model, row_id: int,
           apply_fn: Callable[[], object], extra_rows: Callable[[], Iterable] = lambda: (),
           restore_fn: Callable[[object], None] = common.restore):
    """Change a row through `apply_fn`; undo puts the row (and `extra_rows`) back as they were.

    `restore_fn` is the service that puts a snapshot back (budget.restore for money rows: it refuses
    an undo that would break the money rules); the undo is written to the audit log.
    """
    before = common.snapshot_rows([common.get(model, row_id), *extra_rows()])

    def undo():
        restore_fn(before)
        common.audit_record("hersteld", common.get(model, row_id), {}, "ongedaan gemaakt")

    return context.run(text, apply_fn, undo, tables)


def delete(context: AppContext, text: str, tables: Iterable[str], delete_fn: Callable[[], object],
           restore_fn: Callable[[object], None] = common.restore):
    """Delete through `delete_fn` (which returns a snapshot); undo restores it."""
    state: dict = {}

    def do():
        state["snapshot"] = delete_fn()
        return state["snapshot"]

    def undo():
        restore_fn(state["snapshot"])

    return context.run(text, do, undo, tables)
