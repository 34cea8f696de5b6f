"""`wijkdesk check --db PATH`: integrity and consistency. Exit 0 sound, 1 problems, 2 cannot open."""
from __future__ import annotations

from wijkdesk.commands.common import EXIT_PROBLEMS, add_db_argument, database_location


def register(sub) -> None:
    parser = sub.add_parser("check", help="controleer of de database gezond is (0 = gezond, 1 = problemen, "
                                          "2 = niet te openen)")
    add_db_argument(parser)
    parser.add_argument("--opruimen", action="store_true",
                        help="verwijder ook bijlagen (bonnetjes, foto's, documenten) waar geen rij meer naar "
                             "verwijst; neemt de database in gebruik, dus niet terwijl WijkDesk haar open heeft "
                             "(de reservekopieën houden hun eigen bijlagen)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    from wijkdesk.services.check import run_checks
    from wijkdesk.store.database import opened_database

    path = database_location(args)
    if args.opruimen:
        from wijkdesk.services import bijlagen_opruimen

        # Removing files needs the database for itself (its lock): no window holds undo steps then.
        with opened_database(path, create=False):
            removed = bijlagen_opruimen.remove_unreferenced()
            problems = run_checks()
        print(f"{len(removed)} {'bijlage' if len(removed) == 1 else 'bijlagen'} opgeruimd waar geen rij meer naar "
              "verwees." if removed else "Geen bijlagen om op te ruimen.")
    else:
        # A check only reads: it never migrates or writes, and runs alongside an open WijkDesk.
        with opened_database(path, readonly=True, create=False):
            problems = run_checks()
    if not problems:
        print(f"De database {path} is gezond.")
        return 0
    print(f"De database {path} heeft {len(problems)} {'probleem' if len(problems) == 1 else 'problemen'}:")
    for problem in problems:
        print(f"- {problem}")
    return EXIT_PROBLEMS
