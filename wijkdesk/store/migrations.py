"""Numbered schema steps. The schema version lives in `PRAGMA user_version` (SQLite), and on a
database server (PostgreSQL, which has no user_version) in the one-row table `wijkdesk_schema`.

A new database gets the current schema at once (`create_tables`) and the latest version number.
An older database runs each missing step in its own transaction, which also bumps the version, so a
crash between steps leaves a database at a known version. A step must not use a model class whose
definition may change later: once a step has shipped, it is frozen (copy the fields it needs).
"""
from __future__ import annotations

import hashlib
import logging
import re
from typing import Callable

from peewee import Database

from wijkdesk.store import models, server, text_index
from wijkdesk.store.errors import DatabaseOpenError

log = logging.getLogger(__name__)


def _step_2_voting(db: Database) -> None:
    """Version 2: voting rounds (Stemronde, RondeIdee, Telling, Stembiljet), as they were in version 2.

    The tables are frozen copies of the models at version 2 (see `_voting_v2`), so a later change to
    the live models cannot change what this step creates; such a change gets a step of its own.
    """
    db.create_tables(_voting_v2(), safe=True)


def _voting_v2() -> list:
    """The four voting tables exactly as schema version 2 defined them."""
    from peewee import BigIntegerField, BooleanField, CharField, ForeignKeyField, IntegerField, TextField

    class Frozen(models.BaseModel):
        class Meta:
            database = models.db
            legacy_table_names = False

    class Stemronde(Frozen):
        wijk = ForeignKeyField(models.Wijk, backref="+", on_delete="RESTRICT")
        bijeenkomst = ForeignKeyField(models.Bijeenkomst, null=True, backref="+", on_delete="RESTRICT")
        titel = CharField(max_length=150)
        budget_cents = BigIntegerField()
        stemwijze = CharField(max_length=20, default="goedkeuring")
        invoerwijze = CharField(max_length=20, default="biljetten")
        max_keuzes = IntegerField(null=True)
        punten_per_kiezer = IntegerField(null=True)
        max_punten_per_idee = IntegerField(null=True)
        regel = CharField(max_length=20, default="greedy")
        aanvulling = CharField(max_length=20, default="geen")
        verhoging_cents = BigIntegerField(null=True)
        tevredenheid = CharField(max_length=20, default="kosten")
        vier_ogen = BooleanField(default=False)
        status = CharField(max_length=20, default="concept")
        vergrendeld = BooleanField(default=False)
        vorige_ronde = ForeignKeyField("self", null=True, backref="+", on_delete="RESTRICT")

    class RondeIdee(Frozen):
        ronde = ForeignKeyField(Stemronde, backref="+", on_delete="CASCADE")
        idee = ForeignKeyField(models.Idee, backref="+", on_delete="RESTRICT")
        nummer = IntegerField()
        kosten_cents = BigIntegerField()
        handmatig_gekozen = BooleanField(null=True)
        handmatig_reden = TextField(default="")
        uitslag = CharField(max_length=20, default="")
        uitslag_volgorde = IntegerField(null=True)
        uitslag_reden = TextField(default="")

        class Meta:
            indexes = ((("ronde", "idee"), True), (("ronde", "nummer"), True))

    class Telling(Frozen):
        ronde = ForeignKeyField(Stemronde, backref="+", on_delete="CASCADE")
        ronde_idee = ForeignKeyField(RondeIdee, backref="+", on_delete="CASCADE")
        aantal = IntegerField()
        invoer = IntegerField(default=1)
        ingevoerd_door = CharField(max_length=100, default="")
        vervangt = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")
        reden = TextField(default="")

    class Stembiljet(Frozen):
        ronde = ForeignKeyField(Stemronde, backref="+", on_delete="CASCADE")
        volgnummer = IntegerField()
        invoer = IntegerField(default=1)
        keuzes = TextField(default="{}")
        geldig = BooleanField(default=True)
        reden_ongeldig = TextField(default="")
        ingevoerd_door = CharField(max_length=100, default="")
        vervangt = ForeignKeyField("self", null=True, backref="+", on_delete="SET NULL")
        vervallen = BooleanField(default=False)
        reden = TextField(default="")

    return [Stemronde, RondeIdee, Telling, Stembiljet]


def _step_3_meetings(db: Database) -> None:
    """Version 3: a meeting's kind, time, agenda and 'nu bezig'; a decision's who, why, amount and status.

    Plain ADD COLUMNs with defaults (frozen here as SQL), so every existing row keeps its values and
    gets the default: meetings become 'bewonersavond', decisions 'geldig'. No table is rebuilt (peewee's
    migrator would rebuild a table to add NOT NULL, which foreign keys pointing at it refuse).
    The steps run on SQLite (the schema version lives in PRAGMA user_version).
    """
    for table, column in (
        ("bijeenkomst", "\"soort\" VARCHAR(20) NOT NULL DEFAULT 'bewonersavond'"),
        ("bijeenkomst", "\"tijd\" VARCHAR(5) NOT NULL DEFAULT ''"),
        ("bijeenkomst", "\"agenda\" TEXT NOT NULL DEFAULT ''"),
        ("bijeenkomst", "\"nu_bezig\" INTEGER NOT NULL DEFAULT 0"),  # peewee's BooleanField on SQLite
        ("besluit", "\"besloten_door\" VARCHAR(150) NOT NULL DEFAULT ''"),
        ("besluit", "\"reden\" TEXT NOT NULL DEFAULT ''"),
        ("besluit", "\"bedrag_cents\" BIGINT NULL"),
        ("besluit", "\"status\" VARCHAR(20) NOT NULL DEFAULT 'geldig'"),
        ("besluit", "\"status_reden\" TEXT NOT NULL DEFAULT ''"),
        ("besluit", "\"vervangt_id\" INTEGER NULL REFERENCES \"besluit\" (\"id\") ON DELETE RESTRICT"),
    ):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {column}')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "besluit_vervangt_id" ON "besluit" ("vervangt_id")')


def _step_4_settings(db: Database) -> None:
    """Version 4: settings that belong to the data (the spending rules per wijk and year), frozen as SQL."""
    db.execute_sql(
        'CREATE TABLE IF NOT EXISTS "instelling" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"uuid" VARCHAR(36) NOT NULL, "aangemaakt_op" DATETIME NOT NULL, "gewijzigd_op" DATETIME NOT NULL, '
        '"sleutel" VARCHAR(60) NOT NULL, '
        '"wijk_id" INTEGER REFERENCES "wijk" ("id") ON DELETE RESTRICT, "jaar" INTEGER, '
        '"waarde" TEXT NOT NULL)')
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "instelling_uuid" ON "instelling" ("uuid")')
    db.execute_sql('CREATE INDEX IF NOT EXISTS "instelling_wijk_id" ON "instelling" ("wijk_id")')
    db.execute_sql('CREATE UNIQUE INDEX IF NOT EXISTS "instelling_sleutel_wijk_id_jaar" '
                   'ON "instelling" ("sleutel", "wijk_id", "jaar")')


# The tables of schema version 4, frozen: step 5 gives each of them the row version.
_TABLES_V4 = (
    "wijk", "bewonersgroep", "persoon", "lidmaatschap", "bijeenkomst", "idee", "doel", "doel_idee",
    "voortgang", "meedoenbudget", "toekenning", "uitgave", "besluit", "audit_log", "stemronde",
    "ronde_idee", "telling", "stembiljet", "instelling",
)
_COMMON = ('"id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(36) NOT NULL, '
           '"aangemaakt_op" DATETIME NOT NULL, "gewijzigd_op" DATETIME NOT NULL, ')
_VERSIE = '"versie" INTEGER NOT NULL DEFAULT 1'


def _step_5_cycle(db: Database) -> None:
    """Version 5: the aanvraag and verantwoording of a grant, attachments, the year end, the row version.

    Frozen as SQL. New columns come first and the row version last in every table, as a new database
    has them (models.py adds `versie` after each model's own fields). Existing rows get the defaults:
    every row is at version 1, no idea or goal has a year of its own yet (the year it was made counts).
    """
    for table, column in (
        ("toekenning", '"aanvraag_ontvangen_op" DATE NULL'),
        ("toekenning", '"activiteit_startdatum" DATE NULL'),
        ("toekenning", '"activiteitenplan" TEXT NOT NULL DEFAULT \'\''),
        ("toekenning", '"wijkteam_advies_op" DATE NULL'),
        ("toekenning", '"verantwoording_verslag" TEXT NOT NULL DEFAULT \'\''),
        ("toekenning", '"verantwoording_afgevinkt" TEXT NOT NULL DEFAULT \'[]\''),
        ("toekenning", '"verantwoord_op" DATE NULL'),
        ("toekenning", '"verantwoord_reden" TEXT NOT NULL DEFAULT \'\''),
        ("idee", '"jaar" INTEGER NULL'),
        ("doel", '"jaar" INTEGER NULL'),
        ("doel", '"bereikt_waarde" VARCHAR(100) NOT NULL DEFAULT \'\''),
    ):
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {column}')
    for table in _TABLES_V4:
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {_VERSIE}')
    sql = db.execute_sql
    sql(f'CREATE TABLE "begrotingsregel" ({_COMMON}"toekenning_id" INTEGER NOT NULL, '
        '"volgorde" INTEGER NOT NULL, "omschrijving" VARCHAR(200) NOT NULL, "soort" VARCHAR(60) NOT NULL, '
        f'"bedrag_cents" INTEGER NOT NULL, {_VERSIE}, '
        'FOREIGN KEY ("toekenning_id") REFERENCES "toekenning" ("id") ON DELETE CASCADE)')
    sql(f'CREATE TABLE "bijlage" ({_COMMON}"wijk_id" INTEGER NOT NULL, "onderwerp_tabel" VARCHAR(40) NOT NULL, '
        '"onderwerp_uuid" VARCHAR(36) NOT NULL, "soort" VARCHAR(20) NOT NULL, "naam" VARCHAR(255) NOT NULL, '
        '"pad" VARCHAR(500) NOT NULL, "grootte" INTEGER NOT NULL, "omschrijving" VARCHAR(200) NOT NULL, '
        f'{_VERSIE}, FOREIGN KEY ("wijk_id") REFERENCES "wijk" ("id") ON DELETE RESTRICT)')
    sql(f'CREATE TABLE "jaarafsluiting" ({_COMMON}"wijk_id" INTEGER NOT NULL, "jaar" INTEGER NOT NULL, '
        '"gesloten_op" DATETIME NOT NULL, "gesloten_door" VARCHAR(100) NOT NULL, "reden" TEXT NOT NULL, '
        f'"heropend_op" DATETIME, "heropend_reden" TEXT NOT NULL, {_VERSIE}, '
        'FOREIGN KEY ("wijk_id") REFERENCES "wijk" ("id") ON DELETE RESTRICT)')
    sql(f'CREATE TABLE "overheveling" ({_COMMON}"van_budget_id" INTEGER NOT NULL, '
        '"naar_budget_id" INTEGER NOT NULL, "bedrag_cents" INTEGER NOT NULL, "datum" DATE NOT NULL, '
        f'"reden" TEXT NOT NULL, {_VERSIE}, '
        'FOREIGN KEY ("van_budget_id") REFERENCES "meedoenbudget" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("naar_budget_id") REFERENCES "meedoenbudget" ("id") ON DELETE RESTRICT)')
    for index in (
        'UNIQUE INDEX "begrotingsregel_uuid" ON "begrotingsregel" ("uuid")',
        'INDEX "begrotingsregel_toekenning_id" ON "begrotingsregel" ("toekenning_id")',
        'UNIQUE INDEX "bijlage_uuid" ON "bijlage" ("uuid")',
        'INDEX "bijlage_wijk_id" ON "bijlage" ("wijk_id")',
        'INDEX "bijlage_onderwerp_uuid" ON "bijlage" ("onderwerp_uuid")',
        'UNIQUE INDEX "jaarafsluiting_uuid" ON "jaarafsluiting" ("uuid")',
        'INDEX "jaarafsluiting_wijk_id" ON "jaarafsluiting" ("wijk_id")',
        'UNIQUE INDEX "jaarafsluiting_wijk_id_jaar" ON "jaarafsluiting" ("wijk_id", "jaar")',
        'UNIQUE INDEX "overheveling_uuid" ON "overheveling" ("uuid")',
        'INDEX "overheveling_van_budget_id" ON "overheveling" ("van_budget_id")',
        'INDEX "overheveling_naar_budget_id" ON "overheveling" ("naar_budget_id")',
        'INDEX "uitgave_budget_id_datum" ON "uitgave" ("budget_id", "datum")',
        'INDEX "uitgave_doel_id_budget_id_status_bedrag_cents" ON "uitgave" ("doel_id", "budget_id", "status", '
        '"bedrag_cents")',
        'INDEX "uitgave_toekenning_id_status_bedrag_cents_doel_id" ON "uitgave" ("toekenning_id", "status", '
        '"bedrag_cents", "doel_id")',
    ):
        sql(f"CREATE {index}")


def _step_6_indexes(db: Database) -> None:
    """Version 6: indexes only, for the lists at city scale (frozen as SQL; the same on both backends).

    The ledger of a wijk-year sorted by amount, and the themes of a wijk's ideas. No row or column
    changes, so the step is also run on a server database made at version 5 (see `SERVER_STEPS`).
    """
    for index in (
        '"uitgave_budget_id_bedrag_cents" ON "uitgave" ("budget_id", "bedrag_cents")',
        '"idee_wijk_id_thema" ON "idee" ("wijk_id", "thema")',
    ):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {index}")


# Rows SQLite reads per index when it analyses (PRAGMA analysis_limit): its advice for PRAGMA optimize.
ANALYSIS_LIMIT = 400


def _add_index(db: Database, name: str, table: str, columns: str) -> None:
    """CREATE INDEX for a later step; where the file has planner statistics, its table is analysed anew.

    A file with statistics for its other indexes (PRAGMA optimize when it was closed) and none for a new
    one: SQLite guessed the new one narrow. After step 7 it read the ledger of a wijk-year through the new
    index and sorted every expense (225 ms at 100,000 expenses instead of 0.3 ms) until the file was next
    closed. The new index analysed alone was no better: exactly analysed ("100,000 rows a budget" beside
    the others' approximate "401") it looked the worst, and SQLite sorted the year again (the Budget tab
    231 ms to open); and where the table had no statistics at all, the one index with figures beside
    others without made SQLite sort a wijk's 20,000 ideas (15 ms instead of 0.04). So the whole table is
    analysed, every index the same way, approximately as PRAGMA optimize does (a few ms at 100,000 rows).
    A server plans from column statistics, which a new index does not need."""
    _require_columns(db, table, [c.strip().strip('"') for c in columns.split(",")])
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" ({columns})')
    if not server.is_server(db) and db.execute_sql(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
        try:
            db.execute_sql(f'ANALYZE "{table}"')
        finally:
            db.execute_sql("PRAGMA analysis_limit = 0")


def _require_columns(db: Database, table: str, columns: list[str]) -> None:
    """Refuse, in Dutch, a file whose table lacks a column an index step names: SQLite would take the unknown
    double-quoted name for a text and index that constant, and the file would be counted as migrated."""
    have = _catalogue(db).get(table, {})
    missing = [c for c in columns if c not in have]
    if missing:
        raise _not_ours(f"de tabel {table} mist de kolom {', '.join(missing)}")


def _not_ours(what: str, done: str = " Er is niets gewijzigd.", where: str = "") -> DatabaseOpenError:
    """The refusal of a database whose tables are not WijkDesk's: what is wrong, and what to do."""
    return DatabaseOpenError(f"De database {where + ' ' if where else ''}heeft niet de opbouw van een "
                             f"WijkDesk-database: {what}. Open een reservekopie of een ander databasebestand.{done}")


def _some(names: list[str], shown: int = 6) -> str:
    """The first few names, and how many more (a foreign table can lack a dozen columns)."""
    if len(names) <= shown:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} en nog {len(names) - shown} andere"


# The server schema WijkDesk works in, looked up by name: `current_schema()::regnamespace` reads the name
# again as an identifier, and a schema "Wijk Oost" made every open after the first fail ('invalid name syntax').
_OUR_NAMESPACE = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"

# Reading a virtual table's columns constructs it: a damaged text index (derived data, see text_index) made
# the whole check, and with it the open, stop with 'vtable constructor failed'.
_NOT_VIRTUAL = "m.sql NOT LIKE 'CREATE VIRTUAL TABLE%'"


def _catalogue(db: Database) -> dict[str, dict[str, tuple]]:
    """{table: {column: (type, notnull, default, pk)}}; on a server the names only (the facts empty)."""
    if server.is_server(db):
        # What information_schema.columns shows (its kinds of relation and its privilege test), read from
        # the catalogue itself: that view took 14 ms of each server open on a fresh connection, this 5 ms.
        rows = db.execute_sql(
            "SELECT c.relname, a.attname, NULL, 0, NULL, 0 FROM pg_attribute AS a "
            "JOIN pg_class AS c ON c.oid = a.attrelid "
            f"WHERE c.relnamespace = {_OUR_NAMESPACE} AND c.relkind IN ('r', 'v', 'f', 'p') "
            "AND a.attnum > 0 AND NOT a.attisdropped AND (pg_has_role(c.relowner, 'USAGE') OR "
            "has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE, REFERENCES'))").fetchall()
    else:
        rows = db.execute_sql(
            "SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
            f"FROM sqlite_master AS m, pragma_table_info(m.name) AS p WHERE m.type = 'table' AND {_NOT_VIRTUAL}"
        ).fetchall()
    have: dict[str, dict[str, tuple]] = {}
    for table, column, *facts in rows:
        have.setdefault(table, {})[column] = tuple(facts)
    return have


def _has_every_current_column(db: Database) -> bool:
    """Whether every table and column of the current models is there already."""
    have = _catalogue(db)
    return all({f.column_name for f in m._meta.sorted_fields} <= set(have.get(m._meta.table_name, ()))
               for m in models.ALL_MODELS)


def require_current_tables(db: Database, migrated: bool = False, where: str = "") -> None:
    """Refuse, in Dutch, a database whose tables are not WijkDesk's at the current schema: a table the
    models name is missing or lacks one of their columns (a file that says it is WijkDesk's but was made
    or changed by another program). A few catalogue queries at every open. Without it such a file opened,
    and the first screen, check or export that read the foreign table stopped with an SQL error.
    `migrated`: the steps to the current schema ran in this open (their changes stay; the message says so).
    `where`: the file or server database, named in the message."""
    done = (f" Alleen de stappen naar schema {LATEST_VERSION} zijn uitgevoerd; verder is er niets gewijzigd."
            if migrated else " Er is niets gewijzigd.")

    def refuse(what: str) -> None:
        raise _not_ours(what, done, where)

    catalogue = None
    if not server.is_server(db):
        # Every fact checked below follows from the file's catalogue (the CREATE texts): one that passed in
        # this process passes again. Each open asked ~3 ms of catalogue queries (twice: at the header and
        # at the open); reading the catalogue costs 0.3 ms.
        catalogue = hashlib.sha256(repr(db.execute_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()).encode()).digest()
        if catalogue in _SOUND_CATALOGUES:
            return
    have = _catalogue(db)
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        if table not in have:
            refuse(f"de tabel {table} ontbreekt")
        missing = [f.column_name for f in model._meta.sorted_fields if f.column_name not in have[table]]
        if missing:
            refuse(f"de tabel {table} mist de kolom{'men' if len(missing) > 1 else ''} {_some(missing)}")
    if not server.is_server(db):
        # A server's administrator may add rules of his own (triggers, checks); a file has only WijkDesk's.
        _require_only_our_rules(db, have, refuse)
        if len(_SOUND_CATALOGUES) >= 64:
            _SOUND_CATALOGUES.clear()
        _SOUND_CATALOGUES.add(catalogue)


def require_only_our_triggers(db: Database, where: str = "") -> None:
    """Refuse, in Dutch, a file with a trigger WijkDesk does not make: the one rule of
    `require_current_tables` that holds at every schema version (a backup of an older one is checked with
    it before a restore; its tables are made current at its first open)."""
    def refuse(what: str) -> None:
        raise _not_ours(what, where=where)

    _refuse_foreign_triggers(db, refuse)


def _refuse_foreign_triggers(db: Database, refuse) -> None:
    ours = text_index.sqlite_trigger_names()
    for name, table in db.execute_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'"):
        if name not in ours:
            refuse(f"de tabel {table} heeft een trigger {name} die WijkDesk niet maakt (een ander programma heeft "
                   "het bestand gewijzigd)")


_SOUND_CATALOGUES: set[bytes] = set()  # hashes of file catalogues that passed `require_current_tables`


def _require_only_our_rules(db: Database, have: dict[str, dict[str, tuple]], refuse) -> None:
    """On a file: nothing another program added that runs inside WijkDesk's own changes. Each was found
    by attack and made every new row of its table fail with an SQL error in English, or worse:
    - a trigger WijkDesk does not make (one refused every new idea with its own text, one emptied a table);
    - an id that is no INTEGER PRIMARY KEY (a new idea was saved with id NULL);
    - an extra NOT NULL column without a default, a CHECK, or a UNIQUE index WijkDesk does not make."""
    _refuse_foreign_triggers(db, refuse)
    unique = {idx._name for m in models.ALL_MODELS for idx in m._meta.fields_to_index() if idx._unique}
    tables = {m._meta.table_name: m for m in models.ALL_MODELS}
    for table, model in tables.items():
        columns = have[table]
        kind, _notnull, _default, pk = columns["id"]
        if pk != 1 or (kind or "").upper() != "INTEGER":
            refuse(f"in de tabel {table} is id geen INTEGER PRIMARY KEY")
        known = {f.column_name for f in model._meta.sorted_fields}
        for column, (_kind, notnull, default, _pk) in columns.items():
            if column not in known and notnull and default is None:
                refuse(f"de tabel {table} heeft een verplichte kolom {column} die WijkDesk niet kent")
    for table, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%CHECK%'").fetchall():
        if table in tables and re.search(r"\bCHECK\s*\(", sql, re.IGNORECASE):
            refuse(f"de tabel {table} heeft een controle (CHECK) die WijkDesk niet maakt")
    for table, index in db.execute_sql(
            "SELECT m.name, i.name FROM sqlite_master AS m, pragma_index_list(m.name) AS i "
            f"WHERE m.type = 'table' AND {_NOT_VIRTUAL} AND i.\"unique\" = 1 AND i.origin <> 'pk'").fetchall():
        if table in tables and index not in unique:
            refuse(f"de tabel {table} heeft een unieke index {index} die WijkDesk niet maakt")


def _step_7_budget_figures_index(db: Database) -> None:
    """Version 7: one index, for a budget's figures at scale (frozen as SQL; the same on both backends).

    The counting expenses of a budget summed per grant, read from the index alone (see models.Uitgave).
    No row or column changes, so a server database made at version 6 runs it too (`SERVER_STEPS`).
    """
    _add_index(db, "uitgave_budget_id_toekenning_id_status_bedrag_cents", "uitgave",
               '"budget_id", "toekenning_id", "status", "bedrag_cents"')


def _step_8_page_order_indexes(db: Database) -> None:
    """Version 8: two indexes that end in the id, so a page of a list comes straight from an index on a
    server too (frozen as SQL; the same on both backends).

    A wijk's ideas newest first by (wijk_id, id), instead of (wijk_id); the ledger of a wijk-year by
    (budget_id, datum, id), instead of (budget_id, datum). SQLite keeps the row id at the end of every
    index, so there the order was already in the old ones; PostgreSQL's indexes hold only what they
    name. No row or column changes, so a server database made at version 7 runs it too (`SERVER_STEPS`).
    """
    db.execute_sql('DROP INDEX IF EXISTS "idee_wijk_id"')
    db.execute_sql('DROP INDEX IF EXISTS "uitgave_budget_id_datum"')
    _add_index(db, "idee_wijk_id_id", "idee", '"wijk_id", "id"')
    _add_index(db, "uitgave_budget_id_datum_id", "uitgave", '"budget_id", "datum", "id"')


# version -> step that upgrades a database from version-1 to version
STEPS: dict[int, Callable[[Database], None]] = {
    2: _step_2_voting,
    3: _step_3_meetings,
    4: _step_4_settings,
    5: _step_5_cycle,
    6: _step_6_indexes,
    7: _step_7_budget_figures_index,
    8: _step_8_page_order_indexes,
}
# Steps whose SQL is the same on PostgreSQL (indexes only): a server database made at an earlier version
# runs these; any other missing step is refused there (see `migrate`).
SERVER_STEPS = frozenset({6, 7, 8})
LATEST_VERSION = max(STEPS, default=1)


# The server's version table: not a model (the models are the data; this is about the schema).
SERVER_VERSION_TABLE = "wijkdesk_schema"


def get_version(db: Database) -> int:
    """The schema version; 0 for a new, empty database (a file or a server database)."""
    if server.is_server(db):
        if SERVER_VERSION_TABLE not in server.as_database(db).get_tables():
            return 0
        row = db.execute_sql(f'SELECT max("versie") FROM "{SERVER_VERSION_TABLE}"').fetchone()
        return int(row[0] or 0)
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_version(db: Database, version: int) -> None:
    if server.is_server(db):
        db.execute_sql(f'CREATE TABLE IF NOT EXISTS "{SERVER_VERSION_TABLE}" ("versie" INTEGER NOT NULL)')
        db.execute_sql(f'DELETE FROM "{SERVER_VERSION_TABLE}"')
        db.execute_sql(f'INSERT INTO "{SERVER_VERSION_TABLE}" ("versie") VALUES (%s)', (int(version),))
        return
    # PRAGMA takes no parameters; version is an int we own.
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_schema(db: Database) -> None:
    """A new, empty database: the whole current schema and the latest version, in one transaction.

    A server database is always made this way (never by the steps, whose SQL is SQLite's), and its
    foreign keys are made deferrable, so that undo can put rows back in any order within one
    transaction as SQLite's `PRAGMA defer_foreign_keys` allows (checked at commit, as there).
    """
    with db.atomic():
        db.create_tables(models.ALL_MODELS)
        if server.is_server(db):
            _make_foreign_keys_deferrable(db)
        _set_version(db, LATEST_VERSION)


def _make_foreign_keys_deferrable(db: Database) -> None:
    """Every foreign key of the current schema DEFERRABLE INITIALLY IMMEDIATE (checked per statement
    unless a transaction says `SET CONSTRAINTS ALL DEFERRED`)."""
    rows = db.execute_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint "
        f"WHERE contype = 'f' AND connamespace = {_OUR_NAMESPACE}").fetchall()
    for table, name in rows:
        db.execute_sql(f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')


def pending_steps(db: Database) -> list[int]:
    current = get_version(db)
    return [v for v in sorted(STEPS) if v > current]


def migrate(db: Database) -> list[int]:
    """Run every missing step, each in one transaction with its version bump. Returns the versions run."""
    done = []
    steps = pending_steps(db)
    if steps and server.is_server(db) and not set(steps) <= SERVER_STEPS:
        # The steps are SQLite's SQL; every server database so far was made new at the latest schema.
        raise DatabaseOpenError(
            f"De database op de server heeft een oudere opbouw (schema {get_version(db)}) en deze versie "
            "van WijkDesk kan een serverdatabase niet bijwerken. Zet de gegevens over met "
            "wijkdesk server-import naar een nieuwe, lege database. Er is niets gewijzigd.")
    if steps and not set(steps) <= SERVER_STEPS and _has_every_current_column(db):
        # Found by attack: a current file whose version number another program lowered ran a step that adds
        # columns, which stopped with 'duplicate column name' after an earlier step had raised the number.
        raise DatabaseOpenError(
            f"De database zegt dat ze de opbouw van schema {get_version(db)} heeft, maar haar tabellen hebben al "
            f"die van schema {LATEST_VERSION}: het versienummer in het bestand is door een ander programma "
            "gewijzigd. Open een reservekopie of een ander databasebestand. Er is niets gewijzigd.")
    for version in steps:
        log.info("Database bijwerken naar schema-versie %d", version)
        with db.atomic():
            STEPS[version](db)
            _set_version(db, version)
        done.append(version)
    return done
