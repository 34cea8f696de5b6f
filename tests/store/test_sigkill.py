"""A process killed with SIGKILL in the middle of a large write loses no committed change."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import AuditLog

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("sigkill_writer.py")
ROWS_PER_BATCH = 1500  # as in sigkill_writer.py


def _kill_mid_write(db_path: Path, batches_before_kill: int) -> tuple[int, int]:
    """Run the writer, SIGKILL it inside transaction `batches_before_kill`; returns (last begun, last committed)."""
    proc = subprocess.Popen([sys.executable, str(WRITER), str(db_path)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    begun = committed = -1
    try:
        for line in proc.stdout:
            word, number = line.split()
            if word == "commit":
                committed = int(number)
            else:
                begun = int(number)
                if begun == batches_before_kill:
                    time.sleep(0.01)  # well inside the transaction: it takes far longer than this
                    os.kill(proc.pid, signal.SIGKILL)
                    break
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        rest = proc.stdout.read()
        proc.stdout.close()
    for line in rest.splitlines():  # anything printed after our last read
        word, number = line.split()
        if word == "commit":
            committed = int(number)
    assert proc.returncode == -signal.SIGKILL
    return begun, committed


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX-only; Windows has no such signal")
def test_sigkill_mid_write_keeps_every_committed_change(data_dir):
    db_path = data_dir / "wijkdesk.db"
    begun, committed = _kill_mid_write(db_path, batches_before_kill=25)
    assert committed >= 24, "the writer must have committed many transactions before the kill"
    assert Path(str(db_path) + "-wal").exists(), "killed with uncheckpointed changes in the WAL"

    # the stale lock of the killed process is recovered, the file opens and passes quick_check
    database = open_database(db_path)
    try:
        counts = dict(database.execute_sql(
            "SELECT geschatte_kosten_cents / 10000, COUNT(*) FROM idee GROUP BY 1").fetchall())
        audit_batches = AuditLog.select().where(AuditLog.tabel == "idee").count()
    finally:
        close_database()
    # every committed batch is there, whole; the batch being written when killed is either whole
    # (it committed just before the kill reached it) or absent: never half
    for batch in range(committed + 1):
        assert counts.get(batch) == ROWS_PER_BATCH, f"batch {batch} committed but lost"
    assert set(counts) - set(range(committed + 1)) <= {begun}
    assert all(n == ROWS_PER_BATCH for n in counts.values())
    assert audit_batches == len(counts)
    assert sum(counts.values()) >= 25 * ROWS_PER_BATCH

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()

    result = subprocess.run([sys.executable, "-m", "wijkdesk", "--data-dir", str(data_dir),
                             "check", "--db", str(db_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "gezond" in result.stdout
