"""`wijkdesk check --db PATH`: integrity and consistency. Exit 0 sound, 1 problems, 2 cannot open."""
from __future__ import annotations

from wijkdesk.cli import EXIT_PROBLEMS, add_db_argument, database_path


def register(sub) -> None:
    parser = sub.add_parser("check", help="controleer of de database gezond is (0 = gezond, 1 = problemen, "
                                          "2 = niet te openen)")
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args) -> int:
    import sys

    from wijkdesk.services.check import run_checks
    from wijkdesk.store.database import DatabaseLockedError, close_database, open_database

    path = database_path(args)
    try:
        open_database(path, create=False, backup=False)
    except DatabaseLockedError:
        # WijkDesk has the file open: checking only reads, so it can go ahead alongside it.
        print("WijkDesk heeft deze database open; de controle leest alleen mee.", file=sys.stderr)
        open_database(path, readonly=True, create=False)
    try:
        problems = run_checks()
    finally:
        close_database()
    if not problems:
        print(f"De database {path} is gezond.")
        return 0
    print(f"De database {path} heeft {len(problems)} probleem/problemen:")
    for problem in problems:
        print(f"- {problem}")
    return EXIT_PROBLEMS
