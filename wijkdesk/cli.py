"""The command line: `wijkdesk` opens the window; subcommands run the same services as the GUI.

Each subcommand lives in its own module under `wijkdesk/commands/` with `register(subparsers)`;
the handler it sets returns an exit code. A user mistake becomes a Dutch message on stderr and a
non-zero exit code, never a traceback.
"""
from __future__ import annotations

import argparse
import errno
import importlib
import logging
import re
import sys

from wijkdesk import __version__, paths
# Exit codes and the --db option live in commands/common.py, which the commands import instead of this
# module (which imports them): no cycle. Re-exported here for callers of the command line.
from wijkdesk.commands.common import (  # noqa: F401
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PROBLEMS,
    PASSPHRASE_FILE_HELP,
    add_db_argument,
    database_location,
    database_path,
    read_passphrase_file,
)

log = logging.getLogger(__name__)

# Modules under wijkdesk/commands/ that register a subcommand, in the order `--help` lists them.
COMMAND_MODULES = [
    "gui",
    "demo",
    "check",
    "selftest",
    "backup",
    "pb_outcome",
    "export",
    "template",
    "import_",
    "encryption",
    "erase_person",
    "bewaartermijn",
    "pdf",
    "offline",
    "rapport",
    "server_import",
]



# argparse speaks English; these are the messages a user meets most, in Dutch.
_ARGPARSE_DUTCH = [
    (re.compile(r"the following arguments are required: (.*)"), r"deze opties zijn verplicht: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"onbekende opties: \1"),
    (re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"), r"\1: \2 kan niet; kies uit \3"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1: hier hoort een waarde achter"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), r"\1: \3 is geen geldige waarde"),
    # a type function's own (Dutch) message, e.g. year_argument: drop argparse's English "argument"
    (re.compile(r"argument (\S+): (.*)"), r"\1: \2"),
]


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch: headings, -h, and errors that say where to find help."""

    def __init__(self, *args, **kwargs):
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", argparse.HelpFormatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help="toon deze uitleg en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "gebruik: ", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "gebruik: ", 1)

    def error(self, message: str):
        for pattern, replacement in _ARGPARSE_DUTCH:
            if pattern.search(message):
                message = pattern.sub(replacement, message)
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"Fout: {message}. Zie '{self.prog} --help'.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="wijkdesk",
        description="WijkDesk: het Meedoenbudget van de wijk, van idee tot verantwoording.",
    )
    parser.add_argument("--version", action="version", version=f"WijkDesk {__version__}",
                        help="toon het versienummer en stop")
    parser.add_argument("--data-dir", metavar="MAP", help="map voor database, reservekopieën en logboek")
    parser.add_argument("--passphrase-file", metavar="BESTAND", help=PASSPHRASE_FILE_HELP)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"wijkdesk.commands.{name}")
        module.register(sub)
    for subparser in _command_parsers(sub):
        # `wijkdesk check --data-dir X` works as well as `wijkdesk --data-dir X check`;
        # SUPPRESS keeps the global value when the subcommand does not repeat it.
        subparser.add_argument("--data-dir", metavar="MAP", default=argparse.SUPPRESS,
                               help="map voor database, reservekopieën en logboek")
        subparser.add_argument("--passphrase-file", metavar="BESTAND", default=argparse.SUPPRESS,
                               help=PASSPHRASE_FILE_HELP)
    return parser


def _command_parsers(sub):
    """Every parser of a command, the kinds of a command with kinds of its own too (`pdf poster`)."""
    for subparser in sub.choices.values():
        yield subparser
        for action in subparser._subparsers._group_actions if subparser._subparsers else ():
            yield from _command_parsers(action)


def _install_passphrase_source(args) -> None:
    """Where the CLI gets the passphrase of an encrypted database, never from argv: --passphrase-file,
    then WIJKDESK_WACHTWOORD, then a prompt on the terminal (not for the window, which asks itself)."""
    import getpass
    import os

    from wijkdesk.store import cipher

    def source(path):
        if getattr(args, "passphrase_file", None):
            return read_passphrase_file(args.passphrase_file)
        if os.environ.get(cipher.PASSPHRASE_ENV):
            return os.environ[cipher.PASSPHRASE_ENV]
        if args.command not in (None, "gui") and sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(f"Wachtwoord van de versleutelde database {path}: ") or None
        return None

    cipher.set_passphrase_source(source)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # Without a subcommand, open the window (options such as --db go to the gui command).
    known = set(parser._subparsers._group_actions[0].choices) if parser._subparsers else set()
    if not any(a in known for a in argv) and not any(a in ("-h", "--help", "--version") for a in argv):
        argv = _insert_gui(argv)
        typo = argv[argv.index("gui") + 1] if len(argv) > argv.index("gui") + 1 else ""
        if typo and not typo.startswith("-"):
            parser.error(f"onbekende opdracht '{typo}'; kies uit {', '.join(sorted(known))}")
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    _start_logging()
    _install_passphrase_source(args)
    _warn_about_location(args)
    from wijkdesk.services.errors import ServiceError
    from wijkdesk.store.database import DatabaseOpenError

    if getattr(args, "ontgrendel", False):
        from wijkdesk.store.lock import allow_breaking_stale_locks

        allow_breaking_stale_locks(True)
    try:
        return int(args.handler(args) or 0)
    except DatabaseOpenError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except ServiceError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            print(f"Fout: de schijf is vol{where}. Maak ruimte vrij en probeer het opnieuw.", file=sys.stderr)
            return EXIT_ERROR
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            # A write-protected stick or folder: say so in Dutch, and where a copy can go instead.
            elsewhere = (" Een reservekopie kan ook elders: wijkdesk backup --db BESTAND --to ANDER-BESTAND."
                         if getattr(args, "command", None) == "backup" else "")
            print(f"Fout: WijkDesk mag hier niet schrijven{where}: de map of de schijf is alleen-lezen. "
                  f"Kies een plek waar u mag schrijven, of maak deze schrijfbaar.{elsewhere}", file=sys.stderr)
            return EXIT_ERROR
        # A file or folder the command needs is missing or on a drive that is gone.
        print(f"Fout: het bestand of de map kan niet worden gebruikt{where}: {exc.strerror or exc}. "
              "Controleer de naam, of de schijf er is en of u er mag schrijven.", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Afgebroken.", file=sys.stderr)
        return 130
    except Exception as exc:
        message = storage_error_message(exc)
        if message is None:
            raise
        print(f"Fout: {message}", file=sys.stderr)
        return EXIT_ERROR


def storage_error_message(exc: BaseException) -> str | None:
    """A Dutch message for SQLite's "disk full" and "read-only" anywhere in the chain, else None."""
    from wijkdesk.services.storage_errors import storage_error_message as message

    return message(exc)


def _start_logging() -> None:
    """Log to the data folder; a read-only or missing folder must not stop the command itself."""
    from wijkdesk.logsetup import setup_logging

    try:
        setup_logging()
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            print(f"Let op: geen logboek mogelijk, de map is alleen-lezen ({exc.filename}).", file=sys.stderr)
        else:
            print(f"Let op: geen logboek mogelijk ({exc}).", file=sys.stderr)


def _warn_about_location(args) -> None:
    """A database in a cloud-sync folder or on a network share: say why that is risky (stderr).

    The window shows the same warning as a dialog, so the gui command is left to it.
    """
    if args.command in (None, "gui") or not hasattr(args, "db"):
        return
    from wijkdesk.store.errors import DatabaseOpenError
    from wijkdesk.store.locations import location_warning

    try:
        location = database_location(args)
        if isinstance(location, str):  # a server: no file to sync or share
            return
        warning = location_warning(location)
    except (OSError, DatabaseOpenError):  # unreachable or refused: the command says so in its own words
        return
    if warning:
        print(warning, file=sys.stderr)


def _insert_gui(argv: list[str]) -> list[str]:
    """Put `gui` after the global options so that `wijkdesk --db X` opens the window on X."""
    out, i = [], 0
    while i < len(argv):
        if argv[i] in ("--data-dir", "--passphrase-file"):
            out += argv[i:i + 2]
            i += 2
        elif argv[i].startswith(("--data-dir=", "--passphrase-file=")):
            out.append(argv[i])
            i += 1
        else:
            break
    return out + ["gui"] + argv[i:]
