"""`wijkdesk demo --db PATH`: fill a new database with realistic demo data."""
from __future__ import annotations

import sys

from wijkdesk.commands.common import add_db_argument, database_location


def register(sub) -> None:
    parser = sub.add_parser("demo", help="vul een nieuwe database met voorbeeldgegevens")
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.services.demo import fill_demo
    from wijkdesk.store.database import build_new_database, opened_database

    path = database_location(args)
    # A new file is built beside and renamed in when full: a full disk or a crash leaves nothing half.
    counts = build_new_database(path, fill_demo)
    if counts is None:  # an existing (empty) database: filled in one transaction
        with opened_database(path):
            counts = fill_demo()
    summary = ", ".join(f"{n} {what.replace('ideeen', 'ideeën')}" for what, n in counts.items())
    print(f"Voorbeeldgegevens gemaakt in {path}: {summary}.", file=sys.stdout)
    return 0
