"""Budget: the Meedoenbudget of a wijk and year at a glance, the toekenningen and the ledger of uitgaven."""
from __future__ import annotations

import datetime as dt
import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.domain.dates import DateError, format_date, parse_date
from wijkdesk.domain.money import MoneyError, format_cents, parse_cents
from wijkdesk.services import aanvraag, afgesloten, budget, jaarafsluiting, lists, wijken
from wijkdesk.services.errors import ConflictError, ServiceError, ValidationError
from wijkdesk.views import labels
from wijkdesk.views.aanvraag_part import AanvraagPart
from wijkdesk.views.dialogs import FormDialog, StatusDialog, combo_value, confirm, fill_combo, show_error, with_override
from wijkdesk.views.forms.ui_budget_dialog import Ui_BudgetDialog
from wijkdesk.views.forms.ui_budget_summary import Ui_BudgetSummary
from wijkdesk.views.forms.ui_toekenning_dialog import Ui_ToekenningDialog
from wijkdesk.views.forms.ui_uitgave_dialog import Ui_UitgaveDialog
from wijkdesk.views.icons import icon
from wijkdesk.views.models import ToekenningenModel, UitgavenModel
from wijkdesk.views.pdf_actions import save_aanvraag
from wijkdesk.views.verantwoording_dialog import BijlagenDialog, VerantwoordingDialog
from wijkdesk.views.tabs.base import BaseTab, FilterBox, configure_table, select_id, selected_row

log = logging.getLogger(__name__)

MONEY_TABLES = {"meedoenbudget", "toekenning", "uitgave"}


def _money_text(cents) -> str:
    return format_cents(cents, symbol=False) if cents is not None else ""


class _RulesWarnings:
    """Live warnings from the configurable budget rules (Deventer) while the user types."""

    def _update_warnings(self) -> None:
        try:
            cents = parse_cents(self.form.bedrag_cents.text()) if self.form.bedrag_cents.text().strip() else 0
        except MoneyError:
            cents = 0
        datum = None
        date_widget = getattr(self.form, "activiteit_einddatum", None)
        if date_widget is not None and date_widget.text().strip():
            try:
                datum = parse_date(date_widget.text())
            except DateError:
                datum = None
        soort = getattr(self.form, "activiteit_soort", None)
        warnings = budget.warnings_for(self.form.omschrijving.text(), cents,
                                       soort.currentText() if soort is not None else "", datum,
                                       rules=self.context.budget_rules())
        self._show_warning_texts(warnings + self._more_warnings(cents))

    def _more_warnings(self, cents: int) -> list[str]:
        """Hook: warnings of this dialog's own, on the typed amount in cents."""
        return []

    def _show_warning_texts(self, warnings: list[str]) -> None:
        label = self.form.waarschuwingen
        if not label.property("ruimte"):
            # Room for five lines of warnings kept from the start: a warning that appears while the user types
            # must not push the OK button and the combo boxes away from under the mouse.
            self._warning_style = label.styleSheet()
            # Measured with the warning's own padding and border; five lines, because two warnings wrapped
            # at this width took more than four line spacings and squeezed the fields above them upwards.
            label.ensurePolished()
            label.setText("\n".join(["Mg"] * 5))
            label.setMinimumHeight(label.sizeHint().height())
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setProperty("ruimte", True)
        label.setText("\n".join(warnings))
        label.setStyleSheet(self._warning_style if warnings else "padding: 6px; border: 1px solid transparent;")
        label.setVisible(True)


class ToekenningDialog(_RulesWarnings, FormDialog):
    """Add or change a toekenning (grant), with its aanvraag (request) on a page of its own."""

    UI = Ui_ToekenningDialog
    MIN_WIDTH = 620  # the begroting's three columns and its warnings need the width; fits 1024x768
    MAX_WARNING_LINES = 5  # the room kept for warnings (see _RulesWarnings); more are counted, not shown

    def __init__(self, context, toekenning=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.row_id = toekenning.id if toekenning else None
        self.edit_from(toekenning)
        self.setWindowTitle(self.tr("Toekenning wijzigen") if toekenning else self.tr("Nieuwe toekenning"))
        self.aanvraag = AanvraagPart(self.form, self._update_warnings)
        fill_combo(self.form.doel, lists.doel_keuzes(context.wijk_id), self.tr("(geen doel)"))
        fill_combo(self.form.groep, lists.groep_keuzes(context.wijk_id), self.tr("(geen groep)"))
        soorten = sorted(context.budget_rules().plafonds_cents)
        fill_combo(self.form.activiteit_soort, [(s, s) for s in soorten], "")
        if toekenning:
            self.form.omschrijving.setText(toekenning.omschrijving)
            fill_combo(self.form.doel, lists.doel_keuzes(context.wijk_id), self.tr("(geen doel)"), toekenning.doel_id)
            fill_combo(self.form.groep, lists.groep_keuzes(context.wijk_id), self.tr("(geen groep)"), toekenning.groep_id)
            self.form.activiteit_soort.setEditText(toekenning.activiteit_soort)
            self.form.bedrag_cents.setText(_money_text(toekenning.bedrag_cents))
            self.form.zaaknummer.setText(toekenning.zaaknummer)
            self.form.besluitdatum.setText(format_date(toekenning.besluitdatum))
            self.form.besloten_door.setText(toekenning.besloten_door)
            self.aanvraag.load(toekenning, aanvraag.regels(toekenning))
        # A new grant starts without a decision date: a request that has just come in is not decided yet,
        # and its decision deadline ("Termijn verstreken") can only pass while the date is empty.
        for widget in (self.form.omschrijving, self.form.bedrag_cents, self.form.besluitdatum):
            widget.textChanged.connect(self._update_warnings)
        self.form.activiteit_soort.currentTextChanged.connect(self._update_warnings)
        self.print_button = self.form.knoppen.addButton(self.tr("Aanvraag af&drukken…"),
                                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("afdrukken")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_request)
        self._saved_state = self._state()
        self._update_warnings()

    def fresh_row(self, row_id: int):
        return budget.get_toekenning(row_id)

    def merge_parts(self) -> dict:
        return {**super().merge_parts(), "begroting": (lambda: tuple(self.aanvraag.lines()), self.aanvraag.set_lines)}

    def values(self) -> dict:
        return {
            "omschrijving": self.form.omschrijving.text(),
            "doel": self.form.doel.currentData(),
            "groep": self.form.groep.currentData(),
            "activiteit_soort": self.form.activiteit_soort.currentText().strip().lower(),
            "zaaknummer": self.form.zaaknummer.text(),
            "besluitdatum": self.form.besluitdatum.text(),
            "besloten_door": self.form.besloten_door.text(),
            **self.aanvraag.values(),
        }

    def _state(self):
        """What a save would write, to know whether the printed request would differ from the form."""
        return self.values(), self.form.bedrag_cents.text(), self.aanvraag.lines()

    def _update_warnings(self) -> None:
        """The rules on what is typed: every warning in the box below the pages (a line's warning names the
        line), the offending lines in red in the begroting, and the decision deadline."""
        if not hasattr(self, "aanvraag"):
            return
        values = {**self.values(), "bedrag_cents": self.form.bedrag_cents.text()}
        warnings, term = aanvraag.check_concept(self.context.wijk_id, self.context.jaar, values, self.aanvraag.lines())
        self.aanvraag.show_warnings(warnings)
        self.aanvraag.show_term(term, self.form.besluitdatum.text())
        # Below the pages: the request's own warnings in full, the lines' counted (they stand in full under
        # the begroting, where their lines are).
        texts = [w.tekst for w in warnings if not w.regel]
        with_lines = sorted({w.regel for w in warnings if w.regel})
        if with_lines:
            numbers = ", ".join(str(n) for n in with_lines)
            texts.append(self.tr("Begroting: {0} met een waarschuwing (regel {1}); zie de pagina Aanvraag.").format(
                self.tr("1 regel") if len(with_lines) == 1 else self.tr("{0} regels").format(len(with_lines)), numbers))
        if len(texts) > self.MAX_WARNING_LINES:
            rest = len(texts) - (self.MAX_WARNING_LINES - 1)
            texts = texts[:self.MAX_WARNING_LINES - 1] + [
                self.tr("… en nog {0} (de regels in het rood op de pagina Aanvraag)").format(rest)]
        self._show_warning_texts(texts)
        count = len(warnings)
        index = self.form.tabs.indexOf(self.form.aanvraag_pagina)
        self.form.tabs.setTabText(index, self.tr("&Aanvraag ({0})").format(count) if count else self.tr("&Aanvraag"))

    def accept(self) -> None:
        super().accept()
        if self.isVisible() and not self.result():
            self._show_page_of_error()

    def _show_page_of_error(self) -> None:
        """A refusal shown at a field on the other page: go to that page and put the cursor in the field."""
        for name in dir(self.form):
            label = getattr(self.form, name)
            if name.endswith("_fout") and isinstance(label, QLabel) and not label.isHidden():
                for page in (self.form.toekenning_pagina, self.form.aanvraag_pagina):
                    if page.isAncestorOf(label):
                        self.form.tabs.setCurrentWidget(page)
                        field = getattr(self.form, name[:-len("_fout")], None)
                        if isinstance(field, QWidget):
                            field.setFocus()
                        return

    def save(self, override_reden: str):
        values = self.values()
        bedrag = self.form.bedrag_cents.text()
        lines = self.aanvraag.lines()
        context = self.context
        wijk_id, jaar, row_id = context.wijk_id, context.jaar, self.row_id
        text = (self.tr("Toekenning '{0}' toevoegen") if row_id is None else
                self.tr("Toekenning '{0}' wijzigen")).format(values["omschrijving"].strip())
        return context.change(text, lambda: aanvraag.save_aanvraag(row_id, wijk_id, jaar, bedrag, values, lines,
                                                                   override_reden=override_reden),
                              self.versies())

    def print_request(self) -> None:
        """'Aanvraag afdrukken': the request as stored; unsaved changes are saved first (asked)."""
        if self.row_id is None or self._state() != self._saved_state:
            if not confirm(self, self.tr("Aanvraag afdrukken"),
                           self.tr("De aanvraag wordt afgedrukt zoals hij is opgeslagen. Eerst opslaan wat hier "
                                   "staat? Dit kan ongedaan worden gemaakt met Ctrl+Z."), self.tr("Opslaan en afdrukken")):
                return
            self.errors.clear()
            try:
                row = with_override(self, self.save)
            except ValidationError as exc:
                self.errors.show(exc.field, exc.message)
                self._show_page_of_error()
                return
            except ConflictError as exc:
                self.after_conflict(exc)
                return
            except ServiceError as exc:
                show_error(self, exc)
                return
            if row is None:
                return
            self.row_id = row.id
            self.went_on(row)  # the dialog stays open: its next save expects the version just saved
            self.result_row = row
            self.setWindowTitle(self.tr("Toekenning wijzigen"))
            self.aanvraag.load(row, aanvraag.regels(row))
            self._saved_state = self._state()
        save_aanvraag(self, self.row_id)


class UitgaveDialog(_RulesWarnings, FormDialog):
    """Add or change an uitgave (expense), with an optional receipt file."""

    UI = Ui_UitgaveDialog

    def __init__(self, context, uitgave=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.row_id = uitgave.id if uitgave else None
        self.edit_from(uitgave)
        self.setWindowTitle(self.tr("Uitgave wijzigen") if uitgave else self.tr("Nieuwe uitgave"))
        fill_combo(self.form.toekenning, lists.toekenning_keuzes(context.wijk_id, context.jaar),
                   self.tr("(geen toekenning)"), uitgave.toekenning_id if uitgave else None)
        fill_combo(self.form.doel, lists.doel_keuzes(context.wijk_id), self.tr("(geen doel)"),
                   uitgave.doel_id if uitgave else None)
        if uitgave:
            self.form.datum.setText(format_date(uitgave.datum))
            self.form.omschrijving.setText(uitgave.omschrijving)
            self.form.bedrag_cents.setText(_money_text(uitgave.bedrag_cents))
            self.form.leverancier.setText(uitgave.leverancier)
            self.form.factuurnummer.setText(uitgave.factuurnummer)
            self.form.bonnetje.setText(uitgave.bonnetje)
        else:
            self.form.datum.setText(format_date(dt.date.today()))
        self._stored_receipt = uitgave.bonnetje if uitgave else ""
        self.form.bonnetje_fout.setVisible(False)
        self.form.bonnetje_knop.clicked.connect(self._choose_receipt)
        self.form.bonnetje_weg_knop.clicked.connect(self.form.bonnetje.clear)
        for widget in (self.form.omschrijving, self.form.bedrag_cents):
            widget.textChanged.connect(self._update_warnings)
        self.form.toekenning.currentIndexChanged.connect(self._update_warnings)
        self._update_warnings()
        self._add_creditnota_hint()

    def _more_warnings(self, cents: int) -> list[str]:
        warning = budget.credit_note_warning(combo_value(self.form.toekenning), cents, self.row_id)
        return [warning] if warning else []

    def _add_creditnota_hint(self) -> None:
        """A negative amount is a creditnota (services.budget takes it by design): say so under the amount while
        it is typed. The hint's line is kept while it is hidden, so the fields below it and the OK button stay
        where they are; one line, not wrapped, so its height is the same at any width."""
        hint = QLabel(self.tr("Een negatief bedrag boekt een creditnota: het verlaagt de uitgaven."), self)
        hint.setObjectName("creditnota_hint")
        hint.setStyleSheet("color: #1f4e79;")
        policy = hint.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        hint.setSizePolicy(policy)
        self.form.bedrag_cents_vak.insertWidget(1, hint)  # between the field and its error line
        self.creditnota_hint = hint
        self.form.bedrag_cents.textChanged.connect(self._show_creditnota_hint)
        self._show_creditnota_hint()

    def _show_creditnota_hint(self) -> None:
        text = self.form.bedrag_cents.text()
        try:
            negative = parse_cents(text) < 0
        except MoneyError:
            negative = text.strip().startswith("-")  # the minus typed, the digits not yet
        self.creditnota_hint.setVisible(negative)

    def _choose_receipt(self) -> None:
        start = str(Path(self.form.bonnetje.text()).parent) if self.form.bonnetje.text() else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Bonnetje kiezen"), start,
                                                    self.tr("Bonnetjes (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)"))
        if name:
            self.form.bonnetje.setText(name)

    def fresh_row(self, row_id: int):
        return budget.get_uitgave(row_id)

    def values(self) -> dict:
        return {
            "datum": self.form.datum.text(),
            "omschrijving": self.form.omschrijving.text(),
            "leverancier": self.form.leverancier.text(),
            "factuurnummer": self.form.factuurnummer.text(),
            "toekenning": self.form.toekenning.currentData(),
            "doel": self.form.doel.currentData(),
        }

    def _receipt_choice(self) -> dict:
        """What the receipt field asks for: nothing new, no receipt, or a file to keep (copied by the service)."""
        text = self.form.bonnetje.text().strip()
        if text == self._stored_receipt:
            return {}
        if not text:
            return {"bonnetje": ""}
        return {"bonnetje_bron": text}

    def save(self, override_reden: str):
        values = {**self.values(), **self._receipt_choice()}
        bedrag = self.form.bedrag_cents.text()
        context = self.context
        text = values["omschrijving"].strip()
        if self.row_id is None:
            wijk_id, jaar = context.wijk_id, context.jaar
            omschrijving, datum = values.pop("omschrijving"), values.pop("datum")
            return context.change(self.tr("Uitgave '{0}' toevoegen").format(text), lambda: budget.create_uitgave(
                wijk_id, jaar, bedrag, omschrijving, datum, override_reden=override_reden, **values))
        row_id = self.row_id
        return context.change(self.tr("Uitgave '{0}' wijzigen").format(text), lambda: budget.update_uitgave(
            row_id, override_reden=override_reden, bedrag_cents=bedrag, **values), self.versies())


class BudgetDialog(FormDialog):
    """Set the Meedoenbudget of the wijk for the chosen year."""

    UI = Ui_BudgetDialog

    def __init__(self, context, wijk_naam: str, parent=None):
        super().__init__(parent)
        self.context = context
        existing = budget.get_budget(context.wijk_id, context.jaar)
        self.form.uitleg.setText(self.tr("Meedoenbudget van {0} in {1}").format(wijk_naam, context.jaar))
        if existing:
            self.form.bedrag_cents.setText(_money_text(existing.bedrag_cents))
            self.form.notities.setPlainText(existing.notities)

    def save(self, override_reden: str):
        wijk_id, jaar = self.context.wijk_id, self.context.jaar
        bedrag, notities = self.form.bedrag_cents.text(), self.form.notities.toPlainText()
        text = self.tr("Meedoenbudget {0} instellen").format(jaar)
        do = lambda: budget.set_budget(wijk_id, jaar, bedrag, notities, override_reden=override_reden)  # noqa: E731
        return self.context.change(text, do)


class BudgetTab(BaseTab):
    """The Budget tab: summary with a bar, toekenningen, uitgaven."""

    key = "budget"
    icon_name = "budget"
    TABLES = frozenset({"meedoenbudget", "toekenning", "uitgave", "doel", "bewonersgroep", "instelling", "bijlage",
                        "overheveling", "jaarafsluiting"})
    OWN = frozenset({"meedoenbudget", "toekenning", "uitgave", "begrotingsregel", "overheveling", "jaarafsluiting"})

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.summary = QWidget(self)
        self.summary_form = Ui_BudgetSummary()
        self.summary_form.setupUi(self.summary)
        self.summary_form.budget_knop.clicked.connect(self.set_budget)
        self.summary_form.budget_knop.setIcon(icon("budget"))
        self.summary_form.jaar_knop.clicked.connect(self.close_year)
        # The summary keeps its natural height; the tables share what is left.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.grants = ToekenningenModel(self)
        self.grant_table = QTableView(self)
        self.grant_table.setObjectName("toekenningen")
        configure_table(self.grant_table, self.grants, {0: 28, 1: 22, 2: 12, 3: 12, 4: 11, 5: 17, 6: 13, 7: 12},
                        ToekenningenModel.BESLUITDATUM, True, ToekenningenModel.OMSCHRIJVING)
        self.model = UitgavenModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("uitgaven")
        configure_table(self.table, self.model, {0: 11, 1: 34, 2: 11, 3: 11, 4: 22, 5: 11, 6: 11, 7: 8, 8: 22},
                        UitgavenModel.DATUM, True, UitgavenModel.OMSCHRIJVING)

        grant_bar = QHBoxLayout()
        grant_bar.addWidget(self._heading(self.tr("Toekenningen")))
        grant_bar.addStretch(1)
        self.new_grant_button = self._button(self.tr("Nieuwe toekenning…"), "nieuw", self.new_grant)
        self.edit_grant_button = self._button(self.tr("Wijzigen…"), "", self.edit_grant)
        self.grant_status_button = self._button(self.tr("Status…"), "status", self.grant_status)
        self.print_grant_button = self._button(self.tr("Aanvraag afdrukken…"), "", self.print_grant)
        self.print_grant_button.setObjectName("aanvraag_afdrukken")
        self.verantwoording_button = self._button(self.tr("Verantwoording…"), "", self.verantwoording)
        self.verantwoording_button.setToolTip(self.tr("Checklist, verslag, geld en bijlagen van de toekenning"))
        # Only the grants whose verantwoording is past its due date (services.verantwoording.te_laat).
        self.te_laat_filter = QCheckBox(self.tr("Alleen te laat"), self)
        self.te_laat_filter.setObjectName("alleen_te_laat")
        self.te_laat_filter.toggled.connect(lambda _on: self.refresh())
        # A row of its own: beside the five buttons it made the window wider than a 1024 screen allows.
        self.te_laat_tekst = QLabel(self)
        self.te_laat_tekst.setObjectName("te_laat_tekst")
        self.te_laat_tekst.setStyleSheet("color: #a4001d;")  # once: a style sheet set again restyles the label
        late_bar = QHBoxLayout()
        late_bar.addWidget(self.te_laat_filter)
        late_bar.addWidget(self.te_laat_tekst)
        late_bar.addStretch(1)
        for button in (self.new_grant_button, self.edit_grant_button, self.grant_status_button,
                       self.print_grant_button, self.verantwoording_button):
            grant_bar.addWidget(button)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Zoeken in uitgaven (Ctrl+F)…"))
        self.filter_box = FilterBox(self.filter_edit, self.model.set_text_filter)
        # A search that finds no expense colours the box: a search kept across a change of wijk or year
        # left an empty list that looked like a year without expenses (found clicking through the window).
        # Not a count beside it as the other lists have: this bar is full at 1024 pixels.
        self._nothing_found = False
        self.model.rows_reloaded.connect(self._show_nothing_found)
        spend_bar = QHBoxLayout()
        spend_bar.addWidget(self._heading(self.tr("Uitgaven")))
        spend_bar.addWidget(self.filter_edit, 1)
        self.new_expense_button = self._button(self.tr("Nieuwe uitgave…"), "nieuw", self.new_expense)
        self.edit_expense_button = self._button(self.tr("Wijzigen…"), "", self.edit_expense)
        self.paid_button = self._button(self.tr("Markeer betaald"), "betaald", self.mark_paid)
        self.receipt_button = self._button(self.tr("Bonnetje…"), "bonnetje", self.receipt)
        self.attachments_button = self._button(self.tr("Bijlagen…"), "", self.expense_attachments)
        self.attachments_button.setToolTip(self.tr("Meer bonnen, foto's of documenten bij de uitgave"))
        self.expense_status_button = self._button(self.tr("Status…"), "status", self.expense_status)
        for button in (self.new_expense_button, self.edit_expense_button, self.paid_button, self.receipt_button,
                       self.attachments_button, self.expense_status_button):
            spend_bar.addWidget(button)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(grant_bar)
        top_layout.addLayout(late_bar)
        top_layout.addWidget(self.grant_table)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(spend_bar)
        bottom_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        self.grant_table.doubleClicked.connect(lambda _i: self.edit_grant())
        self.verantwoording_shortcut = QShortcut(QKeySequence("Ctrl+Shift+V"), self.grant_table)
        self.verantwoording_shortcut.activated.connect(self.verantwoording)
        self.table.doubleClicked.connect(lambda _i: self.edit_expense())
        self._last_focus = self.table
        context.overview_ready.connect(self.show_overview)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        return label

    def _button(self, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name) if icon_name else QIcon(), text, self)
        button.clicked.connect(slot)
        return button

    # --- refresh ---------------------------------------------------------------------------------------

    def scope(self) -> dict | None:
        if self.context.wijk_id is None or self.context.jaar is None:
            return None
        return {"wijk_id": self.context.wijk_id, "jaar": self.context.jaar}

    def refresh(self) -> None:
        scope = self.scope()
        keep_grant, keep_expense = selected_row(self.grant_table), selected_row(self.table)
        grant_scope = dict(scope, te_laat=True) if scope is not None and self.te_laat_filter.isChecked() else scope
        self.grants.set_scope(grant_scope)
        late = self.grants.count_te_laat()
        self.te_laat_tekst.setText(self.tr("({0} te laat in {1})").format(late, scope["jaar"]) if late else "")
        self.model.set_scope(scope)
        if keep_grant is not None:
            select_id(self.grant_table, keep_grant.id)
        if keep_expense is not None:
            select_id(self.table, keep_expense.id)
        self.update_summary()

    def update_summary(self) -> None:
        """The title and buttons at once; the amounts when the background sum is ready (`show_overview`)."""
        form = self.summary_form
        wijk_id, jaar = self.context.wijk_id, self.context.jaar
        # Read once here and handed to the figures below: on a server each read is a round trip.
        wijk = wijken.find_wijk(wijk_id)
        closing = afgesloten.afsluiting(wijk_id, jaar) if wijk is not None and jaar is not None else None
        form.titel.setText(self.tr("{0} — {1}").format(wijk.naam, jaar) if wijk else self.tr("Geen wijk gekozen"))
        form.budget_knop.setEnabled(wijk is not None and not self.context.readonly)
        closed = closing is not None and closing.heropend_op is None
        form.jaar_knop.setEnabled(wijk is not None and not self.context.readonly)
        form.jaar_knop.setText(self.tr("Heropenen…") if closed else self.tr("Jaar afsluiten…"))
        current = self.context.overview
        if current is None or current[:2] != (wijk_id, jaar):
            self._enable_new_buttons(wijk is not None and budget.get_budget(wijk_id, jaar) is not None)
            for label in (form.budget_bedrag, form.toegekend_bedrag, form.uitgegeven_bedrag, form.resterend_bedrag):
                label.setText("…")
        else:  # the figures say whether there is a budget: one round trip less on a server
            self._show_figures(current, wijk, closing)

    def _enable_new_buttons(self, has_budget: bool) -> None:
        for button in (self.new_grant_button, self.new_expense_button):
            button.setEnabled(has_budget and not self.context.readonly)

    def show_overview(self, payload) -> None:
        """The figures computed in the background, when they arrive (context.overview_ready)."""
        wijk_id, jaar = payload[:2]
        if (wijk_id, jaar) != (self.context.wijk_id, self.context.jaar):
            return
        wijk = wijken.find_wijk(wijk_id)
        self._show_figures(payload, wijk, afgesloten.afsluiting(wijk_id, jaar) if wijk is not None else None)

    def _show_figures(self, payload, wijk, closing) -> None:
        wijk_id, jaar, has_budget, overview = payload
        form = self.summary_form
        self._enable_new_buttons(wijk is not None and has_budget)
        form.budget_bedrag.setText(format_cents(overview.budget_cents))
        form.toegekend_bedrag.setText(format_cents(overview.toegekend_cents))
        form.uitgegeven_bedrag.setText(format_cents(overview.uitgegeven_cents))
        form.resterend_bedrag.setText(format_cents(overview.resterend_cents))
        color = "#a4001d" if overview.resterend_cents < 0 else "#1b6e2c"
        style = f"font-size: 20pt; font-weight: 600; color: {color};"
        if form.resterend_bedrag.styleSheet() != style:  # a new style sheet restyles the label: only on a change
            form.resterend_bedrag.setStyleSheet(style)
        # What this year may commit: its budget with carry-over in and out (services.budget).
        form.balk.set_values(overview.beschikbaar_cents, overview.vastgelegd_cents, overview.uitgegeven_cents)
        self.show_carry_over(wijk_id, jaar, overview, closing)
        if not has_budget and wijk is not None:
            form.melding.setText(self.tr("Er is nog geen Meedoenbudget voor {0} in {1}. Klik op 'Budget instellen…'.")
                                 .format(wijk.naam, jaar))
        elif overview.resterend_cents < 0:
            form.melding.setText(self.tr("Het budget is overschreden met {0}.").format(
                format_cents(-overview.resterend_cents)))
        else:
            form.melding.setText(self.tr(
                "<span style='color:#c26a00'>&#9632;</span> uitgegeven {1} &nbsp; "
                "<span style='color:#6fa8dc'>&#9632;</span> vastgelegd (toekenningen, wat daarboven is uitgegeven, en losse uitgaven) {0} "
                "&nbsp; <span style='color:#9cc9a4'>&#9632;</span> resterend").format(
                    format_cents(overview.vastgelegd_cents), format_cents(overview.uitgegeven_cents)))

    def show_carry_over(self, wijk_id, jaar, overview, closing) -> None:
        """Carry-over into and out of this year, and whether it is closed (`closing`: the year's closing
        row or None): under the figures."""
        label = self.summary_form.overheveling
        lines = []
        if closing is not None and closing.heropend_op is None:
            lines.append(self.tr("<b>{0} is afgesloten</b> op {1}: de cijfers veranderen alleen met een reden.").format(
                jaar, closing.gesloten_op.strftime("%d-%m-%Y")))
        elif closing is not None:
            lines.append(self.tr("{0} is heropend op {1}: {2}").format(
                jaar, closing.heropend_op.strftime("%d-%m-%Y"), html.escape(closing.heropend_reden)))
        # The figures sum the carry-overs: without any, there are no lines to read (a round trip on a server).
        carried = overview.overgeheveld_in_cents or overview.overgeheveld_uit_cents
        for row in jaarafsluiting.overhevelingen(wijk_id, jaar) if wijk_id is not None and carried else []:
            if row.naar_jaar == jaar:
                lines.append(self.tr("Overgeheveld uit {0}: <b>{1}</b> ({2})").format(
                    row.van_jaar, format_cents(row.bedrag_cents), html.escape(row.reden)))
            else:
                lines.append(self.tr("Overgeheveld naar {0}: <b>{1}</b> ({2})").format(
                    row.naar_jaar, format_cents(row.bedrag_cents), html.escape(row.reden)))
        if overview.overgeheveld_in_cents:  # a carry-out alone is said by its own line above: keep the pane short
            lines.append(self.tr("Beschikbaar dit jaar: {0} (budget {1} + uit een vorig jaar {2} − naar een volgend jaar {3})").format(
                format_cents(overview.beschikbaar_cents), format_cents(overview.budget_cents),
                format_cents(overview.overgeheveld_in_cents), format_cents(overview.overgeheveld_uit_cents)))
        label.setText("<br>".join(lines))
        label.setVisible(bool(lines))

    def close_year(self) -> None:
        """Jaar afsluiten… (or Heropenen… when the year is closed) for the chosen wijk and year."""
        from wijkdesk.views.jaarafsluiting_dialog import JaarafsluitingDialog

        if self.context.wijk_id is None or self.context.jaar is None:
            return
        if self.context.readonly:
            show_error(self, ServiceError(self.context.readonly_message()))
            return
        JaarafsluitingDialog(self.context, self).exec()

    # --- routing of the window's actions ---------------------------------------------------------------

    def _focused_table(self) -> QTableView:
        if self.grant_table.hasFocus():
            return self.grant_table
        return self.table

    def new_item(self) -> None:
        if self.grant_table.hasFocus():
            self.new_grant()
        else:
            self.new_expense()

    def delete_selected(self) -> None:
        table = self._focused_table()
        row = selected_row(table)
        if row is None:
            return
        if table is self.grant_table:
            what, fn = self.tr("De toekenning '{0}'").format(row.omschrijving), budget.delete_toekenning
            text = self.tr("Toekenning '{0}' verwijderen").format(row.omschrijving)
        else:
            what, fn = self.tr("De uitgave '{0}'").format(row.omschrijving), budget.delete_uitgave
            text = self.tr("Uitgave '{0}' verwijderen").format(row.omschrijving)
        if not confirm(self, self.tr("Verwijderen"), self.tr("{0} verwijderen? Dit kan ongedaan worden gemaakt met "
                                                             "Ctrl+Z.").format(what), self.tr("Verwijderen")):
            return
        try:
            self.context.change(text, lambda: fn(row.id))
        except ServiceError as exc:
            show_error(self, exc, self.tr("Niet verwijderd"))

    def _show_nothing_found(self) -> None:
        nothing = self.model.rowCount() == 0 and bool(self.filter_edit.text().strip())
        if nothing == self._nothing_found:
            return
        self._nothing_found = nothing
        palette = self.filter_edit.palette()
        base = QColor("#fde2e2") if nothing else self.style().standardPalette().color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Base, base)
        self.filter_edit.setPalette(palette)
        self.filter_edit.setToolTip(self.tr("Geen uitgaven met dit woord in deze wijk en dit jaar. Esc wist het "
                                            "zoekwoord.") if nothing else "")

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def focus_on_open(self) -> None:
        self.table.setFocus()

    # --- budget, grants, expenses ----------------------------------------------------------------------

    def set_budget(self) -> None:
        if self.context.wijk_id is None:
            return
        BudgetDialog(self.context, wijken.get_wijk(self.context.wijk_id).naam, self).exec()

    def new_grant(self) -> bool:
        dialog = ToekenningDialog(self.context, None, self)
        if dialog.exec():
            self.ensure_fresh()
            select_id(self.grant_table, dialog.result_row.id)
            return True
        return False

    def edit_grant(self) -> None:
        row = selected_row(self.grant_table)
        if row is not None:
            ToekenningDialog(self.context, budget.get_toekenning(row.id), self).exec()

    def print_grant(self) -> None:
        row = selected_row(self.grant_table)
        save_aanvraag(self, row.id if row is not None else None)

    def new_expense(self) -> bool:
        dialog = UitgaveDialog(self.context, None, self)
        if dialog.exec():
            self.ensure_fresh()
            select_id(self.table, dialog.result_row.id)
            return True
        return False

    def edit_expense(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            UitgaveDialog(self.context, budget.get_uitgave(row.id), self).exec()

    def grant_status(self) -> None:
        row = selected_row(self.grant_table)
        if row is None:
            return
        grant = budget.get_toekenning(row.id)

        def apply(status: str, reden: str) -> None:
            text = self.tr("Status van toekenning '{0}' naar '{1}'").format(
                grant.omschrijving, labels.status_label("toekenning", status))
            with_override(self, lambda override: self.context.change(
                text, lambda: budget.change_toekenning_status(row.id, status, reden, override_reden=override)))

        StatusDialog("toekenning", grant.status, grant.omschrijving, apply, self).exec()

    def expense_status(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        expense = budget.get_uitgave(row.id)

        def apply(status: str, reden: str) -> None:
            text = self.tr("Status van uitgave '{0}' naar '{1}'").format(
                expense.omschrijving, labels.status_label("uitgave", status))
            with_override(self, lambda override: self.context.change(
                text, lambda: budget.change_uitgave_status(row.id, status, reden, override_reden=override)))

        StatusDialog("uitgave", expense.status, expense.omschrijving, apply, self).exec()

    def show_te_laat(self, on: bool = True) -> None:
        """Show only the grants whose verantwoording is late (the window's notice leads here)."""
        self.te_laat_filter.setChecked(on)
        self.grant_table.setFocus()

    def verantwoording(self) -> None:
        """The verantwoording of the selected grant: checklist, report, money, attachments."""
        row = selected_row(self.grant_table)
        if row is None:
            return
        VerantwoordingDialog(self.context, row.id, self).exec()

    def expense_attachments(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        BijlagenDialog(self.context, "uitgave", row.id, row.omschrijving, self).exec()

    def mark_paid(self) -> None:
        row = selected_row(self.table)
        if row is None:
            return
        try:
            self.context.change(self.tr("Uitgave '{0}' betaald").format(row.omschrijving),
                                lambda: budget.mark_paid(row.id))
        except ServiceError as exc:
            show_error(self, exc)

    def receipt(self) -> None:
        """Open the receipt of the selected expense, or attach one when it has none."""
        row = selected_row(self.table)
        if row is None:
            return
        path = budget.receipt_file(row.id) if row.bonnetje else None
        if path is not None and path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Bonnetje kiezen"), str(Path.home()),
                                                    self.tr("Bonnetjes (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)"))
        if name:
            self.attach_receipt(row.id, Path(name))

    def attach_receipt(self, uitgave_id: int, source: Path) -> None:
        try:
            omschrijving = budget.get_uitgave(uitgave_id).omschrijving
            self.context.change(self.tr("Bonnetje bij '{0}'").format(omschrijving),
                                lambda: budget.update_uitgave(uitgave_id, bonnetje_bron=source))
        except ServiceError as exc:
            show_error(self, exc)

    def state_widgets(self) -> dict:
        return {"toekenningen": self.grant_table.horizontalHeader(), "uitgaven": self.table.horizontalHeader(),
                "splitter": self.splitter}
