"""Reading the audit log for Extra > Logboek: who changed what, when and why, filtered.

Persons stay redacted as in the log itself: for a person row the log holds which fields changed, never
their values, and the viewer names no person either (not even one that still exists).
"""
from __future__ import annotations

import datetime as dt
import json
import operator
import re
from dataclasses import dataclass
from functools import reduce

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


def _raw_forms(word: str) -> list[str]:
    """How `word`, as the viewer shows a line, may be stored in the log's JSON: without the signs the
    viewer adds ('€', '→', ':', ';'); an amount by its cents ('1.234,50' is 123450; any part of a shown
    amount is a part of its cents' digits); a date in ISO ('26-11-2026' is 2026-11-26, '11-2026' is
    2026-11). Only signs (or dots and commas): any line with a change (a quote in its JSON)."""
    core = re.sub(r"[€→:;]", "", word)
    forms = [core] if core and core != word else []
    if re.fullmatch(r"[.,-]*", core):
        forms.append('"')
    if re.fullmatch(r"[\d.,-]*\d[\d.,-]*", core):
        digits = re.sub(r"\D", "", core).lstrip("0")
        if digits:
            forms.append(digits)
    if match := re.fullmatch(r"(\d{1,2})-(\d{1,2})-(\d{4})", core):
        forms.append(f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}")
    elif match := re.fullmatch(r"(\d{1,2})-(\d{4})", core):
        forms.append(f"{match[2]}-{int(match[1]):02d}")
    elif match := re.fullmatch(r"(\d{1,2})-(\d{1,2})", core):
        forms.append(f"-{int(match[2]):02d}-{int(match[1]):02d}")
    return forms


def _may_show(word: str, by_table: dict):
    """SQL: the line may show `word` somewhere (a superset, tested against the shown text afterwards): in
    who, what or why, in the changes as stored or as shown, in the Dutch name of the kind of row, or in
    the current title of the row (never a person's: the viewer names none)."""
    ways = [AuditLog.gebruiker.contains(word), AuditLog.actie.contains(word), AuditLog.reden.contains(word),
            AuditLog.wijzigingen.contains(word), AuditLog.rij_uuid.contains(word)]
    ways += [AuditLog.wijzigingen.contains(form) for form in _raw_forms(word)]
    needle = word.casefold()
    kinds_named = [t for t, m in by_table.items() if needle in NAMES.get(m.__name__, (t,))[0].casefold()]
    if kinds_named:
        ways.append(AuditLog.tabel.in_(kinds_named))
    if needle in audit.REDACTED.casefold():
        ways.append(AuditLog.tabel.in_(sorted(audit.PERSONAL_TABLES)))
    for table, name in _LABEL_FIELD.items():
        model = by_table.get(table)
        if model is None or table in audit.PERSONAL_TABLES:
            continue
        titled = model.select(model.uuid).where(getattr(model, name).contains(word))
        ways.append((AuditLog.tabel == table) & AuditLog.rij_uuid.in_(titled))
    return reduce(operator.or_, ways)


def _shown(line: LogRegel) -> str:
    return " ".join((line.gebruiker, line.actie, line.soort, line.onderwerp, line.wijzigingen,
                     line.reden or "")).casefold()


PAGE = 500  # log rows read and shown at a time while a search looks for its lines


def entries(kind: str | None = None, text: str = "", vanaf: dt.date | None = None, tot: dt.date | None = None,
            limit: int = MAX_ROWS) -> list[LogRegel]:
    """The newest lines first, of one kind of row (table name) or all, in a date range, holding every
    typed word in what the viewer shows (as a user reads the line: 'geschatte kosten', '€ 1.234,50',
    26-11-2026, the idea's title). The log stores field names, cents and ISO dates, and a search of that
    alone missed an amount or date typed as shown and every line about an idea found by its title."""
    by_table = _models_by_table()
    query = AuditLog.select().order_by(AuditLog.tijd.desc(), AuditLog.id.desc())
    if kind:
        query = query.where(AuditLog.tabel == kind)
    if vanaf is not None:
        query = query.where(AuditLog.tijd >= dt.datetime.combine(vanaf, dt.time()))
    if tot is not None:
        query = query.where(AuditLog.tijd < dt.datetime.combine(tot + dt.timedelta(days=1), dt.time()))
    words = text.split()
    for word in words:
        query = query.where(_may_show(word, by_table))
    needles = [w.casefold() for w in words]
    found: list[LogRegel] = []
    offset = 0
    while len(found) < limit:
        rows = list(query.limit(limit if not words else PAGE).offset(offset))
        lines = _lines(rows, by_table)
        found += [line for line in lines if all(n in _shown(line) for n in needles)] if words else lines
        if not words or len(rows) < PAGE:
            break
        offset += PAGE
    return found[:limit]


def _lines(rows: list[AuditLog], by_table: dict) -> list[LogRegel]:
    labels = _labels(rows)
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
