"""Fixtures of the offline round trip: a 'server' database (the demo) and helpers to work on either side."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from offline_helpers import WIJK


@pytest.fixture
def server(data_dir, demo_template) -> Path:
    """A private copy of the demo database, standing in for the server (or another laptop's file)."""
    path = data_dir / "server.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def copy(server, data_dir) -> Path:
    """Keizerslanden taken offline from the server into laptop.db."""
    from wijkdesk.services import offline

    target = data_dir / "laptop.db"
    offline.take_wijk(server, WIJK, target)
    return target


