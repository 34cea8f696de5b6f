"""Bewaartermijn verlopen: the persons up for review, with one action to erase or to renew consent.

Opened from the Bewonersgroepen tab. The list comes from `services.bewaartermijn.verlopen` with the
terms set here (kept in the settings); erasing goes through `views.wis_dialog` (the same erase as
"Persoon wissen"), renewing through `services.bewaartermijn.renew`; both are undoable.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem

from wijkdesk.domain.dates import format_date
from wijkdesk.services import bewaartermijn
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.dialogs import FittedDialog, show_error
from wijkdesk.views.forms.ui_bewaartermijn_dialog import Ui_BewaartermijnDialog
from wijkdesk.views.wis_dialog import erase_with_confirmation

SETTING_CONSENT = "bewaartermijn/toestemming_maanden"
SETTING_LEFT = "bewaartermijn/vertrokken_maanden"


def terms_from_settings(settings) -> bewaartermijn.Termijnen:
    """The terms chosen in this window before (the defaults when none or unreadable)."""
    def months(key: str, default: int) -> int:
        try:
            value = int(settings.value(key, default))
        except (TypeError, ValueError):
            return default
        return value if 1 <= value <= bewaartermijn.MAX_MAANDEN else default

    return bewaartermijn.Termijnen(months(SETTING_CONSENT, bewaartermijn.DEFAULT_TOESTEMMING_MAANDEN),
                                   months(SETTING_LEFT, bewaartermijn.DEFAULT_VERTROKKEN_MAANDEN))


class BewaartermijnDialog(FittedDialog):
    """The review list: name, groups, why, since when; erase or renew the selected person."""

    MIN_WIDTH = 780

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.form = Ui_BewaartermijnDialog()
        self.form.setupUi(self)
        terms = terms_from_settings(context.settings)
        self.form.toestemming_maanden.setValue(terms.toestemming_maanden)
        self.form.vertrokken_maanden.setValue(terms.vertrokken_maanden)
        table = self.form.lijst
        headers = [self.tr("Naam"), self.tr("Groepen"), self.tr("Waarom"), self.tr("Verlopen op")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((170, 190, 300, 90)):
            table.setColumnWidth(column, width)
        self.rows: list[bewaartermijn.Verlopen] = []
        self.form.toestemming_maanden.valueChanged.connect(self._terms_changed)
        self.form.vertrokken_maanden.valueChanged.connect(self._terms_changed)
        self.form.vernieuw_knop.clicked.connect(self.renew_selected)
        self.form.wissen_knop.clicked.connect(self.erase_selected)
        self.form.knoppen.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.form.knoppen.rejected.connect(self.reject)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def terms(self) -> bewaartermijn.Termijnen:
        return bewaartermijn.Termijnen(self.form.toestemming_maanden.value(), self.form.vertrokken_maanden.value())

    def _terms_changed(self, _value) -> None:
        terms = self.terms()
        self.context.settings.setValue(SETTING_CONSENT, terms.toestemming_maanden)
        self.context.settings.setValue(SETTING_LEFT, terms.vertrokken_maanden)
        self.refresh()

    def refresh(self) -> None:
        """Read the list again, keeping the selected person selected when they are still on it."""
        selected = self.selected()
        try:
            self.rows = bewaartermijn.verlopen(self.terms())
        except ServiceError as exc:
            show_error(self, exc)
            self.rows = []
        table = self.form.lijst
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = (row.naam, ", ".join(row.groepen) or self.tr("(geen groep)"), row.reden,
                      format_date(row.verlopen_op))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        table.resizeRowsToContents()  # a short list: at most the persons on file
        self.form.leeg.setVisible(not self.rows)
        table.setVisible(bool(self.rows))
        self._fit_list()
        keep = next((i for i, row in enumerate(self.rows) if selected and row.persoon_id == selected.persoon_id), 0)
        if self.rows:
            table.selectRow(keep)
        self._update_buttons()

    # Rows shown without scrolling before the list scrolls (a term made shorter can list many).
    VISIBLE_ROWS = 8

    def _fit_list(self) -> None:
        """Give the list room for its rows (up to VISIBLE_ROWS), and grow the dialog when it is open:
        opened with nobody listed, it had the size of the one-line 'nobody' text."""
        table = self.form.lijst
        if not self.rows:
            return
        shown = min(len(self.rows), self.VISIBLE_ROWS)
        rows = sum(table.rowHeight(r) for r in range(shown))
        frame = 2 * table.frameWidth() + table.horizontalHeader().height()
        table.setMinimumHeight(rows + frame + table.horizontalScrollBar().sizeHint().height())
        if self.isVisible():
            wanted = self.sizeHint().height()
            screen = self.screen().availableGeometry().height() if self.screen() else wanted
            if self.height() < wanted:
                self.resize(self.width(), min(wanted, screen))

    def selected(self) -> bewaartermijn.Verlopen | None:
        rows = self.form.lijst.selectionModel().selectedRows() if self.form.lijst.selectionModel() else []
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.form.vernieuw_knop.setEnabled(chosen)
        self.form.wissen_knop.setEnabled(chosen)

    def renew_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        persoon_id = row.persoon_id
        try:
            self.context.change(self.tr("Toestemming van {0} vernieuwd").format(row.naam),
                                lambda: bewaartermijn.renew(persoon_id))
        except ServiceError as exc:
            show_error(self, exc)
        self.refresh()

    def erase_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if erase_with_confirmation(self, self.context, row.persoon_id, row.naam, done=self._erased):
            self.setEnabled(False)  # until the erase (in the background) has ended

    def _erased(self, _erased: bool) -> None:
        self.setEnabled(True)
        self.refresh()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.selected() is not None:
            self.erase_selected()
            return
        super().keyPressEvent(event)
