"""Undo and redo for every change: commands that act through the services and carry their own text.

A change is made once, right away, through a service (which validates it and writes the audit log).
Only when that succeeded is a command pushed on the QUndoStack, so a refused change leaves no step to
undo. Undo and redo call services again (delete what was created, restore a snapshot, repeat the
change). If one of them is refused now (someone added an expense to the grant in between), the user
is told why and the command leaves the stack, so the stack never claims a state the data is not in.
"""
from __future__ import annotations

import logging
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wijkdesk.services.errors import ServiceError

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """One change of the data: `redo_fn` does it again, `undo_fn` takes it back."""

    def __init__(self, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 tables: Iterable[str], notify: Callable[[frozenset], None], report: Callable[[str], None]):
        super().__init__(text)
        self._redo_fn = redo_fn
        self._undo_fn = undo_fn
        self.tables = frozenset(tables)
        self._notify = notify
        self._report = report
        self._skip_first_redo = True  # the change was already made before the push

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._redo_fn, QCoreApplication.translate("undo", "Opnieuw uitvoeren lukt niet"))

    def undo(self) -> None:
        self._guarded(self._undo_fn, QCoreApplication.translate("undo", "Ongedaan maken lukt niet"))

    def _guarded(self, fn: Callable[[], object], title: str) -> None:
        try:
            fn()
        except ServiceError as exc:
            log.warning("%s: %s (%s)", title, exc, self.text())
            self.setObsolete(True)
            self._report(f"{title}: {self.text()}\n\n{exc}")
        finally:
            self._notify(self.tables)
