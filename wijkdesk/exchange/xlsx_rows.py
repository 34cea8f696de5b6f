"""The rows of one worksheet, streamed from its XML with every row and cell checked against the format.

What the sheet says about itself is not trusted: `<dimension>` is ignored (rows below it are read),
row numbers must rise (a row out of order or twice is damage, never a silent skip), a cell must sit
in its own row and in a column Excel has, and a value must be what its type says (a number cell
holds a finite number, a boolean 0 or 1, a shared string an index that exists). Any of that wrong
ends the import with `DamagedWorkbook` naming the sheet and the cell. Only cells with a value are
kept; merged ranges (listed after the rows in the file) are collected on the way for the reader.
"""
from __future__ import annotations

import math
import re
from typing import Callable, Iterator

from openpyxl.utils.datetime import from_excel, from_ISO8601

from wijkdesk.exchange import xlsx_limits as lim
from wijkdesk.exchange.xlsx_limits import EXCEL_MAX_COLUMN, EXCEL_MAX_ROW
from wijkdesk.exchange.xlsx_package import SheetRef, local, refuse_doctype

_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})")
_ROW_NUMBER = re.compile(r"[0-9]{1,10}")
_INT = re.compile(r"[+-]?[0-9]{1,18}")
_DOUBLE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")
_MAX_ELEMENTS_IN_CELL = 10_000  # rich-text runs and the like; a real cell has a handful
_TYPES = frozenset(("n", "s", "str", "b", "d", "e", "inlineStr"))


class XCell:
    """A cell's value as Python (str, int, float, bool, date/datetime) and its kind, as openpyxl names them:
    n number, s text, b boolean, d date, e error value, f formula (value '=...')."""

    __slots__ = ("value", "data_type")

    def __init__(self, value, data_type: str):
        self.value = value
        self.data_type = data_type

    def __repr__(self) -> str:
        return f"XCell({self.value!r}, {self.data_type!r})"


def column_letters(index: int) -> str:
    """1 -> 'A', 28 -> 'AB'."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - 64)
    return index


def parse_ref(ref: str) -> tuple[int, int] | None:
    """'B12' -> (12, 2); None when it is no cell reference Excel could have."""
    match = _REF.fullmatch(ref or "")
    if not match:
        return None
    column, row = _column_index(match.group(1)), int(match.group(2))
    if not (1 <= column <= EXCEL_MAX_COLUMN and 1 <= row <= EXCEL_MAX_ROW):
        return None
    return row, column


class _SheetTarget:
    """lxml parser target for a worksheet: collects finished rows in `ready`, merged ranges in `merges`."""

    doctype = staticmethod(refuse_doctype)

    def __init__(self, sheet: SheetRef, tick: Callable[[], None] | None):
        package = sheet.package
        self.file, self.title, self.limits = package.name, sheet.title, package.limits
        self.package, self.tick = package, tick
        self.date_styles, self.timedelta_styles, self.epoch = package.date_styles, package.timedelta_styles, package.epoch
        self.strings: list[str] | None = None
        self.ready: list[tuple[int, dict[int, XCell]]] = []
        self.merges: list[tuple[int, int, int]] = []  # (0-based column, first row, last row) of vertical ranges
        self.merge_count = 0
        self.rows_with_values = 0
        self.where = f"blad '{self.title}'"
        self._in_sheet_data = False
        self._row: int | None = None  # the row being read
        self._last_row = 0
        self._last_column = 0
        self._cells: dict[int, XCell] = {}
        self._cell = None  # (ref text, row, column, type, style) of the cell being read
        self._text: list[str] | None = None  # where character data goes now
        self._text_len = 0
        self._v: list[str] | None = None
        self._f: list[str] | None = None
        self._is: list[str] | None = None
        self._in_is = False
        self._phonetic = 0
        self._elements = 0
        self._all_elements = 0
        self._cell_count = 0

    # --- errors --------------------------------------------------------------------------------

    def _damaged(self, ref: str | None, what: str):
        where = f"blad '{self.title}', cel {ref}" if ref else f"blad '{self.title}'"
        return lim.damaged(self.file, where, what)

    # --- parser target -------------------------------------------------------------------------

    def start(self, tag, attrib):
        self._all_elements += 1
        if self._all_elements > self.limits.xml_elements:
            raise lim.too_many_elements(self.file, f"blad '{self.title}'", self.limits.xml_elements)
        name = local(tag)
        if self._cell is not None:
            self._elements += 1
            if self._elements > _MAX_ELEMENTS_IN_CELL:
                raise self._damaged(self._cell[0], "de cel bestaat uit te veel onderdelen")
            if name == "v":
                self._v = self._text = []
            elif name == "f":
                self._f = self._text = []
            elif name == "is":
                self._in_is, self._is = True, []
            elif name == "rPh":
                self._phonetic += 1
            elif name == "t" and self._in_is and not self._phonetic:
                self._text = self._is
            return
        if name == "c":
            self._start_cell(attrib)
        elif name == "row":
            self._start_row(attrib)
        elif name == "sheetData":
            self._in_sheet_data = True
        elif name == "mergeCell":
            self._merge(attrib.get("ref", ""))

    def end(self, tag):
        name = local(tag)
        if self._cell is not None:
            if name == "c":
                self._end_cell()
            elif name in ("v", "f", "t"):
                self._text = None
            elif name == "is":
                self._in_is = False
            elif name == "rPh":
                self._phonetic -= 1
            return
        if name == "row":
            self._end_row()
        elif name == "sheetData":
            self._in_sheet_data = False

    def data(self, text):
        if self._text is not None:
            self._text_len += len(text)
            if self._text_len > self.limits.cell_text:
                raise lim.too_long_text(self.file, self.title, self._cell[0], self.limits.cell_text)
            self._text.append(text)

    def close(self):
        # lxml also calls this when a callback raised; it must not replace that error. XML that stops
        # halfway is reported by the parser itself.
        return None

    # --- rows ----------------------------------------------------------------------------------

    def _start_row(self, attrib):
        if not self._in_sheet_data or self._row is not None:
            raise self._damaged(None, "een rij staat buiten de rijenlijst")
        text = attrib.get("r")
        if text is None:
            number = self._last_row + 1
        elif not _ROW_NUMBER.fullmatch(text.strip()):
            raise self._damaged(None, f"rijnummer '{text[:20]}' is geen geheel getal (na rij {self._last_row})")
        else:
            number = int(text)
        if not 1 <= number <= EXCEL_MAX_ROW:
            raise self._damaged(None, f"rij {number} ligt buiten het blad (Excel heeft rij 1 tot en met "
                                      f"{EXCEL_MAX_ROW:,})".replace(",", "."))
        if number == self._last_row:
            raise self._damaged(None, f"rij {number} staat er twee keer in")
        if number < self._last_row:
            raise self._damaged(None, f"rij {number} staat na rij {self._last_row}: de rijen staan niet op volgorde")
        self._row, self._last_row, self._last_column, self._cells = number, number, 0, {}
        self.where = f"blad '{self.title}', rij {number}"

    def _end_row(self):
        if self._cells:
            self.rows_with_values += 1
            if self.rows_with_values > self.limits.data_rows:
                raise lim.too_many_rows(self.file, self.title, self.limits.data_rows)
            self.ready.append((self._row, self._cells))
        self._row, self._cells = None, {}

    # --- cells ---------------------------------------------------------------------------------

    def _start_cell(self, attrib):
        self._cell_count += 1
        if self._cell_count > self.limits.cells:
            raise lim.too_many_cells(self.file, self.title, self.limits.cells)
        if self._row is None:
            raise self._damaged(attrib.get("r"), "een cel staat buiten een rij")
        ref = attrib.get("r")
        if ref is None:
            row, column = self._row, self._last_column + 1
            if column > EXCEL_MAX_COLUMN:
                raise self._damaged(None, f"rij {row} heeft meer kolommen dan Excel ({EXCEL_MAX_COLUMN:,})"
                                    .replace(",", "."))
            ref = f"{column_letters(column)}{row}"
        else:
            parsed = parse_ref(ref)
            if parsed is None:
                raise self._damaged(ref[:20], "dat is geen celverwijzing die Excel kent")
            row, column = parsed
            if row != self._row:
                raise self._damaged(ref, f"de cel staat in rij {self._row}")
            if column <= self._last_column:
                what = "staat er twee keer in" if column == self._last_column else "staat niet op volgorde in de rij"
                raise self._damaged(ref, f"de cel {what}")
        kind = attrib.get("t", "n")
        if kind not in _TYPES:
            raise self._damaged(ref, f"onbekend celtype '{kind[:20]}'")
        style_text = attrib.get("s")
        style = 0
        if style_text:
            if not style_text.isdigit():
                raise self._damaged(ref, f"opmaaknummer '{style_text[:20]}' is geen getal")
            style = int(style_text)
        self._last_column = column
        self._cell = (ref, row, column, kind, style)
        self._v = self._f = self._is = self._text = None
        self._text_len = 0
        self._in_is, self._phonetic, self._elements = False, 0, 0

    def _end_cell(self):
        ref, _row, column, kind, style = self._cell
        self._cell = self._text = None
        cell = self._cell_value(ref, kind, style)
        if cell is not None:
            self._cells[column - 1] = cell

    def _cell_value(self, ref: str, kind: str, style: int) -> XCell | None:
        if self._f is not None:
            return XCell("=" + "".join(self._f), "f")
        if kind == "inlineStr":
            return XCell("".join(self._is), "s") if self._is is not None else None
        if self._v is None:
            return None
        text = "".join(self._v)
        if text == "":
            return None
        if kind == "n":
            return self._number(ref, text, style)
        if kind == "s":
            return XCell(self._shared(ref, text), "s")
        if kind == "str":
            return XCell(text, "s")
        if kind == "b":
            flag = text.strip().lower()
            if flag not in ("0", "1", "true", "false"):
                raise self._damaged(ref, f"'{text[:20]}' is geen WAAR of ONWAAR (een logische cel houdt 0 of 1)")
            return XCell(flag in ("1", "true"), "b")
        if kind == "d":
            try:
                return XCell(from_ISO8601(text.strip()), "d")
            except (ValueError, TypeError, OverflowError):
                raise self._damaged(ref, f"'{text[:30]}' is geen datum (een datumcel houdt jjjj-mm-dd)") from None
        return XCell(text, "e")

    def _number(self, ref: str, text: str, style: int) -> XCell:
        text = text.strip()
        if _INT.fullmatch(text):
            value = int(text)
        elif _DOUBLE.fullmatch(text):
            value = float(text)
            if not math.isfinite(value):
                raise self._damaged(ref, f"'{text[:20]}' is te groot voor een getal")
        else:
            raise self._damaged(ref, f"'{text[:20]}' is geen getal (een getalcel houdt alleen cijfers)")
        if style in self.date_styles or style in self.timedelta_styles:
            try:
                return XCell(from_excel(value, self.epoch, timedelta=style in self.timedelta_styles), "d")
            except (ValueError, OverflowError):
                pass  # Excel shows ##### for such a 'date': keep the number, the column's reader judges it
        return XCell(value, "n")

    def _shared(self, ref: str, text: str) -> str:
        if self.strings is None:
            self.strings = self.package.shared_strings(self.tick)
        if not text.strip().isdigit():
            raise self._damaged(ref, f"'{text[:20]}' is geen nummer van een gedeelde tekst")
        index = int(text)
        if index >= len(self.strings):
            raise self._damaged(ref, f"gedeelde tekst nummer {index} bestaat niet (er zijn er {len(self.strings)})")
        value = self.strings[index]
        if len(value) > self.limits.cell_text:
            raise lim.too_long_text(self.file, self.title, ref, self.limits.cell_text)
        return value

    # --- merged ranges -------------------------------------------------------------------------

    def _merge(self, ref: str):
        self.merge_count += 1
        if self.merge_count > self.limits.merged_ranges:
            raise lim.too_many_merges(self.file, self.title, self.limits.merged_ranges)
        first, _colon, last = ref.partition(":")
        start, end = parse_ref(first), parse_ref(last or first)
        if start is None or end is None:
            raise self._damaged(None, f"samengevoegd bereik '{ref[:30]}' ligt buiten het blad of is geen "
                                      "geldig bereik")
        (row1, col1), (row2, col2) = start, end
        if row1 != row2:
            self.merges.append((min(col1, col2) - 1, min(row1, row2), max(row1, row2)))


def iter_rows(sheet: SheetRef, tick: Callable[[], None] | None = None) -> Iterator[tuple[int, dict[int, XCell]]]:
    """Yield (row number, {0-based column: XCell}) for each row with a value, in order.

    When the iterator is exhausted, `sheet.merges` holds the vertical merged ranges. `tick` runs
    between chunks of the XML (about every 64 KB): the caller's chance to cancel.
    """
    target = _SheetTarget(sheet, tick)
    for _ in sheet.package.feed(sheet.member, target):
        if tick is not None:
            tick()
        if target.ready:
            ready, target.ready = target.ready, []
            yield from ready
    sheet.merges = target.merges
