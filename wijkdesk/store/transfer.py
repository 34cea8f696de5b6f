"""Copy a whole WijkDesk database to a new, empty one: a laptop's file to the server, or back.

`wijkdesk server-import --db laptop.db --to postgresql://...` (and `--db SERVER --to kopie.db`). Every
row keeps its id and UUID (the target is new, so nothing can clash), and its receipts and attachments
come along into the target's attachment folder.

All or nothing: the target's tables and every row are written in ONE transaction on the target (a new
file is built under a temporary name and renamed in only when complete, as the demo is), and before
that transaction commits the counts of every table and the sums of every money column (`*_cents`) are
compared with the source's, read in the same snapshot; any difference rolls everything back. A kill,
a lost connection or an error halfway leaves the target as it was: empty on the server (PostgreSQL
rolls the open transaction back), no file at the target name on a laptop.

The source is read in one snapshot: a laptop file under its lock (no WijkDesk writes to it meanwhile),
a server database in one REPEATABLE READ transaction (others may go on working; the copy is of one
moment). Neither side is bound to the models while the other is read: the source is a separate
connection, the target is the one `build_new_database` binds.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from peewee import Database, SqliteDatabase, sort_models

from wijkdesk import paths
from wijkdesk.store import attachments, cipher, database as store_db, migrations, server, sqlite_file, text_index
from wijkdesk.store.errors import DatabaseOpenError
from wijkdesk.store.lock import DatabaseLock
from wijkdesk.store.models import ALL_MODELS, db as db_proxy

log = logging.getLogger(__name__)

BATCH = 500
# Columns that hold a path made by store/attachments.add (relative to the database's folder).
ATTACHMENT_COLUMNS = {("Uitgave", "bonnetje"), ("Bijlage", "pad")}


class TransferError(DatabaseOpenError):
    """The copy was refused or undone; the target is as it was. The message says why, in Dutch."""


@dataclass
class TableFigures:
    rows: int = 0
    sums: dict[str, int] = field(default_factory=dict)  # money column -> sum in cents


@dataclass
class TransferResult:
    source: str
    target: str
    figures: dict[str, TableFigures]  # table -> what was copied (equal on both sides, verified)
    attachments: int = 0


def copy_database(source: Path | str, target: Path | str, *, passphrase: str | None = None,
                  progress: Callable[[str], None] | None = None) -> TransferResult:
    """Copy the database at `source` into a new, empty database at `target` (see the module docstring)."""
    say = progress or (lambda _text: None)
    source_is_server, target_is_server = store_db.is_server_url(source), store_db.is_server_url(target)
    if not source_is_server and not target_is_server:
        raise TransferError(
            "server-import kopieert tussen een databasebestand en een database op een server; geef bij "
            "--db of bij --to een server op (postgresql://... of server:NAAM). Een kopie van bestand naar "
            "bestand maakt u met wijkdesk backup --to. Er is niets gewijzigd.")
    if source_is_server and target_is_server and server.parse(str(source)).conninfo == server.parse(
            str(target)).conninfo:
        raise TransferError("--db en --to zijn dezelfde database. Er is niets gewijzigd.")
    store_db.close_database()
    lock = None
    if not source_is_server:
        path = Path(source)
        store_db.inspect_file(path)  # missing, foreign, damaged, newer: its own Dutch message
        lock = DatabaseLock(path)
        lock.acquire()  # no WijkDesk writes to the laptop's file while it is copied
    try:
        src, source_anchor = _connect_source(source, passphrase)
        try:
            version = migrations.get_version(src)
            if version != migrations.LATEST_VERSION:
                raise TransferError(
                    f"De database {_shown(source)} heeft schema {version}; deze WijkDesk kopieert alleen "
                    f"schema {migrations.LATEST_VERSION}. Open hem eerst eenmaal gewoon met deze versie van "
                    "WijkDesk (dan wordt hij bijgewerkt, met een reservekopie) en probeer het opnieuw. Er is "
                    "niets gewijzigd.")
            with src.atomic():
                if server.is_server(src):
                    src.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                expected = figures_of(src)
                result = TransferResult(_shown(source), _shown(target), expected)

                target_anchor = _shared_anchor() if target_is_server else Path(target)

                def fill():
                    _fill_target(src, source_anchor, target_anchor, result, say)
                    return True

                say("Doeldatabase maken")
                made = store_db.build_new_database(target, fill)
        finally:
            src.close()
    except TransferError:
        raise
    except DatabaseOpenError:
        raise
    except Exception as exc:
        raise TransferError(
            f"Het kopiëren naar {_shown(target)} is niet gelukt en ongedaan gemaakt: {server.redact(str(exc))}. "
            "De doeldatabase is zoals hij was; de bron is niet gewijzigd.") from exc
    finally:
        store_db.close_database()
        if lock is not None:
            lock.release()
    if made is None:
        raise TransferError(
            f"De doeldatabase {_shown(target)} bestaat al en bevat een WijkDesk-database. server-import "
            "kopieert alleen naar een nieuwe, lege database (zo gaat er nooit iets verloren). Kies een "
            "nieuwe naam of een lege database op de server. Er is niets gewijzigd.")
    log.info("Database gekopieerd van %s naar %s: %d tabellen gecontroleerd", result.source, result.target,
             len(result.figures))
    return result


def _shown(location: Path | str) -> str:
    return server.parse(str(location)).display if store_db.is_server_url(location) else str(location)


def _connect_source(source: Path | str, passphrase: str | None) -> tuple[Database, Path | None]:
    """A read-only connection to the source, not bound to the models, and where its attachments are."""
    if store_db.is_server_url(source):
        database = server.connect(server.parse(str(source)), readonly=True)
        return database, _shared_anchor()
    path = Path(source)
    key = cipher.key_for_file(path, passphrase) if cipher.is_encrypted(path) else None
    uri = sqlite_file.readonly_uri(path)
    if key is not None:
        database = cipher.EncryptedSqliteDatabase(uri, key, uri=True, pragmas=store_db.READONLY_PRAGMAS)
    else:
        database = SqliteDatabase(uri, uri=True, pragmas=store_db.READONLY_PRAGMAS)
    database.connect()
    return database, path


def figures_of(database: Database) -> dict[str, TableFigures]:
    """Per table: the number of rows and the sum of each money column, read through `database`."""
    out = {}
    for model in sort_models(ALL_MODELS):
        table = model._meta.table_name
        money = [f.column_name for f in model._meta.sorted_fields if f.column_name.endswith("_cents")]
        parts = ["COUNT(*)"] + [f'COALESCE(SUM("{c}"), 0)' for c in money]
        row = database.execute_sql(f'SELECT {", ".join(parts)} FROM "{table}"').fetchone()
        out[table] = TableFigures(int(row[0]), {c: int(v) for c, v in zip(money, row[1:])})
    return out


def _shared_anchor() -> Path | None:
    """Where a server database keeps attachments (as OpenedDatabase.attachments_anchor says)."""
    shared = paths.server_attachments_dir()
    return shared / "wijkdesk.db" if shared is not None else None


def _fill_target(src: Database, source_anchor: Path | None, target_anchor: Path | None,
                 result: TransferResult, say: Callable[[str], None]) -> None:
    """Inside the target's one transaction (bound to the models): every row, then the check."""
    target = db_proxy.obj
    if server.is_server(target):
        target.execute_sql("SET CONSTRAINTS ALL DEFERRED")  # self-references (vervangt) in any order
    else:
        target.execute_sql("PRAGMA defer_foreign_keys = ON")
    moved: dict[str, str] = {}
    for model in sort_models(ALL_MODELS):
        table = model._meta.table_name
        fields = list(model._meta.sorted_fields)
        say(f"Tabel {table} kopiëren ({result.figures[table].rows} rijen)")
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        cursor = src.execute_sql(f'SELECT {columns} FROM "{table}" ORDER BY "id"')
        while True:
            batch = cursor.fetchmany(BATCH)
            if not batch:
                break
            rows = []
            for raw in batch:
                values = [f.python_value(v) for f, v in zip(fields, raw)]
                for i, f in enumerate(fields):
                    if (model.__name__, f.name) in ATTACHMENT_COLUMNS and values[i]:
                        values[i] = _move_attachment(values[i], source_anchor, target_anchor, moved)
                rows.append(values)
            model.insert_many(rows, fields=fields).execute()
            _checkpoint(table)
    result.attachments = len(moved)
    if server.is_server(target):
        _advance_sequences(target)
    say("Aantallen en bedragen controleren")
    copied = figures_of(target)
    wrong = [f"{t}: bron {result.figures[t].rows} rijen {result.figures[t].sums}, doel {copied[t].rows} rijen "
             f"{copied[t].sums}" for t in result.figures if copied.get(t) != result.figures[t]]
    if wrong:
        raise TransferError(
            "De kopie klopt niet met de bron en is ongedaan gemaakt (er is niets geschreven): "
            + "; ".join(wrong[:5]) + ".")
    if server.is_server(target):
        # A bulk load leaves the server's planner without statistics and the trigram indexes with long
        # pending lists until autovacuum comes round (a minute or more, longer on a busy server): meanwhile
        # a list of one wijk-year may be planned as a scan of a million rows, and every text filter reads
        # the pending lists through. Done in this transaction (ANALYZE counts its own new rows), committed
        # with them. (A laptop's file gets PRAGMA optimize when it is closed.)
        say("Zoekindexen en statistieken op de server bijwerken")
        text_index.settle_after_bulk_load(target)
    _checkpoint("gecontroleerd")


def _move_attachment(stored: str, source_anchor: Path | None, target_anchor: Path | None,
                     moved: dict[str, str]) -> str:
    """Copy one attachment file into the target's folder; its new stored path (made once per file)."""
    if stored in moved:
        return moved[stored]
    if source_anchor is None or target_anchor is None:
        raise TransferError(
            "De database heeft bonnetjes of bijlagen, maar voor de database op de server is geen gedeelde "
            "map voor bijlagen ingesteld. Stel die in (Instellingen, of de omgevingsvariabele "
            "WIJKDESK_BIJLAGEN_MAP) en probeer het opnieuw. Er is niets gewijzigd.")
    plain = attachments.readable_copy(source_anchor, stored)
    if not plain.is_file():
        raise TransferError(
            f"Het bestand van een bonnetje of bijlage ontbreekt: {stored}. Zet het terug (wijkdesk check "
            "noemt alle ontbrekende) en probeer het opnieuw. Er is niets gewijzigd.")
    new = attachments.add(target_anchor, plain)
    moved[stored] = new
    return new


def _advance_sequences(target: Database) -> None:
    """Rows came with their ids: each id sequence must continue after the highest one."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        target.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), COALESCE(MAX(\"id\"), 1), "
            f"MAX(\"id\") IS NOT NULL) FROM \"{table}\"")


# A test hook: the kill tests stop the process after a named table (no-op otherwise).
_checkpoint_hook: Callable[[str], None] | None = None


def _checkpoint(name: str) -> None:
    if _checkpoint_hook is not None:
        _checkpoint_hook(name)
