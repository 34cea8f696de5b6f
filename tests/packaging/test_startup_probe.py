"""wijkdesk/startup_probe.py: the marker the start-up benchmark waits for."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from wijkdesk import startup_probe


def _show_and_run(qapp, window, limit_ms=5000) -> bool:
    """Show `window`, run the event loop until the probe quits it (True) or the time limit (False)."""
    timed_out = {"hit": False}

    def give_up():
        timed_out["hit"] = True
        qapp.quit()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(limit_ms)
    window.show()
    qapp.exec()
    guard.stop()
    return not timed_out["hit"]


def test_marker_at_first_paint_then_quit(qapp, monkeypatch, capsys):
    monkeypatch.setenv(startup_probe.ENV_VAR, "1")
    window = QMainWindow()
    window.setCentralWidget(QLabel("hallo"))
    startup_probe.install(window)
    try:
        assert _show_and_run(qapp, window), "de probe stopte het programma niet"
    finally:
        window.close()
    assert capsys.readouterr().out.splitlines().count(startup_probe.MARKER) == 1


def test_nothing_happens_without_the_variable(qapp, monkeypatch, capsys):
    monkeypatch.delenv(startup_probe.ENV_VAR, raising=False)
    window = QMainWindow()
    startup_probe.install(window)
    try:
        assert not _show_and_run(qapp, window, limit_ms=300)  # ran until the guard stopped it
    finally:
        window.close()
    assert startup_probe.MARKER not in capsys.readouterr().out
