"""Run a long export or import off the main thread; report progress, result or a Dutch error by signal.

The worker makes no UI calls: it only emits signals, which Qt delivers on the main thread. It opens
its own database connection (SQLite connections belong to one thread) and closes it when done.
"""
from __future__ import annotations

import errno
import logging
import threading
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from wijkdesk.exchange.progress import Cancelled
from wijkdesk.exchange.safe_file import TargetError
from wijkdesk.exchange.xlsx_reader import WorkbookError
from wijkdesk.services.errors import ServiceError
from wijkdesk.services.database import thread_connection
from wijkdesk.services.storage_errors import storage_error_message

log = logging.getLogger(__name__)

# Errors whose message is written for the user; anything else is a bug, logged with its traceback.
USER_ERRORS = (ServiceError, TargetError, WorkbookError)


class TaskWorker(QObject):
    """Calls `fn(progress=..., is_cancelled=...)` in a worker thread."""

    progress = Signal(int, int, str)  # done, total, what is being done
    succeeded = Signal(object)  # the result
    failed = Signal(str)  # a Dutch message
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(self, fn: Callable, parent=None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check (thread-safe)."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            with thread_connection():
                result = self._fn(progress=self.progress.emit, is_cancelled=self.is_cancelled)
        except Cancelled:
            log.info("Achtergrondtaak afgebroken door de gebruiker")
            self.cancelled.emit()
        except USER_ERRORS as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            log.warning("Achtergrondtaak: %s", exc)
            if exc.errno == errno.ENOSPC:  # the same words as the command line's, not the system's English
                self.failed.emit(self.tr("De schijf is vol: het bestand is niet geschreven. Maak ruimte vrij en "
                                         "probeer het opnieuw."))
            else:
                self.failed.emit(self.tr("Het bestand kan niet worden geschreven of gelezen: {0}").format(
                    exc.strerror or exc))
        except Exception as exc:  # a bug: the user gets a message, the log gets the traceback
            storage = storage_error_message(exc)  # ... unless SQLite says the disk is full or read-only
            log.log(logging.WARNING if storage else logging.ERROR, "Achtergrondtaak mislukt", exc_info=True)
            self.failed.emit(self.tr("Niet opgeslagen: {0}").format(storage) if storage else
                             self.tr("Er ging iets mis. De details staan in het logboek (Help > Logboek openen)."))
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class BackgroundTask(QObject):
    """A TaskWorker on its own QThread; the thread stops and both are cleaned up when the work ends."""

    def __init__(self, fn: Callable, parent=None):
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("wijkdesk-excel")
        self.worker = TaskWorker(fn)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.done.connect(self.thread.quit)
        self.thread.finished.connect(self.worker.deleteLater)
        self.finished = False
        self.thread.finished.connect(self._mark_finished)
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting while an export runs: stop it (its temporary file goes) before Qt tears down.
            app.aboutToQuit.connect(self.stop)

    def _mark_finished(self) -> None:
        self.finished = True

    def start(self) -> None:
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
