"""Encryption in the window: the passphrase asked at start, and Bestand > Versleutelen…, by keyboard and mouse.

The modal dialogs are real: a timer waits for each one and types into the focused field with key
events, as a user would; the database file is checked afterwards.
"""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QMessageBox

from wijkdesk.services.demo import fill_demo
from wijkdesk.store import backups, cipher
from wijkdesk.store.database import close_database, current, open_database
from wijkdesk.store.models import Persoon
from wijkdesk.views.passphrase_dialog import PassphraseDialog

PASSPHRASE = "lange zomeravond 2026"
# The real exec, taken before conftest's guard replaces it: these tests answer every dialog themselves.
REAL_EXEC = {QDialog: QDialog.exec, QMessageBox: QMessageBox.exec}


@pytest.fixture(autouse=True)
def real_dialogs_and_empty_keyring(monkeypatch):
    for cls, real in REAL_EXEC.items():
        monkeypatch.setattr(cls, "exec", real)
    cipher.forget()
    yield
    close_database()
    cipher.forget()


def _visible(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def when_modal(kind, act, timeout_ms: int = 10_000):
    """Run `act(widget)` as soon as a dialog of class `kind` is shown (polling, no blocking).

    A dialog that never comes, or another one, is rejected after the timeout: the test fails, not hangs.
    """
    state = {"left": timeout_ms // 20}

    def poll():
        widget = _visible(kind)
        if widget is not None:
            widget.activateWindow()
            QApplication.processEvents()
            act(widget)
            return
        state["left"] -= 1
        if state["left"] > 0:
            QTimer.singleShot(20, poll)
        else:
            for dialog in [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]:
                dialog.reject()

    QTimer.singleShot(20, poll)


def focused(dialog):
    """The field with the keyboard focus, as the user types into it."""
    widget = QApplication.focusWidget() or dialog.focusWidget()
    assert widget is not None, "geen veld met focus"
    return widget


def test_start_asks_the_passphrase_wrong_one_changes_nothing(qtbot, db_path):
    from wijkdesk.views import app

    open_database(db_path, passphrase=PASSPHRASE)
    fill_demo()
    close_database()
    cipher.forget()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    seen = {}

    def second_try(dialog):
        seen["error"] = dialog.findChild(QLabel, "fout").text()
        seen["sha_after_wrong"] = hashlib.sha256(db_path.read_bytes()).hexdigest()
        field = focused(dialog)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, PASSPHRASE)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    def first_try(dialog):
        qtbot.keyClicks(focused(dialog), "verkeerd wachtwoord")
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)
        when_modal(PassphraseDialog, second_try)

    when_modal(PassphraseDialog, first_try)
    window = app.create_main_window(db_path)
    assert window is not None
    qtbot.addWidget(window)
    assert "klopt niet" in seen["error"]
    assert seen["sha_after_wrong"] == before
    assert current().encrypted and Persoon.select().count() > 0
    window.close()


def _click_menu_action(qtbot, window, object_name: str) -> None:
    """Open Bestand with Alt+B and click the action with the mouse, as a user does."""
    menu = window.menu("bestand")
    QTest.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    action = next(a for a in menu.actions() if a.objectName() == object_name)
    assert action.isVisible() and action.isEnabled()
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


@pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize", "does not support raise",
                           "does not support grabbing")  # the menu popup, offscreen
def test_encrypt_from_the_bestand_menu(qtbot, demo_window, db_path):
    names = [p.naam.encode() for p in Persoon.select()]
    assert any(n in db_path.read_bytes() + db_path.with_name(db_path.name + "-wal").read_bytes()
               for n in names)  # the control: plain before
    shown = {}

    def close_info(box):
        shown["klaar"] = box.text()
        QTest.keyClick(box, Qt.Key.Key_Return)

    def fill_new(dialog):
        shown["warning"] = dialog.findChild(QLabel, "waarschuwing").text()
        qtbot.keyClicks(focused(dialog), PASSPHRASE)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Tab)
        assert focused(dialog) is dialog.second
        qtbot.keyClicks(focused(dialog), PASSPHRASE)
        qtbot.keyClick(focused(dialog), Qt.Key.Key_Return)  # not yet ticked: refused in the dialog
        shown["refused"] = dialog.findChild(QLabel, "fout").text()
        box = dialog.findChild(QCheckBox, "begrepen")
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked()
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        when_modal(QMessageBox, close_info)

    when_modal(PassphraseDialog, fill_new)
    _click_menu_action(qtbot, demo_window, "versleutelen")
    qtbot.waitUntil(lambda: "klaar" in shown, timeout=20_000)
    assert "kwijtraakt" in shown["warning"] and "niet te herstellen" in shown["refused"]
    assert "versleuteld" in shown["klaar"]
    assert cipher.is_encrypted(db_path) and current().encrypted
    assert Persoon.select().count() == len(names)  # the window goes on, on the same data
    raw = db_path.read_bytes() + b"".join(b.path.read_bytes() for b in backups.list_backups(db_path))
    assert not [n for n in names if n in raw]
    actions = demo_window.encryption_actions
    assert actions.rekey_action.isVisible() and not actions.encrypt_action.isVisible()
