"""Reading a workbook for the import: refuse what is not a usable .xlsx, find columns by header name.

Everything here is about the file; whether a wijk or a group exists is for `excel_import`. A cell
becomes a Python value of the kind its column needs (text, cents, date, whole number) or a Dutch
problem message, so that every bad cell is reported, not just the first.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable

from openpyxl.utils.escape import unescape

from wijkdesk.domain.control_chars import strip_control_chars
from wijkdesk.domain.dates import DateError, format_date, parse_date
from wijkdesk.domain.money import MAX_CENTS, MoneyError, parse_cents
from wijkdesk.domain.names import normalize
from wijkdesk.exchange.xlsx_limits import (  # noqa: F401  (WorkbookError is imported from here by callers)
    DEFAULT_LIMITS, DamagedWorkbook, LimitExceeded, Limits, WorkbookError,
)
from wijkdesk.exchange.xlsx_package import Package, SheetRef, open_package
from wijkdesk.exchange.xlsx_rows import XCell, iter_rows

log = logging.getLogger(__name__)

TEXT, MONEY, DATE, INTEGER, STATUS = "text", "money", "date", "integer", "status"
HEADER_SEARCH_ROWS = 10  # a title line or two above the header row is fine


# --- the file ----------------------------------------------------------------------------------


def open_workbook(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Package:
    """Open an .xlsx for the import (see `xlsx_package`), or WorkbookError saying in Dutch what is wrong."""
    return open_package(path, limits)


def close_workbook(wb: Package) -> None:
    """Release the file (Windows keeps an open file locked, so the user could not save it in Excel)."""
    wb.close()


def find_sheet(wb: Package, *names: str) -> SheetRef | None:
    """The sheet whose name matches one of `names` loosely, or None."""
    wanted = {normalize(n) for n in names}
    for sheet in wb.sheets:
        if normalize(sheet.title) in wanted:
            return sheet
    return None


# --- columns -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """A column the import reads: key, the header shown in messages, kind, and accepted header names."""

    key: str
    header: str
    kind: str = TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()

    def matches(self, normalized_header: str) -> bool:
        return normalized_header == normalize(self.header) or normalized_header in {normalize(a) for a in self.aliases}


@dataclass
class Problem:
    """One thing wrong in the file, where it is, in Dutch."""

    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.sheet] if self.sheet else []
        if self.row:
            where.append(f"rij {self.row}")
        if self.column:
            where.append(f"kolom {self.column}")
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ProblemList(list):
    """The problems of one import: the first `limit` are kept, the rest only counted.

    A file of a million bad rows must not become a million messages in memory and on screen.
    """

    def __init__(self, limit: int = DEFAULT_LIMITS.problems_shown):
        super().__init__()
        self.limit = limit
        self.more = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.limit:
            super().append(problem)
        else:
            self.more += 1

    def extend(self, problems) -> None:
        for problem in problems:
            self.append(problem)

    @property
    def total(self) -> int:
        return len(self) + self.more


@dataclass
class SheetLayout:
    """Where the header is and which column holds which field."""

    header_row: int
    columns: dict[str, int] = field(default_factory=dict)  # field key -> 0-based column index
    ignored: list[str] = field(default_factory=list)


def find_layout(rows: list[tuple], specs: list[FieldSpec], sheet: str, problems: list[Problem]) -> SheetLayout | None:
    """The header row among the first rows: the one that names most of the known columns."""
    best, best_hits = None, 0
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        hits = sum(1 for value in row if isinstance(value, str) and any(s.matches(normalize(value)) for s in specs))
        if hits > best_hits:
            best, best_hits = index, hits
    if best is None:
        expected = ", ".join(s.header for s in specs if s.required)
        problems.append(Problem(sheet, None, None, f"geen kopregel gevonden. De eerste rij moet de kolomnamen bevatten, "
                                                   f"zoals {expected}."))
        return None
    layout = SheetLayout(header_row=best + 1)
    for col, value in enumerate(rows[best]):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        norm = normalize(value)
        spec = next((s for s in specs if s.matches(norm)), None)
        if spec is None:
            layout.ignored.append(str(value))
        elif spec.key in layout.columns:
            problems.append(Problem(sheet, layout.header_row, str(value),
                                    f"de kolom '{spec.header}' staat er twee keer in. Verwijder of hernoem er een."))
        else:
            layout.columns[spec.key] = col
    for spec in specs:
        if spec.required and spec.key not in layout.columns:
            problems.append(Problem(sheet, layout.header_row, spec.header,
                                    f"de kolom '{spec.header}' ontbreekt. Voeg een kolom met die naam toe."))
    return layout


# --- cells -------------------------------------------------------------------------------------


class CellProblem(ValueError):
    """A cell that does not hold what its column needs; the message is Dutch."""


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_text(value) -> str:
    if isinstance(value, str):
        # Excel's `_xHHHH_` escapes are undone as Excel does; control characters they (or the raw
        # text) carry are dropped, as the export drops them (domain.control_chars).
        return strip_control_chars(unescape(value) if "_x" in value else value).strip()
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        return format_date(value.date()) if value.time() == dt.time() else value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # an invoice number typed as 2026042 arrives as 2026042.0
    return str(value).strip()


def read_money(value) -> int:
    """Cents from a number cell or from text in Dutch or English notation."""
    if isinstance(value, bool):
        raise CellProblem(f"'{'WAAR' if value else 'ONWAAR'}' is geen bedrag. Vul een bedrag in, bijvoorbeeld 12,50.")
    if isinstance(value, (int, float, Decimal)):
        try:
            # str() of a float is its shortest exact form: 1234.56 stays 1234.56, no binary noise.
            amount = Decimal(str(value))
        except InvalidOperation:
            raise CellProblem(f"'{value}' is geen bedrag.") from None
        if not amount.is_finite():
            raise CellProblem(f"'{value}' is geen bedrag.")
        cents = amount * 100
        if isinstance(value, float) and cents != cents.to_integral_value():
            # A sum or product pasted as value keeps binary noise (19.99 * 3 is stored as
            # 59.970000000000006) that Excel shows as 59,97; 12.345 is a real third decimal.
            nearest = cents.to_integral_value()
            if abs(cents - nearest) <= Decimal("1e-6") * max(1, abs(nearest)):
                cents = nearest
        if cents != cents.to_integral_value():
            raise CellProblem(f"{value} heeft meer dan twee cijfers achter de komma. Rond af op centen.")
        if abs(cents) > MAX_CENTS:
            raise CellProblem(f"{value} is te groot voor een bedrag.")
        return int(cents)
    if isinstance(value, (dt.date, dt.datetime)):
        raise CellProblem(f"{format_date(value if isinstance(value, dt.date) else value.date())} is een datum, "
                          "geen bedrag. Vul een bedrag in, bijvoorbeeld 12,50.")
    try:
        return parse_cents(read_text(value), allow_negative=True)
    except MoneyError as exc:
        raise CellProblem(str(exc)) from None


_TEXT_WITH_TIME = re.compile(r"(\S+)(?:\s+|T)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?")


def read_date(value) -> dt.date:
    """A date from a date cell or from text as dd-mm-jjjj."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or isinstance(value, (int, float, Decimal)):
        raise CellProblem(f"{value} is een getal, geen datum. Maak de cel een datum of typ de datum als dd-mm-jjjj.")
    text = read_text(value)
    # A date with a time as text ('2026-11-26 00:00:00', from a CSV or a database export): the date counts,
    # as it does for a date cell with a time.
    with_time = _TEXT_WITH_TIME.fullmatch(text)
    try:
        try:
            result = parse_date(with_time.group(1) if with_time else text)
        except DateError:
            if not with_time:
                raise
            result = parse_date(text)  # for the message about the whole text
    except DateError as exc:
        raise CellProblem(str(exc)) from None
    if not 1900 <= result.year <= 2200:
        raise CellProblem(f"het jaar {result.year} klopt niet.")
    return result


def read_integer(value) -> int:
    if isinstance(value, bool):
        raise CellProblem("vul een jaartal in, bijvoorbeeld 2026.")
    if isinstance(value, (int, float, Decimal)) and float(value).is_integer():
        return int(value)
    text = read_text(value)
    if re.fullmatch(r"\d{1,6}", text):
        return int(text)
    raise CellProblem(f"'{text}' is geen geheel getal; vul bijvoorbeeld 2026 in.")


READERS = {TEXT: read_text, STATUS: lambda v: read_text(v).lower(), MONEY: read_money, DATE: read_date,
           INTEGER: read_integer}


@dataclass
class RowData:
    """One data row: its number in the sheet, the values read, and the problems found in it."""

    sheet: str
    number: int
    values: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_rows(sheet: SheetRef, specs: list[FieldSpec], problems: list[Problem],
              tick: Callable[[], None] | None = None) -> list[RowData]:
    """A RowData for each non-empty row below the header; sheet-level problems go to `problems`.

    The whole sheet is read (and checked) before any row is returned: merged ranges stand after the
    rows in the file, and a damaged cell anywhere must stop the import before anything is written.
    Only the cells of known columns are kept, so memory follows the rows, not the sheet's width.
    """
    title = sheet.title
    rows = iter_rows(sheet, tick)
    head: list[tuple[int, dict[int, XCell]]] = []
    first_below: tuple[int, dict[int, XCell]] | None = None
    for number, cells in rows:
        if number > HEADER_SEARCH_ROWS:
            first_below = (number, cells)
            break
        head.append((number, cells))
    width = max((max(cells) + 1 for _n, cells in head), default=0)
    dense = [[None] * width for _ in range(max((n for n, _c in head), default=0))]
    for number, cells in head:
        for col, cell in cells.items():
            dense[number - 1][col] = cell.value
    layout = find_layout([tuple(r) for r in dense], specs, title, problems)
    if layout is None or any(p.sheet == title and p.row == layout.header_row for p in problems):
        return []
    columns = layout.columns

    def below_header():
        yield from ((n, c) for n, c in head if n > layout.header_row)
        if first_below is not None:
            yield first_below
        yield from rows

    kept: list[tuple[int, dict[str, XCell | None]]] = []
    for number, cells in below_header():
        relevant = {key: cells.get(col) for key, col in columns.items()}
        if any(c is not None for c in relevant.values()):
            kept.append((number, relevant))
    merged = _vertical_merges(sheet.merges, set(columns.values()))
    by_key = {s.key: s for s in specs}
    result = []
    anchors: dict[tuple[int, int], XCell | None] = {}
    for number, relevant in kept:
        if merged:
            _fill_merged(relevant, layout, merged, anchors, number)
        if all(c is None or is_blank(c.value) for c in relevant.values()):
            continue  # an empty row, or trailing blank lines
        result.append(_row_data(title, number, relevant, by_key))
    return result


def _row_data(title: str, number: int, relevant: dict, by_key: dict) -> RowData:
    row = RowData(title, number)
    for key, cell in relevant.items():
        spec = by_key[key]
        if cell is None or is_blank(cell.value):
            row.values[key] = None
            continue
        if cell.data_type == "f":
            row.problems.append(Problem(title, number, spec.header,
                                        f"bevat een formule ({strip_control_chars(str(cell.value))[:40]}) waar een "
                                        "waarde hoort. Kopieer de cel en plak alleen de waarde."))
            continue
        if cell.data_type == "e":
            row.problems.append(Problem(title, number, spec.header,
                                        f"bevat een foutwaarde ({strip_control_chars(str(cell.value))[:20]}). "
                                        "Vul een waarde in."))
            continue
        try:
            row.values[key] = READERS[spec.kind](cell.value)
        except CellProblem as exc:
            row.problems.append(Problem(title, number, spec.header, str(exc)))
    return row


def _vertical_merges(ranges: list[tuple[int, int, int]], columns: set[int]) -> dict[int, list[tuple[int, int]]]:
    """0-based column -> (first row, last row) of each merged block that starts in a known column and
    spans several rows: a group merges the 'Wijk' cells of its rows, and every row means that wijk."""
    found: dict[int, set[tuple[int, int]]] = {}
    for col, first, last in ranges:
        if col in columns:
            found.setdefault(col, set()).add((first, last))
    return {col: sorted(spans) for col, spans in found.items()}


def _fill_merged(relevant: dict, layout: SheetLayout, merged: dict, anchors: dict, number: int) -> None:
    """Give the lower cells of a merged block the value of its first cell (the one that holds it).

    A row that is empty but for a merged cell stays empty: the block spans rows the user left blank.
    """
    own = [key for key, cell in relevant.items() if cell is not None and not is_blank(cell.value)]
    for key, col in layout.columns.items():
        for first, last in merged.get(col, ()):
            if number == first:
                anchors[(col, first)] = relevant[key]
            elif first < number <= last and key not in own and own:
                relevant[key] = anchors.get((col, first))


