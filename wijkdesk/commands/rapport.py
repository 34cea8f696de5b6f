"""`wijkdesk rapport --wijk NAAM --year 2026 --out jaarverslag.pdf` (or `--alle-wijken`): the jaarverslag.

The same PDF as Bestand > Jaarverslag (pdf)… in the window. One wijk: its jaarverslag and the page
comparing all wijken; --alle-wijken: every wijk's jaarverslag in one file, then that page.
"""
from __future__ import annotations

import sys
from pathlib import Path

from wijkdesk.commands.common import EXIT_ERROR, EXIT_OK, add_db_argument, database_location, year_argument


def register(sub) -> None:
    parser = sub.add_parser("rapport", help="maak het jaarverslag (pdf) van een wijk of van alle wijken voor de "
                                            "wethouder en de gemeenteraad")
    add_db_argument(parser)
    parser.add_argument("--wijk", metavar="NAAM", help="de wijk van het jaarverslag")
    parser.add_argument("--alle-wijken", action="store_true", help="het jaarverslag van elke wijk in één bestand")
    parser.add_argument("--year", "--jaar", dest="year", type=year_argument, required=True, metavar="JJJJ",
                        help="het jaar van het verslag")
    parser.add_argument("--out", required=True, metavar="BESTAND.pdf", help="het pdf-bestand dat wordt geschreven")
    parser.set_defaults(handler=run)


def pdf_target_problem(out: str) -> str | None:
    """Why `out` is no name for the PDF (None when it is fine): refused, not renamed (see xlsx_target_problem)."""
    suffix = Path(out).suffix
    if suffix.lower() == ".pdf":
        return None
    better = Path(out).with_suffix(".pdf") if suffix else Path(out + ".pdf")
    what = f"heeft de extensie {suffix}" if suffix else "heeft geen extensie"
    return (f"Het jaarverslag is een pdf-bestand, maar '{out}' {what}. Geef een naam die op .pdf eindigt, "
            f"bijvoorbeeld --out \"{better}\". Er is niets geschreven.")


def run(args) -> int:
    from wijkdesk.commands.export import opened_for_reading
    from wijkdesk.exchange.pdf import jaarverslag
    from wijkdesk.exchange.safe_file import TargetError

    if bool(args.wijk) == bool(args.alle_wijken):
        print("Fout: kies één wijk met --wijk NAAM, of alle wijken met --alle-wijken (niet allebei). "
              "Er is niets geschreven.", file=sys.stderr)
        return EXIT_ERROR
    problem = pdf_target_problem(args.out)
    if problem:
        print(f"Fout: {problem}", file=sys.stderr)
        return EXIT_ERROR
    try:
        with opened_for_reading(database_location(args)):
            rapport = jaarverslag.gather(args.year, None if args.alle_wijken else args.wijk)
            pages = jaarverslag.write(rapport, args.out)
    except TargetError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Jaarverslag {rapport.jaar} geschreven: {args.out} ({pages} {'pagina' if pages == 1 else 'pagina’s'})")
    for report in rapport.verslagen:
        g = report.geld
        print(f"  {report.wijk}: Meedoenbudget {jaarverslag.euro(g.budget)}, toegekend {jaarverslag.euro(g.toegekend)}, "
              f"uitgegeven {jaarverslag.euro(g.uitgegeven)}, resterend {jaarverslag.euro(g.resterend)}"
              .replace("\u00a0", " "))
        for foto in report.fotos:
            if foto.bestand is None:
                print(f"  Let op: foto '{foto.naam}' van {report.wijk} niet opgenomen: {foto.probleem}")
        if not g.heeft_budget:
            print(f"  Let op: {report.wijk} heeft geen Meedoenbudget in {rapport.jaar}.")
    if not rapport.verslagen:
        print("  Let op: er zijn geen wijken; alleen de vergelijkingspagina is geschreven.")
    return EXIT_OK
