"""An election as the rules see it: the budget, the projects (ideas) with their cost, and the ballots.

Amounts are exact: `int` (cents in the app, whole currency units in pabulib files) or `Fraction`
(a pabulib cost such as `1234.5`). Never a float. A ballot maps a project id to the points the voter
gave it; an approval ballot gives every listed project 1 point.
"""
from __future__ import annotations

import enum
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

log = logging.getLogger(__name__)

Amount = int | Fraction


class Satisfaction(enum.Enum):
    """How much a voter gains from a chosen project they support (the rules' 'satisfaction')."""

    COST = "cost"                # the project's cost: greedy by votes, MES as used in Amsterdam/Assen
    CARDINALITY = "cardinality"  # 1 per supported project: greedy by votes per euro


@dataclass(frozen=True)
class Project:
    """A project (idea) on the ballot; `id` is text because pabulib ids are (`L10/01/IX`)."""

    id: str
    cost: Amount
    name: str = ""

    def __post_init__(self):
        if isinstance(self.cost, float) or isinstance(self.cost, bool):
            raise TypeError("Een bedrag is een int of Fraction, nooit een float.")
        if self.cost < 0:
            raise ValueError(f"Project {self.id} heeft een negatieve prijs.")


@dataclass
class Election:
    """Budget, projects and ballots. `ballots` holds one mapping id -> points per voter (blank = {})."""

    budget: Amount
    projects: list[Project]
    ballots: list[Mapping[str, int]] = field(default_factory=list)

    def __post_init__(self):
        if isinstance(self.budget, float) or isinstance(self.budget, bool):
            raise TypeError("Een budget is een int of Fraction, nooit een float.")
        ids = [p.id for p in self.projects]
        if len(set(ids)) != len(ids):
            raise ValueError("Elk project moet een eigen id hebben.")
        self._by_id = {p.id: p for p in self.projects}

    def project(self, project_id: str) -> Project:
        return self._by_id[project_id]

    def approvals(self) -> dict[str, int]:
        """Number of ballots that list each project (points ignored)."""
        counts = dict.fromkeys(self._by_id, 0)
        for ballot in self.ballots:
            for pid in ballot:
                counts[pid] += 1
        return counts

    def points(self) -> dict[str, int]:
        """Total points each project got."""
        totals = dict.fromkeys(self._by_id, 0)
        for ballot in self.ballots:
            for pid, pts in ballot.items():
                totals[pid] += pts
        return totals


def unit_satisfaction(project: Project, satisfaction: Satisfaction) -> Amount:
    """What one approval (or one point) of `project` is worth under `satisfaction`."""
    return project.cost if satisfaction is Satisfaction.COST else 1


def project_scores(
    election: Election, satisfaction: Satisfaction, use_points: bool = False
) -> dict[str, Amount]:
    """Total satisfaction per project: the number the greedy rule ranks on (divided by cost)."""
    counts = election.points() if use_points else election.approvals()
    return {p.id: counts[p.id] * unit_satisfaction(p, satisfaction) for p in election.projects}


def scores_from_tally(
    projects: Iterable[Project], tally: Mapping[str, int], satisfaction: Satisfaction
) -> dict[str, Amount]:
    """Project scores from a tally per idea (hands, stickers) instead of ballots."""
    return {p.id: int(tally.get(p.id, 0)) * unit_satisfaction(p, satisfaction) for p in projects}


def total_cost(projects: Iterable[Project]) -> Amount:
    return sum((p.cost for p in projects), 0)
