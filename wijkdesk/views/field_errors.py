"""Validation messages next to the field they are about, in a form compiled from Designer.

Forms name each input after the model field (`titel`, `bedrag_cents`) and put a hidden label
`<field>_fout` under it. A service's ValidationError(field, message) is shown in that label, the
input gets a red border and the focus, and the form stays open with what the user typed.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from wijkdesk.domain.dates import DateError, format_date, parse_date

log = logging.getLogger(__name__)

ERROR_STYLE = "border: 1px solid #b00020; border-radius: 2px;"
# Inputs that hold a date: shown as dd-mm-jjjj as soon as the user leaves them ('1-7-27' -> '01-07-2027').
DATE_FIELDS = ("datum", "deadline", "besluitdatum", "activiteit_einddatum", "toestemming_op", "aanvraag_ontvangen_op",
               "activiteit_startdatum", "wijkteam_advies_op")


class FieldErrors:
    """Shows and clears validation errors of one form (`form` is the Ui_ object)."""

    def __init__(self, form, parent: QWidget, aliases: dict[str, str] | None = None):
        self._form = form
        self._parent = parent
        self._aliases = aliases or {}  # service field name -> form field name
        self._marked: list[QWidget] = []
        self._watched: set[str] = set()
        for name in DATE_FIELDS:
            widget = getattr(form, name, None)
            if isinstance(widget, QLineEdit):
                # Connected before any autosave, so what is saved is the normalised text that is shown.
                widget.editingFinished.connect(lambda w=widget: normalise_date(w))

    def clear(self) -> None:
        for name in dir(self._form):
            if name.endswith("_fout"):
                label = getattr(self._form, name)
                if isinstance(label, QLabel):
                    label.clear()
                    label.setVisible(False)
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()

    def show(self, field: str, message: str) -> bool:
        """Show `message` at `field`; False (and a message box) when the form has no such field."""
        name = self._aliases.get(field, field)
        label = getattr(self._form, f"{name}_fout", None)
        widget = getattr(self._form, name, None)
        if not isinstance(label, QLabel):
            log.info("Geen veld '%s' in het formulier voor de melding: %s", field, message)
            QMessageBox.warning(self._parent, QCoreApplication.translate("FieldErrors", "Niet opgeslagen"), message)
            return False
        label.setText(message)
        label.setVisible(True)
        self._grow_dialog()
        if isinstance(widget, QWidget):
            widget.setStyleSheet(ERROR_STYLE)
            self._marked.append(widget)
            widget.setFocus()
            self._clear_when_edited(name, widget)
        return True

    def _clear_when_edited(self, name: str, widget: QWidget) -> None:
        """The message goes as soon as the user changes the field: a stale 'verplicht' under a filled-in
        field says something that is no longer true."""
        if name in self._watched:
            return
        self._watched.add(name)
        signal = {QLineEdit: "textEdited", QPlainTextEdit: "textChanged", QComboBox: "currentIndexChanged",
                  QSpinBox: "valueChanged", QCheckBox: "toggled", QListWidget: "itemChanged"}
        for kind, signal_name in signal.items():
            if isinstance(widget, kind):
                getattr(widget, signal_name).connect(lambda *_a, n=name: self.clear_field(n))
                return

    def clear_field(self, name: str) -> None:
        label = getattr(self._form, f"{name}_fout", None)
        widget = getattr(self._form, name, None)
        if isinstance(label, QLabel) and not label.isHidden():
            label.clear()
            label.setVisible(False)
        if widget in self._marked:
            widget.setStyleSheet("")
            self._marked.remove(widget)

    def _grow_dialog(self) -> None:
        """A dialog grows to fit the message (a fixed size would clip a message of two lines)."""
        window = self._parent.window()
        if isinstance(window, QDialog):
            window.layout().activate()
            hint = window.sizeHint()
            if hint.height() > window.height():
                window.resize(window.width(), hint.height())

    def error_text(self, field: str) -> str:
        label = getattr(self._form, f"{self._aliases.get(field, field)}_fout", None)
        return label.text() if isinstance(label, QLabel) and not label.isHidden() else ""


def normalise_date(edit: QLineEdit) -> None:
    """Show a typed date the way it is stored (01-07-2027); text that is no date stays for the message."""
    text = edit.text().strip()
    if not text:
        return
    try:
        shown = format_date(parse_date(text))
    except DateError:
        return
    if shown != edit.text():
        edit.setText(shown)
