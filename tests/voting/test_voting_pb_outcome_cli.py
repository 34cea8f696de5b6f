"""`wijkdesk pb-outcome`: ids in selection order, JSON, Dutch errors with exit codes, no tracebacks."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from wijkdesk.cli import main

DATA = Path(__file__).parent / "data"
APPROVAL = str(DATA / "approval_crlf.pb")
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv):
    code = main(["pb-outcome", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_greedy_prints_ids_in_selection_order(capsys, data_dir):
    # votes: L10/01/IX 3, B2 3, c-3 2, x9 1 (costs 6000, 5000, 3000, 20000; budget 10000)
    code, out, err = run(capsys, APPROVAL, "--rule", "greedy")
    assert code == 0 and err == ""
    assert out.splitlines() == ["B2", "c-3"]  # tie B2/L10/01/IX: "B2" first in text order; then 5000 left


def test_json_output(capsys, data_dir):
    code, out, _ = run(capsys, APPROVAL, "--rule", "equal-shares", "--satisfaction", "cardinality", "--json")
    assert code == 0
    data = json.loads(out)
    assert data == {"selected": data["selected"], "budget": 10000, "spent": data["spent"], "rule": "equal-shares",
                    "satisfaction": "cardinality", "completion": "none"}
    costs = {"L10/01/IX": 6000, "B2": 5000, "c-3": 3000, "x9": 20000}
    assert data["spent"] == sum(costs[p] for p in data["selected"]) <= 10000
    # share 2000 each (5 voters, one blank): c-3's two supporters pay 1500 each; then B2's supporters
    # have 2000 + 2000 + 500 < 5000 and L10/01/IX's 2000 + 500 + 500 < 6000
    assert data["selected"] == ["c-3"] and data["spent"] == 3000


def test_completion_and_points(capsys, data_dir):
    code, out, _ = run(capsys, str(DATA / "cumulative_lf.pb"), "--rule", "greedy", "--points")
    # points: 1 -> 4, 2 -> 7, 3 -> 4; budget 100: 2 (50), then 1 (60) does not fit, 3 (30) does
    assert code == 0 and out.splitlines() == ["2", "3"]
    code, out, _ = run(capsys, APPROVAL, "--rule", "equal-shares", "--completion", "greedy", "--json")
    assert code == 0 and json.loads(out)["completion"] == "greedy"


def test_explain_gives_dutch_reasons(capsys, data_dir):
    code, out, _ = run(capsys, APPROVAL, "--rule", "greedy", "--explain")
    assert code == 0
    assert "Uitgegeven € 8.000,00 van € 10.000,00; over € 2.000,00." in out
    assert "L10/01/IX: past niet meer: nog € 5.000,00 over, kost € 6.000,00" in out
    assert "x9: te duur: kost € 20.000,00, het hele budget is € 10.000,00" in out


@pytest.mark.parametrize(
    "argv,code,fragment",
    [
        (["nergens.pb", "--rule", "greedy"], 2, "Bestand 'nergens.pb' bestaat niet."),
        ([APPROVAL, "--rule", "borda"], 2, "--rule: 'borda' kan niet"),
        ([APPROVAL, "--rule", "greedy", "--completion", "greedy"], 2, "--completion hoort bij --rule equal-shares"),
        ([APPROVAL, "--rule", "equal-shares", "--completion", "increment", "--increment", "x"], 2, "geen getal"),
        ([APPROVAL, "--rule", "equal-shares", "--completion", "increment", "--increment", "0"], 2, "groter dan 0"),
        ([APPROVAL, "--rule", "greedy", "--points"], 1, "heeft geen punten"),
    ],
)
def test_mistakes_get_dutch_errors_and_exit_codes(capsys, data_dir, argv, code, fragment):
    try:
        got = main(["pb-outcome", *argv])
    except SystemExit as exc:  # argparse's own refusals
        got = exc.code
    err = capsys.readouterr().err
    assert got == code
    assert fragment in err and "Traceback" not in err and err.startswith(("Fout:", "gebruik:"))


def test_broken_file_content_exits_1(capsys, data_dir, tmp_path):
    bad = tmp_path / "bad.pb"
    bad.write_text("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n1;b\n")
    code, out, err = run(capsys, str(bad), "--rule", "greedy")
    assert code == 1 and out == ""
    assert "Stem van 1 noemt project 'b'" in err


def _process(tmp_path, *argv):
    return subprocess.run(
        [sys.executable, "-m", "wijkdesk", "--data-dir", str(tmp_path), "pb-outcome", *argv],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)


def test_as_a_real_process(tmp_path):
    # 6 voters, share 5720/6 = 953.33: 44251's 3 voters have 2860 < 5000, 44250's 2 have 1906.67 < 2000,
    # so equal shares alone chooses nothing; greedy completion then takes the most votes that fit.
    result = _process(tmp_path, str(DATA / "choose1_bom.pb"), "--rule", "equal-shares", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["selected"] == []
    result = _process(tmp_path, str(DATA / "choose1_bom.pb"), "--rule", "equal-shares", "--completion", "greedy")
    assert result.returncode == 0 and result.stdout.splitlines() == ["44251"]
    result = _process(tmp_path, str(tmp_path / "weg.pb"), "--rule", "greedy")
    assert result.returncode == 2 and "Traceback" not in result.stderr and "bestaat niet" in result.stderr
