"""One writer per database: a QLockFile `<db>.lock` beside the file.

QLockFile writes pid, program and host into the lock file and, on the same host, treats a lock whose
process no longer runs as stale, so a lock left by a crash is recovered at once. The stale *time* is
set to 0 (never stale by age): Qt's default of 30 s would let a second WijkDesk steal the lock of a
first one that has simply been open for a minute, because QLockFile does not refresh the file.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from wijkdesk.store.errors import DatabaseLockedError

log = logging.getLogger(__name__)


def lock_path_for(db_path: Path) -> Path:
    """`wijkdesk.db` -> `wijkdesk.db.lock`, in the same folder."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as the lock file says."""

    pid: int
    host: str
    app: str


class DatabaseLock:
    """The lock of one database file; `acquire()` raises DatabaseLockedError naming the holder."""

    def __init__(self, db_path: Path):
        from PySide6.QtCore import QLockFile

        self.db_path = Path(db_path)
        self.path = lock_path_for(self.db_path)
        self._qlock = QLockFile(str(self.path))
        self._qlock.setStaleLockTime(0)

    def holder(self) -> LockHolder | None:
        """The process that holds the lock file, or None when there is no (readable) lock file."""
        try:
            info = self._qlock.getLockInfo()
        except Exception:  # an unreadable lock file: treat as unknown holder
            return None
        # PySide6 returns (pid, host, app); older bindings prepended a success flag.
        if len(info) == 4:
            ok, pid, host, app = info
            if not ok:
                return None
        else:
            pid, host, app = info
        if not pid:
            return None
        return LockHolder(int(pid), str(host), str(app))

    def acquire(self) -> None:
        """Take the lock now (no waiting); a stale lock of a crashed process is removed first."""
        from PySide6.QtCore import QLockFile

        if self._qlock.isLocked():
            return
        if self._qlock.tryLock(0):
            log.info("Slot genomen: %s", self.path)
            return
        error = self._qlock.error()
        if error == QLockFile.LockError.LockFailedError:
            holder = self.holder()
            raise DatabaseLockedError(locked_message(self.db_path, holder), self.db_path,
                                      pid=holder.pid if holder else None,
                                      host=holder.host if holder else "",
                                      app=holder.app if holder else "")
        # PermissionError / UnknownError: a read-only folder or medium. Writing is not possible
        # safely, so offer the same choice as a held lock: read-only or quit.
        raise DatabaseLockedError(
            f"WijkDesk kan geen slotbestand maken naast de database ({self.path}): de map is "
            "alleen-lezen of niet bereikbaar. U kunt de database alleen-lezen openen, of hem naar een "
            "map kopiëren waarin u mag schrijven.",
            self.db_path,
        )

    def release(self) -> None:
        if self._qlock.isLocked():
            self._qlock.unlock()
            log.info("Slot vrijgegeven: %s", self.path)

    @property
    def is_held(self) -> bool:
        return self._qlock.isLocked()

    def __enter__(self) -> "DatabaseLock":
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def locked_message(db_path: Path, holder: LockHolder | None) -> str:
    """The Dutch message for a database that another WijkDesk has open."""
    if holder is None:
        who = "een ander programma (onbekend welk)"
    else:
        who = f"proces {holder.pid} ({holder.app or 'onbekend programma'}) op computer {holder.host or 'onbekend'}"
    return (
        f"De database {db_path} is al geopend door {who}. Er mag maar één WijkDesk tegelijk in een "
        "database schrijven. Sluit WijkDesk daar eerst af, of open de database alleen-lezen. "
        "Is WijkDesk op die computer vastgelopen, start hem daar dan opnieuw en sluit hem netjes af: "
        "dan wordt het slot opgeruimd."
    )
