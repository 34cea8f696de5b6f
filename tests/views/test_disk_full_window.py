"""A disk that fills up while the window is open (issue 10, defect 10): a change typed in the window
ends in one Dutch 'de schijf is vol' warning, not in "Onverwachte fout: cannot rollback - no
transaction is active", and nothing half is kept."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wijkdesk.store.database import current
from wijkdesk.store.models import Idee


TITLE = "Zitbank bij de speeltuin " + "x" * 175  # the longest title a new idea may have (200)
REFUSALS_IN_A_ROW = 25


def _fill_the_disk(wijk_id: int, jaar: int) -> None:
    """SQLite's own 'database or disk is full' (SQLITE_FULL): the file may grow no further, and the
    room left inside it is taken (a filler table, then ideas as long as the one typed), so the next
    idea needs a page that is refused.

    Ideas are added the way the window adds them (one change, the same title, year and undo text) until
    REFUSALS_IN_A_ROW in a row are refused. The fill used to add ideas outside a change and stop at
    the first refusal: what the window writes for the same idea (its change, its undo text) then still
    fitted in some runs, and the typed idea was saved (twice in about twenty full runs; in a script,
    the window's way saved one or two more ideas after that refusal in 1 of 10 fills, and none after
    25 refusals its own way in 10 of 10). A failure also reports the page counts before and after."""
    from wijkdesk.services import changes, ideeen

    db = current().database
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql("CREATE TABLE vulsel (x BLOB)")
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    for size in (1000, 100, 10):
        try:
            while True:
                db.execute_sql(f"INSERT INTO vulsel VALUES (zeroblob({size}))")
        except Exception as exc:  # noqa: BLE001 - the point where the disk is 'full'
            assert "full" in str(exc).lower(), exc
    refused = 0
    for _ in range(400):
        try:
            with changes.change(f"Idee '{TITLE}' toevoegen"):
                ideeen.capture_idee(wijk_id, TITLE, jaar)
            refused = 0
        except Exception as exc:  # noqa: BLE001
            assert "full" in str(exc).lower() or "rollback" in str(exc).lower(), exc
            refused += 1
            if refused == REFUSALS_IN_A_ROW:
                return
    raise AssertionError("the database never filled up")


def _pages() -> str:
    db = current().database
    return ", ".join(f"{name} {db.execute_sql(f'PRAGMA {name}').fetchone()[0]}"
                     for name in ("page_count", "max_page_count", "freelist_count"))


@pytest.mark.qt_no_exception_capture
def test_new_idea_on_a_full_disk_says_so_in_dutch_and_keeps_nothing(demo_window, qtbot, monkeypatch):
    from wijkdesk.views import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    monkeypatch.setattr(sys, "excepthook", crash.handle_exception)  # as run_gui installs it
    tab = demo_window.ideeen_tab
    demo_window.tabs.setCurrentWidget(tab)
    stack = demo_window.context.undo_stack.count()
    _fill_the_disk(demo_window.context.wijk_id, demo_window.context.jaar)
    before, pages_before = Idee.select().count(), _pages()
    tab.capture.setFocus()
    qtbot.keyClicks(tab.capture, TITLE)
    qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
    try:
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    except qtbot.TimeoutError:
        # Seen once in a full run (cause not found): say what the window did instead of the warning.
        raise AssertionError(
            f"geen melding; regel onder het invoerveld: {tab.capture_error.text()!r} "
            f"(zichtbaar: {tab.capture_error.isVisible()}), ideeën {before} -> {Idee.select().count()}, "
            f"invoerveld {tab.capture.text()[:30]!r}, undo-stappen {stack} -> "
            f"{demo_window.context.undo_stack.count()}; pagina's voor {pages_before}, na {_pages()}") from None
    title, text = shown[0]
    assert title == "Niet opgeslagen", shown
    assert "de schijf is vol" in text and "maak ruimte vrij" in text, text
    assert "rollback" not in text and "Onverwachte" not in text
    assert Idee.select().count() == before
    assert demo_window.context.undo_stack.count() == stack  # no undo step for a change that did not happen
    db = current().database
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
