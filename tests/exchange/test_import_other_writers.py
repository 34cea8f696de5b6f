"""The import's own reader reads a workbook saved by LibreOffice Calc (a second writer with its own
habits: attributes on every row, shared strings, its own styles) the same as the openpyxl original."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from tests.exchange.books import IDEE_HEADER, UITGAVE_HEADER, good_idee, good_uitgave, write_book
from wijkdesk.exchange.excel_import import import_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is niet geïnstalleerd")
def test_libreoffice_saved_workbook_reads_as_the_original(world, db, tmp_path):
    original = write_book(tmp_path / "lijst.xlsx", {
        "Uitgaven": [UITGAVE_HEADER, good_uitgave(), good_uitgave(Factuurnummer="X2", Bedrag=33.5, Datum=dt.date(2026, 5, 1)),
                     good_uitgave(Factuurnummer="X3", Bedrag="twaalf")],
        "Ideeën": [IDEE_HEADER, good_idee(), good_idee(Titel="Tweede", **{"Geschatte kosten": "1.234,56"})]})
    out = tmp_path / "calc"
    out.mkdir()
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profiel').as_uri()}", "--headless",
                    "--convert-to", "xlsx", "--outdir", str(out), str(original)],
                   check=True, capture_output=True, timeout=180)
    resaved = out / "lijst.xlsx"
    assert resaved.exists() and resaved.read_bytes() != original.read_bytes()

    def outcome(path):
        report = import_workbook(path, dry_run=True)
        return ([(r.sheet, r.row, r.action, r.title, r.changes) for r in report.rows],
                [str(p) for p in report.problems])

    rows, problems = outcome(original)
    assert len(rows) == 5 and problems == ["Uitgaven, rij 4, kolom Bedrag: 'twaalf' is geen bedrag: gebruik alleen "
                                           "cijfers, een komma en punten, bijvoorbeeld 1.234,56."]
    assert outcome(resaved) == (rows, problems)
