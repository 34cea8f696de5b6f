"""Shared fixtures: a fresh temporary database per test, bound to the models."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PABULIB_DIR = PROJECT_ROOT.parent / "shared" / "pabulib"


def pytest_addoption(parser):
    parser.addoption("--run-frozen", action="store_true", help="build the PyInstaller package and test it")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-frozen") or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="bouwt het pakket: draai met --run-frozen (CI doet dat altijd)")
    for item in items:
        if "frozen" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private data folder, so no test touches the user's real one."""
    from wijkdesk import paths

    folder = tmp_path / "data"
    folder.mkdir()
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def db_path(data_dir) -> Path:
    return data_dir / "test.db"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo database, built once per test session (filling it costs about a second)."""
    from wijkdesk import paths
    from wijkdesk.services.demo import fill_demo
    from wijkdesk.store.database import close_database, open_database

    folder = tmp_path_factory.mktemp("demo-template")
    paths.set_data_dir(folder)
    try:
        open_database(folder / "demo.db", backup=False)
        fill_demo()
        close_database()
    finally:
        paths.set_data_dir(None)
    return folder / "demo.db"


@pytest.fixture
def demo_db_path(db_path, demo_template) -> Path:
    """A private copy of the demo database at `db_path` (for tests that change it)."""
    import shutil

    shutil.copyfile(demo_template, db_path)
    return db_path


@pytest.fixture
def db(db_path):
    """A fresh, empty, migrated database bound to the models."""
    from wijkdesk.store.database import close_database, open_database

    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def demo_db(demo_db_path):
    """A private copy of the demo database, opened and bound to the models."""
    from wijkdesk.store.database import close_database, open_database

    database = open_database(demo_db_path)
    yield database
    close_database()
