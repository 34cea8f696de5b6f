"""The window starts, is used, switches language and closes without a traceback at exit (a wave-2 review
found 'RuntimeError: Internal C++ object (QAction) already deleted' from main_window.py as the program
ended: the toolbar's undo/redo followed the menu's actions through a lambda that outlived them).

Run in a child process, as the program really ends: the interpreter's own teardown is where such
errors show, after every test fixture of this process would have cleaned up."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

DRIVER = textwrap.dedent('''
    import sys
    from pathlib import Path

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from wijkdesk.services import ideeen
    from wijkdesk.views import app

    db_path = Path(sys.argv[1])
    qapp = app.application()
    window = app.create_main_window(db_path, demo=True)
    window.show()
    holder = {"window": window}

    def typed_idea(title):
        current = holder["window"]
        current.context.change("Idee " + title, lambda: ideeen.create_idee(current.context.wijk_id, title))

    def steps():
        typed_idea("Bankje")
        new = app.rebuild_window(holder["window"], "en", db_path)  # the old window and its actions go
        holder["window"] = new
        QTimer.singleShot(50, lambda: typed_idea("Boom"))
        QTimer.singleShot(100, lambda: QTest.keyClick(new, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
        QTimer.singleShot(150, lambda: QTest.keyClick(new, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier))

    QTimer.singleShot(100, steps)
    QTimer.singleShot(20_000, lambda: qapp.exit(3))  # never hang the test; exit code 3: Ctrl+Q did not quit
    code = qapp.exec()
    from wijkdesk.store.database import close_database
    close_database()
    print("AFGESLOTEN", code, flush=True)
''')


def test_start_use_switch_language_and_quit_without_a_traceback(demo_db_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", DRIVER, str(demo_db_path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "AFGESLOTEN 0" in done.stdout, (done.stdout[-2000:], done.stderr[-3000:])
    for bad in ("already deleted", "Traceback", "Exception ignored"):
        assert bad not in done.stderr, done.stderr[-3000:]
