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
GONE = " (verwijderd)"  # after the title of a row that no longer exists
# The field that names a row of each table in the viewer ('' : the table has no such field).
_LABEL_FIELD = {"wijk": "naam", "bewonersgroep": "naam", "idee": "titel", "doel": "titel", "toekenning": "omschrijving",
                "uitgave": "omschrijving", "bijeenkomst": "titel", "stemronde": "titel", "besluit": "tekst"}
# A ballot has no title: it is named by its number and its round, 'Stembiljet 12 van Bewonersavond maart'
# (with '(invoer 2)' for the second entry of a double-entered evening); see `_ballot_name`.
BALLOT = "stembiljet"
_BALLOT_WORDS = "stembiljet (invoer ) van"  # the fixed text of a ballot's name, without its numbers
_ROUNDS_BY_NAME = 20  # rounds a typed word may name before a search reads every ballot's lines instead


@dataclass(frozen=True)
class LogRegel:
    """One line of the log as the viewer shows it."""

    tijd: dt.datetime
    gebruiker: str
    actie: str
    soort: str  # Dutch name of the table ('idee', 'uitgave', ...)
    # the row's title (a ballot's: number and round), with ' (verwijderd)' when gone, else its short id;
    # never a person's name
    onderwerp: str
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
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if name.endswith("_cents") and isinstance(value, int):
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
        old, new = _old_new(pair)
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
    gone = {table: uuids - {u for (t, u) in labels if t == table} for table, uuids in wanted.items()}
    labels.update(_gone_labels({t: u for t, u in gone.items() if u}))
    ballots = {row.rij_uuid for row in rows if row.tabel == BALLOT}
    if ballots:
        labels.update(_ballot_labels(ballots))
    return labels


def _ballot_name(volgnummer, invoer, ronde_titel: str | None) -> str:
    name = f"Stembiljet {volgnummer}"
    if invoer not in (None, 1):
        name += f" (invoer {invoer})"
    return f"{name} van {ronde_titel}" if ronde_titel else name


def _ballot_labels(uuids: set) -> dict[tuple[str, str], str]:
    """Names of ballots: 'Stembiljet 12 van <round>'. A deleted one (an entry taken back with Ctrl+Z) is
    named from the values its log gave it, its round by that round's title now or, when the round is gone
    too, the title the log last gave it; marked '(verwijderd)'. It showed only its short id."""
    labels = {}
    uuid_list = sorted(uuids)
    for start in range(0, len(uuid_list), 500):
        chunk = uuid_list[start:start + 500]
        for uuid, volgnummer, invoer, titel in (models.Stembiljet
                                                .select(models.Stembiljet.uuid, models.Stembiljet.volgnummer,
                                                        models.Stembiljet.invoer, models.Stemronde.titel)
                                                .join(models.Stemronde).where(models.Stembiljet.uuid.in_(chunk))
                                                .tuples()):
            labels[(BALLOT, uuid)] = _ballot_name(volgnummer, invoer, str(titel)[:80])
    gone = sorted(uuids - {u for (_t, u) in labels})
    logged: dict[str, dict] = {}  # uuid -> the last logged volgnummer, invoer and ronde (a round's UUID)
    for start in range(0, len(gone), 500):
        rows = (AuditLog.select(AuditLog.rij_uuid, AuditLog.wijzigingen)
                .where((AuditLog.tabel == BALLOT) & AuditLog.rij_uuid.in_(gone[start:start + 500])
                       & AuditLog.wijzigingen.contains('"volgnummer"'))
                .order_by(AuditLog.id).tuples())
        for uuid, raw in rows:
            data = _parsed(raw)
            values = logged.setdefault(uuid, {})
            for name in ("volgnummer", "invoer", "ronde"):
                old, new = _old_new(data.get(name))
                if new is not None or old is not None:
                    values[name] = new if new is not None else old
    rondes = {v["ronde"] for v in logged.values() if isinstance(v.get("ronde"), str)}
    titles = {uuid: str(titel)[:80] for uuid, titel in models.Stemronde.select(
        models.Stemronde.uuid, models.Stemronde.titel).where(models.Stemronde.uuid.in_(sorted(rondes))).tuples()}
    missing = rondes - set(titles)
    if missing:
        titles.update({u: label.removesuffix(GONE) for (_t, u), label in _gone_labels({"stemronde": missing}).items()})
    for uuid, values in logged.items():
        if values.get("volgnummer") is not None:
            labels[(BALLOT, uuid)] = _ballot_name(values["volgnummer"], values.get("invoer"),
                                                  titles.get(values.get("ronde"))) + GONE
    return labels


def _gone_labels(gone: dict[str, set]) -> dict[tuple[str, str], str]:
    """Titles of rows that no longer exist (deleted), from the log itself: the last value their title
    field had there, marked '(verwijderd)'. A delete is logged without values, and the viewer named such
    a row, and every earlier line about it, by its short id only."""
    labels = {}
    for table, uuids in gone.items():
        name = _LABEL_FIELD[table]
        uuid_list = sorted(uuids)
        for start in range(0, len(uuid_list), 500):
            rows = (AuditLog.select(AuditLog.rij_uuid, AuditLog.wijzigingen)
                    .where((AuditLog.tabel == table) & AuditLog.rij_uuid.in_(uuid_list[start:start + 500])
                           & AuditLog.wijzigingen.contains(f'"{name}"'))
                    .order_by(AuditLog.id).tuples())
            for uuid, raw in rows:
                old, new = _old_new(_parsed(raw).get(name))
                last = new if new is not None else old
                if last is not None:
                    labels[(table, uuid)] = f"{str(last)[:80]}{GONE}"
    return labels


def _old_new(pair) -> tuple:
    """(old, new) of one field of a log line: stored as [old, new], or a bare value (new)."""
    return tuple((pair + [None, None])[:2]) if isinstance(pair, list) else (None, pair)


def _parsed(raw: str) -> dict:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


# A typed word narrows the search in SQL only when SQL can tell which lines may show it (see `_may_show`);
# any other word is tested on the shown text of the lines read. Past this many SQL words the statement
# grew too deep for SQLite's parser ('parser stack overflow' at 67 words); past this length LIKE refuses.
SQL_WORDS = 8
SQL_WORD_LENGTH = 100
SCAN_LIMIT = 10_000  # log rows a search reads at most (about 0.8 s); more and the viewer says to narrow it


def _sql_word(word: str) -> bool:
    """Whether SQL can pick the lines that may show `word`: with a letter or digit, not too long, and not
    a part of a date (a shown 26-11-2026 is stored as 2026-11-26, and a part such as '6-11-2026' has no
    stored form)."""
    return (len(word) <= SQL_WORD_LENGTH and any(c.isalnum() for c in word)
            and not ("-" in word and re.fullmatch(r"[\d-]+", word)))


def _raw_forms(word: str) -> list[str]:
    """How `word`, as the viewer shows a line, may be stored in the log's JSON: without the signs the
    viewer adds ('€', '→', ':', ';'); with the quotes and backslashes JSON escapes; an amount by its cents
    ('1.234,50' is 123450: a part of a shown amount is a part of its cents' digits, or, where it reaches
    into the zeros before a small amount ('€ 0,05'), of those digits without the zeros; a part of only
    zeros may be in any amount)."""
    core = re.sub(r"[€→:;]", "", word)
    forms = [core] if core and core != word else []
    for text in {word, core}:
        escaped = json.dumps(text, ensure_ascii=False)[1:-1]  # as audit writes it
        if escaped != text:
            forms.append(escaped)
    for shown, stored in (("ja", "true"), ("nee", "false")):  # a yes/no field, as _value_text shows it
        if core and core.lower() in shown:
            forms.append(stored)
    if re.fullmatch(r"[\d.,]*\d[\d.,]*", core):
        digits = re.sub(r"\D", "", core)
        forms.append(digits)
        forms.append(digits.lstrip("0") or "_cents")
    return forms


def _may_show(word: str, by_table: dict):
    """SQL: the line may show `word` somewhere (a superset, tested against the shown text afterwards): in
    who, what or why, in the changes as stored or as shown, in the Dutch name of the kind of row, or in
    the current title of the row (never a person's: the viewer names none)."""
    # SQLite's LIKE ignores case for ASCII letters only: 'ideeën', 'één' and 'CAFÉ' are also asked as
    # written in lower case, in capitals and with a capital first (PostgreSQL's ILIKE needs none of it).
    variants = {word} if word.isascii() else {word, word.lower(), word.upper(), word.capitalize()}
    ways = []
    for variant in sorted(variants):
        ways += [AuditLog.gebruiker.contains(variant), AuditLog.actie.contains(variant),
                 AuditLog.reden.contains(variant), AuditLog.wijzigingen.contains(variant),
                 AuditLog.rij_uuid.contains(variant)]
        ways += [AuditLog.wijzigingen.contains(form) for form in _raw_forms(variant)]
    needle = word.lower()
    kinds_named = [t for t, m in by_table.items() if needle in NAMES.get(m.__name__, (t,))[0].lower()]
    if kinds_named:
        ways.append(AuditLog.tabel.in_(kinds_named))
    if needle in GONE.lower():  # any line about a deleted row may show it
        ways.append(AuditLog.tabel.in_(sorted({*_LABEL_FIELD, BALLOT})))
    if re.sub(r"\d", "", needle) in _BALLOT_WORDS:  # in a ballot's name: 'Stembiljet 12 (invoer 2) van'
        ways.append(AuditLog.tabel == BALLOT)
    ways += _ballots_of_rounds_named(variants)
    if needle in audit.REDACTED.lower():
        ways.append(AuditLog.tabel.in_(sorted(audit.PERSONAL_TABLES)))
    for table, name in _LABEL_FIELD.items():
        model = by_table.get(table)
        if model is None or table in audit.PERSONAL_TABLES:
            continue
        titled = model.select(model.uuid).where(reduce(operator.or_, (getattr(model, name).contains(v)
                                                                       for v in sorted(variants))))
        ways.append((AuditLog.tabel == table) & AuditLog.rij_uuid.in_(titled))
    # A deleted row is shown by the title the log last gave it (_gone_labels): any line about a row whose
    # log holds the word somewhere (one more pass over the log; UUIDs are unique across tables).
    logged = AuditLog.select(AuditLog.rij_uuid).where(reduce(operator.or_, (
        AuditLog.wijzigingen.contains(form) for v in sorted(variants) for form in (v, *_raw_forms(v)))))
    ways.append(AuditLog.rij_uuid.in_(logged))
    return reduce(operator.or_, ways)


def _ballots_of_rounds_named(variants: set[str]) -> list:
    """SQL: the lines about ballots whose name holds the round's title with the word in it: a round of that
    title now, or one whose log holds the word (a deleted round is named by the title the log gave it)."""
    rondes = {u for (u,) in models.Stemronde.select(models.Stemronde.uuid).where(reduce(operator.or_, (
        models.Stemronde.titel.contains(v) for v in sorted(variants)))).tuples()}
    rondes |= {u for (u,) in AuditLog.select(AuditLog.rij_uuid).where((AuditLog.tabel == "stemronde") & reduce(
        operator.or_, (AuditLog.wijzigingen.contains(form) for v in sorted(variants) for form in (v, *_raw_forms(v)))))
        .distinct().tuples()}
    if not rondes:
        return []
    if len(rondes) > _ROUNDS_BY_NAME:  # a word in many titles: every ballot's lines (tested afterwards)
        return [AuditLog.tabel == BALLOT]
    living = (models.Stembiljet.select(models.Stembiljet.uuid).join(models.Stemronde)
              .where(models.Stemronde.uuid.in_(sorted(rondes))))
    logged = AuditLog.select(AuditLog.rij_uuid).where((AuditLog.tabel == BALLOT) & reduce(operator.or_, (
        AuditLog.wijzigingen.contains(u) for u in sorted(rondes))))
    return [(AuditLog.tabel == BALLOT) & (AuditLog.rij_uuid.in_(living) | AuditLog.rij_uuid.in_(logged))]


def _shown(line: LogRegel) -> str:
    """The line's text as the viewer shows it, in lower case (as the search compares)."""
    return " ".join((line.gebruiker, line.actie, line.soort, line.onderwerp, line.wijzigingen,
                     line.reden or "")).lower()


PAGE = 500  # log rows read and shown at a time while a search looks for its lines


class Regels(list):
    """The lines found; `complete` is False when a search stopped after SCAN_LIMIT rows of the log."""

    complete = True


def entries(kind: str | None = None, text: str = "", vanaf: dt.date | None = None, tot: dt.date | None = None,
            limit: int = MAX_ROWS) -> Regels:
    """The newest lines first, of one kind of row (table name) or all, in a date range, holding every
    typed word in what the viewer shows (as a user reads the line: 'geschatte kosten', '€ 1.234,50',
    26-11-2026, the idea's title). The log stores field names, cents and ISO dates, and a search of that
    alone missed an amount or date typed as shown and every line about an idea found by its title.

    A search reads the log a page at a time from the newest line, at most SCAN_LIMIT rows (then
    `complete` is False and the viewer says so)."""
    by_table = _models_by_table()
    query = AuditLog.select()
    if kind:
        query = query.where(AuditLog.tabel == kind)
    if vanaf is not None:
        query = query.where(AuditLog.tijd >= dt.datetime.combine(vanaf, dt.time()))
    if tot is not None:
        query = query.where(AuditLog.tijd < dt.datetime.combine(tot + dt.timedelta(days=1), dt.time()))
    words = text.split()
    # the longest words narrow most; the rest are tested on the shown text only
    for word in sorted((w for w in set(words) if _sql_word(w)), key=len, reverse=True)[:SQL_WORDS]:
        query = query.where(_may_show(word, by_table))
    query = query.order_by(AuditLog.tijd.desc(), AuditLog.id.desc())
    found = Regels()
    if not words:
        found += _lines(list(query.limit(limit)), by_table)
        return found
    needles = [w.lower() for w in words]
    read = 0
    last = None
    while len(found) < limit:
        page = query
        if last is not None:  # the next page after the last row read (no OFFSET: it read every row before)
            page = page.where((AuditLog.tijd < last.tijd) | ((AuditLog.tijd == last.tijd) & (AuditLog.id < last.id)))
        rows = list(page.limit(PAGE))
        read += len(rows)
        found += [line for line in _lines(rows, by_table) if all(n in _shown(line) for n in needles)]
        if len(rows) < PAGE:
            break
        if read >= SCAN_LIMIT:
            found.complete = False
            break
        last = rows[-1]
    del found[limit:]
    return found


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
