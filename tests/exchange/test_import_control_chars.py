"""Control characters (defect 11): stripped on import and on export alike, never printed raw, and an
untouched export read back reports no change even for texts stored with them before."""
from __future__ import annotations

from tests.exchange import hostile_books as hb
from wijkdesk.cli import main
from wijkdesk.domain.control_chars import CONTROL_CHARS, printable, strip_control_chars

RAW = "\x00\x07\x1b\x7f\x9b"


def test_strip_and_printable():
    assert strip_control_chars(f"a{RAW}b\tc\nd") == "ab\tc\nd"
    assert printable("rood\x1b[31m\x07") == "rood\\x1b[31m\\x07"
    assert printable("gewoon") == "gewoon"


def test_import_stores_titles_without_control_characters(world, db, tmp_path, capsys):
    from wijkdesk.exchange.excel_import import import_workbook
    from wijkdesk.store.models import Uitgave

    book = hb.book_with_rows(tmp_path / "s.xlsx", [
        hb.expense_row(2, title="_x001B_[31mRood"), hb.expense_row(3, title="Bel_x0007_"),
        hb.expense_row(4, title="Nul_x0000_teken"), hb.expense_row(5, title="Rauw\x9b2J\x7fwissen"),
        hb.expense_row(6, title="Regel_x000A_twee")])
    report = import_workbook(book)
    assert report.committed, [str(p) for p in report.problems]
    titles = {u.omschrijving for u in Uitgave.select().where(Uitgave.factuurnummer.startswith("HB-"))}
    assert titles == {"[31mRood", "Bel", "Nulteken", "Rauw2Jwissen", "Regel\ntwee"}


def test_untouched_export_reads_back_with_no_changes(world, db, db_location, tmp_path, capsys):
    """Texts stored with control characters (typed, pasted, or imported before this fix)."""
    from wijkdesk.services import budget, ideeen
    from wijkdesk.store.database import close_database

    keizer = world.wijken["Keizerslanden"]
    ideeen.create_idee(keizer, "Lampjes\x1b[31m rood\x07", omschrijving="met \x00 nul en \x9b csi")
    budget.create_uitgave(keizer, 2026, "5,00", "Piep\x07", world.uitgaven[0].datum, leverancier="Lev\x7f")
    close_database()
    out = tmp_path / "rond.xlsx"
    assert main(["export", "--db", str(db_location), "--out", str(out)]) == 0
    capsys.readouterr()
    code = main(["import", "--db", str(db_location), str(out), "--dry-run"])
    captured = capsys.readouterr()
    assert "0 nieuw, 0 bijgewerkt" in captured.out, captured
    assert not CONTROL_CHARS.search(captured.out + captured.err)
    assert code == 0 and "0 nieuw, 0 bijgewerkt, 11 ongewijzigd, 0 met fouten" in captured.out, captured
