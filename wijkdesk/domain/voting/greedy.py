"""Greedy ("meeste stemmen"): rank the projects, take each one that still fits, skip the others.

Ranking: by score per unit of cost, highest first, where the score is the total satisfaction of the
voters (see `Satisfaction`): with cost satisfaction that is simply the number of votes (or points),
with cardinality satisfaction it is votes per euro. A project that costs nothing ranks first.
Ties: the project whose id comes first as text (Python string order) goes first. This is exactly the
greedy rule of pabutools with its default (lexicographic) tie-breaking, so outcomes are identical;
the app gives ideas zero-padded ids (`001`, `002`, ...) so that text order is ballot-number order.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from fractions import Fraction

from wijkdesk.domain.voting.election import Amount, Election, Project, Satisfaction, project_scores
from wijkdesk.domain.voting.outcome import NotChosen, Outcome, Reason, Step

log = logging.getLogger(__name__)

def ranking(projects: Iterable[Project], scores: Mapping[str, Amount]) -> list[Project]:
    """Projects in the order the greedy rule considers them."""

    def key(p: Project):
        score = scores.get(p.id, 0)
        if score > 0 and p.cost == 0:
            return (0, 0, p.id)
        density = Fraction(score) / p.cost if score > 0 else Fraction(0)
        return (1, -density, p.id)

    return sorted(projects, key=key)


def tied_groups(projects: Iterable[Project], scores: Mapping[str, Amount]) -> list[list[str]]:
    """Groups of supported projects with exactly the same rank value (decided by id order)."""
    groups: dict = {}
    for p in projects:
        score = scores.get(p.id, 0)
        if score > 0:
            key = "free" if p.cost == 0 else Fraction(score) / p.cost
            groups.setdefault(key, []).append(p.id)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def greedy_select(
    projects: Iterable[Project],
    scores: Mapping[str, Amount],
    budget: Amount,
    already: Iterable[Project] = (),
    skip_unsupported: bool = False,
    phase: str = "greedy",
) -> tuple[list[Step], dict[str, NotChosen]]:
    """Run greedy on top of `already` (chosen before, e.g. by equal shares); return steps and reasons.

    `skip_unsupported`: a project nobody voted for is never chosen (the app's choice); without it a
    zero-vote project is still taken when money is left, as pabutools does.
    """
    taken = {p.id for p in already}
    left = budget - sum((p.cost for p in already), 0)
    steps: list[Step] = []
    reasons: dict[str, NotChosen] = {}
    for project in ranking([p for p in projects if p.id not in taken], scores):
        unsupported = scores.get(project.id, 0) <= 0
        if project.cost > budget:
            reasons[project.id] = NotChosen(project.id, Reason.TE_DUUR, project.cost, money_left=budget)
        elif unsupported and skip_unsupported:
            reasons[project.id] = NotChosen(project.id, Reason.GEEN_STEMMEN, project.cost)
        elif project.cost <= left:
            left -= project.cost
            steps.append(Step(project.id, phase, left))
        elif unsupported:
            reasons[project.id] = NotChosen(project.id, Reason.GEEN_STEMMEN, project.cost)
        else:
            reasons[project.id] = NotChosen(project.id, Reason.PAST_NIET, project.cost, money_left=left)
    return steps, reasons


def greedy(
    election: Election,
    satisfaction: Satisfaction = Satisfaction.COST,
    use_points: bool = False,
    skip_unsupported: bool = False,
    scores: Mapping[str, Amount] | None = None,
) -> Outcome:
    """The greedy outcome of `election`; pass `scores` (from a tally) to rank without ballots."""
    if scores is None:
        scores = project_scores(election, satisfaction, use_points)
    steps, reasons = greedy_select(election.projects, scores, election.budget,
                                   skip_unsupported=skip_unsupported)
    return Outcome(
        rule="greedy",
        budget=election.budget,
        selected=[s.project_id for s in steps],
        steps=steps,
        not_chosen=reasons,
        satisfaction=satisfaction.value,
        details={"ties": tied_groups(election.projects, scores)},
    )
