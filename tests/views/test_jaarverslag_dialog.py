"""Bestand > Jaarverslag (pdf)… driven by the mouse and the keyboard: the menu is clicked open, the dialog
runs for real and is filled by typing, and the PDF it writes has the figures of services.budget."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox

from tests.views.events import settle as let_events_run

from .test_whole_evening_by_events import REAL_DIALOG_EXEC, REAL_MESSAGEBOX_EXEC, click, with_modal

# A menu popping up on the offscreen platform: notes of the plugin, not of WijkDesk (on the test itself: the
# closest marker wins over the one the folder's conftest adds).
PLUGIN_NOTES = pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize", "does not support raise",
                                         "does not support grabbing")


def _open_from_menu(qtbot, window) -> None:
    """Click 'Bestand' in the menu bar, then 'Jaarverslag (pdf)…' in the menu."""
    bar = window.menuBar()
    menu = window.menu("bestand")
    click(qtbot, bar, bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    action = window.jaarverslag_actions.action
    click(qtbot, menu, menu.actionGeometry(action).center())


def _type_into(qtbot, dialog, shortcut: Qt.Key, text: str) -> None:
    """Alt+letter moves the focus to the field (its label's mnemonic); Ctrl+A and typing replace its text."""
    qtbot.keyClick(dialog, shortcut, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)


@PLUGIN_NOTES
def test_jaarverslag_from_the_menu_by_events(demo_window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGEBOX_EXEC)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    window = demo_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wrong = tmp_path / "geen-map" / "verslag.pdf"
    target = tmp_path / "rivierenwijk-2025.pdf"
    seen = {}

    def fill(dialog):
        assert dialog.objectName() == "jaarverslag_dialog"
        click(qtbot, dialog.path_edit)  # the dialog gets the focus as a user's first click gives it
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        # Wijk: the window's wijk is proposed; pick Rivierenwijk by typing in the list.
        qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
        assert QApplication.focusWidget().objectName() == "jaarverslag_wijk"
        qtbot.keyClicks(QApplication.focusWidget(), "Riv")
        _type_into(qtbot, dialog, Qt.Key.Key_J, "2025")
        # A folder that does not exist: refused in the dialog, in Dutch, nothing written.
        _type_into(qtbot, dialog, Qt.Key.Key_B, str(wrong))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, ok)
        assert dialog.isVisible()
        seen["fout"] = dialog.findChild(QLabel, "jaarverslag_fout").text()
        _type_into(qtbot, dialog, Qt.Key.Key_B, str(target))
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    with_modal(qtbot, lambda: _open_from_menu(qtbot, window), fill)
    assert "bestaat niet" in seen["fout"] and not wrong.parent.exists()
    qtbot.waitUntil(lambda: opened == [str(target)], timeout=30_000)
    assert "Jaarverslag opgeslagen" in window.statusBar().currentMessage()
    assert str(target) in window.statusBar().currentMessage()
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.replace("\u00a0", " ").split())
    # The demo's Rivierenwijk 2025, pinned (the demo is the same on every run): not taken from
    # budget.budget_overview, which the report itself uses.
    assert "Jaarverslag Meedoenbudget 2025 Wijk Rivierenwijk" in text
    assert "Meedoenbudget 2025 € 38.000,00" in text
    assert "Uitgegeven € 5.389,98" in text
    assert "Resterend € 32.610,00" in text
    assert "Alle wijken in 2025" in text


@PLUGIN_NOTES
def test_cancel_writes_nothing(demo_window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(QDialog, "exec", REAL_DIALOG_EXEC)
    window = demo_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = tmp_path / "niet.pdf"

    def cancel(dialog):
        click(qtbot, dialog.path_edit)
        _type_into(qtbot, dialog, Qt.Key.Key_B, str(target))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    with_modal(qtbot, lambda: _open_from_menu(qtbot, window), cancel)
    let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
    assert not target.exists() and window.jaarverslag_actions.task is None
