"""SQLite's "disk full" and "read-only" errors, recognised anywhere in an exception's chain.

The command line and the window both meet them on any write, long after the database was opened;
one function keeps their Dutch messages the same.
"""
from __future__ import annotations

import sqlite3

from peewee import DatabaseError as PeeweeDatabaseError

DISK_FULL = ("de schijf is vol. Er is niets opgeslagen van wat er nog niet klaar was; maak "
             "ruimte vrij en probeer het opnieuw.")
READ_ONLY = ("WijkDesk mag niet in de database schrijven (het bestand of de map is alleen-lezen). "
             "Er is niets opgeslagen; maak het bestand schrijfbaar of kies een ander.")


def storage_error_message(exc: BaseException) -> str | None:
    """A Dutch message (starting in lower case) for disk full or read-only in the chain, else None.

    When the disk fills up SQLite undoes the transaction itself, and the rollback that follows then
    fails with "no transaction is active": that second error hides the real one, so the whole
    chain is searched.
    """
    seen, visited = exc, set()
    while seen is not None and id(seen) not in visited:
        visited.add(id(seen))
        errno = getattr(seen, "errno", None)
        if isinstance(seen, (sqlite3.Error, PeeweeDatabaseError)) or errno == 28:
            text = str(seen).lower()
            if "full" in text or errno == 28:
                return DISK_FULL
            if "readonly" in text or "read-only" in text:
                return READ_ONLY
        seen = seen.__cause__ or seen.__context__
    return None
