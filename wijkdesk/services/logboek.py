"""Reading the audit log for Extra > Logboek: who changed what, when and why, filtered.

Persons stay redacted as in the log itself: for a person row the log holds which fields changed, never
their values, and the viewer names no person either (not even one that still exists).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from wijkdesk.domain.money import format_cents
from wijkdesk.services import audit
from wijkdesk.services.common import NAMES
from wijkdesk.store import models
from wijkdesk.store.models import AuditLog

MAX_ROWS = 2000
# The field that names a row of each table in the viewer ('' : the table has no such field).
_LABEL_FIELD = {"wijk": "naam", "bewonersgroep": "naam", "idee": "titel", "doel": "titel", "toekenning": "omschrijving",
                "uitgave": "omschrijving", "bijeenkomst": "titel", "stemronde": "titel", "besluit": "tekst"}


@dataclass(frozen=True)
class LogRegel:
    """One line of the log as the viewer shows it."""

    tijd: dt.datetime
    gebruiker: str
    actie: str
    soort: str  # Dutch name of the table ('idee', 'uitgave', ...)
    onderwerp: str  # the row's current title, or its short id when gone (never a person's name)
    wijzigingen: str  # 'veld: oud → nieuw; ...'
    reden: str


def _models_by_table() -> dict:
    return {m._meta.table_name: m for m in models.ALL_MODELS}


def kinds() -> list[tuple[str, str]]:
    """(table, Dutch name) of every kind of row the log mentions, for the filter."""
    by_table = _models_by_table()
    found = [t for (t,) in AuditLog.select(AuditLog.tabel).distinct().tuples()]
    return sorted(((t, NAMES.get(by_table[t].__name__, (t,))[0] if t in by_table else t) for t in found),
                  key=lambda item: item[1])


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _field_text(name: str) -> str:
    """'geschatte_kosten_cents' -> 'geschatte kosten': the log is read by people, not by the code."""
    return name.removesuffix("_cents").replace("_", " ")


def _value_text(name: str, value) -> str:
    """Amounts as euros and dates as 26-11-2026, the way the window shows them."""
    if value is None:
        return ""
    if name.endswith("_cents") and isinstance(value, int) and not isinstance(value, bool):
        return format_cents(value)
    if isinstance(value, str) and (match := _ISO_DATE.match(value)):
        return f"{match[3]}-{match[2]}-{match[1]}"
    return str(value)


def _diff_text(raw: str) -> str:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return raw
    if not isinstance(data, dict):
        return raw
    parts = []
    for name, pair in sorted(data.items()):
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        parts.append(f"{_field_text(name)}: {_value_text(name, old)} → {_value_text(name, new)}")
    return "; ".join(parts)


def _labels(rows: list[AuditLog]) -> dict[tuple[str, str], str]:
    """Current titles of the rows the lines are about, one query per table."""
    by_table = _models_by_table()
    wanted: dict[str, set] = {}
    for row in rows:
        if row.tabel in _LABEL_FIELD:
            wanted.setdefault(row.tabel, set()).add(row.rij_uuid)
    labels = {}
    for table, uuids in wanted.items():
        model = by_table.get(table)
        if model is None:
            continue
        field = getattr(model, _LABEL_FIELD[table])
        uuid_list = list(uuids)
        for start in range(0, len(uuid_list), 500):
            for uuid, label in model.select(model.uuid, field).where(
                    model.uuid.in_(uuid_list[start:start + 500])).tuples():
                labels[(table, uuid)] = str(label)[:80]
    return labels


def entries(kind: str | None = None, text: str = "", vanaf: dt.date | None = None, tot: dt.date | None = None,
            limit: int = MAX_ROWS) -> list[LogRegel]:
    """The newest lines first, of one kind of row (table name) or all, containing `text`, in a date range."""
    query = AuditLog.select().order_by(AuditLog.tijd.desc(), AuditLog.id.desc())
    if kind:
        query = query.where(AuditLog.tabel == kind)
    if vanaf is not None:
        query = query.where(AuditLog.tijd >= dt.datetime.combine(vanaf, dt.time()))
    if tot is not None:
        query = query.where(AuditLog.tijd < dt.datetime.combine(tot + dt.timedelta(days=1), dt.time()))
    for word in text.split():
        query = query.where(AuditLog.gebruiker.contains(word) | AuditLog.actie.contains(word)
                            | AuditLog.wijzigingen.contains(word) | AuditLog.reden.contains(word))
    rows = list(query.limit(limit))
    labels = _labels(rows)
    by_table = _models_by_table()
    found = []
    for row in rows:
        model = by_table.get(row.tabel)
        soort = NAMES.get(model.__name__, (row.tabel,))[0] if model is not None else row.tabel
        if row.tabel in audit.PERSONAL_TABLES:
            onderwerp = audit.REDACTED
        else:
            onderwerp = labels.get((row.tabel, row.rij_uuid)) or f"({row.rij_uuid[:8]})"
        found.append(LogRegel(row.tijd, row.gebruiker, row.actie, soort, onderwerp, _diff_text(row.wijzigingen),
                              row.reden))
    return found
