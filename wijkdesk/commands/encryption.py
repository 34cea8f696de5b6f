"""`wijkdesk versleutel`, `ontsleutel` and `wachtwoord`: encryption of the database on or off, or a new passphrase.

    wijkdesk versleutel [--db PATH] [--new-passphrase-file FILE]
    wijkdesk ontsleutel [--db PATH] [--passphrase-file FILE]
    wijkdesk wachtwoord [--db PATH] [--passphrase-file FILE] [--new-passphrase-file FILE]

Each is one action that first keeps a verified backup (store/encryption.py). Passphrases never come
from the command line itself (argv is visible to every user of the computer): the current one as
for every command (--passphrase-file, WIJKDESK_WACHTWOORD, or typed), the new one from
--new-passphrase-file, WIJKDESK_NIEUW_WACHTWOORD, or typed twice on the terminal.
"""
from __future__ import annotations

import getpass
import os
import sys

from wijkdesk.commands.common import EXIT_ERROR, add_db_argument, database_path, read_passphrase_file

NEW_PASSPHRASE_ENV = "WIJKDESK_NIEUW_WACHTWOORD"
LOST_WARNING = ("Let op: wie het wachtwoord kwijtraakt, kan de gegevens nooit meer openen. Niemand kan "
                "het terughalen, ook WijkDesk niet. Schrijf het op en bewaar het op een veilige plek.")


def register(sub) -> None:
    new_help = (f"lees het nieuwe wachtwoord uit de eerste regel van dit bestand (of zet het in "
                f"{NEW_PASSPHRASE_ENV}; anders wordt het tweemaal gevraagd)")
    parser = sub.add_parser(
        "versleutel", help="versleutel de database en zijn reservekopieën met een wachtwoord",
        description="Versleutelt de database (SQLCipher) en al zijn reservekopieën. Eerst wordt een "
                    "gecontroleerde reservekopie gemaakt. " + LOST_WARNING)
    add_db_argument(parser)
    parser.add_argument("--new-passphrase-file", metavar="BESTAND", help=new_help)
    parser.set_defaults(handler=run_encrypt)

    parser = sub.add_parser(
        "ontsleutel", help="maak een versleutelde database weer onversleuteld",
        description="Haalt de versleuteling van de database en zijn reservekopieën. Eerst wordt een "
                    "gecontroleerde reservekopie gemaakt.")
    add_db_argument(parser)
    parser.set_defaults(handler=run_decrypt)

    parser = sub.add_parser(
        "wachtwoord", help="geef een versleutelde database een nieuw wachtwoord",
        description="Zet de database en zijn reservekopieën om naar een nieuw wachtwoord. Eerst wordt "
                    "een gecontroleerde reservekopie gemaakt. " + LOST_WARNING)
    add_db_argument(parser)
    parser.add_argument("--new-passphrase-file", metavar="BESTAND", help=new_help)
    parser.set_defaults(handler=run_change)


def _new_passphrase(args) -> str | None:
    """The new passphrase, or None (with a message on stderr) when none was given."""
    from wijkdesk.store import cipher

    if args.new_passphrase_file:
        return read_passphrase_file(args.new_passphrase_file)
    if os.environ.get(NEW_PASSPHRASE_ENV):
        return os.environ[NEW_PASSPHRASE_ENV]
    if sys.stdin is None or not sys.stdin.isatty():
        print(f"Fout: geef het nieuwe wachtwoord met --new-passphrase-file BESTAND of in de "
              f"omgevingsvariabele {NEW_PASSPHRASE_ENV}. Er is niets gewijzigd.", file=sys.stderr)
        return None
    print(LOST_WARNING, file=sys.stderr)
    for _attempt in range(3):
        first = getpass.getpass("Nieuw wachtwoord: ")
        problem = cipher.passphrase_problem(first)
        if problem:
            print(problem, file=sys.stderr)
            continue
        if getpass.getpass("Typ het nieuwe wachtwoord nogmaals: ") != first:
            print("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.", file=sys.stderr)
            continue
        return first
    print("Fout: geen geldig nieuw wachtwoord. Er is niets gewijzigd.", file=sys.stderr)
    return None


def _report(result, what: str) -> int:
    print(f"De database {result.path} is {what}.")
    print(f"Gecontroleerde reservekopie: {result.backup}")
    if result.converted:
        print(f"{len(result.converted)} oudere reservekopie(ën) zijn op dezelfde manier omgezet.")
    if result.skipped:
        print("Niet omgezet (een ander wachtwoord, of niet te lezen); verwijder of bewaar ze bewust:",
              file=sys.stderr)
        for path in result.skipped:
            print(f"- {path}", file=sys.stderr)
    return 0


SERVER_WAY = ("WijkDesk versleutelt alleen databasebestanden met een wachtwoord; een database op een server "
              "beschermt de server zelf (versleutelde schijf, TLS op de verbinding, rechten per gebruiker).")


def run_encrypt(args) -> int:
    from wijkdesk.store import encryption

    path = database_path(args, SERVER_WAY)  # a server is refused before a passphrase is asked
    new = _new_passphrase(args)
    if new is None:
        return EXIT_ERROR
    return _report(encryption.encrypt(path, new), "versleuteld")


def run_decrypt(args) -> int:
    from wijkdesk.store import encryption

    return _report(encryption.decrypt(database_path(args, SERVER_WAY)), "niet meer versleuteld")


def run_change(args) -> int:
    from wijkdesk.store import cipher, encryption

    path = database_path(args, SERVER_WAY)
    cipher.key_for_file(path)  # the current passphrase first, so a wrong one is refused before asking anew
    new = _new_passphrase(args)
    if new is None:
        return EXIT_ERROR
    return _report(encryption.change_passphrase(path, None, new), "versleuteld met het nieuwe wachtwoord")
