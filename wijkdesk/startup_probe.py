"""Start-up measurement hook: with WIJKDESK_EXIT_WHEN_SHOWN=1 the program prints a marker line at the
main window's first paint and quits.

benchmarks/bench_startup.py starts the packaged program and `python -m wijkdesk` this way and times
the marker, so both are measured up to the same visible moment. Without the variable this does
nothing (one environment lookup).
"""
from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

ENV_VAR = "WIJKDESK_EXIT_WHEN_SHOWN"
MARKER = "WIJKDESK_MAIN_WINDOW_SHOWN"


def requested() -> bool:
    return os.environ.get(ENV_VAR, "") not in ("", "0")


def install(window, quit=None) -> None:
    """If requested: print MARKER once `window` (or a widget in it) is first painted, then quit Qt.

    `quit` replaces QApplication.quit (tests must not end the shared application's event loop).
    """
    if not requested():
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class FirstPaint(QObject):
        """Application-wide event filter that waits for the first paint inside the main window."""

        def __init__(self):
            super().__init__()
            self.seen = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if (not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                    and obj.window() is window):
                self.seen = True
                # After this paint has finished: the window is on screen (or in the offscreen buffer).
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            print(MARKER, flush=True)
            log.info("Opstarttijd-meting: hoofdvenster getoond, programma stopt")
            app.removeEventFilter(self)
            (quit or app.quit)()

    app = QApplication.instance()
    if app is None:
        print(f"{ENV_VAR}: geen QApplication", file=sys.stderr)
        return
    probe = FirstPaint()
    probe.setParent(app)  # lives as long as the application
    app.installEventFilter(probe)
