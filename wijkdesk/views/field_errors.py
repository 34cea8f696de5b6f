"""Validation messages next to the field they are about, in a form compiled from Designer.

Forms name each input after the model field (`titel`, `bedrag_cents`) and put a hidden label
`<field>_fout` under it. A service's ValidationError(field, message) is shown in that label, the
input gets a red border and the focus, and the form stays open with what the user typed.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

log = logging.getLogger(__name__)

ERROR_STYLE = "border: 1px solid #b00020; border-radius: 2px;"


class FieldErrors:
    """Shows and clears validation errors of one form (`form` is the Ui_ object)."""

    def __init__(self, form, parent: QWidget, aliases: dict[str, str] | None = None):
        self._form = form
        self._parent = parent
        self._aliases = aliases or {}  # service field name -> form field name
        self._marked: list[QWidget] = []

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
        return True

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
