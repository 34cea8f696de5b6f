"""`wijkdesk export --db PATH --out FILE.xlsx [--wijk NAME] [--year YYYY]`: the finance workbook."""
from __future__ import annotations

import sys

from wijkdesk.commands.common import (
    EXIT_ERROR,
    add_db_argument,
    database_location,
    xlsx_target_problem,
    year_argument,
)


def register(sub) -> None:
    parser = sub.add_parser("export", help="schrijf de financiële werkmap (.xlsx) voor de gemeente")
    add_db_argument(parser)
    parser.add_argument("--out", metavar="BESTAND", required=True, help="het .xlsx-bestand dat wordt geschreven")
    parser.add_argument("--wijk", metavar="NAAM", help="alleen deze wijk (standaard: alle wijken)")
    parser.add_argument("--year", "--jaar", dest="year", type=year_argument, metavar="JJJJ",
                        help="alleen dit jaar (standaard: alle jaren)")
    parser.add_argument("--zonder-bonnetjes", dest="bonnetjes", action="store_false",
                        help="de bonnetjes niet meesturen (standaard: in de map <naam>-bonnetjes naast de werkmap)")
    parser.set_defaults(handler=run)


def opened_for_reading(path):
    """The database opened read-only, without the writer's lock: an export only reads, so it may run
    while WijkDesk has the file open. SQLite's WAL gives this reader one consistent snapshot per
    transaction (the export reads in one), whatever the window saves meanwhile.

    A database of an older WijkDesk must be brought up to date first, which writes: that one is
    opened as usual (with the lock and a backup first), as before.
    """
    from wijkdesk.store import migrations
    from wijkdesk.store.database import inspect_file, is_server_url, opened_database

    if is_server_url(path):  # the server gives the read-only transaction its own snapshot
        return opened_database(path, readonly=True)
    if inspect_file(path) < migrations.LATEST_VERSION:
        return opened_database(path, create=False)
    return opened_database(path, readonly=True)


def run(args) -> int:
    from wijkdesk.domain.money import format_cents
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.exchange.safe_file import TargetError

    problem = xlsx_target_problem(args.out)
    if problem:
        print(f"Fout: {problem}", file=sys.stderr)
        return EXIT_ERROR
    try:
        with opened_for_reading(database_location(args)):
            result = export_workbook(args.out, wijk=args.wijk, jaar=args.year, allow_empty=False,
                                     receipts=args.bonnetjes)
    except TargetError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_ERROR
    rows = result.rows
    print(f"Werkmap geschreven: {result.path}")
    print(f"  {rows['toekenningen']} toekenningen, {rows['uitgaven']} uitgaven, {rows['ideeen']} ideeën, "
          f"{rows['doelen']} doelen")
    print(f"  Meedoenbudget {format_cents(result.budget_cents)}, toegekend {format_cents(result.toegekend_cents)}, "
          f"uitgegeven {format_cents(result.uitgegeven_cents)}, resterend {format_cents(result.resterend_cents)}")
    if result.overgeheveld_in_cents or result.overgeheveld_uit_cents:
        print(f"  Overgeheveld uit een vorig jaar {format_cents(result.overgeheveld_in_cents)}, naar een volgend jaar "
              f"{format_cents(result.overgeheveld_uit_cents)}")
    if result.scrubbed_texts:
        print(f"  In {result.scrubbed_texts} tekst(en) zijn persoonsgegevens van bewoners weggelaten.")
    if result.receipts_folder is not None:
        print(f"  {result.receipts_copied} bonnetje(s) in {result.receipts_folder}")
    if result.receipts_missing:
        print(f"  {result.receipts_missing} bonnetje(s) ontbreken in WijkDesk (kolom Bonnetjes: 'ontbreekt')")
    return 0
