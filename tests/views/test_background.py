"""views/background.py, the one mechanism for background work: results and Dutch errors arrive on the
main thread, progress and Cancel reach the caller, a gone receiver gets nothing, wait() waits."""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject

from wijkdesk.exchange.progress import Cancelled
from wijkdesk.services.errors import ServiceError
from wijkdesk.views import background


def test_run_delivers_the_result_on_the_main_thread(qtbot, db):
    receiver = QObject()
    got = []
    background.run(lambda: threading.get_ident(), lambda r: got.append((r, threading.get_ident())), receiver)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    worker_thread, delivered_on = got[0]
    assert worker_thread != threading.main_thread().ident, "the work ran on another thread"
    assert delivered_on == threading.main_thread().ident, "the result arrived on the main thread"


def test_a_user_error_keeps_its_message_and_a_bug_gets_a_dutch_sentence_and_a_logged_traceback(qtbot, db, caplog):
    receiver = QObject()
    failed = []

    def refused():
        raise ServiceError("Dit mag niet: kies eerst een wijk.")

    def bug():
        raise KeyError("intern")

    background.run(refused, lambda r: failed.append(("done", r)), receiver, failed.append)
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=5000)
    assert failed[0] == "Dit mag niet: kies eerst een wijk."
    with caplog.at_level(logging.ERROR, logger="wijkdesk.views.background"):
        background.run(bug, lambda r: failed.append(("done", r)), receiver, failed.append)
        qtbot.waitUntil(lambda: len(failed) == 2, timeout=5000)
    assert "Er ging iets mis" in failed[1] and "intern" not in failed[1]
    assert any(record.exc_info and record.exc_info[0] is KeyError for record in caplog.records)


def test_a_receiver_that_is_gone_gets_nothing(qtbot, db):
    receiver = QObject()
    release = threading.Event()
    got = []
    background.run(lambda: release.wait(5) and "klaar", got.append, receiver)
    receiver.deleteLater()
    qtbot.wait(20)  # the receiver is deleted before the work ends
    release.set()
    assert background.wait(5000)
    qtbot.wait(50)
    assert got == []


def test_progress_and_cancel_reach_the_caller_and_wait_waits(qtbot, db):
    started = threading.Event()

    def work(progress, is_cancelled):
        progress(1, 10, "eerste stap")
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.01)
        raise Cancelled()

    task = background.BackgroundTask(work)
    steps, ends = [], []
    task.worker.progress.connect(lambda done, total, label: steps.append((done, total, label)))
    task.worker.cancelled.connect(lambda: ends.append("afgebroken"))
    task.worker.succeeded.connect(lambda r: ends.append("gelukt"))
    task.start()
    assert started.wait(5)
    assert not background.wait(50), "still running: wait() must not claim it ended"
    task.cancel()
    assert background.wait(5000)
    qtbot.waitUntil(lambda: bool(ends), timeout=5000)
    assert steps == [(1, 10, "eerste stap")] and ends == ["afgebroken"]


def test_run_and_wait_returns_the_result_or_the_exception_with_its_data(qtbot, db):
    class Conflicts(ServiceError):
        def __init__(self, lines):
            super().__init__("Er zijn conflicten.")
            self.lines = lines

    def work(progress, is_cancelled):
        progress(1, 2, "half")
        return 42

    def conflicting(progress, is_cancelled):
        raise Conflicts(["regel 1"])

    assert background.run_and_wait(None, "Rekenen", work) == (42, None)
    result, error = background.run_and_wait(None, "Rekenen", conflicting, connection=False)
    assert result is None and isinstance(error, Conflicts) and error.lines == ["regel 1"]
