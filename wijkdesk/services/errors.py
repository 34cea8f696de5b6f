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
