"""Helpers for the database lifecycle tests: sample rows, damage, table snapshots."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from contextlib import contextmanager
from pathlib import Path

from wijkdesk.store import text_index

DEMO_PASSPHRASE = "lange zomeravond 2026"  # of the encrypted demo template (conftest.encrypted_demo_template)


def fill_sample(n_ideas: int = 40) -> None:
    """A wijk with groups, ideas and money, written through the models (enough rows for many pages)."""
    from wijkdesk.store import models as m

    wijk = m.Wijk.create(naam="Keizerslanden", wijkmanager="Anouk de Vries")
    groep = m.Bewonersgroep.create(wijk=wijk, naam="Bewonersgroep Keizerslanden")
    budget = m.Meedoenbudget.create(wijk=wijk, jaar=2026, bedrag_cents=45_000_00)
    with m.db.atomic():
        for i in range(n_ideas):
            m.Idee.create(wijk=wijk, titel=f"Idee {i}", omschrijving="Moestuin bij het buurthuis " * 8,
                          geschatte_kosten_cents=1000 + i, ingediend_door_groep=groep)
    m.Uitgave.create(budget=budget, datum=dt.date(2026, 3, 1), bedrag_cents=12_50, omschrijving="Koffie")


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read with plain sqlite3 (independent of the models)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                  if not text_index.is_index_table(r[0])]  # derived from the rows: not data of its own
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def damage(path: Path, table: str = "idee") -> None:
    """Overwrite the root page of `table` with garbage, as a bad sector or a sync client would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    for ext in ("-wal", "-shm"):
        assert not Path(str(path) + ext).exists(), "checkpoint first: close every connection"
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)


def _run(*cmd: str) -> bool:
    import subprocess

    return subprocess.run(list(cmd), capture_output=True).returncode == 0


@contextmanager
def read_only_folder(folder: Path):
    """Make `folder` really read-only for the block, also for root (as CI runs).

    Root ignores permission bits, so there the folder is bind-mounted onto itself read-only (the
    kernel then refuses every write with EROFS, as on a write-protected USB stick). Elsewhere the
    permission bits do it. Skips when neither is possible.
    """
    import pytest

    folder = Path(folder)
    if sys.platform == "win32":
        pytest.skip("read-only folders need POSIX permissions or mounts")
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            yield folder
        finally:
            os.chmod(folder, 0o755)
        return
    if not (_run("mount", "--bind", str(folder), str(folder))):
        pytest.skip("running as root without the right to mount: cannot make a folder read-only")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(folder)):
            pytest.skip("cannot remount read-only here")
        yield folder
    finally:
        _run("umount", str(folder))


@contextmanager
def read_only_file(path: Path):
    """Make one file write-protected for the block, also for root (`chattr +i`, else a bind mount)."""
    import pytest

    path = Path(path)
    if sys.platform == "win32":
        pytest.skip("POSIX only")
    if os.geteuid() != 0:
        os.chmod(path, 0o444)
        try:
            yield path
        finally:
            os.chmod(path, 0o644)
        return
    if _run("chattr", "+i", str(path)):
        try:
            yield path
        finally:
            _run("chattr", "-i", str(path))
        return
    if not _run("mount", "--bind", str(path), str(path)):
        pytest.skip("running as root without chattr or mount: cannot make a file read-only")
    try:
        if not _run("mount", "-o", "remount,bind,ro", str(path)):
            pytest.skip("cannot remount read-only here")
        yield path
    finally:
        _run("umount", str(path))


@contextmanager
def small_disk(folder: Path, size: str):
    """A real, small file system at `folder` (tmpfs of `size`, e.g. "300k") for a full-disk test.

    Needs root (CI runs as root); elsewhere the test is skipped and its injected twin covers it.
    """
    import pytest

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32" or os.geteuid() != 0:
        pytest.skip("a real full disk needs root to mount a tmpfs; the injected-ENOSPC test covers this")
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("cannot mount a tmpfs here; the injected-ENOSPC test covers this")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))

