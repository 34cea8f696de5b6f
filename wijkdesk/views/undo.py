"""Undo and redo for every change: one QUndoCommand per service change, carrying the change's own text.

A change is made once, right away, inside `services.changes.change()` (which validates, writes the
audit log and remembers every row's before- and after-image). Only when it succeeded and changed
something is a command pushed, so a refused change leaves no step to undo. Undo and redo are the
services `changes.undo` / `changes.redo`: one transaction each, audited. If one of them is refused now
(the data moved on, or the money rules object), the user is told why and the command leaves the
stack, so the stack never claims a state the data is not in.
"""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from wijkdesk.services import changes
from wijkdesk.services.errors import ServiceError

log = logging.getLogger(__name__)


class ChangeCommand(QUndoCommand):
    """One change of the data on the undo stack; the window refreshes the tables it touched."""

    def __init__(self, change: changes.Change, notify: Callable[[frozenset], None], report: Callable[[str], None]):
        super().__init__(change.text)
        self.change = change
        self.tables = change.tables
        self._notify = notify
        self._report = report
        self._skip_first_redo = True  # the change was already made before the push

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(changes.redo, QCoreApplication.translate("undo", "Opnieuw uitvoeren lukt niet"))

    def undo(self) -> None:
        self._guarded(changes.undo, QCoreApplication.translate("undo", "Ongedaan maken lukt niet"))

    def _guarded(self, step: Callable[[changes.Change], None], title: str) -> None:
        try:
            step(self.change)
        except ServiceError as exc:
            log.warning("%s: %s (%s)", title, exc, self.text())
            self.setObsolete(True)
            self._report(f"{title}: {self.text()}\n\n{exc}")
        finally:
            self._notify(self.tables)


class ServiceCommand(QUndoCommand):
    """An undoable step that cannot be one change: `redo_fn` does it again, `undo_fn` takes it back.

    Only for work outside one transaction, such as the AVG erasure (services.wissen), which rewrites the
    database file and its backups and has its own undo service. Everything else is a ChangeCommand.
    """

    def __init__(self, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 tables, notify: Callable[[frozenset], None], report: Callable[[str], None]):
        super().__init__(text)
        self._redo_fn = redo_fn
        self._undo_fn = undo_fn
        self.tables = frozenset(tables)
        self._notify = notify
        self._report = report
        self._skip_first_redo = True  # the step was already made before the push

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
