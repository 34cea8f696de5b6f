"""Our rules and parser against pabutools on every real election in ../shared/pabulib/.

Skipped, with the reason, where that folder or pabutools is missing (a user's fresh clone); CI has both.
The files are read in place and never copied into the project.
"""
from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

import pytest

from tests.conftest import PABULIB_DIR
from tests.voting.voting_oracle import oracle
from wijkdesk.domain.voting import Satisfaction, decide
from wijkdesk.exchange.pabulib import read_pb

FILES = sorted(PABULIB_DIR.glob("*.pb")) if PABULIB_DIR.is_dir() else []
SMALL = 2000  # completion variants only on files with at most this many ballots (CI time)


def _meta(path) -> dict[str, str]:
    """The META section only (cheap, at collection time)."""
    meta = {}
    with open(path, encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if line.upper() == "PROJECTS":
                break
            if ";" in line:
                key, _, value = line.partition(";")
                meta[key.strip()] = value.strip()
    return meta


def _params(files):
    if not FILES:
        return [pytest.param(None, marks=pytest.mark.skip(
            reason=f"map met echte pabulib-verkiezingen ontbreekt ({PABULIB_DIR})"))]
    return [pytest.param(f, id=f.stem) for f in files]


FILE_PARAMS = _params(FILES)
SMALL_PARAMS = _params([f for f in FILES if int(_meta(f).get("num_votes", SMALL + 1)) <= SMALL])
POINT_PARAMS = _params([f for f in FILES if _meta(f).get("vote_type") in ("cumulative", "scoring")])


@lru_cache(maxsize=None)
def pabutools_election(path):
    from pabutools.election import parse_pabulib

    return parse_pabulib(str(path))


@lru_cache(maxsize=None)
def our_election(path, points=False):
    return read_pb(path).election(use_points=points)


def test_the_folder_is_there_in_ci():
    """In CI the folder must be present: a silent skip there would hide every comparison."""
    import os

    if os.environ.get("CI") and not FILES:
        pytest.fail(f"CI zonder pabulib-bestanden in {PABULIB_DIR}")


@pytest.mark.parametrize("path", FILE_PARAMS)
def test_parser_reads_what_pabutools_reads(path):
    instance, profile = pabutools_election(path)
    ours = our_election(path)
    assert ours.budget == instance.budget_limit
    assert {p.id: Fraction(p.cost) for p in ours.projects} == {
        p.name: Fraction(int(p.cost.numerator), int(p.cost.denominator)) for p in instance}
    assert len(ours.ballots) == profile.num_ballots()
    assert [set(b) for b in ours.ballots] == [{p.name for p in b} for b in profile]


@pytest.mark.parametrize("satisfaction", ["cost", "cardinality"])
@pytest.mark.parametrize("rule", ["greedy", "equal-shares"])
@pytest.mark.parametrize("path", FILE_PARAMS)
def test_outcome_matches_pabutools(path, rule, satisfaction):
    instance, profile = pabutools_election(path)
    ours = decide(our_election(path), rule, Satisfaction(satisfaction))
    assert ours.selected == oracle(instance, profile, rule, satisfaction)


@pytest.mark.parametrize("satisfaction", ["cost", "cardinality"])
@pytest.mark.parametrize("completion", ["greedy", "increment"])
@pytest.mark.parametrize("path", SMALL_PARAMS)
def test_completion_matches_pabutools(path, completion, satisfaction):
    """Completion on the files with at most SMALL ballots (the big ones take pabutools seconds per run)."""
    instance, profile = pabutools_election(path)
    election = our_election(path)
    # A step of a fiftieth of the starting share keeps the number of MES runs modest on every file.
    step = math.ceil(Fraction(election.budget) / len(election.ballots) / 50) if completion == "increment" else None
    ours = decide(election, "equal-shares", Satisfaction(satisfaction), completion=completion, increment=step)
    assert ours.selected == oracle(instance, profile, "equal-shares", satisfaction, completion, step)


@pytest.mark.parametrize("satisfaction", ["cost", "cardinality"])
@pytest.mark.parametrize("rule", ["greedy", "equal-shares"])
@pytest.mark.parametrize("path", POINT_PARAMS)
def test_points_outcome_matches_pabutools(path, rule, satisfaction):
    from tests.voting.voting_oracle import to_pabutools

    election = our_election(path, points=True)
    instance, profile = to_pabutools(election, points=True)
    ours = decide(election, rule, Satisfaction(satisfaction), use_points=True)
    assert ours.selected == oracle(instance, profile, rule, satisfaction, points=True)
    # and the pabutools profile we built says the same as pabutools' own parser
    _, parsed = pabutools_election(path)
    assert [{p.name: int(v) for p, v in b.items()} for b in parsed] == [dict(b) for b in election.ballots]


def test_assen_2024_reproduces_the_published_outcome():
    """Assen decided with MES, cost satisfaction, raising the shares by 1 euro per step ('add1')."""
    path = PABULIB_DIR / "Netherlands_Assen_2024.pb"
    if not path.exists():
        pytest.skip(f"{path} ontbreekt")
    pb = read_pb(path)
    published = {p["project_id"] for p in pb.projects if p.get("selected") == "1"}
    ours = decide(pb.election(), "equal-shares", Satisfaction.COST, completion="increment", increment=1)
    assert set(ours.selected) == published
    instance, profile = pabutools_election(path)
    assert ours.selected == oracle(instance, profile, "equal-shares", "cost", "increment", 1)
