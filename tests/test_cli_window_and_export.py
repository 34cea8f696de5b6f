"""The command line where it met a person badly: no display, an export while the window is open,
a wrong file name, a year without data (issue 9, defect 8)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.exchange.conftest import seed_world
from tests.exchange.helpers import info_values, sheet_dicts_calamine
from wijkdesk.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _env_without_display(tmp_path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Windows and macOS always have a display")
@pytest.mark.parametrize("extra", [["--demo"], []])
def test_window_without_a_display_says_so_in_dutch_and_exits_2(tmp_path, extra):
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-m", "wijkdesk", "--data-dir", str(data), "--db", str(data / "w.db"),
                             *extra], cwd=ROOT, env=_env_without_display(tmp_path), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "geen beeldscherm" in result.stderr and "wijkdesk export" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (data / "w.db").exists()  # nothing made for a window that cannot open


def test_has_display_by_platform_and_qt_plugin():
    from wijkdesk.commands.gui import has_display

    assert has_display({}, "win32") and has_display({}, "darwin")
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux") and has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not has_display({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not has_display({"QT_QPA_PLATFORM": "wayland"}, "freebsd14")


# A WijkDesk window stand-in: opens the database for writing (takes the lock), and saves an expense
# each time it is told to, while it stays open.
HOLDER = """
import datetime as dt, sys
from wijkdesk import paths
paths.set_data_dir(sys.argv[2])
from wijkdesk.services import budget
from wijkdesk.store.database import open_database
from wijkdesk.store.models import Wijk
open_database(sys.argv[1])
print("open", flush=True)
n = 0
for line in sys.stdin:
    n += 1
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    budget.create_uitgave(wijk, 2026, "1,00", f"Terwijl het venster open is {n}", dt.date(2026, 5, n))
    print("saved", flush=True)
"""


@pytest.fixture
def seeded_db(db, db_path):
    from wijkdesk.store.database import close_database

    seed_world()
    close_database()
    return db_path


def test_export_reads_while_another_wijkdesk_holds_the_database(seeded_db, tmp_path, capsys):
    from wijkdesk.store.lock import DatabaseLock

    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(seeded_db), str(seeded_db.parent)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        proc.stdin.write("save\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "saved"  # committed, in the holder's WAL
        out = tmp_path / "terwijl-open.xlsx"
        code = main(["export", "--db", str(seeded_db), "--out", str(out)])
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert "Werkmap geschreven" in captured.out
        rows = sheet_dicts_calamine(out, "Uitgaven")
        assert "Terwijl het venster open is 1" in {r["Omschrijving"] for r in rows}
        assert len(rows) == 6
        assert info_values(out, "calamine")["Database"] == seeded_db.name
        # The window kept its lock and can still save.
        assert DatabaseLock(seeded_db).holder().pid == proc.pid
        proc.stdin.write("save\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "saved"
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
    assert proc.returncode == 0


@pytest.mark.parametrize("command", ["export", "template"])
@pytest.mark.parametrize("name", ["financien.csv", "financien"])
def test_out_without_xlsx_suffix_is_refused(seeded_db, tmp_path, capsys, command, name):
    folder = tmp_path / "uit"
    folder.mkdir()
    code = main([command, "--db", str(seeded_db), "--out", str(folder / name)])
    err = capsys.readouterr().err
    assert code == 2 and "op .xlsx eindigt" in err and "financien.xlsx" in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_year_without_data_says_so_exits_1_and_writes_nothing(seeded_db, tmp_path, capsys):
    out = tmp_path / "1999.xlsx"
    code = main(["export", "--db", str(seeded_db), "--out", str(out), "--year", "1999"])
    captured = capsys.readouterr()
    assert code == 1
    assert "niets te exporteren" in captured.err and "Jaren met gegevens: 2025, 2026" in captured.err
    assert "Werkmap geschreven" not in captured.out
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")) == []
    old = tmp_path / "oud.xlsx"
    old.write_bytes(b"vorige werkmap")
    assert main(["export", "--db", str(seeded_db), "--out", str(old), "--year", "1999", "--wijk", "Rivierenwijk"]) == 1
    assert old.read_bytes() == b"vorige werkmap"
