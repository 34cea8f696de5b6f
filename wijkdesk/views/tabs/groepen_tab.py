"""Bewonersgroepen: the groups of a wijk, their details, and the persons in them with their roles."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFileDialog, QInputDialog, QPushButton, QWidget

from wijkdesk.exchange import persoonsgegevens
from wijkdesk.exchange.safe_file import file_error_text
from wijkdesk.services import groepen
from wijkdesk.services.errors import ServiceError
from wijkdesk.views import labels
from wijkdesk.views.autosave import AutoSave
from wijkdesk.views.dialogs import FormDialog, confirm, fill_combo, show_error
from wijkdesk.views.field_errors import FieldErrors
from wijkdesk.views.forms.ui_groep_detail import Ui_GroepDetail
from wijkdesk.views.forms.ui_lid_dialog import Ui_LidDialog
from wijkdesk.views.icons import icon
from wijkdesk.views.models import GroepenModel, LedenModel
from wijkdesk.views.tabs.base import configure_table, selected_row
from wijkdesk.views.tabs.simple import TableTab
from wijkdesk.views.wis_dialog import erase_with_confirmation

log = logging.getLogger(__name__)

FIELDS = ("naam", "soort", "thema", "actief", "notities")


class LidDialog(FormDialog):
    """Add a person to a group: an existing person, or a new one (name, contact, consent), with a role."""

    UI = Ui_LidDialog

    def __init__(self, context, groep, parent=None):
        super().__init__(parent)
        self.context = context
        self.groep_id = groep.id
        self.setWindowTitle(self.tr("Lid toevoegen aan '{0}'").format(groep.naam))
        members = {m.persoon_id for m in groep.leden}
        from wijkdesk.services import lists

        fill_combo(self.form.persoon, [(i, n) for i, n in lists.persoon_keuzes() if i not in members],
                   self.tr("(nieuwe persoon)"))
        fill_combo(self.form.rol, [(r, labels.rol_label(r)) for r in groepen.ROLLEN], current="lid")
        self.form.persoon.currentIndexChanged.connect(self._toggle_new)
        self._toggle_new()

    def _toggle_new(self) -> None:
        new = self.form.persoon.currentData() is None
        for name in ("naam", "email", "telefoon", "toestemming_op"):
            getattr(self.form, name).setEnabled(new)

    def save(self, override_reden: str):
        groep_id = self.groep_id
        persoon_id = self.form.persoon.currentData()
        rol = self.form.rol.currentData()
        if persoon_id is None:
            values = {"naam": self.form.naam.text(), "email": self.form.email.text(),
                      "telefoon": self.form.telefoon.text(), "toestemming_op": self.form.toestemming_op.text()}
            return self.context.change(self.tr("Lid '{0}' toevoegen").format(values["naam"].strip()),
                                       lambda: groepen.add_new_lid(groep_id, rol, **values))
        return self.context.change(self.tr("Lid toevoegen"), lambda: groepen.add_lid(groep_id, persoon_id, rol))


class GroepDetail(QWidget):
    """The detail pane of one group, with its members."""

    def __init__(self, tab: "GroepenTab"):
        super().__init__(tab)
        self.tab = tab
        self.form = Ui_GroepDetail()
        self.form.setupUi(self)
        self.errors = FieldErrors(self.form, self)
        fill_combo(self.form.soort, [(s, labels.soort_label(s)) for s in groepen.SOORTEN])
        self.autosave = AutoSave(self.form, self.errors, self._save, self)
        self.autosave.bind(*FIELDS)
        self.leden_model = LedenModel(self)
        configure_table(self.form.leden_tabel, self.leden_model, {0: 16, 1: 13, 2: 22}, LedenModel.NAAM)
        for button, name in ((self.form.lid_toevoegen_knop, "nieuw"), (self.form.lid_verwijderen_knop, "verwijderen")):
            button.setIcon(icon(name))
        self.form.lid_toevoegen_knop.clicked.connect(tab.add_member)
        self.form.rol_knop.clicked.connect(tab.change_role)
        self.form.lid_verwijderen_knop.clicked.connect(tab.remove_member)
        self.form.archiveer_knop.clicked.connect(tab.toggle_archived)
        self.form.persoon_inzage_knop.clicked.connect(tab.export_person)
        self.form.persoon_wissen_knop.clicked.connect(tab.erase_person)
        self.row_id: int | None = None
        self.setEnabled(False)

    def show_groep(self, row_id: int | None, reload_inputs: bool = True) -> None:
        groep = groepen.find_groep(row_id)
        if groep is None or groep.id != self.row_id:
            reload_inputs = True  # the inputs always hold the values of the row that saves go to
        self.row_id = groep.id if groep else None
        self.setEnabled(groep is not None)
        if groep is None:
            self.form.kop.setText(self.tr("Kies een groep in de lijst, of maak een nieuwe groep (Ctrl+N)."))
            self.form.archief_tekst.clear()
            self.leden_model.set_scope(None)
            self.tab.note_loaded(None)
            self.autosave.load({f: None for f in FIELDS})
            return
        self.form.kop.setText(groep.naam)
        self.form.archief_tekst.setText(self.tr("Deze groep is gearchiveerd.") if groep.gearchiveerd else "")
        self.form.archief_tekst.setVisible(groep.gearchiveerd)
        self.form.archiveer_knop.setText(self.tr("Terugzetten uit archief") if groep.gearchiveerd
                                         else self.tr("Archiveren…"))
        self.leden_model.set_scope({"groep_id": groep.id})
        self.leden_model.fetch_all()
        if reload_inputs:
            self.tab.note_loaded(groep)  # saves from these inputs expect this version
            self.autosave.load({"naam": groep.naam, "soort": groep.soort, "thema": groep.thema,
                                "actief": groep.actief, "notities": groep.notities})

    def selected_member(self):
        return selected_row(self.form.leden_tabel)

    def _save(self, field: str, value) -> None:
        self.tab.save_field(self.row_id, lambda i: groepen.get_groep(i).naam, self.tr("Groep '{0}' wijzigen"),
                            groepen.update_groep, field, value)


class GroepenTab(TableTab):
    """Bewonersgroepen of the chosen wijk."""

    key = "groepen"
    icon_name = "groepen"
    MODEL = GroepenModel
    WIDTHS = {0: 34, 1: 18, 2: 6, 3: 6}
    FILL_COLUMN = GroepenModel.NAAM
    SORT_COLUMN = GroepenModel.NAAM
    TABLES = frozenset({"bewonersgroep", "lidmaatschap", "persoon"})
    OWN = TABLES

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.archive_check = QCheckBox(self.tr("Ook gearchiveerde"), self)
        self.archive_check.setObjectName("toon_archief")
        self.archive_check.toggled.connect(lambda _on: self.refresh())
        self.top_bar.insertWidget(1, self.archive_check)
        # AVG: persons whose retention term has passed, for review (erase or renew consent).
        self.retention_button = QPushButton(self.tr("Bewaartermijn…"), self)
        self.retention_button.setObjectName("bewaartermijn_knop")
        self.retention_button.setToolTip(self.tr("Personen van wie de bewaartermijn is verlopen: wissen of "
                                                 "toestemming vernieuwen"))
        self.retention_button.clicked.connect(self.review_retention)
        self.top_bar.insertWidget(2, self.retention_button)
        self._update_retention_button()

    def nouns(self):
        return self.tr("groep"), self.tr("groepen")

    def make_detail(self):
        self.pane = GroepDetail(self)
        return self.pane

    def scope(self):
        scope = super().scope()
        if scope is not None and self.archive_check.isChecked():
            scope["archief"] = True
        return scope

    def show_detail(self, row, reload_inputs: bool = True) -> None:
        self.pane.show_groep(row.id if row else None, reload_inputs)

    def _update_retention_button(self) -> None:
        from wijkdesk.services import bewaartermijn
        from wijkdesk.views.bewaartermijn_dialog import terms_from_settings

        try:
            count = len(bewaartermijn.verlopen(terms_from_settings(self.context.settings)))
        except ServiceError:
            count = 0
        self.retention_button.setText(self.tr("Bewaartermijn verlopen ({0})…").format(count) if count
                                      else self.tr("Bewaartermijn…"))

    def review_retention(self) -> None:
        from wijkdesk.views.bewaartermijn_dialog import BewaartermijnDialog

        BewaartermijnDialog(self.context, self).exec()
        self._update_retention_button()

    def _on_data_changed(self, tables: frozenset) -> None:
        if tables & {"persoon", "lidmaatschap"}:
            self._update_retention_button()
        if tables <= {"lidmaatschap", "persoon"} and self.isVisible() and self.pane.row_id is not None:
            self.pane.show_groep(self.pane.row_id, reload_inputs=False)
            self.model.refresh_row(self.pane.row_id)
            return
        super()._on_data_changed(tables)

    # --- actions ---------------------------------------------------------------------------------------

    def new_item(self) -> None:
        wijk_id = self.context.wijk_id
        if wijk_id is None:
            return
        taken = groepen.groep_namen(wijk_id)
        naam, n = self.tr("Nieuwe groep"), 2
        base = naam
        while naam in taken:
            naam, n = f"{base} {n}", n + 1
        try:
            groep = self.context.change(self.tr("Nieuwe groep"), lambda: groepen.create_groep(wijk_id, naam))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ensure_fresh()
        if not self.select(groep.id):
            self.model.fetch_all()
            self.select(groep.id)
        self.focus_in_pane(self.pane.form.naam)

    def delete_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:  # refused before the question, not after the user said yes
            groepen.delete_groep(row.id, check_only=True)
        except ServiceError as exc:
            show_error(self, exc, self.tr("Niet verwijderd"))
            return
        if not confirm(self, self.tr("Groep verwijderen"), self.tr(
                "De groep '{0}' verwijderen, met de lidmaatschappen? Dit kan ongedaan worden gemaakt met Ctrl+Z.")
                .format(row.naam), self.tr("Verwijderen")):
            return
        try:
            self.context.change(self.tr("Groep '{0}' verwijderen").format(row.naam),
                                lambda: groepen.delete_groep(row.id), self.editing_versies(row.id))
        except ServiceError as exc:
            self.show_fresh(exc)
            show_error(self, exc, self.tr("Niet verwijderd"))

    def toggle_archived(self) -> None:
        row = self.current_row()
        if row is None:
            return
        archive = not groepen.get_groep(row.id).gearchiveerd
        if archive and not confirm(self, self.tr("Groep archiveren"), self.tr(
                "De groep '{0}' archiveren? Alles blijft bewaard; de groep staat dan niet meer in de keuzelijsten.")
                .format(row.naam), self.tr("Archiveren")):
            return
        text = self.tr("Groep '{0}' archiveren") if archive else self.tr("Groep '{0}' terugzetten")
        try:
            self.context.change(text.format(row.naam), lambda: groepen.archive_groep(row.id, archive))
        except ServiceError as exc:
            show_error(self, exc)

    def add_member(self) -> None:
        if self.pane.row_id is None:
            return
        LidDialog(self.context, groepen.get_groep(self.pane.row_id), self).exec()

    def change_role(self) -> None:
        member = self.pane.selected_member()
        if member is None:
            return
        try:
            # As read now: the save names this version, so a role another user set while the question
            # is open is refused (who and when) instead of overwritten.
            versie = groepen.get_lid(member.id).versie
        except ServiceError as exc:
            show_error(self, exc)
            return
        roles = list(groepen.ROLLEN)
        names = [labels.rol_label(r) for r in roles]
        current = roles.index(member.rol) if member.rol in roles else 0
        name, ok = QInputDialog.getItem(self, self.tr("Rol wijzigen"), self.tr("Rol van {0}:").format(member.naam),
                                        names, current, False)
        if not ok:
            return
        rol = roles[names.index(name)]
        try:
            self.context.change(self.tr("Rol van {0} wijzigen").format(member.naam),
                                lambda: groepen.change_rol(member.id, rol), {("Lidmaatschap", member.id): versie})
        except ServiceError as exc:
            show_error(self, exc)

    def export_person(self) -> None:
        """AVG inzage: everything WijkDesk keeps about the selected member, saved as a JSON file."""
        member = self.pane.selected_member()
        if member is None:
            return
        suggested = str(Path.home() / f"WijkDesk-gegevens-{member.naam.replace(' ', '-')}.json")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Gegevens van {0} opslaan").format(member.naam),
                                                    suggested, self.tr("JSON-bestand (*.json)"))
        if not path:
            return
        try:
            persoonsgegevens.write_persoon(member.persoon_id, path)
        except ServiceError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            show_error(self, file_error_text(exc))
            return
        self.window().statusBar().showMessage(self.tr("Gegevens opgeslagen in {0}").format(path), 10_000)

    def erase_person(self) -> None:
        """AVG: erase the selected member everywhere (database, logs, backups), after showing the texts
        that name them; undoable while the window is open."""
        member = self.pane.selected_member()
        if member is None:
            return
        erase_with_confirmation(self, self.context, member.persoon_id, member.naam)

    def remove_member(self) -> None:
        member = self.pane.selected_member()
        if member is None:
            return
        if not confirm(self, self.tr("Uit de groep halen"), self.tr(
                "{0} uit deze groep halen? De persoon zelf blijft bewaard.").format(member.naam), self.tr("Uit de groep halen")):
            return
        try:
            self.context.change(self.tr("{0} uit de groep halen").format(member.naam),
                                lambda: groepen.remove_lid(member.id))
        except ServiceError as exc:
            show_error(self, exc)
