"""One change of the data as one object: one transaction, its before/after images, audit rows, undo, redo.

Every write of the services goes through the row primitives in `services.common` (or, for a bulk write,
registers the rows here itself). While a change is open, each primitive registers the row's
before-image the first time it touches it. When the block ends, still inside the transaction, the
change reads each row's after-image, writes an audit row for every row that changed and was not audited
yet, and keeps what it needs to be undone and redone:

    with changes.change("Idee 'Bankjes' wijzigen") as c:
        ideeen.update_idee(idee_id, titel="Bankjes langs de route")
    c.tables        # {"idee"}: what a window must refresh
    changes.undo(c) # one transaction, audited, refused with a Dutch message when the data moved on
    changes.redo(c)

Nested `change()` blocks join the outer one (a savepoint), so a service that calls other services is
still one change. Undo and redo compare each row with the state the change left (or found) and refuse
when anything else changed it since, so they never overwrite someone's later work; the money rules
(services.budget.money_guard) are checked for every budget the rows belong to.
This module knows no window: the CLI, the tests and the GUI's undo stack use the same functions.

Several people at once (issue 15): every row carries a version, `versie`, that every write raises by one.
- A user's edit names the version it started from: `change(text, versies={("Idee", 5): 3})` (or
  `expect(...)` / `common.update_row(..., versie=3)`). When the row is first written in the change and
  its version is no longer 3, the change is refused with a ConflictError naming who changed it and
  when (from the audit log); nothing is saved, so no update is ever lost silently.
- `common.update_row` / `delete_row` write `... WHERE id = ? AND versie = ?` and raise the version in the
  same statement; a raw write registered with `touch` gets its version raised when the change ends
  (`_finish`, one statement per table), unless the writer set the version itself.
- Inside one change nobody else may write the rows it read: on SQLite the outermost change is BEGIN
  IMMEDIATE (the file's write lock is taken first, so reads made by checks such as money_guard see the
  newest data and stay true until the commit); on PostgreSQL `touch` reads the before-image with
  SELECT ... FOR UPDATE (the row lock the UPDATE would take a moment later anyway), and money_guard
  locks the budget rows (`lock_rows`).
- Undo and redo write only when the row still has the version the change left (or found), and give it
  a new version, so a window still holding the old one is refused too.
"""
from __future__ import annotations

import contextlib
import contextvars
import json
import logging
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from peewee import ForeignKeyField, IntegrityError, SqliteDatabase, sort_models

from wijkdesk.services import audit
from wijkdesk.services.errors import ConflictError, ServiceError
from wijkdesk.store import models
from wijkdesk.store.models import AuditLog, BaseModel, db, read_by_id
from wijkdesk.store.server import is_server

log = logging.getLogger(__name__)

_current: contextvars.ContextVar["Change | None"] = contextvars.ContextVar("wijkdesk_change", default=None)
# Called with every finished outermost change (after its commit): tests record the demo's changes.
_listeners: list[Callable[["Change"], None]] = []

# Fields left out of audit diffs of undo/redo: bookkeeping, not content.
_NOT_AUDITED = {"id", "uuid", "aangemaakt_op", "gewijzigd_op", "versie"}
# The tables whose rows hold money; a change of one of these is checked against the money rules.
_MONEY_MODELS = {"Meedoenbudget", "Toekenning", "Uitgave"}

Image = dict[str, Any]
_UNREAD = object()  # an image not read yet (None means: the row does not exist)


@dataclass
class RowChange:
    """One row as the change found it (`before`) and left it (`after`); None: the row did not exist."""

    model_name: str
    row_id: int
    before: Image | None
    after: Image | None = None

    @property
    def model(self) -> type[BaseModel]:
        return getattr(models, self.model_name)

    @property
    def table(self) -> str:
        return self.model._meta.table_name


@dataclass
class Change:
    """What one change did: its text, the rows it changed (before and after), the tables it touched."""

    text: str
    rows: list[RowChange] = field(default_factory=list)
    override_reden: str = ""
    done: bool = True  # False after undo
    # (model name, id) -> the version the user started editing from; checked when the row is first written.
    expected: dict = field(default_factory=dict, repr=False)
    # What checks of this change keep between their calls (money_guard: committed totals per budget);
    # emptied when a nested block rolls back, so no figure outlives the rows it was computed from.
    scratch: dict = field(default_factory=dict, repr=False)
    _index: dict = field(default_factory=dict, repr=False)
    _position: dict = field(default_factory=dict, repr=False)  # (model name, id) -> its place in rows
    _watches: list = field(default_factory=list, repr=False)  # open `watch_writes` blocks, innermost last
    _audited: set = field(default_factory=set, repr=False)
    # (model name, id) of the money rows a money check (services.budget.money_guard) looked at; the
    # change checks the others itself when it ends (`_check_money`).
    guarded: set = field(default_factory=set, repr=False)
    budgets_compared_whole: set = field(default_factory=set, repr=False)  # by the whole-overview guard

    @property
    def tables(self) -> frozenset[str]:
        """The table names this change wrote (audit_log included when it wrote audit rows)."""
        names = {r.table for r in self.rows}
        return frozenset(names | {"audit_log"}) if names else frozenset()

    @property
    def empty(self) -> bool:
        return not self.rows

    def moved_on(self, model_name: str, row_id: int, versie: int) -> int | None:
        """The version this change left the row at, if it found the row at `versie` (None otherwise: not
        written, deleted, or found at another version, i.e. someone else changed it first): what a
        window that was showing version `versie` goes on editing from."""
        for entry in self.rows:
            if (entry.model_name == model_name and entry.row_id == row_id and entry.before is not None
                    and entry.after is not None and entry.before.get("versie") == versie):
                return entry.after.get("versie")
        return None

    def budget_ids(self) -> set[int]:
        """Every budget whose money the rows belong to, before and after (a move touches both)."""
        ids = set()
        for r in self.rows:
            if r.model_name in _MONEY_MODELS:
                ids |= _budgets_of(r)
        return ids

    # --- registration by the row primitives --------------------------------------------------------

    def touch(self, model: type[BaseModel], row_id: int) -> None:
        key = (model.__name__, int(row_id))
        if key not in self._index:
            before = _read(model, row_id, lock=True)
            wanted = self.expected.get(key)
            if wanted is not None and before is not None and before.get("versie") != wanted:
                raise conflict(model, row_id, before)
            self._register(RowChange(model.__name__, int(row_id), before))
        elif self._watches:
            self._written_again(key, lambda: _read(model, row_id))

    def created(self, model: type[BaseModel], row_id: int) -> None:
        key = (model.__name__, int(row_id))
        if key not in self._index:
            self._register(RowChange(model.__name__, int(row_id), None))
        elif self._watches:
            # Registered earlier (deleted, now put back): the insert succeeded, so just before it the
            # row did not exist.
            self._written_again(key, lambda: None)

    def mark_audited(self, row: BaseModel) -> None:
        self._audited.add((type(row).__name__, row.id))

    def _register(self, entry: RowChange) -> None:
        key = (entry.model_name, entry.row_id)
        self._index[key] = entry
        self._position[key] = len(self.rows)
        self.rows.append(entry)

    def _written_again(self, key: tuple, image_now: Callable[[], Image | None]) -> None:
        """A row registered earlier is about to be written again: give every open watch that began after
        its registration the row's image as of now, once (the first write in its block is the one that
        shows the row as the block found it)."""
        position = self._position[key]
        image = _UNREAD
        for watch in self._watches:
            if key[0] in watch.models and position < watch.start and key not in watch.earlier:
                if image is _UNREAD:
                    image = image_now()
                watch.earlier[key] = image

    def written_in(self, watch: "Watch") -> list[tuple[RowChange, Image | None]]:
        """(row, image as the block found it) of every row of the watch's models the block wrote, in
        registration order: rows registered before the block that it wrote again, then its new rows.

        Costs what the block wrote, not what the change wrote before it (an import is one change with
        one guarded block per row)."""
        found = [(self._index[key], image) for key, image
                 in sorted(watch.earlier.items(), key=lambda item: self._position[item[0]])]
        found.extend((entry, entry.before) for entry in self.rows[watch.start:]
                     if entry.model_name in watch.models)
        return found

    # --- the end of the block ----------------------------------------------------------------------

    def _finish(self) -> None:
        """After-images; an audit row for every changed row nobody audited; drop rows that ended as found."""
        kept = []
        raw = []  # rows a raw write changed without setting their version
        rows, found = [], {}  # audit rows, written at once; uuids of referenced rows looked up so far
        for entry in self.rows:
            entry.after = _read(entry.model, entry.row_id)
            if entry.after == entry.before:
                continue
            if entry.before is not None and entry.after is not None \
                    and entry.after.get("versie") == entry.before.get("versie"):
                raw.append(entry)
            kept.append(entry)
            if (entry.model_name, entry.row_id) not in self._audited:
                rows.append(_audit_row(entry, entry.before, entry.after, self.text, found=found))
        audit.record_many(rows)
        _raise_versions(raw)
        self._check_money(kept)
        self.rows = kept
        self._index = {}
        self._position = {}

    def _check_money(self, kept: list[RowChange]) -> None:
        """The money rules hold for every change: money rows written outside any `money_guard` block (a
        new budget, a grant's verantwoording, a service that forgot its guard) are checked here, still
        inside the transaction, so a change that makes money worse without a reason is refused whoever
        wrote it. A reason given for the change lets it through, as it does for a guard."""
        if self.override_reden.strip():
            return
        unchecked = [(e, _budgets_of(e)) for e in kept
                     if e.model_name in _MONEY_MODELS and (e.model_name, e.row_id) not in self.guarded]
        unchecked = [(e, ids) for e, ids in unchecked if not ids <= self.budgets_compared_whole]
        if unchecked:
            from wijkdesk.services import budget  # budget builds on common, which builds on this module

            budget.check_unguarded(self, set().union(*(ids for _e, ids in unchecked)),
                                   [(e.model_name, e.row_id, e.before, e.after) for e, _ids in unchecked])


def _budgets_of(entry: RowChange) -> set[int]:
    """The budgets a money row belongs to, before and after."""
    return {image["id"] if entry.model_name == "Meedoenbudget" else image["budget"]
            for image in (entry.before, entry.after) if image is not None}


@dataclass
class Watch:
    """One block of a change whose writes a check looks at when it ends (services.budget.money_guard)."""

    models: frozenset[str]
    start: int  # len(change.rows) when the block began: rows from here on were registered in it
    # Rows registered before the block and written in it -> their image when the block first wrote them.
    earlier: dict = field(default_factory=dict)


@contextlib.contextmanager
def watch_writes(model_names: Iterable[str]):
    """Note which rows of these models the block writes and how it found them; see Change.written_in.

    Must run inside a change. Rows written again are snapshotted at their first `touch` in the block,
    so every write must register before it writes (the row primitives do).
    """
    made = _current.get()
    if made is None:
        raise RuntimeError("watch_writes outside a change")
    watch = Watch(frozenset(model_names), len(made.rows))
    made._watches.append(watch)
    try:
        yield watch
    finally:
        made._watches.remove(watch)


def current() -> Change | None:
    """The change being made in this thread, or None."""
    return _current.get()


@contextlib.contextmanager
def change(text: str = "", versies: dict | None = None):
    """Open one change (one transaction); a change opened inside another joins it (savepoint).

    `versies` maps (model name, id) to the version the user started editing that row from (see the
    module's docstring): a write to a row changed meanwhile is refused with a ConflictError.
    """
    outer = _current.get()
    if outer is not None:
        if text and not outer.text:
            outer.text = text
        try:
            with db.atomic():
                _expect_all(versies)
                yield outer
        except BaseException:
            outer.scratch.clear()
            raise
        return
    made = Change(text)
    token = _current.set(made)
    try:
        with _transaction():
            # Checked before the change's own checks: a user who saw an older version of the row hears who
            # changed it and when, not a rule the other user's change now breaks ("al ingetrokken").
            _expect_all(versies)
            yield made
            made._finish()
    finally:
        _current.reset(token)
    for listener in list(_listeners):
        listener(made)


def _expect_all(versies: dict | None) -> None:
    for (model, row_id), versie in (versies or {}).items():
        if versie is not None and row_id is not None:
            expect(model, row_id, versie)


def expect(model, row_id, versie: int | None) -> None:
    """Inside a change: the row must still have version `versie` when the change first writes it.

    Call before the write (update_row and delete_row do it for their `versie` argument). Compared at
    once: with the version the change found the row at, or (registering the row now) the stored one.
    """
    made = _current.get()
    if made is None or versie is None:
        return
    name = model if isinstance(model, str) else model.__name__
    key = (name, int(row_id))
    entry = made._index.get(key)
    if entry is not None:
        if entry.before is not None and entry.before.get("versie") != int(versie):
            raise conflict(entry.model, row_id, entry.before)
        return
    made.expected[key] = int(versie)
    # Checked now, before any other check: a user who saw an older version first hears that (a row that
    # ends unchanged is dropped from the change again).
    made.touch(getattr(models, name), row_id)


def _transaction():
    """The transaction of an outermost change (or undo/redo).

    SQLite: BEGIN IMMEDIATE takes the file's write lock before the first read, so a second connection
    (another process, another user on a shared file) waits (busy_timeout) instead of both reading the
    same totals and both writing: the checks made inside the change (versions, money_guard) stay true
    until the commit. A read-only connection (query_only) cannot take it and gets a plain BEGIN.
    PostgreSQL: the server's default (READ COMMITTED) with row locks taken by `touch`/`lock_rows`.
    """
    if db.transaction_depth() == 0 and _is_sqlite() and not db.execute_sql("PRAGMA query_only").fetchone()[0]:
        return db.atomic(lock_type="IMMEDIATE")
    return db.atomic()


def _is_sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def lock_rows(model: type[BaseModel], ids: Iterable[int]) -> None:
    """On a server: lock these rows until the transaction ends (SELECT ... FOR UPDATE), so two users'
    changes of the same rows (a budget's grants) take turns. On SQLite the change holds the file's write
    lock already (BEGIN IMMEDIATE), so there is nothing to do."""
    ids = sorted({int(i) for i in ids if i})
    if not ids or not is_server(db):
        return
    list(model.select(model.id).where(model.id.in_(ids)).order_by(model.id).for_update().tuples())


def conflict(model: type[BaseModel], row_id: int, now: Image | None = None) -> ConflictError:
    """The refusal of a write to a row someone else changed meanwhile, naming who and when.

    Who and when come from the row's newest audit row (every change writes one); `now` is the row as
    stored now (read when not given).
    """
    one = common_name(model.__name__)
    this = "Dit" if one in _HET_WORDS else "Deze"
    now = now if now is not None else _read(model, row_id)
    last = None
    if now is not None:
        last = (AuditLog.select().where((AuditLog.tabel == model._meta.table_name)
                                        & (AuditLog.rij_uuid == now["uuid"]))
                .order_by(AuditLog.id.desc()).first())
    door = (last.gebruiker or "een andere gebruiker") if last is not None else "een andere gebruiker"
    op = last.tijd if last is not None else None
    when = f" op {op:%d-%m-%Y} om {op:%H:%M}" if op is not None else ""
    what = ""
    if last is not None:
        try:
            fields = [f for f in json.loads(last.wijzigingen or "{}") if f not in _NOT_AUDITED]
        except ValueError:
            fields = []
        if fields:
            what = f" (gewijzigd: {', '.join(sorted(fields))})"
    if now is None:
        message = (f"{this} {one} is intussen verwijderd door een andere gebruiker. "
                   "Uw wijziging is niet opgeslagen.")
    else:
        message = (f"{this} {one} is intussen gewijzigd door {door}{when}{what}. Uw wijziging is niet "
                   f"opgeslagen, zodat die van {door} niet verloren gaat. U ziet nu de nieuwe versie; "
                   "voer uw wijziging daarin opnieuw in als die nog nodig is.")
    return ConflictError(message, model.__name__, int(row_id), door, op, model._meta.table_name,
                         now.get("versie") if now is not None else None)


# Dutch 'het' words among the table names (dit idee, deze toekenning).
_HET_WORDS = {"idee", "doel", "lid", "besluit", "budget", "stembiljet"}


def _raise_versions(entries: list[RowChange]) -> None:
    """Give every row a raw write changed its next version: one statement per table and 500 rows.

    Nobody else can have written these rows since the change registered them (SQLite: the change holds
    the write lock; a server: `touch` locked them), so `versie + 1` is the version found plus one; the
    row count is checked all the same.
    """
    by_model: dict[type, list[RowChange]] = {}
    for entry in entries:
        if entry.before.get("versie") is not None:  # a table without versions (an old file mid-migration)
            by_model.setdefault(entry.model, []).append(entry)
    for model, found in by_model.items():
        for start in range(0, len(found), 500):
            chunk = found[start:start + 500]
            count = (model.update({model.versie: model.versie + 1})
                     .where(model.id.in_([e.row_id for e in chunk])).execute())
            if count != len(chunk):
                raise conflict(model, chunk[0].row_id)
            for entry in chunk:
                entry.after["versie"] = entry.before["versie"] + 1


def on_commit(listener: Callable[["Change"], None]) -> None:
    """Call `listener(change)` after every outermost change has committed."""
    _listeners.append(listener)


def read_image(model: type[BaseModel], row_id: int) -> Image | None:
    """A row's columns as stored now (None when it does not exist): what the change compares."""
    return _read(model, row_id)


@contextlib.contextmanager
def recording():
    """Collect every outermost change finished in this block (tests of undo/redo over real use)."""
    found: list[Change] = []
    _listeners.append(found.append)
    try:
        yield found
    finally:
        _listeners.remove(found.append)


# --- what the row primitives call --------------------------------------------------------------------


def touch(row: BaseModel) -> None:
    """Register `row`'s before-image with the open change (call before writing it)."""
    made = _current.get()
    if made is not None:
        made.touch(type(row), row.id)


def touch_ids(model: type[BaseModel], ids: Iterable[int]) -> None:
    made = _current.get()
    if made is not None:
        for row_id in ids:
            made.touch(model, row_id)


def created(row: BaseModel) -> None:
    """Register a row inserted by the open change (it did not exist before)."""
    made = _current.get()
    if made is not None:
        made.created(type(row), row.id)


def created_ids(model: type[BaseModel], ids: Iterable[int]) -> None:
    made = _current.get()
    if made is not None:
        for row_id in ids:
            made.created(model, row_id)


def override(reden: str) -> None:
    """Remember that the user accepted a money rule's warning: redo does not ask again."""
    made = _current.get()
    if made is not None and reden.strip():
        made.override_reden = made.override_reden or reden.strip()


def record(actie: str, row: BaseModel, diff: dict | None = None, reden: str = ""):
    """Write an audit row for `row` and tell the open change it is audited."""
    made = _current.get()
    if made is not None:
        made.mark_audited(row)
    return audit.record(actie, row, diff, reden)


# --- undo and redo ---------------------------------------------------------------------------------


def undo(made: Change) -> None:
    """Put every row back as the change found it: one transaction, audited, refused when data moved on."""
    _move(made, to_after=False)
    made.done = False


def redo(made: Change) -> None:
    """Make the change again exactly as it was (same ids and UUIDs): one transaction, audited."""
    _move(made, to_after=True)
    made.done = True


def _move(made: Change, to_after: bool) -> None:
    from wijkdesk.services import budget  # budget builds on common, which builds on this module

    if _current.get() is not None:
        raise RuntimeError("undo/redo inside another change")
    actie = "opnieuw gedaan" if to_after else "ongedaan gemaakt"
    pairs = [(r, r.before if to_after else r.after, r.after if to_after else r.before) for r in made.rows]
    now_versions = {}  # (model name, id) -> the version the row has now, read under the lock
    figures = budget.GuardFigures()
    try:
        with _transaction():
            # Rows come back parents first and go children first; deferring the foreign-key check to
            # the commit also covers a row that points at one put back later in the same step.
            defer_foreign_keys()
            for entry, expected, _target in pairs:
                # The whole row but its version: anything written since (by anyone) refuses. The version
                # itself is not compared: undoing a later change gave the row its content back under a
                # newer version, and this step may still follow that one.
                now = _read(entry.model, entry.row_id, lock=True)
                if _content(now) != _content(expected):
                    raise ServiceError(_moved_on_message(made, entry, to_after, now))
                if now is not None:
                    now_versions[(entry.model_name, entry.row_id)] = now.get("versie")
            # Undo and redo write their rows outside any change: the guard gets their images as they
            # are now (checked just above) and as they will be.
            money_rows = [(e.model_name, e.row_id, expected, target) for e, expected, target in pairs]
            with budget.money_guard_rows(made.budget_ids(), money_rows, made.override_reden, figures):
                order = {m.__name__: i for i, m in enumerate(sort_models(models.ALL_MODELS))}
                inserts = sorted((p for p in pairs if p[1] is None), key=lambda p: order[p[0].model_name])
                updates = [p for p in pairs if p[1] is not None and p[2] is not None]
                deletes = sorted((p for p in pairs if p[2] is None), key=lambda p: -order[p[0].model_name])
                for entry, _expected, target in inserts:
                    entry.model.insert(**target).execute()
                for entry, _expected, target in updates:
                    # The content as it was, under the next version (never an old one again: a window
                    # holding the version the row has now must be refused after this, not let through),
                    # written only while the row still has the version just checked.
                    values = {k: v for k, v in target.items() if k != "id"}
                    versie = now_versions.get((entry.model_name, entry.row_id))
                    where = entry.model.id == entry.row_id
                    if versie is not None:
                        values["versie"] = versie + 1
                        where &= entry.model.versie == versie
                    if entry.model.update(**values).where(where).execute() != 1:
                        raise ServiceError(_moved_on_message(made, entry, to_after, _read(entry.model, entry.row_id)))
                for entry, _expected, _target in deletes:
                    where = entry.model.id == entry.row_id
                    versie = now_versions.get((entry.model_name, entry.row_id))
                    if versie is not None:
                        where &= entry.model.versie == versie
                    if entry.model.delete().where(where).execute() != 1:
                        raise ServiceError(_moved_on_message(made, entry, to_after, _read(entry.model, entry.row_id)))
                uuids = {(r.model_name, r.row_id): (r.before or r.after)["uuid"] for r in made.rows}
                found = {}
                audit.record_many([_audit_row(entry, expected, target, made.text, actie, uuids, found)
                                   for entry, expected, target in pairs])
    except IntegrityError as exc:
        log.warning("%s weigert de database: %s", actie, exc)
        found = _references_from_outside(made, [p[0] for p in pairs if p[2] is None])
        why = f"er horen intussen {', '.join(found)} bij" if found else "er hoort intussen iets anders bij"
        raise ServiceError(f"'{made.text}' kan niet worden {actie}: {why}. Er is niets gewijzigd.") from None
    budget.remember_committed(figures)  # committed: the next undo, redo or change starts from these totals


def _references_from_outside(made: Change, removed: list[RowChange]) -> list[str]:
    """Dutch phrases ('1 toekenning') for rows outside the change that still point at rows it would remove."""
    from wijkdesk.services.common import count_phrase

    own = {(r.model_name, r.row_id) for r in made.rows}
    counts: dict[str, int] = {}
    for entry in removed:
        for field_, model in entry.model._meta.backrefs.items():
            ids = [i for (i,) in model.select(model.id).where(field_ == entry.row_id).tuples()]
            outside = [i for i in ids if (model.__name__, i) not in own]
            if outside:
                counts[model.__name__] = counts.get(model.__name__, 0) + len(outside)
    return [count_phrase(n, name) for name, n in counts.items()]


def _content(image: Image | None) -> Image | None:
    """A row's image without its version: what undo and redo compare."""
    if image is None:
        return None
    return {k: v for k, v in image.items() if k != "versie"}


def _moved_on_message(made: Change, entry: RowChange, to_after: bool, now: Image | None = None) -> str:
    one = common_name(entry.model_name)
    what = "ongedaan gemaakt" if not to_after else "opnieuw uitgevoerd"
    who = ""
    if now is not None:  # name who changed it and when, as a refused save does
        found = conflict(entry.model, entry.row_id, now)
        when = f" op {found.op:%d-%m-%Y} om {found.op:%H:%M}" if found.op is not None else ""
        who = f" door {found.door}{when}"
    return (f"'{made.text}' kan niet worden {what}: een {one} is intussen op een andere manier gewijzigd{who}. "
            "Er is niets gewijzigd; pas het zelf aan als dat nog nodig is.")


def common_name(model_name: str) -> str:
    from wijkdesk.services.common import NAMES

    return NAMES.get(model_name, (model_name.lower(),))[0]


# --- images and their audit rows ---------------------------------------------------------------------


def defer_foreign_keys() -> None:
    """Check foreign keys at the commit of this transaction, not per statement (SQLite and server)."""
    if is_server(db):
        db.execute_sql("SET CONSTRAINTS ALL DEFERRED")  # the server's keys are made DEFERRABLE
    else:
        db.execute_sql("PRAGMA defer_foreign_keys = ON")


def _read(model: type[BaseModel], row_id: int, lock: bool = False) -> Image | None:
    """Every column of one row as stored (foreign keys as ids), or None when it does not exist.

    Plain SQL prepared once per table: building a peewee query per row doubled the cost of a write.
    With `lock` on a server the row stays locked until the transaction ends (FOR UPDATE; see `touch`).
    """
    return read_by_id(model, int(row_id), lock=lock and is_server(db))


def _audit_row(entry: RowChange, old: Image | None, new: Image | None, text: str, actie: str | None = None,
               uuids: dict | None = None, found: dict | None = None) -> tuple:
    """The audit row (for `audit.record_many`) of a row going from `old` to `new`; references by UUID, as
    the services write them. Marks the row audited in the open change.

    A deleted row is logged without values (as `common.delete_row` does); the others with every field
    that differs. `found` keeps the UUIDs of referenced rows looked up (14,000 ballots point at one
    round): call it after the writes, so every lookup would give the same answer.
    """
    model = entry.model
    row = model(**(new if new is not None else old))
    if actie is None:
        actie = "aangemaakt" if old is None else "verwijderd" if new is None else "gewijzigd"
    diff = {}
    if actie != "verwijderd":
        for name, field_ in model._meta.fields.items():
            a = old.get(name) if old is not None else None
            b = new.get(name) if new is not None else None
            if name in _NOT_AUDITED or a == b:
                continue
            if isinstance(field_, ForeignKeyField):
                a, b = _uuid_of(field_.rel_model, a, uuids, found), _uuid_of(field_.rel_model, b, uuids, found)
            diff[name] = (a, b)
    made = _current.get()
    if made is not None:
        made.mark_audited(row)
    return actie, row, diff, text


def _uuid_of(model: type[BaseModel], row_id, known: dict | None = None, found: dict | None = None):
    """The UUID of a referenced row; `known` holds those of rows an undo step just removed, `found`
    those looked up before."""
    if row_id is None:
        return None
    key = (model.__name__, row_id)
    if known and key in known:
        return known[key]
    if found is not None and key in found:
        return found[key]
    uuid = model.select(model.uuid).where(model.id == row_id).scalar()
    if found is not None:
        found[key] = uuid
    return uuid
