"""After another user saved the row a form dialog edits: take over what they changed where this user typed nothing.

A form dialog saves all its fields at once. Without this, a second OK after the refusal ("iemand anders was
u voor") wrote every field as the form held it, so the other user's change to a field this user had not
touched was undone without anyone choosing that (issue 15: no update is ever lost silently). Per field:
  - changed by the other user only: the form now shows their value;
  - changed by this user only: their input stays;
  - changed by both, differently: this user's input stays, and the message names the field, so a second OK
    over it is a knowing choice.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

Part = tuple[Callable[[], object], Callable[[object], None]]


def _combo_part(combo: QComboBox) -> Part:
    def read():
        return combo.currentData(), combo.currentText()

    def write(value) -> None:
        data, text = value
        index = combo.findData(data) if data is not None else combo.findText(text)
        if index >= 0:
            combo.setCurrentIndex(index)
        elif combo.isEditable():
            combo.setEditText(text)

    return read, write


def widget_parts(form) -> dict[str, Part]:
    """The editable widgets of a compiled Designer form by their object name, as (read, write)."""
    parts: dict[str, Part] = {}
    for name, widget in vars(form).items():
        if not isinstance(widget, QWidget) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            parts[name] = (widget.text, widget.setText)
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            parts[name] = (widget.toPlainText, widget.setPlainText)
        elif isinstance(widget, QComboBox):
            parts[name] = _combo_part(widget)
        elif isinstance(widget, QCheckBox):
            parts[name] = (widget.isChecked, widget.setChecked)
        elif isinstance(widget, QDateEdit):
            parts[name] = (widget.date, widget.setDate)
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            parts[name] = (widget.value, widget.setValue)
    return parts


def read(parts: dict[str, Part]) -> dict[str, object]:
    return {name: get() for name, (get, _set) in parts.items()}


def merge(parts: dict[str, Part], loaded: dict, mine: dict, theirs: dict) -> tuple[list[str], list[str]]:
    """Put `theirs` into the fields this user left as `loaded`; returns (fields taken over, fields both changed)."""
    taken, both = [], []
    for name, (_get, put) in parts.items():
        if name not in loaded or name not in theirs or theirs[name] == loaded[name]:
            continue
        if mine.get(name) == loaded[name]:
            put(theirs[name])
            taken.append(name)
        elif mine.get(name) != theirs[name]:
            both.append(name)
    return taken, both


def field_label(form, name: str) -> str:
    """The label the user sees beside a field (its buddy label), without '&' and ':'; else the name."""
    widget = getattr(form, name, None)
    if isinstance(widget, QWidget):
        for label in widget.window().findChildren(QLabel):
            if label.buddy() is widget and label.text():
                return label.text().replace("&", "").rstrip(": ").strip()
    return name.replace("_cents", "").replace("_", " ")
