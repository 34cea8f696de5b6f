"""A database server (PostgreSQL 14 or newer) as the second place a WijkDesk database can live.

Where: `--db postgresql://user@host:5432/wijkdesk` (a libpq URL; `postgres://` too) or a named
connection `--db server:NAAM`, which is a libpq *service*: host, port, database and user are in the
service file (`~/.pg_service.conf`, on Windows `%APPDATA%\\postgresql\\.pg_service.conf`, or the file
in PGSERVICEFILE), so a municipality's IT can hand out one file and users type one name.

Passwords: never in WijkDesk's settings, its log or a URL typed on a command line (it would end up in
the shell history and in the window's list of recent databases). libpq reads them itself from the
password file (`~/.pgpass`, on Windows `%APPDATA%\\postgresql\\pgpass.conf`, or PGPASSFILE), or the
server uses Kerberos/SSPI or a client certificate; a URL or service string with a password in it is
refused with a Dutch message saying where it belongs. Every location shown or logged goes through
`redact` anyway, so a password that reaches us some other way (an environment variable, a driver
message) is never printed.

The driver is psycopg 3 (wheels with libpq inside for Windows, macOS and Linux), through peewee's own
`PostgresqlDatabase` (peewee 3.17+/4 picks psycopg 3 when it is the one installed; `prefer_psycopg3`
makes it explicit). What a file database has and a server does not (the lock file, quick_check, file
backups, SQLCipher) is left out on purpose: the server has its own transactions, roles, pg_dump and
disk encryption; `store/database.py` says so in Dutch where a user asks for one of them.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from peewee import Database, PostgresqlDatabase

from wijkdesk.store.errors import DatabaseOpenError
from wijkdesk.store.models import ALL_MODELS

log = logging.getLogger(__name__)

URL_SCHEMES = ("postgresql", "postgres")
NAMED_PREFIX = "server:"
# A scheme is two or more letters before the colon, so `C:\wijk.db` stays a Windows file name.
_SCHEME_RE = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]+):")
_SERVICE_RE = re.compile(r"^[A-Za-z0-9_.-]{1,63}$")
# user:password@ in a URL, and password=... in a key=value connection string.
# The password runs to the LAST @ of the word: a password may itself hold @, /, ? or # (a hurried
# user types it as it is), and stopping at the first of those would print the rest of it.
_URL_PASSWORD_RE = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*:(?://)?[^:/@\s]*):\S*@")
_KV_PASSWORD_RE = re.compile(r"(?i)\b(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)")
_QUERY_PASSWORD_RE = re.compile(r"(?i)([?&]password=)[^&\s]*")
CONNECT_TIMEOUT_S = 10

PASSWORD_HELP = (
    "Zet het wachtwoord in het wachtwoordbestand van PostgreSQL (pgpass: ~/.pgpass, op Windows "
    "%APPDATA%\\postgresql\\pgpass.conf, met een regel host:poort:database:gebruiker:wachtwoord), "
    "of vraag de beheerder om een verbinding zonder wachtwoord (Kerberos/SSPI of een certificaat). "
    "WijkDesk bewaart geen wachtwoorden.")


@dataclass(frozen=True)
class ServerLocation:
    """A database on a server: `conninfo` goes to libpq, `display` (no password) is shown and logged."""

    text: str        # as the user gave it (never with a password: `parse` refuses one)
    conninfo: str    # what libpq connects with: the URL itself, or `service=NAAM`
    display: str     # for messages, titles and the log

    def __str__(self) -> str:
        return self.display

    @property
    def short(self) -> str:
        """Database and host without the user name, for a report or a workbook ('wijkdesk op db.gemeente.nl')."""
        if self.conninfo.startswith("service="):
            return self.display
        parts = urlsplit(self.text)
        host = parts.hostname or dict(parse_qsl(parts.query)).get("host") or "deze computer"
        if host.startswith("/"):
            host = "deze computer"
        return f"{parts.path.strip('/')} op {host}"


def looks_like_server(location) -> bool:
    """True when `location` names a server (or any `scheme:`), so it is never taken for a file name."""
    if not isinstance(location, str):
        return False
    return location.startswith(NAMED_PREFIX) or bool(_SCHEME_RE.match(location))


def redact(text: str) -> str:
    """`text` with every password in it (URL, key=value or query form) replaced by ***."""
    text = _URL_PASSWORD_RE.sub(lambda m: f"{m.group('head')}:***@", str(text))
    text = _QUERY_PASSWORD_RE.sub(r"\1***", text)
    return _KV_PASSWORD_RE.sub(r"\1***", text)


def parse(location: str) -> ServerLocation:
    """The server named by `location`; a Dutch DatabaseOpenError when it is not one WijkDesk can use."""
    text = location.strip()
    if text.startswith(NAMED_PREFIX):
        name = text[len(NAMED_PREFIX):]
        if not _SERVICE_RE.match(name):
            raise DatabaseOpenError(
                f"'{redact(text)}' is geen geldige verbindingsnaam. Schrijf server:NAAM, waarbij NAAM een "
                "dienst (service) is uit het verbindingenbestand van PostgreSQL (pg_service.conf), "
                "bijvoorbeeld --db server:wijkdesk. Er is niets gewijzigd.")
        return ServerLocation(text=text, conninfo=f"service={name}", display=f"server:{name}")
    match = _SCHEME_RE.match(text)
    scheme = match.group(1).lower() if match else ""
    if scheme not in URL_SCHEMES:
        raise DatabaseOpenError(
            f"'{redact(text)}' is geen databasebestand en geen adres dat WijkDesk kent "
            f"({scheme or 'onbekend'}:). Een server geeft u op als postgresql://gebruiker@server/database "
            "of als server:NAAM; een bestand als pad, bijvoorbeeld wijk.db of ./naam-met:dubbelepunt.db. "
            "Er is niets gewijzigd.")
    if not text[len(match.group(0)):].startswith("//"):
        raise DatabaseOpenError(
            f"'{redact(text)}' is geen volledig serveradres: schrijf "
            "postgresql://gebruiker@server/database (met //). Er is niets gewijzigd.")
    parts = urlsplit(text)
    hidden = _without_userinfo_password(text)
    if hidden is not None:
        raise DatabaseOpenError(
            f"Er staat een wachtwoord in het serveradres {hidden}. Dat doet WijkDesk niet: het zou "
            f"in de opdrachtgeschiedenis, de instellingen en het logboek terechtkomen. {PASSWORD_HELP} "
            "Geef daarna het adres zonder wachtwoord op. Er is niets gewijzigd.")
    if any(k.lower() == "password" for k, _ in parse_qsl(parts.query)):
        raise DatabaseOpenError(
            f"Er staat een wachtwoord in het serveradres {redact(text)}. Dat doet WijkDesk niet: het zou "
            f"in de opdrachtgeschiedenis, de instellingen en het logboek terechtkomen. {PASSWORD_HELP} "
            "Geef daarna het adres zonder wachtwoord op. Er is niets gewijzigd.")
    if not parts.path.strip("/"):
        raise DatabaseOpenError(
            f"In het serveradres {redact(text)} ontbreekt de naam van de database: schrijf "
            "postgresql://gebruiker@server/database. Er is niets gewijzigd.")
    return ServerLocation(text=text, conninfo=text, display=text)


def _without_userinfo_password(text: str) -> str | None:
    """`text` shown with its password as *** when it has `user:password@` after the `scheme://`, else None.

    Not `urlsplit(text).password`: that ends the user part at the first /, ? or #, so a password with one
    of those in it ('p/ss') was read as host 'u' and port 'p', accepted, and then kept in the settings
    and printed in every message. Here everything up to the LAST @ is the user part (an @ in a query is
    rare; such an address is refused rather than a password kept).
    """
    head = _SCHEME_RE.match(text)
    start = head.end() + (2 if text[head.end():].startswith("//") else 0)
    rest = text[start:]
    at = rest.rfind("@")
    if at < 0 or ":" not in rest[:at]:
        return None
    return f"{text[:start]}{rest[:rest.index(':')]}:***@{rest[at + 1:]}"


class ServerDatabase(PostgresqlDatabase):
    """peewee's PostgreSQL database on psycopg 3, connecting with a libpq URL or service string.

    `database` (what peewee and `services.database.database_name` show) is the redacted display text;
    the connection string itself is kept apart and never logged.
    """

    def __init__(self, location: ServerLocation, readonly: bool = False, **kwargs):
        self.location = location
        self.readonly = readonly
        super().__init__(location.display, prefer_psycopg3=True, **kwargs)

    def execute_sql(self, sql, params=None, *args, **kwargs):
        # PostgreSQL's text cannot hold a NUL character (SQLite's can): a NUL pasted into a text field
        # would make the save fail. It never means anything in a text, so it is dropped here, once,
        # for every statement.
        if params and any(isinstance(p, str) and "\x00" in p for p in params):
            params = [p.replace("\x00", "") if isinstance(p, str) else p for p in params]
        return super().execute_sql(sql, params, *args, **kwargs)

    def cursor(self, named_cursor=None):
        # A connection the server or the network dropped (a server restart, a firewall closing an idle
        # connection, a laptop waking up) stays broken in psycopg: without this every later save of the
        # window failed with "the connection is closed" until WijkDesk was restarted. Between
        # transactions nothing is lost by connecting again; inside one the transaction is gone anyway,
        # so the error goes up (storage_errors says it in Dutch) and its change is rolled back.
        if not self.in_transaction() and not self.is_closed():
            conn = self._state.conn
            if getattr(conn, "closed", False) or getattr(conn, "broken", False):
                log.warning("Verbinding met databaseserver %s was verbroken; opnieuw verbonden",
                            self.location.display)
                self.close()
        return super().cursor(named_cursor)

    def _connect(self):
        import psycopg

        self._adapter.check_driver()
        # No JIT compilation: it starts for any query the planner costs above jit_above_cost, which at city
        # scale includes the money sums of a list or an export that run in milliseconds, and compiling took
        # 100-200 ms each time (the goals' money of one wijk-year: 1.28 s, 175 ms of it JIT). JIT pays only
        # for long analytical queries; WijkDesk asks short ones while someone waits.
        settings = ["-c jit=off"]
        if self.readonly:
            # Every transaction of this connection is refused any write by the server itself.
            settings.append("-c default_transaction_read_only=on")
        options = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "WijkDesk",
                   "options": " ".join(settings)}
        conn = psycopg.connect(self.location.conninfo, **options)
        conn.autocommit = True  # peewee opens and ends transactions itself (atomic())
        conn.adapters.register_loader("numeric", _whole_numeric_loader())
        return conn


def _whole_numeric_loader():
    """PostgreSQL's SUM of a BIGINT column (cents) is NUMERIC, which psycopg reads as Decimal; SQLite
    gives an int. A whole NUMERIC is read as int here, so money sums are integer cents on both backends
    (the domain refuses anything else); a fraction (an average) stays an exact Decimal."""
    from psycopg.types.numeric import NumericLoader

    class WholeNumericLoader(NumericLoader):
        def load(self, data):
            value = super().load(data)
            if value.is_finite() and value == value.to_integral_value():
                return int(value)
            return value

    return WholeNumericLoader


def is_server(database) -> bool:
    """True for a database (or the models' proxy bound to one) on a server."""
    database = getattr(database, "obj", database)
    return isinstance(database, PostgresqlDatabase)


def vacuum_after_bulk_load(database) -> None:
    """After many rows were committed at once (server-import, a new database filled, a benchmark's
    fill): VACUUM (ANALYZE) the tables of the models, as autovacuum would a minute or more later.

    Until a VACUUM marks the new pages all-visible, the server cannot answer from a covering index
    alone: it reads every row's page as well. Right after 100,000 expenses the spent money of a screen
    of grants (an index-only sum) took 3.9 ms on the server instead of 1.2 ms, and the planner chose
    other plans from the missing visibility. VACUUM cannot run inside a transaction, so this comes
    after the load's commit. The load itself stands whatever happens here: a server that refuses
    (another owner, a read-only standby) is left to autovacuum, said in the log."""
    from peewee import DatabaseError

    if not is_server(database):
        return
    tables = [model._meta.table_name for model in ALL_MODELS]
    database = getattr(database, "obj", database)
    if database.in_transaction():
        raise RuntimeError("VACUUM kan niet binnen een transactie")  # our own mistake, not the user's
    try:
        # Each table's ANALYZE commits a transaction of its own; on a server set to asynchronous commit
        # (synchronous_commit=off, as the tests' throwaway cluster is) the VACUUM of the next table then
        # left every page not all-visible (measured: uitgave 2 pages, 0 visible). Committed synchronously
        # it marks them all; on a server with the default setting this changes nothing.
        database.execute_sql("SET synchronous_commit TO on")
        try:
            for name in tables:
                database.execute_sql(f'VACUUM (ANALYZE) "{name}"')
        finally:
            database.execute_sql("RESET synchronous_commit")
    except DatabaseError as exc:
        log.warning("Tabellen op de server niet opgeruimd na het laden (autovacuum doet het later): %s",
                    redact(str(exc)))


def connect(location: ServerLocation, readonly: bool = False) -> ServerDatabase:
    """A connection to the server, or a Dutch DatabaseOpenError that says why not (never a password)."""
    database = ServerDatabase(location, readonly=readonly)
    try:
        database.connect()
    except ImportError as exc:  # a build without psycopg: say what is missing
        raise DatabaseOpenError(
            "Deze installatie van WijkDesk kan geen databaseserver gebruiken: het onderdeel psycopg "
            "ontbreekt. Installeer WijkDesk opnieuw of gebruik een databasebestand.") from exc
    except Exception as exc:  # psycopg.OperationalError and peewee's wrapper of it
        raise DatabaseOpenError(connect_problem(location, exc)) from exc
    log.info("Verbonden met databaseserver %s", location.display)
    return database


def connect_problem(location: ServerLocation, exc: BaseException) -> str:
    """A Dutch sentence for a failed connection, with the driver's own words (redacted) at the end."""
    said = redact(str(exc)).strip().splitlines()
    said_text = " ".join(line.strip() for line in said if line.strip())[:400]
    low = said_text.lower()
    if "service" in low and ("not found" in low or "definition" in low):
        why = (f"de verbinding '{location.display}' staat niet in het verbindingenbestand van PostgreSQL "
               "(pg_service.conf, of het bestand in PGSERVICEFILE). Vraag de beheerder om dat bestand, "
               "of geef het adres op als postgresql://gebruiker@server/database")
    elif "password" in low and ("no password" in low or "authentication failed" in low):
        why = f"de server vraagt een wachtwoord dat WijkDesk niet heeft of dat niet klopt. {PASSWORD_HELP}"
    elif "does not exist" in low and "database" in low:
        why = ("die database bestaat niet op de server. Laat de beheerder hem aanmaken "
               "(CREATE DATABASE ... ; WijkDesk vult een lege database zelf)")
    elif "role" in low and "does not exist" in low:
        why = "die gebruiker (rol) bestaat niet op de server. Controleer de gebruikersnaam in het adres"
    elif any(w in low for w in ("refused", "could not connect", "timeout", "timed out", "no such file",
                                "resolve", "unreachable", "name or service")):
        why = ("de server is niet bereikbaar. Controleer het netwerk, de servernaam en de poort, "
               "of werk verder in een databasebestand")
    else:
        why = "de server weigert de verbinding"
    return (f"WijkDesk kan de database op de server {location.display} niet openen: {why}. "
            f"(De server meldt: {said_text}) Er is niets gewijzigd.")


# pg_advisory_xact_lock key for making a database's schema ("WDSCHEMA" as a number): any fixed value
# that other programs on the same database are unlikely to use.
SCHEMA_LOCK_KEY = 0x5744534348454D41


def lock_schema(database) -> None:
    """Hold the schema lock until the current transaction ends: the first WijkDesk to find a new, empty
    database makes the schema while the others wait, then see it made (and do not make it twice)."""
    database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK_KEY,))


def as_database(database) -> Database:
    """The database itself when given the models' proxy."""
    return getattr(database, "obj", database)
