"""`wijkdesk import --db PATH FILE.xlsx [--dry-run] [--skip-invalid] [--wijk NAME]`: read ideas and expenses.

Exit 0: everything read (or, with --dry-run, everything would be); 1: problems found (listed; nothing
saved, or with --skip-invalid only the good rows); 2: the file or the database cannot be opened.
"""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_ERROR, EXIT_PROBLEMS, add_db_argument, database_location


def register(sub) -> None:
    parser = sub.add_parser("import", help="lees ideeën en uitgaven in uit een Excel-werkmap (sjabloon of export)")
    add_db_argument(parser)
    parser.add_argument("file", metavar="BESTAND.xlsx", help="de werkmap met de bladen Ideeën en/of Uitgaven")
    parser.add_argument("--dry-run", action="store_true", help="alleen controleren en tonen wat er zou gebeuren")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="sla de goede rijen op en meld de foute (standaard: niets opslaan bij een fout)")
    parser.add_argument("--wijk", metavar="NAAM", help="wijk voor rijen zonder wijk; rijen van een andere wijk zijn fout")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.domain.control_chars import printable
    from wijkdesk.exchange.excel_import import ImportStorageError, import_workbook
    from wijkdesk.exchange.xlsx_reader import WorkbookError
    from wijkdesk.store.database import opened_database

    try:
        with opened_database(database_location(args), create=False):
            report = import_workbook(args.file, wijk=args.wijk, dry_run=args.dry_run,
                                     skip_invalid=args.skip_invalid)
    except (WorkbookError, ImportStorageError) as exc:
        print(f"Fout: {printable(exc)}", file=sys.stderr)
        return EXIT_ERROR
    # Everything printed that came from the file or the database goes through printable(): a title
    # holding ESC must not steer the user's terminal.
    for row in report.rows:
        if row.action in ("nieuw", "bijwerken"):
            detail = f": {'; '.join(row.changes)}" if row.changes else ""
            print(printable(f"{row.sheet} rij {row.row}: {row.action} - {row.title}{detail}"))
    problems = report.problems
    if problems:
        total = getattr(problems, "total", len(problems))
        print(f"{total} {'probleem' if total == 1 else 'problemen'}:", file=sys.stderr)
        for problem in problems:
            print(f"- {printable(problem)}", file=sys.stderr)
        if total > len(problems):
            print(f"... en nog {total - len(problems)} (alleen de eerste {len(problems)} staan hier). Verbeter "
                  "deze eerst en lees het bestand opnieuw in.", file=sys.stderr)
    print(printable(report.summary()))
    return EXIT_PROBLEMS if problems else 0
