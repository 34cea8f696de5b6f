"""The outcome screen on the laptop: chosen ideas in order, money left, a reason for every other idea,
what-if ticks, manual changes with a written reason, fixing the outcome, and chosen ideas into goals."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.money import format_cents
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.budget_bar import BudgetBar
from wijkdesk.views.dialogs import RedenDialog, confirm, show_error
from wijkdesk.views.stemronde.reasons import reason_text, wat_als_text

log = logging.getLogger(__name__)

COL_WATALS, COL_VOLGORDE, COL_NR, COL_IDEE, COL_KOSTEN, COL_STEMMEN, COL_UITSLAG, COL_REDEN = range(8)
CHOSEN_BACKGROUND = QColor("#e3f4e5")
MANUAL_BACKGROUND = QColor("#fff4ce")


class OutcomeView(QWidget):
    """Shows `uitslag.compute_uitslag()` for one round and the actions on it."""

    changed = Signal()
    goals_made = Signal(list)  # ids of the goals made
    show_on_beamer = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ronde_id: int | None = None
        self.result: uitslag.Uitslag | None = None
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("uitslag_kop")
        self.header.setWordWrap(True)
        font = QFont(self.header.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        layout.addWidget(self.header)
        self.bar = BudgetBar(self)
        layout.addWidget(self.bar)
        self.notice = QLabel(self)
        self.notice.setObjectName("uitslag_melding")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing() * 2 + 4)
        layout.addWidget(self.notice)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("uitslag_tabel")
        self.table.setHorizontalHeaderLabels([self.tr("Wat als"), self.tr("Volgorde"), self.tr("Nr"), self.tr("Idee"),
                                              self.tr("Kosten"), self.tr("Stemmen"), self.tr("Uitslag"),
                                              self.tr("Waarom")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # The idea and the reason share the width left by the short columns and wrap onto more lines,
        # so both stay whole on a 1024-wide laptop instead of being cut off or scrolled out of sight.
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in (COL_IDEE, COL_REDEN)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.setMinimumHeight(120)
        layout.addWidget(self.table, 1)
        self.whatif = QLabel(self)
        self.whatif.setObjectName("watals")
        self.whatif.setWordWrap(True)
        # A word-wrapped label may be squeezed to nothing by the table above it: keep two lines.
        self.whatif.setMinimumHeight(self.whatif.fontMetrics().lineSpacing() * 2 + 4)
        layout.addWidget(self.whatif)
        # The room of a hidden table (no outcome yet) goes to this spacer, not to the labels, so the heading
        # and the reason stay together at the top; while the table shows, its stretch takes the room.
        for label in (self.header, self.notice, self.whatif):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addStretch(0)
        # Two rows of buttons: in one row the six need 930 px and push the window past a 1024-wide screen.
        buttons = QHBoxLayout()
        finish = QHBoxLayout()
        self.choose_button = self._button("toch_kiezen_knop", self.tr("Toch kiezen…"), lambda: self.override(True))
        self.drop_button = self._button("toch_niet_knop", self.tr("Toch niet kiezen…"), lambda: self.override(False))
        self.undo_button = self._button("intrekken_knop", self.tr("Handmatige wijziging intrekken…"),
                                        lambda: self.override(None))
        self.fix_button = self._button("vaststellen_knop", self.tr("Uitslag vaststellen…"), self.fix)
        self.goals_button = self._button("doelen_knop", self.tr("Gekozen ideeën → doelen"), self.make_goals)
        self.beamer_button = self._button("beamer_uitslag_knop", self.tr("Uitslag op de beamer"), self.show_on_beamer.emit)
        for button in (self.choose_button, self.drop_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        finish.addStretch(1)
        for button in (self.beamer_button, self.fix_button, self.goals_button):
            finish.addWidget(button)
        layout.addLayout(buttons)
        layout.addLayout(finish)
        self._loading = False

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- showing -------------------------------------------------------------------------------------

    def load(self, ronde_id: int | None) -> None:
        self.ronde_id = ronde_id
        self.refresh()

    def refresh(self) -> None:
        self.result = None
        self._loading = True
        self.table.setRowCount(0)
        self._loading = False
        if self.ronde_id is None:
            self.header.setText(self.tr("Kies of maak een stemronde."))
            self._set_enabled(False)
            return
        ronde = rondes.get_ronde(self.ronde_id)
        try:
            self.result = uitslag.compute_uitslag(ronde)
        except stemmen.VerschillenError as exc:
            self._no_outcome(ronde, self.tr("Eerst de verschillen tussen eerste en tweede invoer oplossen:") + "\n"
                             + "\n".join("• " + v.text() for v in exc.verschillen[:30]))
            return
        except ServiceError as exc:  # e.g. completion 'verhogen' with a step far too small: what to do instead
            self._no_outcome(ronde, str(exc))
            return
        result = self.result
        self.header.setText(self.tr("{0}: {1} gekozen, samen {2} van {3}; over {4}").format(
            ronde.titel, len(result.gekozen), format_cents(result.besteed_cents), format_cents(result.budget_cents),
            format_cents(result.over_cents)))
        from wijkdesk.views.stemronde.dialog import short_label

        notes = [self.tr("Regel: {0}. Geldige stembiljetten: {1}, ongeldig: {2}, blanco: {3}.").format(
            short_label(ronde.regel), result.stand.geldig, result.stand.ongeldig, result.stand.blanco)
            if ronde.invoerwijze == "biljetten" else self.tr("Regel: {0}. Telling per idee.").format(
            short_label(ronde.regel))]
        for group in result.gelijke_stand:
            notes.append(self.tr("Gelijke stand tussen {0}: beslist op het laagste nummer.").format(
                ", ".join(str(n) for n in group)))
        if result.over_cents < 0:
            notes.append(self.tr("Let op: de gekozen ideeën kosten {0} meer dan het budget.").format(
                format_cents(-result.over_cents)))
        if ronde.status == "gesloten":
            notes.append(self.tr("De uitslag is vastgesteld."))
        self.notice.setStyleSheet("color: #b00020;" if result.over_cents < 0 else "")
        self.notice.setText(" ".join(notes))
        self.bar.set_values(result.budget_cents, result.besteed_cents, 0)
        self._fill_table(result)
        open_round = ronde.status == "open"
        self._set_enabled(True)
        for button in (self.choose_button, self.drop_button, self.undo_button, self.fix_button):
            button.setEnabled(open_round)
        self.goals_button.setEnabled(ronde.status == "gesloten")
        self._update_whatif()

    def _no_outcome(self, ronde, why: str) -> None:
        """No outcome yet: why, and what to do, in red under the heading; the table and buttons are off."""
        self.header.setText(self.tr("Nog geen uitslag"))
        self.notice.setStyleSheet("color: #b00020; font-weight: 600;")
        self.notice.setText(why)
        self.bar.set_values(ronde.budget_cents, 0, 0)
        self._set_enabled(False)
        self.whatif.clear()

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.choose_button, self.drop_button, self.undo_button, self.fix_button, self.goals_button):
            button.setEnabled(enabled)
        self.beamer_button.setEnabled(enabled)
        self.table.setVisible(enabled)
        self.whatif.setVisible(enabled)

    def _fill_table(self, result: uitslag.Uitslag) -> None:
        self._loading = True
        rows = sorted(result.ideeen, key=lambda i: (not i.gekozen, i.volgorde or 0, i.nummer))
        self.table.setRowCount(len(rows))
        for row, idea in enumerate(rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if idea.gekozen else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, idea.nummer)
            self.table.setItem(row, COL_WATALS, tick)
            chosen_text = self.tr("gekozen") if idea.gekozen else self.tr("niet gekozen")
            if idea.handmatig is not None:
                chosen_text += self.tr(" (handmatig)")
            values = {COL_VOLGORDE: idea.volgorde or "", COL_NR: idea.nummer, COL_IDEE: idea.titel,
                      COL_KOSTEN: format_cents(idea.kosten_cents), COL_STEMMEN: idea.stemmen, COL_UITSLAG: chosen_text,
                      COL_REDEN: reason_text(idea)}
            for column, value in values.items():
                item = QTableWidgetItem(str(value))
                item.setData(Qt.ItemDataRole.UserRole, idea.ronde_idee_id)
                if column in (COL_IDEE, COL_REDEN) and value:
                    item.setToolTip(str(value))
                if column in (COL_VOLGORDE, COL_NR, COL_KOSTEN, COL_STEMMEN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if idea.gekozen:
                    item.setBackground(QBrush(MANUAL_BACKGROUND if idea.handmatig else CHOSEN_BACKGROUND))
                    if column == COL_UITSLAG:
                        font = QFont(item.font())
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(row, column, item)
        self._loading = False

    # --- what-if -------------------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() == COL_WATALS:
            self._update_whatif()

    def ticked(self) -> list[int]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_WATALS)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_ticked(self, nummers) -> None:
        wanted = set(nummers)
        self._loading = True
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_WATALS)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)
        self._loading = False
        self._update_whatif()

    def _update_whatif(self) -> None:
        if self.ronde_id is None or self.result is None:
            return
        result = uitslag.wat_als(self.ronde_id, self.ticked())
        self.whatif.setStyleSheet("color: #b00020; font-weight: 600;" if result.te_veel else "font-weight: 600;")
        self.whatif.setText(wat_als_text(result, {i.nummer: i.titel for i in self.result.ideeen}))

    # --- actions -------------------------------------------------------------------------------------

    def selected_idea(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or self.result is None:
            return None
        link_id = self.table.item(rows[0].row(), COL_NR).data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.result.ideeen if i.ronde_idee_id == link_id), None)

    def select_nummer(self, nummer: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, COL_NR).text() == str(nummer):
                self.table.selectRow(row)
                return

    def override(self, gekozen: bool | None) -> None:
        idea = self.selected_idea()
        if idea is None:
            show_error(self, ServiceError(self.tr("Kies eerst een idee in de uitslag.")))
            return
        wat = {True: self.tr("toch kiezen"), False: self.tr("toch niet kiezen"),
               None: self.tr("de handmatige wijziging intrekken")}[gekozen]
        dialog = RedenDialog(self.tr("Idee {0} '{1}' {2}. Schrijf de reden op: die wordt vastgelegd als besluit van "
                                     "de bijeenkomst.").format(idea.nummer, idea.titel, wat), self,
                             self.tr("Uitslag handmatig wijzigen"))
        if not dialog.exec():
            return
        try:
            uitslag.override(idea.ronde_idee_id, gekozen, dialog.reason())
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed.emit()

    def fix(self) -> None:
        if self.ronde_id is None or self.result is None:
            return
        chosen = ", ".join(f"{i.nummer} {i.titel}" for i in self.result.gekozen) or self.tr("geen")
        if not confirm(self, self.tr("Uitslag vaststellen"),
                       self.tr("De uitslag vastleggen als besluit: gekozen {0}. Daarna kunnen er geen stemmen of "
                               "wijzigingen meer bij.").format(chosen), self.tr("Vaststellen")):
            return
        try:
            uitslag.fix_uitslag(self.ronde_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.changed.emit()

    def make_goals(self) -> None:
        if self.ronde_id is None:
            return
        try:
            made = uitslag.chosen_into_goals(self.ronde_id)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.notice.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.notice.setText(self.tr("{0} doelen gemaakt; de gekozen ideeën staan op 'gekozen'.").format(len(made))
                            if made else self.tr("De gekozen ideeën zijn al doelen."))
        self.changed.emit()
        self.goals_made.emit([d.id for d in made])
