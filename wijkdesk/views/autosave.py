"""Detail panes save every field as soon as the user leaves it: no save button, nothing to lose.

A line edit saves on editingFinished (Enter, Tab, clicking elsewhere); a multi-line text saves when it
loses the focus and after a short pause in typing; a combo box or check box saves when the user picks.
The save goes through a service; a refusal is shown next to the field and the typed text stays.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from wijkdesk.services.errors import ConflictError, ServiceError, ValidationError
from wijkdesk.views.dialogs import combo_value, set_combo_value, show_error
from wijkdesk.views.field_errors import FieldErrors

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 1500  # a long text is saved after this pause, so a closed laptop lid loses nothing


class _FocusOut(QObject):
    def __init__(self, callback, parent):
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class _UndoPassesOn(QObject):
    """Ctrl+Z / Ctrl+Y in a field with no typing of its own to undo or redo go to the window's undo.

    A field's text undo would otherwise swallow the keys and do nothing: the user who typed a title,
    pressed Tab and then Ctrl+Z (the cursor now in the next, untouched field) saw nothing happen.
    Typing not yet undone in the field itself is still undone there first, as in every text field.
    """

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        if event.matches(QKeySequence.StandardKey.Undo):
            own = watched.document().isUndoAvailable() if isinstance(watched, QPlainTextEdit) \
                else watched.isUndoAvailable()
        elif event.matches(QKeySequence.StandardKey.Redo) or ctrl_y:
            own = watched.document().isRedoAvailable() if isinstance(watched, QPlainTextEdit) \
                else watched.isRedoAvailable()
        else:
            return False
        if own:
            return False
        event.ignore()  # not wanted by the field: the window's shortcut (Ongedaan maken / Opnieuw) runs
        return True


def pass_undo_on(widget: QLineEdit | QPlainTextEdit) -> None:
    """Let Ctrl+Z / Ctrl+Y in `widget` reach the window's undo when the field has nothing of its own to undo."""
    widget.installEventFilter(_UndoPassesOn(widget))


class AutoSave(QObject):
    """Binds the inputs of a form to `save(field, value)`; `load(values)` fills them without saving."""

    def __init__(self, form, errors: FieldErrors, save: Callable[[str, object], None], parent: QWidget):
        super().__init__(parent)
        self._form = form
        self._errors = errors
        self._save = save
        self._parent = parent
        self._saved: dict[str, object] = {}
        self._widgets: dict[str, QWidget] = {}
        self._loading = False
        self._timers: dict[str, QTimer] = {}
        self._undo_passes_on = _UndoPassesOn(self)

    def bind(self, *fields: str) -> None:
        for field in fields:
            widget = getattr(self._form, field)
            self._widgets[field] = widget
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.installEventFilter(self._undo_passes_on)
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(lambda f=field: self.commit(f))
            elif isinstance(widget, QPlainTextEdit):
                timer = QTimer(self)
                timer.setSingleShot(True)
                timer.setInterval(TYPING_PAUSE_MS)
                timer.timeout.connect(lambda f=field: self.commit(f))
                self._timers[field] = timer
                widget.textChanged.connect(lambda t=timer: None if self._loading else t.start())
                widget.installEventFilter(_FocusOut(lambda f=field: self.commit(f), widget))
            elif isinstance(widget, QComboBox):
                if widget.isEditable():
                    widget.lineEdit().editingFinished.connect(lambda f=field: self.commit(f))
                widget.activated.connect(lambda _i, f=field: self.commit(f))
            elif isinstance(widget, QCheckBox):
                widget.clicked.connect(lambda _c, f=field: self.commit(f))
            elif isinstance(widget, QSpinBox):
                widget.editingFinished.connect(lambda f=field: self.commit(f))

    def value(self, field: str):
        widget = self._widgets[field]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return combo_value(widget)
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        raise TypeError(type(widget))

    def load(self, values: dict) -> None:
        """Show stored values (what is shown is what is saved); clears earlier errors.

        A value the service refused (its error shown) and the user left standing is replaced too: said in
        the status bar, so that it does not go without a word (found clicking through the window: an
        amount '12.5.0', marked red, vanished when the user clicked the next row)."""
        self._say_dropped([f for f in values if f in self._widgets and self._refused(f)])
        self._loading = True
        try:
            for timer in self._timers.values():
                timer.stop()
            for field, value in values.items():
                widget = self._widgets.get(field)
                if widget is None:
                    continue
                widget.blockSignals(True)
                if isinstance(widget, QLineEdit):
                    widget.setText("" if value is None else str(value))
                    widget.setCursorPosition(0)
                elif isinstance(widget, QPlainTextEdit):
                    if widget.toPlainText() != (value or ""):
                        widget.setPlainText(value or "")
                elif isinstance(widget, QComboBox):
                    set_combo_value(widget, value)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value))
                elif isinstance(widget, QSpinBox):
                    widget.setValue(int(value or 0))
                widget.blockSignals(False)
                self._saved[field] = self.value(field)
            self._errors.clear()
        finally:
            self._loading = False

    def _refused(self, field: str) -> bool:
        """The field shows a value the service refused (its error is shown, the stored value is another)."""
        label = getattr(self._form, f"{field}_fout", None)
        return label is not None and not label.isHidden() and self.value(field) != self._saved.get(field)

    def _say_dropped(self, fields: list[str]) -> None:
        if not fields:
            return
        from wijkdesk.views.form_merge import field_label

        parts = [f"{field_label(self._form, f)} '{str(self.value(f))[:40]}'" for f in fields]
        text = self.tr("Niet opgeslagen (de oude waarde is gebleven): {0}.").format(", ".join(parts))
        log.info("Geweigerde invoer niet bewaard: %s", ", ".join(fields))
        bar = getattr(self._parent.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15_000)

    def commit(self, field: str) -> bool:
        """Save the field if it changed; False when the service refused it (the message is shown)."""
        if self._loading or field not in self._widgets:
            return True
        timer = self._timers.get(field)
        if timer is not None:
            timer.stop()
        value = self.value(field)
        if value == self._saved.get(field):
            return True
        try:
            self._save(field, value)
        except ValidationError as exc:
            self._errors.show(exc.field if exc.field in self._widgets else field, exc.message)
            return False
        except ConflictError as exc:
            # Another user saved this row first. The tab has normally shown the fresh row and asked the
            # user what to do with the typed value (TableTab.save_field); otherwise say it here.
            if not exc.handled:
                show_error(self._parent, exc)
            return False
        except ServiceError as exc:
            show_error(self._parent, exc)
            return False
        self._saved[field] = value
        label = getattr(self._form, f"{field}_fout", None)
        if label is not None and not label.isHidden():
            self._errors.clear()
        return True
