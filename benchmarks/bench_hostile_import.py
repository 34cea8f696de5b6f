"""Benchmark: hostile workbooks from issue 10 at their full size against a normal workbook, same run.

    /work/venv/bin/python benchmarks/bench_hostile_import.py [--scale 1.0] [--baseline-rows 10000]

Each attack is the issue's reproduction, written by tests/exchange/hostile_books.py:
  whitespace    1 GB of whitespace in the sheet, about 1 MB on disk
  strings       20 million shared strings, under 1 MB on disk
  merges        2 million merged ranges
  row_2e9       a 5 KB sheet with row r="2000000000"
  bad_rows      1,048,575 rows with a bad amount, read with --dry-run
  bad_cell      <v>abc</v> in a number cell (a damaged file, refused at the cell)
The baseline is a normal workbook of good expenses: as many rows as the import accepts
(--baseline-rows, the limit), really imported (not a dry run), once at the size of the small attacks.

Every run is `python -m wijkdesk import` in a fresh process on a fresh copy of the same database, so
each peak memory figure (ru_maxrss of that child) is its own. Prints per case: file size, seconds,
peak MB, exit code, and the ratios against the baseline. Target (issue 10): every file refused or
imported within 10 s and 300 MB on this machine.
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


_RUNNER = """
import resource, sys
from wijkdesk.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
print("PEAK_RSS_KB=%d" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def run(db_template: Path, book: Path, args: tuple, work: Path) -> tuple[float, float, int, str]:
    """Seconds, peak MB, exit code and the first line of output of one `wijkdesk import` in a fresh process."""
    db = work / "run.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copy(db_template, db)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _RUNNER, "--data-dir", str(work), "import", "--db", str(db),
                             str(book), *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - start
    err, _m, peak = result.stderr.rpartition("PEAK_RSS_KB=")
    lines = [line for line in (err + result.stdout).splitlines() if line.strip()]
    first = next((line for line in lines if line.startswith("Fout")), lines[-1] if lines else "")
    return seconds, int(peak) / 1024 if peak.strip().isdigit() else float("nan"), result.returncode, first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="attack sizes times this (1.0: the issue's)")
    parser.add_argument("--baseline-rows", type=int, default=4_999, help="rows of the normal workbook")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        work = Path(tmp)
        template = work / "wereld.db"
        seed(template)
        normal = hb.normal_book(work / "normaal.xlsx", args.baseline_rows)
        small = hb.normal_book(work / "normaal-klein.xlsx", 20)
        base_s, base_mb, base_code, base_line = run(template, normal, (), work)
        small_s, small_mb, _c, _l = run(template, small, (), work)
        print(f"Normale werkmap: {args.baseline_rows} rijen ({normal.stat().st_size / 1e6:.2f} MB): "
              f"{base_s:.2f} s, {base_mb:.0f} MB, exit {base_code} ({base_line})")
        print(f"Normale werkmap: 20 rijen ({small.stat().st_size / 1e3:.0f} KB): {small_s:.2f} s, {small_mb:.0f} MB")
        print()
        header = f"{'aanval':<12} {'bestand':>9} {'seconden':>9} {'piek MB':>8} {'exit':>4}  {'x tijd':>6} " \
                 f"{'x geheugen':>10}  melding"
        print(header)
        print("-" * len(header))
        worst_s = worst_mb = 0.0
        for name, _what, build, extra in attacks(args.scale):
            t0 = time.perf_counter()
            book = build(work / f"{name}.xlsx")
            made = time.perf_counter() - t0
            seconds, mb, code, line = run(template, book, extra, work)
            worst_s, worst_mb = max(worst_s, seconds), max(worst_mb, mb)
            size = book.stat().st_size
            shown = f"{size / 1e6:.2f} MB" if size > 1e5 else f"{size / 1e3:.0f} KB"
            print(f"{name:<12} {shown:>9} {seconds:>9.2f} {mb:>8.0f} {code:>4}  {seconds / base_s:>6.2f} "
                  f"{mb / base_mb:>10.2f}  {line[:110]}  (gemaakt in {made:.1f} s)")
            book.unlink()
        print()
        verdict = "gehaald" if worst_s <= TARGET_S and worst_mb <= TARGET_MB else "NIET gehaald"
        print(f"Slechtste aanval: {worst_s:.2f} s, {worst_mb:.0f} MB; doel {TARGET_S:.0f} s en {TARGET_MB:.0f} MB: "
              f"{verdict}. Normale werkmap van {args.baseline_rows} rijen: {base_s:.2f} s, {base_mb:.0f} MB.")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
