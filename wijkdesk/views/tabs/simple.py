"""A tab with a filter box above one table: the read-only base the four tabs grow from."""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout

from wijkdesk.views.tabs.base import BaseTab, FilterBox, configure_table, select_id, selected_row

log = logging.getLogger(__name__)


class TableTab(BaseTab):
    """One table of the current wijk (and year), with filter-as-you-type."""

    MODEL = None
    WIDTHS: dict[int, int] = {}
    SORT_COLUMN: int | None = None
    SORT_DESCENDING = False
    NEEDS_YEAR = False

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.model = self.MODEL(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Zoeken (Ctrl+F)…"))
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("tabel")
        configure_table(self.table, self.model, self.WIDTHS, self.SORT_COLUMN, self.SORT_DESCENDING)
        self.filter_box = FilterBox(self.filter_edit, self.model.set_text_filter)
        self.top_bar = QHBoxLayout()
        self.top_bar.addWidget(self.filter_edit, 1)
        self.top_bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_bar)
        layout.addWidget(self.table, 1)

    def scope(self) -> dict | None:
        if self.context.wijk_id is None or (self.NEEDS_YEAR and self.context.jaar is None):
            return None
        return {"wijk_id": self.context.wijk_id, "jaar": self.context.jaar}

    def refresh(self) -> None:
        keep = selected_row(self.table)
        self.model.set_scope(self.scope())
        if keep is not None:
            select_id(self.table, keep.id)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def state_widgets(self) -> dict:
        return {"kolommen": self.table.horizontalHeader()}
