"""The window on a database on a PostgreSQL server, and choosing a server in the settings (by events)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

REAL_MESSAGEBOX_EXEC = QMessageBox.exec  # taken before the views' conftest refuses unexpected dialogs


def _settle(qtbot):
    qtbot.wait(50)


def test_the_window_works_on_a_server_database_by_mouse_and_keyboard(qtbot, pg_cluster, pg_demo_template,
                                                                       data_dir):
    """Opened on the server: the title names the server database; a typed idea lands on the server."""
    import psycopg

    from wijkdesk.store.database import close_database
    from wijkdesk.store.models import Wijk
    from wijkdesk.views import app

    name = pg_cluster.create_database(template=pg_demo_template)
    url = pg_cluster.url(name)
    original = app.apply_settings
    app.apply_settings = lambda settings: None
    try:
        window = app.create_main_window(url)
    finally:
        app.apply_settings = original
    try:
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert f"{name} op deze computer" in window.windowTitle()
        window.set_scope(Wijk.get(Wijk.naam == "Keizerslanden").id, 2026)
        tab = window.ideeen_tab
        window.tabs.setCurrentWidget(tab)
        _settle(qtbot)
        tab.capture.setFocus()
        qtbot.keyClicks(QApplication.focusWidget(), "Speeltoestel via de server")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        _settle(qtbot)
        # A row of the table, clicked with the mouse, fills the detail pane from the server.
        view = tab.table
        index = view.model().index(0, 0)
        rect = view.visualRect(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        _settle(qtbot)
        assert view.selectionModel().selectedRows()
        # The Budget tab, chosen with the mouse on its tab: every amount (sums from the server) is shown.
        bar = window.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(window.tabs.indexOf(window.budget_tab)).center())
        _settle(qtbot)
        assert window.tabs.currentWidget() is window.budget_tab
        budget_tab = window.budget_tab
        for table in (budget_tab.grant_table, budget_tab.table):
            model = table.model()
            qtbot.waitUntil(lambda model=model: model.rowCount() > 0)
            shown = [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())]
            assert any(isinstance(v, str) and v.startswith("€") for v in shown)
    finally:
        window.close()
        close_database()
    with psycopg.connect(url) as conn:
        found = conn.execute("SELECT count(*) FROM idee WHERE titel = 'Speeltoestel via de server'").fetchone()[0]
    assert found == 1
    pg_cluster.drop_database(name)


def test_settings_refuse_a_password_and_keep_a_server_location(demo_window, dialogs, qtbot, tmp_path):
    from wijkdesk import paths
    from wijkdesk.views.settings_dialog import SettingsDialog

    settings = demo_window.context.settings
    typed = []

    def type_location(text):
        def fill(dialog):
            field = dialog.form.database
            dialog.form.tabs.setCurrentWidget(dialog.form.bestanden)
            dialog.activateWindow()
            field.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
            field.selectAll()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
            qtbot.keyClicks(QApplication.focusWidget(), text)
            assert field.text() == text
            dialog.form.server_bijlagen.setFocus()
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.server_bijlagen)
            dialog.form.server_bijlagen.clear()
            qtbot.keyClicks(QApplication.focusWidget(), str(tmp_path / "gedeeld"))
            ok = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            typed.append((dialog.result(), dialog.form.backups.text()))
            if dialog.result() == 0:
                dialog.reject()
        return fill

    dialogs.answer(SettingsDialog, type_location("postgresql://anna:Geheim1@db.gemeente.nl/wijkdesk"))
    demo_window.settings_action.trigger()
    assert typed[-1][0] == 0, "a URL with a password must not be accepted"
    assert "Geheim1" not in str(settings.value("database") or "")
    assert "Geheim1" not in " ".join(str(settings.value(k)) for k in settings.allKeys())

    dialogs.answer(SettingsDialog, type_location("postgresql://anna@db.gemeente.nl/wijkdesk"))
    demo_window.settings_action.trigger()
    assert typed[-1][0] == 1
    assert "server" in typed[-1][1]  # backups: the server's own, no folder
    assert settings.value("database") == "postgresql://anna@db.gemeente.nl/wijkdesk"
    assert paths.server_attachments_dir() == tmp_path / "gedeeld"
    paths.set_server_attachments_dir(None)

    from wijkdesk.views.app import chosen_database

    assert chosen_database(paths.default_database_path()) == "postgresql://anna@db.gemeente.nl/wijkdesk"


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_the_file_menu_of_a_server_window_offers_no_file_encryption(qtbot, pg_cluster, pg_demo_template, data_dir):
    """Versleutelen… on a server database asked a password, then did nothing and said nothing (there
    is no file to encrypt: the server has its own disk encryption), so the user believed the data safe.
    The Bestand menu, opened with the mouse, no longer offers it on a server."""
    from wijkdesk.store.database import close_database
    from wijkdesk.views import app

    url = pg_cluster.url(pg_cluster.create_database(template=pg_demo_template))
    original = app.apply_settings
    app.apply_settings = lambda settings: None
    try:
        window = app.create_main_window(url)
    finally:
        app.apply_settings = original
    try:
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        bar = window.menuBar()
        bestand = next(a for a in bar.actions() if a.text().replace("&", "") == "Bestand")
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(bestand).center())
        qtbot.waitUntil(lambda: bestand.menu().isVisible())
        shown = [a.objectName() for a in bestand.menu().actions() if a.isVisible()]
        assert len(shown) > 5  # the menu is really the file menu, open
        for name in ("versleutelen", "wachtwoord_wijzigen", "ontsleutelen"):
            assert name not in shown, shown
        bestand.menu().close()
    finally:
        window.close()
        close_database()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_a_refused_server_address_at_start_is_shown_in_a_window_without_the_password(qtbot, data_dir, capsys,
                                                                                      monkeypatch):
    """`wijkdesk --db postgresql://anna:p/ss@.../db` from a desktop shortcut: the refusal was only on
    stderr, so the user saw nothing at all. It is a dialog now (and still on stderr), never with the password."""
    from wijkdesk.cli import main
    from wijkdesk.commands import gui

    monkeypatch.setattr(gui, "has_display", lambda: True)
    monkeypatch.setattr(QMessageBox, "exec", REAL_MESSAGEBOX_EXEC)  # this dialog is expected and answered
    seen = {}

    def press_ok():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_ok)
            return
        seen["text"] = box.text()
        ok = box.button(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton, pos=ok.rect().center())

    QTimer.singleShot(20, press_ok)
    code = main(["gui", "--db", "postgresql://anna:Ge/heim99@127.0.0.1:1/wijkdesk"])
    err = capsys.readouterr().err
    assert code == 2
    assert "wachtwoord" in seen.get("text", "") and "pgpass" in seen["text"]
    assert "heim99" not in seen["text"] and "heim99" not in err
