"""Fixtures for the database lifecycle tests: a filled database file."""
from __future__ import annotations

from pathlib import Path

import pytest

from store_helpers import fill_sample
from wijkdesk.store.database import close_database, open_database


@pytest.fixture
def filled_db_path(db_path) -> Path:
    """A closed WijkDesk database file with sample rows (no backups yet)."""
    open_database(db_path)
    fill_sample()
    close_database()
    return db_path
