"""`wijkdesk backup`: make, list and restore backups of the database.

    wijkdesk backup [--db PATH]                  a backup in the backup folder (rotating)
    wijkdesk backup [--db PATH] --to FILE        a backup at a place of your choice (USB stick, share)
    wijkdesk backup [--db PATH] --list           the backups in the backup folder, newest first
    wijkdesk backup [--db PATH] --restore [FILE] put a backup back (default: the newest good one);
                                                 the current file is kept aside, never deleted
Making a backup works while WijkDesk is open (SQLite's backup API copies a consistent snapshot);
restoring needs the database closed everywhere (the lock).
"""
from __future__ import annotations

import sys
from pathlib import Path

from wijkdesk import paths
from wijkdesk.commands.common import EXIT_ERROR, add_db_argument, database_path

RESTORE_NEWEST = "nieuwste"


def register(sub) -> None:
    parser = sub.add_parser(
        "backup", help="maak een reservekopie, of toon of zet er een terug",
        description="Maak een reservekopie van de database (ook terwijl WijkDesk open is), toon de "
                    "reservekopieën, of zet er een terug. Terugzetten bewaart het huidige bestand.")
    add_db_argument(parser)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--to", metavar="BESTAND",
                        help="maak de reservekopie in dit (nieuwe) bestand in plaats van in de reservemap")
    action.add_argument("--list", action="store_true", help="toon de reservekopieën, nieuwste eerst")
    action.add_argument("--restore", metavar="BESTAND", nargs="?", const=RESTORE_NEWEST,
                        help="zet deze reservekopie terug (zonder BESTAND: de nieuwste goede)")
    parser.set_defaults(handler=run)


SERVER_WAY = ("Reservekopieën van een database op een server maakt de server zelf (pg_dump, door de beheerder); "
              "een kopie als bestand maakt u met: wijkdesk server-import --db SERVER --to kopie.db.")


def run(args) -> int:
    from wijkdesk.store import leftovers

    path = database_path(args, SERVER_WAY)
    leftovers.clean_up(path)  # half copies a crash left (personal data) go first
    if args.list:
        return _list(path)
    if args.restore:
        return _restore(path, args.restore)
    return _make(path, Path(args.to) if args.to else None)


def _make(path: Path, to: Path | None) -> int:
    from wijkdesk.store import backups
    from wijkdesk.store.database import inspect_file

    inspect_file(path)  # refuse a missing, foreign, damaged or newer file with its own message
    if to is not None:
        made = backups.export_backup(path, to)
    else:
        made = backups.make_backup(path, reason=backups.REASON_MANUAL)
        backups.rotate_backups(path)
    print(f"Reservekopie gemaakt en gecontroleerd: {made}")
    return 0


def _list(path: Path) -> int:
    from wijkdesk.domain.dates import format_date
    from wijkdesk.store import backups

    found = backups.list_backups(path)
    folder = paths.backup_dir_for(path)
    if not found:
        print(f"Er zijn nog geen reservekopieën van {path} (in {folder}).")
        return 0
    print(f"Reservekopieën van {path}, nieuwste eerst (in {folder}):")
    for backup in found:
        when = f"{format_date(backup.made_at.date())} {backup.made_at:%H:%M:%S}"
        print(f"  {when}  {backup.reason:<14} {_size(backup.size):>9}  {backup.path.name}")
    return 0


def _restore(path: Path, choice: str) -> int:
    from wijkdesk.store import backups, cipher

    # An encrypted database's backups open with its passphrase: ask for it once, before looking at them.
    cipher.key_for_file(path if choice == RESTORE_NEWEST else Path(choice))
    if choice == RESTORE_NEWEST:
        backup = backups.newest_good_backup(path)
        if backup is None:
            print(f"Fout: er is geen goede reservekopie van {path} in {paths.backup_dir_for(path)}. "
                  "Er is niets gewijzigd.", file=sys.stderr)
            return EXIT_ERROR
    else:
        backup = Path(choice)
    aside = backups.restore_backup(path, backup)
    print(f"Reservekopie {backup} teruggezet in {path}.")
    if aside is not None:
        print(f"Het vorige bestand is bewaard als {aside} (niet gewist).")
        _say_if_the_passphrase_changed(path, aside)
    _erase_again(path)
    return 0


def _say_if_the_passphrase_changed(path: Path, aside: Path) -> None:
    """A copy made before a passphrase change brings its own passphrase back with it: say so, or the
    next start refuses the passphrase the user has been typing ('het wachtwoord klopt niet')."""
    from wijkdesk.store import cipher
    from wijkdesk.store.errors import DatabaseOpenError

    if not (cipher.is_encrypted(path) and cipher.is_encrypted(aside)):
        return
    try:
        cipher.key_for_file(aside, ask=False)  # the keyring holds the passphrase of the restored copy
    except DatabaseOpenError:
        print("Let op: deze kopie heeft een ander wachtwoord dan de database tot nu toe had (hij is "
              "gemaakt vóór een wachtwoordwijziging). De database opent nu met het wachtwoord van deze "
              "kopie; wilt u het nieuwere wachtwoord houden, geef het dan opnieuw met 'wijkdesk "
              f"wachtwoord'. Het vorige bestand {aside.name} houdt het nieuwere wachtwoord.")


def _erase_again(path: Path) -> None:
    """AVG: persons erased after the backup was made are erased again at once (the erasure list)."""
    from wijkdesk.services import wissen
    from wijkdesk.store.database import opened_database

    with opened_database(path):
        again = wissen.reapply_erasures()
    if again.personen:
        print(f"{again.personen} persoon/personen die na het maken van deze reservekopie zijn gewist (AVG), "
              "zijn opnieuw gewist.")
    for problem in again.problemen:
        print(f"Let op: {problem}", file=sys.stderr)


def _size(n: int) -> str:
    from wijkdesk.store.backups import format_size

    return format_size(n)
