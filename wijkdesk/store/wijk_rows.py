"""The rows of one wijk, read from and written to any WijkDesk database by their UUID.

Taking a wijk offline and bringing it back (services/offline.py) moves rows between two databases
whose integer ids differ; only the UUID every row has is the same on both sides. So rows travel in a
*portable* form: a dict of field -> value where a foreign key holds the UUID of the row it points at,
dates and times are ISO text and a receipt or attachment holds its place inside any attachment folder
(`bijlage:3f/3fa9….pdf`) instead of a path that names one database's folder. Two portable rows are
equal exactly when their content is, on SQLite and PostgreSQL alike.

Every query here is built with the models but executed on the database given (`query.execute(database)`),
so one process can read one database and write another while the models stay bound to a third.

Which rows belong to a wijk is declared once (`_UP`, `_DOWN`): the wijk itself, the rows whose foreign
key leads to it, the persons its groups and ideas refer to, the settings for every wijk, and then
whatever those rows point at outside the wijk (a group of another wijk named by a grant), so the copy
never holds a reference to nothing. Audit rows come along for every row taken.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterable

import peewee
from peewee import BooleanField, Database, DateField, DateTimeField, ForeignKeyField, sort_models

from wijkdesk.store import attachments, models
from wijkdesk.store.models import AuditLog, BaseModel, Wijk

Row = dict  # field name -> portable value (no "id", no "uuid": the uuid is the key)
Snapshot = dict  # model name -> {uuid: Row}

CHUNK = 400  # ids or uuids per IN (...): below SQLite's and PostgreSQL's parameter limits
ATTACHMENT_PREFIX = "bijlage:"
# Columns that hold a path made by store/attachments.add (relative to the database's folder).
ATTACHMENT_FIELDS = {("Uitgave", "bonnetje"), ("Bijlage", "pad")}

# A row belongs to the wijk when one of these foreign keys points at a row that belongs (the wijk itself
# for `wijk`). Models of schema step 5 are named here before they exist; absent ones are skipped.
_UP: dict[str, tuple[str, ...]] = {
    "Bewonersgroep": ("wijk",), "Bijeenkomst": ("wijk",), "Idee": ("wijk",), "Doel": ("wijk",),
    "Meedoenbudget": ("wijk",), "Besluit": ("wijk",), "Stemronde": ("wijk",), "Instelling": ("wijk",),
    "Bijlage": ("wijk",), "Jaarafsluiting": ("wijk",),
    "Lidmaatschap": ("groep",), "DoelIdee": ("doel",), "Voortgang": ("doel",),
    "Toekenning": ("budget",), "Uitgave": ("budget",), "Begrotingsregel": ("toekenning",),
    "Overheveling": ("van_budget", "naar_budget"),
    "RondeIdee": ("ronde",), "Telling": ("ronde",), "Stembiljet": ("ronde",),
}
# A person belongs through the rows that point at it (a person has no wijk of its own).
_DOWN: dict[str, tuple[tuple[str, str], ...]] = {
    "Persoon": (("Lidmaatschap", "persoon"), ("Idee", "ingediend_door_persoon")),
}
# Rows that belong to no wijk of their own (a person is in the groups of several): a copy may change one
# the target holds outside the wijk (services/offline.py refuses that for every other kind of row).
SHARED_MODELS = frozenset(_DOWN)
# Settings with no wijk hold for every wijk: the copy needs them for the budget rules offline.
_ALSO_WITHOUT_WIJK = {"Instelling"}


def wijk_models() -> list[type[BaseModel]]:
    """Every model whose rows travel with a wijk, parents before children (audit rows last)."""
    names = {"Wijk", *_UP, *_DOWN}
    found = [m for m in models.ALL_MODELS if m.__name__ in names]
    return [m for m in sort_models(found)] + [AuditLog]


def uncovered_models() -> list[str]:
    """Models that no rule above places in a wijk (a new model must be added here; a test checks)."""
    known = {"Wijk", "AuditLog", *_UP, *_DOWN}
    return [m.__name__ for m in models.ALL_MODELS if m.__name__ not in known]


def content_fields(model: type[BaseModel]) -> list[str]:
    """The fields whose values are the row's content: not its id, uuid, version or timestamps."""
    skip = {"id", "uuid", "versie", "aangemaakt_op", "gewijzigd_op"}
    return [f.name for f in model._meta.sorted_fields if f.name not in skip]


def has_version(model: type[BaseModel]) -> bool:
    return "versie" in model._meta.fields


# --- reading ----------------------------------------------------------------------------------------


class Codec:
    """Converts rows of one database between stored values and the portable form.

    Keeps id <-> uuid per model as it learns them and asks the database for the ones it does not know.
    `db_path` is the database's file (None for a server): attachment paths are made relative to it.
    """

    def __init__(self, database: Database, db_path: Path | None = None):
        self.database = database
        self.db_path = Path(db_path) if db_path is not None else None
        self.uuid_of: dict[str, dict[int, str]] = {}
        self.id_of: dict[str, dict[str, int]] = {}

    def learn(self, model: type[BaseModel], row_id: int, uuid: str) -> None:
        self.uuid_of.setdefault(model.__name__, {})[row_id] = uuid
        self.id_of.setdefault(model.__name__, {})[uuid] = row_id

    def forget(self, model: type[BaseModel], uuid: str) -> None:
        row_id = self.id_of.get(model.__name__, {}).pop(uuid, None)
        if row_id is not None:
            self.uuid_of.get(model.__name__, {}).pop(row_id, None)

    def uuids(self, model: type[BaseModel], ids: Iterable[int]) -> None:
        """Learn the uuids of these ids (one query per chunk of unknown ones)."""
        known = self.uuid_of.setdefault(model.__name__, {})
        missing = sorted({i for i in ids if i is not None and i not in known})
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start:start + CHUNK]
            query = model.select(model.id, model.uuid).where(model.id.in_(chunk)).tuples()
            for row_id, uuid in query.execute(self.database):
                self.learn(model, row_id, uuid)

    def ids(self, model: type[BaseModel], uuids: Iterable[str]) -> None:
        """Learn the ids of these uuids (one query per chunk of unknown ones)."""
        known = self.id_of.setdefault(model.__name__, {})
        missing = sorted({u for u in uuids if u is not None and u not in known})
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start:start + CHUNK]
            query = model.select(model.id, model.uuid).where(model.uuid.in_(chunk)).tuples()
            for row_id, uuid in query.execute(self.database):
                self.learn(model, row_id, uuid)

    def id_for(self, model: type[BaseModel], uuid: str | None) -> int | None:
        if uuid is None:
            return None
        known = self.id_of.get(model.__name__)
        if known is None or uuid not in known:
            self.ids(model, [uuid])
            known = self.id_of[model.__name__]
        return known.get(uuid)

    # --- one row ------------------------------------------------------------------------------------

    def portable(self, model: type[BaseModel], values: dict) -> tuple[str, Row]:
        """(uuid, portable row) of a row read as {field name: python value}."""
        row: Row = {}
        for name, field in model._meta.fields.items():
            if name in ("id", "uuid"):
                continue
            value = values.get(name)
            if isinstance(field, ForeignKeyField):
                if value is not None:
                    known = self.uuid_of.get(field.rel_model.__name__)
                    if known is None or value not in known:
                        self.uuids(field.rel_model, [value])
                        known = self.uuid_of[field.rel_model.__name__]
                    value = known.get(value)
            elif (model.__name__, name) in ATTACHMENT_FIELDS:
                value = portable_attachment(value)
            elif isinstance(value, dt.datetime):
                value = value.isoformat(sep=" ")
            elif isinstance(value, dt.date):
                value = value.isoformat()
            elif isinstance(field, BooleanField) and value is not None:
                value = bool(value)  # SQLite gives 0/1, PostgreSQL True/False
            row[name] = value
        return values["uuid"], row

    def stored(self, model: type[BaseModel], row: Row, fields: Iterable[str],
               place_attachment: Callable[[str], str] | None = None) -> dict:
        """{field: value to store} for `fields` of a portable row (foreign keys as this database's ids).

        Raises MissingReference when a row it points at is not in this database."""
        values = {}
        for name in fields:
            field = model._meta.fields[name]
            value = row.get(name)
            if isinstance(field, ForeignKeyField):
                if value is not None:
                    target = self.id_for(field.rel_model, value)
                    if target is None:
                        raise MissingReference(model, name, field.rel_model, value)
                    value = target
            elif (model.__name__, name) in ATTACHMENT_FIELDS:
                if isinstance(value, str) and value.startswith(ATTACHMENT_PREFIX):
                    value = place_attachment(value) if place_attachment else value
            elif isinstance(field, DateTimeField) and isinstance(value, str):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(field, DateField) and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            values[name] = value
        return values


class MissingReference(Exception):
    """A row points at a row the database does not hold (deleted there meanwhile)."""

    def __init__(self, model, field: str, rel_model, uuid: str):
        super().__init__(f"{model.__name__}.{field} -> {rel_model.__name__} {uuid}")
        self.model, self.field, self.rel_model, self.uuid = model, field, rel_model, uuid


def portable_attachment(value):
    """`wijk-bijlagen/3f/3fa9….pdf` -> `bijlage:3f/3fa9….pdf`; other values unchanged."""
    if isinstance(value, str) and value:
        inside = attachments.relative_name(value)
        if inside is not None:
            return ATTACHMENT_PREFIX + inside
    return value


def attachment_file(db_path: Path, portable: str) -> Path:
    """The file of a portable attachment value in the attachment folder of the database at `db_path`."""
    inside = portable[len(ATTACHMENT_PREFIX):]
    return attachments.folder(db_path) / inside


def _scope_condition(model: type[BaseModel], wijk_id: int):
    """A peewee expression: this model's rows that belong to the wijk."""
    name = model.__name__
    if name == "Wijk":
        return model.id == wijk_id
    if name in _DOWN:
        condition = None
        for child_name, fk_name in _DOWN[name]:
            child = getattr(models, child_name)
            fk = getattr(child, fk_name)
            part = model.id.in_(child.select(fk).where(_scope_condition(child, wijk_id) & fk.is_null(False)))
            condition = part if condition is None else (condition | part)
        return condition
    condition = None
    for fk_name in _UP[name]:
        fk = getattr(model, fk_name)
        parent = fk.rel_model
        part = fk.in_(parent.select(parent.id).where(_scope_condition(parent, wijk_id)))
        if parent is Wijk:
            part = fk == wijk_id
        condition = part if condition is None else (condition | part)
    if name in _ALSO_WITHOUT_WIJK:
        condition = condition | model.wijk.is_null()
    return condition


def _select(model: type[BaseModel], condition, database: Database) -> list[dict]:
    """Rows as the driver returns them (no peewee conversion: parsing every timestamp only to turn it
    into text again doubled the time of a read; `Codec.portable` normalises what differs by driver)."""
    names = [f.name for f in model._meta.sorted_fields]
    cursor = database.execute(model.select(*model._meta.sorted_fields).where(condition))
    return [dict(zip(names, values)) for values in cursor.fetchall()]


_SCOPE_SQL: dict[tuple, tuple[str, list]] = {}


def _select_scope(model: type[BaseModel], wijk_id: int | None, database: Database) -> list[dict]:
    """`_select` of the model's rows in the wijk (every row with wijk_id None), from SQL built once per
    model, wijk and kind of database: the nested scope conditions cost peewee more to write out than
    SQLite needed to run them, at every send and every take."""
    key = (type(database), database.param, model, wijk_id)
    prepared = _SCOPE_SQL.get(key)
    if prepared is None:
        condition = model.id.is_null(False) if wijk_id is None else _scope_condition(model, wijk_id)
        query = model.select(*model._meta.sorted_fields).where(condition)
        prepared = _SCOPE_SQL[key] = database.get_sql_context().sql(query).query()
    sql, params = prepared
    names = [f.name for f in model._meta.sorted_fields]
    return [dict(zip(names, values)) for values in database.execute_sql(sql, params).fetchall()]


def find_wijk(database: Database, naam: str | None = None, uuid: str | None = None) -> tuple[int, str, str] | None:
    """(id, uuid, naam) of the wijk with this name (case-insensitive) or uuid, or None."""
    query = Wijk.select(Wijk.id, Wijk.uuid, Wijk.naam)
    if uuid is not None:
        query = query.where(Wijk.uuid == uuid)
    rows = list(query.tuples().execute(database))
    if naam is not None:
        rows = [r for r in rows if r[2].casefold() == naam.strip().casefold()]
    return rows[0] if rows else None


def wijk_names(database: Database) -> list[str]:
    return sorted(n for (n,) in Wijk.select(Wijk.naam).tuples().execute(database))


def read_wijk(database: Database, wijk_id: int, codec: Codec | None = None,
              tick: Callable[[str], None] | None = None, all_audit: bool = False,
              everything: bool = False) -> Snapshot:
    """Every row of the wijk and what those rows refer to, in portable form, by model name and uuid.

    Audit rows: those about the rows taken, or with `all_audit` every one. With `everything` (an offline
    copy, which holds only its wijk) simply every row of every table: a person added offline and not
    yet in a group, or the audit rows of rows deleted there, must travel too.
    Read inside the caller's transaction when it must be one consistent state (it should)."""
    codec = codec or Codec(database)
    raw: dict[type[BaseModel], dict[int, dict]] = {}
    ordered = wijk_models()
    for model in ordered:
        if model is AuditLog:
            continue
        if tick:
            tick(model._meta.table_name)
        rows = _select_scope(model, None if everything else wijk_id, database)
        raw[model] = {r["id"]: r for r in rows}
    _close_references(database, raw)
    for model, rows in raw.items():
        for row_id, values in rows.items():
            codec.learn(model, row_id, values["uuid"])
    snapshot: Snapshot = {}
    for model in ordered:
        if model is AuditLog:
            continue
        snapshot[model.__name__] = dict(codec.portable(model, values) for values in raw[model].values())
    if tick:
        tick(AuditLog._meta.table_name)
    taken = [u for rows in snapshot.values() for u in rows]
    audit_rows = {}
    conditions = ([AuditLog.id.is_null(False)] if all_audit or everything else
                  [AuditLog.rij_uuid.in_(taken[start:start + CHUNK]) for start in range(0, len(taken), CHUNK)])
    for condition in conditions:
        for values in _select(AuditLog, condition, database):
            uuid, row = codec.portable(AuditLog, values)
            audit_rows[uuid] = row
    snapshot["AuditLog"] = audit_rows
    return snapshot


def _close_references(database: Database, raw: dict) -> None:
    """Add the rows outside the wijk that rows taken point at, until nothing points outside."""
    while True:
        wanted: dict[type[BaseModel], set[int]] = {}
        for model, rows in raw.items():
            for field in model._meta.sorted_fields:
                if not isinstance(field, ForeignKeyField):
                    continue
                have = raw.setdefault(field.rel_model, {})
                for values in rows.values():
                    ref = values.get(field.name)
                    if ref is not None and ref not in have:
                        wanted.setdefault(field.rel_model, set()).add(ref)
        if not wanted:
            return
        for model, ids in wanted.items():
            ids = sorted(ids)
            for start in range(0, len(ids), CHUNK):
                for values in _select(model, model.id.in_(ids[start:start + CHUNK]), database):
                    raw[model][values["id"]] = values
            missing = [i for i in ids if i not in raw[model]]
            if missing:  # a reference to nothing (foreign keys were off once): do not loop for ever
                raise MissingReference(model, "id", model, str(missing[0]))


def read_rows(database: Database, model: type[BaseModel], uuids: Iterable[str], codec: Codec) -> dict[str, Row]:
    """The rows with these uuids, wherever they are now (in the wijk or not), in portable form."""
    wanted = sorted(set(uuids))
    found = {}
    for start in range(0, len(wanted), CHUNK):
        for values in _select(model, model.uuid.in_(wanted[start:start + CHUNK]), database):
            codec.learn(model, values["id"], values["uuid"])
            uuid, row = codec.portable(model, values)
            found[uuid] = row
    return found


# --- writing ----------------------------------------------------------------------------------------


class Writer:
    """Writes portable rows into one database by uuid, telling `on_write` before each write.

    `on_write(model, row_id, created)` lets the caller register the row with an open change (before an
    update or delete, after an insert). Self references (a decision that replaces another) are set in a
    second step, after every row of the model is in.
    """

    def __init__(self, codec: Codec, on_write: Callable[[type, int, bool], None] | None = None,
                 place_attachment: Callable[[str], str] | None = None):
        self.codec = codec
        self.database = codec.database
        self.on_write = on_write
        self.place_attachment = place_attachment

    def insert(self, model: type[BaseModel], uuid: str, row: Row) -> int:
        names = [n for n in model._meta.fields if n not in ("id",)]
        later = [n for n in names if _is_self_reference(model, n)]
        values = self.codec.stored(model, row, [n for n in names if n not in later and n != "uuid"],
                                   self.place_attachment)
        values["uuid"] = uuid
        for name in later:
            values[name] = None
        row_id = model.insert(**values).execute(self.database)
        self.codec.learn(model, row_id, uuid)
        if self.on_write:
            self.on_write(model, row_id, True)
        return row_id

    def insert_many(self, model: type[BaseModel], items: list[tuple[str, Row]], chunk: int = 500) -> None:
        """Insert many rows of one model with one prepared statement (executemany): building peewee's
        query per row cost about 2 ms a row; ids are learnt afterwards, one query per chunk."""
        if not items:
            return
        names = [n for n in model._meta.fields if n != "id"]
        later = {n for n in names if _is_self_reference(model, n)}
        plain = [n for n in names if n not in later and n != "uuid"]
        fields = [model._meta.fields[n] for n in names]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        marks = ", ".join([self.database.param] * len(fields))
        sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
        for start in range(0, len(items), chunk):
            part = items[start:start + chunk]
            rows = []
            for uuid, row in part:
                values = self.codec.stored(model, row, plain, self.place_attachment)
                values["uuid"] = uuid
                rows.append(tuple(None if f.name in later else f.db_value(values[f.name]) for f in fields))
            with peewee.__exception_wrapper__:  # driver errors as peewee's (IntegrityError ...)
                self.database.cursor().executemany(sql, rows)
            self.codec.ids(model, [uuid for uuid, _row in part])
            if self.on_write:
                for uuid, _row in part:
                    self.on_write(model, self.codec.id_of[model.__name__][uuid], True)

    def set_self_references(self, model: type[BaseModel], uuid: str, row: Row) -> None:
        names = [n for n in model._meta.fields if _is_self_reference(model, n) and row.get(n) is not None]
        if names:
            self.update(model, uuid, {n: row[n] for n in names})

    def update(self, model: type[BaseModel], uuid: str, changed: Row) -> None:
        if not changed:
            return
        row_id = self.codec.id_for(model, uuid)
        if self.on_write:
            self.on_write(model, row_id, False)
        values = self.codec.stored(model, changed, list(changed), self.place_attachment)
        model.update(**values).where(model.id == row_id).execute(self.database)

    def delete(self, model: type[BaseModel], uuid: str) -> None:
        row_id = self.codec.id_for(model, uuid)
        if row_id is None:
            return
        if self.on_write:
            self.on_write(model, row_id, False)
        model.delete().where(model.id == row_id).execute(self.database)
        self.codec.forget(model, uuid)

    def clear_self_references(self, model: type[BaseModel], uuid: str) -> None:
        """Before deleting rows that point at each other: drop those pointers first."""
        names = [n for n in model._meta.fields if _is_self_reference(model, n)]
        row_id = self.codec.id_for(model, uuid)
        if names and row_id is not None:
            if self.on_write:
                self.on_write(model, row_id, False)
            model.update(**{n: None for n in names}).where(model.id == row_id).execute(self.database)


def _is_self_reference(model: type[BaseModel], name: str) -> bool:
    field = model._meta.fields[name]
    return isinstance(field, ForeignKeyField) and field.rel_model is model
