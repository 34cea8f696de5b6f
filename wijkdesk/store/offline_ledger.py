"""The bookkeeping an offline copy of a wijk keeps about itself, in three tables of its own file.

These tables exist only in a copy made by "Wijk meenemen" (they are no schema step: a normal database
never has them, and the copy stays an ordinary WijkDesk database beside them):

- `offline_bron`: where the copy came from (database, wijk, when) as key/value pairs;
- `offline_basis`: every row as it was in the source when it was taken or last brought back, with its
  version: the base a three-way comparison needs to tell "changed here" from "changed there", and
  the record of deletes (a row in the base that is gone from the copy was deleted here);
- `offline_verzending`: the journal of sends. A send is written here as 'bezig' (committed) before the
  target's transaction starts; that transaction writes an audit row whose uuid is the send's token.
  A run that finds a send still 'bezig' looks for that audit row: there, the target committed and only
  the copy's update is left to do; absent, the target rolled back and the send starts afresh.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import Database

TABLES = ("offline_bron", "offline_basis", "offline_verzending")

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS offline_bron (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL)",
    # versie: the row's version in the source when taken (also inside inhoud; a column to be read by eye)
    "CREATE TABLE IF NOT EXISTS offline_basis (tabel TEXT NOT NULL, uuid TEXT NOT NULL, versie INTEGER, "
    "inhoud TEXT NOT NULL, PRIMARY KEY (tabel, uuid))",
    "CREATE TABLE IF NOT EXISTS offline_verzending (token TEXT PRIMARY KEY, status TEXT NOT NULL, "
    "doel TEXT NOT NULL, begonnen_op TEXT NOT NULL, klaar_op TEXT, samenvatting TEXT NOT NULL DEFAULT '')",
)


@dataclass(frozen=True)
class Origin:
    """Where an offline copy came from."""

    bron: str        # the database: a file path (absolute) or a server address without password
    wijk_uuid: str
    wijk_naam: str
    genomen_op: str  # ISO date and time of the copy (or of the last bringing back)


@dataclass(frozen=True)
class Send:
    token: str
    status: str
    doel: str


def create(database: Database) -> None:
    for sql in _SCHEMA:
        database.execute_sql(sql)


def is_offline_copy(database: Database) -> bool:
    found = database.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'offline_bron'").fetchone()[0]
    return bool(found)


def write_origin(database: Database, origin: Origin) -> None:
    for key, value in (("bron", origin.bron), ("wijk_uuid", origin.wijk_uuid), ("wijk_naam", origin.wijk_naam),
                       ("genomen_op", origin.genomen_op)):
        database.execute_sql("INSERT OR REPLACE INTO offline_bron (sleutel, waarde) VALUES (?, ?)", (key, value))


def read_origin(database: Database) -> Origin | None:
    if not is_offline_copy(database):
        return None
    values = dict(database.execute_sql("SELECT sleutel, waarde FROM offline_bron").fetchall())
    try:
        return Origin(values["bron"], values["wijk_uuid"], values["wijk_naam"], values["genomen_op"])
    except KeyError:
        return None


def write_base(database: Database, snapshot: dict, old: dict | None = None) -> None:
    """Make the base `snapshot` ({model name: {uuid: portable row}}). With `old` (the base as read
    before) only what differs is written: a wijk of 100,000 rows usually changes in a few hundred."""
    connection = database.connection()
    if old is None:
        database.execute_sql("DELETE FROM offline_basis")
        old = {}
    gone = [(name, uuid) for name, found in old.items() for uuid in found
            if uuid not in snapshot.get(name, {})]
    rows = [(name, uuid, row.get("versie"), json.dumps(row, sort_keys=True, ensure_ascii=False))
            for name, found in snapshot.items() for uuid, row in found.items()
            if old.get(name, {}).get(uuid) != row]
    for start in range(0, len(gone), 500):
        connection.executemany("DELETE FROM offline_basis WHERE tabel = ? AND uuid = ?", gone[start:start + 500])
    for start in range(0, len(rows), 500):
        connection.executemany("INSERT OR REPLACE INTO offline_basis (tabel, uuid, versie, inhoud) VALUES (?, ?, ?, ?)",
                               rows[start:start + 500])


def read_base(database: Database) -> dict:
    base: dict[str, dict] = {}
    for tabel, uuid, inhoud in database.execute_sql("SELECT tabel, uuid, inhoud FROM offline_basis"):
        row = json.loads(inhoud)
        if not isinstance(row, dict):  # valid JSON but no row (found by attack: '[1,2]' stopped the merge)
            raise ValueError(f"offline_basis {tabel} {uuid}: geen rij")
        base.setdefault(tabel, {})[uuid] = row
    return base


def begin_send(database: Database, token: str, doel: str) -> None:
    now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    database.execute_sql("INSERT INTO offline_verzending (token, status, doel, begonnen_op) VALUES (?, 'bezig', ?, ?)",
                         (token, doel, now))


def pending_send(database: Database) -> Send | None:
    row = database.execute_sql(
        "SELECT token, status, doel FROM offline_verzending WHERE status = 'bezig' ORDER BY begonnen_op DESC "
        "LIMIT 1").fetchone()
    return Send(*row) if row else None


def finish_send(database: Database, token: str, status: str, samenvatting: str = "") -> None:
    now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
    database.execute_sql("UPDATE offline_verzending SET status = ?, klaar_op = ?, samenvatting = ? WHERE token = ?",
                         (status, now, samenvatting, token))


def sends(database: Database) -> list[tuple[str, str, str, str]]:
    """(token, status, begonnen_op, samenvatting) of every send, oldest first."""
    return list(database.execute_sql(
        "SELECT token, status, begonnen_op, samenvatting FROM offline_verzending ORDER BY begonnen_op"))
