"""Crash harness (issue 10): kill -9 at random moments and at injected points in import, demo, backup,
restore and the first open after a restore. After every kill the next start must find the database
fully before or fully after (never half, never damaged, never gone) and no temporary copy with
personal data may be left. Prints the figures; at least 100 kills.

Injected points: the n-th `os.replace` or `os.fsync` (the moments where a half-done file operation
would show), wrapped in the killed child only. Random moments: a uniform delay over the length of
an undisturbed run of the same operation. A fork server (crash_zygote.py, one per test session: the
`zygote` fixture) keeps a run in the milliseconds instead of a Python start-up.
"""
from __future__ import annotations

import random
import shutil
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from wijkdesk import paths
from wijkdesk.store import backups
from wijkdesk.store.database import DatabaseLockedError, DatabaseOpenError, close_database, open_database

from store_helpers import fill_sample

HARNESS_IDEAS = 30     # rows of the imported workbook
RESTORED_EXTRA = 25    # ideas only the backup has
INJECTED = [f"{name}:{n}" for name in ("replace", "fsync") for n in range(1, 7)]
DEMO_INJECTED = ["fsync:1", "replace:1", "fsync:2"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX-only"),
]


def _count(db: Path, where: str = "1") -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM idee WHERE {where}").fetchone()[0]
    finally:
        conn.close()


def _leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                  if ".tmp" in p.name or ".terugzetten" in p.name or p.name == "onvoltooide-kopieen.txt")


class Harness:
    def __init__(self, root: Path, zygote):
        self.root = root
        self.figures = Counter()
        self.failures: list[str] = []
        self.templates = root / "sjablonen"
        self.templates.mkdir()
        self._make_templates()
        self.zygote = zygote
        self.n = 0

    def _make_templates(self) -> None:
        """A filled database (A), a backup with more ideas (B), and a workbook of new ideas."""
        paths.set_data_dir(self.templates)
        a = self.templates / "a.db"
        open_database(a, backup=False)
        fill_sample()
        close_database()
        b_live = self.templates / "b-live.db"
        shutil.copy(a, b_live)
        open_database(b_live, backup=False)
        from wijkdesk.store import models as m

        wijk = m.Wijk.get()
        for i in range(RESTORED_EXTRA):
            m.Idee.create(wijk=wijk, titel=f"Alleen in de reservekopie {i}", omschrijving="x")
        close_database()
        backups.export_backup(b_live, self.templates / "b.db")
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Ideeën"
        ws.append(["Wijk", "Titel", "Omschrijving", "Geschatte kosten"])
        for i in range(HARNESS_IDEAS):
            ws.append(["Keizerslanden", f"Harness-idee {i}", "Ingelezen tijdens de crash-test", 100 + i])
        wb.save(self.templates / "ideeen.xlsx")
        paths.set_data_dir(None)

    def _job(self, **job) -> dict:
        return self.zygote.job(**job)

    def _fresh(self) -> tuple[Path, Path]:
        self.n += 1
        folder = self.root / f"run{self.n}"
        folder.mkdir()
        return folder, folder / "wijk.db"

    def run(self, op: str, *, crash_at: str = "", kill_after: float | None = None) -> dict:
        folder, db = self._fresh()
        arg = ""
        if op in ("restore", "backup", "import", "write"):
            shutil.copy(self.templates / "a.db", db)
        if op == "restore":
            arg = str(self.templates / "b.db")
        if op == "import":
            arg = str(self.templates / "ideeen.xlsx")
        if op == "open":  # the state right after a restore: the backup copy, in rollback-journal mode
            shutil.copy(self.templates / "b.db", db)
        result = self._job(data_dir=str(folder), op=op, db=str(db), arg=arg, crash_at=crash_at,
                           kill_after=kill_after)
        self.figures["runs"] += 1
        if result["killed"]:
            self.figures["kills"] += 1
        elif result["code"] not in (0,):
            self._fail("error", op, crash_at, kill_after, f"exit {result['code']}")
        self._check(op, folder, db, crash_at, kill_after)
        return result

    def _fail(self, kind: str, op: str, crash_at: str, kill_after, detail: str) -> None:
        self.figures[kind] += 1
        self.failures.append(f"{kind}: {op} crash_at={crash_at!r} kill_after={kill_after}: {detail}")

    def _check(self, op: str, folder: Path, db: Path, crash_at: str, kill_after) -> None:
        where = (op, crash_at, kill_after)
        if op == "demo" and db.exists():
            # before the next start: a file at the name is the whole demo, never a half one
            try:
                if _count(db) != 48:
                    self._fail("partial", *where, f"{_count(db)} ideas")
            except sqlite3.Error as exc:
                self._fail("corrupt", *where, str(exc))
        paths.set_data_dir(folder)
        try:
            if op != "demo" and not db.exists() and not backups.sibling(db, backups.RESTORE_READY).exists() \
                    and not backups.sibling(db, backups.RESTORE_TMP).exists():
                self._fail("missing", *where, "no database and nothing to recover it from")
                return
            try:
                try:
                    open_database(db)  # the next start: recovers whatever the kill left half done
                except DatabaseLockedError as exc:
                    # Killed in the microseconds between QLockFile creating `<db>.lock` and writing it:
                    # an empty lock file, as after a power cut. By design (defect 8) it is lifted only
                    # with the user's word ("Slot opheffen", --ontgrendel); counted, then given.
                    if not exc.stale or exc.pid is not None:
                        raise
                    self.figures["asked"] += 1
                    open_database(db, break_stale_lock=True)
                close_database()
            except DatabaseOpenError as exc:
                kind = "missing" if "bestaat niet" in str(exc) else "corrupt"
                self._fail(kind, *where, str(exc))
                return
        finally:
            close_database()
            paths.set_data_dir(None)
        conn = sqlite3.connect(db)
        ok = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        if not ok:
            self._fail("corrupt", *where, "integrity_check")
            return
        total = _count(db)
        expected = {
            "restore": {40, 40 + RESTORED_EXTRA},
            "open": {40 + RESTORED_EXTRA},
            "backup": {40},
            "import": {40, 40 + HARNESS_IDEAS},
            "demo": {0, 48},
        }[op]
        if total not in expected:
            self._fail("partial", *where, f"{total} ideas, expected one of {sorted(expected)}")
        if op == "import" and total == 40 + HARNESS_IDEAS and _count(db, "titel LIKE 'Harness-idee %'") != HARNESS_IDEAS:
            self._fail("partial", *where, "imported rows mixed up")
        for made in backups.list_backups(db):
            if sqlite3.connect(made.path).execute("PRAGMA quick_check").fetchone() != ("ok",):
                self._fail("corrupt", *where, f"backup {made.path.name}")
        left = _leftovers(folder)
        if left:
            self._fail("leftovers", *where, ", ".join(left))


RANDOM_KILLS = {"restore": 30, "open": 25, "backup": 25, "import": 30, "demo": 12}


# One test per operation, so that a parallel run (pytest -n) spreads the harness over the cores.
@pytest.mark.parametrize("op", list(RANDOM_KILLS))
def test_kill_9_anywhere_loses_nothing_and_leaves_nothing(op, tmp_path, request, zygote):
    rng = random.Random(f"10-{op}")
    harness = Harness(tmp_path, zygote)
    # undisturbed: the "after" state, and how long a run takes. The shortest of three: one run
    # slowed by a busy machine would spread the random kills past the end of most later runs.
    seconds = []
    for _ in range(3):
        result = harness.run(op)
        assert not result["killed"]
        seconds.append(result["seconds"])
    duration = min(seconds)
    # the demo's file operations are all at its end
    for crash_at in (DEMO_INJECTED if op == "demo" else INJECTED):
        harness.run(op, crash_at=crash_at)
    wanted = RANDOM_KILLS[op]
    # until that many runs were really killed (a run that ended first still counts and is
    # checked), at most three times as many runs
    killed = 0
    for _ in range(3 * wanted):
        killed += harness.run(op, kill_after=rng.uniform(0, duration * 1.1))["killed"]
        if killed == wanted:
            break
    f = harness.figures
    figures = (f"crash harness ({op}): {f['runs']} runs, {f['kills']} kills, {f['corrupt']} corrupt, "
               f"{f['partial']} partial, {f['missing']} missing, {f['leftovers']} with leftovers, "
               f"{f['error']} other errors, {f['asked']} empty lock files lifted with the user's word; "
               f"undisturbed run time {duration:.2f} s")
    print("\n" + figures)
    # Shown at the end of every run, also a plain or parallel `pytest` in CI (tests/conftest.py).
    request.node.user_properties.append(("crash harness", figures))
    assert harness.failures == []
    # Together the five operations must see at least 100 kills (the figure); each its share.
    assert f["kills"] >= wanted * 0.8
