"""SQLite's "disk full" and "read-only" errors, and a lost server connection, recognised anywhere in an
exception's chain.

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


SERVER_GONE = ("de verbinding met de databaseserver is verbroken. Wat u net deed, is niet opgeslagen (de "
               "server heeft het ongedaan gemaakt); eerder opgeslagen werk is bewaard. Controleer het netwerk "
               "en probeer het opnieuw: WijkDesk maakt dan zelf opnieuw verbinding.")
# SQLSTATE class 08 (connection exception) and the server shutting down or restarting (57P01-57P03).
_CONNECTION_STATES = ("08", "57P01", "57P02", "57P03")


def _server_connection_lost(seen: BaseException) -> bool:
    """A psycopg OperationalError that is about the connection itself (not a lock or a serialization
    failure, which are OperationalErrors too): no SQLSTATE (closed by the client library) or class 08/57P0x."""
    try:
        import psycopg
    except ImportError:  # a build without the server driver
        return False
    if not isinstance(seen, psycopg.OperationalError):
        return False
    state = getattr(seen, "sqlstate", None)
    return state is None or state.startswith(_CONNECTION_STATES)


def storage_error_message(exc: BaseException) -> str | None:
    """A Dutch message (starting in lower case) for disk full or read-only in the chain, else None.

    When the disk fills up SQLite undoes the transaction itself, and the rollback that follows then
    fails with "no transaction is active": that second error hides the real one, so the whole
    chain is searched.
    """
    seen, visited = exc, set()
    while seen is not None and id(seen) not in visited:
        visited.add(id(seen))
        if _server_connection_lost(seen):
            return SERVER_GONE
        errno = getattr(seen, "errno", None)
        if isinstance(seen, (sqlite3.Error, PeeweeDatabaseError)) or errno == 28:
            text = str(seen).lower()
            if "full" in text or errno == 28:
                return DISK_FULL
            if "readonly" in text or "read-only" in text:
                return READ_ONLY
        seen = seen.__cause__ or seen.__context__
    return None
