"""What the safety at start costs: quick_check, the lock and the start backup, against a bare connect.

Prints, for a database of about 4 MB and one of about 40 MB, the time of each way to open it, as a
ratio against a bare SQLite connect plus one query measured in the same run (the baseline):

    /work/venv/bin/python benchmarks/open_database.py
"""
from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wijkdesk import paths  # noqa: E402
from wijkdesk.store import models as m  # noqa: E402
from wijkdesk.store.database import close_database, open_database  # noqa: E402

TEXT = "Een moestuin achter het buurthuis, met bakken op kniehoogte voor ouderen. " * 6


def make(path: Path, ideas: int) -> None:
    open_database(path)
    wijk = m.Wijk.create(naam="Keizerslanden")
    with m.db.atomic():
        rows = [{"wijk": wijk.id, "titel": f"Idee {i}", "omschrijving": TEXT, "uuid": f"u-{i}"}
                for i in range(ideas)]
        for start in range(0, len(rows), 500):
            m.Idee.insert_many(rows[start:start + 500]).execute()
    close_database()


def timed(fn, repeat: int = 7) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths.set_data_dir(tmp)
        for ideas in (8_000, 80_000):
            path = Path(tmp) / f"db{ideas}.db"
            make(path, ideas)
            size_mb = path.stat().st_size / 1e6

            def bare():
                conn = sqlite3.connect(path)
                conn.execute("SELECT COUNT(*) FROM wijk").fetchone()
                conn.close()

            def checked():  # header, lock, quick_check, WAL connect; no backup
                open_database(path, backup=False)
                close_database()

            tick = [0]

            def with_backup():  # as at a real start after a change: a new backup every time
                tick[0] += 1
                open_database(path, now=dt.datetime(2026, 1, 1) + dt.timedelta(minutes=tick[0]))
                m.Wijk.update(gewijzigd_op=dt.datetime.now()).execute()
                close_database()

            def unchanged():  # a start with nothing changed since the last backup: compared, not kept
                open_database(path)
                close_database()

            base = timed(bare)
            print(f"database {size_mb:.1f} MB ({ideas} ideeën); baseline bare connect+query {base * 1000:.1f} ms")
            for name, fn in [("open_database zonder backup (quick_check + slot)", checked),
                             ("open_database met nieuwe backup + rotatie", with_backup),
                             ("open_database, niets veranderd (backup vergeleken)", unchanged)]:
                t = timed(fn)
                print(f"  {name:<52} {t * 1000:8.1f} ms  = {t / base:6.1f} x baseline")
        paths.set_data_dir(None)


if __name__ == "__main__":
    main()
