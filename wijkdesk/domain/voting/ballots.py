"""Ballot kinds and their rules: read what was typed from a paper ballot, and say in Dutch what breaks the rules.

Kinds (the values are the `Stemronde.stemwijze` values):
- goedkeuring: tick the ideas you support, optionally at most `max_choices`.
- budget: tick ideas whose total cost fits the budget.
- punten: spread at most `points_per_voter` points (dots), at most `max_points_per_idea` on one idea.
- een_keuze: choose one idea.
An empty ballot is a valid blank vote (blanco) in every kind.

Typing: idea numbers separated by spaces or commas (`3 5 12`). For points, a number typed twice gives
it two points (`3 3 5`, handy when counting stickers), or write `3:2` (also `3x2`).
"""
from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from wijkdesk.domain.voting.election import Amount
from wijkdesk.domain.voting.outcome import format_amount_cents

log = logging.getLogger(__name__)


class BallotKind(enum.Enum):
    """How residents vote; values as stored in `Stemronde.stemwijze`."""

    GOEDKEURING = "goedkeuring"
    BUDGET = "budget"
    PUNTEN = "punten"
    EEN_KEUZE = "een_keuze"


KIND_LABELS = {
    BallotKind.GOEDKEURING: "kruisjes bij de ideeën die u steunt",
    BallotKind.BUDGET: "kruisjes bij ideeën die samen binnen het budget passen",
    BallotKind.PUNTEN: "punten (stickers) verdelen",
    BallotKind.EEN_KEUZE: "één idee kiezen",
}


class BallotSyntaxError(ValueError):
    """What was typed is not a list of idea numbers; retype it (nothing is stored)."""


@dataclass(frozen=True)
class BallotRules:
    """The rules of a round's ballot. `costs` maps each ballot number to its cost (cents)."""

    kind: BallotKind
    costs: Mapping[int, Amount]
    budget: Amount | None = None
    max_choices: int | None = None
    points_per_voter: int | None = None
    max_points_per_idea: int | None = None

    def __post_init__(self):
        if self.kind is BallotKind.BUDGET and self.budget is None:
            raise ValueError("Een budgetstembiljet heeft een budget nodig.")
        if self.kind is BallotKind.PUNTEN and not self.points_per_voter:
            raise ValueError("Een puntenstembiljet heeft een aantal punten per kiezer nodig.")


_TOKEN = re.compile(r"^(\d+)(?:[:xX*](\d+))?$")


def parse_ballot_text(text: str) -> list[tuple[int, int]]:
    """The entries typed for one ballot, in order: (number, points); points is 1 when not given."""
    entries = []
    for token in re.split(r"[\s,;]+", text.strip()):
        if not token:
            continue
        match = _TOKEN.match(token)
        if not match:
            raise BallotSyntaxError(
                f"'{token}' is geen ideenummer: typ de nummers met spaties ertussen, bijvoorbeeld 3 5 12"
                " (bij punten ook 3:2)."
            )
        number = int(match.group(1))
        points = int(match.group(2)) if match.group(2) is not None else 1
        if points < 1:
            raise BallotSyntaxError(f"'{token}': een idee krijgt minstens 1 punt; laat het anders weg.")
        entries.append((number, points))
    return entries


def _numbers_text(numbers) -> str:
    numbers = sorted(numbers)
    if numbers and numbers == list(range(numbers[0], numbers[-1] + 1)) and len(numbers) > 2:
        return f"{numbers[0]} t/m {numbers[-1]}"
    return ", ".join(str(n) for n in numbers)


def choices_of(entries: list[tuple[int, int]], kind: BallotKind) -> dict[int, int]:
    """The entries as number -> points (points add up for a points ballot)."""
    out: dict[int, int] = {}
    for number, points in entries:
        out[number] = out.get(number, 0) + points if kind is BallotKind.PUNTEN else points
    return out


def validate_ballot(
    entries: list[tuple[int, int]],
    rules: BallotRules,
    money: Callable[[Amount], str] = format_amount_cents,
) -> str | None:
    """None when the ballot keeps the rules, else the reason in Dutch (the ballot is then invalid)."""
    unknown = sorted({n for n, _ in entries if n not in rules.costs})
    if unknown:
        wat = "Nummer" if len(unknown) == 1 else "Nummers"
        staat = "staat" if len(unknown) == 1 else "staan"
        return (f"{wat} {_numbers_text(unknown)} {staat} niet op het stembiljet "
                f"(de ideeën hebben nummer {_numbers_text(rules.costs)}).")
    kind = rules.kind
    if kind is not BallotKind.PUNTEN:
        if any(points != 1 for _, points in entries):
            return "Bij deze stemwijze worden geen punten gegeven: alleen kruisjes."
        seen, twice = set(), set()
        for number, _ in entries:
            (twice if number in seen else seen).add(number)
        if twice:
            return f"Idee {_numbers_text(twice)} is meer dan eens aangekruist."
    choices = choices_of(entries, kind)
    if kind is BallotKind.GOEDKEURING and rules.max_choices is not None and len(choices) > rules.max_choices:
        return (f"Te veel kruisjes: {len(choices)} ideeën aangekruist, "
                f"hoogstens {rules.max_choices} toegestaan.")
    if kind is BallotKind.EEN_KEUZE and len(choices) > 1:
        return f"Meer dan één idee gekozen ({_numbers_text(choices)}): kies er precies één."
    if kind is BallotKind.BUDGET:
        total = sum((rules.costs[n] for n in choices), 0)
        if total > rules.budget:
            return (f"Te duur: de aangekruiste ideeën kosten samen {money(total)}, "
                    f"het budget is {money(rules.budget)}.")
    if kind is BallotKind.PUNTEN:
        total = sum(choices.values())
        if total > rules.points_per_voter:
            return f"Te veel punten: {total} gegeven, hoogstens {rules.points_per_voter} per kiezer."
        if rules.max_points_per_idea is not None:
            over = sorted(n for n, p in choices.items() if p > rules.max_points_per_idea)
            if over:
                n = over[0]
                return (f"Te veel punten op idee {n}: {choices[n]}, "
                        f"hoogstens {rules.max_points_per_idea} op één idee.")
    return None


@dataclass(frozen=True)
class BallotCheck:
    """A typed ballot, read and checked: its choices (number -> points) and, if invalid, why."""

    choices: dict[int, int]
    reason: str | None

    @property
    def valid(self) -> bool:
        return self.reason is None


def check_ballot(text: str, rules: BallotRules) -> BallotCheck:
    """Read and check one typed ballot; raises BallotSyntaxError when it cannot be read at all."""
    entries = parse_ballot_text(text)
    reason = validate_ballot(entries, rules)
    choices = choices_of(entries, rules.kind) if reason is None else _loose_choices(entries)
    return BallotCheck(choices, reason)


def _loose_choices(entries: list[tuple[int, int]]) -> dict[int, int]:
    """What an invalid ballot said, kept as it was read (points summed), for the record."""
    out: dict[int, int] = {}
    for number, points in entries:
        out[number] = out.get(number, 0) + points
    return out
