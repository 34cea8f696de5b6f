"""What the tabs of one window share: the open database, the chosen wijk and year, the undo stack.

Tabs get this object instead of reaching for the main window: they read the scope, run their changes
through `change()` (service calls + undo command) and listen to `data_changed` to refresh what they show.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.services import audit, changes, database, instellingen, wijken
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.undo import ChangeCommand, ServiceCommand

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Shared state of the window: database path, wijk and year, undo stack, settings."""

    scope_changed = Signal()
    data_changed = Signal(object)  # frozenset of table names that changed
    error = Signal(str)  # a change could not be undone/redone: the message for the user
    # The money of the chosen wijk and year, computed off the main thread (a sum over every expense):
    # (wijk_id, jaar, has_budget, services.budget.BudgetOverzicht)
    overview_ready = Signal(object)

    def __init__(self, db_path: Path, settings: QSettings, parent=None):
        super().__init__(parent)
        # A file (Path), or a database on a server (its location text, never with a password).
        self.db_path = db_path if database.is_server_location(db_path) else Path(db_path)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self.wijk_id: int | None = None
        self.jaar: int | None = None
        self.readonly = False
        self.overview = None  # the last overview_ready payload for the current scope
        self.last_change: changes.Change | None = None  # the last change made through change()
        self._overview_request = 0
        self._overview_database = None  # the open database the last request was made for
        self.scope_changed.connect(self.refresh_overview)
        self.data_changed.connect(self._money_changed)

    # --- scope -------------------------------------------------------------------------------------

    def set_scope(self, wijk_id: int | None, jaar: int | None) -> None:
        if (wijk_id, jaar) != (self.wijk_id, self.jaar):
            self.wijk_id, self.jaar = wijk_id, jaar
            self.scope_changed.emit()

    # --- the budget overview, in the background -------------------------------------------------

    def refresh_overview(self) -> None:
        """Recompute budget/toegekend/uitgegeven/resterend of the scope; `overview_ready` reports it."""
        from wijkdesk.services import budget, database
        from wijkdesk.views import background

        self._overview_request += 1
        request, wijk_id, jaar = self._overview_request, self.wijk_id, self.jaar
        self._overview_database = database.current()
        if wijk_id is None or jaar is None:
            self._deliver_overview((request, wijk_id, jaar, False, budget.overview_for_budget(None)))
            return

        def work():
            found = budget.get_budget(wijk_id, jaar)
            return request, wijk_id, jaar, found is not None, budget.overview_for_budget(found)

        background.run(work, self._deliver_overview, self)

    def _deliver_overview(self, result) -> None:
        from wijkdesk.services import database

        request, *payload = result
        if request != self._overview_request:
            return  # the scope or the data changed meanwhile: a newer result is on its way
        if database.current() is not self._overview_database:
            # The database was closed (or another opened) while the figures were computed: showing them
            # reads more of that database (the year end), which would open its file again behind the
            # back of whoever closed it (a test's teardown met this as "unable to open database file").
            return
        self.overview = tuple(payload)
        self.overview_ready.emit(self.overview)

    def _money_changed(self, tables: frozenset) -> None:
        if tables & {"meedoenbudget", "toekenning", "uitgave", "overheveling"}:
            self.refresh_overview()

    # --- changes -----------------------------------------------------------------------------------

    def change(self, text: str, do: Callable[[], object], versies: dict | None = None):
        """Run `do()` (service calls) as one change; if it changed anything, make it undoable.

        Returns `do()`'s result. A ServiceError (ValidationError, OverrideRequired, InUseError...)
        propagates to the caller, who shows it; then nothing was changed and nothing is pushed.
        `versies`: {(model name, id): version} of the rows the user started editing from (a pane or a
        dialog); a row another user changed since is refused with a ConflictError (services.changes).
        `last_change` is the last change pushed, so a pane can go on from the version it left.
        """
        self._refuse_if_readonly()
        with changes.change(text, versies=versies) as made:
            result = do()
        self.push(made)
        return result

    def run(self, text: str, do: Callable[[], object], undo: Callable[[], object], tables: Iterable[str],
            redo: Callable[[], object] | None = None):
        """A step that cannot be one change (the AVG erasure rewrites the file): its own undo service.

        Everything that is one transaction goes through `change()` instead.
        """
        self._refuse_if_readonly()
        result = do()
        command = ServiceCommand(text, redo or do, undo, tables, self.notify, self.error.emit)
        self.undo_stack.push(command)
        self.notify(command.tables)
        return result

    def push(self, made: changes.Change) -> None:
        """Put a finished change (made here or by a background import) on the undo stack and refresh."""
        if made.empty:
            return
        self.last_change = made
        self.undo_stack.push(ChangeCommand(made, self.notify, self.error.emit))
        self.notify(made.tables)

    def _refuse_if_readonly(self) -> None:
        if self.readonly:
            raise ServiceError(self.readonly_message())

    def readonly_reason(self) -> str:
        """Why this window may not write: another WijkDesk has the database, or the folder or file is
        read-only (a write-protected stick, a shared folder). The advice differs, so the words do."""
        if os.access(self.db_path.parent, os.W_OK) and os.access(self.db_path, os.W_OK):
            return QCoreApplication.translate("AppContext", "een andere WijkDesk werkt erin")
        return QCoreApplication.translate("AppContext", "WijkDesk mag niet schrijven in de map of het bestand")

    def readonly_message(self, what: str | None = None) -> str:
        """The refusal of a change in a read-only window, with what to do about it."""
        locked = os.access(self.db_path.parent, os.W_OK) and os.access(self.db_path, os.W_OK)
        advice = (QCoreApplication.translate("AppContext", "Sluit de andere WijkDesk en open de database opnieuw om "
                                             "te wijzigen.") if locked else
                  QCoreApplication.translate("AppContext", "Kopieer de database naar een map waarin u mag schrijven "
                                             "en open hem daar om te wijzigen."))
        return QCoreApplication.translate(
            "AppContext", "De database is alleen-lezen geopend ({reason}): er kan niets worden {what}. {advice}"
        ).format(reason=self.readonly_reason(), what=what or QCoreApplication.translate("AppContext", "gewijzigd"),
                 advice=advice)

    def notify(self, tables: Iterable[str]) -> None:
        self.data_changed.emit(frozenset(tables))

    # --- settings ----------------------------------------------------------------------------------

    def budget_rules(self) -> BudgetRules:
        """The spending rules in force for the chosen wijk and year (kept in the database)."""
        return instellingen.budget_rules(self.wijk_id, self.jaar)

    def set_budget_rules(self, rules: BudgetRules, wijk_id=None, jaar=None) -> None:
        """Store the rules for every wijk, one wijk, or one wijk in one year: an undoable change."""
        where = (QCoreApplication.translate("AppContext", "alle wijken") if wijk_id is None else
                 wijken.get_wijk(wijk_id).naam + (f" {jaar}" if jaar is not None else ""))
        self.change(QCoreApplication.translate("AppContext", "Budgetregels voor {0}").format(where),
                    lambda: instellingen.set_budget_rules(rules, wijk_id, jaar))

    def adopt_rules_from_settings(self) -> None:
        """Rules an older WijkDesk kept in this computer's settings move into the database, once."""
        raw = self.settings.value("budgetregels", "")
        if not raw or self.readonly:
            return
        try:
            rules = BudgetRules.from_dict(json.loads(raw))
        except (TypeError, ValueError):
            log.warning("Budgetregels in de instellingen zijn onleesbaar; niet overgenomen")
            rules = None
        if rules is not None and instellingen.where_set("budgetregels") == "standaard":
            with audit.reason("overgenomen uit de instellingen van deze computer"):
                instellingen.set_budget_rules(rules)
        self.settings.remove("budgetregels")
