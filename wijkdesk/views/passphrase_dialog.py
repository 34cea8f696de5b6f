"""Asking for a passphrase: to open an encrypted database, or a new one (twice) to encrypt or change it.

The text is handed to the store and dropped: nothing here writes it to the settings or the log.
A new passphrase comes with the warning that a lost one cannot be recovered, and is checked (length,
both fields the same) in the dialog itself, so the user fixes it without starting over.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget,
)

from wijkdesk.services import database


def _tr(text: str) -> str:
    return QCoreApplication.translate("passphrase", text)


LOST_WARNING = (
    "Let op: als u het wachtwoord kwijtraakt, zijn de gegevens voorgoed verloren. Niemand kan het "
    "terughalen: uw gemeente niet, de maker van WijkDesk niet. Schrijf het op en bewaar het op een "
    "veilige plek, los van de laptop.")


class PassphraseDialog(QDialog):
    """One field (open) or two (new, with the warning); `passphrase()` is the text once accepted."""

    def __init__(self, title: str, intro: str, *, new: bool = False, error: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("wachtwoord_dialoog")
        self._new = new
        layout = QVBoxLayout(self)
        # The dialog grows when the error line appears, instead of squeezing the texts above it.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        text = QLabel(intro, self)
        text.setWordWrap(True)
        text.setMinimumWidth(440)  # the layout sets the dialog's minimum size, so the width goes here
        layout.addWidget(text)
        if new:
            warning = QLabel(_tr(LOST_WARNING), self)
            warning.setObjectName("waarschuwing")
            warning.setWordWrap(True)
            warning.setStyleSheet("font-weight: bold")
            layout.addWidget(warning)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setObjectName("wachtwoord")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(_tr("&Nieuw wachtwoord:") if new else _tr("&Wachtwoord:"), self.first)
        self.second = QLineEdit(self)
        self.second.setObjectName("wachtwoord_nogmaals")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(_tr("N&ogmaals:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.show_text = QCheckBox(_tr("&Toon wat ik typ"), self)
        self.show_text.toggled.connect(self._toggle_echo)
        layout.addWidget(self.show_text)
        if new:
            self.understood = QCheckBox(_tr("Ik &begrijp dat een vergeten wachtwoord niet te herstellen is"), self)
            self.understood.setObjectName("begrepen")
            layout.addWidget(self.understood)
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("fout")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        # Own labels: at start the dialog comes before Qt's Dutch translation of standard buttons is loaded.
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def problem(self) -> str | None:
        """Why the typed text cannot be accepted (Dutch), or None."""
        text = self.first.text()
        if not text:
            return _tr("Typ het wachtwoord.")
        if not self._new:
            return None
        problem = database.passphrase_problem(text)
        if problem:
            return _tr(problem)
        if self.second.text() != text:
            return _tr("De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.")
        if not self.understood.isChecked():
            return _tr("Vink aan dat u begrijpt dat een vergeten wachtwoord niet te herstellen is.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.setVisible(True)
            if self._new and self.second.text() != self.first.text():
                self.second.clear()
                self.second.setFocus()
            return
        super().accept()

    def passphrase(self) -> str:
        return self.first.text()


def ask_passphrase(parent: QWidget | None, path: Path, error: str = "") -> str | None:
    """The passphrase to open the encrypted database at `path`; None when the user cancels."""
    dialog = PassphraseDialog(
        _tr("Versleutelde database"),
        _tr("De database {name} is versleuteld. Typ het wachtwoord om hem te openen.\n{path}").format(
            name=path.name, path=path),
        error=error, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def ask_new_passphrase(parent: QWidget | None, title: str, intro: str) -> str | None:
    """A new passphrase, typed twice and checked; None when the user cancels."""
    dialog = PassphraseDialog(title, intro, new=True, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
