"""`wijkdesk selftest`: check that this installation works (also in the packaged program)."""
from __future__ import annotations


def register(sub) -> None:
    parser = sub.add_parser(
        "selftest",
        help="controleer of deze installatie werkt (database, venster, Excel, stemmen)",
        description="Maakt een tijdelijke database met voorbeeldgegevens, opent het venster en elk "
                    "tabblad buiten beeld, maakt en leest een Excel-export, telt een stemronde en "
                    "controleert de database. Uw eigen gegevens worden niet gebruikt of gewijzigd. "
                    "Uitkomst 0 als alles werkt, 1 als er iets FOUT is.",
    )
    parser.add_argument("--keep", action="store_true",
                        help="bewaar de tijdelijke map (voor wie een fout uitzoekt)")
    parser.add_argument("--versleuteld", action="store_true",
                        help="doe alles op een versleutelde tijdelijke database (SQLCipher)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.selftest import run_selftest

    return run_selftest(keep=args.keep, encrypted=args.versleuteld)
