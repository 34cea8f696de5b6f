"""`wijkdesk pb-outcome` on hostile input: a clear Dutch message and an exit code, never a traceback or a
hang. Every file here is made small in tmp_path; none comes from ../shared/pabulib."""
from __future__ import annotations

import os

import pytest

from wijkdesk.cli import main


def pb_text(budget="100", cost="10", votes=("1;a",), extra_meta=""):
    return ("META\nkey;value\n" f"budget;{budget}\n{extra_meta}"
            "PROJECTS\nproject_id;cost\n" f"a;{cost}\n"
            "VOTES\nvoter_id;vote\n" + "".join(v + "\n" for v in votes))


def outcome(capsys, *argv):
    try:
        code = main(["pb-outcome", *argv])
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


@pytest.mark.parametrize(
    "budget,cost,fragment",
    [
        ("Infinity", "10", "budget in META, regel 3"),
        ("inf", "10", "geen eindig getal"),
        ("1e5000", "10", "te groot"),
        ("100", "Infinity", "kosten van project a, regel 6"),
        ("100", "-inf", "geen eindig getal"),
        ("100", "1e999999", "te groot"),  # the exponent made Fraction build a million-digit integer
        ("100", "1e999999999", "te groot"),  # ... a billion digits: this ran for ever
        ("100", "1e-999999999", "cijfers achter de komma"),
        ("1000000000000000", "10", "te groot"),
    ],
)
@pytest.mark.parametrize("flags", [[], ["--json"], ["--explain"]])
def test_hostile_amounts_are_refused_in_dutch(capsys, data_dir, tmp_path, budget, cost, fragment, flags):
    path = tmp_path / "vijandig.pb"
    path.write_text(pb_text(budget, cost))
    code, out, err = outcome(capsys, str(path), "--rule", "equal-shares", *flags)
    assert code == 1 and out == ""
    assert err.startswith("Fout:") and fragment in err


def test_hostile_points_are_refused_in_dutch(capsys, data_dir, tmp_path):
    path = tmp_path / "punten.pb"
    path.write_text("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;10\n"
                    "VOTES\nvoter_id;vote;points\n1;a;1e999999999\n")
    code, _, err = outcome(capsys, str(path), "--rule", "greedy", "--points")
    assert code == 1 and "geen aantal punten" in err


def test_ordinary_decimal_amounts_still_work(capsys, data_dir, tmp_path):
    path = tmp_path / "gewoon.pb"
    path.write_text(pb_text("100,50", "10.25"))
    code, out, err = outcome(capsys, str(path), "--rule", "greedy", "--json")
    assert code == 0 and err == "" and '"spent": "10.25"' in out


INCREMENT = ["--rule", "equal-shares", "--completion", "increment", "--increment"]


@pytest.mark.parametrize(
    "step,fragment",
    [
        ("Infinity", "geen eindig getal"),  # was an OverflowError
        ("inf", "geen eindig getal"),
        ("1e999999999", "te groot"),
        ("0.0000000001", "te klein: de stap moet minstens 0.01 zijn"),  # ran for minutes on a real file
        ("0.001", "minstens 0.01"),
    ],
)
def test_hostile_increments_are_refused_in_dutch(capsys, data_dir, tmp_path, step, fragment):
    path = tmp_path / "gewoon.pb"
    path.write_text(pb_text())
    code, out, err = outcome(capsys, str(path), *INCREMENT, step)
    assert code == 2 and out == "" and err.startswith("Fout:") and fragment in err


def test_increment_too_small_for_the_budget_is_refused_before_running(capsys, data_dir, tmp_path):
    # one voter, a budget of 10^14: one cent a step would take 10^16 runs of equal shares
    path = tmp_path / "groot.pb"
    path.write_text(pb_text(budget="100000000000000", cost="99999999999999"))
    code, out, err = outcome(capsys, str(path), *INCREMENT, "0.01")
    assert code == 2 and out == ""
    assert "te klein voor dit bestand" in err and "minstens 10000000000" in err


def test_increment_that_keeps_going_is_stopped(capsys, data_dir, tmp_path):
    # 20 voters, budget 1000: 19 want 'a' (cost 1), voter 1 alone wants 'b' (cost 990). Adding the budget
    # once more takes 1000 steps of 0.05, but 'b' only becomes affordable after (990 - 50) / 0.05 = 18800.
    path = tmp_path / "lang.pb"
    votes = ["1;b"] + [f"{i};a" for i in range(2, 21)]
    path.write_text("META\nkey;value\nbudget;1000\nPROJECTS\nproject_id;cost\na;1\nb;990\n"
                    "VOTES\nvoter_id;vote\n" + "".join(v + "\n" for v in votes))
    code, out, err = outcome(capsys, str(path), *INCREMENT, "0.05")
    assert code == 2 and out == ""
    assert "na 10000 stappen nog niet klaar" in err and "Kies een grotere --increment" in err
    code, out, err = outcome(capsys, str(path), *INCREMENT, "1")  # 940 steps: fine
    assert code == 0 and out.split() == ["a", "b"]


def test_a_field_over_the_csv_limit_names_its_line(capsys, data_dir, tmp_path):
    path = tmp_path / "lang_veld.pb"
    path.write_text(pb_text(votes=("1;a", "2;" + "a," * 70_000)))  # 140,000 characters in one field
    code, out, err = outcome(capsys, str(path), "--rule", "greedy")
    assert code == 1 and out == "" and err.startswith("Fout:")
    assert "Regel 10: deze regel is geen geldige .pb-regel (een veld is langer dan 131072 tekens)" in err


def test_a_folder_is_refused_in_dutch(capsys, data_dir, tmp_path):
    code, out, err = outcome(capsys, str(tmp_path), "--rule", "greedy")
    assert code == 2 and out == ""
    assert f"Bestand '{tmp_path}' is een map, geen bestand." in err
    assert "Is a directory" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_pipe_is_refused_without_waiting(capsys, data_dir, tmp_path):
    pipe = tmp_path / "pijp.pb"
    os.mkfifo(pipe)  # nobody writes to it: opening and reading it would wait for ever
    code, out, err = outcome(capsys, str(pipe), "--rule", "greedy")
    assert code == 2 and "is geen gewoon bestand" in err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_dev_zero_is_refused(capsys, data_dir):
    code, out, err = outcome(capsys, "/dev/zero", "--rule", "greedy")
    assert code == 2 and "is geen gewoon bestand" in err


def test_a_file_over_the_size_limit_is_refused(capsys, data_dir, tmp_path, monkeypatch):
    from wijkdesk.exchange import pabulib

    monkeypatch.setattr(pabulib, "MAX_FILE_BYTES", 100)  # the real limit is 200 MB: too big for a test
    path = tmp_path / "groot.pb"
    path.write_text(pb_text(votes=[f"{i};a" for i in range(20)]))
    code, out, err = outcome(capsys, str(path), "--rule", "greedy")
    assert code == 2 and out == "" and "is groter dan 100 bytes" in err
