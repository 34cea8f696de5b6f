"""The Method of Equal Shares (MES), exact, with optional completion.

The budget is split equally over all voters (blank ballots included). Step by step, the project is
chosen that its supporters can pay for together at the lowest price per unit of satisfaction `rho`:
each supporter pays `rho * satisfaction`, or everything they have left if that is less. Projects
whose supporters together cannot pay any more drop out; MES stops when none is left.

Tie-breaking (documented, deterministic, and the same as pabutools' default so outcomes are identical):
among projects with exactly the same lowest `rho` (compared as exact fractions), the one whose id
comes first as text (Python string order) is chosen. Supported projects that cost nothing are chosen
first, in id order. The app gives ideas zero-padded ids, so "the lowest ballot number wins a tie".

Completion, for the money MES leaves unspent:
- "none": the MES outcome as it is.
- "greedy": then the greedy rule (same satisfaction) on the money that is left.
- "increment": raise every voter's share in steps of `increment` and run MES again from the start,
  until the outcome uses the budget so that no supported project fits any more (exhaustive), or
  until it would overspend, in which case the last outcome that fitted counts. This is pabutools'
  `voter_budget_increment` and what Assen (2024) did ("add1": one euro per voter per step).

Speed: voters with the same money left behave identically, so each voter points to a class, and
a class holds one amount. All amounts are integers in units of 1/D for one common denominator D of
the run; when a payment does not divide evenly, D and every class amount are multiplied by the
missing factor (Python integers do not overflow). So the inner loops count supporters per class
(`collections.Counter`) and compare integers, with no `Fraction` arithmetic per voter. Like
pabutools, a project's last price is kept as a lower bound (prices only rise during a run) and only
projects that could still beat the best price of the round are priced again.
"""
from __future__ import annotations

import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction

from wijkdesk.domain.voting.election import Amount, Election, Project, Satisfaction, project_scores, total_cost
from wijkdesk.domain.voting.greedy import greedy_select
from wijkdesk.domain.voting.outcome import NotChosen, Outcome, Reason, Step

log = logging.getLogger(__name__)

COMPLETIONS = ("none", "greedy", "increment")

# Completion "increment" runs MES again for every step, each run up to a quarter second on a large real
# file (Warszawa 2023 Mokotow: 349 runs with step 1). Real files need hundreds of runs; a step of
# 0.0000000001 on an Amsterdam file asked for billions and ran for minutes without end. So every caller
# (the command line's pb-outcome, the window's stemronde) refuses a step with which adding the whole
# budget once more would take more than MAX_INCREMENT_ROUNDS steps (`increment_too_small`; the steps
# real files need are below that), and passes MAX_INCREMENT_ROUNDS as `max_rounds`, so that the run
# itself stops there too (a file can make it go on long after the budget was added again, e.g. one
# voter alone behind a project as dear as the budget).
MAX_INCREMENT_ROUNDS = 10_000


class TooManyRounds(ValueError):
    """Completion "increment" did not end within `max_rounds` runs of MES (a step far too small for
    the amounts, or a file made to keep it going): refused rather than running for hours."""

    def __init__(self, rounds: int):
        super().__init__(f"De aanvulling 'increment' is na {rounds} stappen nog niet klaar.")
        self.rounds = rounds


def increment_too_small(budget: Amount, voters: int, increment: Amount, unit: Amount = 1) -> Fraction | None:
    """None when `increment` per voter adds `budget` once more within MAX_INCREMENT_ROUNDS steps over
    `voters` voters; otherwise the smallest step that does, rounded up to a whole `unit` (the caller's
    smallest amount: one cent)."""
    if not voters or Fraction(budget) <= voters * Fraction(increment) * MAX_INCREMENT_ROUNDS:
        return None
    unit = Fraction(unit)
    return math.ceil(Fraction(budget) / (voters * MAX_INCREMENT_ROUNDS * unit)) * unit


def voters_needed(budget: Amount, increment: Amount) -> int:
    """The fewest voters with whom `increment` per voter adds `budget` once more within MAX_INCREMENT_ROUNDS
    steps (`increment_too_small` refuses the step below that): what a round's rules can be told before any
    vote is in."""
    return max(1, math.ceil(Fraction(budget) / (Fraction(increment) * MAX_INCREMENT_ROUNDS)))


@dataclass
class _Support:
    """A project's supporters: per satisfaction level (an int), the voter numbers who get that much."""

    levels: list[tuple[int, list[int]]]
    count: int
    total_sat: int


@dataclass
class _Run:
    """One MES run at a given share per voter: what it chose and what every voter has left."""

    share: Fraction
    selected: list[str]
    rho: dict[str, Fraction]
    scale: int = 1                                    # D: amounts below are in units of 1/D
    money: list[int] = field(default_factory=list)    # money left per class
    class_of: list[int] = field(default_factory=list)  # class per voter
    ties: list[list[str]] = field(default_factory=list)  # rounds where several had the best price

    def money_of(self, voters: list[int]) -> Fraction:
        """What `voters` have left together (in the election's money unit times the cost scale)."""
        money, class_of = self.money, self.class_of
        return Fraction(sum(money[class_of[v]] for v in voters), self.scale) if class_of else Fraction(0)


def _integer_scale(election: Election) -> int:
    """The smallest L that makes the budget and every cost whole (pabulib costs may have cents)."""
    scale = Fraction(election.budget).denominator
    for p in election.projects:
        scale = math.lcm(scale, Fraction(p.cost).denominator)
    return scale


def _supports(election: Election, satisfaction: Satisfaction, use_points: bool, scale: int) -> dict[str, _Support]:
    """Supporter lists of every project, split by satisfaction level (integers, costs times `scale`)."""
    lists: dict[str, dict[int, list[int]]] = {p.id: {} for p in election.projects}
    for i, ballot in enumerate(election.ballots):
        for pid, pts in ballot.items():
            if use_points:
                if pts <= 0:
                    continue
            else:
                pts = 1  # listed = approved, whatever points it has
            level = lists[pid].get(pts)
            if level is None:
                level = lists[pid][pts] = []
            level.append(i)
    out: dict[str, _Support] = {}
    for project in election.projects:
        unit = int(project.cost * scale) if satisfaction is Satisfaction.COST else 1
        levels = [(unit * pts, voters) for pts, voters in sorted(lists[project.id].items())]
        out[project.id] = _Support(levels, sum(len(v) for _, v in levels),
                                   sum(sat * len(v) for sat, v in levels))
    return out


class _State:
    """Money per class and class per voter during one run; amounts are integers in units of 1/scale."""

    def __init__(self, n: int, share_num: int, scale: int):
        self.scale = scale
        self.money = [0, share_num] if share_num > 0 else [0]  # class 0 is "no money left"
        self.index = {m: i for i, m in enumerate(self.money)}
        self.class_of = [len(self.money) - 1] * n

    def counts(self, voters: list[int]) -> Counter:
        return Counter(map(self.class_of.__getitem__, voters))

    def rescale(self, factor: int) -> None:
        if factor != 1:
            self.scale *= factor
            self.money = [m * factor for m in self.money]
            self.index = {m: i for i, m in enumerate(self.money)}

    def class_with(self, money: int) -> int:
        i = self.index.get(money)
        if i is None:
            i = self.index[money] = len(self.money)
            self.money.append(money)
        return i


def _price(cost: int, sup: _Support, state: _State) -> tuple[int, int] | None:
    """rho as (numerator, denominator) in units of 1/scale per unit of satisfaction, or None if the
    supporters cannot pay `cost` together any more."""
    money = state.money
    need = cost * state.scale
    if len(sup.levels) == 1:
        sat, voters = sup.levels[0]
        groups = sorted((money[c], k) for c, k in state.counts(voters).items() if c)
        count = sum(k for _, k in groups)
        for budget, k in groups:  # poorest first
            if need <= budget * count:  # everyone from here on can pay need / count
                return need, count * sat
            need -= budget * k  # these supporters pay all they have left
            count -= k
        return None
    entries = []
    denominator = 0
    for sat, voters in sup.levels:
        for c, k in state.counts(voters).items():
            if c:
                entries.append((Fraction(money[c], sat), money[c], sat, k))
                denominator += sat * k
    entries.sort(key=lambda e: e[0])
    for ratio, budget, sat, k in entries:
        if Fraction(need, denominator) <= ratio:
            return need, denominator
        need -= budget * k
        denominator -= sat * k
    return None


def _pay(state: _State, sup: _Support, rho: tuple[int, int]) -> None:
    """Supporters pay rho * satisfaction, or all they have left."""
    num, den = rho
    factor = den // math.gcd(num, den)
    state.rescale(factor)  # now rho per unit of satisfaction is a whole number
    unit_price = num * factor // den
    money, class_of = state.money, state.class_of
    for sat, voters in sup.levels:
        price = unit_price * sat
        moves = {c: (state.class_with(money[c] - price) if money[c] > price else 0)
                 for c in set(map(class_of.__getitem__, voters))}
        for v in voters:
            class_of[v] = moves[class_of[v]]


def _run(candidates: list[Project], support: dict[str, _Support], n: int, share: Fraction, scale: int) -> _Run:
    """One run of MES with `share` (in cost units times `scale`) per voter."""
    state = _State(n, share.numerator, share.denominator)
    remaining = {p.id: int(p.cost * scale) for p in candidates}
    lower = {p.id: Fraction(int(p.cost * scale), support[p.id].total_sat) for p in candidates}
    selected: list[str] = []
    prices: dict[str, Fraction] = {}
    ties: list[list[str]] = []
    while remaining:
        best: Fraction | None = None
        best_raw = None
        tied: list[str] = []
        for pid in sorted(remaining, key=lower.__getitem__):
            if best is not None and lower[pid] > best:
                break  # its price can only have risen since: it cannot beat `best`
            raw = _price(remaining[pid], support[pid], state)
            if raw is None:
                del remaining[pid]  # its supporters can no longer pay for it
                continue
            rho = Fraction(raw[0], raw[1] * state.scale)
            lower[pid] = rho
            if best is None or rho < best:
                best, best_raw, tied = rho, raw, [pid]
            elif rho == best:
                tied.append(pid)
        if not tied:
            break
        chosen = min(tied)  # documented tie-break: first id in text order
        if len(tied) > 1:
            ties.append(sorted(tied))
            best_raw = _price(remaining[chosen], support[chosen], state)
        selected.append(chosen)
        prices[chosen] = best
        del remaining[chosen]
        _pay(state, support[chosen], best_raw)
    return _Run(share, selected, prices, state.scale, state.money, state.class_of, ties)


def equal_shares(
    election: Election,
    satisfaction: Satisfaction = Satisfaction.COST,
    completion: str = "none",
    increment: Amount | None = None,
    use_points: bool = False,
    skip_unsupported: bool = False,
    max_rounds: int | None = None,
) -> Outcome:
    """The outcome of MES on `election` (see the module text for the rule, completion and ties).

    `increment` is the step per voter for completion "increment" (in the election's money unit).
    `skip_unsupported` applies to greedy completion: never take an idea nobody voted for.
    `max_rounds`: raise TooManyRounds when completion "increment" needs more runs than this (None: no
    limit). Each run is a whole MES run, so an untrusted file needs a limit.
    """
    if completion not in COMPLETIONS:
        raise ValueError(f"Onbekende aanvulling '{completion}': kies uit {', '.join(COMPLETIONS)}.")
    if completion == "increment" and (increment is None or isinstance(increment, float) or increment <= 0):
        raise ValueError("Aanvulling 'increment' heeft een stap groter dan 0 nodig (int of Fraction).")
    projects = election.projects
    budget = election.budget
    n = len(election.ballots)
    scale = _integer_scale(election)
    support = _supports(election, satisfaction, use_points, scale)
    free = sorted(p.id for p in projects if p.cost == 0 and support[p.id].count) if n else []
    candidates = [p for p in projects if p.cost > 0 and support[p.id].count] if n else []
    base = Fraction(budget * scale) / n if n else Fraction(0)

    by_id = {p.id: p for p in projects}
    run = _run(candidates, support, n, base, scale)
    if completion == "increment":
        step = Fraction(increment) * scale
        previous: _Run | None = None
        rounds = 0
        while True:
            total = total_cost(by_id[pid] for pid in run.selected)
            if total > budget:
                run = previous if previous is not None else _Run(base, [], {})
                break
            chosen = set(run.selected)
            if all(p.id in chosen or total + p.cost > budget for p in candidates):
                break  # exhaustive: nothing supported fits any more
            previous = run
            rounds += 1
            if max_rounds is not None and rounds > max_rounds:
                raise TooManyRounds(max_rounds)
            run = _run(candidates, support, n, run.share + step, scale)

    steps: list[Step] = []
    left = budget
    for pid in free:
        steps.append(Step(pid, "free", left))
    for pid in run.selected:
        left -= by_id[pid].cost
        steps.append(Step(pid, "equal_shares", left))

    chosen_ids = set(free) | set(run.selected)
    reasons: dict[str, NotChosen] = {}
    for p in projects:
        if p.id in chosen_ids:
            continue
        sup = support[p.id]
        if p.cost > budget:
            reasons[p.id] = NotChosen(p.id, Reason.TE_DUUR, p.cost, money_left=budget)
        elif not sup.count:
            reasons[p.id] = NotChosen(p.id, Reason.GEEN_STEMMEN, p.cost)
        else:
            voters = [v for _, vs in sup.levels for v in vs]
            money = _plain(run.money_of(voters) / scale)
            reasons[p.id] = NotChosen(p.id, Reason.TE_WEINIG_STEUN, p.cost, supporters=sup.count,
                                      supporters_money=money)

    if completion == "greedy":
        scores = project_scores(election, satisfaction, use_points)
        already = [by_id[s.project_id] for s in steps]
        extra, greedy_reasons = greedy_select(projects, scores, budget, already=already,
                                              skip_unsupported=skip_unsupported, phase="greedy_completion")
        steps.extend(extra)
        for s in extra:
            reasons.pop(s.project_id, None)
        for pid, why in greedy_reasons.items():
            if why.reason is Reason.PAST_NIET:
                reasons[pid] = why  # it had its turn in the completion and did not fit
    return Outcome(
        rule="equal-shares",
        budget=budget,
        selected=[s.project_id for s in steps],
        steps=steps,
        not_chosen=reasons,
        satisfaction=satisfaction.value,
        completion=completion,
        voter_share=_plain(run.share / scale),
        details={"rho": run.rho, "ties": run.ties},
    )


def _plain(value: Fraction) -> Amount:
    """A whole Fraction as an int, so that amounts print as plain numbers."""
    return value.numerator if value.denominator == 1 else value
