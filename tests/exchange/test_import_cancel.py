"""Cancel means nothing is kept: checked by time (not only every 200 rows or per sheet), once more
just before the commit, and the whole import rolled back. The window's Cancel is in test_gui.py."""
from __future__ import annotations

import pytest

from tests.exchange.books import UITGAVE_HEADER, good_uitgave, write_book
from tests.exchange.helpers import db_fingerprint
from wijkdesk.exchange import progress as progress_module
from wijkdesk.exchange.excel_import import import_workbook
from wijkdesk.exchange.progress import Cancelled, Progress


def book_of_380(path):
    """The issue's sheet: 380 good expenses of Keizerslanden 2026."""
    return write_book(path, {"Uitgaven": [UITGAVE_HEADER, *(good_uitgave(Factuurnummer=f"C-{i}", Bedrag="1,00")
                                                            for i in range(380))]})


def test_cancel_after_row_250_of_380_keeps_nothing(world, db, tmp_path, monkeypatch):
    """The issue's case: with checks only every 200 rows, a Cancel after row 200 was never seen."""
    from wijkdesk.services import budget

    path = book_of_380(tmp_path / "b.xlsx")
    before = db_fingerprint(db)
    cancelled, created = [], []
    real = budget.create_uitgave

    def create(*args, **kwargs):
        created.append(1)
        if len(created) == 250:
            cancelled.append(True)  # the user presses Cancel now
        return real(*args, **kwargs)

    monkeypatch.setattr(budget, "create_uitgave", create)
    with pytest.raises(Cancelled):
        import_workbook(path, is_cancelled=lambda: bool(cancelled))
    assert db_fingerprint(db) == before
    assert len(created) >= 250


def test_cancel_on_the_last_row_is_seen_before_the_commit(world, db, tmp_path, monkeypatch):
    from wijkdesk.services import budget

    path = book_of_380(tmp_path / "b.xlsx")
    before = db_fingerprint(db)
    cancelled, created = [], []
    real = budget.create_uitgave

    def create(*args, **kwargs):
        created.append(1)
        if len(created) == 380:
            cancelled.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(budget, "create_uitgave", create)
    with pytest.raises(Cancelled):
        import_workbook(path, is_cancelled=lambda: bool(cancelled))
    assert db_fingerprint(db) == before and len(created) == 380


def test_cancel_while_reading_the_file(world, db, tmp_path):
    path = book_of_380(tmp_path / "b.xlsx")
    before = db_fingerprint(db)
    with pytest.raises(Cancelled):
        import_workbook(path, is_cancelled=lambda: True)
    assert db_fingerprint(db) == before


def test_progress_checks_cancel_by_time_between_counted_reports(monkeypatch):
    """Slow rows (each taking 60 ms) still see Cancel at the next row, not after 200 of them."""
    clock = [0.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: clock[0])
    asked = []
    tracker = Progress(1000, None, lambda: asked.append(1) or len(asked) > 1, every=200)
    tracker.phase("Blad")  # first check: not cancelled
    steps = 0
    with pytest.raises(Cancelled):
        for _ in range(1000):
            clock[0] += 0.06
            tracker.step()
            steps += 1
    assert steps == 0  # the very next step after the user asked, 60 ms later


@pytest.mark.sqlite_only  # fingerprints the SQLite file itself
def test_ctrl_c_on_the_command_line_keeps_nothing(seeded_db_file, tmp_path, monkeypatch, capsys):
    """Ctrl+C (KeyboardInterrupt) in the middle of `wijkdesk import`: exit 130, the database as it was."""
    from tests.exchange.test_hostile_corpus import fingerprint
    from wijkdesk.cli import main
    from wijkdesk.services import budget

    path = book_of_380(tmp_path / "b.xlsx")
    before = fingerprint(seeded_db_file)
    real, created = budget.create_uitgave, []

    def create(*args, **kwargs):
        created.append(1)
        if len(created) == 250:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(budget, "create_uitgave", create)
    assert main(["import", "--db", str(seeded_db_file), str(path)]) == 130
    assert "Afgebroken" in capsys.readouterr().err
    assert fingerprint(seeded_db_file) == before


@pytest.fixture
def seeded_db_file(db, db_path):
    from tests.exchange.conftest import seed_world
    from wijkdesk.store.database import close_database

    seed_world()
    close_database()
    return db_path


@pytest.mark.sqlite_only  # SQLite's max_page_count stands in for a full disk
def test_disk_full_during_import_is_one_dutch_message(seeded_db_file, tmp_path, monkeypatch, capsys):
    """Defect 10 for import: the disk fills up while rows are written. SQLite's own limit on the file
    size (max_page_count) gives the very error a full disk gives (SQLITE_FULL)."""
    from tests.exchange.test_hostile_corpus import fingerprint
    from wijkdesk.cli import main
    from wijkdesk.store import database

    path = book_of_380(tmp_path / "b.xlsx")
    before = fingerprint(seeded_db_file)
    monkeypatch.setitem(database.SQLITE_PRAGMAS, "max_page_count", 1)  # = the file's current size
    code = main(["import", "--db", str(seeded_db_file), str(path)])
    captured = capsys.readouterr()
    assert code == 2, captured
    assert "Traceback" not in captured.err and "During handling" not in captured.err
    assert "De schijf is vol" in captured.err and "er is niets veranderd" in captured.err
    assert captured.err.count("\n") == 1
    monkeypatch.delitem(database.SQLITE_PRAGMAS, "max_page_count")
    assert fingerprint(seeded_db_file) == before
