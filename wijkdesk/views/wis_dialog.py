"""AVG erase in the window: the confirmation that shows the free text naming the person, and the erase.

Used by the Bewonersgroepen tab ("Persoon wissen") and by the Bewaartermijn dialog; both erase
through `services.wissen.erase_person`, like `wijkdesk erase-person`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from wijkdesk.services import wissen
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.dialogs import FittedDialog, show_error
from wijkdesk.views.forms.ui_wis_dialog import Ui_WisDialog


class WisDialog(FittedDialog):
    """'X wissen?': what goes, and each free text that names the person (checked: scrubbed too)."""

    MIN_WIDTH = 560

    def __init__(self, naam: str, mentions: list[wissen.Vermelding], parent=None):
        super().__init__(parent)
        self.form = Ui_WisDialog()
        self.form.setupUi(self)
        self.setWindowTitle(self.tr("{0} wissen").format(naam))
        self.form.uitleg.setText(self.tr(
            "{0} wissen? Naam, e-mailadres, telefoonnummer, notities en lidmaatschappen worden verwijderd, "
            "uit alle groepen. Ideeën die deze persoon indiende blijven bestaan, zonder naam.").format(naam))
        self.mentions = mentions
        for mention in mentions:
            item = QListWidgetItem(f"{mention.omschrijving}: {mention.tekst}\n→ {mention.wordt}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(mention.tekst)
            self.form.teksten.addItem(item)
        if not mentions:
            self.form.teksten_uitleg.setText(self.tr("Geen andere teksten noemen deze persoon."))
            self.form.teksten.hide()
        else:
            self.form.teksten.setCurrentRow(0)
        ok = self.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Wissen"))
        ok.setObjectName("wissen_knop")
        self.form.knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.form.knoppen.accepted.connect(self.accept)
        self.form.knoppen.rejected.connect(self.reject)

    def kept(self) -> list[tuple[str, str, str]]:
        """The mentions the user unchecked: they stay as they are."""
        return [m.key for i, m in enumerate(self.mentions)
                if self.form.teksten.item(i).checkState() != Qt.CheckState.Checked]


def _main_window(widget: QWidget):
    """The main window above `widget` (the one with a status bar), also from inside a dialog."""
    while widget is not None and not hasattr(widget, "statusBar"):
        widget = widget.parentWidget()
    return widget


def erase_with_confirmation(parent: QWidget, context, persoon_id: int, naam: str) -> bool:
    """Ask (showing the texts that name the person), then erase as one undoable change. True if erased."""
    try:
        mentions = wissen.find_mentions(persoon_id)
    except ServiceError as exc:
        show_error(parent, exc)
        return False
    dialog = WisDialog(naam, mentions, parent)
    if dialog.exec() != WisDialog.DialogCode.Accepted:
        return False
    keep, state = dialog.kept(), {}
    window = _main_window(parent)

    def progress(text: str) -> None:
        if window is not None:
            window.statusBar().showMessage(text)
        QApplication.processEvents()  # the backups can take a few seconds: keep the window painted

    def do():
        state["result"] = wissen.erase_person(persoon_id, keep=keep, progress=progress)
        return state["result"]

    text = QCoreApplication.translate("WisDialog", "{0} wissen").format(naam)
    tables = {"lidmaatschap", "persoon", "idee", "doel", "uitgave", "toekenning", "bijeenkomst", "besluit"}
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = context.run(text, do, lambda: wissen.undo_erase(state["result"]), tables)
    except ServiceError as exc:
        show_error(parent, exc)
        return False
    finally:
        QApplication.restoreOverrideCursor()
    message = QCoreApplication.translate(
        "WisDialog", "Gewist: {0} tekst(en) en {1} regel(s) in het wijzigingslog opgeschoond, "
                     "{2} reservekopie(ën) herschreven.").format(
        result.teksten, result.logregels, len(result.kopieen))
    if window is not None:
        window.statusBar().showMessage(message, 15_000)
    if result.problemen:
        problems = "\n".join(f"- {p}" for p in result.problemen)
        QMessageBox.warning(parent, QCoreApplication.translate("WisDialog", "Gewist, maar niet overal"),
                            QCoreApplication.translate(
                                "WisDialog", "De persoon is gewist. Niet alles kon worden opgeschoond:\n\n{0}")
                            .format(problems))
    return True
