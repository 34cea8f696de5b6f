"""pabutools as a test oracle: build its instance and profile, run its rules with its defaults.

pabutools is a test-only dependency (it needs gmpy2, numpy and a solver); wijkdesk never imports it.
"""
from __future__ import annotations

import pytest

pytest.importorskip("pabutools", reason="pabutools (test-extra, referentie-implementatie) is niet geïnstalleerd")

from gmpy2 import mpq  # noqa: E402  (pabutools' own exact fractions)
from pabutools.election import (  # noqa: E402
    Additive_Cardinal_Sat,
    ApprovalBallot,
    ApprovalProfile,
    Cardinality_Sat,
    Cost_Sat,
    CumulativeBallot,
    CumulativeProfile,
    Instance,
)
from pabutools.election import Project as PabuProject  # noqa: E402
from pabutools.election.satisfaction import AdditiveSatisfaction  # noqa: E402
from pabutools.rules import (  # noqa: E402
    completion_by_rule_combination,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
)

from wijkdesk.domain.voting import Election  # noqa: E402


def _q(value) -> mpq:
    from fractions import Fraction

    value = Fraction(value)
    return mpq(value.numerator, value.denominator)


class PointsTimesCostSat(AdditiveSatisfaction):
    """Satisfaction = points x cost: greedy then ranks on total points ("most dots")."""

    def __init__(self, instance, profile, ballot):
        super().__init__(instance, profile, ballot, lambda inst, prof, b, p, pre: b.get(p, 0) * p.cost)


def sat_class(satisfaction: str, points: bool = False):
    if not points:
        return {"cost": Cost_Sat, "cardinality": Cardinality_Sat}[satisfaction]
    return {"cost": PointsTimesCostSat, "cardinality": Additive_Cardinal_Sat}[satisfaction]


def to_pabutools(election: Election, points: bool = False):
    """The same election as pabutools' Instance and Profile."""
    instance = Instance(budget_limit=_q(election.budget))
    projects = {}
    for p in election.projects:
        projects[p.id] = PabuProject(p.id, _q(p.cost))
        instance.add(projects[p.id])
    if points:
        ballots = []
        for b in election.ballots:
            ballot = CumulativeBallot()
            for pid, pts in b.items():
                ballot[projects[pid]] = _q(pts)
            ballots.append(ballot)
        return instance, CumulativeProfile(ballots, instance=instance)
    ballots = [ApprovalBallot(projects[pid] for pid in b) for b in election.ballots]
    return instance, ApprovalProfile(ballots, instance=instance)


def oracle(instance, profile, rule: str, satisfaction: str, completion: str = "none",
           increment=None, points: bool = False) -> list[str]:
    """pabutools' outcome (project ids in selection order), default tie-breaking."""
    sat = sat_class(satisfaction, points)
    if rule == "greedy":
        result = greedy_utilitarian_welfare(instance, profile, sat_class=sat)
    elif completion == "none":
        result = method_of_equal_shares(instance, profile, sat_class=sat)
    elif completion == "greedy":
        result = completion_by_rule_combination(
            instance, profile, [method_of_equal_shares, greedy_utilitarian_welfare],
            [{"sat_class": sat}, {"sat_class": sat}])
    elif completion == "increment":
        result = method_of_equal_shares(instance, profile, sat_class=sat, voter_budget_increment=_q(increment))
    else:
        raise ValueError(completion)
    return [p.name for p in result]
