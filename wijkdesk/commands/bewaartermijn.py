"""`wijkdesk bewaartermijn [--db PATH] [--toestemming-maanden N] [--vertrokken-maanden N] [--vernieuw ID]`.

Lists the persons whose retention term has passed (as Bewonersgroepen > Bewaartermijn… does), or
renews one person's consent. Erase one with `wijkdesk erase-person --id ID`.
Exit 0: nobody listed (or renewed); 1: persons listed, or the person was not found.
"""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_PROBLEMS, add_db_argument, database_location, id_argument


def register(sub) -> None:
    from wijkdesk.services.bewaartermijn import DEFAULT_TOESTEMMING_MAANDEN, DEFAULT_VERTROKKEN_MAANDEN

    parser = sub.add_parser(
        "bewaartermijn", help="toon wie langer bewaard wordt dan de bewaartermijn (AVG), of vernieuw een toestemming",
        description="Toont de personen van wie de bewaartermijn is verlopen: toestemming ouder dan de termijn, "
                    "of langer dan de termijn uit hun laatste groep. Wis er een met 'wijkdesk erase-person "
                    "--id N' of leg nieuwe toestemming vast met --vernieuw N.")
    add_db_argument(parser)
    parser.add_argument("--toestemming-maanden", type=int, default=DEFAULT_TOESTEMMING_MAANDEN, metavar="N",
                        help=f"hoe lang een toestemming geldt (standaard {DEFAULT_TOESTEMMING_MAANDEN})")
    parser.add_argument("--vertrokken-maanden", type=int, default=DEFAULT_VERTROKKEN_MAANDEN, metavar="N",
                        help=f"hoe lang iemand na vertrek uit de laatste groep bewaard blijft "
                             f"(standaard {DEFAULT_VERTROKKEN_MAANDEN})")
    parser.add_argument("--vernieuw", type=id_argument, metavar="ID",
                        help="de persoon met dit nummer gaf vandaag opnieuw toestemming")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.domain.dates import format_date
    from wijkdesk.services import bewaartermijn
    from wijkdesk.store.database import opened_database

    path = database_location(args)
    terms = bewaartermijn.Termijnen(args.toestemming_maanden, args.vertrokken_maanden).checked()
    if args.vernieuw is not None:
        with opened_database(path, create=False):
            persoon = bewaartermijn.renew(args.vernieuw)
            print(f"Toestemming van persoon {persoon.id} vastgelegd op {format_date(persoon.toestemming_op)}.")
        return 0
    with opened_database(path, readonly=True, create=False):
        found = bewaartermijn.verlopen(terms)
    if not found:
        print("Van niemand is de bewaartermijn verlopen.")
        return 0
    print(f"Van {len(found)} {'persoon' if len(found) == 1 else 'personen'} is de bewaartermijn verlopen "
          "(wissen: wijkdesk erase-person --id N; nieuwe toestemming: --vernieuw N):", file=sys.stdout)
    for row in found:
        groups = ", ".join(row.groepen) or "geen groep"
        print(f"  {row.persoon_id:>5}  {row.naam}  ({groups}): {row.reden}")
    return EXIT_PROBLEMS
