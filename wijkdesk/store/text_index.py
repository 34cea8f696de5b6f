"""Text indexes for the filters of the big lists, so that a typed word is looked up instead of scanned.

A filter word must match anywhere inside a title or a supplier ("rukker" finds "Drukkerij"), which a
B-tree index cannot answer: `LIKE '%word%'` reads every row of the list, and at city scale (a million
expenses) that is too slow. Both backends have an index made for this, over the three-letter pieces
(trigrams) of the text:
  - SQLite: an FTS5 table with the trigram tokenizer beside each big table (`<table>_tekst`), kept
    up to date by triggers. It holds no copy of the text (`content=` the table itself), only the index.
  - PostgreSQL: a GIN index with `gin_trgm_ops` (extension pg_trgm) on each searched column; the
    planner uses it for the `ILIKE '%word%'` that peewee already writes.

These are derived data, not part of the numbered schema: `ensure` makes whatever is missing when a
database is opened for writing (filling an SQLite index from the rows once), and a database without
them still works (the lists fall back to scanning). After the AVG erase of a person, `purge` rebuilds
the SQLite indexes, so no piece of an erased text stays behind in the index's pages.
"""
from __future__ import annotations

import logging

from peewee import Database, DatabaseError

from wijkdesk.store import server

log = logging.getLogger(__name__)

# table -> its own text columns that the list filters search (see services/lists.py)
INDEXED: dict[str, tuple[str, ...]] = {
    "idee": ("titel", "thema", "omschrijving"),
    "doel": ("titel", "verantwoordelijke", "indicator", "omschrijving"),
    "toekenning": ("omschrijving", "activiteit_soort", "zaaknummer"),
    "uitgave": ("omschrijving", "leverancier", "factuurnummer"),
}
# The trigram index finds words of three characters or more; shorter ones are scanned.
MIN_LENGTH = 3
SUFFIX = "_tekst"


def index_name(table: str) -> str:
    return f"{table}{SUFFIX}"


def is_index_table(name: str) -> bool:
    """True for the FTS5 table of a text index and its shadow tables (`idee_tekst_data`, ...): derived data."""
    return any(name == index_name(t) or name.startswith(index_name(t) + "_") for t in INDEXED)


def ensure(db: Database) -> list[str]:
    """Make the text indexes that are missing; returns the tables whose index was made (and filled)."""
    made = []
    if server.is_server(db):
        return _ensure_postgres(db)
    # Read before the transaction: SQLite answers a lookup in a damaged index with 'out of memory' at
    # times, and then rolls back the whole transaction it was in (found by review, with SQLCipher's SQLite:
    # the writes after it ran one by one and the open stopped with 'cannot rollback').
    states = {table: sqlite_state(db, table) for table in INDEXED}
    with db.atomic():
        for table, columns in INDEXED.items():
            state = states[table]
            if state == "intact":
                continue
            if state == "stale":
                log.warning("Zoekindex van %s liep niet gelijk met de rijen; opnieuw gevuld", table)
                _fill_sqlite(db, table)
                made.append(table)
                continue
            if state == "foreign":
                log.warning("Zoekindex van %s was niet die van WijkDesk (gewijzigd door een ander programma); "
                            "opnieuw gemaakt uit de rijen", table)
                _drop_sqlite(db, table, columns)
            if state == "damaged":
                log.warning("Zoekindex van %s was beschadigd (hij beantwoordde geen zoekvraag); opnieuw "
                            "gevuld uit de rijen", table)
                _mend_sqlite(db, table)
                made.append(table)
                continue
            _create_sqlite(db, table, columns)
            made.append(table)
    db.__dict__[_CACHE] = dict.fromkeys(INDEXED, "intact")  # as just made or found: no need to ask again
    if made:
        log.info("Zoekindex gemaakt voor %s", ", ".join(made))
    return made


def _ensure_postgres(db: Database) -> list[str]:
    made = []
    wanted = {f"{index_name(table)}_{column}": (table, column)
              for table, columns in INDEXED.items() for column in columns}
    try:
        with db.atomic():
            # One question for all of them: at every open for writing (each window start), where they
            # almost always exist already (one statement per index cost ~40 ms per start on a socket).
            present = {row[0] for row in db.execute_sql(
                "SELECT indexname FROM pg_indexes WHERE indexname = ANY(%s)", (list(wanted),)).fetchall()}
            missing = [name for name in wanted if name not in present]
            if missing:
                db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for name in missing:
                table, column = wanted[name]
                db.execute_sql(f'CREATE INDEX "{name}" ON "{table}" USING gin ("{column}" gin_trgm_ops)')
                made.append(table)
    except DatabaseError as exc:
        # pg_trgm is a trusted extension (a database owner may add it), but a server may lack it or
        # refuse: the lists then scan, as before. Said in the log for the server's administrator.
        log.warning("Zoekindexen (pg_trgm) op de server niet gemaakt; filters zoeken zonder index: %s", exc)
        return []
    if made:
        log.info("Zoekindex (pg_trgm) gemaakt voor %s", ", ".join(sorted(set(made))))
    return sorted(set(made))


def settle_after_bulk_load(db: Database) -> None:
    """On the server, after many rows were written at once (server-import, a benchmark's fill): move the
    trigram indexes' pending entries into the index proper and give the planner its statistics.

    A GIN index takes new rows into a pending list (fastupdate) that every lookup reads through from end
    to end until a VACUUM merges it, which autovacuum does only later: right after 100,000 expenses a rare
    invoice number took 105 ms instead of 4 ms. Both steps work inside the loader's transaction. A server
    that refuses them is left to autovacuum (said in the log), the load itself stands.
    """
    if not server.is_server(db):
        return
    try:
        with db.atomic():  # a savepoint: a refusal must not abort the loader's transaction
            names = db.execute_sql("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                   "AND indexdef LIKE %s", ("%gin_trgm_ops%",)).fetchall()
            for (name,) in names:
                db.execute_sql("SELECT gin_clean_pending_list(%s::regclass)", (f'"{name}"',))
            db.execute_sql("ANALYZE")
    except DatabaseError as exc:
        log.warning("Zoekindexen en statistieken op de server niet bijgewerkt na het laden: %s", exc)


def _sqlite_objects(table: str, columns: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(type, name, SQL) of `table`'s text index as WijkDesk makes it: an external-content FTS5 table and
    its usual three triggers (an update of other columns, a status or an amount, leaves the index be)."""
    name = index_name(table)
    cols = ", ".join(f'"{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    return [
        ("table", name, f'CREATE VIRTUAL TABLE "{name}" USING fts5({cols}, content="{table}", '
                        "content_rowid=\"id\", tokenize='trigram')"),
        ("trigger", f"{name}_ai", f'CREATE TRIGGER "{name}_ai" AFTER INSERT ON "{table}" BEGIN '
                                  f'INSERT INTO "{name}"(rowid, {cols}) VALUES (new.id, {new}); END'),
        ("trigger", f"{name}_ad", f'CREATE TRIGGER "{name}_ad" AFTER DELETE ON "{table}" BEGIN '
                                  f'INSERT INTO "{name}"("{name}", rowid, {cols}) VALUES (\'delete\', old.id, {old}); END'),
        ("trigger", f"{name}_au", f'CREATE TRIGGER "{name}_au" AFTER UPDATE OF {cols} ON "{table}" BEGIN '
                                  f'INSERT INTO "{name}"("{name}", rowid, {cols}) VALUES (\'delete\', old.id, {old}); '
                                  f'INSERT INTO "{name}"(rowid, {cols}) VALUES (new.id, {new}); END'),
    ]


def sqlite_trigger_names() -> set[str]:
    """The triggers WijkDesk makes on a file (those of its text indexes): any other is foreign."""
    return {n for t, c in INDEXED.items() for kind, n, _ in _sqlite_objects(t, c) if kind == "trigger"}


_SHADOWS = ("data", "idx", "docsize", "config")  # an external-content FTS5 table's shadow tables


def _sqlite_state(db: Database, table: str, columns: tuple[str, ...]) -> str:
    """'intact'; 'missing' (none of its objects: a file from before the indexes); 'foreign': some of its
    names are taken by something else (a plain table, a view, a changed trigger: a file another program
    changed), which made every new row or filter of that table fail with an SQL error; or 'stale': its
    own, but without the table's newest row (`_follows_its_rows`); or 'damaged': its own, but it does not
    answer a lookup (`_answers`)."""
    wanted = _sqlite_objects(table, columns)
    # FTS5's own tables beside it (an external-content index keeps no copy of the text): one dropped made
    # every new row of the table fail with 'SQL logic error'.
    shadows = [f"{index_name(table)}_{part}" for part in _SHADOWS]
    names = [n for _, n, _ in wanted] + shadows
    found = {(t, n, sql) for t, n, sql in db.execute_sql(
        f"SELECT type, name, sql FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})",
        names).fetchall()}
    if not found:
        return "missing"
    ours = {row for row in found if row[1] not in shadows}
    shadow_tables = {n for t, n, _ in found if n in shadows and t == "table"}
    if ours != set(wanted) or shadow_tables != set(shadows):
        return "foreign"
    if not _answers(db, table):
        return "damaged"
    try:
        follows = _follows_its_rows(db, table)
    except DatabaseError:
        return "foreign"  # a shadow table of another make under its name (found by review: 'no such column')
    return "intact" if follows else "stale"


def sqlite_state(db: Database, table: str) -> str:
    """What `table`'s index in a file is: intact, missing, foreign, stale or damaged (`_sqlite_state`).
    Asked once per open database object (`ensure`, `available`, `check` share it; `forget` asks anew)."""
    cache = db.__dict__.setdefault(_CACHE, {})
    if table not in cache:
        cache[table] = _sqlite_state(db, table, INDEXED[table])
    return cache[table]


# A word no row holds: looking it up reads the index's structure record and one path down its pages.
_PROBE = "\u2400wijkdesk\u2400"


def _answers(db: Database, table: str) -> bool:
    """Whether the index answers a lookup at all. Found by attack: its structure record overwritten by
    another program made every filter stop with MemoryError (SQLite's 'out of memory' after reading
    sizes from the damaged record) instead of 'malformed', even on a read-only open. A damaged page
    elsewhere shows only in a lookup that reads it: `lookup` then turns to the rows."""
    name = index_name(table)
    try:
        db.execute_sql(f'SELECT rowid FROM "{name}" WHERE "{name}" MATCH ? LIMIT 1',
                       (match_phrase(_PROBE),)).fetchall()
    except (DatabaseError, MemoryError):
        return False
    return True


def _follows_its_rows(db: Database, table: str) -> bool:
    """Whether the index holds the table's newest row, from two lookups by row id (no count: 0.4 s at a
    million rows). Found by attack: an index emptied by FTS5's own 'delete-all' had every name right and
    made every filter find nothing; one that missed rows written without its triggers found too few."""
    # One statement, one view of the file: `check` reads beside a WijkDesk that may commit in between.
    newest, indexed = db.execute_sql(f'SELECT (SELECT max(id) FROM "{table}"), '
                                     f'(SELECT max(id) FROM "{index_name(table)}_docsize")').fetchone()
    return newest == indexed


def _drop_sqlite(db: Database, table: str, columns: tuple[str, ...]) -> None:
    """Remove whatever carries the names of `table`'s index (derived data: it is made again from the rows)."""
    name = index_name(table)
    names = [n for _, n, _ in _sqlite_objects(table, columns)]
    names += [f"{name}_{part}" for part in (*_SHADOWS, "content")]  # FTS5's own
    have = {n for (n,) in db.execute_sql(
        f"SELECT name FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})", names).fetchall()}
    if name in have and not {f"{name}_{part}" for part in _SHADOWS} <= have:
        # FTS5 opens a table to drop it, and cannot without its shadow tables (found by attack: a file
        # without idee_tekst_data did not open at all, 'vtable constructor failed'). Empty ones, as a new
        # index has them, let it go.
        sqls, rows = _fresh_shadows(db)
        for part in _SHADOWS:
            if f"{name}_{part}" not in have:
                db.execute_sql(sqls[part].replace(f"'{_FRESH}_{part}'", f'"{name}_{part}"', 1))
                _put_rows(db, f"{name}_{part}", rows.get(part, ()))
    for _ in range(2):  # a virtual table takes its shadow tables along; a foreign one leaves them
        for kind, found in db.execute_sql(
                f"SELECT type, name FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))}) "
                "AND type IN ('table', 'view', 'index', 'trigger')", names).fetchall():
            db.execute_sql(f'DROP {kind.upper()} IF EXISTS "{found}"')


def _mend_sqlite(db: Database, table: str) -> None:
    """A damaged index made empty as FTS5 makes a new one, then filled from the rows.

    Dropping it, and FTS5's own 'rebuild' and 'delete-all', read the damaged record first and failed the
    same way. Its shadow tables are plain tables: their rows are replaced by those of a new, empty FTS5
    table that this SQLite makes (in the connection's temporary schema, so the format is its own)."""
    name = index_name(table)
    _sqls, rows = _fresh_shadows(db)
    for part in ("data", "idx", "docsize", "config"):
        db.execute_sql(f'DELETE FROM "{name}_{part}"')
    for part, part_rows in rows.items():
        _put_rows(db, f"{name}_{part}", part_rows)
    _fill_sqlite(db, table)


def _put_rows(db: Database, shadow: str, rows) -> None:
    for row in rows:
        db.execute_sql(f'INSERT INTO "{shadow}" VALUES ({", ".join("?" * len(row))})', row)


_FRESH = "wijkdesk_leeg_index"


def _fresh_shadows(db: Database) -> tuple[dict[str, str], dict[str, list]]:
    """The CREATE statements of the shadow tables of a new, empty FTS5 table made by this SQLite (in the
    connection's temporary schema, so the format is its own), and their rows (part -> rows)."""
    db.execute_sql(f'CREATE VIRTUAL TABLE temp."{_FRESH}" USING fts5(x)')
    try:
        sqls = {n.removeprefix(_FRESH + "_"): sql for n, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_temp_master WHERE type = 'table' AND name LIKE ?", (_FRESH + "_%",))}
        rows = {part: db.execute_sql(f'SELECT * FROM temp."{_FRESH}_{part}"').fetchall() for part in ("data", "config")}
    finally:
        db.execute_sql(f'DROP TABLE temp."{_FRESH}"')
    return sqls, rows


def _create_sqlite(db: Database, table: str, columns: tuple[str, ...]) -> None:
    for _kind, _name, sql in _sqlite_objects(table, columns):
        db.execute_sql(sql)
    _fill_sqlite(db, table)


def _fill_sqlite(db: Database, table: str) -> None:
    """(Re)fill the index from the table's rows (FTS5's own 'rebuild')."""
    name = index_name(table)
    db.execute_sql(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')


_CACHE = "_wijkdesk_text_index"  # on a database object: {table: the state of its index} (`sqlite_state`)


def available(db: Database, table: str) -> bool:
    """Whether `table` has an SQLite text index to look words up in (PostgreSQL needs no other query)."""
    if server.is_server(db) or table not in INDEXED:
        return False
    try:
        # Intact, not merely present: a read-only open cannot make it again, and a view or plain table
        # under its name failed every filter ('unable to use function MATCH') or found nothing.
        return sqlite_state(db, table) == "intact"
    except Exception:  # noqa: BLE001 - an unreadable catalogue means: scan, as before
        db.__dict__.setdefault(_CACHE, {})[table] = "unreadable"
        return False


def prime(db: Database) -> None:
    """Find out at once, outside any transaction, which indexes a read-only open may use (`available`):
    a lookup in a damaged one can make SQLite roll back the transaction it runs in."""
    forget(db)
    for table in INDEXED:
        available(db, table)


def forget(db: Database) -> None:
    """Forget what `available` found (after `ensure` or a restore changed the file under the same object)."""
    db.__dict__.pop(_CACHE, None)


# A word found in more rows than this is common: a list finds a screenful of them sooner by reading its
# rows in their sort order and testing each (it stops after a screen), than by fetching every hit.
HIT_LIMIT = 1000
# A longer word is looked up by its last characters first. The index answers a phrase of few trigrams
# much sooner, and the end of a word tells rows apart best: invoice numbers differ in their last digits,
# while "F2026-00" is in every one of a year (at a million expenses 2.4 ms for the whole number against
# 0.4 ms for its last seven characters). The rows found may hold only that end: the caller tests them.
TAIL = 7


def lookup(db: Database, table: str, word: str, columns: tuple[str, ...] | None = None) -> list[int] | None:
    """The ids of the rows of `table` that may hold `word` in their indexed text (or in `columns` only).

    Every row that holds it, and perhaps a few more that hold only its last TAIL characters or differ
    in case outside ASCII: the caller tests the text of these rows (LIKE, as a scan would), which is
    cheap for a few hundred rows. None when the index cannot answer: no index here, a word shorter
    than three characters, or a common word (more than HIT_LIMIT rows): the caller then tests every row.
    """
    if len(word) < MIN_LENGTH or not available(db, table):
        return None
    name = index_name(table)
    target = "{" + " ".join(columns) + "} : " if columns else ""
    for piece in ((word[-TAIL:], word) if len(word) > TAIL else (word,)):
        try:
            rows = db.execute_sql(f'SELECT rowid FROM "{name}" WHERE "{name}" MATCH ? LIMIT {HIT_LIMIT + 1}',
                                  (target + match_phrase(piece),)).fetchall()
        except (DatabaseError, MemoryError) as exc:
            # A damaged index (its blocks overwritten by another program): the filter reads the rows, as
            # without an index, for the rest of this session, and the log says why. It is derived data:
            # `check` reports the damaged file, and a restore or a new copy brings a sound one. SQLite
            # says 'out of memory' (MemoryError) where it read a huge size from a damaged page.
            log.warning("Zoekindex van %s onbruikbaar (%s); de filter leest de rijen", table, exc)
            db.__dict__.setdefault(_CACHE, {})[table] = "damaged"
            return None
        if len(rows) <= HIT_LIMIT:
            return [r[0] for r in rows]
    return None


def match_phrase(word: str) -> str:
    """An FTS5 query for `word` anywhere in a column: one quoted phrase, quotes doubled."""
    return '"' + word.replace('"', '""') + '"'


def purge(conn) -> None:
    """Build the SQLite indexes anew from the rows, through a DB-API connection (the live file or a copy).

    Deleting or changing a row leaves a delete marker in FTS5; the old pieces stay in the index's pages
    until a merge. After the AVG erase that is not good enough, so the erase rebuilds the indexes in its
    own transaction (and `secure_delete` zeroes the freed pages).
    """
    for table in INDEXED:
        name = index_name(table)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone():
            conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
