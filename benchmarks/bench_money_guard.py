"""The money check per added expense, on a budget that already has 100,000 expenses.

Fills a temporary database (one wijk, a 2026 budget, 300 grants, N expenses, 80 % of them under a
grant), then adds 100 expenses the way the window does (`services.changes.change` around
`budget.create_uitgave`, half of them under a grant) twice:
  - before: with the first guard, `budget.money_guard_full` (the whole overview of the budget before
    and after each add), measured in this same run as the baseline;
  - after: with `budget.money_guard` (only the rows the change wrote, an indexed sum per touched grant,
    the committed total carried from the previous change).
and once more without any money check, so the check's own share is visible (the rest is the change,
its audit rows and the commit, which waits for the disk: synchronous=FULL). Prints the mean time per
add for each and the ratio after/before. Target: under 10 ms per add at 100,000 expenses.
Then undoes and redoes the last 100 adds (Ctrl+Z, Ctrl+Y: `services.changes.undo`/`redo`), first with the
whole-overview guard (the baseline, as undo and redo checked before), then with `budget.money_guard_rows`
(the rows they put back, checked as an add is).

Run: /work/venv/bin/python benchmarks/bench_money_guard.py [--expenses N] [--adds N]
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 10.0


def fill(n_expenses: int) -> tuple[int, list[int]]:
    """Bulk-fill the open database; returns the wijk id and the grant ids."""
    from wijkdesk.store.models import Meedoenbudget, Toekenning, Uitgave, Wijk, db

    rng = random.Random(11)
    now = dt.datetime(2026, 11, 26, 12, 0)
    with db.atomic():
        wijk = Wijk.create(naam="Keizerslanden")
        budget = Meedoenbudget.create(wijk=wijk, jaar=2026, bedrag_cents=10**12)
        grants = [Toekenning.create(budget=budget, omschrijving=f"Toekenning {i}", zaaknummer=f"Z/26/{i:05d}",
                                    bedrag_cents=10**9) for i in range(300)]
        rows = []
        for i in range(n_expenses):
            grant = rng.choice(grants) if rng.random() < 0.8 else None
            rows.append({"uuid": f"uitgave-{i:08d}", "budget": budget.id, "aangemaakt_op": now, "gewijzigd_op": now,
                         "toekenning": grant.id if grant else None,
                         "datum": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(365)),
                         "bedrag_cents": rng.randrange(100, 500_000), "omschrijving": f"Uitgave {i}",
                         "status": rng.choice(["open", "goedgekeurd", "betaald"])})
        for start in range(0, len(rows), 5000):
            Uitgave.insert_many(rows[start:start + 5000]).execute()
    return wijk.id, [g.id for g in grants]


def add_expenses(wijk_id: int, grants: list[int], adds: int, label: str, unchecked: bool = False) -> list[float]:
    """Add `adds` expenses, one change each, as the window does; seconds per add. `unchecked`: with a reason
    on the change, so that its own check of money rows no guard looked at is skipped too (without it, the
    'no check' figure measured that check of the whole budget instead: 26 ms, more than with the guard)."""
    from wijkdesk.services import budget, changes

    rng = random.Random(5)
    times = []
    for i in range(adds):
        under = rng.choice(grants) if i % 2 else None
        start = time.perf_counter()
        with changes.change(f"Uitgave {label} {i}") as made:
            if unchecked:
                made.override_reden = "benchmark: zonder geldcontrole"
            budget.create_uitgave(wijk_id, 2026, rng.randrange(100, 50_000), f"{label} {i}", "1-6-2026",
                                  toekenning=under)
        times.append(time.perf_counter() - start)
    return times


def undo_redo(made: list) -> tuple[list[float], list[float]]:
    """Undo the changes newest first, then redo them oldest first; seconds per undo and per redo."""
    from wijkdesk.services import changes

    undone, redone = [], []
    for c in reversed(made):
        start = time.perf_counter()
        changes.undo(c)
        undone.append(time.perf_counter() - start)
    for c in made:
        start = time.perf_counter()
        changes.redo(c)
        redone.append(time.perf_counter() - start)
    return undone, redone


@contextlib.contextmanager
def _no_check(budget_ids, override_reden=""):
    """No money check at all: what an add costs without one."""
    yield


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expenses", type=int, default=100_000)
    parser.add_argument("--adds", type=int, default=100)
    args = parser.parse_args()

    from wijkdesk import paths
    from wijkdesk.services import budget
    from wijkdesk.store.database import close_database, open_database

    with tempfile.TemporaryDirectory() as folder:
        paths.set_data_dir(Path(folder))
        open_database(Path(folder) / "bench.db", backup=False)
        started = time.perf_counter()
        wijk_id, grants = fill(args.expenses)
        print(f"{args.expenses:,} uitgaven onder 300 toekenningen klaargezet in {time.perf_counter() - started:.1f} s")

        fast_guard = budget.money_guard
        try:
            budget.money_guard = _no_check
            bare = add_expenses(wijk_id, grants, args.adds, "zonder", unchecked=True)
            budget.money_guard = budget.money_guard_full
            before = add_expenses(wijk_id, grants, args.adds, "voor")
        finally:
            budget.money_guard = fast_guard
        from wijkdesk.services import changes

        with changes.recording() as made:
            after = add_expenses(wijk_id, grants, args.adds, "na")
        rows_guard = budget.money_guard_rows
        try:
            budget.money_guard_rows = budget.money_guard_rows_full
            undo_before, redo_before = undo_redo(made)
        finally:
            budget.money_guard_rows = rows_guard
        undo_after, redo_after = undo_redo(made)
        check = budget.budget_overview(wijk_id, 2026)
        close_database()

    mean_bare = statistics.mean(bare) * 1000
    mean_before, mean_after = statistics.mean(before) * 1000, statistics.mean(after) * 1000
    print(f"{args.adds} uitgaven toegevoegd, gemiddeld per uitgave (met de geldcontrole):")
    print(f"  voor (hele overzicht voor en na, money_guard_full): {mean_before:8.2f} ms  (basis, 1.00x)")
    print(f"  na   (alleen wat de wijziging raakt, money_guard):   {mean_after:8.2f} ms  "
          f"({mean_after / mean_before:.3f}x; {mean_before / mean_after:.1f} keer zo snel)")
    print(f"  zonder geldcontrole (wijziging, auditregels, commit): {mean_bare:6.2f} ms; de controle zelf dus "
          f"voor {mean_before - mean_bare:.2f} ms, na {mean_after - mean_bare:.2f} ms")
    print(f"  mediaan voor/na: {statistics.median(before) * 1000:.2f} / {statistics.median(after) * 1000:.2f} ms; "
          f"vastgelegd na afloop {check.vastgelegd_cents} cent")
    # The first add after the window opened has no committed total yet and sums the budget once.
    print(f"  na, eerste uitgave {after[0] * 1000:.2f} ms (telt het budget eenmaal op), "
          f"de {len(after) - 1} volgende gemiddeld {statistics.mean(after[1:]) * 1000:.2f} ms")
    print(f"Ongedaan maken en opnieuw doen van die {len(undo_after)} uitgaven, gemiddeld per stap:")
    for what, base, now in (("ongedaan maken", undo_before, undo_after), ("opnieuw doen", redo_before, redo_after)):
        b, a = statistics.mean(base) * 1000, statistics.mean(now) * 1000
        print(f"  {what:<15} voor (hele overzicht) {b:8.2f} ms  na (money_guard_rows) {a:8.2f} ms  "
              f"({a / b:.3f}x; {b / a:.1f} keer zo snel)")
    ok = mean_after < TARGET_MS
    print(f"Doel: onder {TARGET_MS:.0f} ms per uitgave: {'gehaald' if ok else 'NIET gehaald'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
