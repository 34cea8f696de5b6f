"""Start-up time to a shown main window: the packaged program against the source, in the same run.

    python benchmarks/bench_startup.py                    # builds the package first (build.spec)
    python benchmarks/bench_startup.py --dist dist/wijkdesk --runs 9

Both open the same demo database (made once with `wijkdesk demo`), offscreen, with
WIJKDESK_EXIT_WHEN_SHOWN=1: the program prints a marker at the main window's first paint and quits
(wijkdesk/startup_probe.py). The time is from starting the process to reading that marker. After one
warm-up start each (file cache, the start backup), the two alternate so that a busy moment on the
machine hits both alike. Prints the median, min and max of each and the ratio frozen/source.
Targets (issue 6): frozen at most 1.5x the source, and under 1 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wijkdesk.startup_probe import ENV_VAR, MARKER  # noqa: E402

TARGET_RATIO = 1.5
TARGET_FROZEN_S = 1.0
TIMEOUT_S = 60


def build(out: Path) -> Path:
    """Build the package with build.spec into `out`; returns the dist/wijkdesk folder."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True)
    print(f"pakket gebouwd in {time.perf_counter() - started:.1f} s")
    return out / "dist" / "wijkdesk"


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `command` to its marker line; the process is then left to exit."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=ROOT)
    try:
        for line in proc.stdout:
            if line.strip() == MARKER:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"geen venster: {' '.join(command)}\n{proc.stderr.read()[-3000:]}")
        proc.wait(timeout=TIMEOUT_S)
        if proc.returncode != 0:
            raise RuntimeError(f"uitkomst {proc.returncode}: {' '.join(command)}\n{proc.stderr.read()[-3000:]}")
        return elapsed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, help="een gebouwde dist/wijkdesk-map (anders wordt er gebouwd)")
    parser.add_argument("--runs", type=int, default=7, help="metingen per variant (standaard 7)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="wijkdesk-bench-") as tmp_name:
        tmp = Path(tmp_name)
        dist = args.dist.resolve() if args.dist else build(tmp / "build")
        program = dist / ("wijkdesk.exe" if sys.platform == "win32" else "wijkdesk")
        db = tmp / "demo.db"
        env = dict(os.environ, WIJKDESK_DATA_DIR=str(tmp / "data"), QT_QPA_PLATFORM="offscreen",
                   PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "wijkdesk", "demo", "--db", str(db)], env=env, cwd=ROOT,
                       check=True, capture_output=True)
        env[ENV_VAR] = "1"
        variants = {
            "bron (python -m wijkdesk)": [sys.executable, "-m", "wijkdesk", "--db", str(db)],
            "pakket (dist/wijkdesk)": [str(program), "--db", str(db)],
        }
        times: dict[str, list[float]] = {name: [] for name in variants}
        for command in variants.values():
            time_to_window(command, env)  # warm-up: file cache, the backup at the first start
        for _ in range(args.runs):
            for name, command in variants.items():
                times[name].append(time_to_window(command, env))

    print(f"\nOpstarttijd tot getoond hoofdvenster, demo-database, offscreen, {args.runs} metingen elk:")
    medians = {}
    for name, values in times.items():
        medians[name] = statistics.median(values)
        print(f"  {name:28s} mediaan {medians[name]:.3f} s   (min {min(values):.3f}, max {max(values):.3f})")
    source, frozen = medians.values()
    ratio = frozen / source
    print(f"  verhouding pakket/bron       {ratio:.2f}x")
    ok_ratio, ok_abs = ratio <= TARGET_RATIO, frozen < TARGET_FROZEN_S
    print(f"  doel pakket <= {TARGET_RATIO}x bron: {'gehaald' if ok_ratio else 'NIET gehaald'}; "
          f"doel pakket < {TARGET_FROZEN_S:.0f} s: {'gehaald' if ok_abs else 'NIET gehaald'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
