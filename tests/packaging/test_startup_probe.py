"""wijkdesk/startup_probe.py: the marker the start-up benchmark waits for."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from wijkdesk import startup_probe


def test_marker_at_first_paint_then_quit(qtbot, monkeypatch, capsys):
    monkeypatch.setenv(startup_probe.ENV_VAR, "1")
    quits = []
    window = QMainWindow()
    window.setCentralWidget(QLabel("hallo"))
    qtbot.addWidget(window)
    startup_probe.install(window, quit=lambda: quits.append(True))
    assert capsys.readouterr().out == ""  # nothing before the window is painted
    window.show()
    qtbot.waitUntil(lambda: quits == [True], timeout=5000)
    window.repaint()  # a second paint, at once: no second marker, no second quit
    assert capsys.readouterr().out.splitlines().count(startup_probe.MARKER) == 1
    assert quits == [True]


def test_nothing_happens_without_the_variable(qtbot, monkeypatch, capsys):
    monkeypatch.delenv(startup_probe.ENV_VAR, raising=False)
    quits = []
    window = QMainWindow()
    qtbot.addWidget(window)
    startup_probe.install(window, quit=lambda: quits.append(True))
    window.show()
    qtbot.waitExposed(window)
    window.repaint()  # painted: the moment the probe would act
    assert quits == [] and startup_probe.MARKER not in capsys.readouterr().out
