"""A data sheet in a write-only workbook: header row, Excel table, frozen header, widths, print setup.

Printed as finance prints it: fitted to the page width only (as many pages tall as needed, so the
text stays readable), landscape only when the columns need it, the header row on every page, long
texts wrapped instead of clipped. A write-only sheet cannot measure its cells afterwards and
neither LibreOffice nor every Excel grows a row for wrapped text by itself, so row heights are
estimated here from the text and the column width (on the generous side: a little white space is
better than a cut-off line).
"""
from __future__ import annotations

import logging
import math
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
    """One column of a data sheet: its header (Dutch), kind of value, width in characters, and whether
    it is printed (a WijkDesk-ID is for the import, not for paper; only trailing columns can be left out)."""

    header: str
    kind: str = TEXT
    width: float = 14
    printed: bool = True


# Points per line of Calibri 11 (the workbook's font) and Excel's tallest row.
LINE_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0
# A character is about one width unit in Calibri (and Carlito, LibreOffice's stand-in); bold runs wider.
TEXT_FACTOR = 1.0
HEADER_FACTOR = 1.12
# Columns up to this many characters in all fit a portrait A4 page at a readable scale.
PORTRAIT_MAX_WIDTH = 110
# Narrow margins (inches): more of the page for the columns, so a larger print scale.
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.6, "bottom": 0.6, "header": 0.3, "footer": 0.3}


def wrapped_lines(text: str, width: float, factor: float = TEXT_FACTOR) -> int:
    """How many lines `text` takes in a column `width` characters wide, wrapped at spaces."""
    room = max(width - 1.0, 1.0)  # a cell keeps a little padding on each side
    lines = 0
    for paragraph in str(text).split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            size = len(word) * factor
            if used and used + factor + size > room:
                lines += 1
                used = 0.0
            if size > room:  # a word longer than the column is broken over lines
                extra = math.ceil(size / room) - 1
                lines += extra
                size -= extra * room
            used += (factor if used else 0.0) + size
    return max(lines, 1)


def row_height(lines: int) -> float:
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3.0)


def printed_columns(columns: list[Column]) -> int:
    """How many columns from the left are printed."""
    count = len(columns)
    while count > 1 and not columns[count - 1].printed:
        count -= 1
    return count


def setup_sheet(ws, columns: list[Column], landscape: bool | None = None) -> None:
    """Widths, frozen header, header row height and print settings; must run before the first row.

    `landscape=None` chooses: portrait when the printed columns fit it at a readable scale.
    """
    for index, column in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    printed = columns[:printed_columns(columns)]
    if landscape is None:
        landscape = sum(c.width for c in printed) > PORTRAIT_MAX_WIDTH
    # Tall enough for the longest wrapped header ("Ideeën in onderzoek", "Verantwoording uiterlijk").
    ws.row_dimensions[1].height = row_height(max(wrapped_lines(c.header, c.width, HEADER_FACTOR) for c in columns))
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for side, inches in MARGINS.items():
        setattr(ws.page_margins, side, inches)
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
        self.last_row = 1
        self._printed = printed_columns(columns)
        self._height_attributes: dict[int, dict] = {}
        maker = self.cells
        converters = {
            TEXT: maker.text, MONEY: maker.money, DATE: maker.date, DATETIME: maker.date,
            INTEGER: maker.integer, PERCENT: maker.percent,
        }
        # Printed text columns and the length from which a text may need a second line there: the
        # common short text costs one len() in its converter and stays a plain (fast) string.
        self._wrap = [(i, c.width, int((c.width - 1) / TEXT_FACTOR))
                      for i, c in enumerate(columns[:self._printed]) if c.kind == TEXT]
        self._converters = [converters[c.kind] for c in columns]
        for i, width, fits in self._wrap:
            self._converters[i] = self._wrapping_text(width, fits)
        self._lines = 1  # the most lines a text of the row being converted needs
        self.ws.append([maker.header_cell(c.header) for c in columns])
        self._set_print_area()

    def _wrapping_text(self, width: float, fits: int):
        """The text converter of a printed column: a text too long for one line wraps, and the row
        being converted remembers how many lines it needs."""
        text, wrapped = self.cells.text, self.cells.wrapped

        def convert(value):
            if value.__class__ is str and len(value) > fits:
                needed = wrapped_lines(value, width)
                if needed > 1:
                    if needed > self._lines:
                        self._lines = needed
                    return wrapped(text(value))
            return text(value)
        return convert

    def append(self, values) -> None:
        """Append one data row; `values` in column order, amounts in cents, dates as date objects."""
        self._lines = 1
        self._write([convert(v) for convert, v in zip(self._converters, values)])
        self.rows_written += 1

    def append_cells(self, cells) -> None:
        """Append a row of ready-made cells (for total rows below the table); plain texts wrap."""
        row = list(cells)
        self._lines = 1
        for i, _width, _fits in self._wrap:
            if i < len(row) and row[i].__class__ is str:
                row[i] = self._converters[i](row[i])
        self._write(row)
        self._set_print_area()

    def _write(self, row: list) -> None:
        """Write `row` with the height of its longest wrapped text."""
        self.last_row += 1
        lines = self._lines
        if lines > 1:
            # Write-only rows take the attributes in row_dimensions at the moment they are written
            # (openpyxl's write_row: `attrs.update(dims.get(row))`). A ready attribute dict per
            # height instead of a RowDimension object per row (a third of the export's time on a
            # sheet full of long texts); dropped right after, so a long export keeps no per-row state.
            attributes = self._height_attributes.get(lines)
            if attributes is None:
                attributes = self._height_attributes[lines] = {"ht": str(row_height(lines)), "customHeight": "1"}
            dims = self.ws.row_dimensions
            dict.__setitem__(dims, self.last_row, attributes)
            self.ws.append(row)
            dict.__delitem__(dims, self.last_row)
        else:
            self.ws.append(row)

    def _set_print_area(self) -> None:
        """Print the printed columns of every row written so far (the header is repeated per page)."""
        self.ws.print_area = f"A1:{get_column_letter(self._printed)}{self.last_row}"

    def finish(self) -> None:
        """Add the Excel table over header and data rows (an empty table keeps one blank row)."""
        if self.rows_written == 0:
            # Excel needs at least one data row in a table; a blank one keeps the sheet valid.
            self.ws.append([None] * len(self.columns))
            self.last_row += 1
        last_row = 1 + max(self.rows_written, 1)
        ref = f"A1:{get_column_letter(len(self.columns))}{last_row}"
        table = Table(displayName=self.table_name, ref=ref)
        # Write-only sheets cannot read back their header cells, so the columns are given here.
        table.tableColumns = [TableColumn(id=i, name=c.header) for i, c in enumerate(self.columns, 1)]
        # The table's own autofilter: Excel and LibreOffice show filter buttons on every header
        # (a sheet-level autoFilter over a table would make Excel "repair" the file).
        table.autoFilter = AutoFilter(ref=ref)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="In write-only mode you must add table columns manually")
            self.ws.add_table(table)
        self._set_print_area()
