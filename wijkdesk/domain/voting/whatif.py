"""What-if: tick ideas by hand and see the money left and which other ideas still fit."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wijkdesk.domain.voting.election import Amount, Project
from wijkdesk.domain.voting.outcome import format_amount_cents

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WhatIf:
    """The result of a hand-ticked set: total, money left (negative = over budget), what still fits."""

    ticked: list[str]
    budget: Amount
    total: Amount
    fits: list[str]  # ideas not ticked that still fit in what is left, cheapest first

    @property
    def left(self) -> Amount:
        return self.budget - self.total

    @property
    def over_budget(self) -> bool:
        return self.total > self.budget

    def text(self, money: Callable[[Amount], str] = format_amount_cents) -> str:
        if self.over_budget:
            return f"{money(self.total - self.budget)} te veel: de aangekruiste ideeën kosten samen {money(self.total)}."
        return f"Nog {money(self.left)} over van {money(self.budget)}."


def what_if(projects: Iterable[Project], budget: Amount, ticked: Iterable[str]) -> WhatIf:
    """Money left after the `ticked` project ids, and which other projects still fit."""
    projects = list(projects)
    by_id = {p.id: p for p in projects}
    ticked = [pid for pid in dict.fromkeys(ticked)]
    unknown = [pid for pid in ticked if pid not in by_id]
    if unknown:
        raise KeyError(f"Onbekend idee: {', '.join(unknown)}")
    total = sum((by_id[pid].cost for pid in ticked), 0)
    left = budget - total
    chosen = set(ticked)
    fits = [p.id for p in sorted(projects, key=lambda p: (p.cost, p.id)) if p.id not in chosen and p.cost <= left]
    return WhatIf(ticked, budget, total, fits)
