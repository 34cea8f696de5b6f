"""`wijkdesk template --out FILE.xlsx [--db PATH]`: the empty workbook the import reads."""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_ERROR, database_location, xlsx_target_problem


def register(sub) -> None:
    parser = sub.add_parser("template", help="schrijf een leeg importsjabloon (.xlsx) voor ideeën en uitgaven")
    parser.add_argument("--out", metavar="BESTAND", required=True, help="het .xlsx-bestand dat wordt geschreven")
    parser.add_argument("--db", metavar="BESTAND",
                        help="neem de wijken uit deze database op als keuzelijst (niet verplicht)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.exchange.excel_template import write_template
    from wijkdesk.exchange.safe_file import TargetError

    problem = xlsx_target_problem(args.out)
    if problem:
        print(f"Fout: {problem}", file=sys.stderr)
        return EXIT_ERROR
    wijken = None
    if args.db:
        from wijkdesk.services import wijken as wijk_service
        from wijkdesk.store.database import opened_database

        with opened_database(database_location(args), create=False):
            wijken = [w.naam for w in wijk_service.list_wijken()]
    try:
        path = write_template(args.out, wijken)
    except TargetError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Importsjabloon geschreven: {path}")
    return 0
