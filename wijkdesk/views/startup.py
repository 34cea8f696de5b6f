"""Opening the database at start-up, with a Dutch dialog for each problem the store reports.

`open_database_for_gui(path, parent)` returns the opened database (`store.database.OpenedDatabase`:
`.path` may differ from `path` when the user chose another file, `.readonly` when opened read-only),
or None when the user chose to quit. The store decides what is wrong and never writes to a refused
file; this module only asks the user what to do about it.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wijkdesk.services.database import (
    DamagedDatabaseError,
    DatabaseLockedError,
    DatabaseOpenError,
    MissingDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    OpenedDatabase,
    PassphraseRequiredError,
    WrongPassphraseError,
    ReadOnlyError,
    current,
    is_server_location,
    location_warning,
    open_database,
    parse_backup_name,
    restore_backup,
)

log = logging.getLogger(__name__)

Role = QMessageBox.ButtonRole
Icon = QMessageBox.Icon

# Button keys: the objectName of each button, so tests (and logs) can name the choice.
CONTINUE, CHOOSE, QUIT, READONLY, RESTORE, OK = "doorgaan", "kiezen", "afsluiten", "alleen-lezen", "terugzetten", "ok"
UNLOCK, PUT_BACK, RETRY = "ontgrendelen", "opzij-terugzetten", "opnieuw"


def _tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)


def ask(parent: QWidget | None, icon: Icon, title: str, text: str,
        buttons: list[tuple[str, str, Role]], details: str = "") -> str:
    """Show a message box with the given (key, label, role) buttons; the key of the one clicked.

    Closing the box (Esc, the window's cross) counts as the last button, which is always the safe one.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    made = {}
    for key, label, role in buttons:
        button = box.addButton(label, role)
        button.setObjectName(key)
        made[key] = button
    box.setDefaultButton(made[buttons[0][0]])
    box.setEscapeButton(made[buttons[-1][0]])
    if details:
        box.setDetailedText(details)
    box.exec()
    clicked = box.clickedButton()
    key = clicked.objectName() if clicked is not None else buttons[-1][0]
    log.info("Startdialoog '%s': gekozen %s", title, key)
    return key


def choose_database_file(parent: QWidget | None, start: Path) -> Path | None:
    """Let the user pick an existing database or name a new one; None when cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Database kiezen of nieuwe maken"), str(start.parent),
        _tr("WijkDesk-database (*.db);;Alle bestanden (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return Path(name) if name else None


def open_database_for_gui(path: Path | str, parent: QWidget | None = None) -> OpenedDatabase | None:
    """Open `path` for the window, asking the user what to do when something is wrong."""
    if is_server_location(path):
        return _open_server_for_gui(str(path), parent)
    path = Path(path)
    accepted_locations: set[Path] = set()
    passphrase: str | None = None  # typed for the file `typed_for` (not used for another file)
    typed_for: Path | None = None
    unlock = None  # becomes True once the user chose to lift a left-over lock
    while True:
        if path not in accepted_locations:
            warning = location_warning(path)
            if warning:
                choice = ask(parent, Icon.Warning, _tr("Database op een riskante plek"), warning, [
                    (CONTINUE, _tr("Toch doorgaan"), Role.AcceptRole),
                    (CHOOSE, _tr("Ander bestand kiezen…"), Role.ActionRole),
                    (QUIT, _tr("Afsluiten"), Role.RejectRole),
                ])
                if choice == QUIT:
                    return None
                if choice == CHOOSE:
                    path = choose_database_file(parent, path) or path
                    continue
                accepted_locations.add(path)
        try:
            open_database(path, passphrase=passphrase if typed_for == path else None,
                          break_stale_lock=unlock)
        except PassphraseRequiredError as exc:
            # Encrypted: ask in the window (again, with the reason, after a wrong one).
            error = exc.message if isinstance(exc, WrongPassphraseError) and typed_for == path else ""
            from wijkdesk.views.passphrase_dialog import ask_passphrase

            passphrase, typed_for = ask_passphrase(parent, path, error), path
            if passphrase is None:
                if _choose_or_quit(parent, _tr("Database niet geopend"), _tr(
                        "De database {path} is versleuteld en is zonder wachtwoord niet te openen. "
                        "Er is niets gewijzigd.").format(path=path)) == QUIT:
                    return None
                path = choose_database_file(parent, path) or path
            continue
        except NotADatabaseError as exc:
            if _choose_or_quit(parent, _tr("Geen WijkDesk-database"), exc.message) == QUIT:
                return None
            path = choose_database_file(parent, path) or path
            continue
        except NewerSchemaError as exc:
            ask(parent, Icon.Critical, _tr("Nieuwere WijkDesk nodig"), exc.message,
                [(QUIT, _tr("Afsluiten"), Role.RejectRole)])
            return None
        except DatabaseLockedError as exc:
            if exc.stale and not unlock:
                choice = _lift_stale_lock(parent, exc)
                if choice == UNLOCK:
                    unlock = True
                    continue
                return None if choice == QUIT else _open_read_only(parent, path)
            return _locked(parent, path, exc)
        except ReadOnlyError as exc:
            return _locked(parent, path, exc)
        except MissingDatabaseError as exc:
            next_step = _missing(parent, path, exc)
            if next_step is None:
                return None
            path = next_step
            continue
        except DamagedDatabaseError as exc:
            next_step = _damaged(parent, path, exc)
            if next_step is None:
                return None
            path = next_step
            continue
        except DatabaseOpenError as exc:
            if _choose_or_quit(parent, _tr("Database niet geopend"), exc.message) == QUIT:
                return None
            path = choose_database_file(parent, path) or path
            continue
        opened = current()
        if opened.recovered:
            ask(parent, Icon.Information, _tr("Onderbroken werk afgemaakt"), opened.recovered,
                [(OK, _tr("Doorgaan"), Role.AcceptRole)])
        if opened.backup_problem:
            ask(parent, Icon.Warning, _tr("Geen reservekopie"), opened.backup_problem,
                [(OK, _tr("Doorgaan"), Role.AcceptRole)])
        return opened


def _open_server_for_gui(location: str, parent: QWidget | None) -> OpenedDatabase | None:
    """A database on a server: no lock, backup or passphrase to ask about. When it cannot be opened
    (no network, unknown connection, a newer WijkDesk), say why and offer to try again, to choose a
    file instead (work on), or to quit."""
    while True:
        try:
            open_database(location)
            return current()
        except NewerSchemaError as exc:
            ask(parent, Icon.Critical, _tr("Nieuwere WijkDesk nodig"), exc.message,
                [(QUIT, _tr("Afsluiten"), Role.RejectRole)])
            return None
        except DatabaseOpenError as exc:
            choice = ask(parent, Icon.Critical, _tr("Database op de server niet geopend"), exc.message, [
                (RETRY, _tr("Opnieuw proberen"), Role.AcceptRole),
                (CHOOSE, _tr("Databasebestand kiezen…"), Role.ActionRole),
                (QUIT, _tr("Afsluiten"), Role.RejectRole),
            ])
            if choice == QUIT:
                return None
            if choice == CHOOSE:
                from wijkdesk import paths

                chosen = choose_database_file(parent, paths.default_database_path())
                if chosen is not None:
                    return open_database_for_gui(chosen, parent)


def _choose_or_quit(parent, title: str, message: str) -> str:
    return ask(parent, Icon.Critical, title, message, [
        (CHOOSE, _tr("Ander bestand kiezen…"), Role.AcceptRole),
        (QUIT, _tr("Afsluiten"), Role.RejectRole),
    ])


def _lift_stale_lock(parent, exc: DatabaseLockedError) -> str:
    """A lock file no running WijkDesk holds: lift it (after the user's word), read only, or quit."""
    return ask(parent, Icon.Warning, _tr("Achtergebleven slot"), exc.message, [
        (UNLOCK, _tr("Slot opheffen"), Role.AcceptRole),
        (READONLY, _tr("Alleen-lezen openen"), Role.ActionRole),
        (QUIT, _tr("Afsluiten"), Role.RejectRole),
    ])


def _missing(parent, path: Path, exc: MissingDatabaseError) -> Path | None:
    """The database is gone but a restore's set-aside file is beside it: put that back, choose, or quit."""
    choice = ask(parent, Icon.Warning, _tr("Database ontbreekt"), exc.message, [
        (PUT_BACK, _tr("Opzij gezet bestand terugzetten"), Role.AcceptRole),
        (CHOOSE, _tr("Ander bestand kiezen…"), Role.ActionRole),
        (QUIT, _tr("Afsluiten"), Role.RejectRole),
    ])
    if choice == QUIT:
        return None
    if choice == CHOOSE:
        return choose_database_file(parent, path) or path
    try:
        restore_backup(path, exc.set_aside)
    except DatabaseOpenError as error:
        ask(parent, Icon.Critical, _tr("Terugzetten mislukt"), error.message,
            [(QUIT, _tr("Afsluiten"), Role.RejectRole)])
        return None
    return path


def _locked(parent, path: Path, exc: DatabaseOpenError) -> OpenedDatabase | None:
    """Another WijkDesk writes in this file, or WijkDesk may not write here: read-only or quit."""
    if isinstance(exc, DatabaseLockedError) and exc.pid is not None:
        text = _tr(
            "De database {path} is al geopend door een andere WijkDesk: proces {pid} op computer "
            "{host}.\n\nEr mag maar één WijkDesk tegelijk in een database schrijven. U kunt hem "
            "alleen-lezen openen: u ziet alles, maar kunt niets wijzigen. Of sluit eerst de andere "
            "WijkDesk af en start deze opnieuw."
        ).format(path=path, pid=exc.pid, host=exc.host or _tr("onbekend"))
    else:
        text = exc.message
    title = _tr("Alleen-lezen") if isinstance(exc, ReadOnlyError) else _tr("Database is al geopend")
    choice = ask(parent, Icon.Warning, title, text, [
        (READONLY, _tr("Alleen-lezen openen"), Role.AcceptRole),
        (QUIT, _tr("Afsluiten"), Role.RejectRole),
    ])
    if choice == QUIT:
        return None
    return _open_read_only(parent, path)


def _open_read_only(parent, path: Path) -> OpenedDatabase | None:
    try:
        open_database(path, readonly=True)
    except DatabaseOpenError as error:
        ask(parent, Icon.Critical, _tr("Database niet geopend"), error.message,
            [(QUIT, _tr("Afsluiten"), Role.RejectRole)])
        return None
    return current()


def _damaged(parent, path: Path, exc: DamagedDatabaseError) -> Path | None:
    """A damaged file: restore the newest good backup (keeping the damaged file), choose another, or quit.

    Returns the path to try next, or None to quit.
    """
    head = _tr("De database {path} is beschadigd. WijkDesk heeft het bestand niet gewijzigd.").format(path=path)
    details = "\n".join(exc.problems[:20])
    if exc.backup is None:
        text = head + "\n\n" + _tr(
            "Er is geen goede reservekopie gevonden. Kies een ander bestand, of sluit af en vraag "
            "hulp bij het redden van de gegevens.")
        choice = ask(parent, Icon.Critical, _tr("Database beschadigd"), text, [
            (CHOOSE, _tr("Ander bestand kiezen…"), Role.AcceptRole),
            (QUIT, _tr("Afsluiten"), Role.RejectRole),
        ], details)
        if choice == QUIT:
            return None
        return choose_database_file(parent, path) or path
    info = parse_backup_name(path, exc.backup)
    when = info.made_at.strftime("%d-%m-%Y %H:%M") if info else exc.backup.name
    text = head + "\n\n" + _tr(
        "De nieuwste goede reservekopie is van {when}. Wijzigingen van daarna ziet u niet terug. "
        "Het beschadigde bestand wordt bewaard (niet gewist), zodat er later nog iets uit te halen is."
    ).format(when=when)
    choice = ask(parent, Icon.Critical, _tr("Database beschadigd"), text, [
        (RESTORE, _tr("Reservekopie terugzetten"), Role.AcceptRole),
        (CHOOSE, _tr("Ander bestand kiezen…"), Role.ActionRole),
        (QUIT, _tr("Afsluiten"), Role.RejectRole),
    ], details)
    if choice == QUIT:
        return None
    if choice == CHOOSE:
        return choose_database_file(parent, path) or path
    try:
        aside = restore_backup(path, exc.backup)
    except DatabaseOpenError as error:
        ask(parent, Icon.Critical, _tr("Terugzetten mislukt"), error.message,
            [(QUIT, _tr("Afsluiten"), Role.RejectRole)])
        return None
    ask(parent, Icon.Information, _tr("Reservekopie teruggezet"), _tr(
        "De reservekopie van {when} is teruggezet. Het beschadigde bestand is bewaard als:\n{aside}"
    ).format(when=when, aside=aside), [(OK, _tr("Doorgaan"), Role.AcceptRole)])
    return path
