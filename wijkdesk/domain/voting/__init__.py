"""Participatory-budgeting rules with exact numbers: greedy by votes and the Method of Equal Shares.

Only `int` and `fractions.Fraction`, never floats. Ties are broken the same way every time, exactly
as pabutools does by default (see `greedy` and `equal_shares`), so that outcomes can be checked
against it. Ballot kinds and their Dutch validation messages live in `ballots`, the what-if helper in
`whatif`.
"""
from __future__ import annotations

from wijkdesk.domain.voting.election import Amount, Election, Project, Satisfaction
from wijkdesk.domain.voting.equal_shares import COMPLETIONS, equal_shares
from wijkdesk.domain.voting.greedy import greedy
from wijkdesk.domain.voting.outcome import NotChosen, Outcome, Reason, Step, format_amount_cents
from wijkdesk.domain.voting.whatif import WhatIf, what_if

RULES = ("greedy", "equal-shares")

__all__ = [
    "Amount", "COMPLETIONS", "Election", "NotChosen", "Outcome", "Project", "RULES", "Reason",
    "Satisfaction", "Step", "WhatIf", "decide", "equal_shares", "format_amount_cents", "greedy", "what_if",
]


def decide(
    election: Election,
    rule: str = "greedy",
    satisfaction: Satisfaction = Satisfaction.COST,
    completion: str = "none",
    increment: Amount | None = None,
    use_points: bool = False,
    skip_unsupported: bool = False,
    max_rounds: int | None = None,
) -> Outcome:
    """Run `rule` ("greedy" or "equal-shares") on `election` (`max_rounds`: see equal_shares)."""
    if rule == "greedy":
        if completion != "none":
            raise ValueError("Aanvulling hoort bij equal shares; greedy verdeelt het budget al helemaal.")
        return greedy(election, satisfaction, use_points=use_points, skip_unsupported=skip_unsupported)
    if rule == "equal-shares":
        return equal_shares(election, satisfaction, completion=completion, increment=increment,
                            use_points=use_points, skip_unsupported=skip_unsupported, max_rounds=max_rounds)
    raise ValueError(f"Onbekende regel '{rule}': kies uit {', '.join(RULES)}.")
