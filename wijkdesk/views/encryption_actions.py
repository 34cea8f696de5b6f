"""Bestand > Versleutelen…, Wachtwoord wijzigen…, Versleuteling uitzetten…: one action each.

The window closes its database for the length of the action (the store takes the lock itself, makes
the verified backup and converts the older ones; `store/encryption.py`), then opens it again and
says what was done. Background queries are waited for first: each holds its own connection.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox

from wijkdesk.services import database as store_database
from wijkdesk.services.database import DatabaseOpenError
from wijkdesk.views import background
from wijkdesk.views.passphrase_dialog import ask_new_passphrase

log = logging.getLogger(__name__)


class EncryptionActions(QObject):
    """The three encryption actions of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.encrypt_action = QAction(self.tr("Versleutelen…"), window)
        self.encrypt_action.setObjectName("versleutelen")
        self.encrypt_action.setStatusTip(self.tr("Beveilig de database en de reservekopieën met een wachtwoord"))
        self.rekey_action = QAction(self.tr("Wachtwoord wijzigen…"), window)
        self.rekey_action.setObjectName("wachtwoord_wijzigen")
        self.decrypt_action = QAction(self.tr("Versleuteling uitzetten…"), window)
        self.decrypt_action.setObjectName("ontsleutelen")
        self.encrypt_action.triggered.connect(self.encrypt)
        self.rekey_action.triggered.connect(self.change_passphrase)
        self.decrypt_action.triggered.connect(self.decrypt)
        self.update_actions()

    def update_actions(self) -> None:
        opened = store_database.current()
        encrypted = bool(opened and opened.encrypted)
        writable = bool(opened and not opened.readonly)
        # A database on a server is no file to encrypt (the server has its own disk encryption and
        # roles): offering it asked a password and then did nothing, silently.
        on_file = not (opened and opened.is_server)
        self.encrypt_action.setVisible(not encrypted and on_file)
        self.encrypt_action.setEnabled(writable)
        self.rekey_action.setVisible(encrypted and on_file)
        self.rekey_action.setEnabled(writable)
        self.decrypt_action.setVisible(encrypted and on_file)
        self.decrypt_action.setEnabled(writable)

    # --- the actions -----------------------------------------------------------------------------------

    def encrypt(self) -> None:
        new = ask_new_passphrase(self.window, self.tr("Database versleutelen"), self.tr(
            "WijkDesk versleutelt de database en al zijn reservekopieën. Wie de laptop vindt, kan dan "
            "niets lezen zonder het wachtwoord. U typt het wachtwoord voortaan bij elke start.\n"
            "Eerst wordt een gecontroleerde reservekopie gemaakt."))
        if new is None:
            return
        self._convert(lambda path: store_database.encrypt(path, new), self.tr(
            "De database is versleuteld. Vanaf nu vraagt WijkDesk bij het starten om het wachtwoord."))

    def change_passphrase(self) -> None:
        new = ask_new_passphrase(self.window, self.tr("Wachtwoord wijzigen"), self.tr(
            "Kies het nieuwe wachtwoord. De database en al zijn reservekopieën worden ermee "
            "versleuteld; het oude wachtwoord werkt daarna niet meer."))
        if new is None:
            return
        self._convert(lambda path: store_database.change_passphrase(path, None, new), self.tr(
            "Het wachtwoord is gewijzigd. Gebruik voortaan het nieuwe."))

    def decrypt(self) -> None:
        answer = QMessageBox.warning(
            self.window, self.tr("Versleuteling uitzetten"), self.tr(
                "Dan kan iedereen die het bestand of een reservekopie in handen krijgt, de namen, "
                "e-mailadressen en telefoonnummers van bewoners lezen. Alleen doen als de laptop zelf "
                "versleuteld is (BitLocker). Versleuteling uitzetten?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._convert(lambda path: store_database.decrypt(path), self.tr(
            "De database en de reservekopieën zijn niet meer versleuteld."))

    def _convert(self, work: Callable, done_text: str) -> None:
        opened = store_database.current()
        if opened is None or opened.path is None:
            return
        path = opened.path
        background.wait(30_000)  # background work holds a connection of its own
        store_database.close_database()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        result, error = None, None
        try:
            result = work(path)
        except DatabaseOpenError as exc:
            error = exc.message
        except OSError as exc:
            error = self.tr("Het bestand kan niet worden vervangen: {exc}. Er is niets gewijzigd.").format(exc=exc)
        finally:
            QApplication.restoreOverrideCursor()
        try:
            store_database.open_database(path, backup=False)  # the action made its own verified backup
        except DatabaseOpenError as exc:
            log.error("Database na omzetten niet geopend: %s", exc)
            QMessageBox.critical(self.window, self.tr("Database niet geopend"), exc.message)
            self.window.close()
            return
        self.update_actions()
        if error is not None:
            QMessageBox.warning(self.window, self.tr("Niet gelukt"), error)
            return
        text = done_text + "\n\n" + self.tr("Gecontroleerde reservekopie: {path}").format(path=result.backup)
        if result.skipped:
            text += "\n\n" + self.tr(
                "Deze oude kopieën zijn niet omgezet (ander wachtwoord of niet te lezen); bewaar of "
                "verwijder ze bewust:\n{files}").format(files="\n".join(str(p) for p in result.skipped))
        QMessageBox.information(self.window, self.tr("Klaar"), text)
        self.window.statusBar().showMessage(done_text, 10_000)


def install(window) -> EncryptionActions:
    """Add the encryption actions to the window's Bestand menu."""
    actions = EncryptionActions(window)
    for action in (actions.encrypt_action, actions.rekey_action, actions.decrypt_action):
        window.add_action("bestand", action)
    window.encryption_actions = actions
    return actions
