"""Every path WijkDesk uses: data folder, default database, backups, log, bundled resources.

One module owns them so that `--data-dir`, tests and the frozen build all agree.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from wijkdesk import APP_NAME, ORG_NAME

_data_dir_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """`--data-dir` (or a test) chooses the data folder."""
    global _data_dir_override
    _data_dir_override = Path(path) if path else None


def data_dir() -> Path:
    """Per-user, local, not synced: QStandardPaths.AppLocalDataLocation (%LOCALAPPDATA% on Windows)."""
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get("WIJKDESK_DATA_DIR")
    if env:
        return Path(env)
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


_server_attachments_override: Path | None = None
SERVER_ATTACHMENTS_ENV = "WIJKDESK_BIJLAGEN_MAP"


def set_server_attachments_dir(path: Path | str | None) -> None:
    """The window's setting (or a test) chooses the shared folder for a server database's attachments."""
    global _server_attachments_override
    _server_attachments_override = Path(path) if path else None


def server_attachments_dir() -> Path | None:
    """The shared folder (a network share every user of the server database reaches) where the
    attachments of a database on a server live; None when none is set. Per user, since each laptop
    may reach the share under its own drive letter: the window's settings or WIJKDESK_BIJLAGEN_MAP."""
    if _server_attachments_override is not None:
        return _server_attachments_override
    env = os.environ.get(SERVER_ATTACHMENTS_ENV)
    return Path(env) if env else None


def default_database_path() -> Path:
    return data_dir() / "wijkdesk.db"


def settings_file() -> Path:
    """The user's interface preferences (QSettings, an .ini file) in the data folder, which is made when
    missing: `--data-dir` and tests keep their own."""
    path = data_dir() / "wijkdesk.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def existing_folder(folder: Path) -> Path:
    """`folder`, made when missing (the backups or logs folder shown in the file manager before the
    first backup or log line)."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_dir_for(db_path: Path) -> Path:
    """Backups live in a folder beside the database: `<name>-backups/`."""
    return db_path.with_name(db_path.stem + "-backups")


def log_dir() -> Path:
    return data_dir() / "logs"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    """Bundled resources, whether frozen by PyInstaller or run from the source tree."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
