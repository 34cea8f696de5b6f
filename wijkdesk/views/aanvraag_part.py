"""The 'Aanvraag' page of the grant dialog: dates, activity plan, the begroting as an editable table, the rule
warnings pointing at their lines, and the decision deadline (red "termijn verstreken" when passed).

Keyboard: Insert adds a line and starts typing its description, Tab walks the cells, Ctrl+Delete removes
the current line; an amount is shown as it will be stored (12,5 -> 12,50) when its cell is left. The checks
and the deadline are the services' (services.aanvraag.check_concept) on what is typed, so the window and
the printed request agree; nothing is saved until the dialog's OK.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListWidgetItem, QTableWidgetItem

from wijkdesk.domain.dates import DateError, format_date, parse_date
from wijkdesk.domain.money import MoneyError, format_cents, parse_cents
from wijkdesk.services.aanvraag import RegelInvoer

OMSCHRIJVING, SOORT, BEDRAG = range(3)
WARNING_BACK = QColor("#ffe3e3")  # the same light red as a row with a problem in the tables
ID_ROLE = Qt.ItemDataRole.UserRole
LATE_STYLE = "color: #b00020; font-weight: 600;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AanvraagPart", text)


def _money_text(cents) -> str:
    return format_cents(cents, symbol=False) if cents is not None else ""


class _TableKeys(QObject):
    """Ctrl+Delete on the begroting table removes the current line (not while a cell is being edited).
    Insert is a shortcut of the whole page (also from a date field), see AanvraagPart."""

    def __init__(self, part: "AanvraagPart"):
        super().__init__(part.table)
        self.part = part

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and self.part.table.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.part.remove_line()
                return True
        return False


class AanvraagPart:
    """Wires the Aanvraag page's widgets (in the dialog's compiled form) to one grant's request."""

    DATE_FIELDS = ("aanvraag_ontvangen_op", "activiteit_startdatum", "activiteit_einddatum", "wijkteam_advies_op")

    def __init__(self, form, on_change: Callable[[], None]):
        self.form = form
        self.table = form.begroting
        self._on_change = on_change
        self._filling = False
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing on a selected cell starts editing it, as in a spreadsheet; F2 and a double click too.
        table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked)
        table.setTabKeyNavigation(True)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(OMSCHRIJVING, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOORT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BEDRAG, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(SOORT, 120)
        table.setColumnWidth(BEDRAG, 100)
        # Room for four lines without scrolling; more scroll inside the table, the dialog keeps its size.
        table.setMinimumHeight(header.sizeHint().height() + 4 * table.verticalHeader().defaultSectionSize() + 4)
        table.installEventFilter(_TableKeys(self))
        table.itemChanged.connect(self._item_changed)
        form.regel_toevoegen.clicked.connect(self.add_line)
        form.regel_verwijderen.clicked.connect(self.remove_line)
        self._shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), form.aanvraag_pagina)
        self._shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shortcut.activated.connect(self.add_line)
        for name in self.DATE_FIELDS:
            getattr(form, name).textChanged.connect(lambda _t: self._on_change())
        form.activiteitenplan.setMaximumHeight(form.activiteitenplan.fontMetrics().height() * 3 + 12)
        # The lines' warnings in full, three rows high (scrolls beyond); Enter or a double click goes to the line.
        self.list = form.regel_waarschuwingen
        self.list.setFixedHeight(self.list.fontMetrics().height() * 3 + 12)
        self.list.itemActivated.connect(self._go_to_line)
        self.update_total()

    # --- filling and reading ---------------------------------------------------------------------------

    def load(self, toekenning, lines) -> None:
        """Show a stored grant's request and its lines (their ids kept, so a save edits them in place)."""
        for name in self.DATE_FIELDS:
            getattr(self.form, name).setText(format_date(getattr(toekenning, name)))
        self.form.activiteitenplan.setPlainText(toekenning.activiteitenplan)
        self._filling = True
        try:
            self.table.setRowCount(0)
            for line in lines:
                self._append(line.omschrijving, line.soort, _money_text(line.bedrag_cents), line.id)
        finally:
            self._filling = False
        self.update_total()

    def set_lines(self, lines) -> None:
        """Show these lines as typed (RegelInvoer: amount as text, id of the stored line or None)."""
        self._filling = True
        try:
            self.table.setRowCount(0)
            for line in lines:
                self._append(line.omschrijving, line.soort, line.bedrag, line.id)
        finally:
            self._filling = False
        self.update_total()
        self._on_change()

    def _append(self, omschrijving: str, soort: str, bedrag: str, line_id=None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in ((OMSCHRIJVING, omschrijving), (SOORT, soort), (BEDRAG, bedrag)):
            item = QTableWidgetItem(text)
            if column == BEDRAG:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == OMSCHRIJVING:
                item.setData(ID_ROLE, line_id)
            self.table.setItem(row, column, item)
        return row

    def values(self) -> dict:
        """The request's fields as typed (the service validates them)."""
        out = {name: getattr(self.form, name).text() for name in self.DATE_FIELDS}
        out["activiteitenplan"] = self.form.activiteitenplan.toPlainText()
        return out

    def lines(self) -> list[RegelInvoer]:
        """The lines as typed, in their order; a row left wholly empty is no line."""
        found = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, column) for column in (OMSCHRIJVING, SOORT, BEDRAG)]
            if not any(t.strip() for t in texts):
                continue
            first = self.table.item(row, OMSCHRIJVING)
            found.append(RegelInvoer(texts[0], texts[1], texts[2], first.data(ID_ROLE) if first else None))
        return found

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # --- editing -----------------------------------------------------------------------------------------

    def add_line(self) -> None:
        """A new empty line at the end, its description cell being edited at once."""
        self.table.setFocus()
        self._filling = True
        try:
            row = self._append("", "", "")
        finally:
            self._filling = False
        self.table.setCurrentCell(row, OMSCHRIJVING)
        self.table.editItem(self.table.item(row, OMSCHRIJVING))
        self.update_total()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), OMSCHRIJVING)
        self.table.setFocus()
        self.update_total()
        self._on_change()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if item.column() == BEDRAG and item.text().strip():
            try:
                shown = _money_text(parse_cents(item.text()))
            except MoneyError:
                shown = item.text()  # left as typed: the warning or the save says what is wrong
            if shown != item.text():
                self._filling = True
                try:
                    item.setText(shown)
                finally:
                    self._filling = False
        self.update_total()
        self._on_change()

    def update_total(self) -> None:
        total, unreadable = 0, 0
        for line in self.lines():
            try:
                total += parse_cents(line.bedrag) if str(line.bedrag).strip() else 0
            except MoneyError:
                unreadable += 1
        text = _tr("Totaal: {0}").format(format_cents(total))
        if unreadable:
            text += " " + (_tr("(en 1 onleesbaar bedrag)") if unreadable == 1 else
                           _tr("(en {0} onleesbare bedragen)").format(unreadable))
        self.form.begroting_totaal.setText(text)
        self.form.regel_verwijderen.setEnabled(self.table.rowCount() > 0)

    # --- what the rules say --------------------------------------------------------------------------------

    def _numbered_rows(self) -> list[int]:
        """The table rows that are lines (empty rows skipped), in order: line n is table row [n - 1]."""
        return [row for row in range(self.table.rowCount())
                if any(self._text(row, c).strip() for c in (OMSCHRIJVING, SOORT, BEDRAG))]

    def _go_to_line(self, item) -> None:
        number = item.data(ID_ROLE)
        rows = self._numbered_rows()
        if number and number <= len(rows):
            self.table.setFocus()
            self.table.setCurrentCell(rows[number - 1], OMSCHRIJVING)

    def show_warnings(self, warnings) -> None:
        """The lines' warnings in the list under the table; their rows get a light red background and the
        warning as their tooltip. Returns nothing: the dialog shows the request's own warnings."""
        per_row: dict[int, list[str]] = {}
        self.list.clear()
        for warning in warnings:
            if warning.regel:
                per_row.setdefault(warning.regel, []).append(warning.tekst)
                item = QListWidgetItem(warning.tekst)
                item.setData(ID_ROLE, warning.regel)
                self.list.addItem(item)
        self.list.setVisible(self.list.count() > 0)
        numbered = self._numbered_rows()
        self._filling = True
        try:
            for row in range(self.table.rowCount()):
                number = numbered.index(row) + 1 if row in numbered else None
                texts = per_row.get(number, []) if number else []
                for column in (OMSCHRIJVING, SOORT, BEDRAG):
                    item = self.table.item(row, column)
                    if item is None:
                        continue
                    item.setBackground(QBrush(WARNING_BACK) if texts else QBrush())
                    item.setToolTip("\n".join(texts))
        finally:
            self._filling = False

    def show_term(self, term, besluitdatum_text: str, today: dt.date | None = None) -> bool:
        """The decision deadline under the begroting; True when it has passed without a decision."""
        label = self.form.beslistermijn
        if term is None:
            label.setText(_tr("Beslistermijn: vul in wanneer de aanvraag is ontvangen."))
            label.setStyleSheet("")
            return False
        try:
            decided = parse_date(besluitdatum_text) if besluitdatum_text.strip() else None
        except DateError:
            decided = None
        late = term.verstreken(today or dt.date.today(), decided)
        # The explanation (working days, holidays skipped) comes from the domain, in Dutch.
        text = _tr("Beslissen uiterlijk <b>{0}</b>: {1}").format(format_date(term.uiterlijk), term.uitleg())
        if late:
            text = _tr("Termijn verstreken: {0}").format(text)
        label.setText(text)
        label.setStyleSheet(LATE_STYLE if late else "")
        label.setToolTip(_tr("Er is nog geen besluitdatum en de beslistermijn is voorbij.") if late else "")
        return late
