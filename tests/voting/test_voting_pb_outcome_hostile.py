"""`wijkdesk pb-outcome` on hostile input: a clear Dutch message and an exit code, never a traceback or a
hang. Every file here is made small in tmp_path; none comes from ../shared/pabulib."""
from __future__ import annotations

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
