"""A data sheet in a write-only workbook: header row, Excel table, frozen header, widths, print setup."""
from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.filters import AutoFilter

from wijkdesk.exchange.xlsx_cells import CellMaker

log = logging.getLogger(__name__)

# Kinds of column; each maps to one CellMaker method.
TEXT, MONEY, DATE, DATETIME, INTEGER, PERCENT = "text", "money", "date", "datetime", "integer", "percent"


@dataclass(frozen=True)
class Column:
    """One column of a data sheet: its header (Dutch), kind of value and width in characters."""

    header: str
    kind: str = TEXT
    width: float = 14


def setup_sheet(ws, columns: list[Column], landscape: bool = True) -> None:
    """Widths, frozen header and print settings; must run before the first row is written."""
    for index, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.center.text = "&A - pagina &P van &N"


class TableSheet:
    """Writes rows under a header and turns the range into an Excel table when finished."""

    def __init__(self, wb, title: str, table_name: str, columns: list[Column]):
        self.ws = wb.create_sheet(title)
        self.table_name = table_name
        self.columns = columns
        self.cells = CellMaker(self.ws)
        setup_sheet(self.ws, columns)
        self.rows_written = 0
        maker = self.cells
        converters = {
            TEXT: maker.text, MONEY: maker.money, DATE: maker.date, DATETIME: maker.date,
            INTEGER: maker.integer, PERCENT: maker.percent,
        }
        self._converters = [converters[c.kind] for c in columns]
        self.ws.append([maker.header_cell(c.header) for c in columns])

    def append(self, values) -> None:
        """Append one data row; `values` in column order, amounts in cents, dates as date objects."""
        self.ws.append([convert(v) for convert, v in zip(self._converters, values)])
        self.rows_written += 1

    def append_cells(self, cells) -> None:
        """Append a row of ready-made cells (for total rows below the table)."""
        self.ws.append(cells)

    def finish(self) -> None:
        """Add the Excel table over header and data rows (an empty table keeps one blank row)."""
        if self.rows_written == 0:
            # Excel needs at least one data row in a table; a blank one keeps the sheet valid.
            self.ws.append([None] * len(self.columns))
        last_row = 1 + max(self.rows_written, 1)
        ref = f"A1:{get_column_letter(len(self.columns))}{last_row}"
        table = Table(displayName=self.table_name, ref=ref)
        # Write-only sheets cannot read back their header cells, so the columns are given here.
        table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(self.columns, 1)]
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="In write-only mode you must add table columns manually")
            self.ws.add_table(table)
