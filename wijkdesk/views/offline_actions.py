"""Bestand > "Wijk meenemen…" and "Wijk terugbrengen…": take one wijk offline into its own file, and
bring its changes back (services/offline.py does the work; this module only asks and shows).

Both run off the main thread behind a progress dialog with Cancel (shown after a short delay). The
window closes its database for the length of the work, as for encryption: the service opens the
databases itself, with their locks, and the window opens its own again afterwards and refreshes every
tab. When rows changed on both sides, the conflict dialog lists them (per row and field: base, mine,
theirs); a click on the 'mijn' or 'hun' cell chooses that side; nothing is sent before every line is
chosen. An over-commit of a budget asks for a reason, which is recorded.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.services import database as store_database, lists, offline
from wijkdesk.services.errors import OverrideRequired, ServiceError
from wijkdesk.views import background

log = logging.getLogger(__name__)
PATTERN = "WijkDesk-database (*.db)"
_CHOSEN = QColor("#cde8cd")


def run_with_progress(parent: QWidget, title: str, work: Callable[..., object]):
    """Run `work(progress, cancelled)` off the main thread (views/background.py, with the window's
    database closed) behind a progress dialog with Cancel; returns (result, error)."""
    return background.run_and_wait(parent, title, lambda progress, is_cancelled: work(
        lambda text, step, steps: progress(step, steps, text), is_cancelled), name="wijkdesk-offline",
        connection=False)


class TakeDialog(QDialog):
    """Which wijk to take along, and the new file to put it in."""

    def __init__(self, parent: QWidget, wijken: list[str], current: str, folder: Path):
        super().__init__(parent)
        self.setObjectName("wijk_meenemen_dialog")
        self.setWindowTitle(self.tr("Wijk meenemen"))
        self.folder = folder
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "WijkDesk kopieert de wijk, met alles wat erbij hoort, naar een eigen bestand. Daarin werkt u "
            "offline met alle functies; met Bestand > Wijk terugbrengen… gaan de wijzigingen later terug."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.wijk = QComboBox()
        self.wijk.setObjectName("wijk")
        self.wijk.addItems(wijken)
        if current in wijken:
            self.wijk.setCurrentText(current)
        form.addRow(self.tr("&Wijk:"), self.wijk)
        row = QHBoxLayout()
        self.target = QLineEdit()
        self.target.setObjectName("bestand")
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.target, 1)
        row.addWidget(browse)
        label = QLabel(self.tr("&Naar bestand:"))
        label.setBuddy(self.target)  # Alt+N reaches the field inside the row
        form.addRow(label, row)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a00000")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Meenemen"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.wijk.currentTextChanged.connect(self._suggest)
        self._suggest(self.wijk.currentText())

    def _suggest(self, naam: str) -> None:
        safe = "".join(ch if ch.isalnum() else "-" for ch in naam.lower()).strip("-") or "wijk"
        self.target.setText(str(self.folder / f"{safe}-offline.db"))
        # Wide enough to show the whole suggested path (where the copy goes), but never wider than
        # most of the screen: the dialog otherwise opened at its smallest, showing only the file's tail.
        screen = self.screen().availableGeometry().width() if self.screen() else 1024
        needed = self.target.fontMetrics().horizontalAdvance(self.target.text()) + 24
        self.target.setMinimumWidth(min(needed, int(screen * 0.7)))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Kopie van de wijk"), self.target.text(), PATTERN)
        if chosen:
            self.target.setText(chosen)

    def _accept(self) -> None:
        text = self.target.text().strip()
        if not text:
            self.problem.setText(self.tr("Kies een bestand voor de kopie."))
            return
        if Path(text).exists():
            self.problem.setText(self.tr("Dat bestand bestaat al; kies een nieuwe naam (een bestaand bestand "
                                         "wordt nooit overschreven)."))
            return
        self.accept()

    def choice(self) -> tuple[str, Path]:
        return self.wijk.currentText(), Path(self.target.text().strip())


class ConflictDialog(QDialog):
    """The rows changed on both sides: a click on the 'mijn' or 'hun' cell chooses that side."""

    MINE_COLUMN, THEIRS_COLUMN, THERE_COLUMN, CHOICE_COLUMN = 3, 4, 5, 6

    def __init__(self, parent: QWidget, conflicts: list, decisions: dict[str, str]):
        super().__init__(parent)
        self.setObjectName("conflicten_dialog")
        self.setWindowTitle(self.tr("Aan beide kanten gewijzigd"))
        self.conflicts = conflicts
        self.decisions = {c.key: decisions[c.key] for c in conflicts if c.key in decisions}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Deze gegevens zijn zowel in deze kopie als in de bestemming gewijzigd. Klik per regel op de "
            "waarde die moet blijven: 'mijn' (deze kopie) of 'hun' (de bestemming). Er wordt niets verzonden "
            "voordat elke regel een keuze heeft."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [self.tr("Wat"), self.tr("Veld"), self.tr("Basis"), self.tr("Mijn (deze kopie)"),
                   self.tr("Hun (bestemming)"), self.tr("Daar gewijzigd"), self.tr("Keuze")]
        self.table = QTableWidget(len(conflicts), len(headers))
        self.table.setObjectName("conflicten")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(self.CHOICE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        for row, conflict in enumerate(conflicts):
            c = conflict.conflict
            whole = c.veld == "*"
            texts = [f"{conflict.soort_rij} '{conflict.label}'", self.tr("hele rij") if whole else offline.field_name(c.veld),
                     "" if whole else offline.show_value(c.basis, c.veld),
                     (self.tr("verwijderd") if c.soort == "hier verwijderd" else self.tr("gewijzigd")) if whole
                     else offline.show_value(c.mijn, c.veld),
                     (self.tr("gewijzigd") if c.soort == "hier verwijderd" else self.tr("verwijderd")) if whole
                     else offline.show_value(c.hun, c.veld), self._there(conflict), ""]
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.cellClicked.connect(self._clicked)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox()
        self.all_mine = buttons.addButton(self.tr("Alles &mijn"), QDialogButtonBox.ButtonRole.ActionRole)
        self.all_theirs = buttons.addButton(self.tr("Alles &hun"), QDialogButtonBox.ButtonRole.ActionRole)
        self.send = buttons.addButton(self.tr("&Terugbrengen"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.all_mine.clicked.connect(lambda: self._all(offline.MINE))
        self.all_theirs.clicked.connect(lambda: self._all(offline.THEIRS))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setWordWrap(True)
        self.table.resizeRowsToContents()  # a name and a date on two lines, long values wrapped
        self.resize(820, 360)  # fits a 1024x768 screen; the columns share the width
        self._show_choices()

    def _there(self, conflict) -> str:
        """Who changed the row in the destination, and when: '<name>, 01-12-2026 05:46'."""
        if conflict.op is None:
            return ""
        when = f"{conflict.op:%d-%m-%Y %H:%M}"
        return f"{conflict.door}\n{when}" if conflict.door else when

    def _clicked(self, row: int, column: int) -> None:
        if column in (self.MINE_COLUMN, self.THEIRS_COLUMN):
            self.decisions[self.conflicts[row].key] = offline.MINE if column == self.MINE_COLUMN else offline.THEIRS
            self._show_choices()

    def _all(self, side: str) -> None:
        for conflict in self.conflicts:
            self.decisions[conflict.key] = side
        self._show_choices()

    def _show_choices(self) -> None:
        for row, conflict in enumerate(self.conflicts):
            side = self.decisions.get(conflict.key)
            self.table.item(row, self.CHOICE_COLUMN).setText(side or "")
            for column, this in ((self.MINE_COLUMN, offline.MINE), (self.THEIRS_COLUMN, offline.THEIRS)):
                self.table.item(row, column).setBackground(QBrush(_CHOSEN) if side == this else QBrush())
        self.send.setEnabled(all(c.key in self.decisions for c in self.conflicts))


class OfflineActions(QObject):
    """The two actions of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.take_action = QAction(self.tr("Wijk &meenemen…"), window)
        self.take_action.setObjectName("wijk_meenemen")
        self.take_action.setStatusTip(self.tr("Kopieer één wijk naar een eigen bestand om offline te werken"))
        self.back_action = QAction(self.tr("Wijk &terugbrengen…"), window)
        self.back_action.setObjectName("wijk_terugbrengen")
        self.back_action.setStatusTip(self.tr("Stuur de wijzigingen van deze meegenomen wijk terug"))
        self.copy_label = QLabel()
        self.copy_label.setObjectName("offline_kopie")
        window.statusBar().addPermanentWidget(self.copy_label)
        self.take_action.triggered.connect(self.take)
        self.back_action.triggered.connect(self.bring_back)
        self.update_actions()

    def _path(self) -> Path | str | None:
        """The window's database: its file, or the server it is connected to (as it was given)."""
        opened = store_database.current()
        if opened is None:
            return None
        return opened.server.text if opened.is_server else opened.path

    def update_actions(self) -> None:
        opened = store_database.current()
        self.take_action.setEnabled(opened is not None and self._path() is not None)
        origin = None
        if opened is not None and opened.path is not None and not opened.readonly:
            try:
                origin = offline.copy_origin(opened.path)
            except Exception:  # noqa: BLE001  (an unreadable file: the action stays off)
                origin = None
        self.back_action.setEnabled(origin is not None)
        # Who works in a copy should see it: changes made here reach the others only when brought back.
        if origin is not None:
            self.copy_label.setText(self.tr("Offline kopie van {wijk} uit {bron}").format(
                wijk=origin.wijk_naam, bron=store_database.location_title(origin.bron)))
            self.copy_label.setToolTip(self.tr("Meegenomen of laatst teruggebracht: {when}. Breng de wijzigingen "
                                               "terug met Bestand > Wijk terugbrengen…").format(when=origin.genomen_op))
        self.copy_label.setVisible(origin is not None)

    # --- running with the window's database closed -----------------------------------------------------

    def _closed_while(self, title: str, work: Callable[..., object]):
        """Run `work` with the window's database closed; reopen it and, when the work changed it, refresh."""
        path = self._path()
        background.wait(30_000)  # background work holds a connection of its own
        store_database.close_database()
        try:
            return run_with_progress(self.window, title, work)
        finally:
            try:
                store_database.open_database(path, backup=False)
            except store_database.DatabaseOpenError as exc:
                log.error("Database na %s niet geopend: %s", title, exc)
                QMessageBox.critical(self.window, self.tr("Database niet geopend"), exc.message)
            self.update_actions()

    def _refresh(self) -> None:
        """After the copy was brought up to date: every tab reads again; the undo steps named rows that
        may be gone or renumbered, so they go."""
        context = self.window.context
        context.undo_stack.clear()
        context.notify(offline.all_tables())
        self.update_actions()

    # --- meenemen ---------------------------------------------------------------------------------------

    def take(self) -> Path | None:
        source = self._path()
        if source is None:
            return None
        names = [naam for _id, naam in lists.wijken()]
        if not names:
            QMessageBox.information(self.window, self.tr("Geen wijk"), self.tr("Er is nog geen wijk om mee te nemen."))
            return None
        folder = source.parent if isinstance(source, Path) else Path.home()
        dialog = TakeDialog(self.window, names, self.window.wijk_combo.currentText(), folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        naam, target = dialog.choice()
        result, error = self._closed_while(self.tr("Wijk meenemen"), lambda progress, cancelled: offline.take_wijk(
            source, naam, target, progress=progress, cancelled=cancelled))
        if error is not None:
            self._show_error(self.tr("Niet meegenomen"), error)
            return None
        text = self.tr(
            "Wijk '{wijk}' staat nu in {path} ({what}). Open dat bestand op de laptop om offline te werken, en "
            "kies daarna Bestand > Wijk terugbrengen…").format(
                wijk=result.wijk, path=result.path, what=offline.describe_counts(result.counts))
        if result.versleuteld:
            text += "\n\n" + self.tr("De kopie is versleuteld met hetzelfde wachtwoord als deze database.")
        QMessageBox.information(self.window, self.tr("Meegenomen"), text)
        return result.path

    # --- terugbrengen -----------------------------------------------------------------------------------

    def bring_back(self) -> object | None:
        copy_path = self._path()
        origin = offline.copy_origin(copy_path) if isinstance(copy_path, Path) else None  # a copy is a file
        if origin is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Wijk terugbrengen"), self.tr(
            "De wijzigingen van '{wijk}' terugbrengen naar {bron}?\n\nWat aan beide kanten is gewijzigd, wordt "
            "eerst getoond; er wordt niets overschreven zonder uw keuze.").format(wijk=origin.wijk_naam,
                                                                               bron=origin.bron), parent=self.window)
        send = box.addButton(self.tr("&Terugbrengen"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("&Andere bestemming…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send)
        box.exec()
        target = None
        if box.clickedButton() is other:
            chosen, _ = QFileDialog.getOpenFileName(self.window, self.tr("Bestemming"), str(copy_path.parent), PATTERN)
            if not chosen:
                return None
            target = chosen
        elif box.clickedButton() is not send:
            return None
        decisions: dict[str, str] = {}
        reden = ""
        while True:
            result, error = self._closed_while(self.tr("Wijk terugbrengen"), lambda progress, cancelled: offline.bring_back(
                copy_path, target, decisions=decisions, reden=reden, progress=progress, cancelled=cancelled))
            if isinstance(error, offline.ConflictsFound):
                dialog = ConflictDialog(self.window, error.conflicts, decisions)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None
                decisions.update(dialog.decisions)
                continue
            if isinstance(error, OverrideRequired):
                text, ok = QInputDialog.getText(self.window, self.tr("Reden nodig"), str(error))
                if not ok or not text.strip():
                    return None
                reden = text.strip()
                continue
            if error is not None:
                self._show_error(self.tr("Niet teruggebracht"), error)
                return None
            if result.status != "niets te verzenden":
                self._refresh()
            QMessageBox.information(self.window, self.tr("Teruggebracht"), result.summary())
            self.window.statusBar().showMessage(result.summary(), 10_000)
            return result

    def _show_error(self, title: str, error: BaseException) -> None:
        if isinstance(error, offline.Cancelled):
            self.window.statusBar().showMessage(str(error), 10_000)
            return
        if isinstance(error, (ServiceError, store_database.DatabaseOpenError)):
            QMessageBox.warning(self.window, title, str(error))
            return
        if isinstance(error, OSError):
            QMessageBox.warning(self.window, title, self.tr("Het bestand kan niet worden gebruikt: {exc}. Er is "
                                                            "niets gewijzigd.").format(exc=error))
            return
        log.error("%s: %r", title, error)
        raise error


def install(window) -> OfflineActions:
    """Add the two actions to the window's Bestand menu."""
    actions = OfflineActions(window)
    window.add_action("bestand", actions.take_action)
    window.add_action("bestand", actions.back_action)
    window.offline_actions = actions
    return actions
