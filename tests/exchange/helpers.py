"""Helpers for the Excel tests: read a workbook with two independent readers, fingerprint the database."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal

import openpyxl
from python_calamine import CalamineWorkbook


def sheet_dicts_openpyxl(path, sheet: str, data_only: bool = True) -> list[dict]:
    """The rows below the header of a sheet as dicts, read by openpyxl (stops at the first blank row)."""
    wb = openpyxl.load_workbook(path, data_only=data_only)
    rows = list(wb[sheet].iter_rows(values_only=True))
    return _dicts(rows)


def sheet_dicts_calamine(path, sheet: str) -> list[dict]:
    """The same, read by python-calamine (a Rust reader that knows nothing of openpyxl)."""
    wb = CalamineWorkbook.from_path(str(path))
    rows = [tuple(None if v == "" else v for v in r) for r in wb.get_sheet_by_name(sheet).to_python()]
    return _dicts(rows)


def _dicts(rows: list[tuple]) -> list[dict]:
    header = rows[0]
    out = []
    for row in rows[1:]:
        if all(v is None for v in row):
            break
        out.append(dict(zip(header, row)))
    return out


def total_row(path, sheet: str, reader: str = "openpyxl") -> dict:
    """The row that starts with 'Totaal' below a table."""
    if reader == "openpyxl":
        rows = list(openpyxl.load_workbook(path, data_only=True)[sheet].iter_rows(values_only=True))
    else:
        rows = [tuple(None if v == "" else v for v in r)
                for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()]
    header = rows[0]
    for row in rows[1:]:
        if row and row[0] == "Totaal":
            return dict(zip(header, row))
    raise AssertionError(f"geen totaalregel in {sheet}")


def info_values(path, reader: str = "openpyxl") -> dict:
    if reader == "openpyxl":
        rows = openpyxl.load_workbook(path, data_only=True)["Info"].iter_rows(values_only=True)
    else:
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Info").to_python()
    return {r[0]: r[1] for r in rows if r and r[0]}


def cents(value) -> int:
    """A number read from a cell (float from the readers) as cents, exactly."""
    if value is None or value == "":
        return 0
    return int((Decimal(str(value)) * 100).to_integral_value())


def as_date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def all_cell_texts(path) -> list[str]:
    """Every cell value of every sheet (as text), with both readers, plus the raw XML of the package."""
    texts = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            texts.extend(str(v) for v in row if v is not None)
    cw = CalamineWorkbook.from_path(str(path))
    for name in cw.sheet_names:
        for row in cw.get_sheet_by_name(name).to_python():
            texts.extend(str(v) for v in row if v != "")
    return texts


def db_fingerprint(database) -> str:
    """A hash of every row of every table: equal before and after means nothing was written."""
    digest = hashlib.sha256()
    tables = sorted(t for t in database.get_tables() if not t.startswith("sqlite_"))  # SQLite or server
    for table in tables:
        digest.update(table.encode())
        for row in database.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode())
    return digest.hexdigest()
