"""The audit log: who changed what, when. Every service change writes here in the same transaction."""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import decimal
import getpass
import json

from wijkdesk.store.models import AuditLog, BaseModel, _now, _uuid, db

_current_user: str | None = None
# A reason given to every audit row written inside `reason(...)` (for example "Excel-import x.xlsx"),
# so the log says where a batch of changes came from. Per thread, so a background import is separate.
_batch_reason: contextvars.ContextVar[str] = contextvars.ContextVar("audit_batch_reason", default="")


@contextlib.contextmanager
def reason(text: str):
    """Audit rows written in this block get `text` as reason when the service gives none."""
    token = _batch_reason.set(text)
    try:
        yield
    finally:
        _batch_reason.reset(token)
# Tables with personal data: the audit log says which fields changed, never their values, so that
# erasing a person (AVG) leaves nothing of them behind in the log.
PERSONAL_TABLES = {"persoon"}
REDACTED = "(persoonsgegeven)"


def set_current_user(name: str | None) -> None:
    """The local user's name as set in the settings; written into every audit row."""
    global _current_user
    _current_user = (name or "").strip() or None


def current_user() -> str:
    if _current_user:
        return _current_user
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): still log the change
        return "onbekend"


def _plain(value):
    """A JSON-friendly copy of a field value."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, BaseModel):
        return value.uuid
    return value


def _payload(row: BaseModel, changes: dict | None) -> str:
    if row._meta.table_name in PERSONAL_TABLES:
        payload = {k: [REDACTED, REDACTED] for k in (changes or {})}
    else:
        payload = {k: [_plain(a), _plain(b)] for k, (a, b) in (changes or {}).items()}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True)


def record(actie: str, row: BaseModel, changes: dict | None = None, reden: str = "") -> None:
    """Write one audit row for `row`; `changes` maps field -> (old, new).

    The same row `record_many` writes, in plain SQL: peewee's Model.create built the INSERT's text value by
    value on every call, most of the cost of a service's write (the demo writes 650 audit rows this way)."""
    record_many([(actie, row, changes, reden)])


_MANY_FIELDS = (AuditLog.uuid, AuditLog.aangemaakt_op, AuditLog.gewijzigd_op, AuditLog.tijd, AuditLog.gebruiker,
                AuditLog.actie, AuditLog.tabel, AuditLog.rij_uuid, AuditLog.wijzigingen, AuditLog.reden)
_MANY_CHUNK = 90  # rows per INSERT: 900 parameters, under every SQLite's limit of 999


def record_many(entries: list[tuple[str, BaseModel, dict | None, str]]) -> None:
    """The rows `record(actie, row, changes, reden)` writes, for many rows in a few INSERT statements.

    The end of a change that made thousands of rows (a pabulib import of 14,000 ballots) wrote them one
    model save at a time: most of the import's time. Same columns, same order of ids, one time for all.
    """
    if not entries:
        return
    user, now, batch = current_user(), _now(), _batch_reason.get()
    rows = [(_uuid(), now, now, now, user, actie, row._meta.table_name, row.uuid, _payload(row, changes),
             reden or batch) for actie, row, changes, reden in entries]
    # Plain SQL: peewee built each INSERT value by value, which cost as much as the rows themselves.
    param = db.obj.param  # "?" on SQLite, "%s" on the server
    columns = ", ".join(f'"{f.column_name}"' for f in _MANY_FIELDS)
    one = "(" + ", ".join([param] * len(_MANY_FIELDS)) + ")"
    for start in range(0, len(rows), _MANY_CHUNK):
        chunk = rows[start:start + _MANY_CHUNK]
        values = [f.db_value(v) for row in chunk for f, v in zip(_MANY_FIELDS, row)]
        db.execute_sql(f'INSERT INTO "{AuditLog._meta.table_name}" ({columns}) VALUES '
                       + ", ".join([one] * len(chunk)), values)
