"""The import preview: every problem (sheet, row, column, reason) and every row's fate, before anything is saved."""
from __future__ import annotations

from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QTabWidget,
    QVBoxLayout, QWidget,
)

from wijkdesk.exchange.excel_import import ImportReport

WRITES = ("nieuw", "bijwerken")
# The rows tab shows this many rows (a table of 200,000 items would take seconds to build); every
# problem is always listed.
MAX_SHOWN_ROWS = 5_000


def _item(text, tooltip: str | None = None) -> QStandardItem:
    item = QStandardItem("" if text is None else str(text))
    item.setEditable(False)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _table(model: QStandardItemModel, parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ImportPreviewDialog(QDialog):
    """Shows a dry-run report; Importeren is allowed when there are no problems, or with 'skip bad rows'."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("excel_import_dialog")
        self.report = report
        self.setWindowTitle(self.tr("Importeren uit Excel: {0}").format(report.path.name))
        self.resize(900, 560)
        writes = sum(report.count(a) for a in WRITES)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("import_samenvatting")
        self.summary_label.setWordWrap(True)
        self.summary_label.setText(self._summary_text(writes))

        self.problem_model = QStandardItemModel(0, 4, self)
        self.problem_model.setHorizontalHeaderLabels([self.tr("Blad"), self.tr("Rij"), self.tr("Kolom"),
                                                      self.tr("Probleem")])
        for problem in report.problems:
            self.problem_model.appendRow([_item(problem.sheet), _item(problem.row or ""), _item(problem.column or ""),
                                          _item(problem.message, problem.message)])
        # The import keeps the first problems and counts the rest (a file of a million bad rows).
        total_problems = getattr(report.problems, "total", len(report.problems))
        if total_problems > len(report.problems):
            more = self.tr("… en nog {0} problemen; verbeter eerst deze en lees het bestand opnieuw in.").format(
                total_problems - len(report.problems))
            self.problem_model.appendRow([_item(""), _item(""), _item(""), _item(more, more)])
        self.row_model = QStandardItemModel(0, 5, self)
        self.row_model.setHorizontalHeaderLabels([self.tr("Blad"), self.tr("Rij"), self.tr("Actie"),
                                                  self.tr("Omschrijving"), self.tr("Wijzigingen")])
        for row in report.rows[:MAX_SHOWN_ROWS]:
            action = _item(self._action_label(row.action))
            if row.action == "fout":
                action.setForeground(QColor("#a4001d"))
            elif row.action in WRITES:
                action.setForeground(QColor("#1b5e20"))
            changes = "; ".join(row.changes)
            self.row_model.appendRow([_item(row.sheet), _item(row.row), action, _item(row.title, row.title),
                                      _item(changes, changes)])

        self.tabs = QTabWidget(self)
        self.problem_view = _table(self.problem_model, self, "import_problemen")
        self.row_view = _table(self.row_model, self, "import_rijen")
        for view, widths in ((self.problem_view, (90, 45, 120)), (self.row_view, (90, 45, 95, 260))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        self.tabs.addTab(self.problem_view, self.tr("Problemen ({0})").format(total_problems))
        self.tabs.addTab(self.row_view, self.tr("Rijen ({0})").format(len(report.rows)))
        if len(report.rows) > MAX_SHOWN_ROWS:
            self.row_view.setToolTip(self.tr("De eerste {0} rijen worden getoond.").format(MAX_SHOWN_ROWS))
        self.tabs.setCurrentIndex(0 if report.problems else 1)

        self.skip_check = QCheckBox(self.tr("Foute rijen overslaan en alleen de goede rijen opslaan"), self)
        self.skip_check.setObjectName("import_overslaan")
        self.skip_check.setVisible(bool(report.problems))
        self.skip_check.toggled.connect(self._update_buttons)
        note = QLabel(self.tr("Alles wordt in één keer opgeslagen en in het logboek vastgelegd; "
                              "Ongedaan maken (Ctrl+Z) neemt de hele import in één keer terug."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Importeren"))
        self.import_button.setObjectName("import_knop")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._writes = writes

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_check)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _action_label(self, action: str) -> str:
        labels = {"nieuw": self.tr("Nieuw"), "bijwerken": self.tr("Bijwerken"), "ongewijzigd": self.tr("Ongewijzigd"),
                  "fout": self.tr("Fout"), "overgeslagen": self.tr("Overgeslagen")}
        return labels.get(action, action)

    def _summary_text(self, writes: int) -> str:
        r = self.report
        counts = self.tr("{0} nieuw, {1} bijwerken, {2} ongewijzigd, {3} met fouten, {4} overgeslagen").format(
            r.count("nieuw"), r.count("bijwerken"), r.count("ongewijzigd"), r.count("fout"), r.count("overgeslagen"))
        if r.problems:
            found = getattr(r.problems, "total", len(r.problems))
            head = (self.tr("<b>1 probleem gevonden.</b>") if found == 1
                    else self.tr("<b>{0} problemen gevonden.</b>").format(found))
            head += " " + self.tr("Er is nog niets opgeslagen. Verbeter het bestand en lees het opnieuw in, of sla "
                                  "alleen de goede rijen op.")
        elif writes:
            head = self.tr("<b>Het bestand is in orde.</b> Er is nog niets opgeslagen.")
        else:
            head = self.tr("<b>Er is niets te importeren:</b> alle rijen staan al zo in WijkDesk.")
        return f"{head}<br>{counts}"

    def _update_buttons(self) -> None:
        allowed = self._writes > 0 and (not self.report.problems or self.skip_check.isChecked())
        self.import_button.setEnabled(allowed)

    def skip_invalid(self) -> bool:
        return self.skip_check.isChecked()
