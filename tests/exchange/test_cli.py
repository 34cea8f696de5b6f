"""`wijkdesk export`, `template` and `import` on the command line: same functions, Dutch output, exit codes."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.exchange.books import UITGAVE_HEADER, good_uitgave, write_book
from tests.exchange.conftest import seed_world
from tests.exchange.helpers import db_fingerprint, sheet_dicts_calamine
from wijkdesk.cli import main

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def seeded_db(db, db_location):
    """A seeded database file, closed again so the command opens it as a user would."""
    from wijkdesk.store.database import close_database

    world = seed_world()
    close_database()
    return db_location, world


def _reopen(path):
    from wijkdesk.store.database import open_database

    return open_database(path)


def test_export_writes_workbook_and_prints_totals(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    out = tmp_path / "financien.xlsx"
    code = main(["export", "--db", str(db_path), "--out", str(out), "--wijk", "Keizerslanden", "--year", "2026"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "Werkmap geschreven" in printed and "Meedoenbudget € 30.000,00" in printed
    assert "persoonsgegevens van bewoners weggelaten" in printed
    rows = sheet_dicts_calamine(out, "Uitgaven")
    assert len(rows) == 3 and {r["Wijk"] for r in rows} == {"Keizerslanden"}


def test_export_unknown_wijk_exit_1_in_dutch(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    code = main(["export", "--db", str(db_path), "--out", str(tmp_path / "x.xlsx"), "--wijk", "Atlantis"])
    err = capsys.readouterr().err
    assert code == 1 and "De wijk 'Atlantis' bestaat niet" in err and "Traceback" not in err
    assert not (tmp_path / "x.xlsx").exists()


def test_export_to_missing_folder_exit_2(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    code = main(["export", "--db", str(db_path), "--out", str(tmp_path / "nergens" / "x.xlsx")])
    assert code == 2 and "bestaat niet" in capsys.readouterr().err


def test_export_missing_database_exit_2(tmp_path, capsys, data_dir):
    code = main(["export", "--db", str(tmp_path / "geen.db"), "--out", str(tmp_path / "x.xlsx")])
    assert code == 2 and "bestaat niet" in capsys.readouterr().err


def test_template_with_wijken_from_database(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    out = tmp_path / "sjabloon.xlsx"
    assert main(["template", "--out", str(out), "--db", str(db_path)]) == 0
    assert "Importsjabloon geschreven" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert [r[0] for r in wb["Lijsten"].iter_rows(values_only=True)] == ["Keizerslanden", "Rivierenwijk"]


def test_template_without_database(tmp_path, data_dir):
    out = tmp_path / "sjabloon.xlsx"
    assert main(["template", "--out", str(out)]) == 0
    assert {"Uitleg", "Ideeën", "Uitgaven"} <= set(openpyxl.load_workbook(out).sheetnames)


def test_import_dry_run_then_real(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    book = write_book(tmp_path / "in.xlsx", {"Uitgaven": [UITGAVE_HEADER, good_uitgave(),
                                                          good_uitgave(Factuurnummer="BH-78", Bedrag=33)]})
    database = _reopen(db_path)
    before = db_fingerprint(database)
    database.close()
    assert main(["import", "--db", str(db_path), str(book), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Proefimport (er is niets opgeslagen): 2 nieuw" in out
    assert "Uitgaven rij 2: nieuw - Huur zaal buurthuis (€ 125,50)" in out
    database = _reopen(db_path)
    assert db_fingerprint(database) == before
    database.close()
    assert main(["import", "--db", str(db_path), str(book)]) == 0
    assert "Import opgeslagen: 2 nieuw" in capsys.readouterr().out
    database = _reopen(db_path)
    assert db_fingerprint(database) != before
    database.close()


def test_import_bad_rows_exit_1_nothing_saved_unless_skip_invalid(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    book = write_book(tmp_path / "in.xlsx", {"Uitgaven": [
        UITGAVE_HEADER, good_uitgave(), good_uitgave(Datum="32-01-2026", Factuurnummer="X")]})
    database = _reopen(db_path)
    before = db_fingerprint(database)
    database.close()
    assert main(["import", "--db", str(db_path), str(book)]) == 1
    captured = capsys.readouterr()
    assert "Uitgaven, rij 3, kolom Datum: '32-01-2026' bestaat niet als datum" in captured.err
    assert "Er is niets opgeslagen omdat er fouten zijn" in captured.out
    database = _reopen(db_path)
    assert db_fingerprint(database) == before
    database.close()
    assert main(["import", "--db", str(db_path), str(book), "--skip-invalid"]) == 1
    assert "Import opgeslagen: 1 nieuw" in capsys.readouterr().out


def test_import_wijk_option(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    book = write_book(tmp_path / "in.xlsx", {"Uitgaven": [UITGAVE_HEADER, good_uitgave(Wijk=None)]})
    assert main(["import", "--db", str(db_path), str(book), "--wijk", "keizerslanden"]) == 0
    assert "1 nieuw" in capsys.readouterr().out


def test_import_not_a_workbook_exit_2(seeded_db, tmp_path, capsys):
    db_path, _ = seeded_db
    fake = tmp_path / "lijst.xlsx"
    fake.write_text("Datum;Bedrag\n")
    assert main(["import", "--db", str(db_path), str(fake)]) == 2
    err = capsys.readouterr().err
    assert "geen Excel-werkmap" in err and "Traceback" not in err


def test_subcommands_listed_in_help(data_dir):
    result = subprocess.run([sys.executable, "-m", "wijkdesk", "--help"], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=60)
    for name in ("export", "template", "import"):
        assert name in result.stdout


def test_round_trip_through_the_command_line(seeded_db, tmp_path, capsys):
    db_path, world = seeded_db
    out = tmp_path / "rond.xlsx"
    assert main(["export", "--db", str(db_path), "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Uitgaven"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Betaald op") + 1).value = dt.date(2025, 7, 1)  # the rejected one: refused
    wb.save(out)
    assert main(["import", "--db", str(db_path), str(out)]) == 1
    assert "kan niet" in capsys.readouterr().err
