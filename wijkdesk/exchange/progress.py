"""Progress reporting and cancelling for long exports and imports, without any Qt."""
from __future__ import annotations

import time
from typing import Callable

ProgressCallback = Callable[[int, int, str], None]  # (done, total, what is being done)
CancelCheck = Callable[[], bool]

# Cancel is looked at this often while work runs, however long one step takes: a user who presses
# Cancel waits at most about this long, and no step count can let the work run on to the end.
CHECK_SECONDS = 0.05


class Cancelled(Exception):
    """The user pressed Cancel; the work was undone (no file written, nothing imported)."""


class Progress:
    """Counts work done, reports every `every` steps (or 0.1 s) and raises `Cancelled` when asked to stop."""

    def __init__(self, total: int, callback: ProgressCallback | None = None,
                 is_cancelled: CancelCheck | None = None, every: int = 500):
        self.total = max(int(total), 1)
        self.done = 0
        self.label = ""
        self._callback = callback
        self._is_cancelled = is_cancelled
        self._every = every
        self._next = every
        self._next_check = time.monotonic() + CHECK_SECONDS

    def restart(self, total: int) -> None:
        """A second stage with its own total (reading, then writing)."""
        self.total = max(int(total), 1)
        self.done = 0
        self._next = self._every

    def phase(self, label: str) -> None:
        """A new part of the work starts (shown to the user); also a point to cancel."""
        self.label = label
        self._report()

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.done >= self._next:
            self._next = self.done + self._every
            self._report()
        elif time.monotonic() >= self._next_check:
            self._report()

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop (cheap enough to call for every row)."""
        self._next_check = time.monotonic() + CHECK_SECONDS
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled("Afgebroken op verzoek van de gebruiker.")

    def _report(self) -> None:
        self.check()
        if self._callback is not None:
            self._callback(min(self.done, self.total), self.total, self.label)

    def finish(self, label: str = "Klaar") -> None:
        self.done = self.total
        self.label = label
        if self._callback is not None:
            self._callback(self.total, self.total, label)
