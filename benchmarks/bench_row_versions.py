"""What row versions (issue 15 point 2) cost on the write path, against the same path without them.

Fills a temporary SQLite database (one wijk, N ideas), then times, each in this same run with and
without the version work (the "without" variant is the write path as it was before: `row.save()` of
every column, a deferred BEGIN, no version raised after a raw write):
  - field saves: one change per save, `ideeen.update_idee(id, titel=...)`, the way a detail pane saves
    (with versions: the pane's version named, checked, the UPDATE ... WHERE id = ? AND versie = ?);
  - a bulk raw write: one change that registers N rows (`changes.touch_ids`) and updates them with one
    statement (with versions: every row gets its next version when the change ends).
Prints the mean per save and per bulk row and the ratio with/without. Target: at most 1.5x.

Run: /work/venv/bin/python benchmarks/bench_row_versions.py [--ideas N] [--saves N]
"""
from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_RATIO = 1.5


@contextlib.contextmanager
def without_versions():
    """The write path as it was before row versions: save() of the whole row, deferred BEGIN, no bump."""
    from wijkdesk.services import changes, common
    from wijkdesk.store.models import db

    saved = (common._save_versioned, changes._raise_versions, changes._transaction, changes.expect)
    common._save_versioned = lambda row, diff: row.save()
    changes._raise_versions = lambda entries: None
    changes._transaction = lambda: db.atomic()
    changes.expect = lambda model, row_id, versie: None
    try:
        yield
    finally:
        common._save_versioned, changes._raise_versions, changes._transaction, changes.expect = saved


def field_saves(ids: list[int], rounds: int, label: str) -> float:
    """Mean ms per pane save (one change each), naming the version the pane holds."""
    from wijkdesk.services import changes, ideeen
    from wijkdesk.store.models import Idee

    times = []
    for n in range(rounds):
        idee_id = ids[n % len(ids)]
        versie = Idee.get_by_id(idee_id).versie
        start = time.perf_counter()
        with changes.change("Idee wijzigen", versies={("Idee", idee_id): versie}):
            ideeen.update_idee(idee_id, titel=f"{label} {n}")
        times.append(time.perf_counter() - start)
    return statistics.mean(times) * 1000


def bulk_write(ids: list[int], label: str) -> float:
    """Mean µs per row of one change writing every idea with one raw UPDATE."""
    from wijkdesk.services import changes
    from wijkdesk.store.models import Idee

    start = time.perf_counter()
    with changes.change("Thema's in bulk"):
        changes.touch_ids(Idee, ids)
        Idee.update(thema=label).where(Idee.id.in_(ids)).execute()
    return (time.perf_counter() - start) / len(ids) * 1e6


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=5_000)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args(argv)

    from wijkdesk import paths
    from wijkdesk.services import wijken
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Idee, db

    with tempfile.TemporaryDirectory() as folder:
        paths.set_data_dir(Path(folder))
        open_database(Path(folder) / "bench.db", backup=False)
        wijk = wijken.create_wijk("Keizerslanden")
        with db.atomic():
            Idee.insert_many([{"wijk": wijk.id, "titel": f"Idee {i}"} for i in range(args.ideas)]).execute()
        ids = [i for (i,) in Idee.select(Idee.id).tuples()]

        rows = []
        for name, run in (("veldopslag (ms per opslag)", lambda label: field_saves(ids, args.saves, label)),
                          ("bulk ruwe schrijf (µs per rij)", lambda label: bulk_write(ids, label))):
            run("opwarmen")
            with without_versions():
                before = run("zonder")
            after = run("met")
            rows.append((name, before, after))
        close_database()
        paths.set_data_dir(None)

    print(f"Rijversies op het schrijfpad: {args.ideas} ideeën, {args.saves} opslagen (SQLite, synchronous=FULL)")
    worst = 0.0
    for name, before, after in rows:
        ratio = after / before
        worst = max(worst, ratio)
        print(f"  {name:32} zonder versies {before:8.2f}   met versies {after:8.2f}   verhouding {ratio:5.2f}x")
    print(f"Doel: hoogstens {TARGET_RATIO}x -> {'gehaald' if worst <= TARGET_RATIO else 'NIET gehaald'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
