"""How long meenemen and terugbrengen take for one wijk, against copying the whole file.

Fills a temporary database with one wijk (bench_tabs.fill: groups, goals, 300 grants, N ideas, M
expenses) and measures, once each (they write files, so a median would measure the page cache):
  - baseline: a copy of the whole database file with SQLite's backup API (what `wijkdesk backup` does),
  - meenemen of the wijk into a new file,
  - terugbrengen with nothing changed (the three-way comparison of every row),
  - terugbrengen after 1% of the expenses were changed on the laptop (the writes, the money check,
    the copy brought up to date),
and prints each as seconds and as a ratio to the baseline, with the peak memory of the process.
City scale is 12 wijken x 10 years: one wijk is about --expenses 83000 --ideas 17000.

Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_offline.py [--ideas N] [--expenses N]
"""
from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=2000)
    parser.add_argument("--expenses", type=int, default=10000)
    args = parser.parse_args(argv)

    from bench_tabs import fill

    from wijkdesk import paths
    from wijkdesk.services import offline
    from wijkdesk.store.database import close_database, open_database

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        paths.set_data_dir(folder)
        server, copy = folder / "server.db", folder / "laptop.db"
        open_database(server, backup=False)
        fill(args.ideas, args.expenses)
        close_database()

        started = time.perf_counter()
        source, target = sqlite3.connect(server), sqlite3.connect(folder / "heel-bestand.db")
        source.backup(target)
        source.close()
        target.close()
        baseline = time.perf_counter() - started

        figures = []
        started = time.perf_counter()
        taken = offline.take_wijk(server, "Keizerslanden", copy)
        figures.append(("meenemen", time.perf_counter() - started))
        started = time.perf_counter()
        nothing = offline.bring_back(copy)
        figures.append(("terugbrengen, niets gewijzigd", time.perf_counter() - started))
        assert nothing.status == "niets te verzenden", nothing.status
        conn = sqlite3.connect(copy)
        changed = conn.execute("UPDATE uitgave SET leverancier = 'Gewijzigd offline' WHERE id % 100 = 0").rowcount
        conn.commit()
        conn.close()
        started = time.perf_counter()
        sent = offline.bring_back(copy, reden="benchmark")
        figures.append((f"terugbrengen, {changed} uitgaven gewijzigd", time.perf_counter() - started))
        assert sent.counts["gewijzigd"] == changed, sent.counts

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = sum(taken.counts.values())
    print(f"Eén wijk: {args.ideas} ideeën, {args.expenses} uitgaven ({rows} rijen in de kopie, audit inbegrepen)")
    print(f"  basis: kopie van het hele bestand (backup-API)   {baseline:8.3f} s   1.0x")
    for name, seconds in figures:
        print(f"  {name:<46} {seconds:8.3f} s  {seconds / baseline:5.1f}x")
    print(f"  piekgeheugen van het proces: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
