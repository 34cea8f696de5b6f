"""The default database lives in the per-user, local, unsynced data folder of Qt."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from wijkdesk import paths
from wijkdesk.store.locations import location_warning


def test_default_database_in_app_local_data_location(monkeypatch):
    monkeypatch.delenv("WIJKDESK_DATA_DIR", raising=False)
    paths.set_data_dir(None)
    default = paths.default_database_path()  # sets the organisation and application names first
    expected = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    assert default == expected / "wijkdesk.db"
    assert "WijkDesk" in expected.parts
    assert paths.backup_dir_for(paths.default_database_path()) == expected / "wijkdesk-backups"
    assert location_warning(paths.default_database_path()) is None


def test_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKDESK_DATA_DIR", str(tmp_path / "env"))
    paths.set_data_dir(None)
    assert paths.default_database_path() == tmp_path / "env" / "wijkdesk.db"
    paths.set_data_dir(tmp_path / "optie")  # --data-dir wins over the environment
    try:
        assert paths.default_database_path() == tmp_path / "optie" / "wijkdesk.db"
    finally:
        paths.set_data_dir(None)
