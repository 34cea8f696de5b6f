"""What removing unreferenced attachments costs at the start of the window, at N receipts.

Fills a temporary `<name>-bijlagen/` folder with N small files laid out as store/attachments does
(`xx/<sha256>.pdf`), all named by rows but a tenth, then times `attachments.remove_unreferenced` (the
clean-up services.bijlagen_opruimen runs when the window opens) against, in the same run:
  - baseline: only walking the folder with os.walk (the least any clean-up must do: see every file);
  - the first version: Path.rglob with a stat and a resolve() per file and per row.
Prints the median of several runs of each and the ratios; target: within 2x the bare walk when every
file is named (a usual start), where the first version was 30-130x.

Run: /work/venv/bin/python benchmarks/bench_attachment_cleanup.py [--files N] [--repeat N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wijkdesk.store import attachments  # noqa: E402

TARGET_RATIO = 2.0


def fill(db_path: Path, n: int) -> tuple[list[str], list[str]]:
    """N files in the attachment folder; returns the stored paths of all of them, and of those rows
    name (all but every tenth)."""
    base = attachments.folder(db_path)
    every, named = [], []
    for i in range(n):
        digest = f"{i:064x}"
        path = base / digest[-2:] / f"{digest}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"%PDF")
        every.append(f"{base.name}/{digest[-2:]}/{digest}.pdf")
        if i % 10:
            named.append(every[-1])
    return every, named


def walk_only(db_path: Path) -> int:
    return sum(len(names) for _top, _dirs, names in os.walk(attachments.folder(db_path)))


def first_version(db_path: Path, referenced: list[str]) -> int:
    """The clean-up as first written (rglob, is_file and resolve per file, resolve per row), deleting nothing."""
    keep = {attachments.resolve(db_path, s).resolve() for s in referenced}
    return sum(1 for p in attachments.folder(db_path).rglob("*") if p.is_file() and p.resolve() not in keep)


def timed(fn, repeat: int, after=None) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
        if after is not None:
            after(result)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="wijkdesk-opruimen-"))
    try:
        db_path = folder / "wijk.db"
        everything, referenced = fill(db_path, args.files)
        unreferenced = args.files - len(referenced)
        base = timed(lambda: walk_only(db_path), args.repeat)
        old = timed(lambda: first_version(db_path, referenced), args.repeat)

        nothing_to_do = timed(lambda: attachments.remove_unreferenced(db_path, everything), args.repeat)

        def put_back(removed):  # outside the timing: the next run removes as many again
            assert len(removed) == unreferenced, len(removed)
            for path in removed:
                path.write_bytes(b"%PDF")

        now = timed(lambda: attachments.remove_unreferenced(db_path, referenced), args.repeat, put_back)
        print(f"{args.files} receipts, {unreferenced} named by no row; median of {args.repeat}")
        print(f"  baseline (os.walk only):                 {base * 1000:8.1f} ms")
        print(f"  first version (rglob, resolve):          {old * 1000:8.1f} ms  x{old / base:.2f}")
        print(f"  now, every file named (a usual start):   {nothing_to_do * 1000:8.1f} ms  x{nothing_to_do / base:.2f}"
              f"  target x{TARGET_RATIO:.1f}: {'gehaald' if nothing_to_do / base <= TARGET_RATIO else 'NIET gehaald'}")
        print(f"  now, removing the {unreferenced} named by no row: {now * 1000:8.1f} ms  x{now / base:.2f}")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
