"""Our rules against pabutools on small random elections (seeded): every outcome identical.

The elections are made to hit the hard cases: ties (equal costs, identical ballots), ideas nobody
votes for, ideas that cost more than the whole budget, halves in costs, blank ballots, no ballots.
"""
from __future__ import annotations

import random
from fractions import Fraction

import pytest

from tests.voting.voting_oracle import oracle, to_pabutools
from wijkdesk.domain.voting import Election, Project, Satisfaction, decide

# Ids chosen so that text order differs from number order ("10" < "9") and case matters.
ID_POOL = ["1", "2", "3", "9", "10", "11", "a", "B", "b", "x7", "L10/01/IX", "03", "007", "Z"]
N_APPROVAL, N_POINTS = 240, 80


def random_election(seed: int, points: bool = False) -> Election:
    rng = random.Random(seed)
    m = rng.randint(1, 8)
    ids = rng.sample(ID_POOL, m)
    budget = rng.randint(4, 30) if rng.random() < 0.9 else Fraction(rng.randint(9, 61), 2)
    cost_pool = [1, 2, 3, 4, 5, 5, 6, 8, 10, 12]
    projects = []
    for pid in ids:
        roll = rng.random()
        if roll < 0.12:
            cost = budget + rng.randint(1, 6)  # costs more than the whole budget
        elif roll < 0.2:
            cost = Fraction(rng.randint(2, 25), 2)
        else:
            cost = rng.choice(cost_pool)
        projects.append(Project(pid, cost))
    dead = {pid for pid in ids if rng.random() < 0.2}  # nobody votes for these
    alive = [pid for pid in ids if pid not in dead]
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 13])
    ballots = []
    for _ in range(n):
        if ballots and rng.random() < 0.3:
            ballots.append(dict(rng.choice(ballots)))  # identical ballots make ties likely
            continue
        chosen = [pid for pid in alive if rng.random() < 0.45]
        ballots.append({pid: (rng.randint(1, 4) if points else 1) for pid in chosen})
    return Election(budget, projects, ballots)


CONFIGS = [
    ("greedy", "cost", "none"),
    ("greedy", "cardinality", "none"),
    ("equal-shares", "cost", "none"),
    ("equal-shares", "cardinality", "none"),
    ("equal-shares", "cost", "greedy"),
    ("equal-shares", "cardinality", "greedy"),
    ("equal-shares", "cost", "increment"),
    ("equal-shares", "cardinality", "increment"),
]


def _compare(election: Election, points: bool, seed: int) -> int:
    instance, profile = to_pabutools(election, points=points)
    checked = 0
    for rule, sat, completion in CONFIGS:
        increment = Fraction(1, 2) if seed % 3 == 0 else 1
        ours = decide(election, rule, Satisfaction(sat), completion=completion,
                      increment=increment if completion == "increment" else None, use_points=points)
        ref = oracle(instance, profile, rule, sat, completion, increment, points=points)
        assert ours.selected == ref, (seed, rule, sat, completion, election)
        assert ours.spent == sum((election.project(p).cost for p in ours.selected), 0)
        checked += 1
    return checked


@pytest.mark.parametrize("block", range(8))
def test_random_approval_elections_match_pabutools(block):
    seeds = range(block * N_APPROVAL // 8, (block + 1) * N_APPROVAL // 8)
    assert sum(_compare(random_election(s), False, s) for s in seeds) == len(seeds) * len(CONFIGS)


@pytest.mark.parametrize("block", range(4))
def test_random_points_elections_match_pabutools(block):
    """Points ballots with the rules asked to count points (cumulative in pabutools)."""
    seeds = range(10_000 + block * N_POINTS // 4, 10_000 + (block + 1) * N_POINTS // 4)
    assert sum(_compare(random_election(s, points=True), True, s) for s in seeds) == len(seeds) * len(CONFIGS)


def test_random_elections_really_have_the_hard_cases():
    """The generator must produce what the docstring promises, or the comparison proves little."""
    elections = [random_election(s) for s in range(N_APPROVAL)]
    too_expensive = sum(any(p.cost > e.budget for p in e.projects) for e in elections)
    zero_votes = sum(any(v == 0 for v in e.approvals().values()) for e in elections)
    no_ballots = sum(not e.ballots for e in elections)
    mes_ties = sum(bool(decide(e, "equal-shares").details["ties"]) for e in elections)
    greedy_ties = sum(bool(decide(e, "greedy").details["ties"]) for e in elections)
    assert too_expensive > 20 and zero_votes > 40 and no_ballots > 5
    assert greedy_ties > 50 and mes_ties > 20, (greedy_ties, mes_ties)
