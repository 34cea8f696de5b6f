"""Bijeenkomsten: the meetings of a wijk, the one 'nu bezig', and the decisions taken there.

A meeting's fields save when the user leaves them (as in every detail pane). Decisions are added in a
small dialog, and withdrawn or replaced with a reason; they are never edited. The decisions a
stemronde writes (outcome fixed, manual changes) appear here by themselves.
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.services import bijeenkomsten
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.views import labels
from wijkdesk.views.autosave import AutoSave
from wijkdesk.views.dialogs import FormDialog, RedenDialog, confirm, fill_combo, show_error
from wijkdesk.views.field_errors import FieldErrors
from wijkdesk.views.forms.ui_besluit_dialog import Ui_BesluitDialog
from wijkdesk.views.forms.ui_bijeenkomst_detail import Ui_BijeenkomstDetail
from wijkdesk.views.icons import icon
from wijkdesk.views.models import BijeenkomstenModel
from wijkdesk.views.tabs.simple import TableTab

log = logging.getLogger(__name__)

TABLES = frozenset({"bijeenkomst", "besluit", "idee", "stemronde", "ronde_idee"})
FIELDS = ("titel", "soort", "datum", "tijd", "plaats", "aantal_aanwezig", "agenda", "notities")
MUTED = QColor("#6b6b6b")


class BesluitDialog(FormDialog):
    """Type a decision (what, who decided, why, an amount when it is about money); or its replacement."""

    UI = Ui_BesluitDialog

    def __init__(self, bijeenkomst_id: int, parent=None, vervangt=None):
        super().__init__(parent)
        self.bijeenkomst_id = bijeenkomst_id
        self.vervangt = vervangt
        replacing = vervangt is not None
        self.form.status_reden.setVisible(replacing)
        self.form.status_reden_label.setVisible(replacing)
        # A replacement's reason is why it replaces the old one: one reason field, not two.
        self.form.reden.setVisible(not replacing)
        self.form.reden_label.setVisible(not replacing)
        if replacing:
            self.setWindowTitle(self.tr("Besluit vervangen"))
            self.form.uitleg.setText(self.tr("Het oude besluit blijft op de lijst, als 'vervangen', met de reden:"
                                             "<br><i>{0}</i>").format(vervangt.tekst))
            self.form.tekst.setPlainText(vervangt.tekst)
            self.form.besloten_door.setText(vervangt.besloten_door)
            if vervangt.bedrag_cents is not None:
                self.form.bedrag_cents.setText(format_cents(vervangt.bedrag_cents, symbol=False))
        else:
            self.setWindowTitle(self.tr("Besluit toevoegen"))
            self.form.uitleg.setText(self.tr("Een besluit wordt niet meer bewerkt: later kan het alleen worden "
                                             "ingetrokken of vervangen, met een reden."))
        self.form.tekst.setFocus()

    def save(self, _override_reden: str):
        form = self.form
        values = dict(tekst=form.tekst.toPlainText(), besloten_door=form.besloten_door.text(),
                      bedrag=form.bedrag_cents.text())
        if self.vervangt is None:
            return self.parent().add_besluit(self.bijeenkomst_id, reden=form.reden.toPlainText(), **values)
        if not form.status_reden.toPlainText().strip():
            raise ValidationError("status_reden", self.tr("Schrijf op waarom het oude besluit wordt vervangen."))
        return self.parent().replace_besluit(self.vervangt.id, reden=form.status_reden.toPlainText(),
                                             versies={("Besluit", self.vervangt.id): self.vervangt.versie}, **values)


class BijeenkomstDetail(QWidget):
    """The detail pane of one meeting: its fields, what happened there, its decisions."""

    def __init__(self, tab: "BijeenkomstenTab"):
        super().__init__(tab)
        self.tab = tab
        self.form = Ui_BijeenkomstDetail()
        self.form.setupUi(self)
        fill_combo(self.form.soort, labels.bijeenkomst_soort_choices())
        self.form.rij_1.setStretch(0, 1)  # the explanation takes the width, the button keeps its own
        self.errors = FieldErrors(self.form, self)
        self.autosave = AutoSave(self.form, self.errors, self._save, self)
        self.autosave.bind(*FIELDS)
        table = self.form.besluiten
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.form.nu_bezig_knop.setIcon(icon("bijeenkomsten"))
        self.form.besluit_knop.setIcon(icon("nieuw"))
        self.form.verwijder_knop.setIcon(icon("verwijderen"))
        self.form.nu_bezig_knop.clicked.connect(tab.toggle_nu_bezig)
        self.form.besluit_knop.clicked.connect(tab.new_besluit)
        self.form.intrekken_knop.clicked.connect(tab.withdraw_besluit)
        self.form.vervangen_knop.clicked.connect(tab.replace_selected_besluit)
        self.form.besluitenlijst_knop.clicked.connect(tab.save_besluitenlijst)
        self.form.verwijder_knop.clicked.connect(tab.delete_selected)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.row_id: int | None = None
        self.besluit_ids: list[int] = []
        self.setEnabled(False)

    def show_bijeenkomst(self, row_id: int | None, reload_inputs: bool = True) -> None:
        meeting = bijeenkomsten.find_bijeenkomst(row_id)
        self.row_id = meeting.id if meeting else None
        self.setEnabled(meeting is not None)
        if meeting is None:
            self.form.kop.setText(self.tr("Kies een bijeenkomst in de lijst, of maak een nieuwe (Ctrl+N)."))
            self.form.nu_bezig_tekst.clear()
            self.form.samenvatting.clear()
            self.form.besluiten.setRowCount(0)
            self.besluit_ids = []
            self.tab.note_loaded(None)
            self.autosave.load({f: None for f in FIELDS})
            return
        self.form.kop.setText(f"{meeting.titel} {format_date(meeting.datum)}")
        if meeting.nu_bezig:
            self.form.nu_bezig_tekst.setText(self.tr("<b>Nu bezig</b>: nieuwe ideeën (snel invoeren) en een nieuwe "
                                                     "stemronde horen vanzelf bij deze bijeenkomst."))
            self.form.nu_bezig_knop.setText(self.tr("Niet meer bezig"))
        else:
            self.form.nu_bezig_tekst.setText(self.tr("Zet op 'nu bezig' tijdens de bijeenkomst: dan horen nieuwe "
                                                     "ideeën en een nieuwe stemronde er vanzelf bij."))
            self.form.nu_bezig_knop.setText(self.tr("Nu bezig"))
        if reload_inputs:
            self.tab.note_loaded(meeting)  # saves from these inputs expect this version
            self.autosave.load({
                "titel": meeting.titel, "soort": meeting.soort, "datum": format_date(meeting.datum),
                "tijd": meeting.tijd, "plaats": meeting.plaats,
                "aantal_aanwezig": "" if meeting.aantal_aanwezig is None else str(meeting.aantal_aanwezig),
                "agenda": meeting.agenda, "notities": meeting.notities,
            })
        view = bijeenkomsten.overzicht(meeting)
        ideas = ", ".join(i.titel for i in view.ideeen[:8]) + (" …" if len(view.ideeen) > 8 else "")
        rounds = ", ".join(f"{r.titel} ({r.status})" for r in view.rondes)
        self.form.samenvatting.setText(
            self.tr("Ideeën ingebracht: {0}{1}").format(len(view.ideeen), f": {ideas}" if ideas else "")
            + "<br>" + self.tr("Stemrondes: {0}").format(rounds or self.tr("geen")))
        self._fill_besluiten(view.besluiten)

    def _fill_besluiten(self, rows: list) -> None:
        table = self.form.besluiten
        keep = self.selected_besluit_id()
        table.setRowCount(len(rows))
        self.besluit_ids = [b.id for b in rows]
        for position, besluit in enumerate(rows):
            text = besluit.tekst
            if besluit.bedrag_cents is not None:
                text += f" ({format_cents(besluit.bedrag_cents)})"
            if besluit.reden and besluit.reden not in besluit.tekst:
                text += "\n" + self.tr("Reden: {0}").format(besluit.reden)
            status = labels.besluit_status_label(besluit.status)
            if besluit.status != "geldig":
                text += "\n" + self.tr("{0}: {1}").format(status.capitalize(), besluit.status_reden)
            door = besluit.besloten_door or ("" if not bijeenkomsten.is_van_stemronde(besluit) else "stemronde")
            cells = [str(position + 1), text, door, status]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if besluit.status != "geldig":
                    item.setForeground(MUTED)
                    font = QFont(item.font())
                    font.setStrikeOut(column == 1)
                    item.setFont(font)
                table.setItem(position, column, item)
        table.resizeRowsToContents()
        if keep in self.besluit_ids:
            table.selectRow(self.besluit_ids.index(keep))
        self._update_buttons()

    def selected_besluit_id(self) -> int | None:
        rows = self.form.besluiten.selectionModel().selectedRows() if self.form.besluiten.selectionModel() else []
        if not rows or rows[0].row() >= len(self.besluit_ids):
            return None
        return self.besluit_ids[rows[0].row()]

    def _update_buttons(self) -> None:
        besluit_id = self.selected_besluit_id()
        found = bijeenkomsten.find_besluit(besluit_id)
        geldig = found is not None and found.status == "geldig"
        self.form.intrekken_knop.setEnabled(geldig)
        self.form.vervangen_knop.setEnabled(geldig)

    def _save(self, field: str, value) -> None:
        self.tab.save_field(self.row_id, lambda row_id: bijeenkomsten.find_bijeenkomst(row_id).titel,
                            self.tr("Bijeenkomst '{0}' wijzigen"), bijeenkomsten.update_bijeenkomst, field, value)


class BijeenkomstenTab(TableTab):
    """Bijeenkomsten of the chosen wijk, newest first."""

    key = "bijeenkomsten"
    icon_name = "bijeenkomsten"
    MODEL = BijeenkomstenModel
    WIDTHS = {0: 10, 1: 5, 2: 20, 3: 14, 4: 16, 5: 8, 6: 6, 7: 8}
    FILL_COLUMN = BijeenkomstenModel.TITEL
    SORT_COLUMN = BijeenkomstenModel.DATUM
    SORT_DESCENDING = True
    TABLES = TABLES
    OWN = frozenset({"bijeenkomst", "besluit"})

    def title(self) -> str:
        return self.tr("Bijeenkomsten")

    def nouns(self):
        return self.tr("bijeenkomst"), self.tr("bijeenkomsten")

    def make_detail(self):
        self.pane = BijeenkomstDetail(self)
        return self.pane

    def show_detail(self, row, reload_inputs: bool = True) -> None:
        self.pane.show_bijeenkomst(row.id if row else None, reload_inputs)

    # --- meetings ----------------------------------------------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N: a bewonersavond today; the title is ready to be typed over."""
        wijk_id = self.context.wijk_id
        if wijk_id is None:
            show_error(self, ServiceError(self.tr("Kies eerst een wijk (of maak er een via Bestand > Wijken beheren).")))
            return
        try:
            row = self.context.change(self.tr("Bijeenkomst toevoegen"),
                                      lambda: bijeenkomsten.create_bijeenkomst(wijk_id, dt.date.today()))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.select(row.id)
        self.focus_in_pane(self.pane.form.titel)

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if not confirm(self, self.tr("Bijeenkomst verwijderen"),
                       self.tr("De bijeenkomst '{0}' van {1} verwijderen? Dit kan ongedaan worden gemaakt met "
                               "Ctrl+Z.").format(row.titel, format_date(row.datum)), self.tr("Verwijderen")):
            return
        try:
            self.context.change(self.tr("Bijeenkomst '{0}' verwijderen").format(row.titel),
                                lambda: bijeenkomsten.delete_bijeenkomst(row.id), self.editing_versies(row.id))
        except ServiceError as exc:
            self.show_fresh(exc)
            show_error(self, exc, self.tr("Niet verwijderd"))

    def toggle_nu_bezig(self) -> None:
        row = self.current_row()
        if row is None:
            return
        meeting = bijeenkomsten.find_bijeenkomst(row.id)
        if meeting is None:
            return
        aan = not meeting.nu_bezig
        text = (self.tr("'{0}' nu bezig") if aan else self.tr("'{0}' niet meer bezig")).format(meeting.titel)
        try:
            self.context.change(text, lambda: bijeenkomsten.set_nu_bezig(row.id, aan))
        except ServiceError as exc:
            show_error(self, exc)

    # --- decisions ---------------------------------------------------------------------------------

    def new_besluit(self) -> None:
        if self.pane.row_id is None:
            return
        BesluitDialog(self.pane.row_id, self).exec()

    def add_besluit(self, bijeenkomst_id: int, **values):
        """Called by BesluitDialog: the decision through the service, undoable."""
        return self.context.change(self.tr("Besluit toevoegen"),
                                   lambda: bijeenkomsten.add_besluit(bijeenkomst_id, **values))

    def _selected_besluit(self):
        return bijeenkomsten.find_besluit(self.pane.selected_besluit_id())

    def withdraw_besluit(self) -> None:
        besluit = self._selected_besluit()
        if besluit is None:
            return
        dialog = RedenDialog(self.tr("Besluit intrekken: <i>{0}</i><br>Het blijft op de lijst, als 'ingetrokken'.")
                             .format(besluit.tekst), self, self.tr("Besluit intrekken"))
        if not dialog.exec():
            return
        try:
            # The version shown when the question opened: a decision another user withdrew or replaced
            # meanwhile is refused (who and when), not changed a second time.
            self.context.change(self.tr("Besluit intrekken"),
                                lambda: bijeenkomsten.withdraw_besluit(besluit.id, dialog.reason()),
                                {("Besluit", besluit.id): besluit.versie})
        except ServiceError as exc:
            show_error(self, exc)

    def replace_selected_besluit(self) -> None:
        besluit = self._selected_besluit()
        if besluit is None:
            return
        BesluitDialog(besluit.bijeenkomst_id, self, vervangt=besluit).exec()

    def replace_besluit(self, besluit_id: int, reden: str, versies: dict | None = None, **values):
        """Called by BesluitDialog: a new decision in place of the old one; undo puts the old one back."""
        return self.context.change(self.tr("Besluit vervangen"), lambda: bijeenkomsten.replace_besluit(
            besluit_id, values["tekst"], values["besloten_door"], reden, bedrag=values.get("bedrag")), versies)

    def save_besluitenlijst(self) -> None:
        """The besluitenlijst of the chosen meeting as PDF."""
        from wijkdesk.views import pdf_actions

        if self.pane.row_id is not None:
            pdf_actions.save_besluitenlijst(self, self.pane.row_id)
