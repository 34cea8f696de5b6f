"""Small dialogs and helpers shared by the tabs: confirm, reason, status, choose, and the form dialog base.

Every dialog is a Designer form (forms/*.ui, compiled in views/forms). A form dialog stays open when the
service refuses its input: the message appears next to the field and nothing is saved.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from wijkdesk.domain import workflow
from wijkdesk.services.errors import ConflictError, OverrideRequired, ServiceError, ValidationError
from wijkdesk.views import form_merge, labels
from wijkdesk.views.field_errors import FieldErrors
from wijkdesk.views.forms.ui_kies_dialog import Ui_KiesDialog
from wijkdesk.views.forms.ui_reden_dialog import Ui_RedenDialog
from wijkdesk.views.forms.ui_status_dialog import Ui_StatusDialog

log = logging.getLogger(__name__)


# --- combo boxes with (id, label) items -----------------------------------------------------------


def fill_combo(combo: QComboBox, items: Iterable[tuple[object, str]], none_label: str | None = None,
               current=None) -> None:
    """Put (value, label) items in a combo (with an optional 'none' item first) and select `current`."""
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, label in items:
        combo.addItem(label, value)
    set_combo_value(combo, current)
    combo.blockSignals(False)


def set_combo_value(combo: QComboBox, value) -> None:
    position = combo.findData(value)
    if position < 0 and combo.isEditable() and value:
        combo.setEditText(str(value))
        return
    combo.setCurrentIndex(max(position, 0) if combo.count() else -1)


def combo_value(combo: QComboBox):
    """The data of the chosen item; for an editable combo with typed text, the text."""
    if combo.isEditable():
        text = combo.currentText().strip()
        position = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if position >= 0 and combo.itemData(position) is not None:
            return combo.itemData(position)
        return text
    return combo.currentData()


# --- questions ---------------------------------------------------------------------------------------


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """A yes/no question whose yes button says what it does ('Verwijderen'); No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("ja")
    no = box.addButton(QCoreApplication.translate("dialogs", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("nee")
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, exc: Exception | str, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("dialogs", "Niet gelukt"), str(exc))


KEEP_MINE, COPY_MINE, DROP_MINE = "opslaan", "kopieren", "sluiten"


def ask_after_conflict(parent: QWidget, exc: ConflictError, label: str, typed) -> str:
    """Another user saved the row first: say who and when, keep what this user typed, and let them choose.

    The window already shows the fresh row. Returns KEEP_MINE (save the typed value on top of the fresh
    row: a choice made knowingly, not a silent overwrite), COPY_MINE (the typed text goes to the
    clipboard to paste where it belongs) or DROP_MINE. Nothing is lost by closing: the typed text is
    in the message too.
    """
    title = QCoreApplication.translate("dialogs", "Niet opgeslagen: iemand anders was u voor")
    text = exc.message
    if isinstance(typed, str) and typed.strip():
        shown = typed if len(typed) <= 600 else typed[:600] + "…"
        typed_at = QCoreApplication.translate("dialogs", "Wat u typte bij {0}:").format(label)
        text += f"\n\n{typed_at}\n“{shown}”"
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("conflict")
    keep = box.addButton(QCoreApplication.translate("dialogs", "Mijn wijziging toch opslaan"),
                         QMessageBox.ButtonRole.AcceptRole)
    keep.setObjectName("toch_opslaan")
    copy = None
    if isinstance(typed, str) and typed.strip():
        copy = box.addButton(QCoreApplication.translate("dialogs", "Mijn tekst kopiëren"),
                             QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("kopieren")
    drop = box.addButton(QCoreApplication.translate("dialogs", "Nieuwe versie houden"),
                         QMessageBox.ButtonRole.RejectRole)
    drop.setObjectName("houden")
    box.setDefaultButton(drop)
    box.setEscapeButton(drop)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return KEEP_MINE
    if copy is not None and clicked is copy:
        QApplication.clipboard().setText(typed)
        return COPY_MINE
    return DROP_MINE


class FittedDialog(QDialog):
    """Takes the size its contents need when first shown (Designer's size is only a starting point)."""

    MIN_WIDTH = 460

    def showEvent(self, event) -> None:
        if not getattr(self, "_sized", False):
            self._sized = True
            hint = self.sizeHint()
            self.resize(max(hint.width(), self.MIN_WIDTH), hint.height())
        super().showEvent(event)


class RedenDialog(FittedDialog):
    """Asks for a written reason (for an override of a budget rule); empty is refused next to the field."""

    def __init__(self, message: str, parent=None, title: str | None = None):
        super().__init__(parent)
        self.form = Ui_RedenDialog()
        self.form.setupUi(self)
        if title:
            self.setWindowTitle(title)
        self.form.melding.setText(message)
        self.errors = FieldErrors(self.form, self)
        ok = self.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Toch doorgaan"))
        self.form.knoppen.accepted.connect(self.accept)
        self.form.knoppen.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.form.reden.toPlainText().strip()

    def accept(self) -> None:
        self.errors.clear()
        if not self.reason():
            self.errors.show("reden", self.tr("Schrijf op waarom dit toch moet; de reden wordt vastgelegd."))
            return
        super().accept()


def ask_override_reason(parent: QWidget, message: str) -> str | None:
    dialog = RedenDialog(message, parent)
    return dialog.reason() if dialog.exec() else None


def with_override(parent: QWidget, attempt: Callable[[str], object]):
    """Run `attempt(override_reden)`; when a budget rule refuses, ask for a reason and try once more.

    Returns attempt's result, or None when the user cancelled. Other errors propagate.
    """
    reason = ""
    while True:
        try:
            return attempt(reason)
        except OverrideRequired as exc:
            if reason:
                raise
            answer = ask_override_reason(parent, exc.message)
            if answer is None:
                return None
            reason = answer


class StatusDialog(FittedDialog):
    """Choose the next status along the workflow; a reason is asked where the workflow requires one.

    `apply(status, reden)` is called on OK; a ValidationError it raises is shown in the dialog.
    """

    def __init__(self, kind: str, current: str, title: str, apply: Callable[[str, str], object], parent=None):
        super().__init__(parent)
        self.form = Ui_StatusDialog()
        self.form.setupUi(self)
        self.kind = kind
        self.current = current
        self._apply = apply
        self.errors = FieldErrors(self.form, self)
        _statussen, overgangen, self._reden_verplicht = workflow.WORKFLOWS[kind]
        allowed = [s for s in workflow.WORKFLOWS[kind][0] if s in overgangen.get(current, set())]
        self.form.huidig.setText(self.tr("<b>{0}</b><br>Huidige status: {1}").format(
            title, labels.status_label(kind, current)))
        fill_combo(self.form.status, [(s, labels.status_label(kind, s)) for s in allowed])
        if not allowed:
            self.form.status.setEnabled(False)
            self.form.uitleg.setText(self.tr("Vanuit deze status kan de status niet meer veranderen."))
        self.form.status.currentIndexChanged.connect(self._update_hint)
        self.form.knoppen.accepted.connect(self.accept)
        self.form.knoppen.rejected.connect(self.reject)
        self._update_hint()

    def chosen(self) -> str | None:
        return self.form.status.currentData()

    def reason(self) -> str:
        return self.form.reden.toPlainText().strip()

    def _update_hint(self) -> None:
        status = self.chosen()
        if status is None:
            return
        if status in self._reden_verplicht:
            self.form.uitleg.setText(self.tr("Bij '{0}' is een reden verplicht; bewoners willen weten waarom.").format(
                labels.status_label(self.kind, status)))
        else:
            self.form.uitleg.setText(self.tr("Een reden is hier niet verplicht, maar wel welkom."))

    def accept(self) -> None:
        self.errors.clear()
        status = self.chosen()
        if status is None:
            self.reject()
            return
        if status in self._reden_verplicht and not self.reason():
            self.errors.show("reden", self.tr("Geef een reden op waarom de status '{0}' wordt.").format(
                labels.status_label(self.kind, status)))
            return
        try:
            self._apply(status, self.reason())
        except ValidationError as exc:
            self.errors.show("reden" if exc.field == "status_reden" else exc.field, exc.message)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        super().accept()


class KiesDialog(QDialog):
    """Choose one item from a list, with a search box."""

    def __init__(self, title: str, explanation: str, items: Iterable[tuple[object, str]], parent=None):
        super().__init__(parent)
        self.form = Ui_KiesDialog()
        self.form.setupUi(self)
        self.setWindowTitle(title)
        self.form.uitleg.setText(explanation)
        for value, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.form.lijst.addItem(item)
        if self.form.lijst.count():
            self.form.lijst.setCurrentRow(0)
        self.form.zoek.textChanged.connect(self._filter)
        self.form.lijst.itemDoubleClicked.connect(lambda _item: self.accept())
        self.form.knoppen.accepted.connect(self.accept)
        self.form.knoppen.rejected.connect(self.reject)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        first_visible = None
        for row in range(self.form.lijst.count()):
            item = self.form.lijst.item(row)
            hidden = not all(w in item.text().lower() for w in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = row
        if first_visible is not None:
            self.form.lijst.setCurrentRow(first_visible)

    def chosen(self):
        item = self.form.lijst.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None


class FormDialog(FittedDialog):
    """A dialog over a Designer form whose OK runs `save()`; refused input keeps it open.

    Subclasses set `UI` and implement `save(override_reden)`; a ValidationError is shown at its field,
    OverrideRequired asks for a reason and saves again, another ServiceError is shown in a message box.
    """

    UI = None
    ALIASES: dict[str, str] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = self.UI()
        self.form.setupUi(self)
        self.errors = FieldErrors(self.form, self, self.ALIASES)
        self.result_row = None
        # (model name, id, version) of the row the form was filled from: its save names that version, so
        # a row another user changed meanwhile is refused instead of overwritten (issue 15).
        self.editing: tuple[str, int, int] | None = None
        # The fields as filled from that version (taken when the dialog is first shown, after the subclass
        # filled them): after a refusal, fields the user left alone take over the other user's values.
        self._loaded: dict | None = None
        self.form.knoppen.accepted.connect(self.accept)
        self.form.knoppen.rejected.connect(self.reject)

    def save(self, override_reden: str):
        raise NotImplementedError

    def fresh_row(self, row_id: int):
        """The edited row as stored now (a dialog that edits a row gives it), for taking over another
        user's changes after a refusal; None: the form keeps everything as typed."""
        return None

    def merge_parts(self) -> dict:
        """The form's values by field, as (read, write); a dialog adds what is not a plain widget."""
        return form_merge.widget_parts(self.form)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._loaded is None and self.editing is not None:
            self._loaded = form_merge.read(self.merge_parts())
        super().showEvent(event)

    def edit_from(self, row) -> None:
        """The form shows `row` as read now: its save expects the row still at this version."""
        self.editing = (type(row).__name__, row.id, row.versie) if row is not None else None

    def went_on(self, row) -> None:
        """The form saved `row` and stays open: it goes on from the version its own change left."""
        made = getattr(getattr(self, "context", None), "last_change", None)
        if self.editing is None or self.editing[1] != row.id:
            self.edit_from(row)  # just created: the row as this change made it
            return
        newer = made.moved_on(self.editing[0], row.id, self.editing[2]) if made is not None else None
        if newer is not None:
            self.editing = (self.editing[0], row.id, newer)
        if self._loaded is not None:
            self._loaded = form_merge.read(self.merge_parts())  # the fields as just saved

    def after_conflict(self, exc: ConflictError) -> None:
        """Another user saved the row first: say who and when; the form keeps what the user typed.

        The list behind shows the other user's version. A second OK is a knowing choice to save over it,
        so from now on the form expects that version.
        """
        merged = self._take_over_theirs(exc)
        if self.editing is not None and exc.versie is not None:
            self.editing = (self.editing[0], self.editing[1], exc.versie)
        context = getattr(self, "context", None)
        if context is not None and exc.tabel:
            context.notify({exc.tabel})
        title = QCoreApplication.translate("dialogs", "Niet opgeslagen: iemand anders was u voor")
        text = exc.message + "\n\n"
        if merged is None:
            text += QCoreApplication.translate(
                "dialogs", "Uw invoer staat nog in dit venster. Druk nogmaals op OK om die over de nieuwe versie "
                "heen op te slaan, of op Annuleren om de nieuwe versie te houden.")
        else:
            taken, both = merged
            if taken:
                text += QCoreApplication.translate("dialogs", "Overgenomen uit de nieuwe versie (u had ze niet "
                                                   "gewijzigd): {0}.").format(", ".join(taken)) + "\n"
            if both:
                text += QCoreApplication.translate("dialogs", "Door u allebei gewijzigd; hier staat uw invoer: "
                                                   "{0}.").format(", ".join(both)) + "\n"
            text += QCoreApplication.translate(
                "dialogs", "Wat u zelf typte staat nog in dit venster. Druk nogmaals op OK om het op te slaan, "
                "of op Annuleren om de nieuwe versie te houden.")
        QMessageBox.warning(self, title, text)

    def _take_over_theirs(self, exc: ConflictError) -> tuple[list[str], list[str]] | None:
        """Fields the user left alone show the other user's values now; (taken, both changed) by their
        labels, or None when the form cannot tell (the row is gone, or the form was never shown)."""
        if self._loaded is None or exc.row_id is None or exc.versie is None:
            return None
        try:
            fresh = self.fresh_row(exc.row_id)
        except ServiceError:
            return None
        if fresh is None:
            return None
        # The form as it would open now, never shown: it fills its fields from the fresh row exactly as
        # this one was filled, so the comparison is field by field in the form's own terms.
        twin = type(self)(self.context, fresh)
        try:
            theirs = form_merge.read(twin.merge_parts())
        finally:
            twin.deleteLater()
        parts = self.merge_parts()
        taken, both = form_merge.merge(parts, self._loaded, form_merge.read(parts), theirs)
        self._loaded = theirs
        return ([form_merge.field_label(self.form, n) for n in taken],
                [form_merge.field_label(self.form, n) for n in both])

    def versies(self) -> dict | None:
        """For context.change: the version this form was filled from."""
        if self.editing is None:
            return None
        model_name, row_id, versie = self.editing
        return {(model_name, row_id): versie}

    def accept(self) -> None:
        self.errors.clear()
        try:
            result = with_override(self, self.save)
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except ConflictError as exc:
            self.after_conflict(exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        if result is None:  # the user cancelled the override reason: stay in the form
            return
        self.result_row = result
        super().accept()
