"""Benchmark: hostile workbooks from issue 10 at their full size against a normal workbook, same run.

    /work/venv/bin/python benchmarks/bench_hostile_import.py [--scale 1.0] [--max-rows 4999]

Each attack is the issue's reproduction, written by tests/exchange/hostile_books.py:
  whitespace    1 GB of whitespace in the sheet, about 1 MB on disk
  strings       20 million shared strings, under 1 MB on disk
  merges        2 million merged ranges
  row_2e9       a 5 KB sheet with row r="2000000000"
  bad_rows      1,048,575 rows with a bad amount, read with --dry-run
  bad_cell      <v>abc</v> in a number cell (a damaged file, refused at the cell)
The baseline of each attack is a normal workbook of good expenses of about the same size on disk
(at most the 4,999 rows the import accepts), really imported (not a dry run).

Every run is `python -m wijkdesk import` in a fresh process on a fresh copy of the same database, so
each peak memory figure (VmHWM on Linux, ru_maxrss elsewhere; tests/exchange/child_import.py) is its own.
Prints per case: file size, wall and CPU seconds (the machine is shared: CPU time is the process's own), peak MB,
exit code, its baseline's figures, and the ratios (CPU time, memory) against that baseline.
Target (issue 10): every file refused or imported within 10 s and 300 MB on this machine.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.exchange import child_import  # noqa: E402
from tests.exchange import hostile_books as hb  # noqa: E402

TARGET_S, TARGET_MB = 10.0, 300.0


def seed(db: Path) -> None:
    """The Excel tests' world: two wijken with budgets for 2025 and 2026."""
    from tests.exchange.conftest import seed_world
    from wijkdesk import paths
    from wijkdesk.store.database import close_database, open_database

    paths.set_data_dir(db.parent)
    open_database(db)
    seed_world()
    close_database()


def attacks(scale: float):
    """(name, what, build(path), extra args) at the issue's sizes times `scale`."""
    def n(value: int) -> int:
        return max(1, int(value * scale))

    def whitespace(path):
        return hb.write_package(path, hb.sheet_xml([hb.header_row(), hb.expense_row(2), *hb.whitespace(n(10**9))]))

    def strings(path):
        def items():
            yield f'<?xml version="1.0"?><sst xmlns="{hb.NS}"><si><t>Keizerslanden</t></si>'
            block = "<si><t/></si>" * 10_000
            for _ in range(0, n(20_000_000), 10_000):
                yield block
            yield "</sst>"
        return hb.book_with_rows(path, [hb.expense_row(2)], shared=items())

    def merges(path):
        return hb.book_with_rows(path, [hb.expense_row(2)], merges=(f"F{r}:G{r}" for r in range(2, n(2_000_000) + 2)))

    def row_2e9(path):
        return hb.book_with_rows(path, [hb.expense_row(r) for r in range(2, 20)] + [hb.expense_row(2_000_000_000)])

    def bad_rows(path):
        return hb.book_with_rows(path, (hb.expense_row(r, cells={"D": hb.text_cell(f"D{r}", "twaalf euro")})
                                        for r in range(2, n(1_048_575) + 2)))

    def bad_cell(path):
        return hb.book_with_rows(path, [hb.expense_row(2, cells={"D": '<c r="D2"><v>abc</v></c>'})])

    return [
        ("whitespace", "1 GB witruimte in het blad", whitespace, ()),
        ("strings", "20 miljoen gedeelde teksten", strings, ()),
        ("merges", "2 miljoen samengevoegde bereiken", merges, ()),
        ("row_2e9", 'rij r="2000000000"', row_2e9, ()),
        ("bad_rows", "1.048.575 foute rijen, --dry-run", bad_rows, ("--dry-run",)),
        ("bad_cell", "<v>abc</v> in een getalcel", bad_cell, ()),
    ]


def run(db_template: Path, book: Path, args: tuple, work: Path) -> dict:
    """One `wijkdesk import` in a fresh process: wall and CPU seconds, peak MB, exit code, first line."""
    db = work / "run.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copy(db_template, db)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "tests.exchange.child_import", "--data-dir", str(work), "import",
                             "--db", str(db), str(book), *args], cwd=ROOT, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - start
    err, cpu, peak_mb = child_import.measurements(result.stderr)
    lines = [line for line in (err + result.stdout).splitlines() if line.strip()]
    first = next((line for line in lines if line.startswith("Fout")), lines[-1] if lines else "")
    return {"s": seconds, "cpu": cpu if cpu is not None else float("nan"),
            "mb": peak_mb if peak_mb is not None else float("nan"), "code": result.returncode, "line": first}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="attack sizes times this (1.0: the issue's)")
    parser.add_argument("--max-rows", type=int, default=4_999,
                        help="most rows of a normal workbook (the import's limit: 5,000 rows with the header)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        work = Path(tmp)
        template = work / "wereld.db"
        seed(template)
        sample = hb.normal_book(work / "proef.xlsx", 1_000)
        bytes_per_row = sample.stat().st_size / 1_000
        baselines: dict[int, dict] = {}

        def baseline(size: int) -> tuple[int, dict]:
            """A normal workbook of about `size` bytes (at most --max-rows rows), really imported."""
            rows = max(1, min(args.max_rows, round(size / bytes_per_row)))
            if rows not in baselines:
                book = hb.normal_book(work / f"normaal-{rows}.xlsx", rows)
                baselines[rows] = run(template, book, (), work) | {"size": book.stat().st_size}
            return rows, baselines[rows]

        header = (f"{'aanval':<11} {'bestand':>9} {'s':>6} {'cpu s':>6} {'piek MB':>7} {'exit':>4} | "
                  f"{'normaal':>13} {'s':>6} {'cpu s':>6} {'MB':>4} | {'x cpu':>5} {'x MB':>5}  melding")
        print(header)
        print("-" * len(header))
        worst = {"s": 0.0, "cpu": 0.0, "mb": 0.0}
        for name, _what, build, extra in attacks(args.scale):
            t0 = time.perf_counter()
            book = build(work / f"{name}.xlsx")
            made = time.perf_counter() - t0
            size = book.stat().st_size
            got = run(template, book, extra, work)
            book.unlink()
            rows, base = baseline(size)
            for key in worst:
                worst[key] = max(worst[key], got[key])
            print(f"{name:<11} {_size(size):>9} {got['s']:>6.2f} {got['cpu']:>6.2f} {got['mb']:>7.0f} {got['code']:>4} | "
                  f"{rows:>5} rijen {_size(base['size']):>5} {base['s']:>6.2f} {base['cpu']:>6.2f} {base['mb']:>4.0f} | "
                  f"{got['cpu'] / base['cpu']:>5.2f} {got['mb'] / base['mb']:>5.2f}  {got['line'][:90]} "
                  f"(gemaakt in {made:.1f} s)")
        print()
        verdict = "gehaald" if worst["s"] <= TARGET_S and worst["mb"] <= TARGET_MB else "NIET gehaald"
        print(f"Slechtste aanval: {worst['s']:.2f} s ({worst['cpu']:.2f} s cpu), {worst['mb']:.0f} MB; doel "
              f"{TARGET_S:.0f} s en {TARGET_MB:.0f} MB: {verdict}.")
        for rows, base in sorted(baselines.items()):
            print(f"Normale werkmap van {rows} rijen ({_size(base['size'])}): {base['s']:.2f} s ({base['cpu']:.2f} s cpu), "
                  f"{base['mb']:.0f} MB, exit {base['code']}: {base['line']}")
    return 0


def _size(size: int) -> str:
    return f"{size / 1e6:.1f}MB" if size > 1e5 else f"{size / 1e3:.0f}KB"


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
