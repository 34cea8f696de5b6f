"""The command line: version, Dutch errors for user mistakes, never a traceback."""
import subprocess
import sys

import pytest

from wijkdesk import __version__
from wijkdesk.cli import main
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def test_version_via_module(data_dir):
    result = subprocess.run([sys.executable, "-m", "wijkdesk", "--version"], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"WijkDesk {__version__}"


@pytest.mark.parametrize(
    "argv,fragment",
    [
        (["checkk"], "onbekende opdracht 'checkk'"),
        (["check", "--dbx", "x"], "onbekende opties: --dbx"),
        (["check", "--db"], "--db: hier hoort een waarde achter"),
    ],
)
def test_user_mistakes_get_dutch_message_and_exit_2(argv, fragment, capsys, data_dir):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err and "--help" in err


def test_log_file_written_in_data_dir(data_dir, tmp_path):
    main(["check", "--db", str(tmp_path / "none.db")])
    assert (data_dir / "logs" / "wijkdesk.log").exists()


def test_unwritable_target_gets_dutch_message_not_traceback(data_dir, tmp_path, capsys):
    db_file = tmp_path / "a.db"
    assert main(["demo", "--db", str(db_file)]) == 0
    blocker = tmp_path / "geen-map"
    blocker.write_text("een bestand, geen map")
    code = main(["backup", "--db", str(db_file), "--to", str(blocker / "kopie.db")])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "Fout:" in err


@pytest.mark.parametrize("command", [["rapport", "--alle-wijken", "--out", "r.pdf"], ["export", "--out", "x.xlsx"]])
@pytest.mark.parametrize("option", ["--year", "--jaar"])
@pytest.mark.parametrize("year", ["0", "-5", "1899", "2201", "9999", "10000", "99999999999999999999"])
def test_a_year_outside_the_range_is_refused_by_the_parser(command, option, year, capsys, data_dir, tmp_path):
    db = tmp_path / "geen.db"  # never opened: the parser refuses first (was a ValueError/OverflowError)
    with pytest.raises(SystemExit) as info:
        main([*command, "--db", str(db), option, year])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"Fout: --year/--jaar: Jaar moet tussen 1900 en 2200 liggen (niet {year[:20]})" in err
    assert "Traceback" not in err and not db.exists()


def test_a_year_that_is_no_number_is_refused(capsys, data_dir):
    with pytest.raises(SystemExit):
        main(["rapport", "--alle-wijken", "--out", "r.pdf", "--jaar", "twintig"])
    assert "'twintig' is geen jaartal" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["erase-person", "--id", "{n}"],
    ["bewaartermijn", "--vernieuw", "{n}"],
    ["pdf", "besluitenlijst", "--bijeenkomst", "{n}", "--out", "b.pdf"],
    ["pdf", "proces-verbaal", "--ronde", "{n}", "--out", "p.pdf"],
    ["pdf", "aanvraag", "--toekenning", "{n}", "--out", "a.pdf"],
    ["pdf", "stembiljetten", "--ronde", "1", "--aantal", "5", "--vanaf", "{n}", "--out", "s.pdf"],
])
@pytest.mark.parametrize("number", ["99999999999999999999", str(2 ** 63), "0", "-3"])
def test_an_id_outside_sqlite_integers_is_refused_by_the_parser(argv, number, capsys, data_dir, tmp_path):
    db = tmp_path / "geen.db"
    with pytest.raises(SystemExit) as info:  # was: OverflowError: Python int too large to convert to SQLite INTEGER
        main([*(a.replace("{n}", number) for a in argv), "--db", str(db)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"een nummer is 1 of meer en kleiner dan 2^63 (niet {number})" in err
    assert "Traceback" not in err and not db.exists()
