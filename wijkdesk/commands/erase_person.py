"""`wijkdesk erase-person --db PATH (--naam NAAM | --id N) [--ja]`: AVG erase, the same as in the window.

Lists the free text that names the person (it is scrubbed too), asks for confirmation unless `--ja`,
then erases through `services.wissen.erase_person`: database, WAL, audit log, log files, backups.
Exit 0 erased; 1 nothing erased (not found, more than one match, not confirmed); 2 cannot open.
"""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_PROBLEMS, add_db_argument, database_location, id_argument


def register(sub) -> None:
    parser = sub.add_parser(
        "erase-person", help="wis een persoon volgens de AVG: uit de database, logboek en reservekopieën",
        description="Wis een persoon (AVG, recht op vergetelheid): naam, e-mail, telefoon, notities en "
                    "lidmaatschappen, de naam in vrije tekst, het logboek en alle reservekopieën. "
                    "Niet ongedaan te maken.")
    add_db_argument(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--naam", metavar="NAAM", help="de volledige naam zoals in WijkDesk (hoofdletters maken niet uit)")
    who.add_argument("--id", type=id_argument, metavar="N", help="het nummer van de persoon")
    parser.add_argument("--ja", action="store_true", help="niet om bevestiging vragen")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.services import wissen
    from wijkdesk.services.errors import ServiceError
    from wijkdesk.store.database import opened_database
    from peewee import fn

    from wijkdesk.store.models import Persoon

    path = database_location(args)
    with opened_database(path, create=False):
        if args.id is not None:
            found = list(Persoon.select().where(Persoon.id == args.id))
        else:
            found = list(Persoon.select().where(fn.LOWER(fn.TRIM(Persoon.naam)) == args.naam.strip().lower()))
        if not found:
            print(f"Fout: geen persoon {'nummer ' + str(args.id) if args.id is not None else repr(args.naam)} "
                  f"in {path}. Er is niets gewist.", file=sys.stderr)
            return EXIT_PROBLEMS
        if len(found) > 1:
            print(f"Fout: {len(found)} personen heten '{args.naam}'. Kies er een met --id:", file=sys.stderr)
            for p in found:  # what tells them apart: the same name often comes with the same e-mail
                groups = ", ".join(sorted(lid.groep.naam for lid in p.lidmaatschappen)) or "in geen groep"
                print(f"  --id {p.id}  ({p.email or 'geen e-mail'}, {p.telefoon or 'geen telefoon'}; {groups})",
                      file=sys.stderr)
            return EXIT_PROBLEMS
        persoon = found[0]
        mentions = wissen.find_mentions(persoon)
        print(f"Te wissen: persoon {persoon.id} met {persoon.lidmaatschappen.count()} lidmaatschap(pen).")
        if mentions:
            print(f"Deze {len(mentions)} tekst(en) noemen de persoon en worden ook opgeschoond:")
            for m in mentions:
                print(f"  - {m.omschrijving}: {m.wordt}")
        if not args.ja:
            try:
                answer = input("Typ 'ja' om te wissen (dit kan niet ongedaan worden gemaakt): ").strip().lower()
            except EOFError:  # no terminal to answer on: never erase without a yes
                answer = ""
            if answer != "ja":
                print("Niet gewist.")
                return EXIT_PROBLEMS
        try:
            result = wissen.erase_person(persoon, progress=lambda text: print(f"  {text}…"))
        except ServiceError as exc:
            print(f"Fout: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
    print(f"Gewist. {result.teksten} tekst(en) en {result.logregels} regel(s) in het wijzigingslog opgeschoond, "
          f"{len(result.kopieen)} reservekopie(ën) herschreven.")
    for problem in result.problemen:
        print(f"Let op: {problem}", file=sys.stderr)
    return 0
