"""One writer per database: a QLockFile `<db>.lock` beside the file.

QLockFile writes pid, program and host into the lock file and, on the same host, treats a lock whose
process no longer runs as stale, so a lock left by a crash is recovered at once. The stale *time* is
set to 0 (never stale by age): Qt's default of 30 s would let a second WijkDesk steal the lock of a
first one that has simply been open for a minute, because QLockFile does not refresh the file.

Two leftovers Qt cannot judge: a lock file that is empty or garbage (a power cut while it was being
written), and one naming a process that runs but is not the WijkDesk that wrote it (the number was
reused after a restart). Neither is removed without the user's word: the window asks ("Slot
opheffen"), the command line wants `--ontgrendel`. Before that is offered, the lock is tested: the
WijkDesk that holds a lock also holds an operating-system lock on the file (QLockFile takes one), so
when that can be taken, nobody holds it. Removing uses QLockFile's own removeStaleLockFile, which
again refuses a file another process holds.
"""
from __future__ import annotations

import errno
import logging
import os
import socket
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

    def acquire(self, break_stale: bool | None = None) -> None:
        """Take the lock now (no waiting); a stale lock of a crashed process is removed first.

        `break_stale` also removes a left-over lock Qt cannot judge (see the module text); None takes
        the command line's `--ontgrendel` (`allow_breaking_stale_locks`).
        """
        from PySide6.QtCore import QLockFile

        if break_stale is None:
            break_stale = _break_stale_default
        if self._qlock.isLocked():
            return
        if self._qlock.tryLock(0):
            log.info("Slot genomen: %s", self.path)
            return
        error = self._qlock.error()
        if error == QLockFile.LockError.LockFailedError:
            holder = self.holder()
            stale = self.is_left_over(holder)
            if stale and break_stale and self._qlock.removeStaleLockFile() and self._qlock.tryLock(0):
                log.warning("Achtergebleven slot opgeheven op verzoek van de gebruiker: %s (%s)",
                            self.path, holder)
                return
            message = stale_message(self.db_path, holder) if stale else locked_message(self.db_path, holder)
            raise DatabaseLockedError(message, self.db_path,
                                      pid=holder.pid if holder else None,
                                      host=holder.host if holder else "",
                                      app=holder.app if holder else "", stale=stale)
        # PermissionError / UnknownError: a read-only folder or medium. Writing is not possible
        # safely, so offer the same choice as a held lock: read-only or quit.
        raise DatabaseLockedError(
            f"WijkDesk kan geen slotbestand maken naast de database ({self.path}): de map is "
            "alleen-lezen of niet bereikbaar. U kunt de database alleen-lezen openen, of hem naar een "
            "map kopiëren waarin u mag schrijven.",
            self.db_path,
        )

    def is_left_over(self, holder: LockHolder | None) -> bool:
        """True when the lock file exists but no live process holds it (see the module text).

        A lock of another computer is never called left over: only that computer can tell.
        """
        if holder is not None and holder.host not in _this_host_names():
            return False
        held = _held_by_a_process(self.path)
        if held is None:  # no way to tell here (Windows): only an unreadable file may be removed
            return holder is None
        return not held

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


_break_stale_default = False


def allow_breaking_stale_locks(allow: bool) -> None:
    """The command line's `--ontgrendel`: let every open in this process remove a left-over lock."""
    global _break_stale_default
    _break_stale_default = bool(allow)


def _this_host_names() -> set[str]:
    from PySide6.QtCore import QSysInfo

    return {socket.gethostname(), QSysInfo.machineHostName()}


def _held_by_a_process(path: Path) -> bool | None:
    """Does a live process hold an operating-system lock on the lock file? None when we cannot tell."""
    try:
        import fcntl
    except ImportError:  # Windows: Qt keeps the file open there, so removing it fails while held
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return True if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES) else None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def stale_message(db_path: Path, holder: LockHolder | None) -> str:
    """The Dutch message for a lock file that no running WijkDesk holds."""
    if holder is None:
        what = "Het slotbestand is leeg of onleesbaar, bijvoorbeeld na een stroomstoring."
    else:
        what = (f"Het slotbestand noemt proces {holder.pid} ({holder.app or 'onbekend programma'}), "
                "maar dat proces houdt het slot niet vast: het is geen WijkDesk (meer), bijvoorbeeld "
                "omdat de computer opnieuw is opgestart.")
    return (
        f"De database {db_path} lijkt in gebruik: er staat een slotbestand naast ({lock_path_for(db_path)}). "
        f"{what} Weet u zeker dat WijkDesk nergens anders (ook niet op een andere computer) deze database "
        "open heeft, hef het slot dan op: kies 'Slot opheffen' in het venster, of geef op de "
        "opdrachtregel dezelfde opdracht nog eens met --ontgrendel erachter. "
        "De database zelf is niet gewijzigd."
    )


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
