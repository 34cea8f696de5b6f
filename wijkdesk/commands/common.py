"""What every subcommand shares: exit codes and the --db option. Imported by cli.py and each command.

Kept apart from cli.py so that the commands do not import the module that imports them (cli.py loads
every command module to register it).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from wijkdesk import paths

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


DB_HELP = ("het databasebestand (standaard: wijkdesk.db in de datamap), of een database op een server: "
           "postgresql://gebruiker@server/database of server:NAAM (een verbinding uit pg_service.conf); "
           "een wachtwoord hoort in het pgpass-bestand, nooit in het adres")


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--db", metavar="BESTAND|URL", required=required, help=DB_HELP)
    parser.add_argument("--ontgrendel", action="store_true",
                        help="hef een achtergebleven slot op (een leeg of onleesbaar slotbestand, of een "
                             "dat geen lopende WijkDesk vasthoudt); alleen als WijkDesk zeker nergens "
                             "anders deze database open heeft")


def database_location(args) -> Path | str:
    """The database a command works on: --db (a file, or a server checked here), or wijkdesk.db in the
    data folder. A text with a scheme (`postgresql:`, `server:`, any `xyz:`) is never a file name: it is
    a server WijkDesk can use, or a Dutch DatabaseOpenError (so no folder `postgresql:` is ever made)."""
    from wijkdesk.store import server

    given = getattr(args, "db", None)
    if not given:
        return paths.default_database_path()
    if server.looks_like_server(given):
        return server.parse(given).text
    return Path(given)


def database_path(args, server_way: str = "") -> Path:
    """The database FILE a command works on; a server location is refused in Dutch (DatabaseOpenError),
    with `server_way` saying how the same is done for a database on a server."""
    from wijkdesk.store.errors import DatabaseOpenError

    location = database_location(args)
    if isinstance(location, str):
        command = getattr(args, "command", None) or "deze opdracht"
        raise DatabaseOpenError(
            f"'wijkdesk {command}' werkt met een databasebestand, niet met een database op een server "
            f"({location}). {server_way} Er is niets gewijzigd.".replace("  ", " "))
    return location


def xlsx_target_problem(out: str) -> str | None:
    """Why `out` is no name for the Excel workbook a command writes (None when it is fine).

    Refused rather than renamed: a script that asks for `x.csv` and gets `x.xlsx` (or a workbook
    under a .csv name, which Excel and pandas then misread) fails later and further from the cause.
    """
    suffix = Path(out).suffix
    if suffix.lower() == ".xlsx":
        return None
    better = Path(out).with_suffix(".xlsx") if suffix else Path(out + ".xlsx")
    what = f"heeft de extensie {suffix}" if suffix else "heeft geen extensie"
    return (f"WijkDesk schrijft een Excel-werkmap (.xlsx), maar '{out}' {what}. "
            f"Geef een naam die op .xlsx eindigt, bijvoorbeeld --out \"{better}\". Er is niets geschreven.")


# A year a user of WijkDesk means. Python's dates stop at 1..9999 (--year 0 or 10000 was a ValueError,
# a 20-digit year an OverflowError), and the reports add and subtract a year or two, so the command
# line takes only a sensible range.
YEAR_MIN, YEAR_MAX = 1900, 2200
# A row number (id) in SQLite and PostgreSQL is a signed 64-bit integer: a larger --id was an
# OverflowError ("Python int too large to convert to SQLite INTEGER").
ID_MAX = 2 ** 63 - 1


def _whole_number(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:  # also a number of more than 4300 digits
        shown = text if len(text) <= 20 else text[:20] + "…"
        raise argparse.ArgumentTypeError(f"'{shown}' is geen {what}") from None


def year_argument(text: str) -> int:
    """argparse type of every option that takes a year (--year/--jaar): a whole year in YEAR_MIN..YEAR_MAX."""
    year = _whole_number(text, "jaartal; schrijf bijvoorbeeld 2025")
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise argparse.ArgumentTypeError(f"Jaar moet tussen {YEAR_MIN} en {YEAR_MAX} liggen (niet {text[:20]})")
    return year


def id_argument(text: str) -> int:
    """argparse type of every option that takes a row number (--id, --vernieuw, --ronde...): 1..ID_MAX."""
    number = _whole_number(text, "nummer; schrijf bijvoorbeeld 12")
    if not 1 <= number <= ID_MAX:
        raise argparse.ArgumentTypeError(f"een nummer is 1 of meer en kleiner dan 2^63 (niet {text[:20]})")
    return number


PASSPHRASE_FILE_HELP = ("lees het wachtwoord van een versleutelde database uit de eerste regel van dit "
                        "bestand (voor scripts; of zet het in de omgevingsvariabele WIJKDESK_WACHTWOORD)")


# A passphrase is one short line; 64 kB is plenty, and stops /dev/zero being read until memory runs out.
MAX_PASSPHRASE_FILE_BYTES = 64 * 1024


def read_passphrase_file(path: str) -> str:
    """The first line of `path` without its line ending; a clear message when that is not possible."""
    from wijkdesk.exchange.safe_file import NotText, UnreadableFile, read_text_capped
    from wijkdesk.store.errors import DatabaseOpenError

    try:
        text = read_text_capped(path, MAX_PASSPHRASE_FILE_BYTES)
    except UnreadableFile as exc:
        hint = (": sla het op als tekst in UTF-8, met het wachtwoord op de eerste regel"
                if isinstance(exc, NotText) else "")
        raise DatabaseOpenError(f"Het wachtwoordbestand {path} {exc}{hint}. Er is niets gewijzigd.") from None
    # the first line, ended as the text mode of open() did before: \n, \r\n or \r
    line = text.replace("\r\n", "\n").replace("\r", "\n").split("\n", 1)[0]
    if not line:
        raise DatabaseOpenError(f"Het wachtwoordbestand {path} is leeg: zet het wachtwoord op de eerste "
                                "regel. Er is niets gewijzigd.")
    return line
