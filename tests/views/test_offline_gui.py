"""Bestand > Wijk meenemen… and Wijk terugbrengen… in the window, by keyboard and mouse.

The modal dialogs are real: a timer waits for each one and works it with key and mouse events as a
user would; the database files are checked afterwards.
"""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from .test_encryption_gui import _click_menu_action, when_modal
from wijkdesk.store.database import close_database
from wijkdesk.views.offline_actions import ConflictDialog, TakeDialog

REAL_EXEC = {QDialog: QDialog.exec, QMessageBox: QMessageBox.exec}
WIJK = "Keizerslanden"


@pytest.fixture(autouse=True)
def real_dialogs(monkeypatch):
    for cls, real in REAL_EXEC.items():
        monkeypatch.setattr(cls, "exec", real)
    yield
    close_database()


def _one(path, sql, params=()):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = conn.execute(sql, params).fetchone()
        return found[0] if found else None
    finally:
        conn.close()


def _open_window(qtbot, path):
    from wijkdesk.views import app

    original = app.apply_settings
    app.apply_settings = lambda settings: None
    try:
        window = app.create_main_window(path)
    finally:
        app.apply_settings = original
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


@pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize", "does not support raise",
                           "does not support grabbing")  # the menu popup, offscreen
def test_take_a_wijk_offline_then_bring_it_back_deciding_a_conflict(qtbot, demo_window, demo_db_path, tmp_path):
    from wijkdesk.services import ideeen
    from wijkdesk.store.database import open_database

    server = demo_db_path
    copy = tmp_path / "buurthuis.db"
    shown = {}

    def close_info(box):
        shown["info"] = box.text()
        QTest.keyClick(box, Qt.Key.Key_Return)

    def fill_take(dialog):
        shown["wijk"] = dialog.wijk.currentText()
        field = dialog.findChild(QLineEdit, "bestand")
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, str(copy))
        when_modal(QMessageBox, close_info)
        QTest.keyClick(field, Qt.Key.Key_Return)

    when_modal(TakeDialog, fill_take)
    _click_menu_action(qtbot, demo_window, "wijk_meenemen")
    qtbot.waitUntil(lambda: "info" in shown, timeout=30_000)
    assert shown["wijk"] == WIJK and "buurthuis.db" in shown["info"]
    # Every kind of row by its Dutch plural (found by hand: "20 begrotingsregel", a name the list lacked).
    assert "begrotingsregels" in shown["info"] and "begrotingsregel," not in shown["info"]
    wid = _one(server, "SELECT id FROM wijk WHERE naam = ?", (WIJK,))
    assert _one(copy, "SELECT count(*) FROM idee") == _one(server, "SELECT count(*) FROM idee WHERE wijk_id = ?", (wid,))
    assert demo_window.offline_actions.take_action.isEnabled()  # the window has its own database again
    assert not demo_window.offline_actions.back_action.isEnabled()  # the server is no offline copy
    assert not demo_window.offline_actions.copy_label.isVisible()
    demo_window.close()
    close_database()

    idea = _one(server, "SELECT uuid FROM idee WHERE wijk_id = ? ORDER BY id", (wid,))
    open_database(server, backup=False)
    ideeen.update_idee(_one(server, "SELECT id FROM idee WHERE uuid = ?", (idea,)), titel="Stadhuis")
    close_database()

    window = _open_window(qtbot, copy)  # the laptop, offline
    assert window.offline_actions.back_action.isEnabled()
    assert window.offline_actions.copy_label.isVisible()
    assert "Offline kopie van Keizerslanden" in window.offline_actions.copy_label.text()
    ideeen.update_idee(_one(copy, "SELECT id FROM idee WHERE uuid = ?", (idea,)), titel="Buurthuis")

    def answer_question(box):
        shown["question"] = box.text()
        when_modal(ConflictDialog, decide)
        QTest.keyClick(box, Qt.Key.Key_Return)  # the default button: Terugbrengen

    def decide(dialog):
        table = dialog.table
        shown["rows"] = table.rowCount()
        shown["there"] = table.item(0, ConflictDialog.THERE_COLUMN).text()
        assert not dialog.send.isEnabled()  # nothing goes before every line is chosen
        rect = table.visualRect(table.model().index(0, ConflictDialog.MINE_COLUMN))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        shown["choice"] = table.item(0, ConflictDialog.CHOICE_COLUMN).text()
        assert dialog.send.isEnabled()
        shown.pop("info", None)
        when_modal(QMessageBox, close_info)
        QTest.mouseClick(dialog.send, Qt.MouseButton.LeftButton)

    when_modal(QMessageBox, answer_question)
    _click_menu_action(qtbot, window, "wijk_terugbrengen")
    qtbot.waitUntil(lambda: "info" in shown, timeout=30_000)
    assert WIJK in shown["question"] and str(server.resolve()) in shown["question"]
    assert shown["rows"] == 1 and shown["choice"] == "mijn"
    # who changed the row on the server side, and when (its audit log): the server's change of today
    assert f"{dt.date.today():%d-%m-%Y}" in shown["there"]
    assert "Teruggebracht" in shown["info"]
    assert _one(server, "SELECT titel FROM idee WHERE uuid = ?", (idea,)) == "Buurthuis"
    assert _one(server, "SELECT count(*) FROM audit_log WHERE actie = 'teruggebracht'") == 1
    # The window works on its copy again, and the undo stack no longer names rows of before.
    assert window.context.undo_stack.count() == 0
    assert ideeen.get_idee(_one(copy, "SELECT id FROM idee WHERE uuid = ?", (idea,))).titel == "Buurthuis"
    window.close()


@pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize", "does not support raise",
                           "does not support grabbing")
def test_bringing_back_an_overcommit_asks_a_reason_typed_by_the_user(qtbot, demo_db_path, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    from wijkdesk.services import budget, offline
    from wijkdesk.store.database import open_database

    server, copy = demo_db_path, tmp_path / "buurthuis.db"
    offline.take_wijk(server, WIJK, copy)
    wid = _one(server, "SELECT id FROM wijk WHERE naam = ?", (WIJK,))
    jaar = _one(server, "SELECT max(jaar) FROM meedoenbudget WHERE wijk_id = ?", (wid,))
    open_database(server, backup=False)
    half = budget.budget_overview(wid, jaar).resterend_cents // 2 + 100
    budget.create_uitgave(wid, jaar, half, "Podium (stadhuis)", f"01-05-{jaar}")
    close_database()
    window = _open_window(qtbot, copy)
    budget.create_uitgave(_one(copy, "SELECT id FROM wijk"), jaar, half, "Geluid (buurthuis)", f"01-05-{jaar}")
    shown = {}

    def close_info(box):
        shown["info"] = box.text()
        QTest.keyClick(box, Qt.Key.Key_Return)

    def give_reason(dialog):
        shown["asked"] = dialog.labelText()
        qtbot.keyClicks(QApplication.focusWidget(), "Wethouder akkoord")
        when_modal(QMessageBox, close_info)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    def answer_question(box):
        when_modal(QInputDialog, give_reason)
        QTest.keyClick(box, Qt.Key.Key_Return)

    when_modal(QMessageBox, answer_question)
    _click_menu_action(qtbot, window, "wijk_terugbrengen")
    qtbot.waitUntil(lambda: "info" in shown, timeout=30_000)
    assert "overschreden" in shown["asked"]
    assert "Teruggebracht" in shown["info"]
    assert _one(server, "SELECT count(*) FROM uitgave WHERE omschrijving = 'Geluid (buurthuis)'") == 1
    assert _one(server, "SELECT count(*) FROM audit_log WHERE reden LIKE '%Wethouder akkoord%'") >= 1
    window.close()


@pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize", "does not support raise")
def test_a_copy_from_a_server_names_the_server_database_short_in_the_status_bar(qtbot, pg_demo_url, tmp_path):
    """The status bar of a copy taken from a server names the database and host, not the whole
    connection text (which ran off a 1024-pixel window: 'uit postgresql:///srv1?host=/tmp/wdpg-...')."""
    from wijkdesk.services import offline
    from wijkdesk.store.server import parse

    copy = tmp_path / "mee.db"
    offline.take_wijk(pg_demo_url, WIJK, copy)
    window = _open_window(qtbot, copy)
    label = window.offline_actions.copy_label.text()
    assert label == f"Offline kopie van {WIJK} uit {parse(pg_demo_url).short}", label
    assert "?" not in label and "//" not in label
    window.close()


@pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize", "does not support raise",
                           "does not support grabbing")  # the menu popup, offscreen
def test_the_suggested_copy_file_is_shown_whole_and_escape_takes_nothing(qtbot, demo_window, tmp_path):
    """Found by hand at 1920x1080: the dialog opened at its smallest and the field showed only
    'erslanden-offline.db' of the suggested file, so the user could not see WHERE the copy would go."""
    seen = {}

    def look(dialog):
        field = dialog.findChild(QLineEdit, "bestand")
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        seen["text"] = field.text()
        seen["room"] = field.contentsRect().width() - 8  # the frame's text margins
        seen["needed"] = field.fontMetrics().horizontalAdvance(field.text())
        seen["screen"] = dialog.screen().availableGeometry().width()
        seen["fits_screen"] = dialog.frameGeometry().width() <= seen["screen"]
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    when_modal(TakeDialog, look)
    _click_menu_action(qtbot, demo_window, "wijk_meenemen")
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["text"].endswith("keizerslanden-offline.db")
    # The whole path, or (a very long one) at least half the screen of it.
    assert seen["room"] >= min(seen["needed"], seen["screen"] // 2), seen
    assert seen["fits_screen"]
    assert not __import__("pathlib").Path(seen["text"]).exists()  # Escape: no copy made
