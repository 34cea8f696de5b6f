"""`wijkdesk meenemen` and `wijkdesk terugbrengen`: take one wijk offline and bring its changes back.

    wijkdesk meenemen --db SERVER-OF-BESTAND --wijk NAAM --naar wijk.db
    wijkdesk terugbrengen --db wijk.db [--naar BESTEMMING] [--houd mijn|hun] [--kies SLEUTEL=mijn|hun ...]
                          [--reden TEKST]

Terugbrengen sends nothing while a change made on both sides is undecided: it lists them (exit 1) with
a key per row and field; decide with --kies KEY=mijn|hun, or all at once with --houd. Run it again after
an interruption: it finishes what was sent or sends afresh.
"""
from __future__ import annotations

import sys

from wijkdesk.commands.common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, add_db_argument, database_location, database_path


def register(sub) -> None:
    take = sub.add_parser(
        "meenemen", help="neem één wijk mee in een eigen databasebestand, om offline te werken",
        description="Kopieer één wijk (met alles wat erbij hoort: groepen, personen, ideeën, doelen, budgetten, "
                    "toekenningen, uitgaven, bijeenkomsten, besluiten, stemrondes, instellingen en bijlagen) "
                    "naar een nieuw databasebestand. Daarin werkt u offline met alle functies; breng de "
                    "wijzigingen later terug met 'wijkdesk terugbrengen'.")
    add_db_argument(take)
    take.add_argument("--wijk", metavar="NAAM", required=True, help="de naam van de wijk")
    take.add_argument("--naar", metavar="BESTAND", required=True, help="het nieuwe bestand voor de kopie")
    take.set_defaults(handler=run_take)

    back = sub.add_parser(
        "terugbrengen", help="breng de wijzigingen van een meegenomen wijk terug",
        description="Stuur de wijzigingen van een meegenomen wijk terug naar de database waar hij vandaan "
                    "kwam (of met --naar naar een andere, bijvoorbeeld een andere laptop). Wat aan beide "
                    "kanten is gewijzigd, wordt eerst getoond; er wordt niets verzonden tot u per regel "
                    "kiest. Twee keer terugbrengen verandert niets; na een onderbreking maakt een nieuwe "
                    "poging het af.")
    add_db_argument(back)  # the copy; default wijkdesk.db in the data folder (the laptop's own database)
    back.add_argument("--naar", metavar="BESTEMMING", help="een andere bestemming dan waar de wijk vandaan kwam")
    back.add_argument("--houd", choices=("mijn", "hun"),
                      help="kies bij elk conflict zonder eigen keuze deze kant: mijn (deze kopie) of hun")
    back.add_argument("--kies", metavar="SLEUTEL=mijn|hun", action="append", default=[],
                      help="de keuze bij één conflict (de sleutel staat in de lijst); mag vaker")
    back.add_argument("--reden", default="", help="reden als het resultaat een budget overschrijdt (wordt vastgelegd)")
    back.set_defaults(handler=run_bring_back)


def run_take(args) -> int:
    from wijkdesk.services import offline

    source = database_location(args)  # a file, or a server (URL or server:NAAM), checked
    result = offline.take_wijk(source, args.wijk, args.naar, progress=_progress)
    print(f"Wijk '{result.wijk}' meegenomen naar {result.path}: {offline.describe_counts(result.counts)}"
          + (f", {result.bijlagen} bijlagen" if result.bijlagen else "") + ".")
    if result.versleuteld:
        print("De kopie is versleuteld met hetzelfde wachtwoord als de database waar hij uit komt.")
    print(f"Werk offline met: wijkdesk --db \"{result.path}\"; breng terug met: "
          f"wijkdesk terugbrengen --db \"{result.path}\"")
    return EXIT_OK


def _decisions(items: list[str]) -> dict[str, str] | None:
    decisions = {}
    for item in items:
        key, _, choice = item.rpartition("=")
        if not key or choice not in ("mijn", "hun"):
            print(f"Fout: --kies {item}: schrijf SLEUTEL=mijn of SLEUTEL=hun (de sleutel staat in de lijst "
                  "van conflicten).", file=sys.stderr)
            return None
        decisions[key.strip()] = choice
    return decisions


def run_bring_back(args) -> int:
    from wijkdesk.services import offline

    decisions = _decisions(args.kies)
    if decisions is None:
        return EXIT_ERROR
    try:
        result = offline.bring_back(database_path(args), args.naar, decisions=decisions, houd=args.houd,
                                    reden=args.reden, progress=_progress)
    except offline.ConflictsFound as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        print("Aan beide kanten gewijzigd (sleutel: wat):")
        for row in exc.conflicts:
            print(f"  {row.key}: {row.describe()}")
        print("Kies met --kies SLEUTEL=mijn|hun (per regel) of --houd mijn|hun (alles), en probeer het opnieuw.")
        return EXIT_PROBLEMS
    except offline.OverrideRequired as exc:
        print(f"Fout: {exc} Geef die met --reden \"...\". Er is niets verzonden.", file=sys.stderr)
        return EXIT_PROBLEMS
    for row in result.decided:
        print(f"  gekozen: {row.describe()}")
    print(result.summary())
    return EXIT_OK


def _progress(text: str, step: int, steps: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{text}… ({step}/{steps})", end="", file=sys.stderr, flush=True)
        if step == steps:
            print(file=sys.stderr)
