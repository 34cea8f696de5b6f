"""Work that may take longer than 0.1 s runs off the main thread and reports back by signal.

The one mechanism for every kind of background work: the budget figures in the status bar, the Excel
export and import (progress, Cancel), the AVG erase. A `BackgroundTask` runs its function on a thread
of its own (a long import never holds up the status bar's figures, as it would in a pool of two
threads on a two-core laptop), with its own SQLite connection (peewee keeps one per thread; WAL lets it
read while the window writes), closed when the work is done. The worker makes no UI calls: it only
emits signals, which Qt delivers on the main thread. Errors reach the user as one Dutch sentence; a
bug's traceback goes to the log.

    task = BackgroundTask(lambda progress, is_cancelled: work(...), parent)   # progress and Cancel
    run(lambda: query(...), on_done, receiver)                                 # a result, nothing more
"""
from __future__ import annotations

import contextlib
import errno
import logging
import threading
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal, Slot

from wijkdesk.exchange.progress import Cancelled
from wijkdesk.exchange.safe_file import TargetError
from wijkdesk.exchange.xlsx_reader import WorkbookError
from wijkdesk.services.database import close_thread_connection, thread_connection
from wijkdesk.services.errors import ServiceError
from wijkdesk.services.storage_errors import storage_error_message

log = logging.getLogger(__name__)

# Errors whose message is written for the user; anything else is a bug, logged with its traceback.
USER_ERRORS = (ServiceError, TargetError, WorkbookError)

# Tasks whose thread has not ended yet: kept here, so a task lives until its work is done even when
# nothing else holds it, and so that `wait()` and quitting can find every one of them.
_running: set["BackgroundTask"] = set()
_quit_hooked = False


class TaskWorker(QObject):
    """Calls `fn(progress=..., is_cancelled=...)` (or `fn()` for plain work) in a worker thread."""

    progress = Signal(int, int, str)  # done, total, what is being done
    succeeded = Signal(object)  # the result
    failed = Signal(str)  # a Dutch message
    cancelled = Signal()
    raised = Signal(object)  # the exception itself, before failed or cancelled (for callers that need its data)
    done = Signal()  # after any of the three above

    def __init__(self, fn: Callable, parent=None, plain: bool = False, connection: bool = True):
        super().__init__(parent)
        self._fn = fn
        self._plain = plain
        self._connection = connection
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            # Work done while the window's database is closed opens what it needs itself.
            with thread_connection() if self._connection else contextlib.nullcontext():
                result = self._fn() if self._plain else self._fn(progress=self.progress.emit,
                                                                  is_cancelled=self.is_cancelled)
        except Cancelled as exc:
            log.info("Achtergrondtaak afgebroken door de gebruiker")
            self.raised.emit(exc)
            self.cancelled.emit()
        except USER_ERRORS as exc:
            self.raised.emit(exc)
            self.failed.emit(str(exc))
        except OSError as exc:
            log.warning("Achtergrondtaak: %s", exc)
            self.raised.emit(exc)
            if exc.errno == errno.ENOSPC:  # the same words as the command line's, not the system's English
                self.failed.emit(self.tr("De schijf is vol: het bestand is niet geschreven. Maak ruimte vrij en "
                                         "probeer het opnieuw."))
            else:
                self.failed.emit(self.tr("Het bestand kan niet worden geschreven of gelezen: {0}").format(
                    exc.strerror or exc))
        except Exception as exc:  # a bug: the user gets a message, the log gets the traceback
            storage = storage_error_message(exc)  # ... unless SQLite says the disk is full or read-only
            log.log(logging.WARNING if storage else logging.ERROR, "Achtergrondtaak mislukt", exc_info=True)
            self.raised.emit(exc)
            self.failed.emit(self.tr("Niet opgeslagen: {0}").format(storage) if storage else
                             self.tr("Er ging iets mis. De details staan in het logboek (Help > Logboek openen)."))
        else:
            self.succeeded.emit(result)
        finally:
            if not self._connection:
                close_thread_connection()  # whatever the work opened in this thread
            # Back to the main thread before the end, so that it is deleted there (BackgroundTask):
            # destroyed in this thread, PySide takes the GIL inside Qt's connection lock, while the main
            # thread, holding the GIL, may wait for that same (pooled) lock in a connect or disconnect:
            # a deadlock, seen as a hung test in CI.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            self.done.emit()


class BackgroundTask(QObject):
    """A TaskWorker on its own QThread; the thread stops and both are cleaned up when the work ends.
    `plain`: the function takes no progress/is_cancelled arguments; `connection=False`: no connection
    to the window's database is opened for it (the work runs while that database is closed)."""

    def __init__(self, fn: Callable, parent=None, plain: bool = False, name: str = "wijkdesk-achtergrond",
                 connection: bool = True):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.worker = TaskWorker(fn, plain=plain, connection=connection)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        # Direct: quit() is thread-safe, and the main thread may be blocked in wait() for this very thread.
        self.worker.done.connect(self.thread.quit, Qt.ConnectionType.DirectConnection)
        self.finished = False
        self.thread.finished.connect(self._mark_finished)  # a slot of this main-thread object: queued

    @Slot()
    def _mark_finished(self) -> None:
        self.finished = True
        self.worker.deleteLater()  # on the main thread, where run() moved it back (see TaskWorker.run)
        # Let go of it after this slot has returned: a task nothing else holds is deleted then.
        QTimer.singleShot(0, lambda: _running.discard(self))

    def start(self) -> None:
        _hook_quit()
        _running.add(self)
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, ms: int = 30_000) -> bool:
        return self.thread.wait(ms)

    def stop(self) -> None:
        """Cancel and wait for the thread to end."""
        if not self.finished and self.thread.isRunning():
            self.cancel()
            self.thread.wait(30_000)


def _hook_quit() -> None:
    """Quitting while work runs: stop it (an export's temporary file goes) before Qt tears down."""
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(stop_all)
        _quit_hooked = True


def stop_all() -> None:
    for task in list(_running):
        task.stop()


class _Relay(QObject):
    """Lives on the main thread as a child of the receiver: delivers the result there, or not at all
    when the receiver (a tab) is gone by then."""

    def __init__(self, on_done, on_failed, parent):
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed

    @Slot(object)
    def deliver(self, result) -> None:
        self._on_done(result)
        self.deleteLater()

    @Slot(str)
    def fail(self, message: str) -> None:
        if self._on_failed is not None:
            self._on_failed(message)
        self.deleteLater()


def run(fn: Callable[[], object], on_done: Callable[[object], None], receiver: QObject,
        on_failed: Callable[[str], None] | None = None) -> BackgroundTask:
    """Run `fn()` in the background; `on_done(result)` or `on_failed(Dutch message)` runs on the main
    thread while `receiver` lives."""
    relay = _Relay(on_done, on_failed, receiver)
    task = BackgroundTask(fn, plain=True)
    task.worker.succeeded.connect(relay.deliver)
    task.worker.failed.connect(relay.fail)
    task.worker.cancelled.connect(relay.deleteLater)
    task.start()
    return task


def run_and_wait(parent, title: str, work: Callable, name: str = "wijkdesk-achtergrond",
                 connection: bool = True) -> tuple[object, BaseException | None]:
    """Run `work(progress=..., is_cancelled=...)` in the background behind a progress dialog with Cancel
    (shown only after a moment) and wait for it in a local event loop, the window staying painted;
    returns (result, the exception it raised or None). For work the caller cannot go on without, such as
    work done while the window's database is closed."""
    from PySide6.QtCore import QEventLoop

    from wijkdesk.views.excel.progress import DelayedProgress

    task = BackgroundTask(work, name=name, connection=connection)
    dialog = DelayedProgress(title, task.cancel, parent)
    outcome: dict = {"result": None, "error": None}
    direct = Qt.ConnectionType.DirectConnection  # stored in the worker thread, read after it ended
    task.worker.succeeded.connect(lambda result: outcome.__setitem__("result", result), direct)
    task.worker.raised.connect(lambda exc: outcome.__setitem__("error", exc), direct)
    task.worker.progress.connect(dialog.update_progress)
    loop = QEventLoop()
    task.thread.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    task.start()
    if not task.thread.isFinished():
        loop.exec()
    task.wait()
    dialog.finish()
    return outcome["result"], outcome["error"]


def wait(timeout_ms: int = 5000) -> bool:
    """Wait for every background task's thread to end (tests, benchmarks, the self-test); their results
    arrive on the main thread with the next events processed."""
    end = time.monotonic() + timeout_ms / 1000
    for task in list(_running):
        if not task.thread.wait(max(0, int((end - time.monotonic()) * 1000))):
            return False
    return True
