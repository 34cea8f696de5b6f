"""Work that may take longer than 0.1 s runs off the main thread and reports back by signal.

The worker makes no UI calls: it runs a function (a service query) and its result is delivered to
`on_done` on the main thread. Each worker thread has its own SQLite connection (peewee keeps one per
thread; WAL lets it read while the window writes), closed when the work is done.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal, Slot

log = logging.getLogger(__name__)


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], object], bridge: _Bridge):
        super().__init__()
        self._fn = fn
        self._bridge = bridge  # kept alive by the task until it has reported

    def run(self) -> None:
        from wijkdesk.services.database import close_thread_connection

        try:
            result = self._fn()
        except Exception as exc:  # reported to the main thread, which logs it
            log.exception("Achtergrondtaak mislukt")
            self._bridge.failed.emit(str(exc))
        else:
            self._bridge.done.emit(result)
        finally:
            close_thread_connection()  # this thread's connection only


def pool() -> QThreadPool:
    return QThreadPool.globalInstance()


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
        on_failed: Callable[[str], None] | None = None) -> None:
    """Run `fn()` in a worker thread; `on_done(result)` runs on the main thread while `receiver` lives."""
    relay = _Relay(on_done, on_failed, receiver)
    bridge = _Bridge()
    bridge.done.connect(relay.deliver, Qt.ConnectionType.QueuedConnection)
    bridge.failed.connect(relay.fail, Qt.ConnectionType.QueuedConnection)
    pool().start(_Task(fn, bridge))


def wait(timeout_ms: int = 5000) -> bool:
    """Wait for every background task (tests and benchmarks)."""
    return pool().waitForDone(timeout_ms)
