"""Fixtures for the database lifecycle tests: a filled database file, demo databases plain and encrypted.

Each is built once per test session (per xdist worker) exactly as a test used to build it, and copied
per test: filling the demo costs about 1.5 s of CPU and an empty database's schema 0.15 s, paid in
dozens of tests (issue 11, the suite's wall time). Building one leaves nothing beside the database file
(no lock, -wal, backup or erasure list: checked when the template is made), so the copy of that one file
is the state the test got before.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from store_helpers import DEMO_PASSPHRASE, fill_sample
from wijkdesk.store.database import close_database, open_database

ROOT = Path(__file__).resolve().parents[2]


def _template(folder: Path, name: str, fill, passphrase: str | None = None) -> Path:
    """Make `name` in the empty `folder` as a test would (open, fill, close) and keep it as a template."""
    from wijkdesk import paths
    from wijkdesk.store import cipher

    paths.set_data_dir(folder)
    try:
        open_database(folder / name, passphrase=passphrase)
        fill()
        close_database()
    finally:
        paths.set_data_dir(None)
        if passphrase is not None:
            cipher.forget()
    left = sorted(p.name for p in folder.iterdir())
    assert left == [name], left  # the copy of the one file is the whole state
    return folder / name


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path:
    return _template(tmp_path_factory.mktemp("sample-template"), "sample.db", fill_sample)


@pytest.fixture(scope="session")
def encrypted_demo_template(tmp_path_factory) -> Path:
    """The demo, made encrypted from the start with DEMO_PASSPHRASE (as `open_database(new, passphrase)`)."""
    from wijkdesk.services.demo import fill_demo

    return _template(tmp_path_factory.mktemp("encrypted-demo-template"), "demo.db", fill_demo, DEMO_PASSPHRASE)


@pytest.fixture
def copy_template():
    """copy(template, path): a private copy of a template database at `path` (its folder is made)."""
    def copy(template: Path, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        assert not path.exists()
        shutil.copyfile(template, path)
        return path

    return copy


@pytest.fixture
def filled_db_path(db_path, sample_template, copy_template) -> Path:
    """A closed WijkDesk database file with sample rows (no backups yet)."""
    return copy_template(sample_template, db_path)


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


class Zygote:
    """The crash tests' fork server (crash_zygote.py): WijkDesk imported once, each job a fresh fork."""

    def __init__(self):
        # Started by whichever test needs it first: none of that test's WIJKDESK_ settings (a passphrase,
        # a data folder) may reach the later ones; a job passes its own in `env`.
        env = {k: v for k, v in os.environ.items() if not k.startswith("WIJKDESK_")}
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("crash_zygote.py"))],
                                     cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def job(self, **job) -> dict:
        """Run one job (see crash_zygote.py) and wait for it: {"killed", "code", "seconds"}."""
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        assert answer, f"the fork server ended (exit {self.proc.poll()})"
        return json.loads(answer)

    def run(self, output: Path, timeout: float = 120, **job) -> subprocess.CompletedProcess:
        """A job as subprocess.run would report it: returncode -9 when killed; the child's stdout and
        stderr, kept in the file `output` (then removed), together in `stderr`."""
        answer = self.job(output=str(output), timeout=timeout, **job)
        text = output.read_text(encoding="utf-8", errors="replace")
        output.unlink()
        assert not answer["timed_out"], f"the child hung for {timeout} s: {text}"
        code = -signal.SIGKILL if answer["killed"] else answer["code"]
        return subprocess.CompletedProcess([job.get("script") or job.get("op")], code, "", text)

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=60)
        self.proc.stdout.close()


@pytest.fixture(scope="session")
def zygote():
    """One fork server per test session (per worker): a Python start with PySide6 and WijkDesk costs
    about 0.5 s of CPU, a fork a few milliseconds, and the crash tests start hundreds of children."""
    server = Zygote()
    yield server
    server.close()
