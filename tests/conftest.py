"""Shared fixtures: a fresh temporary database per test, bound to the models.

Two backends. By default every test runs on SQLite. With `--backend postgresql` the fixtures `db`,
`demo_db` and `db_location` give each test a fresh database on a throwaway PostgreSQL cluster
(`pg_cluster`, one per session, see tests/pg_cluster.py), and only the tests that use one of those
fixtures run (the rest ran on SQLite already); a test that is about the file itself is marked
`sqlite_only`. `.ci/run` runs the services, migrations, exchange and concurrency tests that way too.
Any test can ask for `pg_url` (a fresh, empty server database, e.g. for two connections at once)
whatever the backend; without PostgreSQL installed it is skipped locally and fails under CI.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The tests' temporary folders (tmp_path, the demo copies, the throwaway PostgreSQL cluster, child
# processes' temp files) live in memory when the machine has a RAM disk with room to spare. WijkDesk
# writes with synchronous=FULL and fsyncs every backup, and on a disk each fsync waits ~5 ms: thousands
# of them were the largest single cost of the suite (tests/services: about half its wall time). On
# tmpfs fsync returns at once. Nothing a test proves depends on the disk: fsync is still called, kill -9
# keeps the page cache as a disk does, and locks, renames and hard links behave the same. A power cut
# cannot be tested either way. Set TMPDIR (or pass --basetemp) to choose another place.
RAM_DISK = Path("/dev/shm")
RAM_DISK_FREE_NEEDED = 4 * 1024**3  # a whole run writes ~1.5 GB (crash harness, kill -9 copies, backups)


def _temp_in_memory() -> None:
    import shutil
    import tempfile

    if os.environ.get("TMPDIR") or not RAM_DISK.is_dir() or not os.access(RAM_DISK, os.W_OK | os.X_OK):
        return
    try:
        if shutil.disk_usage(RAM_DISK).free < RAM_DISK_FREE_NEEDED:
            return
    except OSError:
        return
    os.environ["TMPDIR"] = str(RAM_DISK)  # for child processes (xdist workers, the CLI, pg_ctl)
    tempfile.tempdir = None  # forget /tmp if pytest already asked (its capture files); asked again below
    tempfile.gettempdir()


_temp_in_memory()

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PABULIB_DIR = PROJECT_ROOT.parent / "shared" / "pabulib"


BACKEND_FIXTURES = {"db", "demo_db", "db_location", "demo_db_location"}


def pytest_addoption(parser):
    parser.addoption("--run-frozen", action="store_true", help="build the PyInstaller package and test it")
    parser.addoption("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                     help="the database of the db/demo_db fixtures; postgresql runs only the tests that "
                          "use them, on a throwaway cluster")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; not run with --backend postgresql")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--backend") == "postgresql":
        keep, drop = [], []
        for item in items:
            uses = BACKEND_FIXTURES & set(getattr(item, "fixturenames", ()))
            (keep if uses and "sqlite_only" not in item.keywords and "frozen" not in item.keywords
             else drop).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
    if config.getoption("--run-frozen") or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="bouwt het pakket: draai met --run-frozen (CI doet dat altijd)")
    for item in items:
        if "frozen" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def backend(request) -> str:
    """'sqlite' or 'postgresql': what `db`, `demo_db` and `db_location` give."""
    return request.config.getoption("--backend")


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster for the whole session (skipped without PostgreSQL, except in CI)."""
    from tests import pg_cluster as pg

    if not pg.available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL (initdb, pg_ctl) ontbreekt: .ci/run installeert het met apt-get")
        pytest.skip("PostgreSQL is niet geïnstalleerd (initdb/pg_ctl niet gevonden)")
    cluster = pg.Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_empty_template(pg_cluster) -> str:
    """A server database with the current WijkDesk schema and no rows: copied for every `db`."""
    from wijkdesk.store.database import close_database, open_database

    name = pg_cluster.create_database("wd_leeg")
    open_database(pg_cluster.url(name))
    close_database()
    return name


@pytest.fixture(scope="session")
def pg_demo_template(pg_cluster) -> str:
    """The demo data on the server, built once per session: copied for every `demo_db`."""
    from wijkdesk.services.demo import fill_demo
    from wijkdesk.store.database import build_new_database

    name = pg_cluster.create_database("wd_demo")
    build_new_database(pg_cluster.url(name), fill_demo)
    return name


@pytest.fixture
def pg_url(pg_cluster, data_dir):
    """A fresh, empty database on the throwaway cluster (no WijkDesk schema yet), dropped afterwards.

    Its attachments go to `<data_dir>/gedeeld` (the shared folder a server database needs)."""
    name = _create_with_shared_folder(pg_cluster, data_dir, None)
    yield pg_cluster.url(name)
    _close_and_drop(pg_cluster, name)


def _create_with_shared_folder(cluster, data_dir: Path, template: str | None) -> str:
    from wijkdesk import paths

    shared = data_dir / "gedeeld"
    shared.mkdir(exist_ok=True)
    paths.set_server_attachments_dir(shared)
    return cluster.create_database(template=template)


def _close_and_drop(cluster, name: str) -> None:
    from wijkdesk import paths
    from wijkdesk.store.database import close_database

    close_database()
    paths.set_server_attachments_dir(None)
    cluster.drop_database(name)


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
def db_location(request, backend, db_path):
    """Where a fresh, empty database for this test is: a file path (SQLite) or a server URL (not opened)."""
    if backend == "sqlite":
        yield db_path
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = _create_with_shared_folder(cluster, db_path.parent, request.getfixturevalue("pg_empty_template"))
    yield cluster.url(name)
    _close_and_drop(cluster, name)


@pytest.fixture
def demo_db_location(request, backend, db_path):
    """Where a private copy of the demo database is: a file path or a server URL (not opened)."""
    if backend == "sqlite":
        yield request.getfixturevalue("demo_db_path")
        return
    cluster = request.getfixturevalue("pg_cluster")
    name = _create_with_shared_folder(cluster, db_path.parent, request.getfixturevalue("pg_demo_template"))
    yield cluster.url(name)
    _close_and_drop(cluster, name)


@pytest.fixture
def db(db_location):
    """A fresh, empty, migrated database bound to the models (SQLite, or the server with --backend)."""
    from wijkdesk.store.database import close_database, open_database

    database = open_database(db_location)
    yield database
    close_database()


@pytest.fixture
def db_anchor(db) -> Path:
    """What the open database keeps attachments and its erasure list beside: the file, or on a server
    `wijkdesk.db` in the shared folder (OpenedDatabase.attachments_anchor)."""
    from wijkdesk.store.database import current

    return current().attachments_anchor


@pytest.fixture
def demo_db(demo_db_location):
    """A private copy of the demo database, opened and bound to the models."""
    from wijkdesk.store.database import close_database, open_database

    database = open_database(demo_db_location)
    yield database
    close_database()


@pytest.fixture
def second_user():
    """`with second_user("Bert"):` runs the block as another user on a second connection to the database
    the models are bound to now (the same SQLite file, or the same server database): what a second
    WijkDesk on the shared database does (issue 15, several people at once). The models' proxy points at
    that connection for the block and back at the first one after it."""
    import contextlib

    from peewee import SqliteDatabase

    from wijkdesk.services import audit
    from wijkdesk.store import models, server
    from wijkdesk.store.database import SQLITE_PRAGMAS

    @contextlib.contextmanager
    def as_user(name: str):
        first, user = models.db.obj, audit._current_user
        if server.is_server(first):
            other = server.connect(first.location)
        else:
            other = SqliteDatabase(first.database, pragmas=SQLITE_PRAGMAS)
            other.connect()
        models.db.initialize(other)
        audit.set_current_user(name)
        try:
            yield
        finally:
            models.db.initialize(first)
            audit.set_current_user(user)
            other.close()

    return as_user


def pytest_terminal_summary(terminalreporter):
    """Figures that tests report (`user_properties`, e.g. the crash harness's runs, kills, corrupt,
    partial, missing, leftovers) at the end of every run: a passing test's own output is not shown in
    CI, and in a parallel run (`pytest -n`) the reports are the one way back from the workers."""
    lines = [value for reports in terminalreporter.stats.values() for report in reports
             if getattr(report, "when", None) == "call"
             for name, value in getattr(report, "user_properties", ()) if name == "crash harness"]
    if lines:
        terminalreporter.write_sep("-", "crash harness")
        for line in sorted(lines):
            terminalreporter.write_line(line)


@pytest.fixture(scope="session", autouse=True)
def kdf_memo():
    """Deriving an SQLCipher key from a passphrase (PBKDF2-SHA512, 256,000 rounds) costs 0.17 s of CPU and
    the encryption tests did it about 60 times, mostly again for a passphrase and salt already derived
    (after `cipher.forget()`, or in a copy of a template file). Within the test process the same
    passphrase and salt are answered from memory: the same key, the same iteration count, the keyring's
    own behaviour (forget, wrong passphrase) unchanged. Only the test process; child processes and
    the program derive every key themselves."""
    import functools

    from wijkdesk.store import cipher

    real = cipher.derive_key
    cipher.derive_key = functools.lru_cache(maxsize=None)(real)
    yield
    cipher.derive_key = real
