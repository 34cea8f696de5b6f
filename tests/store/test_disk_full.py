"""A full disk (issue 10, defect 10): a Dutch message, no half file, no "Exception ignored".

The disk is really full where the test may mount a small tmpfs (as root, as CI runs); each such test
has a twin that injects the same error (ENOSPC / SQLITE_FULL) and runs everywhere.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path


from wijkdesk.cli import main
from wijkdesk.store import backups
from wijkdesk.store.database import close_database, current, open_database

from store_helpers import small_disk

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess:
    """The real command in its own process: "Exception ignored" is printed at interpreter exit."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "wijkdesk", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


def test_demo_on_a_full_disk_leaves_nothing(tmp_path, data_dir):
    with small_disk(tmp_path / "vol", "300k") as disk:  # the demo needs about 700 kB
        result = _cli("--data-dir", str(data_dir), "demo", "--db", str(disk / "demo.db"))
        assert result.returncode == 2, result.stdout + result.stderr
        assert "schijf is vol" in result.stderr and "Traceback" not in result.stderr
        assert "rollback" not in result.stderr
        assert list(disk.iterdir()) == []  # no half file, no temporary file


def test_demo_on_a_full_disk_injected(data_dir, capsys, monkeypatch):
    from wijkdesk.services import demo

    real = demo._fill_wijk
    calls = []

    def fill_until_full(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "_fill_wijk", fill_until_full)
    path = data_dir / "demo.db"
    assert main(["demo", "--db", str(path)]) == 2
    assert "schijf is vol" in capsys.readouterr().err
    assert sorted(p.name for p in data_dir.iterdir() if p.name != "logs") == []


def test_export_on_a_full_disk_says_so_once(tmp_path, data_dir, demo_db_path):
    db = demo_db_path
    with small_disk(tmp_path / "vol", "64k") as disk:
        (disk / "vulling").write_bytes(b"\0" * 50 * 1024)
        result = _cli("--data-dir", str(data_dir), "export", "--db", str(db), "--out", str(disk / "x.xlsx"))
        assert result.returncode == 2, result.stdout + result.stderr
        assert "schijf is vol" in result.stderr
        assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr
        assert sorted(p.name for p in disk.iterdir()) == ["vulling"]


def test_start_backup_checks_free_space_first(tmp_path, data_dir):
    from store_helpers import fill_sample

    with small_disk(tmp_path / "vol", "4m") as disk:
        db = disk / "wijk.db"
        open_database(db)
        fill_sample(200)
        close_database()
        open_database(db)  # the start: too little room for a backup and work after it
        problem = current().backup_problem
        close_database()
        assert problem and "te weinig vrije ruimte" in problem and "vrij" in problem
        assert backups.list_backups(db) == []
        assert not any(p.name.endswith(".tmp") for p in disk.rglob("*"))


def test_start_backup_checks_free_space_first_injected(filled_db_path, monkeypatch):
    size = filled_db_path.stat().st_size
    usage = shutil.disk_usage(filled_db_path.parent)
    # room for the copy, but it would leave less than the reserve: refused before copying
    monkeypatch.setattr(backups.shutil, "disk_usage",
                        lambda _p: usage._replace(free=size + backups.MIN_FREE_AFTER_BACKUP // 2))
    open_database(filled_db_path, now=dt.datetime(2026, 11, 26, 9, 0))
    problem = current().backup_problem
    close_database()
    assert "te weinig vrije ruimte" in problem
    assert backups.list_backups(filled_db_path) == []
