"""The fast money guard decides exactly as the full comparison of whole overviews does."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from wijkdesk.services import budget, changes, doelen
from wijkdesk.services.errors import OverrideRequired, ServiceError
from wijkdesk.store.models import Toekenning, Uitgave, db


class _Probe(Exception):
    pass


def _decide(op, guard, monkeypatch) -> str:
    """Run `op` under `guard` and roll it back: 'ok', 'refused' or 'invalid'."""
    outcome = "ok"
    with monkeypatch.context() as patch:
        patch.setattr(budget, "money_guard", guard)
        try:
            with db.atomic():
                try:
                    with changes.change("probe"):
                        op()
                except OverrideRequired:
                    outcome = "refused"
                except ServiceError:
                    outcome = "invalid"
                raise _Probe
        except _Probe:
            pass
    return outcome


def _random_op(rng: random.Random, wijk, doel):
    grants = [t.id for t in Toekenning.select()]
    expenses = [u.id for u in Uitgave.select()]
    amount = rng.choice([500, 5_000, 50_000, 200_000, 600_000, -20_000])
    kind = rng.choice(["add", "add", "add", "amount", "status", "move", "delete", "grant", "grant_amount",
                       "grant_status", "budget"])
    if kind == "add" or not expenses and kind in ("amount", "status", "move", "delete"):
        under = rng.choice([None, *grants])
        return lambda: budget.create_uitgave(wijk, 2026, amount, "Uitgave", "1-3-2026", toekenning=under)
    if kind == "amount":
        return lambda: budget.update_uitgave(rng.choice(expenses), bedrag_cents=amount)
    if kind == "status":
        return lambda: budget.change_uitgave_status(rng.choice(expenses), rng.choice(["afgewezen", "betaald",
                                                                                       "goedgekeurd"]), "reden")
    if kind == "move":
        return lambda: budget.update_uitgave(rng.choice(expenses), toekenning=rng.choice([None, *grants]))
    if kind == "delete":
        return lambda: budget.delete_uitgave(rng.choice(expenses))
    if kind == "grant" or not grants:
        return lambda: budget.create_toekenning(wijk, 2026, abs(amount), doel=doel, omschrijving="Toekenning")
    if kind == "grant_amount":
        return lambda: budget.update_toekenning(rng.choice(grants), bedrag_cents=abs(amount) or 100)
    if kind == "grant_status":
        return lambda: budget.change_toekenning_status(rng.choice(grants), rng.choice(
            ["toegekend", "ingetrokken", "afgewezen", "verantwoord"]), "reden")
    return lambda: budget.set_budget(wijk, 2026, rng.choice([100_000, 1_000_000, 2_000_000]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_guard_agrees_with_the_full_comparison(wijk, budget_2026, monkeypatch, seed):
    rng = random.Random(seed)
    doel = doelen.create_doel(wijk, "Speeltuin")
    refused = 0
    for _step in range(120):
        op = _random_op(rng, wijk, doel)
        state = rng.getstate()
        expected = _decide(op, budget.money_guard_full, monkeypatch)
        rng.setstate(state)
        assert _decide(op, budget.money_guard, monkeypatch) == expected
        rng.setstate(state)
        refused += expected == "refused"
        try:  # now for real, through the services as the window calls them
            with changes.change("stap"):
                op()
        except ServiceError:
            pass
    assert refused > 5, "the sequence must reach the money rules"


def test_committed_total_is_reused_and_right(wijk, budget_2026):
    """After a committed change the next one needs no sum over every expense, and its figure is right."""
    for day in range(1, 6):
        with changes.change("uitgave"):
            budget.create_uitgave(wijk, 2026, 150_000, "Bankjes", dt.date(2026, 3, day))
    assert budget._committed[budget_2026.id][0] == budget.budget_overview(wijk, 2026).vastgelegd_cents
    with pytest.raises(OverrideRequired):
        with changes.change("te veel"):
            budget.create_uitgave(wijk, 2026, 300_000, "Speeltoestel", "1-4-2026")
    assert budget.budget_overview(wijk, 2026).vastgelegd_cents == 750_000
