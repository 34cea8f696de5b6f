"""The Stemronde tab: the rounds of the wijk, entering votes, the outcome, and the beamer."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.money import format_cents
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.dialogs import confirm, show_error
from wijkdesk.views.icons import icon
from wijkdesk.views.stemronde.beamer import BeamerWindow
from wijkdesk.views.stemronde.dialog import short_label
from wijkdesk.views.stemronde.entry import BallotEntry, TallyEntry
from wijkdesk.views.stemronde.outcome_view import OutcomeView
from wijkdesk.views.tabs.base import BaseTab

log = logging.getLogger(__name__)

class StemrondeTab(BaseTab):
    """Rounds on the left; on the right the entry of votes and the outcome of the chosen round."""

    key = "stemronde"
    TABLES = rondes.TABLES | {"idee", "besluit", "doel", "bijeenkomst", "wijk"}
    OWN = rondes.TABLES
    goals_made = Signal(list)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.beamer: BeamerWindow | None = None
        self.ronde_id: int | None = None
        self._shown_state: tuple | None = None  # (ronde, status, vergrendeld) the header and list show
        self._own_vote = False  # True while this tab tells the others about a vote typed here
        # No second entry and no four-eyes rule when the differences were last read: a first-entry vote
        # typed here cannot make a difference, so the light refresh need not compare the entries.
        self._nothing_to_compare = False
        outer = QHBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.splitter)
        # Left: the rounds
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Stemrondes van deze wijk"), left))
        self.rounds = QListWidget(left)
        self.rounds.setObjectName("rondes")
        self.rounds.setWordWrap(True)
        self.rounds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rounds.currentItemChanged.connect(lambda item, _prev: self._select(item))
        left_layout.addWidget(self.rounds, 1)
        self.new_button = self._button(left, "nieuwe_ronde_knop", self.tr("Nieuwe stemronde…"), self.new_item, "nieuw")
        self.rules_button = self._button(left, "nieuwe_regels_knop", self.tr("Nieuwe ronde met andere regels…"),
                                         self.new_rules)
        self.import_button = self._button(left, "import_knop", self.tr("pabulib-bestand inlezen…"), self.import_pb)
        self.export_button = self._button(left, "export_knop", self.tr("Exporteren als .pb…"), self.export_pb)
        self.delete_button = self._button(left, "verwijder_ronde_knop", self.tr("Verwijderen…"), self.delete_selected,
                                          "verwijderen")
        for button in (self.new_button, self.rules_button, self.import_button, self.export_button, self.delete_button):
            left_layout.addWidget(button)
        # Right: the chosen round
        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.header = QLabel(right)
        self.header.setObjectName("ronde_kop")
        self.header.setWordWrap(True)
        font = QFont(self.header.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header.setFont(font)
        top.addWidget(self.header, 1)
        self.beamer_button = self._button(right, "beamer_knop", self.tr("Beamer (F5)"), self.open_beamer, "beamer")
        top.addWidget(self.beamer_button)
        right_layout.addLayout(top)
        self.rules = QLabel(right)
        self.rules.setObjectName("ronde_regels")
        self.rules.setWordWrap(True)
        right_layout.addWidget(self.rules)
        self.pages = QTabWidget(right)
        self.pages.setObjectName("ronde_paginas")
        right_layout.addWidget(self.pages, 1)
        # Entry page
        entry_page = QWidget(self.pages)
        entry_layout = QVBoxLayout(entry_page)
        chooser = QHBoxLayout()
        self.first_radio = QRadioButton(self.tr("&Eerste invoer"), entry_page)
        self.first_radio.setObjectName("eerste_invoer")
        self.second_radio = QRadioButton(self.tr("&Tweede invoer (vier ogen, door iemand anders)"), entry_page)
        self.second_radio.setObjectName("tweede_invoer")
        self.first_radio.setChecked(True)
        group = QButtonGroup(entry_page)
        group.addButton(self.first_radio, 1)
        group.addButton(self.second_radio, 2)
        group.idClicked.connect(lambda _id: self._load_entry())
        chooser.addWidget(self.first_radio)
        chooser.addWidget(self.second_radio)
        chooser.addStretch(1)
        entry_layout.addLayout(chooser)
        self.entry_stack = QStackedWidget(entry_page)
        self.tally = TallyEntry(self.entry_stack)
        self.ballots = BallotEntry(self.entry_stack)
        self.entry_stack.addWidget(self.tally)
        self.entry_stack.addWidget(self.ballots)
        entry_layout.addWidget(self.entry_stack, 1)
        self.differences = QLabel(entry_page)
        self.differences.setObjectName("verschillen")
        self.differences.setWordWrap(True)
        entry_layout.addWidget(self.differences)
        self.pages.addTab(entry_page, self.tr("Stemmen invoeren"))
        self.outcome = OutcomeView(self.pages)
        self.pages.addTab(self.outcome, self.tr("Uitslag"))
        self.pages.currentChanged.connect(lambda _i: self._refresh_page())
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([260, 1000])
        for panel in (self.tally, self.ballots):
            panel.changed.connect(self._votes_changed)
        self.outcome.changed.connect(lambda: self.context.notify(self.TABLES))
        self.outcome.goals_made.connect(self.goals_made.emit)
        self.outcome.show_on_beamer.connect(self.show_outcome_on_beamer)

    def _button(self, parent, name, text, slot, icon_name: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name) if icon_name else QIcon(), text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def title(self) -> str:
        return self.tr("Stemronde")

    def declines_step(self, command, redo: bool = False) -> str | None:
        """Ctrl+Z / Bewerken > Ongedaan maken here takes back only a step made here (a round deleted, a
        pabulib file read: steps that touch the round itself). Votes are never undone, and a step of
        another tab would change data this tab does not show: the window then says so and does nothing."""
        if "stemronde" in getattr(command, "tables", ()):
            return None
        # The whole story under the entry line (it wraps); the status bar, narrow beside the budget, gets
        # what happened.
        self.entry_stack.currentWidget()._say(self.tr(
            "Ctrl+Z maakt op dit tabblad geen stemmen ongedaan: een stembiljet verbetert u met Verbeteren… of "
            "Laten vervallen…, een aantal door het juiste aantal te typen. '{0}' is een stap van een ander "
            "tabblad: maak die daar ongedaan of doe die daar opnieuw.").format(command.text()))
        if redo:
            return self.tr("Niets opnieuw gedaan: '{0}' hoort bij een ander tabblad.").format(command.text())
        return self.tr("Niets ongedaan gemaakt: '{0}' hoort bij een ander tabblad.").format(command.text())

    def state_widgets(self) -> dict:
        return {"splitter": self.splitter}

    # --- which round -------------------------------------------------------------------------------

    def refresh(self) -> None:
        wijk_id = self.context.wijk_id
        self.rounds.blockSignals(True)
        self.rounds.clear()
        rows = rondes.rondes(wijk_id) if wijk_id is not None else []
        for ronde in rows:
            item = QListWidgetItem(f"{ronde.titel}\n{short_label(ronde.status)}")
            item.setData(Qt.ItemDataRole.UserRole, ronde.id)
            item.setIcon(icon("stemronde"))
            self.rounds.addItem(item)
        ids = [r.id for r in rows]
        if self.ronde_id not in ids:
            self.ronde_id = ids[0] if ids else None
        if self.ronde_id is not None:
            self.rounds.setCurrentRow(ids.index(self.ronde_id))
        self.rounds.blockSignals(False)
        self._show_round(reload_entry=False)

    def scope_changed(self) -> None:
        self.ronde_id = None

    def _select(self, item: QListWidgetItem | None) -> None:
        self.ronde_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self._show_round(reload_entry=True)

    def select_ronde(self, ronde_id: int) -> None:
        self.ronde_id = ronde_id
        self.refresh()
        self._show_round(reload_entry=True)

    def _show_round(self, reload_entry: bool) -> None:
        has = self.ronde_id is not None
        for widget in (self.pages, self.beamer_button, self.export_button, self.rules_button, self.delete_button):
            widget.setEnabled(has)
        if not has:
            self.header.setText(self.tr("Nog geen stemronde: maak er een met 'Nieuwe stemronde…' of lees een "
                                        "pabulib-bestand in.") if self.context.wijk_id else self.tr("Kies eerst een wijk."))
            self.rules.clear()
            self.tally.load(None, 1)
            self.ballots.load(None, 1)
            self.outcome.load(None)
            return
        ronde = rondes.get_ronde(self.ronde_id)
        self._shown_state = (ronde.id, ronde.status, ronde.vergrendeld)
        self.header.setText(f"{ronde.titel} — {short_label(ronde.status)}")
        parts = [short_label(ronde.stemwijze), short_label(ronde.invoerwijze), short_label(ronde.regel),
                 self.tr("budget {0}").format(format_cents(ronde.budget_cents))]
        if ronde.max_keuzes:
            parts.append(self.tr("hoogstens {0} kruisjes").format(ronde.max_keuzes))
        if ronde.stemwijze == "punten":
            parts.append(self.tr("{0} punten per kiezer").format(ronde.punten_per_kiezer))
        if ronde.regel == "equal_shares" and ronde.aanvulling != "geen":
            parts.append(self.tr("aanvulling: {0}").format(
                short_label("verhogen") if ronde.aanvulling == "verhogen" else self.tr("meeste stemmen")))
        if ronde.vier_ogen:
            parts.append(self.tr("tweede invoer verplicht"))
        self.rules.setText(" · ".join(parts))
        self.rules_button.setEnabled(ronde.vergrendeld and ronde.status != "vervangen")
        self.delete_button.setEnabled(not ronde.vergrendeld)
        entry_allowed = ronde.status in ("concept", "open") and not self.context.readonly
        self.entry_stack.setEnabled(entry_allowed)
        self.entry_stack.setCurrentWidget(self.tally if ronde.invoerwijze == "telling" else self.ballots)
        panel = self.entry_stack.currentWidget()
        if reload_entry or (panel.ronde_id, panel.invoer) != (self.ronde_id, self._invoer()):
            # Never loaded for this round (the tab's first show, a rebuilt window): an empty panel would
            # take typed ballots and save nothing.
            self._load_entry()
        else:
            panel.refresh()
        self._update_differences()
        self._refresh_page()

    def _invoer(self) -> int:
        return 2 if self.second_radio.isChecked() else 1

    def _load_entry(self) -> None:
        self.entry_stack.currentWidget().load(self.ronde_id, self._invoer())

    def _refresh_page(self) -> None:
        if self.pages.currentWidget() is self.outcome:
            self.outcome.load(self.ronde_id)

    def _update_differences(self) -> None:
        self._nothing_to_compare = False
        if self.ronde_id is None:
            self.differences.clear()
            return
        found = stemmen.verschillen(self.ronde_id)
        if found:
            self.differences.setStyleSheet("color: #b00020; font-weight: 600;")
            shown = "\n".join("• " + v.text() for v in found[:12])
            more = self.tr("\n… en nog {0}").format(len(found) - 12) if len(found) > 12 else ""
            self.differences.setText(self.tr("Verschillen tussen eerste en tweede invoer ({0}):").format(len(found))
                                     + "\n" + shown + more)
        elif stemmen.second_entry_started(self.ronde_id):
            self.differences.setStyleSheet("color: #1b5e20; font-weight: 600;")
            self.differences.setText(self.tr("Eerste en tweede invoer komen overeen."))
        else:
            self.differences.clear()
            self._nothing_to_compare = not rondes.get_ronde(self.ronde_id).vier_ogen

    def _votes_changed(self) -> None:
        """A ballot or count was typed (or corrected) here. Only the entry tables changed, unless this
        vote locked or opened the round: then the list, the header and the other tabs showing rounds
        change too. The others are told only what changed, and this tab does not re-read the round."""
        ronde = rondes.get_ronde(self.ronde_id) if self.ronde_id is not None else None
        if ronde is None or (ronde.id, ronde.status, ronde.vergrendeld) != self._shown_state:
            self.context.notify(rondes.TABLES)
            return
        self._own_vote = True
        try:
            self.context.notify({"stembiljet", "telling"})
        finally:
            self._own_vote = False

    def _on_data_changed(self, tables: frozenset) -> None:
        if self._own_vote and self.isVisible() and not self._dirty:
            # The round, its rules and the list are as shown: only the new entries go on screen (the
            # panel reads just those, so ballot 2,000 is as quick as the first) with the differences.
            self.entry_stack.currentWidget().refresh()
            if not (self._nothing_to_compare and self._invoer() == 1):
                self._update_differences()
            self._refresh_page()
            return
        super()._on_data_changed(tables)

    def show_outcome_page(self) -> None:
        self.pages.setCurrentWidget(self.outcome)

    # --- actions -----------------------------------------------------------------------------------

    def focus_on_open(self) -> None:
        panel = self.entry_stack.currentWidget()
        if self.entry_stack.isEnabled() and self.pages.currentIndex() == 0:
            panel.line.setFocus()

    def new_item(self) -> None:
        if self.context.wijk_id is None:
            show_error(self, ServiceError(self.tr("Kies eerst een wijk.")))
            return
        from wijkdesk.views.stemronde.dialog import StemrondeDialog

        dialog = StemrondeDialog(self.context.wijk_id, self.context.jaar, self)
        if dialog.exec() and dialog.result_row is not None:
            self.ronde_id = dialog.result_row.id
            self.context.notify(rondes.TABLES)
            self.select_ronde(self.ronde_id)

    def new_rules(self) -> None:
        if self.ronde_id is None:
            return
        from wijkdesk.views.stemronde.dialog import StemrondeDialog

        dialog = StemrondeDialog(self.context.wijk_id, self.context.jaar, self, vorige=rondes.get_ronde(self.ronde_id))
        if dialog.exec() and dialog.result_row is not None:
            self.context.notify(rondes.TABLES)
            self.select_ronde(dialog.result_row.id)

    def delete_selected(self) -> None:
        if self.ronde_id is None:
            return
        ronde = rondes.get_ronde(self.ronde_id)
        if not confirm(self, self.tr("Stemronde verwijderen"),
                       self.tr("De stemronde '{0}' verwijderen? De ideeën zelf blijven bestaan.").format(ronde.titel),
                       self.tr("Verwijderen")):
            return
        try:
            self.context.change(self.tr("Stemronde '{0}' verwijderen").format(ronde.titel),
                                lambda: rondes.delete_ronde(ronde.id))
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ronde_id = None

    def import_pb(self, path: str | None = None) -> None:
        if self.context.wijk_id is None:
            show_error(self, ServiceError(self.tr("Kies eerst een wijk.")))
            return
        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, self.tr("pabulib-bestand inlezen"), "",
                                                        self.tr("pabulib (*.pb);;Alle bestanden (*)"))
            if not path:
                return
        from wijkdesk.exchange.pabulib import PabulibError
        from wijkdesk.exchange.pabulib_ronde import import_pb

        try:
            ronde = self.context.change(self.tr("pabulib-bestand {0} inlezen").format(Path(path).name),
                                        lambda: import_pb(self.context.wijk_id, path))
        except (ServiceError, PabulibError) as exc:
            show_error(self, exc, self.tr("Niet ingelezen"))
            return
        self.select_ronde(ronde.id)

    def export_pb(self, path: str | None = None) -> None:
        if self.ronde_id is None:
            return
        if not path:
            ronde = rondes.get_ronde(self.ronde_id)
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Exporteren als pabulib-bestand"),
                                                        f"{ronde.titel}.pb", self.tr("pabulib (*.pb)"))
            if not path:
                return
        from wijkdesk.exchange.pabulib_ronde import export_pb_file

        try:
            export_pb_file(self.ronde_id, Path(path))
        except ServiceError as exc:
            show_error(self, exc, self.tr("Niet geëxporteerd"))

    # --- beamer ------------------------------------------------------------------------------------

    def open_beamer(self) -> BeamerWindow | None:
        if self.ronde_id is None:
            return None
        if self.beamer is None:
            self.beamer = BeamerWindow(self.context, self.ronde_id)
            self.beamer.closed.connect(self._beamer_closed)
        else:
            self.beamer.set_ronde(self.ronde_id)
        window = self.window()
        self.beamer.present(window.screen() if window is not None else None)
        return self.beamer

    def show_outcome_on_beamer(self) -> None:
        beamer = self.open_beamer()
        if beamer is not None:
            beamer.show_outcome()

    def _beamer_closed(self) -> None:
        beamer, self.beamer = self.beamer, None
        if beamer is not None:
            beamer.deleteLater()
        window = self.window()
        if window is not None and window.isVisible():
            window.activateWindow()
