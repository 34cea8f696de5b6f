"""Extra > Logboek: the audit log (who changed what, when and why), filterable by kind, text and date.

Reads through `services.logboek`, which keeps persons redacted as in the log itself. The technical log
folder stays under Help > Logboek openen.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView

from wijkdesk.domain.dates import DateError, format_date, parse_date
from wijkdesk.services import logboek
from wijkdesk.views.dialogs import fill_combo
from wijkdesk.views.forms.ui_logboek_dialog import Ui_LogboekDialog


class LogboekModel(QAbstractTableModel):
    """The log lines as a table: time, user, action, kind, subject, changes, reason."""

    TIJD, GEBRUIKER, ACTIE, SOORT, ONDERWERP, WIJZIGINGEN, REDEN = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[logboek.LogRegel] = []
        self._headers = [self.tr("Wanneer"), self.tr("Wie"), self.tr("Actie"), self.tr("Soort"), self.tr("Wat"),
                         self.tr("Wijzigingen"), self.tr("Reden")]

    def set_rows(self, rows: list[logboek.LogRegel]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, position: int) -> logboek.LogRegel:
        return self._rows[position]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if column == self.TIJD:
            return f"{format_date(line.tijd.date())} {line.tijd:%H:%M}"
        return (None, line.gebruiker, line.actie, line.soort, line.onderwerp, line.wijzigingen, line.reden)[column]


class LogboekDialog(QDialog):
    """The audit log with filters; typing filters after a short pause."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = Ui_LogboekDialog()
        self.form.setupUi(self)
        self.model = LogboekModel(self)
        self.form.tabel.setModel(self.model)
        header = self.form.tabel.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 120), (1, 90), (2, 130), (3, 110), (4, 180), (5, 260)):
            header.resizeSection(column, width)
        fill_combo(self.form.soort, logboek.kinds(), self.tr("Alle soorten"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.form.zoek.textChanged.connect(self._timer.start)
        self.form.vanaf.editingFinished.connect(self.reload)
        self.form.tot.editingFinished.connect(self.reload)
        self.form.soort.currentIndexChanged.connect(self.reload)
        self.form.knoppen.rejected.connect(self.reject)
        self.reload()
        self.form.zoek.setFocus()

    def _date(self, widget) -> tuple[object, str]:
        text = widget.text().strip()
        if not text:
            return None, ""
        try:
            return parse_date(text), ""
        except DateError as exc:
            return None, str(exc)

    def reload(self) -> None:
        vanaf, problem_from = self._date(self.form.vanaf)
        tot, problem_to = self._date(self.form.tot)
        rows = logboek.entries(self.form.soort.currentData(), self.form.zoek.text(), vanaf, tot)
        self.model.set_rows(rows)
        problem = problem_from or problem_to
        if problem:
            self.form.melding.setText(self.tr("Datum niet begrepen: {0}").format(problem))
        elif not rows.complete:
            self.form.melding.setText(self.tr(
                "{0} regels in de nieuwste {1} regels van het logboek; kies een soort of datums om verder terug "
                "te zoeken.").format(len(rows), f"{logboek.SCAN_LIMIT:,}".replace(",", ".")))
        elif len(rows) >= logboek.MAX_ROWS:
            self.form.melding.setText(self.tr("De nieuwste {0} regels; verfijn de filters voor oudere.").format(len(rows)))
        else:
            self.form.melding.setText(self.tr("{0} regels").format(len(rows)))
