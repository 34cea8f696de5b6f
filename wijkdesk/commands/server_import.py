"""`wijkdesk server-import --db laptop.db --to postgresql://...` (and back): copy a whole database.

The copy goes into a new, empty database only, in one transaction, verified by the count of rows and
the sums of the money columns per table before it commits (store/transfer.py). Exit 0 copied and
verified; 2 refused or undone (the target is as it was).
"""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_OK, add_db_argument, database_location


def register(sub) -> None:
    parser = sub.add_parser(
        "server-import",
        help="kopieer een database naar een database op de server (of terug), gecontroleerd",
        description="Kopieert de hele database van --db naar een nieuwe, lege database bij --to: van een "
                    "laptop naar de server (--to postgresql://... of server:NAAM), of van de server naar een "
                    "nieuw bestand. Alles in één transactie; aantallen en bedragen per tabel worden "
                    "vergeleken voordat de kopie wordt vastgelegd. Mislukt er iets, dan is het doel zoals "
                    "het was.")
    add_db_argument(parser)
    parser.add_argument("--to", "--naar", dest="to", required=True, metavar="BESTAND|URL",
                        help="de nieuwe, lege doeldatabase: postgresql://gebruiker@server/database, "
                             "server:NAAM, of een nieuw bestand")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from argparse import Namespace

    from wijkdesk.domain.money import format_cents
    from wijkdesk.store.transfer import copy_database

    source = database_location(args)
    target = database_location(Namespace(db=args.to))
    result = copy_database(source, target, progress=lambda text: print(f"  {text}…", file=sys.stderr))
    print(f"Gekopieerd en gecontroleerd: {result.source} -> {result.target}")
    for table, figures in result.figures.items():
        if not figures.rows:
            continue
        sums = ", ".join(f"{column} {format_cents(total)}" for column, total in figures.sums.items())
        print(f"  {table:<16} {figures.rows:>7} rijen" + (f"  ({sums})" if sums else ""))
    if result.attachments:
        print(f"  {result.attachments} bonnetjes/bijlagen meegekopieerd")
    return EXIT_OK
