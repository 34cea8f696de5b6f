"""Reading a workbook for the import: refuse what is not a usable .xlsx, find columns by header name.

Everything here is about the file; whether a wijk or a group exists is for `excel_import`. A cell
becomes a Python value of the kind its column needs (text, cents, date, whole number) or a Dutch
problem message, so that every bad cell is reported, not just the first.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.escape import unescape

from wijkdesk.domain.dates import DateError, format_date, parse_date
from wijkdesk.domain.money import MAX_CENTS, MoneyError, parse_cents

log = logging.getLogger(__name__)

TEXT, MONEY, DATE, INTEGER, STATUS = "text", "money", "date", "integer", "status"
HEADER_SEARCH_ROWS = 10  # a title line or two above the header row is fine
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


class WorkbookError(Exception):
    """The file cannot be read as a workbook; the message says in Dutch why and what to do."""


def normalize(text) -> str:
    """A header or name compared loosely: no case, accents, spaces or punctuation ('Ideeën' == 'ideeen')."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]", "", text.lower())


# --- the file ----------------------------------------------------------------------------------


def open_workbook(path: Path | str):
    """Open an .xlsx read-only (formulas kept as formulas, so they can be refused), or WorkbookError."""
    path = Path(path)
    if not path.exists():
        raise WorkbookError(f"Het bestand {path} bestaat niet. Kies een bestaand .xlsx-bestand.")
    if path.is_dir():
        raise WorkbookError(f"{path} is een map. Kies een .xlsx-bestand.")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise WorkbookError(f"Het bestand {path.name} is leeg (0 bytes). Kies een ingevuld .xlsx-bestand.")
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTION_INFO in path.read_bytes():
            raise WorkbookError(
                f"{path.name} is met een wachtwoord beveiligd. Open het in Excel, haal het wachtwoord weg "
                "(Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: leegmaken), sla op en probeer opnieuw.")
        raise WorkbookError(
            f"{path.name} is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en sla het op als "
            "Excel-werkmap (.xlsx).")
    if not head.startswith(b"PK"):
        raise WorkbookError(
            f"{path.name} is geen Excel-werkmap (.xlsx). Is het een CSV- of tekstbestand? Open het in Excel en "
            "sla het op als Excel-werkmap (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise WorkbookError(
                    f"{path.name} is een LibreOffice/OpenDocument-bestand (.ods). Sla het op als Excel-werkmap (.xlsx).")
            if "xl/workbook.xml" not in names:
                raise WorkbookError(f"{path.name} is een zip-bestand maar geen Excel-werkmap. Kies een .xlsx-bestand.")
            bad = archive.testzip()
            if bad:
                raise WorkbookError(f"{path.name} is beschadigd (onderdeel {bad} is onleesbaar). "
                                    "Vraag een nieuwe kopie of sla het opnieuw op in Excel.")
    except zipfile.BadZipFile:
        raise WorkbookError(f"{path.name} is beschadigd of niet volledig (geen geldig zip-bestand). "
                            "Vraag een nieuwe kopie of sla het opnieuw op in Excel.") from None
    # A file object, not the path: openpyxl would refuse a good workbook for its file name alone.
    handle = path.open("rb")
    try:
        wb = load_workbook(handle, read_only=True, data_only=False)
    except Exception as exc:  # lxml, KeyError, InvalidFileException: all mean a damaged workbook
        handle.close()
        log.info("Werkmap %s niet leesbaar: %r", path, exc)
        raise WorkbookError(f"{path.name} is beschadigd en kan niet worden gelezen ({type(exc).__name__}). "
                            "Open het in Excel, sla het opnieuw op en probeer het nog eens.") from None
    # openpyxl does not close a file object it was given; close_workbook does (Windows keeps an
    # open file locked, so the user could not save it in Excel while WijkDesk holds it).
    wb._wijkdesk_handle = handle
    return wb


def close_workbook(wb) -> None:
    """Read-only workbooks keep the file open until closed."""
    try:
        wb.close()
    finally:
        handle = getattr(wb, "_wijkdesk_handle", None)
        if handle is not None:
            handle.close()


def find_sheet(wb, *names: str):
    """The sheet whose name matches one of `names` loosely, or None."""
    wanted = {normalize(n) for n in names}
    for ws in wb.worksheets:
        if normalize(ws.title) in wanted:
            return ws
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
        # openpyxl leaves Excel's `_xHHHH_` escapes in place; undo them as Excel does.
        return unescape(value).strip() if "_x" in value else value.strip()
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


_MERGE_CELL = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+):([A-Z]+)(\d+)\"")
_MERGE_CHUNK = 1 << 20


def vertical_merges(ws, columns: set[int]) -> dict[int, list[tuple[int, int]]]:
    """0-based column -> (first row, last row) of each merged block that starts in that column and
    spans several rows: a group merges the 'Wijk' cells of its rows, and every row means that wijk.

    Read-only sheets do not report merged cells, and the list stands after the rows in the file, so the
    sheet's XML is scanned for it (in chunks; a sheet without merged cells costs one quick pass).
    """
    get_source = getattr(ws, "_get_source", None)
    if get_source is None or not columns:
        return {}
    from openpyxl.utils import column_index_from_string

    found: dict[int, list[tuple[int, int]]] = {}
    tail = b""
    with get_source() as src:
        while True:
            chunk = src.read(_MERGE_CHUNK)
            if not chunk:
                break
            data = tail + chunk
            for match in _MERGE_CELL.finditer(data):
                first_col, first_row, _last_col, last_row = match.groups()
                col = column_index_from_string(first_col.decode()) - 1
                if col in columns and int(last_row) > int(first_row):
                    found.setdefault(col, []).append((int(first_row), int(last_row)))
            tail = data[-200:]  # a tag cut in two by the chunk border is found in the next round
    # The overlap can find a range twice.
    return {col: sorted(set(ranges)) for col, ranges in found.items()}


@dataclass
class RowData:
    """One data row: its number in the sheet, the values read, and the problems found in it."""

    sheet: str
    number: int
    values: dict = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def read_rows(ws, specs: list[FieldSpec], sheet: str, problems: list[Problem]):
    """Yield a RowData for each non-empty row below the header; sheet-level problems go to `problems`."""
    rows = ws.iter_rows()
    head: list[tuple] = []
    head_cells = []
    for cells in rows:
        head_cells.append(cells)
        head.append(tuple(c.value for c in cells))
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    layout = find_layout(head, specs, sheet, problems)
    if layout is None or any(p.sheet == sheet and p.row == layout.header_row for p in problems):
        return
    by_key = {s.key: s for s in specs}
    merged = vertical_merges(ws, set(layout.columns.values()))
    anchors: dict[tuple[int, int], object] = {}  # (column, first row) -> the merged block's cell

    def data_rows():
        yield from head_cells[layout.header_row:]
        yield from rows

    for number, cells in enumerate(data_rows(), layout.header_row + 1):
        if not cells:
            continue
        # Read-only sheets fill gaps with EmptyCell (no row number), so count, but trust a real cell.
        number = next((c.row for c in cells if getattr(c, "row", None)), number)
        relevant = {key: cells[col] if col < len(cells) else None for key, col in layout.columns.items()}
        if merged:
            _fill_merged(relevant, layout, merged, anchors, number)
        if all(c is None or is_blank(c.value) for c in relevant.values()):
            continue  # an empty row, or trailing blank lines
        row = RowData(sheet, number)
        for key, cell in relevant.items():
            spec = by_key[key]
            if cell is None or is_blank(cell.value):
                row.values[key] = None
                continue
            if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("=") and cell.data_type != "s"):
                row.problems.append(Problem(sheet, number, spec.header,
                                            f"bevat een formule ({str(cell.value)[:40]}) waar een waarde hoort. "
                                            "Kopieer de cel en plak alleen de waarde."))
                continue
            if cell.data_type == "e":
                row.problems.append(Problem(sheet, number, spec.header,
                                            f"bevat een foutwaarde ({cell.value}). Vul een waarde in."))
                continue
            try:
                row.values[key] = READERS[spec.kind](cell.value)
            except CellProblem as exc:
                row.problems.append(Problem(sheet, number, spec.header, str(exc)))
        yield row


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
