"""Entering votes by keyboard: a tally per idea (count, Enter, next idea) or paper ballots (numbers, Enter).

Both panels work for the first and the second entry (four-eyes). Nothing is ever edited: entering a
new count for an idea, or correcting a ballot, makes a new entry that replaces the old one.
"""
from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.money import format_cents
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.views.dialogs import RedenDialog

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020; font-weight: 600;"
OK_STYLE = "color: #1b5e20;"
BIG = 1.6  # the entry line is typed in all evening: larger than the rest


def _big(widget: QWidget) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * BIG)
    widget.setFont(font)


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)
    return table


def _item(text, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    return (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
            or ctrl_y)


class EntryLine(QLineEdit):
    """A line edit that also reports Up, Down and Escape (to move between ideas or cancel), and Ctrl+Z
    when there is no typing of its own to undo (a saved entry is corrected, never undone)."""

    moved = Signal(int)
    escaped = Signal()
    undo_refused = Signal()

    def event(self, event) -> bool:
        # Ctrl+Z and Ctrl+Y stay with this line: the window's undo would take back some other change,
        # perhaps in another tab, while the user meant the ballot or count just typed.
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_or_redo(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
            self.undo_refused.emit()
        elif event.key() == Qt.Key.Key_Up:
            self.moved.emit(-1)
        elif event.key() == Qt.Key.Key_Down:
            self.moved.emit(1)
        elif event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)


class TallyEntry(QWidget):
    """Type the count for the highlighted idea, Enter, and the next idea is highlighted."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ronde_id: int | None = None
        self.invoer = 1
        self.links = []
        self.position = 0
        layout = QVBoxLayout(self)
        self.table = _table([self.tr("Nr"), self.tr("Idee"), self.tr("Kosten"), self.tr("Eerste invoer"),
                             self.tr("Tweede invoer")], self)
        self.table.setObjectName("telling_tabel")
        self.table.currentCellChanged.connect(lambda row, *_: self._go(row) if row >= 0 else None)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.prompt = QLabel(self)
        self.prompt.setObjectName("telling_vraag")
        _big(self.prompt)
        self.line = EntryLine(self)
        self.line.setObjectName("telling_invoer")
        self.line.setMaximumWidth(160)
        self.line.setPlaceholderText(self.tr("aantal"))
        _big(self.line)
        self.line.returnPressed.connect(self.submit)
        self.line.moved.connect(lambda step: self._go(self.position + step))
        self.line.undo_refused.connect(lambda: self._say(self.tr(
            "Een opgeslagen aantal maakt u niet ongedaan met Ctrl+Z: typ het juiste aantal voor dat idee "
            "(↑ en ↓ kiezen het idee); de vorige invoer blijft bewaard.")))
        row.addWidget(self.prompt, 1)
        row.addWidget(self.line)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("telling_melding")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        hint = QLabel(self.tr("Typ het aantal en druk op Enter; ↑ en ↓ kiezen een ander idee. Een nieuw aantal voor "
                              "een idee is een verbetering: de vorige invoer blijft bewaard."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)

    def load(self, ronde_id: int | None, invoer: int) -> None:
        self.ronde_id, self.invoer = ronde_id, invoer
        self.links = rondes.ronde_ideeen(ronde_id) if ronde_id else []
        self.position = min(self.position, max(len(self.links) - 1, 0))
        self.refresh()
        self.message.clear()

    def refresh(self) -> None:
        first = stemmen.current_tallies(self.ronde_id, 1) if self.ronde_id else {}
        second = stemmen.current_tallies(self.ronde_id, 2) if self.ronde_id else {}
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.links))
        for row, link in enumerate(self.links):
            a, b = first.get(link.id), second.get(link.id)
            values = [link.nummer, link.idee.titel, format_cents(link.kosten_cents),
                      a.aantal if a else "", b.aantal if b else ""]
            for column, value in enumerate(values):
                self.table.setItem(row, column, _item(value, column in (0, 2, 3, 4)))
            if a and b and a.aantal != b.aantal:
                for column in (3, 4):
                    self.table.item(row, column).setForeground(QColor("#b00020"))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._go(self.position)

    def _go(self, row: int) -> None:
        if not self.links:
            self.prompt.setText(self.tr("Geen ideeën op het stembiljet."))
            return
        self.position = max(0, min(row, len(self.links) - 1))
        link = self.links[self.position]
        self.table.blockSignals(True)
        self.table.selectRow(self.position)
        self.table.blockSignals(False)
        wie = self.tr("eerste invoer") if self.invoer == 1 else self.tr("tweede invoer")
        self.prompt.setText(self.tr("Idee {0} – {1} ({2}): aantal").format(link.nummer, link.idee.titel, wie))
        self.line.setFocus()

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def submit(self) -> None:
        if not self.links or self.ronde_id is None:
            # Typed text is never swallowed: say why nothing was saved, and keep it.
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Niet opgeslagen: kies eerst links een stemronde.") if self.ronde_id is None
                                 else self.tr("Niet opgeslagen: deze stemronde heeft geen ideeën op het stembiljet."))
            return
        link = self.links[self.position]
        text = self.line.text().strip()
        try:
            before = stemmen.current_tallies(self.ronde_id, self.invoer).get(link.id)
            row = with_second_typist_reason(self, lambda why: stemmen.enter_tally(
                self.ronde_id, link.id, text, invoer=self.invoer, zelfde_invoerder_reden=why))
            if row is None:
                return
        except ValidationError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(exc.message)
            self.line.selectAll()
            return
        if before is not None and before.id != row.id:
            note = self.tr("Idee {0} verbeterd van {1} naar {2} (de vorige invoer blijft bewaard).").format(
                link.nummer, before.aantal, row.aantal)
        else:
            note = self.tr("Idee {0}: {1} opgeslagen.").format(link.nummer, row.aantal)
        warning = stemmen.attendance_warning(self.ronde_id)
        self.message.setStyleSheet(ERROR_STYLE if warning else OK_STYLE)
        self.message.setText(note + (f"\n{warning}" if warning else ""))
        # setText, not clear(): Qt records clear() as an edit, and Ctrl+Z would bring the saved count back.
        self.line.setText("")
        self.position = min(self.position + 1, len(self.links) - 1)
        self.changed.emit()


def with_second_typist_reason(parent: QWidget, enter):
    """Run `enter(reason)`; when the second entry is typed under the first entry's user name, ask why
    (the reason is kept for the proces-verbaal) and try once more. None when the user cancelled."""
    try:
        return enter("")
    except stemmen.ZelfdeInvoerderError as exc:
        dialog = RedenDialog(exc.message, parent, parent.tr("Tweede invoer door dezelfde persoon"))
        if not dialog.exec():
            return None
        return enter(dialog.reason())


def attendance_note(ronde_id: int, counted: int) -> str:
    warning = stemmen.attendance_warning(ronde_id, counted)
    return f"\n{warning}" if warning else ""


class BallotEntry(QWidget):
    """Type the idea numbers of a paper ballot and Enter; a ballot that breaks the rules is shown at once."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ronde_id: int | None = None
        self.invoer = 1
        self.pending_invalid: str | None = None  # typed text waiting for "keep as invalid"
        self.correcting = None  # the Stembiljet being corrected
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.prompt = QLabel(self)
        self.prompt.setObjectName("biljet_vraag")
        _big(self.prompt)
        self.line = EntryLine(self)
        self.line.setObjectName("biljet_invoer")
        self.line.setPlaceholderText(self.tr("bijv. 3 5 12"))
        _big(self.line)
        self.line.returnPressed.connect(self.submit)
        self.line.escaped.connect(self.cancel)
        self.line.undo_refused.connect(lambda: self._say(self.tr(
            "Een opgeslagen stembiljet maakt u niet ongedaan met Ctrl+Z: kies het in de lijst hieronder en "
            "kies Verbeteren… of Laten vervallen…; het eerste blijft bewaard.")))
        self.line.textEdited.connect(self._edited)
        row.addWidget(self.prompt)
        row.addWidget(self.line, 1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("biljet_melding")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        hint = QLabel(self.tr("Typ de nummers met spaties ertussen en druk op Enter. Bij punten: typ een nummer twee "
                              "keer voor twee punten, of 3:2. Een leeg biljet is blanco."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.legend = QLabel(self)
        self.legend.setObjectName("nummers")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.table = _table([self.tr("Biljet"), self.tr("Keuzes"), self.tr("Geldig"), self.tr("Opmerking")], self)
        self.table.setObjectName("biljetten_tabel")
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Verbeteren…"), self)
        self.correct_button.setObjectName("verbeter_knop")
        self.withdraw_button = QPushButton(self.tr("Laten vervallen…"), self)
        self.withdraw_button.setObjectName("vervallen_knop")
        self.correct_button.clicked.connect(self.start_correction)
        self.withdraw_button.clicked.connect(self.withdraw)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._rows = []
        self._loaded: tuple | None = None  # (ronde, invoer) the table shows; None: rebuild on refresh
        self._live: stemmen.LiveStand | None = None  # the count of this entry, for the attendance check
        self._last_id = 0  # the newest entry shown

    def load(self, ronde_id: int | None, invoer: int) -> None:
        self.ronde_id, self.invoer = ronde_id, invoer
        self._loaded = None
        self._live = stemmen.LiveStand(ronde_id, invoer) if ronde_id else None
        links = rondes.ronde_ideeen(ronde_id) if ronde_id else []
        self.legend.setText(self.tr("Nummers: ") + "  ·  ".join(f"<b>{link.nummer}</b> {html.escape(link.idee.titel)}"
                                                              for link in links))
        self.cancel()
        self.refresh()

    def refresh(self) -> None:
        """Show the ballots of this entry, newest on top. After a ballot is typed only the new entries are
        read and put on top (ballot 2,000 as quick as the first); a correction or withdrawal, or a ballot
        number below the top one (another laptop's file), rebuilds the table."""
        new = stemmen.ballots_since(self.ronde_id, self.invoer, self._last_id) if self.ronde_id else []
        top = self._rows[0].volgnummer if self._rows else 0
        if self._loaded == (self.ronde_id, self.invoer) and all(
                b.vervangt_id is None and b.volgnummer > top for b in new):
            for biljet in new:
                top = biljet.volgnummer
                self._rows.insert(0, biljet)
                self.table.insertRow(0)
                self._fill_row(0, biljet)
                self._last_id = biljet.id
            # The top row has the highest number: the next one follows it, without asking the database.
            self._update_prompt(top + 1 if self._rows else 1)
            return
        ballots = stemmen.current_ballots(self.ronde_id, self.invoer, include_withdrawn=True) if self.ronde_id else {}
        self._rows = list(reversed(list(ballots.values())))  # newest on top
        self._loaded = (self.ronde_id, self.invoer)
        self._last_id = stemmen.last_ballot_id(self.ronde_id, self.invoer) if self.ronde_id else 0
        self.table.setRowCount(len(self._rows))
        for row, biljet in enumerate(self._rows):
            self._fill_row(row, biljet)
        self.table.resizeColumnsToContents()
        self._update_prompt()

    def _fill_row(self, row: int, biljet) -> None:
        choices = stemmen.choices_of(biljet)
        shown = " ".join(str(n) if p == 1 else f"{n}:{p}" for n, p in sorted(choices.items())) or self.tr("blanco")
        if biljet.vervallen:
            geldig, note = self.tr("vervallen"), biljet.reden
        elif biljet.geldig:
            geldig, note = self.tr("ja"), (self.tr("verbeterd: {0}").format(biljet.reden) if biljet.vervangt_id else "")
        else:
            geldig, note = self.tr("ongeldig"), biljet.reden_ongeldig
        for column, value in enumerate([biljet.volgnummer, shown, geldig, note]):
            item = _item(value, column == 0)
            if not biljet.geldig:
                item.setForeground(QColor("#b00020"))
            self.table.setItem(row, column, item)

    def _update_prompt(self, next_number: int | None = None) -> None:
        if self.ronde_id is None:
            self.prompt.setText("")
            return
        wie = self.tr("eerste invoer") if self.invoer == 1 else self.tr("tweede invoer")
        if self.correcting is not None:
            self.prompt.setText(self.tr("Verbetering van stembiljet {0}:").format(self.correcting.volgnummer))
        else:
            self.prompt.setText(self.tr("Stembiljet {0} ({1}):").format(
                next_number or stemmen.next_volgnummer(self.ronde_id, self.invoer), wie))
        self.line.setFocus()

    def _edited(self, _text: str) -> None:
        if self.pending_invalid is not None:
            self.pending_invalid = None
            self.message.clear()

    def cancel(self) -> None:
        """Esc: retype (drops a pending invalid ballot or a correction)."""
        self.pending_invalid = None
        self.correcting = None
        self.line.clear()
        self.message.clear()
        self._update_prompt()

    def selected_ballot(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._rows[rows[0].row()] if rows else None

    def start_correction(self) -> None:
        biljet = self.selected_ballot()
        if biljet is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Kies eerst het stembiljet dat verbeterd moet worden."))
            return
        self.correcting = biljet
        self.pending_invalid = None
        choices = stemmen.choices_of(biljet)
        self.line.setText(" ".join(str(n) if p == 1 else f"{n}:{p}" for n, p in sorted(choices.items())))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Typ hoe het biljet werkelijk luidt en druk op Enter; Esc breekt af."))
        self._update_prompt()

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def submit(self) -> None:
        if self.ronde_id is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Niet opgeslagen: kies eerst links een stemronde."))
            return
        text = self.line.text()
        keep_invalid = self.pending_invalid is not None and self.pending_invalid == text
        try:
            check = stemmen.check_ballot_text(self.ronde_id, text)
        except ValidationError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(exc.message)
            return
        if not check.valid and not keep_invalid:
            self.pending_invalid = text
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Ongeldig: {0}  Enter = bewaren als ongeldig stembiljet, "
                                         "Esc = opnieuw typen.").format(check.reason))
            return
        try:
            if self.correcting is not None:
                dialog = RedenDialog(self.tr("Waarom wordt stembiljet {0} verbeterd?").format(self.correcting.volgnummer),
                                     self, self.tr("Verbetering"))
                if not dialog.exec():
                    return
                biljet = stemmen.correct_ballot(self.correcting.id, text, dialog.reason(), keep_invalid=True)
            else:
                biljet = with_second_typist_reason(self, lambda why: stemmen.enter_ballot(
                    self.ronde_id, text, invoer=self.invoer, keep_invalid=keep_invalid, zelfde_invoerder_reden=why))
                if biljet is None:
                    return
        except ServiceError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        self.correcting = None
        self.pending_invalid = None
        # setText, not clear(): Qt records clear() as an edit, and Ctrl+Z would bring the saved numbers
        # back into the line, ready to be saved a second time as the next ballot.
        self.line.setText("")
        # More ballots than people counted at the meeting: said at once, under the confirmation.
        note = attendance_note(self.ronde_id, self._live.current().biljetten) if self._live else ""
        if biljet.geldig:
            self.message.setStyleSheet(ERROR_STYLE if note else OK_STYLE)
            self.message.setText(self.tr("Stembiljet {0} opgeslagen.").format(biljet.volgnummer) + note)
        else:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Stembiljet {0} bewaard als ongeldig: {1}").format(
                biljet.volgnummer, biljet.reden_ongeldig) + note)
        self.changed.emit()

    def withdraw(self) -> None:
        biljet = self.selected_ballot()
        if biljet is None:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Kies eerst het stembiljet dat moet vervallen."))
            return
        dialog = RedenDialog(self.tr("Stembiljet {0} laten vervallen (bijvoorbeeld: twee keer ingevoerd). "
                                     "Waarom?").format(biljet.volgnummer), self, self.tr("Laten vervallen"))
        if not dialog.exec():
            return
        try:
            stemmen.withdraw_ballot(biljet.id, dialog.reason())
        except ServiceError as exc:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(str(exc))
            return
        self.changed.emit()
