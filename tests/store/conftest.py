"""Fixtures for the database lifecycle tests: a filled database file."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from store_helpers import fill_sample
from wijkdesk.store.database import close_database, open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled_db_path(db_path) -> Path:
    """A closed WijkDesk database file with sample rows (no backups yet)."""
    open_database(db_path)
    fill_sample()
    close_database()
    return db_path


# A second WijkDesk process: opens the database for writing, says so, and waits.
HOLDER = """
import sys
from wijkdesk.store.database import open_database
open_database(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def holder(filled_db_path):
    """Another process that has the filled database open for writing."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(filled_db_path)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    yield proc
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=10)
