"""`wijkdesk [gui]`: open the main window."""
from __future__ import annotations

from wijkdesk.cli import add_db_argument, database_path


def register(sub) -> None:
    parser = sub.add_parser("gui", help="open het venster (standaard)")
    add_db_argument(parser)
    parser.add_argument("--demo", action="store_true",
                        help="vul een nieuwe, lege database eerst met voorbeeldgegevens")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.views.app import run_gui

    return run_gui(database_path(args), demo=args.demo)
