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




@pytest.fixture
def pg_server(pg_cluster, pg_demo_template, data_dir):
    """The demo data in a fresh database on the throwaway PostgreSQL cluster (skipped without PostgreSQL),
    with its shared attachment folder in the data folder; dropped afterwards."""
    from wijkdesk import paths
    from wijkdesk.store.database import close_database

    shared = data_dir / "gedeeld"
    shared.mkdir(exist_ok=True)
    paths.set_server_attachments_dir(shared)
    name = pg_cluster.create_database(template=pg_demo_template)
    yield pg_cluster.url(name)
    close_database()
    paths.set_server_attachments_dir(None)
    pg_cluster.drop_database(name)
