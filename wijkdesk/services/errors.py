"""Errors the services raise; each carries a Dutch message fit to show a user as it is."""
from __future__ import annotations


class ServiceError(Exception):
    """A request the services refuse; nothing was changed."""


class ValidationError(ServiceError):
    """Invalid input. `field` names the field (as the model names it) so a form can mark it."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(ServiceError):
    """The row asked for does not exist (any more)."""


class InUseError(ServiceError):
    """A delete refused because other rows refer to this one; the message says which."""


class OverrideRequired(ServiceError):
    """A budget rule would be broken; repeat with an override reason to go ahead (it is logged)."""

    def __init__(self, message: str, field: str = "bedrag_cents"):
        super().__init__(message)
        self.field = field
        self.message = message


class ConflictError(ServiceError):
    """Someone else changed (or removed) the row since this user started editing it; nothing was saved.

    The message names who and when (from the audit log). `model_name`/`row_id` say which row, so a
    window can show it fresh; `door`/`op` are the other user's name and the time of the change.
    """

    def __init__(self, message: str, model_name: str = "", row_id: int | None = None, door: str = "",
                 op=None, tabel: str = "", versie: int | None = None):
        super().__init__(message)
        self.message = message
        self.model_name = model_name
        self.row_id = row_id
        self.door = door
        self.op = op
        self.tabel = tabel  # the table, for a window's refresh
        self.versie = versie  # the version the row has now (None: removed)
        self.handled = False  # set by a window that already showed the message and the fresh row
