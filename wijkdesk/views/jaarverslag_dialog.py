"""Bestand > Jaarverslag (pdf)…: choose a wijk (or all wijken), a year and a file; the report is made.

The data is read off the main thread (views/background: progress after a short delay, with Cancel);
the PDF is drawn on the main thread (QPainter on a QPdfWriter wants the GUI thread's fonts) and then
opened, and the status bar names the file. The same code as `wijkdesk rapport`.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from wijkdesk.views.excel.export_dialog import default_folder, remember_folder

log = logging.getLogger(__name__)

ALLE = None


def default_file_name(wijk: str | None, jaar: int) -> str:
    """Jaarverslag-2026-Keizerslanden.pdf, or Jaarverslag-2026-alle-wijken.pdf."""
    name = re.sub(r"[^\w-]+", "-", wijk).strip("-") if wijk else "alle-wijken"
    return f"Jaarverslag-{jaar}-{name or 'wijk'}.pdf"


class JaarverslagDialog(QDialog):
    """Wijk (or all), year and target file of the jaarverslag."""

    def __init__(self, wijken: list[tuple[int, str]], wijk_id: int | None, jaar: int, folder: Path | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("jaarverslag_dialog")
        self.setWindowTitle(self.tr("Jaarverslag (pdf)"))
        self._folder = folder or default_folder()
        self._path_edited = False
        intro = QLabel(self.tr("Het jaarverslag voor de wethouder en de gemeenteraad: geld, besteding per thema en "
                               "soort activiteit, doelen, bijeenkomsten, stemrondes, besluiten, verantwoordingen en "
                               "foto's, met een pagina die alle wijken vergelijkt. Namen en contactgegevens van "
                               "bewoners staan er niet in."), self)
        intro.setWordWrap(True)
        self.wijk_combo = QComboBox(self)
        self.wijk_combo.setObjectName("jaarverslag_wijk")
        self.wijk_combo.addItem(self.tr("Alle wijken (elk een eigen verslag)"), ALLE)
        for wid, naam in wijken:
            self.wijk_combo.addItem(naam, wid)
        index = self.wijk_combo.findData(wijk_id) if wijk_id is not None else 0
        self.wijk_combo.setCurrentIndex(max(index, 0))
        self.jaar_spin = QSpinBox(self)
        self.jaar_spin.setObjectName("jaarverslag_jaar")
        self.jaar_spin.setRange(2000, 2100)
        self.jaar_spin.setValue(jaar)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("jaarverslag_pad")
        self.path_edit.setMinimumWidth(460)
        self.path_edit.textEdited.connect(self._mark_edited)
        browse = QPushButton(self.tr("Bladeren…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Wijk:"), self.wijk_combo)
        form.addRow(self.tr("&Jaar:"), self.jaar_spin)
        file_label = QLabel(self.tr("&Bestand:"), self)
        file_label.setBuddy(self.path_edit)  # a row of two widgets gets no buddy from the form by itself
        form.addRow(file_label, row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("jaarverslag_fout")
        self.error_label.setStyleSheet("color: #a4001d;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Maken"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.wijk_combo.currentIndexChanged.connect(self._propose_name)
        self.jaar_spin.valueChanged.connect(self._propose_name)
        self._propose_name()

    def wijk_naam(self) -> str | None:
        return None if self.wijk_combo.currentData() is ALLE else self.wijk_combo.currentText()

    def jaar(self) -> int:
        return self.jaar_spin.value()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _mark_edited(self) -> None:
        self._path_edited = True

    def _propose_name(self) -> None:
        """A name that follows wijk and year, until the user types one of their own."""
        if self._path_edited:
            current = self.path()
            folder = current.parent if str(current) not in ("", ".") else self._folder
            if current.name.startswith("Jaarverslag-"):
                self.path_edit.setText(str(folder / default_file_name(self.wijk_naam(), self.jaar())))
            return
        self.path_edit.setText(str(self._folder / default_file_name(self.wijk_naam(), self.jaar())))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Jaarverslag opslaan"), str(self.path()), "PDF (*.pdf)")
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
            self._path_edited = True

    def problem(self) -> str | None:
        """What is wrong with the chosen file, in Dutch (None when it can be written)."""
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Kies een bestand voor het jaarverslag.")
        path = self.path()
        if path.suffix.lower() != ".pdf":
            return self.tr("Het jaarverslag is een pdf-bestand: laat de naam op .pdf eindigen.")
        if not path.parent.is_dir():
            return self.tr("De map {0} bestaat niet. Kies een bestaande map.").format(path.parent)
        if path.is_dir():
            return self.tr("{0} is een map. Geef een bestandsnaam.").format(path)
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            self.path_edit.setFocus()
            return
        remember_folder(self.path())
        self.accept()


class JaarverslagActions:
    """The menu action and the work behind it; `task` is the running background read (for tests)."""

    def __init__(self, window):
        self.window = window
        self.task = None
        self.drawing = False  # the PDF is being drawn (events are handled between its pages)
        self.action = QAction(QCoreApplication.translate("jaarverslag", "Jaarverslag (pdf)…"), window)
        self.action.setObjectName("jaarverslag_pdf")
        self.action.setStatusTip(QCoreApplication.translate(
            "jaarverslag", "Het jaarverslag van een wijk (of van alle wijken) voor de wethouder en de gemeenteraad"))
        self.action.triggered.connect(self.ask)
        window.add_action("bestand", self.action)

    def dialog(self) -> JaarverslagDialog:
        from wijkdesk.services import lists

        context = self.window.context
        return JaarverslagDialog(lists.wijken(), context.wijk_id, context.jaar or dt.date.today().year,
                                 parent=self.window)

    def ask(self) -> None:
        if self.drawing or (self.task is not None and not self.task.finished):
            QMessageBox.information(self.window, QCoreApplication.translate("jaarverslag", "Even geduld"),
                                    QCoreApplication.translate("jaarverslag", "Er wordt al een jaarverslag gemaakt."))
            return
        dialog = self.dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start(dialog.path(), dialog.wijk_naam(), dialog.jaar())

    def start(self, path: Path, wijk: str | None, jaar: int):
        from wijkdesk.exchange.pdf import jaarverslag
        from wijkdesk.views.excel.progress import DelayedProgress
        from wijkdesk.views.background import BackgroundTask

        title = QCoreApplication.translate("jaarverslag", "Jaarverslag {0} maken").format(jaar)
        task = BackgroundTask(lambda progress, is_cancelled: jaarverslag.gather(
            jaar, wijk, progress=progress, is_cancelled=is_cancelled), self.window)
        progress = DelayedProgress(title, task.cancel, self.window)
        progress.setObjectName("jaarverslag_voortgang")
        outcome = _Outcome(self, progress, path)  # a QObject of the main thread: the slots run there
        task.worker.progress.connect(progress.update_progress)
        task.worker.succeeded.connect(outcome.succeeded)
        task.worker.failed.connect(outcome.failed)
        task.worker.cancelled.connect(outcome.cancelled)
        self.task = task
        task.start()
        return task

    def _write(self, rapport, path: Path, progress=None) -> None:
        """Draw on the main thread (the fonts are the GUI thread's); the progress dialog stays up and is
        repainted between pages, and its Cancel is honoured there."""
        from wijkdesk.exchange.pdf import jaarverslag
        from wijkdesk.exchange.progress import Cancelled
        from wijkdesk.exchange.safe_file import TargetError

        def tick(done: int, total: int, label: str) -> None:
            if progress is not None:
                progress.update_progress(done, total, label)
            QCoreApplication.processEvents()

        cancelled = (lambda: progress.wasCanceled()) if progress is not None else None
        self.drawing = True
        try:
            pages = jaarverslag.write(rapport, path, progress=tick, is_cancelled=cancelled)
        except Cancelled:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "jaarverslag", "Jaarverslag afgebroken; er is niets geschreven."), 8000)
            return
        except (TargetError, OSError) as exc:
            log.warning("Jaarverslag niet geschreven: %s", exc)
            self._fail(str(exc) if isinstance(exc, TargetError) else QCoreApplication.translate(
                "jaarverslag", "Het jaarverslag kan niet worden geschreven naar {0}: {1}").format(
                    path, exc.strerror or exc))
            return
        finally:
            self.drawing = False
        missing = sum(f.bestand is None for r in rapport.verslagen for f in r.fotos)
        text = QCoreApplication.translate("jaarverslag", "Jaarverslag opgeslagen: {0} ({1} pagina's)").format(path, pages)
        if missing:
            text += QCoreApplication.translate("jaarverslag", "; {0} foto('s) ontbreken (zie het verslag)").format(missing)
        self.window.statusBar().showMessage(text, 15_000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _fail(self, message: str) -> None:
        QMessageBox.warning(self.window, QCoreApplication.translate("jaarverslag", "Jaarverslag niet gemaakt"),
                            message)


class _Outcome(QObject):
    """Receives the end of the background read on the main thread: draws the PDF, or says why not."""

    def __init__(self, actions: JaarverslagActions, progress, path: Path):
        super().__init__(actions.window)
        self._actions, self._progress, self._path = actions, progress, path

    @Slot(object)
    def succeeded(self, rapport) -> None:
        self._actions._write(rapport, self._path, self._progress)
        self._progress.finish()
        self.deleteLater()

    @Slot(str)
    def failed(self, message: str) -> None:
        self._progress.finish()
        self._actions._fail(message)
        self.deleteLater()

    @Slot()
    def cancelled(self) -> None:
        self._progress.finish()
        self._actions.window.statusBar().showMessage(
            QCoreApplication.translate("jaarverslag", "Jaarverslag afgebroken; er is niets geschreven."), 8000)
        self.deleteLater()


def install(window) -> JaarverslagActions:
    """Bestand > Jaarverslag (pdf)…"""
    actions = JaarverslagActions(window)
    window.jaarverslag_actions = actions
    return actions
