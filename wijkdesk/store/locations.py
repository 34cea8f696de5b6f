"""Is a database path in a risky place: a cloud-sync folder or a network share?

SQLite needs a local disk: a sync client (OneDrive, Dropbox, ...) copies the file while WijkDesk writes
in it, or makes conflict copies when two laptops change it, and network file systems do not keep
SQLite's locks reliably. Both have corrupted live SQLite files of other programs (Joplin, Qiqqa,
MoneyManagerEx). We only warn: the user may have good reasons.

Everything platform-specific takes its input as parameters (the path as a string, the platform, the
Windows drive type, the text of /proc/mounts), so the Windows rules are tested on Linux too.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Mapping

log = logging.getLogger(__name__)

# Windows GetDriveTypeW: DRIVE_REMOTE is a mapped network drive.
DRIVE_REMOTE = 4

# File system types in /proc/mounts that live on another machine (or in a cloud behind FUSE).
NETWORK_FSTYPES = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs", "lustre", "gpfs",
    "beegfs", "9p", "davfs", "fuse.davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.gcsfuse",
    "fuse.s3fs", "fuse.onedriver", "fuse.google-drive-ocamlfuse",
}
# Environment variables the OneDrive client sets to its folders (renamed folders included).
ONEDRIVE_ENV = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def cloud_service_in_path(parts: list[str]) -> str | None:
    """The sync service whose folder name appears in the path's parts, or None."""
    for part in parts:
        name = part.casefold()
        if name == "onedrive" or name.startswith(("onedrive - ", "onedrive-")):
            return "OneDrive"
        if name == "dropbox" or name.startswith(("dropbox (", "dropbox-")):
            return "Dropbox"
        if name in ("google drive", "googledrive", "my drive", "mijn drive", "gedeelde drives",
                    "shared drives") or name.startswith("googledrive-"):
            return "Google Drive"
        if name in ("icloud drive", "iclouddrive", "mobile documents", "com~apple~clouddocs"):
            return "iCloud"
        if name == "nextcloud" or name.startswith("nextcloud-"):
            return "Nextcloud"
        if name == "owncloud" or name.startswith("owncloud-"):
            return "ownCloud"
    return None


def _pure(path: str | os.PathLike, platform: str) -> PurePath:
    return PureWindowsPath(str(path)) if platform == "win32" else PurePosixPath(str(path))


def _is_under(path: PurePath, folder: PurePath) -> bool:
    if isinstance(path, PureWindowsPath):
        path, folder = PureWindowsPath(str(path).casefold()), PureWindowsPath(str(folder).casefold())
    return path == folder or folder in path.parents


def is_unc_path(path: str) -> bool:
    """`\\\\server\\share\\...` (or `//server/share`), but not the local `\\\\?\\C:\\` form."""
    text = str(path).replace("/", "\\")
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        return text[4:].upper().startswith("UNC\\")
    return text.startswith("\\\\")


def windows_drive_type(path: str) -> int | None:
    """GetDriveTypeW of the path's drive on Windows; None elsewhere or when unknown."""
    if sys.platform != "win32":
        return None
    drive = PureWindowsPath(path).drive
    if not drive or len(drive) != 2:
        return None
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\"))


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash as octal escapes (\\040 ...)."""
    out, i = [], 0
    while i < len(field):
        octal = field[i + 1:i + 4]
        if field[i] == "\\" and len(octal) == 3 and all(c in "01234567" for c in octal):
            out.append(chr(int(octal, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def network_mount_type(path: str, mounts_text: str) -> str | None:
    """The network file system type of the mount that holds `path` (per /proc/mounts), or None."""
    target = PurePosixPath(path)
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fstype = PurePosixPath(_unescape_mount(fields[1])), fields[2]
        if target == mount_point or mount_point in target.parents:
            depth = len(mount_point.parts)
            if best is None or depth >= best[0]:
                best = (depth, fstype)
    if best and best[1] in NETWORK_FSTYPES:
        return best[1]
    return None


def _read_proc_mounts() -> str | None:
    try:
        return Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


def _resolved(path: Path) -> str:
    """The real path (symlinks followed), also when the file does not exist yet."""
    try:
        return str(Path(path).resolve())
    except OSError:
        return os.path.abspath(path)


def location_warning(path: str | os.PathLike, *, platform: str | None = None,
                     drive_type: int | None = None, mounts_text: str | None = None,
                     env: Mapping[str, str] | None = None) -> str | None:
    """A Dutch warning when `path` lies in a cloud-sync folder or on a network share, else None.

    Without the keyword arguments the running system is asked; tests pass them in.
    """
    testing = platform is not None
    platform = platform or sys.platform
    text = str(path) if testing else _resolved(Path(path))
    pure = _pure(text, platform)
    env = os.environ if env is None else env

    service = cloud_service_in_path(list(pure.parts))
    if service is None and platform == "win32":
        for var in ONEDRIVE_ENV:
            folder = env.get(var)
            if folder and _is_under(pure, PureWindowsPath(folder)):
                service = "OneDrive"
                break
    if service:
        return cloud_warning(text, service)

    if platform == "win32":
        if is_unc_path(text):
            return network_warning(text)
        if drive_type is None and not testing:
            drive_type = windows_drive_type(text)
        if drive_type == DRIVE_REMOTE:
            return network_warning(text, f"netwerkschijf {pure.drive}")
    elif platform.startswith("linux"):
        if mounts_text is None and not testing:
            mounts_text = _read_proc_mounts()
        fstype = network_mount_type(text, mounts_text or "")
        if fstype:
            if fstype.startswith("fuse.") and fstype not in ("fuse.sshfs", "fuse.davfs"):
                return cloud_warning(text, fstype.removeprefix("fuse."))
            return network_warning(text, f"netwerkschijf ({fstype})")
    return None


_ADVICE = (
    "Zet de database liever in de standaardmap van WijkDesk op deze computer, en bewaar "
    "reservekopieën in de cloud of op het netwerk (bijvoorbeeld met 'wijkdesk backup --to BESTAND'): "
    "een reservekopie is een gesloten bestand en kan daar wel veilig staan."
)


def cloud_warning(path: str, service: str) -> str:
    return (
        f"Let op: de database {path} staat in een map die {service} synchroniseert. "
        f"{service} kopieert het bestand terwijl WijkDesk erin schrijft, en maakt conflictkopieën als "
        "het op twee computers tegelijk verandert. Zo kan de database beschadigd raken of kunnen "
        f"wijzigingen verloren gaan.\n\n{_ADVICE}"
    )


def network_warning(path: str, what: str = "netwerkmap") -> str:
    return (
        f"Let op: de database {path} staat op een {what}. SQLite, waarin WijkDesk bewaart, is niet "
        "gemaakt voor netwerkschijven: de vergrendeling werkt daar niet betrouwbaar en een haperende "
        "verbinding midden in het opslaan kan de database beschadigen. Ook werkt WijkDesk dan niet "
        f"zonder netwerk (bijvoorbeeld op een bewonersavond).\n\n{_ADVICE}"
    )
