"""Menu and toolbar actions for Excel: export for finance, save the import template, import a workbook.

`install(window)` is the one call the window needs: it adds the actions to the Bestand menu and the
toolbar through the window's extension hooks. Export and import run in the background
(`views.background.BackgroundTask`) behind a progress dialog that appears after a short delay, with Cancel.
"""
from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStyle

from wijkdesk.domain.money import format_cents
from wijkdesk.views.excel.export_dialog import ExportDialog, default_file_name, default_folder, remember_folder
from wijkdesk.views.excel.import_dialog import ImportPreviewDialog
from wijkdesk.views.excel.progress import DelayedProgress
from wijkdesk.views.background import BackgroundTask

log = logging.getLogger(__name__)


class ExcelActions(QObject):
    """The three Excel actions of one main window, and the background work they start."""

    export_finished = Signal(object)  # ExportResult
    import_finished = Signal(object)  # ImportReport (also after a preview)
    task_ended = Signal(str)  # "gelukt", "mislukt" or "afgebroken": for tests and the status bar

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.context = window.context
        style = window.style()
        self.export_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                     self.tr("Exporteren naar Excel…"), window)
        self.export_action.setObjectName("excel_export")
        self.export_action.setStatusTip(self.tr("Werkmap voor financiën: overzicht, toekenningen, uitgaven, ideeën, doelen, besluiten"))
        self.export_action.setToolTip(self.export_action.statusTip())
        self.export_action.setIconText(self.tr("Naar Excel"))
        self.template_action = QAction(self.tr("Importsjabloon opslaan…"), window)
        self.template_action.setObjectName("excel_sjabloon")
        self.template_action.setStatusTip(self.tr("Een lege werkmap om ideeën en uitgaven in te vullen"))
        self.import_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton),
                                     self.tr("Importeren uit Excel…"), window)
        self.import_action.setObjectName("excel_import")
        self.import_action.setIconText(self.tr("Uit Excel"))
        self.import_action.setStatusTip(self.tr("Ideeën en uitgaven inlezen uit een sjabloon of een teruggekomen export"))
        self.import_action.setEnabled(not getattr(self.context, "readonly", False))
        self.export_action.triggered.connect(self.export_workbook)
        self.template_action.triggered.connect(self.save_template)
        self.import_action.triggered.connect(self.import_workbook)
        self.task: BackgroundTask | None = None
        self.progress: DelayedProgress | None = None

    # --- export ------------------------------------------------------------------------------------

    def export_dialog(self) -> ExportDialog:
        from wijkdesk.services import budget, lists

        return ExportDialog(lists.wijken(), budget.jaren(), self.context.wijk_id, self.context.jaar,
                            parent=self.window)

    def export_workbook(self) -> None:
        if self.busy():
            return
        dialog = self.export_dialog()
        if not dialog.exec():
            return
        self.start_export(dialog.target(), dialog.wijk_name(), dialog.jaar())

    def start_export(self, target: Path, wijk: str | None, jaar: int | None) -> BackgroundTask:
        from wijkdesk.exchange.excel_export import export_workbook

        work = functools.partial(export_workbook, target, wijk=wijk, jaar=jaar)
        return self._start(self.tr("Exporteren naar Excel"), work, self._export_done)

    def _export_done(self, result) -> None:
        self.window.statusBar().showMessage(self.tr("Werkmap opgeslagen: {0}").format(result.path), 10_000)
        rows = result.rows
        text = self.tr("De werkmap is opgeslagen in {0}.\n\n{1} toekenningen, {2} uitgaven, {3} ideeën, {4} doelen.\n"
                       "Resterend: {5}.").format(result.path, rows["toekenningen"], rows["uitgaven"], rows["ideeen"],
                                                rows["doelen"], format_cents(result.resterend_cents))
        if result.scrubbed_texts:
            text += "\n" + self.tr("In {0} tekst(en) zijn persoonsgegevens van bewoners weggelaten.").format(
                result.scrubbed_texts)
        if result.receipts_folder is not None:
            text += "\n" + self.tr("{0} bonnetje(s) staan in de map {1}: stuur die mee met de werkmap.").format(
                result.receipts_copied, result.receipts_folder)
        if result.receipts_missing:
            text += "\n" + self.tr("{0} bonnetje(s) ontbreken in WijkDesk (kolom Bonnetjes: 'ontbreekt').").format(
                result.receipts_missing)
        self.export_finished.emit(result)
        self._inform(self.tr("Exporteren naar Excel"), text)

    # --- template ----------------------------------------------------------------------------------

    def save_template(self) -> None:
        from wijkdesk.exchange.excel_template import write_template
        from wijkdesk.exchange.safe_file import TargetError
        from wijkdesk.services import lists

        start = str(default_folder() / "WijkDesk-importsjabloon.xlsx")
        path, _f = QFileDialog.getSaveFileName(self.window, self.tr("Importsjabloon opslaan als"), start,
                                               self.tr("Excel-werkmap (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        remember_folder(path)
        try:
            write_template(path, [naam for _id, naam in lists.wijken()], jaar=self.context.jaar)
        except (TargetError, OSError) as exc:
            QMessageBox.warning(self.window, self.tr("Niet gelukt"), str(exc))
            return
        self.window.statusBar().showMessage(self.tr("Importsjabloon opgeslagen: {0}").format(path), 10_000)

    # --- import ------------------------------------------------------------------------------------

    def import_workbook(self) -> None:
        if self.busy():
            return
        path, _f = QFileDialog.getOpenFileName(self.window, self.tr("Werkmap inlezen"), str(default_folder()),
                                               self.tr("Excel-werkmap (*.xlsx);;Alle bestanden (*)"))
        if path:
            remember_folder(path)
            self.start_preview(Path(path))

    def start_preview(self, path: Path) -> BackgroundTask:
        """Check the whole file (a dry run through the services) and then show the preview."""
        from wijkdesk.exchange.excel_import import import_workbook

        work = functools.partial(import_workbook, path, dry_run=True)
        return self._start(self.tr("Werkmap controleren"), work, self._preview_done)

    def preview_dialog(self, report) -> ImportPreviewDialog:
        return ImportPreviewDialog(report, self.window)

    def _preview_done(self, report) -> None:
        self.import_finished.emit(report)
        dialog = self.preview_dialog(report)
        if dialog.exec():
            self.start_import(report.path, dialog.skip_invalid())

    def start_import(self, path: Path, skip_invalid: bool) -> BackgroundTask:
        from wijkdesk.exchange.excel_import import import_workbook

        work = functools.partial(import_workbook, path, skip_invalid=skip_invalid)
        return self._start(self.tr("Importeren uit Excel"), work, self._import_done)

    def _import_done(self, report) -> None:
        if report.change is not None:
            self.context.push(report.change)  # one step on the undo stack: Ctrl+Z takes the whole import back
        self.import_finished.emit(report)
        self.window.statusBar().showMessage(report.summary(), 10_000)
        if report.committed:
            self._inform(self.tr("Importeren uit Excel"), report.summary())
        else:
            # The file or the data changed since the preview: show what is wrong now.
            self._preview_done(report)

    # --- background work ---------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def _start(self, title: str, work, on_success) -> BackgroundTask:
        task = BackgroundTask(work, self, name="wijkdesk-excel")
        progress = DelayedProgress(title, task.cancel, self.window)
        # Slots of objects living in the main thread: Qt queues the worker's signals to them, so
        # every UI call happens on the main thread (a bare lambda would run in the worker thread).
        outcome = _Outcome(self, progress, on_success)
        task.worker.progress.connect(progress.update_progress)
        task.worker.succeeded.connect(outcome.succeeded)
        task.worker.failed.connect(outcome.failed)
        task.worker.cancelled.connect(outcome.cancelled)
        self.task, self.progress = task, progress
        self.export_action.setEnabled(False)
        self.import_action.setEnabled(False)
        task.start()
        return task

    def _ended(self, progress: DelayedProgress, result: str) -> None:
        progress.finish()
        self.progress = None
        self.export_action.setEnabled(True)
        self.import_action.setEnabled(not getattr(self.context, "readonly", False))
        self.task_ended.emit(result)

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Niet gelukt"), message)

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(self.tr("Afgebroken: er is niets opgeslagen."), 10_000)

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.window, title, text)


class _Outcome(QObject):
    """Receives one background task's end in the main thread and hands it to the right handler."""

    def __init__(self, actions: ExcelActions, progress: DelayedProgress, on_success):
        super().__init__(actions)
        self._actions, self._progress, self._on_success = actions, progress, on_success

    @Slot(object)
    def succeeded(self, result) -> None:
        self._actions._ended(self._progress, "gelukt")
        self._on_success(result)
        self.deleteLater()

    @Slot(str)
    def failed(self, message: str) -> None:
        self._actions._ended(self._progress, "mislukt")
        self._actions._fail(message)
        self.deleteLater()

    @Slot()
    def cancelled(self) -> None:
        self._actions._ended(self._progress, "afgebroken")
        self._actions._cancelled()
        self.deleteLater()


def install(window) -> ExcelActions:
    """Add the Excel actions to the window's Bestand menu and toolbar; the one hook the window calls."""
    actions = ExcelActions(window)
    for action in (actions.export_action, actions.template_action, actions.import_action):
        window.add_action("bestand", action)
    toolbar = getattr(window, "toolbar", None)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addActions([actions.export_action, actions.import_action])
    window.excel_actions = actions
    return actions


__all__ = ["ExcelActions", "install", "default_file_name"]
