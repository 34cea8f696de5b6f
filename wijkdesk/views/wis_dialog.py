"""AVG erase in the window: the confirmation that shows the free text naming the person, and the erase.

Used by the Bewonersgroepen tab ("Persoon wissen") and by the Bewaartermijn dialog; both erase
through `services.wissen.erase_person`, like `wijkdesk erase-person`.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from wijkdesk.services import wissen
from wijkdesk.services.errors import ServiceError
from wijkdesk.views import background
from wijkdesk.views.dialogs import FittedDialog, show_error
from wijkdesk.views.excel.progress import DelayedProgress
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


PROGRESS_AFTER_MS = 400  # as the Excel actions: quicker work shows no dialog


class _Steps(QObject):
    """Carries the erase's progress texts from the worker thread to the main thread."""

    step = Signal(str)


def erase_with_confirmation(parent: QWidget, context, persoon_id: int, naam: str,
                            done: Callable[[bool], None] | None = None) -> bool:
    """Ask (showing the texts that name the person), then erase off the main thread as one undoable change.

    Returns False when nothing was started (cancelled, refused); `done(erased)` runs when it ended.
    An erase rewrites every backup: on a large database that takes a while, so a progress dialog
    shows after a moment and the window stays responsive.
    """
    finish = done or (lambda _erased: None)
    if context.readonly:
        show_error(parent, ServiceError(context.readonly_message(QCoreApplication.translate("WisDialog", "gewist"))))
        return False
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
    text = QCoreApplication.translate("WisDialog", "{0} wissen").format(naam)
    tables = {"lidmaatschap", "persoon", "idee", "doel", "uitgave", "toekenning", "bijeenkomst", "besluit"}
    owner = window or parent
    bar = DelayedProgress(text, on_cancel=lambda: None, parent=owner, delay_ms=PROGRESS_AFTER_MS)
    bar.setCancelButton(None)  # the database part is one transaction; the backups are finished at the next start
    steps = _Steps(owner)
    steps.step.connect(bar.setLabelText, Qt.ConnectionType.QueuedConnection)

    def work():
        return wissen.erase_person(persoon_id, keep=keep, progress=steps.step.emit)

    def redo():
        state["result"] = wissen.erase_person(persoon_id, keep=keep)

    def end() -> None:
        bar.finish()
        steps.deleteLater()
        # The progress dialog took the focus: give it back to the window the erase started from (the
        # main window, or the review list), so Ctrl+Z and typing reach it at once.
        parent.window().activateWindow()

    def finished(result) -> None:
        end()
        state["result"] = result
        context.run(text, lambda: result, lambda: wissen.undo_erase(state["result"]), tables, redo=redo)
        message = QCoreApplication.translate(
            "WisDialog", "Gewist: {0} tekst(en) en {1} regel(s) in het wijzigingslog opgeschoond, "
                         "{2} reservekopie(ën) herschreven.").format(
            result.teksten, result.logregels, len(result.kopieen))
        if window is not None:
            window.statusBar().showMessage(message, 15_000)
        if result.problemen:
            problems = "\n".join(f"- {p}" for p in result.problemen)
            QMessageBox.warning(owner, QCoreApplication.translate("WisDialog", "Gewist, maar niet overal"),
                                QCoreApplication.translate(
                                    "WisDialog", "De persoon is gewist. Niet alles kon worden opgeschoond:\n\n{0}")
                                .format(problems))
        finish(True)

    def failed(message: str) -> None:
        end()
        QMessageBox.warning(owner, QCoreApplication.translate("WisDialog", "Niet gewist"), message)
        finish(False)

    background.run(work, finished, owner, failed)
    return True
