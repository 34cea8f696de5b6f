"""The outcome of a rule: the chosen projects in order, the money left, and why others were not chosen."""
from __future__ import annotations

import enum
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from wijkdesk.domain.money import format_cents
from wijkdesk.domain.voting.election import Amount

log = logging.getLogger(__name__)


def format_amount_cents(amount: Amount) -> str:
    """An exact amount in cents as Dutch money text; a fraction of a cent is rounded down (never up)."""
    return format_cents(math.floor(amount))


class Reason(enum.Enum):
    """Why a project was not chosen."""

    GEEN_STEMMEN = "geen_stemmen"        # nobody voted for it
    TE_DUUR = "te_duur"                  # it costs more than the whole budget
    TE_WEINIG_STEUN = "te_weinig_steun"  # equal shares: its supporters cannot pay for it together
    PAST_NIET = "past_niet"              # not enough money left when its turn came
    HANDMATIG = "handmatig"              # taken out by a decision of the meeting (with a written reason)


@dataclass(frozen=True)
class NotChosen:
    """Why one project was not chosen, with the figures that show it."""

    project_id: str
    reason: Reason
    cost: Amount
    money_left: Amount | None = None        # PAST_NIET: money left when its turn came; TE_DUUR: the budget
    supporters: int | None = None           # TE_WEINIG_STEUN: how many voters support it
    supporters_money: Amount | None = None  # TE_WEINIG_STEUN: what they have left of their shares
    note: str = ""                          # HANDMATIG: the written reason

    def text(self, money: Callable[[Amount], str] = format_amount_cents) -> str:
        """The reason in Dutch, as shown on the outcome screen and the beamer."""
        if self.reason is Reason.GEEN_STEMMEN:
            return "geen stemmen"
        if self.reason is Reason.TE_DUUR:
            return f"te duur: kost {money(self.cost)}, het hele budget is {money(self.money_left)}"
        if self.reason is Reason.PAST_NIET:
            return f"past niet meer: nog {money(self.money_left)} over, kost {money(self.cost)}"
        if self.reason is Reason.TE_WEINIG_STEUN:
            if self.supporters == 1:
                wie, deel = "de enige voorstander heeft", "het eigen deel"
            else:
                wie, deel = f"de {self.supporters} voorstanders hebben samen", "hun deel"
            return (f"te weinig steun: {wie} nog {money(self.supporters_money)} over van {deel}, "
                    f"kost {money(self.cost)}")
        return f"handmatig niet gekozen: {self.note}"


@dataclass(frozen=True)
class Step:
    """One chosen project: in which phase of the rule, and the money left after it."""

    project_id: str
    phase: str  # "greedy", "equal_shares", "greedy_completion", "free" (costs nothing), "handmatig"
    money_left: Amount


@dataclass
class Outcome:
    """What a rule decided. `selected` is in selection order."""

    rule: str
    budget: Amount
    selected: list[str]
    steps: list[Step]
    not_chosen: dict[str, NotChosen]
    satisfaction: str = "cost"
    completion: str = "none"
    voter_share: Amount | None = None  # equal shares: the share per voter of the run that decided
    details: dict = field(default_factory=dict)

    @property
    def spent(self) -> Amount:
        return self.budget - self.left

    @property
    def left(self) -> Amount:
        return self.steps[-1].money_left if self.steps else self.budget
