"""Reading and writing .pb files: line endings, odd ids, quoting, every ballot kind, clear errors."""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from wijkdesk.exchange.pabulib import (
    PabulibError,
    PabulibReadError,
    PbFile,
    format_pb,
    parse_pb,
    read_pb,
    write_pb,
)

DATA = Path(__file__).parent / "data"


def test_approval_file_with_crlf_alphanumeric_ids_and_optional_columns():
    assert b"\r\n" in (DATA / "approval_crlf.pb").read_bytes()
    pb = read_pb(DATA / "approval_crlf.pb")
    assert pb.vote_type == "approval"
    assert pb.budget == 10000
    assert [p["project_id"] for p in pb.projects] == ["L10/01/IX", "B2", "c-3", "x9"]
    assert pb.projects[0]["name"] == "Bankjes; en een tafel"  # quoted ';' stays in the field
    assert pb.projects[2]["name"] == 'Buurtfeest "zomer"'
    assert pb.project_columns == ["project_id", "cost", "votes", "name", "category", "selected"]
    assert pb.vote_columns == ["voter_id", "vote", "age"]
    election = pb.election()
    assert [dict(b) for b in election.ballots] == [
        {"L10/01/IX": 1, "B2": 1}, {"L10/01/IX": 1, "c-3": 1}, {"B2": 1, "x9": 1},
        {"L10/01/IX": 1, "B2": 1, "c-3": 1}, {},  # v5 handed in a blank ballot: still a voter
    ]
    assert election.approvals() == {"L10/01/IX": 3, "B2": 3, "c-3": 2, "x9": 1}


def test_cumulative_file_counts_as_approval_unless_points_are_asked_for():
    pb = read_pb(DATA / "cumulative_lf.pb")
    assert [dict(b) for b in pb.election().ballots] == [{"1": 1, "3": 1}, {"2": 1}, {"2": 1, "3": 1}]
    assert [dict(b) for b in pb.election(use_points=True).ballots] == [
        {"1": 4, "3": 1}, {"2": 5}, {"2": 2, "3": 3}]


def test_ordinal_file_with_mixed_line_endings_counts_every_listed_project():
    raw = (DATA / "ordinal_mixed_endings.pb").read_bytes()
    assert b"\r\n" in raw and b"\n" in raw.replace(b"\r\n", b"")
    pb = read_pb(DATA / "ordinal_mixed_endings.pb")
    assert pb.vote_type == "ordinal"
    assert [set(b) for b in pb.election().ballots] == [{"p2", "p1"}, {"p3", "p2", "p1"}, {"p2"}]
    with pytest.raises(PabulibError, match="geen punten"):
        pb.election(use_points=True)


def test_choose_one_file_with_byte_order_mark():
    pb = read_pb(DATA / "choose1_bom.pb")
    assert pb.vote_type == "choose-1"
    assert pb.meta["budget"] == "5720"
    assert pb.election().approvals() == {"44251": 3, "44250": 2, "44252": 1}


def test_decimal_costs_are_exact_fractions():
    pb = parse_pb("META\nkey;value\nbudget;100.5\nPROJECTS\nproject_id;cost\na;10,25\nb;7\nVOTES\nvoter_id;vote\n1;a\n")
    election = pb.election()
    assert election.budget == Fraction(201, 2)
    assert election.project("a").cost == Fraction(41, 4) and election.project("b").cost == 7
    assert isinstance(election.project("b").cost, int)


@pytest.mark.parametrize("name", ["approval_crlf.pb", "cumulative_lf.pb", "ordinal_mixed_endings.pb", "choose1_bom.pb"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_write_then_read_gives_the_same_file(tmp_path, name, newline):
    pb = read_pb(DATA / name)
    target = tmp_path / name
    write_pb(pb, target, newline=newline)
    again = read_pb(target)
    assert again == pb
    assert (newline.encode() in target.read_bytes())


def test_written_file_is_read_by_pabutools_as_well(tmp_path):
    pytest.importorskip("pabutools", reason="pabutools (test-extra) is niet geïnstalleerd")
    from pabutools.election import parse_pabulib

    pb = read_pb(DATA / "approval_crlf.pb")
    write_pb(pb, tmp_path / "out.pb")
    instance, profile = parse_pabulib(str(tmp_path / "out.pb"))
    assert {p.name for p in instance} == {"L10/01/IX", "B2", "c-3", "x9"}
    assert [{p.name for p in b} for b in profile] == [set(b) for b in pb.election().ballots]


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("hallo\n", "moet met META beginnen"),
        ("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\n", "VOTES ontbreekt"),
        ("META\nkey;value\nbudget;10\nPROJECTS\nid;cost\na;5\nVOTES\nvoter_id;vote\n", "mist kolom project_id"),
        ("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;vijf\nVOTES\nvoter_id;vote\n", "'vijf' is geen bedrag"),
        ("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\na;6\nVOTES\nvoter_id;vote\n", "meer dan eens"),
        ("META\nkey;value\nbudget;10\nvote_type;lottery\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n",
         "Onbekende soort stemmen 'lottery'"),
        ("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n1;a;x;y\n", "Regel 9: 4 kolommen"),
    ],
)
def test_broken_files_get_a_dutch_message_with_the_place(text, fragment):
    with pytest.raises(PabulibError) as info:
        parse_pb(text)
    assert fragment in str(info.value)


def test_vote_for_unknown_project_is_refused_when_reading_ballots():
    pb = parse_pb("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n7;a,zz\n")
    with pytest.raises(PabulibError, match="Stem van 7 noemt project 'zz'"):
        pb.election()


def test_points_and_projects_must_pair_up():
    pb = parse_pb("META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\nb;5\n"
                  "VOTES\nvoter_id;vote;points\n1;a,b;3\n")
    with pytest.raises(PabulibError, match="2 projecten maar 1 punten"):
        pb.election(use_points=True)


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(PabulibReadError, match="bestaat niet"):
        read_pb(tmp_path / "nope.pb")
    (tmp_path / "bin.pb").write_bytes(b"\xff\xfe\x00META")
    with pytest.raises(PabulibReadError, match="geen UTF-8"):
        read_pb(tmp_path / "bin.pb")


def test_format_of_an_empty_round_is_valid():
    pb = PbFile(meta={"budget": "0", "vote_type": "approval"})
    assert parse_pb(format_pb(pb)) == pb
