"""The verantwoording of a grant (checklist of its band, report, money, attachments) and the attachments
of an expense, a goal or a progress entry.

Every write is a service call inside `context.change` (one undo step): saving the checklist and report,
setting the grant verantwoord, adding or removing attachments. The files are copied by the services
(services.bijlagen); this module only asks for a file to open.
"""
from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QLabel, QListWidgetItem, QWidget

from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.services import bijlagen, budget, verantwoording
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.views.dialogs import FittedDialog, FormDialog, RedenDialog, confirm, show_error
from wijkdesk.views.forms.ui_bijlagen_dialog import Ui_BijlagenDialog
from wijkdesk.views.forms.ui_verantwoording_dialog import Ui_VerantwoordingDialog

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


def open_file(path: Path) -> bool:
    """Show a file in the program the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BijlagenPanel(QObject):
    """The list of attachments of one subject with Toevoegen…/Openen/Verwijderen, on a form that has
    `bijlagen`, `bijlage_toevoegen`, `bijlage_openen`, `bijlage_verwijderen` and `bijlage_fout`."""

    def __init__(self, context, form, host: QWidget, tabel: str, subject_id: int, naam: str,
                 default_soort: str | None = None):
        super().__init__(host)
        self.context, self.form, self.host = context, form, host
        self.tabel, self.subject_id, self.naam = tabel, subject_id, naam
        self.default_soort = default_soort
        form.bijlage_fout.setVisible(False)
        form.bijlage_toevoegen.clicked.connect(self.choose_and_add)
        form.bijlage_openen.clicked.connect(self.open_selected)
        form.bijlage_verwijderen.clicked.connect(self.remove_selected)
        form.bijlagen.itemDoubleClicked.connect(lambda _item: self.open_selected())
        form.bijlagen.currentRowChanged.connect(lambda _row: self._update_buttons())
        form.bijlage_toevoegen.setEnabled(not context.readonly)
        context.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _on_data_changed(self, tables) -> None:
        if "bijlage" in tables:
            self.refresh()

    def refresh(self) -> None:
        lijst = self.form.bijlagen
        keep = self.selected_id()
        lijst.clear()
        try:
            rows = bijlagen.for_subject(self.tabel, self.subject_id)
        except ServiceError:
            rows = []  # the subject is gone (undone meanwhile): nothing to list
        for row in rows:
            text = f"{row.naam}  ({bijlagen.SOORT_NAMEN.get(row.soort, row.soort)}, {bijlagen.size_text(row.grootte)})"
            if row.ontbreekt:
                text += self.tr(" — bestand ontbreekt")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            tip = row.omschrijving or row.naam
            item.setToolTip(tip)
            if row.ontbreekt:
                item.setForeground(Qt.GlobalColor.darkRed)
            lijst.addItem(item)
            if row.id == keep:
                lijst.setCurrentItem(item)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.form.bijlagen.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.form.bijlage_openen.setEnabled(chosen)
        self.form.bijlage_verwijderen.setEnabled(chosen and not self.context.readonly)

    def _show_problem(self, message: str) -> None:
        self.form.bijlage_fout.setText(message)
        self.form.bijlage_fout.setVisible(bool(message))

    def choose_and_add(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.host, self.tr("Bijlagen kiezen"), str(Path.home()),
            self.tr("Bonnen, foto's en documenten (*.pdf *.jpg *.jpeg *.png *.heic *.doc *.docx *.odt *.xlsx "
                         "*.txt);;Alle bestanden (*)"))
        if names:
            self.add([Path(n) for n in names])

    def add(self, paths: list[Path]) -> bool:
        """Attach the files as one change (all or none); a refusal is shown under the list."""
        self._show_problem("")
        tabel, subject_id, soort = self.tabel, self.subject_id, self.default_soort
        text = (self.tr("Bijlage '{0}' bij '{1}'").format(bijlagen.clean_name(paths[0].name), self.naam)
                if len(paths) == 1 else self.tr("{0} bijlagen bij '{1}'").format(len(paths), self.naam))

        def do():
            return [bijlagen.add(tabel, subject_id, path, soort) for path in paths]

        try:
            self.context.change(text, do)
        except ServiceError as exc:
            self._show_problem(str(exc))
            return False
        self.refresh()
        return True

    def open_selected(self) -> None:
        bijlage_id = self.selected_id()
        if bijlage_id is None:
            return
        try:
            open_file(bijlagen.readable_file(bijlage_id))
        except ServiceError as exc:
            self._show_problem(str(exc))

    def remove_selected(self) -> None:
        bijlage_id = self.selected_id()
        if bijlage_id is None:
            return
        naam = bijlagen.get_bijlage(bijlage_id).naam
        if not confirm(self.host, self.tr("Bijlage verwijderen"),
                       self.tr("De bijlage '{0}' verwijderen? Dit kan ongedaan worden gemaakt met Ctrl+Z.")
                       .format(naam), self.tr("Verwijderen")):
            return
        try:
            self.context.change(self.tr("Bijlage '{0}' verwijderen").format(naam),
                                lambda: bijlagen.remove(bijlage_id))
        except ServiceError as exc:
            self._show_problem(str(exc))
            return
        self.refresh()


class BijlagenDialog(FittedDialog):
    """The attachments of an expense, a goal or a progress entry."""

    def __init__(self, context, tabel: str, subject_id: int, naam: str, parent=None):
        super().__init__(parent)
        self.form = Ui_BijlagenDialog()
        self.form.setupUi(self)
        # Gone when closed: its panel listens to every change of the data while it exists.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        what = {"uitgave": self.tr("de uitgave"), "doel": self.tr("het doel"),
                "voortgang": self.tr("de voortgangsmelding"), "toekenning": self.tr("de toekenning")}[tabel]
        self.setWindowTitle(self.tr("Bijlagen bij {0}").format(what))
        self.form.uitleg.setText(self.tr("Bonnen, foto's en documenten bij {0} '{1}'. Ze worden naast de database "
                                         "bewaard en gaan mee in elke reservekopie.").format(what, naam))
        self.panel = BijlagenPanel(context, self.form, self, tabel, subject_id, naam,
                                   "bon" if tabel == "uitgave" else None)
        self.form.knoppen.rejected.connect(self.reject)


class VerantwoordingDialog(FormDialog):
    """The verantwoording of one grant: due date, band checklist, report, money, attachments; Save stores the
    checklist and report, Verantwoord… also sets the status (asking a reason when the checklist is not
    complete)."""

    UI = Ui_VerantwoordingDialog
    ALIASES = {"verantwoording_verslag": "verslag", "verantwoording_afgevinkt": "verslag", "status": "verslag",
               "verantwoord_op": "verslag"}

    def __init__(self, context, toekenning_id: int, parent=None):
        super().__init__(parent)
        self.context = context
        self.toekenning_id = toekenning_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # see BijlagenDialog
        stand = verantwoording.stand(toekenning_id)
        self.naam = stand.omschrijving or budget.get_toekenning(toekenning_id).zaaknummer
        self.setWindowTitle(self.tr("Verantwoording van '{0}'").format(self.naam))
        self.checks: dict[str, QCheckBox] = {}
        for punt in stand.punten:
            box = QCheckBox(punt.tekst, self.form.checklist_groep)
            box.setObjectName(f"punt_{punt.code}")
            box.setChecked(punt.afgevinkt)
            if punt.hint:
                box.setToolTip(punt.hint)
            self.form.checklist_vak.addWidget(box)
            if punt.hint:
                hint = QLabel(punt.hint, self.form.checklist_groep)
                hint.setStyleSheet("color: #555; margin-left: 22px;")
                hint.setWordWrap(True)
                self.form.checklist_vak.addWidget(hint)
            self.checks[punt.code] = box
        self.form.verslag.setPlainText(stand.verslag)
        save = self.form.knoppen.button(self.form.knoppen.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        self.form.verantwoord_knop.clicked.connect(self.verantwoord)
        self.panel = BijlagenPanel(context, self.form, self, "toekenning", toekenning_id, self.naam)
        self.show_stand(stand)
        if context.readonly:
            save.setEnabled(False)
            self.form.verantwoord_knop.setEnabled(False)

    def show_stand(self, stand: verantwoording.Stand) -> None:
        deadline = format_date(stand.deadline) if stand.deadline else self.tr("nog niet bekend (geen einddatum)")
        self.form.kop.setText(self.tr("<b>{0}</b> — {1}<br>Band: {2}<br>Verantwoorden vóór: {3}").format(
            # Typed text goes into rich text: escaped, or "Feest <buiten>" loses "<buiten>" as a tag.
            html.escape(self.naam or ""), format_cents(stand.bedrag_cents), html.escape(stand.band_tekst or ""),
            deadline))
        self.form.melding.setVisible(stand.te_laat)
        if stand.te_laat:
            self.form.melding.setText(self.tr("Te laat: de verantwoording hoorde er {0} dagen geleden te zijn "
                                              "(uiterlijk {1}).").format(stand.dagen_te_laat, format_date(stand.deadline)))
        self.form.toegekend_bedrag.setText(format_cents(stand.bedrag_cents))
        self.form.uitgegeven_bedrag.setText(format_cents(stand.uitgegeven_cents))
        self.form.resterend_bedrag.setText(format_cents(stand.resterend_cents))
        self.form.resterend_bedrag.setStyleSheet("color: #a4001d; font-weight: 600;" if stand.resterend_cents < 0
                                                 else "font-weight: 600;")
        self.form.bonnen_tekst.setText(self.tr("{0} van {1} uitgaven hebben een bon of bijlage").format(
            stand.uitgaven_met_bon, stand.uitgaven))
        if stand.status == "verantwoord":
            text = self.tr("Verantwoord op {0}.").format(format_date(stand.verantwoord_op)) if stand.verantwoord_op \
                else self.tr("Verantwoord.")
            if stand.verantwoord_reden:
                text += " " + self.tr("Checklist niet compleet; reden: {0}").format(stand.verantwoord_reden)
            self.form.stand.setText(text)
            self.form.verantwoord_knop.setEnabled(False)
        elif stand.status != verantwoording.WACHT_OP_VERANTWOORDING:
            self.form.stand.setText(self.tr("Deze toekenning is {0}: er valt (nog) niets te verantwoorden.")
                                    .format(stand.status))
            self.form.verantwoord_knop.setEnabled(False)
        else:
            self.form.stand.setText(self.tr("Vink af wat er is en klik op 'Verantwoord…' als alles klopt."))

    def ticked(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]

    def save(self, override_reden: str):
        toekenning_id, verslag, codes = self.toekenning_id, self.form.verslag.toPlainText(), self.ticked()
        return self.context.change(
            self.tr("Verantwoording van '{0}' bijwerken").format(self.naam),
            lambda: verantwoording.save(toekenning_id, verslag=verslag, afgevinkt_codes=codes))

    def verantwoord(self) -> None:
        """Save the checklist and report and set the grant verantwoord, in one change; a reason is asked when
        the checklist is not complete."""
        self.errors.clear()
        codes = self.ticked()
        missing = [box.text() for code, box in self.checks.items() if code not in codes]
        reden = ""
        if missing:
            dialog = RedenDialog(self.tr("Nog niet afgevinkt: {0}. Waarom is deze toekenning toch verantwoord?")
                                 .format("; ".join(missing)), self, self.tr("Checklist niet compleet"))
            if not dialog.exec():
                return
            reden = dialog.reason()
        toekenning_id, verslag = self.toekenning_id, self.form.verslag.toPlainText()

        def do():
            verantwoording.save(toekenning_id, verslag=verslag, afgevinkt_codes=codes)
            return verantwoording.mark_verantwoord(toekenning_id, reden=reden)

        try:
            self.result_row = self.context.change(self.tr("Toekenning '{0}' verantwoord").format(self.naam), do)
        except ValidationError as exc:
            self.errors.show(exc.field, exc.message)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        QDialog.accept(self)  # saved already: not FormDialog.accept, which would save again

