"""The tab benchmark still runs (on a small city: 3 wijken, 2 years) and shows the same rows as its bare SQL.

One measurement per figure: the test checks the rows and the report, not the times (a benchmark's job)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_bench_tabs_runs_on_a_small_database():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_tabs.py"), "--ideas", "300",
                             "--expenses", "900", "--grants", "60", "--wijken", "3", "--jaren", "2",
                             "--metingen", "1"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    # Exit 1 only means a target was missed (timing); a wrong row order stops it with a message.
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert "andere rijen" not in result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(("openen", "sorteren", "filteren"))]
    assert len(lines) == 14, result.stdout  # 4 tabs opened, 4 sorted, 4 common and 2 rare words filtered
    assert sum("(zeldzaam)" in line and "LIKE" in line for line in lines) == 2, result.stdout


def test_bench_tabs_refuses_a_file_that_is_no_database_in_dutch(tmp_path):
    """--bewaar pointing at another file: the program's Dutch message and exit 2, no traceback, the file
    left as it was."""
    other = tmp_path / "notities.db"
    other.write_bytes(b"dit is geen database\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_tabs.py"), "--bewaar", str(other),
                             "--metingen", "1", "--geen-export"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "geen WijkDesk-database" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert other.read_bytes() == b"dit is geen database\n"


def test_bench_tabs_measures_only_the_operations_asked_for(tmp_path):
    """--alleen: only the operations whose name holds the text (one change measured quickly); a text that
    names none says so in Dutch and exits 2, where a run that measured nothing passed silently."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    kept = tmp_path / "klein.db"

    def run(*extra):
        return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_tabs.py"), "--bewaar", str(kept),
                               "--ideas", "300", "--expenses", "900", "--grants", "60", "--metingen", "1",
                               "--geen-export", *extra], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=300)

    result = run("--alleen", "filteren doelen")
    assert result.returncode in (0, 1), result.stderr[-2000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith(("openen", "sorteren", "filteren"))]
    assert lines and all(line.startswith("filteren Doelen") for line in lines), result.stdout
    assert "budgetoverzicht" not in result.stdout
    result = run("--alleen", "bestaat niet")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Geen meting met 'bestaat niet'" in result.stdout
