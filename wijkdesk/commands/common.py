"""What every subcommand shares: exit codes and the --db option. Imported by cli.py and each command.

Kept apart from cli.py so that the commands do not import the module that imports them (cli.py loads
every command module to register it).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from wijkdesk import paths

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--db", metavar="BESTAND", required=required,
                        help="het databasebestand (standaard: wijkdesk.db in de datamap)")
    parser.add_argument("--ontgrendel", action="store_true",
                        help="hef een achtergebleven slot op (een leeg of onleesbaar slotbestand, of een "
                             "dat geen lopende WijkDesk vasthoudt); alleen als WijkDesk zeker nergens "
                             "anders deze database open heeft")


def database_path(args) -> Path:
    """The database a command works on: --db, or wijkdesk.db in the data folder."""
    return Path(args.db) if getattr(args, "db", None) else paths.default_database_path()


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


PASSPHRASE_FILE_HELP = ("lees het wachtwoord van een versleutelde database uit de eerste regel van dit "
                        "bestand (voor scripts; of zet het in de omgevingsvariabele WIJKDESK_WACHTWOORD)")


def read_passphrase_file(path: str) -> str:
    """The first line of `path` without its line ending; a clear message when that is not possible."""
    from wijkdesk.store.errors import DatabaseOpenError

    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline().rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseOpenError(f"Het wachtwoordbestand {path} kan niet worden gelezen: {exc}. "
                                "Er is niets gewijzigd.") from exc
    if not line:
        raise DatabaseOpenError(f"Het wachtwoordbestand {path} is leeg: zet het wachtwoord op de eerste "
                                "regel. Er is niets gewijzigd.")
    return line
