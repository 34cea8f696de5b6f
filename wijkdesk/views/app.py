"""Starting the window: `run_gui(db_path, demo)` for the command line, `create_main_window` for tests.

`create_main_window(db_path)` builds a complete MainWindow off-screen (the packaged build's self-test
and the tests use it); `run_gui` adds what only a real session needs: the log file, Qt's warnings in
it, the dialog for an uncaught exception, and switching the language by rebuilding the window.
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from wijkdesk import APP_NAME, ORG_NAME, __version__, paths

log = logging.getLogger(__name__)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (made once), with WijkDesk's names and icon."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationVersion(__version__)
    from wijkdesk.views.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def open_settings() -> QSettings:
    """The user's settings: an .ini file in the data folder, so `--data-dir` and tests keep their own."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


SERVER_ATTACHMENTS_KEY = "server_bijlagen_map"


def apply_settings(settings: QSettings) -> str:
    """Language and audit user from the settings; returns the language."""
    from wijkdesk.services import audit
    from wijkdesk.views import i18n

    audit.set_current_user(str(settings.value("gebruiker", "") or ""))
    # Per computer: where this laptop reaches the shared folder of a server database's attachments.
    shared = str(settings.value(SERVER_ATTACHMENTS_KEY, "") or "")
    if shared:
        paths.set_server_attachments_dir(shared)
    return i18n.install(str(settings.value("taal", i18n.DEFAULT_LANGUAGE) or i18n.DEFAULT_LANGUAGE))


def create_main_window(db_path: Path | str, demo: bool = False, *, open_db: bool = True, context=None,
                       parent=None):
    """A ready MainWindow on the database at `db_path` (not shown); None when the user chose to quit.

    The database is opened with the start-up dialogs of `views.startup` (locked, damaged, newer,
    not a database, risky location); `open_db=False` reuses the database already open (and `context`).
    """
    from wijkdesk.views.context import AppContext
    from wijkdesk.views.main_window import MainWindow
    from wijkdesk.views.startup import open_database_for_gui

    application()
    db_path = db_path if server_location(db_path) else Path(db_path)
    readonly = False
    erased_again: tuple[bool, str] | None = None
    if open_db:
        opened = open_database_for_gui(db_path, parent)
        if opened is None:
            return None
        db_path = Path(opened.path) if opened.path else (opened.server.text if opened.is_server else db_path)
        readonly = bool(opened.readonly)
        if demo and not readonly:
            _fill_demo_if_empty()
        if not readonly:
            erased_again = _erase_again()
            _remove_unreferenced_attachments()
    if context is None:
        settings = open_settings()
        apply_settings(settings)
        context = AppContext(db_path, settings)
        context.readonly = readonly
        context.adopt_rules_from_settings()
    window = MainWindow(context)
    from wijkdesk.views import excel

    excel.install(window)  # Bestand > Exporteren naar Excel / Importsjabloon / Importeren uit Excel
    from wijkdesk.views import encryption_actions

    encryption_actions.install(window)  # Bestand > Versleutelen… / Wachtwoord wijzigen… / uitzetten…
    if erased_again is not None:
        problem, text = erased_again
        if problem:
            QMessageBox.warning(window, QCoreApplication.translate("app", "Gewiste personen"), text)
        else:
            window.statusBar().showMessage(text)
    return window


def _remove_unreferenced_attachments() -> None:
    """Attachment files no row names any more go now, before this window's undo stack exists: no undo
    step can need them. A failure here never stops the start (the files just stay)."""
    from wijkdesk.services import bijlagen_opruimen

    try:
        bijlagen_opruimen.remove_unreferenced()
    except Exception:  # noqa: BLE001 (a clean-up: the window opens regardless)
        log.warning("Bijlagen opruimen bij het openen mislukt", exc_info=True)


def _erase_again() -> tuple[bool, str] | None:
    """AVG: persons erased before and back through an older copy (a restore) are erased again at once.

    Returns (is_problem, text) for the user when there is something to say: the user put the copy
    back and should know who WijkDesk erased again, or that it could not.
    """
    from wijkdesk.services import wissen
    from wijkdesk.services.errors import ServiceError
    from wijkdesk.services.database import DatabaseOpenError

    try:
        again = wissen.reapply_erasures()
    except (ServiceError, DatabaseOpenError) as exc:
        log.warning("Gewiste personen niet opnieuw gewist: %s", exc)
        return True, QCoreApplication.translate("app", "Eerder gewiste personen konden niet opnieuw worden gewist: {0}").format(exc)
    problems = "; ".join(again.problemen)
    if again.personen:
        log.info("%d eerder gewiste perso(o)n(en) opnieuw gewist", again.personen)
        text = QCoreApplication.translate(
            "app", "{0} eerder gewiste persoon/personen (AVG) stonden weer in deze database, waarschijnlijk "
                   "door een teruggezette oudere kopie, en zijn opnieuw gewist.").format(again.personen)
        return (True, f"{text} {problems}") if problems else (False, text)
    if problems:
        return True, problems
    return None


def _fill_demo_if_empty() -> None:
    from wijkdesk.services import demo

    if demo.database_has_data():
        log.info("--demo: de database bevat al gegevens; geen voorbeeldgegevens toegevoegd")
        return
    demo.fill_demo()


def server_location(location) -> bool:
    from wijkdesk.services.database import is_server_location

    return is_server_location(location)


def chosen_database(db_path: Path | str) -> Path | str:
    """The database to open: `--db` when given, else the one chosen in the settings (a file, or a server
    location without a password), else the default."""
    if server_location(db_path) or db_path != paths.default_database_path():
        return db_path
    chosen = open_settings().value("database")
    if chosen and server_location(str(chosen)):
        return str(chosen)
    return Path(str(chosen)) if chosen else db_path


def rebuild_window(old, language: str, db_path: Path):
    """Switch the language: a new window on the same context (data, undo steps) in `language`."""
    from wijkdesk.views import i18n

    old.save_settings()
    before = i18n.current()
    i18n.install(language)
    i18n.retranslate_undo_steps(old.context.undo_stack, before, i18n.current())
    new = create_main_window(db_path, open_db=False, context=old.context)
    new.restoreGeometry(old.saveGeometry())
    new.showMaximized() if old.isMaximized() else new.show()
    old.hide()
    old.deleteLater()
    return new


def show_start_refusal(message: str) -> None:
    """The window cannot even start (the --db text is refused): say why in a dialog, as the command
    line says it on stderr (a shortcut on the desktop has no terminal)."""
    application()
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("startup", "WijkDesk kan niet starten"),
                      message, QMessageBox.StandardButton.Ok)
    box.exec()


def run_gui(db_path: Path | str, demo: bool = False) -> int:
    """Open the window on `db_path` and run until it closes; the exit code."""
    from wijkdesk import logsetup, startup_probe
    from wijkdesk.services.database import DatabaseOpenError, close_database
    from wijkdesk.views import crash

    logsetup.setup_logging()
    logsetup.install_qt_message_handler()
    app = application()
    crash.install()
    db_path = chosen_database(db_path if server_location(db_path) else Path(db_path))
    try:
        window = create_main_window(db_path, demo=demo)
    except DatabaseOpenError as exc:
        log.error("Database niet geopend: %s", exc)
        QMessageBox.critical(None, QCoreApplication.translate("app", "Database niet geopend"), str(exc))
        return 2
    if window is None:  # the user chose to quit in a start-up dialog
        return 1
    holder = {"window": window}

    def switch_language(language: str) -> None:
        new = rebuild_window(holder["window"], language, db_path)
        new.language_change_requested.connect(switch_language)
        holder["window"] = new

    window.language_change_requested.connect(switch_language)
    window.show_as_remembered()
    startup_probe.install(window)  # only with WIJKDESK_EXIT_WHEN_SHOWN (benchmarks/bench_startup.py)
    log.info("Venster geopend op %s", db_path)
    try:
        return app.exec()
    finally:
        close_database()
