"""Cells for write-only workbooks: text that can never become a formula, money and dates as values.

openpyxl decides a cell's type from its value: a string that starts with `=` becomes a formula and
`#N/A` becomes an error value, also in write-only mode. User text must stay text, so every string
goes through `CellMaker.text`, which builds the cell itself with data type "s". Styles are built
once per workbook and shared by all cells (write-only cells are written and dropped at once, so
sharing one style array is safe and saves a style lookup per cell).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from decimal import Decimal

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill

from wijkdesk.domain.control_chars import CONTROL_CHARS
from wijkdesk.domain.money import cents_to_decimal

log = logging.getLogger(__name__)

# A bold font names its face and size: without them LibreOffice draws it in its default (serif)
# face, wider than the workbook's Calibri, and amounts turn into ### and headers get cut.
BOLD_FONT = Font(name="Calibri", size=11, bold=True)

# US-style codes as stored in the file; Dutch Excel shows them as `€ 1.234,56` and `26-11-2026`.
MONEY_FORMAT = '"€" #,##0.00'
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
PERCENT_FORMAT = '0"%"'

# Leading characters that spreadsheet programs treat as the start of a formula (or, for tab and
# carriage return, that CSV-injection attacks use to hide one).
DANGEROUS_LEADING = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_TEXT = 32767
# Control characters: those XML 1.0 forbids in a worksheet, plus DEL and C1, which it allows but
# which the import strips as well (domain.control_chars), so an exported row reads back unchanged.
_ILLEGAL = CONTROL_CHARS
_ERROR_CODES = frozenset(ERROR_CODES)
# Excel reads `_xHHHH_` in a string as an escaped character; a user's literal text like that is
# protected by escaping its underscore (`_x005F_`), as Excel itself does.
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# One search finds every text that needs more than passing through (the common case is none).
_NEEDS_CLEANING = re.compile(CONTROL_CHARS.pattern + r"|_x[0-9A-Fa-f]{4}_")
_DANGEROUS_FIRST = frozenset("".join(DANGEROUS_LEADING))


def clean_text(value: str) -> str:
    """Text fit for a cell: illegal control characters removed, `_xHHHH_` escaped, cut at Excel's maximum."""
    if _ILLEGAL.search(value):
        value = _ILLEGAL.sub("", value)
    if "_x" in value:
        value = _OOXML_ESCAPE.sub(r"_x005F_\1", value)
    if len(value) > EXCEL_MAX_TEXT:
        value = value[:EXCEL_MAX_TEXT]
    return value


def needs_forced_text(value: str) -> bool:
    """True when a spreadsheet could read this text as a formula or an error value."""
    return value.startswith(DANGEROUS_LEADING) or value in _ERROR_CODES


class CellMaker:
    """Makes cells for one write-only worksheet with styles shared across the workbook."""

    def __init__(self, ws):
        self.ws = ws
        self._text_quoted = self._style(quote=True)
        self.header = self._style(font=Font(name="Calibri", size=11, bold=True, color="FFFFFF"),
                                  fill=PatternFill("solid", fgColor="305496"),
                                  alignment=Alignment(wrap_text=True, vertical="center"))
        self._money = self._style(number_format=MONEY_FORMAT)
        self._money_bold = self._style(number_format=MONEY_FORMAT, font=BOLD_FONT)
        self._date = self._style(number_format=DATE_FORMAT)
        self._datetime = self._style(number_format=DATETIME_FORMAT)
        self._percent = self._style(number_format=PERCENT_FORMAT)
        self._bold = self._style(font=BOLD_FONT)
        self._bold_quoted = self._style(font=BOLD_FONT, quote=True)
        self._wrap = self._style(alignment=Alignment(wrap_text=True))
        self._wrap_quoted = self._style(alignment=Alignment(wrap_text=True), quote=True)

    def _style(self, number_format=None, font=None, fill=None, alignment=None, quote=False):
        probe = WriteOnlyCell(self.ws)
        if number_format:
            probe.number_format = number_format
        if font:
            probe.font = font
        if fill:
            probe.fill = fill
        if alignment:
            probe.alignment = alignment
        if quote:
            # quotePrefix: Excel keeps the cell as text even when the user edits and confirms it.
            probe.quotePrefix = True
        return probe._style

    def _cell(self, value, data_type: str, style) -> Cell:
        cell = Cell(self.ws, row=1, column=1)
        cell._value = value
        cell.data_type = data_type
        cell._style = style
        return cell

    def text(self, value: str | None, bold: bool = False):
        """User text as a text cell, never a formula; plain strings pass as they are (fast path)."""
        if not value:
            return None
        if value.__class__ is not str:
            value = str(value)
        if len(value) > EXCEL_MAX_TEXT or _NEEDS_CLEANING.search(value):
            value = clean_text(value)
            if not value:
                return None
        if value[0] in _DANGEROUS_FIRST or value in _ERROR_CODES:
            return self._cell(value, "s", self._bold_quoted if bold else self._text_quoted)
        if bold:
            return self._cell(value, "s", self._bold)
        return value

    def wrapped(self, cell):
        """A text cell from `text()` made to wrap in its column: a long text gets more lines instead
        of being clipped at the next cell. Keeps the quotePrefix of a formula-like text."""
        if cell is None:
            return None
        if isinstance(cell, Cell):
            if cell._style is self._text_quoted:
                cell._style = self._wrap_quoted
            return cell  # a bold total keeps its own style
        return self._cell(cell, "s", self._wrap)

    def header_cell(self, value: str) -> Cell:
        return self._cell(clean_text(value), "s", self.header)

    def money(self, cents: int | None, bold: bool = False):
        """An amount in euros as a number (Decimal, so the file holds the exact digits)."""
        if cents is None:
            return None
        return self._cell(cents_to_decimal(cents), "n", self._money_bold if bold else self._money)

    def decimal(self, amount: Decimal | None, bold: bool = False):
        if amount is None:
            return None
        return self._cell(amount, "n", self._money_bold if bold else self._money)

    def date(self, value: dt.date | None):
        """A date as a real Excel date shown dd-mm-yyyy."""
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return self._cell(value.replace(tzinfo=None), "d", self._datetime)
        return self._cell(value, "d", self._date)

    def integer(self, value: int | None, bold: bool = False):
        if value is None:
            return None
        if bold:
            return self._cell(int(value), "n", self._bold)
        return int(value)

    def percent(self, value: int | None):
        if value is None:
            return None
        return self._cell(int(value), "n", self._percent)
