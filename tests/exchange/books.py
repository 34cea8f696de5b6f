"""Small workbooks for the import tests, built with openpyxl the way a user's Excel would save them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

UITGAVE_HEADER = ["Datum", "Wijk", "Omschrijving", "Bedrag", "Factuurnummer", "Zaaknummer", "Status", "Betaald op"]
IDEE_HEADER = ["Wijk", "Titel", "Omschrijving", "Geschatte kosten", "Ingediend door", "Status", "Reden status"]


def good_uitgave(**overrides) -> list:
    """A valid expense of Keizerslanden 2026 (loose, small)."""
    values = {"Datum": dt.date(2026, 4, 2), "Wijk": "Keizerslanden", "Omschrijving": "Huur zaal buurthuis",
              "Bedrag": "125,50", "Factuurnummer": "BH-77", "Zaaknummer": None, "Status": None, "Betaald op": None}
    values.update(overrides)
    return [values[h] for h in UITGAVE_HEADER]


def good_idee(**overrides) -> list:
    values = {"Wijk": "Rivierenwijk", "Titel": "Zwerfvuilactie", "Omschrijving": "Prikstokken en zakken",
              "Geschatte kosten": 150, "Ingediend door": None, "Status": None, "Reden status": None}
    values.update(overrides)
    return [values[h] for h in IDEE_HEADER]


def write_book(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook with the given sheets (first row = header); values are written as openpyxl would."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def standard_book(path: Path, uitgaven: list[list] | None = None, ideeen: list[list] | None = None) -> Path:
    """Uitgaven and Ideeën sheets with the standard headers, each with one good row before the given rows."""
    return write_book(path, {
        "Uitgaven": [UITGAVE_HEADER, good_uitgave(), *(uitgaven or [])],
        "Ideeën": [IDEE_HEADER, good_idee(), *(ideeen or [])],
    })
