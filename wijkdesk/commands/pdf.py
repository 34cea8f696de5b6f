"""`wijkdesk pdf besluitenlijst|proces-verbaal|stembiljetten|stickerposter|poster|aanvraag|overzicht ... --out FILE.pdf`.

The paper of the evening and a grant's request (aanvraag) from the command line, the same documents as
the window makes. `overzicht` lists the meetings, stemrondes and toekenningen with the numbers the other
subcommands take.
"""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_ERROR, EXIT_OK, add_db_argument, database_location, id_argument


def register(sub) -> None:
    parser = sub.add_parser("pdf", help="maak de papieren van de avond als pdf (besluitenlijst, proces-verbaal, "
                                        "stembiljetten, stickerposter, poster)")
    kinds = parser.add_subparsers(dest="soort", metavar="SOORT", required=True)

    def kind(name: str, help_text: str, what: str | None):
        p = kinds.add_parser(name, help=help_text, description=help_text)
        add_db_argument(p)
        if what == "bijeenkomst":
            p.add_argument("--bijeenkomst", type=id_argument, required=True, metavar="NR",
                           help="nummer van de bijeenkomst (zie 'wijkdesk pdf overzicht')")
        elif what == "ronde":
            p.add_argument("--ronde", type=id_argument, required=True, metavar="NR",
                           help="nummer van de stemronde (zie 'wijkdesk pdf overzicht')")
        elif what == "toekenning":
            which = p.add_mutually_exclusive_group(required=True)
            which.add_argument("--zaak", metavar="ZAAKNUMMER", help="het zaaknummer van de toekenning")
            which.add_argument("--toekenning", type=id_argument, metavar="NR",
                               help="nummer van de toekenning (zie 'wijkdesk pdf overzicht')")
        if what is not None:
            p.add_argument("--out", required=True, metavar="BESTAND.pdf", help="het pdf-bestand dat wordt geschreven")
        p.set_defaults(handler=run)
        return p

    kind("besluitenlijst", "de besluiten van een bijeenkomst, op volgorde, met redenen", "bijeenkomst")
    kind("proces-verbaal", "het proces-verbaal van een stemronde met een vastgestelde uitslag", "ronde")
    ballots = kind("stembiljetten", "genummerde stembiljetten om te knippen, passend bij de stemwijze", "ronde")
    ballots.add_argument("--aantal", type=int, required=True, metavar="N", help="hoeveel stembiljetten")
    ballots.add_argument("--vanaf", type=id_argument, default=1, metavar="NR", help="het eerste nummer (standaard 1)")
    kind("stickerposter", "één pagina per idee, om met stickers op te stemmen", "ronde")
    poster = kind("poster", "'Dit kiest de wijk': de gekozen ideeën op één pagina", "ronde")
    poster.add_argument("--png", metavar="BESTAND.png", help="ook een vierkante afbeelding om te delen")
    kind("aanvraag", "de aanvraag van een toekenning met begroting, controle en beslistermijn, om te ondertekenen",
         "toekenning")
    kind("overzicht", "de bijeenkomsten, stemrondes en toekenningen met hun nummers", None)


def run(args) -> int:
    from wijkdesk.exchange.safe_file import TargetError
    from wijkdesk.store.database import opened_database

    try:
        with opened_database(database_location(args), create=False):
            if args.soort == "overzicht":
                return _overzicht()
            return _make(args)
    except TargetError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return EXIT_ERROR


def _make(args) -> int:
    from wijkdesk.exchange import pdf

    if args.soort == "aanvraag":
        from wijkdesk.services import aanvraag

        grant = aanvraag.find_by_zaaknummer(args.zaak) if args.zaak is not None else args.toekenning
        pages = pdf.aanvraag_pdf(grant, args.out)
    elif args.soort == "besluitenlijst":
        pages = pdf.besluitenlijst(args.bijeenkomst, args.out)
    elif args.soort == "proces-verbaal":
        pages = pdf.proces_verbaal(args.ronde, args.out)
    elif args.soort == "stembiljetten":
        pages = pdf.stembiljetten(args.ronde, args.out, args.aantal, args.vanaf)
    elif args.soort == "stickerposter":
        pages = pdf.stickerposter(args.ronde, args.out)
    else:
        pages = pdf.poster(args.ronde, args.out, png=args.png)
    print(f"Geschreven: {args.out} ({pages} {'pagina' if pages == 1 else 'pagina’s'})")
    if getattr(args, "png", None):
        print(f"Geschreven: {args.png}")
    return EXIT_OK


def _overzicht() -> int:
    from wijkdesk.domain.dates import format_date
    from wijkdesk.services import aanvraag, bijeenkomsten, lists
    from wijkdesk.services.stemronde import rondes

    for wijk_id, naam in lists.wijken(include_archived=True):
        print(f"Wijk {naam}")
        for m in bijeenkomsten.bijeenkomsten(wijk_id):
            print(f"  bijeenkomst {m.id}: {m.titel} {format_date(m.datum)}{' (nu bezig)' if m.nu_bezig else ''}")
        for r in rondes.rondes(wijk_id):
            print(f"  stemronde {r.id}: {r.titel} ({r.status})")
        for t in aanvraag.toekenningen(wijk_id):
            zaak = f" zaak {t.zaaknummer}" if t.zaaknummer else ""
            print(f"  toekenning {t.id}:{zaak} {t.omschrijving} ({t.budget.jaar})")
    return EXIT_OK
