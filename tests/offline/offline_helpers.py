"""Helpers of the offline tests: work on one side the way the window does, and read files directly."""
from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

WIJK = "Keizerslanden"


@contextlib.contextmanager
def opened(path: Path):
    """Work on one database the way the window does (opened, bound to the models), then close it."""
    from wijkdesk.store.database import close_database, open_database

    open_database(path, backup=False)
    try:
        yield
    finally:
        close_database()


def rows(path: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def one(path: Path, sql: str, params=()):
    found = rows(path, sql, params)
    return found[0][0] if found else None


TABLES = ["wijk", "bewonersgroep", "persoon", "lidmaatschap", "bijeenkomst", "idee", "doel", "doel_idee",
          "voortgang", "meedoenbudget", "toekenning", "uitgave", "besluit", "stemronde", "ronde_idee",
          "stembiljet", "telling", "instelling", "begrotingsregel", "bijlage", "jaarafsluiting", "overheveling"]


def uuids(path: Path, table: str) -> list[str]:
    return sorted(u for (u,) in rows(path, f"SELECT uuid FROM {table}"))
