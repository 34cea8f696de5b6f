"""Benchmark: what an AVG erase costs, and what the erasure list costs the finance export.

    /work/venv/bin/python benchmarks/bench_erase.py [--rows 100000] [--backups 10] [--erased 20]

Seeds a database with N expenses (benchmarks/bench_export.seed) and K backups, then measures, in
the same run:
  - baseline: one verified backup of the database (`store.backups.make_backup`), the unit of work an
    erase repeats per copy;
  - erase:    `services.wissen.erase_person` of one member (free text, audit log, VACUUM + WAL,
              every backup rewritten), as a ratio to the baseline and to (K + 1) baselines;
  - export:   the finance workbook with E persons on the erasure list against the same database with
              none (the hashed matcher runs on every text cell), as a ratio.
The machine is shared: each time is the best of --repeat runs.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--backups", type=int, default=10)
    parser.add_argument("--erased", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from benchmarks.bench_export import seed
    from wijkdesk import paths
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.services import wissen
    from wijkdesk.store import backups, erasures
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Persoon

    folder = Path(tempfile.mkdtemp(prefix="bench-erase-"))
    try:
        master = folder / "master.db"
        print(f"Database met {args.rows:,} uitgaven en {args.backups} reservekopieën opbouwen…", flush=True)
        seed(master, args.rows)
        db_path = folder / "wijkdesk.db"
        paths.set_data_dir(folder)

        def fresh() -> None:
            close_database()
            for f in folder.glob("wijkdesk*"):
                shutil.rmtree(f) if f.is_dir() else f.unlink()
            shutil.copy(master, db_path)
            open_database(db_path, backup=False)
            for i in range(args.backups):
                backups.make_backup(db_path, reason=f"bench{chr(97 + i % 26)}")

        fresh()
        size_mb = db_path.stat().st_size / 1e6
        baseline = best(lambda: backups.make_backup(db_path, reason="meting"), args.repeat)
        erase_times = []
        for _ in range(args.repeat):
            fresh()
            persoon = Persoon.select().first()
            start = time.perf_counter()
            result = wissen.erase_person(persoon)
            erase_times.append(time.perf_counter() - start)
            assert len(result.kopieen) == args.backups and not result.problemen, result.problemen
        erase = min(erase_times)

        fresh()
        out = folder / "export.xlsx"

        def export() -> None:
            out.unlink(missing_ok=True)
            export_workbook(out)

        export_plain = best(export, args.repeat)
        erased = erasures.load(db_path)
        from wijkdesk.domain.privacy import person_keys, salted

        for i in range(args.erased):  # persons erased earlier: only their hashes are on the list
            erased.persons.append({"id": salted(erased.salt, f"weg-{i}"), "gewist_op": "2026-01-01",
                                   "sleutels": person_keys(erased.salt, f"Oud{i} Lid{i}", f"oud{i}@mail.nl",
                                                           f"06-{10_000_000 + i}")})
        erasures.save(db_path, erased)
        export_erased = best(export, args.repeat)
        close_database()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(f"\nDatabase: {args.rows:,} uitgaven, {size_mb:.1f} MB, {args.backups} reservekopieën")
    print(f"  baseline: één reservekopie maken      {baseline:7.2f} s")
    print(f"  persoon wissen (alles)                {erase:7.2f} s   = {erase / baseline:5.1f}x een reservekopie, "
          f"{erase / ((args.backups + 1) * baseline):4.2f}x {args.backups + 1} reservekopieën")
    print(f"  export, niemand gewist                {export_plain:7.2f} s")
    print(f"  export, {args.erased} personen op de wislijst    {export_erased:7.2f} s   = "
          f"{export_erased / export_plain:4.2f}x")


if __name__ == "__main__":
    main()
