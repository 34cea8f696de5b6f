"""Doelen: goals with indicator, deadline and owner; a progress timeline; money granted and spent."""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.services import doelen, ideeen, lists
from wijkdesk.services.errors import ServiceError
from wijkdesk.views import labels
from wijkdesk.views.autosave import AutoSave
from wijkdesk.views.dialogs import FormDialog, KiesDialog, StatusDialog, confirm, fill_combo, show_error
from wijkdesk.views.field_errors import FieldErrors
from wijkdesk.views.forms.ui_doel_detail import Ui_DoelDetail
from wijkdesk.views.forms.ui_voortgang_dialog import Ui_VoortgangDialog
from wijkdesk.views.icons import icon
from wijkdesk.views.models import DoelenModel, VoortgangModel
from wijkdesk.views.verantwoording_dialog import BijlagenDialog
from wijkdesk.views.tabs.base import configure_table, selected_row
from wijkdesk.views.tabs.simple import TableTab

log = logging.getLogger(__name__)

FIELDS = ("titel", "omschrijving", "indicator", "streefwaarde", "bereikt_waarde", "deadline", "verantwoordelijke",
          "eigenaar_groep", "begroot_cents")


class VoortgangDialog(FormDialog):
    """A dated progress entry: date, percentage, explanation."""

    UI = Ui_VoortgangDialog

    def __init__(self, context, doel, parent=None):
        super().__init__(parent)
        self.context = context
        self.doel_id = doel.id
        self.setWindowTitle(self.tr("Voortgang van '{0}'").format(doel.titel))
        self.form.datum.setText(format_date(dt.date.today()))
        self.form.percentage.setValue(doel.voortgang)

    def save(self, override_reden: str):
        doel_id = self.doel_id
        datum, percentage, toelichting = (self.form.datum.text(), self.form.percentage.value(),
                                          self.form.toelichting.toPlainText())
        return self.context.change(self.tr("Voortgang {0} % melden").format(percentage),
                                   lambda: doelen.add_voortgang(doel_id, percentage, toelichting, datum))


class DoelDetail(QWidget):
    """The detail pane of one goal."""

    def __init__(self, tab: "DoelenTab"):
        super().__init__(tab)
        self.tab = tab
        self.form = Ui_DoelDetail()
        self.form.setupUi(self)
        self.errors = FieldErrors(self.form, self)
        self.autosave = AutoSave(self.form, self.errors, self._save, self)
        self.autosave.bind(*FIELDS)
        self.voortgang_model = VoortgangModel(self)
        configure_table(self.form.voortgang_tabel, self.voortgang_model, {0: 11, 1: 9},
                        VoortgangModel.DATUM, True)
        self.form.voortgang_tabel.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        for button, name in ((self.form.status_knop, "status"), (self.form.voortgang_knop, "nieuw"),
                             (self.form.koppel_knop, "ideeen"), (self.form.verwijder_knop, "verwijderen")):
            button.setIcon(icon(name))
        self.form.status_knop.clicked.connect(tab.change_status)
        self.form.voortgang_knop.clicked.connect(tab.add_progress)
        self.form.koppel_knop.clicked.connect(tab.link_idea)
        self.form.ontkoppel_knop.clicked.connect(tab.unlink_idea)
        self.form.verwijder_knop.clicked.connect(tab.delete_selected)
        self.form.bijlagen_knop.clicked.connect(tab.goal_attachments)
        self.form.voortgang_bijlagen_knop.clicked.connect(tab.progress_attachments)
        self._reserve_te_laat()
        self.row_id: int | None = None
        self.setEnabled(False)

    def _reserve_te_laat(self) -> None:
        """The 'Te laat' notice keeps its room when hidden: the fields below it moved up and down by its
        height at every click from an overdue goal to one on time and back (found clicking through the
        window). Hidden, it holds a text of the same form, so the room it keeps is the room it takes."""
        label = self.form.te_laat
        policy = label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        self._hide_te_laat()

    def _hide_te_laat(self) -> None:
        self.form.te_laat.setVisible(False)
        self.form.te_laat.setText(self._te_laat_text(dt.date(2000, 12, 31), 1000))

    def _te_laat_text(self, deadline: dt.date, days: int) -> str:
        return self.tr("Te laat: de deadline ({0}) is {1} dagen geleden verstreken.").format(
            format_date(deadline), days)

    def load_choices(self, wijk_id: int | None) -> None:
        fill_combo(self.form.eigenaar_groep, lists.groep_keuzes(wijk_id), self.tr("(geen groep)"))

    def show_doel(self, row_id: int | None, reload_inputs: bool = True) -> None:
        doel = doelen.find_doel(row_id)
        if doel is None or doel.id != self.row_id:
            reload_inputs = True  # the inputs always hold the values of the row that saves go to
        self.row_id = doel.id if doel else None
        self.setEnabled(doel is not None)
        if doel is None:
            self.form.kop.setText(self.tr("Kies een doel in de lijst, of maak een nieuw doel (Ctrl+N)."))
            self.form.status_tekst.clear()
            self._hide_te_laat()
            self.form.toegekend_tekst.clear()
            self.form.uitgegeven_tekst.clear()
            self.form.ideeen_lijst.clear()
            self.voortgang_model.set_scope(None)
            self._set_progress(0)
            self.tab.note_loaded(None)
            self.autosave.load({f: None for f in FIELDS})
            return
        self.form.kop.setText(doel.titel)
        self.form.status_tekst.setText(self.tr("Status: <b>{0}</b>").format(labels.status_label("doel", doel.status)))
        if doelen.te_laat(doel.deadline, doel.status):
            self.form.te_laat.setText(self._te_laat_text(doel.deadline, (dt.date.today() - doel.deadline).days))
            self.form.te_laat.setVisible(True)
        else:
            self._hide_te_laat()
        table = self.tab.table  # the goal's money is read with that of the rows on screen: one query
        shown = (table.rowAt(0), table.rowAt(table.viewport().height() - 1))
        money = self.tab.model.lazy_values_of(doel.id, shown)
        if money is None:  # removed by someone else a moment ago: the list shows it gone at its next reading
            self.form.toegekend_tekst.clear()
            self.form.uitgegeven_tekst.clear()
        else:
            self.form.toegekend_tekst.setText(self.tr("Toegekend: <b>{0}</b>").format(
                format_cents(money["toegekend_cents"])))
            self.form.uitgegeven_tekst.setText(self.tr("Uitgegeven: <b>{0}</b>").format(
                format_cents(money["uitgegeven_cents"])))
        self._set_progress(doel.voortgang)
        self.form.voortgang_balk.setFormat(self.tr("%p % klaar"))
        self.voortgang_model.set_scope({"doel_id": doel.id})
        self.form.ideeen_lijst.clear()
        for idee_id, titel, status in lists.gekoppelde_ideeen(doel.id):
            item = QListWidgetItem(f"{idee_id}. {titel} ({labels.status_label('idee', status)})")
            item.setData(Qt.ItemDataRole.UserRole, idee_id)
            self.form.ideeen_lijst.addItem(item)
        self.form.ontkoppel_knop.setEnabled(self.form.ideeen_lijst.count() > 0)
        if reload_inputs:
            self.tab.note_loaded(doel)  # saves from these inputs expect this version
            self.autosave.load({
                "titel": doel.titel, "omschrijving": doel.omschrijving, "indicator": doel.indicator,
                "streefwaarde": doel.streefwaarde, "bereikt_waarde": doel.bereikt_waarde,
                "deadline": format_date(doel.deadline),
                "verantwoordelijke": doel.verantwoordelijke, "eigenaar_groep": doel.eigenaar_groep_id,
                "begroot_cents": format_cents(doel.begroot_cents, symbol=False) if doel.begroot_cents is not None else "",
            })

    def _set_progress(self, percentage: int) -> None:
        """The progress bar's value, painted with the rest of the pane.

        QProgressBar.setValue paints at once (repaint, not update) and so painted the whole window's
        pending region in the middle of filling the pane: the list just filtered was painted twice, and
        the pane once half-filled (filtering the goals on 'bankjes' at 100,000 expenses: 20 ms of the 42)."""
        bar = self.form.voortgang_balk
        bar.setUpdatesEnabled(False)
        bar.setValue(percentage)
        bar.setUpdatesEnabled(True)  # asks for an ordinary paint in the next round of events

    def _save(self, field: str, value) -> None:
        self.tab.save_field(self.row_id, lambda i: doelen.get_doel(i).titel, self.tr("Doel '{0}' wijzigen"),
                            doelen.update_doel, field, value)


class DoelenTab(TableTab):
    """Doelen of the chosen wijk; those te laat in red."""

    key = "doelen"
    icon_name = "doelen"
    MODEL = DoelenModel
    WIDTHS = {0: 30, 1: 9, 2: 10, 3: 9, 4: 12, 5: 12, 6: 12, 7: 20}
    FILL_COLUMN = DoelenModel.TITEL
    SORT_COLUMN = DoelenModel.DEADLINE
    TABLES = frozenset({"doel", "toekenning", "uitgave", "voortgang", "doel_idee", "bewonersgroep", "idee"})
    OWN = frozenset({"doel", "voortgang", "doel_idee"})

    def nouns(self):
        return self.tr("doel"), self.tr("doelen")

    def make_detail(self):
        self.pane = DoelDetail(self)
        return self.pane

    def scope_changed(self) -> None:
        self.pane.load_choices(self.context.wijk_id)

    def refresh(self) -> None:
        if self._quiet_row is None:
            self.pane.load_choices(self.context.wijk_id)
        super().refresh()

    def show_detail(self, row, reload_inputs: bool = True) -> None:
        self.pane.show_doel(row.id if row else None, reload_inputs)

    def select_doel(self, doel_id: int) -> None:
        self.filter_edit.clear()
        self.filter_box.flush()
        self.ensure_fresh()
        if not self.select(doel_id):
            self.model.fetch_all()
            self.select(doel_id)

    # --- actions ---------------------------------------------------------------------------------------

    def new_item(self) -> None:
        """A new goal titled 'Nieuw doel', selected with its title ready to type over."""
        wijk_id = self.context.wijk_id
        if wijk_id is None:
            return
        # A goal made while another year is shown belongs to that year (services.jaren), so it stays in view.
        jaar = self.context.jaar if self.context.jaar not in (None, dt.date.today().year) else None
        try:
            doel = self.context.change(self.tr("Nieuw doel"),
                                       lambda: doelen.create_doel(wijk_id, self.tr("Nieuw doel"), jaar=jaar))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.select_doel(doel.id)
        self.focus_in_pane(self.pane.form.titel)

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:  # refused before the question, not after the user said yes
            doelen.delete_doel(row.id, check_only=True)
        except ServiceError as exc:
            show_error(self, exc, self.tr("Niet verwijderd"))
            return
        if not confirm(self, self.tr("Doel verwijderen"), self.tr(
                "Het doel '{0}' verwijderen, met zijn voortgang en koppelingen? "
                "Dit kan ongedaan worden gemaakt met Ctrl+Z.").format(row.titel), self.tr("Verwijderen")):
            return
        try:
            self.context.change(self.tr("Doel '{0}' verwijderen").format(row.titel), lambda: doelen.delete_doel(row.id),
                                self.editing_versies(row.id))
        except ServiceError as exc:
            self.show_fresh(exc)
            show_error(self, exc, self.tr("Niet verwijderd"))

    def change_status(self) -> None:
        row = self.current_row()
        if row is None:
            return
        doel = doelen.get_doel(row.id)

        def apply(status: str, reden: str) -> None:
            text = self.tr("Status van '{0}' naar '{1}'").format(doel.titel, labels.status_label("doel", status))
            try:
                self.quietly(row.id, lambda: self.context.change(
                    text, lambda: doelen.change_status(row.id, status, reden), self.editing_versies(row.id)))
            except ServiceError as exc:
                self.show_fresh(exc)  # the dialog then says who changed it
                raise

        StatusDialog("doel", doel.status, doel.titel, apply, self).exec()

    def add_progress(self) -> None:
        row = self.current_row()
        if row is None:
            return
        VoortgangDialog(self.context, doelen.get_doel(row.id), self).exec()

    def goal_attachments(self) -> None:
        """Photos and documents of the chosen goal (services.bijlagen; each add or remove is undoable)."""
        doel_id = self.pane.row_id
        if doel_id is not None:
            BijlagenDialog(self.context, "doel", doel_id, doelen.get_doel(doel_id).titel, self).exec()

    def progress_attachments(self) -> None:
        """Photos and documents of the progress entry chosen in the goal's progress list."""
        row = selected_row(self.pane.form.voortgang_tabel)
        if row is None:
            show_error(self, ServiceError(self.tr("Kies eerst een voortgangsmelding in de lijst.")),
                       self.tr("Bijlagen"))
            return
        naam = f"{format_date(row.datum)}: {row.toelichting}" if row.toelichting else format_date(row.datum)
        BijlagenDialog(self.context, "voortgang", row.id, naam, self).exec()

    def link_idea(self) -> None:
        row = self.current_row()
        if row is None:
            return
        linked = {i for i, _t, _s in lists.gekoppelde_ideeen(row.id)}
        ideas = [(i.id, f"{i.id}. {i.titel}") for i in ideeen.ideeen_van_wijk(self.context.wijk_id, exclude=linked)]
        dialog = KiesDialog(self.tr("Idee koppelen"), self.tr("Van welk idee is dit doel (ook) gemaakt?"), ideas, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        idee_id = dialog.chosen()
        try:
            self.context.change(self.tr("Idee koppelen aan '{0}'").format(row.titel),
                                lambda: doelen.link_idee(row.id, idee_id))
        except ServiceError as exc:
            show_error(self, exc)

    def unlink_idea(self) -> None:
        row = self.current_row()
        item = self.pane.form.ideeen_lijst.currentItem() or self.pane.form.ideeen_lijst.item(0)
        if row is None or item is None:
            return
        idee_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self.context.change(self.tr("Idee ontkoppelen van '{0}'").format(row.titel),
                                lambda: doelen.unlink_idee(row.id, idee_id))
        except ServiceError as exc:
            show_error(self, exc)

    def _on_data_changed(self, tables: frozenset) -> None:
        # Progress entries and links live in the detail pane only: re-read the pane, not the list.
        if tables <= {"voortgang", "doel_idee"} and self.isVisible() and self.pane.row_id is not None:
            self.pane.show_doel(self.pane.row_id, reload_inputs=False)
            if "voortgang" in tables:
                self.model.refresh_row(self.pane.row_id)
            return
        super()._on_data_changed(tables)
