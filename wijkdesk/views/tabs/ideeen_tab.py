"""Ideeën: quick capture during a bewonersavond, filters, detail, status along the workflow, goal from idea."""
from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from wijkdesk.domain.money import format_cents
from wijkdesk.services import doelen, ideeen, lists
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.views import labels
from wijkdesk.views.autosave import AutoSave, pass_undo_on
from wijkdesk.views.dialogs import StatusDialog, confirm, fill_combo, show_error
from wijkdesk.views.field_errors import FieldErrors
from wijkdesk.views.forms.ui_idee_detail import Ui_IdeeDetail
from wijkdesk.views.icons import icon
from wijkdesk.views.models import IdeeenModel
from wijkdesk.views.tabs.simple import TableTab

log = logging.getLogger(__name__)

TABLES = frozenset({"idee", "bewonersgroep", "bijeenkomst", "persoon", "doel_idee", "doel"})


class IdeeDetail(QWidget):
    """The detail pane of one idea; every field saves when the user leaves it."""

    def __init__(self, tab: "IdeeenTab"):
        super().__init__(tab)
        self.tab = tab
        self.form = Ui_IdeeDetail()
        self.form.setupUi(self)
        self.errors = FieldErrors(self.form, self)
        self.autosave = AutoSave(self.form, self.errors, self._save, self)
        self.autosave.bind("titel", "omschrijving", "thema", "geschatte_kosten_cents", "ingediend_door_groep",
                           "ingediend_door_persoon", "bijeenkomst")
        self.form.status_knop.setIcon(icon("status"))
        self.form.maak_doel_knop.setIcon(icon("doelen"))
        self.form.verwijder_knop.setIcon(icon("verwijderen"))
        self.form.status_knop.clicked.connect(tab.change_status)
        self.form.maak_doel_knop.clicked.connect(tab.make_goal)
        self.form.verwijder_knop.clicked.connect(tab.delete_selected)
        self.row_id: int | None = None
        self.setEnabled(False)

    def load_choices(self, wijk_id: int | None, themas: list[str]) -> None:
        fill_combo(self.form.ingediend_door_groep, lists.groep_keuzes(wijk_id), self.tr("(geen groep)"))
        fill_combo(self.form.ingediend_door_persoon, lists.persoon_keuzes(), self.tr("(geen persoon)"))
        fill_combo(self.form.bijeenkomst, lists.bijeenkomst_keuzes(wijk_id), self.tr("(geen bijeenkomst)"))
        fill_combo(self.form.thema, [(t, t) for t in themas], "")

    def show_idee(self, row_id: int | None, reload_inputs: bool = True) -> None:
        idee = ideeen.find_idee(row_id)
        if idee is None or idee.id != self.row_id:
            reload_inputs = True  # the inputs always hold the values of the row that saves go to
        self.row_id = idee.id if idee else None
        self.setEnabled(idee is not None)
        if idee is None:
            self.form.kop.setText(self.tr("Kies een idee in de lijst, of typ hierboven een nieuw idee."))
            self.form.status_tekst.clear()
            # setText(""), not clear(): a cleared QLabel stops answering heightForWidth and the layout
            # then drops its line, so the fields jumped up under the mouse after an undo (seen under Xvfb).
            self.form.status_reden.setText("")
            self.tab.note_loaded(None)
            self.autosave.load({f: None for f in ("titel", "omschrijving", "thema", "geschatte_kosten_cents",
                                                  "ingediend_door_groep", "ingediend_door_persoon", "bijeenkomst")})
            return
        self.form.kop.setText(self.tr("Idee {0}: {1}").format(idee.id, idee.titel))
        self.form.status_tekst.setText(self.tr("Status: <b>{0}</b>").format(labels.status_label("idee", idee.status)))
        self.form.status_reden.setText(self.tr("Reden: {0}").format(idee.status_reden) if idee.status_reden else "")
        # Always there (empty when there is no reason): a reason appearing after 'Status wijzigen…' must
        # not push the fields down under the mouse that is about to click one of them.
        self.form.status_reden.setVisible(True)
        if reload_inputs:
            self.tab.note_loaded(idee)  # saves from these inputs expect this version
            self.autosave.load({
                "titel": idee.titel,
                "omschrijving": idee.omschrijving,
                "thema": idee.thema,
                "geschatte_kosten_cents": format_cents(idee.geschatte_kosten_cents, symbol=False)
                if idee.geschatte_kosten_cents is not None else "",
                "ingediend_door_groep": idee.ingediend_door_groep_id,
                "ingediend_door_persoon": idee.ingediend_door_persoon_id,
                "bijeenkomst": idee.bijeenkomst_id,
            })

    def _save(self, field: str, value) -> None:
        if field == "thema" and value is None:
            value = ""
        self.tab.save_field(self.row_id, lambda i: ideeen.get_idee(i).titel, self.tr("Idee '{0}' wijzigen"),
                            ideeen.update_idee, field, value)


class IdeeenTab(TableTab):
    """Ideeën of the chosen wijk."""

    key = "ideeen"
    icon_name = "ideeen"
    MODEL = IdeeenModel
    WIDTHS = {0: 5, 1: 40, 2: 12, 3: 14, 4: 13, 5: 11}
    FILL_COLUMN = IdeeenModel.TITEL
    SORT_COLUMN = IdeeenModel.NR
    SORT_DESCENDING = True
    TABLES = TABLES
    OWN = frozenset({"idee"})

    goal_created = Signal(int)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self._build_capture()
        self._build_filters()

    def nouns(self):
        return self.tr("idee"), self.tr("ideeën")

    def make_detail(self):
        self.pane = IdeeDetail(self)
        return self.pane

    def _build_capture(self) -> None:
        row = QHBoxLayout()
        self.capture = QLineEdit(self)
        self.capture.setObjectName("snel_invoer")
        self.capture.setPlaceholderText(self.tr("Nieuw idee: typ de titel en druk op Enter"))
        font = QFont(self.capture.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.capture.setFont(font)
        self.capture.returnPressed.connect(self.capture_idea)
        pass_undo_on(self.capture)
        add = QPushButton(icon("nieuw"), self.tr("Toevoegen"), self)
        add.setObjectName("toevoegen")
        add.clicked.connect(self.capture_idea)
        row.addWidget(self.capture, 1)
        row.addWidget(add)
        QWidget.setTabOrder(self.capture, add)
        QWidget.setTabOrder(add, self.filter_edit)
        self.capture_error = QLabel(self)
        self.capture_error.setObjectName("snel_invoer_fout")
        self.capture_error.setStyleSheet("color: #b00020;")
        self.capture_error.setVisible(False)
        self.layout_.insertLayout(0, row)
        self.layout_.insertWidget(1, self.capture_error)

    def _build_filters(self) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        fill_combo(self.status_filter, labels.status_choices("idee"), self.tr("Alle statussen"))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData()))
        self.thema_filter = QComboBox(self)
        self.thema_filter.setObjectName("thema_filter")
        self.thema_filter.setMinimumContentsLength(12)
        self.thema_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("thema", self.thema_filter.currentData()))
        self.top_bar.insertWidget(1, QLabel(self.tr("Status:"), self))
        self.top_bar.insertWidget(2, self.status_filter)
        self.top_bar.insertWidget(3, QLabel(self.tr("Thema:"), self))
        self.top_bar.insertWidget(4, self.thema_filter)

    # --- refresh ---------------------------------------------------------------------------------------

    def scope_changed(self) -> None:
        self._reload_choices()

    def refresh(self) -> None:
        if self._quiet_row is None:
            self._reload_choices()
        super().refresh()

    def _reload_choices(self) -> None:
        wijk_id = self.context.wijk_id
        current = self.thema_filter.currentData()
        themas = lists.idee_themas(wijk_id) if wijk_id else []
        fill_combo(self.thema_filter, [(t, t) for t in themas], self.tr("Alle thema's"),
                   current if current in themas else None)
        if current not in themas:
            self.model.set_filter("thema", None)
        self.pane.load_choices(wijk_id, themas)

    def show_detail(self, row, reload_inputs: bool = True) -> None:
        self.pane.show_idee(row.id if row else None, reload_inputs)

    # --- actions ---------------------------------------------------------------------------------------

    def capture_idea(self) -> None:
        """Quick capture: save the typed title as a new idea and get ready for the next one."""
        titel = self.capture.text()
        wijk_id, jaar = self.context.wijk_id, self.context.jaar
        self.capture_error.setVisible(False)
        if wijk_id is None:
            self.capture_error.setText(self.tr("Kies eerst een wijk (of maak er een via Bestand > Wijken beheren)."))
            self.capture_error.setVisible(True)
            return
        try:
            row = self.context.change(self.tr("Idee '{0}' toevoegen").format(titel.strip()),
                                      lambda: ideeen.capture_idee(wijk_id, titel, jaar))
        except ValidationError as exc:
            self.capture_error.setText(exc.message)
            self.capture_error.setVisible(True)
            self.capture.setFocus()
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        # setText, not clear(): clear() is an undoable edit, so Ctrl+Z brought the saved title back into
        # the line (ready to be saved twice); setText also empties the line's own undo history.
        self.capture.setText("")
        self.capture.setFocus()
        self.ensure_fresh()
        self.select(row.id)
        self.capture.setFocus()

    def new_item(self) -> None:
        self.capture.setFocus()
        self.capture.selectAll()

    def focus_on_open(self) -> None:
        # At a bewonersavond the tab is opened to type ideas: click the tab, type, Enter.
        self.capture.setFocus()

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:  # refused before the question, not after the user said yes
            ideeen.delete_idee(row.id, check_only=True)
        except ServiceError as exc:
            show_error(self, exc, self.tr("Niet verwijderd"))
            return
        if not confirm(self, self.tr("Idee verwijderen"),
                       self.tr("Het idee '{0}' verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.").format(row.titel),
                       self.tr("Verwijderen")):
            return
        try:
            self.context.change(self.tr("Idee '{0}' verwijderen").format(row.titel), lambda: ideeen.delete_idee(row.id),
                                self.editing_versies(row.id))
        except ServiceError as exc:
            self.show_fresh(exc)
            show_error(self, exc, self.tr("Niet verwijderd"))

    def change_status(self) -> None:
        row = self.current_row()
        if row is None:
            return
        idee = ideeen.get_idee(row.id)

        def apply(status: str, reden: str) -> None:
            text = self.tr("Status van '{0}' naar '{1}'").format(idee.titel, labels.status_label("idee", status))
            try:
                self.quietly(row.id, lambda: self.context.change(
                    text, lambda: ideeen.change_status(row.id, status, reden), self.editing_versies(row.id)))
            except ServiceError as exc:
                self.show_fresh(exc)  # the dialog then says who changed it
                raise

        StatusDialog("idee", idee.status, idee.titel, apply, self).exec()

    def make_goal(self) -> None:
        """'Maak doel van dit idee': a goal with the idea's title, linked to it; the idea becomes 'gekozen'."""
        row = self.current_row()
        if row is None:
            return
        try:
            doel = self.context.change(self.tr("Doel maken van '{0}'").format(row.titel),
                                       lambda: doelen.doel_from_idee(row.id))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.goal_created.emit(doel.id)
