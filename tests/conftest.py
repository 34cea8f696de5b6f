"""Shared fixtures: a fresh temporary database per test, bound to the models.

Two backends. By default every test runs on SQLite. With `--backend postgresql` the fixtures `db`,
`demo_db` and `db_location` give each test a fresh database on a throwaway PostgreSQL cluster
(`pg_cluster`, one per session, see tests/pg_cluster.py), and only the tests that use one of those
fixtures run (the rest ran on SQLite already); a test that is about the file itself is marked
`sqlite_only`. With `--backend both` (.ci/run, the README's command) every test runs, and those of
tests/services, tests/exchange and tests/store that use one of those fixtures run a second time on
PostgreSQL (`[sqlite]` and `[postgresql]` variants), in the same run.
Any test can ask for `pg_url` (a fresh, empty server database, e.g. for two connections at once)
whatever the backend; without PostgreSQL installed it is skipped locally and fails under CI.
"""
from __future__ import annotations

import contextlib
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


def _bytecode_cache() -> None:
    """With PYTHONDONTWRITEBYTECODE set (as in some shells and containers) every pytest worker rewrote
    and compiled all ~230 test modules again (~3.5 s of CPU each) and every child process
    (`python -m wijkdesk ...`) compiled WijkDesk again. Keep the tree free of __pycache__ as that setting
    asks, but cache the compiled files in a private folder under the temporary root for this run, its
    workers and children (sys.pycache_prefix, Python's own mechanism)."""
    import sys
    import tempfile

    if not sys.dont_write_bytecode or sys.pycache_prefix:
        return
    prefix = Path(tempfile.gettempdir()) / f"wijkdesk-pycache-{os.getuid()}"
    try:
        prefix.mkdir(mode=0o700, exist_ok=True)
        if prefix.stat().st_uid != os.getuid() or prefix.is_symlink():
            return  # not ours: compile as before
    except OSError:
        return
    sys.pycache_prefix = str(prefix)
    sys.dont_write_bytecode = False
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)


_bytecode_cache()

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PABULIB_DIR = PROJECT_ROOT.parent / "shared" / "pabulib"


@contextlib.contextmanager
def data_dir_set_to(folder: Path):
    """The data folder while a session template is made, and afterwards the one that was set before.

    A session fixture asked for by a test's own fixture (request.getfixturevalue) is made after the
    test's `data_dir` was set; putting None back there would leave that test without its private folder."""
    from wijkdesk import paths

    previous = paths._data_dir_override
    paths.set_data_dir(folder)
    try:
        yield
    finally:
        paths.set_data_dir(previous)


BACKEND_FIXTURES = {"db", "demo_db", "db_location", "demo_db_location"}
# With `--backend both` (what .ci/run and the README run) the tests in these folders that use a backend
# fixture run twice, [sqlite] and [postgresql]: the services, migrations, exchange and concurrency tests
# of issue 15, in the same pytest run and worker pool as the rest (one start, one collection).
BOTH_BACKENDS_DIRS = ("tests/services", "tests/exchange", "tests/store")


def pytest_addoption(parser):
    parser.addoption("--run-frozen", action="store_true", help="build the PyInstaller package and test it")
    parser.addoption("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite",
                     help="the database of the db/demo_db fixtures; postgresql runs only the tests that "
                          "use them, on a throwaway cluster; both runs every test and once more on "
                          "PostgreSQL the tests of " + ", ".join(BOTH_BACKENDS_DIRS) + " that use them")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: about the SQLite file itself; not run with --backend postgresql")


# Tests that take seconds (measured: the lead's whole-suite run on main cdc25f3, -n 2; the PostgreSQL
# pass), longest first. Under `pytest -n` each worker starts its share of them before its short tests,
# so none of them starts last and leaves the other workers idle at the end (xdist's worksteal hands
# out a contiguous slice of the collection per worker and lets an idle worker take the END of another's
# queue: the short tests). Only the order changes; a name no longer here just runs in its place.
START_FIRST = (
    "tests/packaging/test_frozen_build.py::test_frozen_version",
    "tests/store/test_crash_harness.py::test_kill_9_anywhere_loses_nothing_and_leaves_nothing",
    "tests/views/test_clean_exit.py::test_start_use_switch_language_and_quit_without_a_traceback",
    "tests/services/test_money_guard.py::test_fast_guard_agrees_with_the_full_comparison",
    "tests/exchange/test_import_cancel.py::test_cancel_on_the_last_row_is_seen_before_the_commit",
    "tests/services/test_money_guard.py::test_fast_guard_agrees_within_one_long_change",
    "tests/exchange/test_import_other_writers.py::test_libreoffice_saved_workbook_reads_as_the_original",
    "tests/offline/test_kill_halfway.py::test_kill_9_halfway_loses_nothing_and_doubles_nothing",
    "tests/views/test_bench_tabs_runs.py::test_bench_tabs_runs_on_a_small_database",
    "tests/offline/test_kill_halfway.py::test_kill_9_halfway_against_a_postgresql_server",
    "tests/voting/test_voting_pabulib_ronde.py::test_real_amsterdam_file_imports_fast_and_decides_like_the_rule",
    "tests/services/test_changes.py::test_every_change_of_the_demo_undoes_and_redoes",
    "tests/exchange/test_import_cancel.py::test_cancel_after_row_250_of_380_keeps_nothing",
    "tests/services/test_money_guard.py::test_guard_work_in_one_change_grows_with_its_own_rows",
    "tests/store/test_encryption.py::test_encrypt_keeps_a_verified_backup_and_converts_old_backups",
    "tests/pdf/test_jaarverslag.py::test_cli_rapport_writes_and_refuses_in_dutch",
    "tests/store/test_sigkill.py::test_sigkill_mid_write_keeps_every_committed_change",
    "tests/views/test_disk_full_window.py::test_new_idea_on_a_full_disk_says_so_in_dutch_and_keeps_nothing",
    "tests/store/test_open_errors.py::test_file_locked_by_another_program_is_not_called_damaged",
    "tests/services/test_two_laptops.py::test_kill_9_halfway_leaves_none_of_the_entries",
    "tests/store/test_erasure_list_encryption.py::test_versleutel_wachtwoord_ontsleutel_convert_the_list_along",
    "tests/services/test_stemronde.py::test_goals_refused_without_changes_when_a_chosen_idea_was_rejected_meanwhile",
    "tests/packaging/test_selftest.py::test_selftest_command_passes_from_source",
    "tests/packaging/test_frozen_build.py::test_frozen_selftest_on_an_encrypted_database",
    "tests/packaging/test_frozen_build.py::test_frozen_selftest",
    "tests/views/test_server_window.py::test_the_window_works_on_a_server_database_by_mouse_and_keyboard",
    "tests/store/test_server_backend.py::test_a_named_connection_is_a_libpq_service",
    "tests/views/test_offline_gui.py::test_a_copy_from_a_server_names_the_server_database_short_in_the_status_bar",
    "tests/store/test_server_import.py::test_laptop_to_server_and_back_is_the_same_database",
)


def _rank(item) -> int | None:
    name = item.nodeid.split("[")[0]
    for rank, known in enumerate(START_FIRST):
        if name == known:
            return rank
    return None


def _start_slow_first(config, items) -> None:
    """Each worker's slice of the collection begins with its share of START_FIRST (dealt in turn,
    longest first); the other tests keep their order."""
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    ranked = sorted(((r, i) for i, item in enumerate(items) if (r := _rank(item)) is not None))
    if not ranked:
        return
    slow_at = {i for _, i in ranked}
    rest = [item for i, item in enumerate(items) if i not in slow_at]
    share: list[list] = [[] for _ in range(workers)]
    for n, (_, i) in enumerate(ranked):
        share[n % workers].append(items[i])
    ordered, left = [], len(items)
    for k in range(workers):
        size = left // (workers - k)  # the slice xdist's worksteal gives worker k at the start
        left -= size
        take = max(0, size - len(share[k]))
        ordered += share[k] + rest[:take]
        rest = rest[take:]
    items[:] = ordered + rest


@pytest.hookimpl(trylast=True)  # after pytest grouped the tests by their fixtures
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
    _start_slow_first(config, items)
    if config.getoption("--run-frozen") or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="bouwt het pakket: draai met --run-frozen (CI doet dat altijd)")
    for item in items:
        if "frozen" in item.keywords:
            item.add_marker(skip)


# The cyclic garbage collector, in each test process after collection. By then a worker holds tens of
# thousands of long-lived objects (every test module, ~2,000 collected tests, Qt's and pabutools' types)
# that each full collection walked again. gc.freeze() takes them out of its sight: they live to the end of
# the run anyway. What the tests make is collected as before, with Python's own thresholds: raising them
# too saved a little more, but then a test's garbage (a Qt window with its timers) could be collected in
# the middle of a later test. As tests/cli_zygote.py does for its imports. Measured: tests/voting +
# tests/exchange, -n 2, three alternating pairs: 88-92 s user CPU with this, 90-103 s without.


def pytest_collection_finish(session):
    import gc

    gc.collect()
    gc.freeze()


def _runs_on_both(metafunc) -> bool:
    if not BACKEND_FIXTURES & set(metafunc.fixturenames):
        return False
    if any(next(metafunc.definition.iter_markers(name), None) for name in ("sqlite_only", "frozen")):
        return False
    where = Path(str(metafunc.definition.path)).resolve().relative_to(PROJECT_ROOT).as_posix()
    return where.startswith(tuple(d + "/" for d in BOTH_BACKENDS_DIRS))


def pytest_generate_tests(metafunc):
    if metafunc.config.getoption("--backend") == "both" and _runs_on_both(metafunc):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True, scope="session")


@pytest.fixture(scope="session")
def backend(request) -> str:
    """'sqlite' or 'postgresql': what `db`, `demo_db` and `db_location` give (with `--backend both` the
    test's parameter)."""
    chosen = request.config.getoption("--backend")
    return getattr(request, "param", None) or ("sqlite" if chosen == "both" else chosen)


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
def pg_demo_template(pg_cluster, demo_template) -> str:
    """The demo data on the server, made once per session: copied for every `demo_db`.

    Moved there from the session's demo file by `server-import` (store/transfer.copy_database: the same
    rows and ids, counts and money sums checked), as a user moves a laptop's database to a server: about
    1 s, where filling the demo again on the server took 8 (a round trip per statement). Filling the demo
    on a server is itself tested (tests/services/test_demo_and_check.py [postgresql])."""
    from wijkdesk.store import transfer

    name = pg_cluster.create_database("wd_demo")
    with data_dir_set_to(demo_template.parent):
        transfer.copy_database(demo_template, pg_cluster.url(name))
    return name


@pytest.fixture
def pg_url(pg_cluster, data_dir):
    """A fresh, empty database on the throwaway cluster (no WijkDesk schema yet), dropped afterwards.

    Its attachments go to `<data_dir>/gedeeld` (the shared folder a server database needs)."""
    name = _create_with_shared_folder(pg_cluster, data_dir, None)
    yield pg_cluster.url(name)
    _close_and_drop(pg_cluster, name)


@pytest.fixture
def pg_demo_url(pg_cluster, pg_demo_template, data_dir):
    """A fresh copy of the demo data on the throwaway cluster (as `pg_url`, dropped afterwards): for
    tests that need a filled server database, not the filling (that took 3-5 s on the server)."""
    name = _create_with_shared_folder(pg_cluster, data_dir, pg_demo_template)
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
    from wijkdesk.services.demo import fill_demo
    from wijkdesk.store.database import close_database, open_database

    folder = tmp_path_factory.mktemp("demo-template")
    with data_dir_set_to(folder):
        open_database(folder / "demo.db", backup=False)
        fill_demo()
        close_database()
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
    name = _create_with_shared_folder(cluster, db_path.parent, request.getfixturevalue("db_template"))
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


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory) -> Path:
    """A new, empty database file as `open_database` makes it, once per test session: copied for every
    `db` (making the schema cost ~20 ms of CPU per test, a copy ~1 ms; the bytes are the same)."""
    from wijkdesk.store.database import close_database, open_database

    folder = tmp_path_factory.mktemp("empty-template")
    with data_dir_set_to(folder):
        open_database(folder / "leeg.db")
        close_database()
    return folder / "leeg.db"


@pytest.fixture
def db_template(request, backend):
    """What `db` starts from: the session's new, empty database (a file, or a server database's name).
    tests/exchange gives the tests that ask for its seeded `world` the session's seeded copy instead."""
    return request.getfixturevalue("empty_template" if backend == "sqlite" else "pg_empty_template")


@pytest.fixture
def db(request, db_location):
    """A fresh, empty, migrated database bound to the models (SQLite, or the server with --backend)."""
    import shutil

    from wijkdesk.store.database import close_database, open_database

    if isinstance(db_location, Path):
        # The session's new empty file, copied: what opening a new file leaves (no backup, as a new file
        # gets none), without making the schema again.
        shutil.copyfile(request.getfixturevalue("db_template"), db_location)
        database = open_database(db_location, backup=False)
    else:
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
