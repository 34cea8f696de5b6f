"""Settings that belong to the data: in the database, per wijk and year, with declared defaults."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.services import changes, instellingen, verantwoording, wijken
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import AuditLog


def _rules(weken: int) -> BudgetRules:
    rules = BudgetRules()
    rules.verantwoording_weken = weken
    return rules


def test_most_specific_setting_applies_then_the_general_then_the_default(wijk):
    other = wijken.create_wijk("Rivierenwijk")
    assert instellingen.budget_rules(wijk.id, 2026) == BudgetRules()
    assert instellingen.where_set("budgetregels", wijk.id, 2026) == "standaard"
    instellingen.set_budget_rules(_rules(10))
    instellingen.set_budget_rules(_rules(8), wijk.id)
    instellingen.set_budget_rules(_rules(6), wijk.id, 2026)
    assert instellingen.budget_rules(wijk.id, 2026).verantwoording_weken == 6
    assert instellingen.budget_rules(wijk.id, 2025).verantwoording_weken == 8
    assert instellingen.budget_rules(other.id, 2026).verantwoording_weken == 10
    assert instellingen.where_set("budgetregels", other.id, 2026) == "algemeen"
    instellingen.clear_value("budgetregels", wijk.id, 2026)
    assert instellingen.budget_rules(wijk.id, 2026).verantwoording_weken == 8


def test_a_setting_is_an_audited_undoable_change(wijk):
    with changes.change("Regels Keizerslanden 2026") as c:
        instellingen.set_budget_rules(_rules(4), wijk.id, 2026)
    assert AuditLog.select().where(AuditLog.tabel == "instelling").count() == 1
    changes.undo(c)
    assert instellingen.budget_rules(wijk.id, 2026).verantwoording_weken == BudgetRules().verantwoording_weken
    changes.redo(c)
    assert instellingen.budget_rules(wijk.id, 2026).verantwoording_weken == 4


def test_a_year_without_a_wijk_is_refused(db):
    with pytest.raises(ValidationError, match="hoort bij een wijk"):
        instellingen.set_budget_rules(BudgetRules(), None, 2026)


def test_the_export_due_date_follows_the_rules_of_the_wijk_and_year(wijk):
    einde = dt.date(2026, 3, 1)
    assert verantwoording.deadline(einde, wijk.id, 2026) == einde + dt.timedelta(weeks=13)
    instellingen.set_budget_rules(_rules(6), wijk.id, 2026)
    assert verantwoording.deadline(einde, wijk.id, 2026) == einde + dt.timedelta(weeks=6)
    assert verantwoording.deadline(einde, wijk.id, 2025) == einde + dt.timedelta(weeks=13)


def test_the_setting_in_force_is_read_in_one_query_wherever_it_is_set(wijk):
    """The Budget tab asks for the rules on each opening; on a server every query is a round trip. One
    query reads every scope that applies, whichever of them holds the value (or none)."""
    from tests.statements import statements_sent

    def read(*scope) -> tuple[int, str, int]:
        with statements_sent() as sent:
            weken = instellingen.budget_rules(*scope).verantwoording_weken
            where = instellingen.where_set("budgetregels", *scope)
        return weken, where, len(sent)

    default = BudgetRules().verantwoording_weken
    assert read(wijk.id, 2026) == (default, "standaard", 2)
    instellingen.set_budget_rules(_rules(10))
    assert read(wijk.id, 2026) == (10, "algemeen", 2)
    instellingen.set_budget_rules(_rules(8), wijk.id)
    assert read(wijk.id, 2026) == (8, "wijk", 2)
    instellingen.set_budget_rules(_rules(6), wijk.id, 2026)
    assert read(wijk.id, 2026) == (6, "jaar", 2)
    assert read(wijk.id, 2025) == (8, "wijk", 2)
    assert read() == (10, "algemeen", 2)


def test_a_cache_reads_the_rules_once_per_wijk_and_year(wijk):
    """A list asks for the rules of its rows again and again (deadline column, late grants, decision
    terms): with the caller's cache they are read once per wijk and year, and a new cache (the next
    reading of the list) sees a change."""
    from tests.statements import statements_sent

    cache: dict = {}
    with statements_sent() as sent:
        first = instellingen.budget_rules(wijk.id, 2026, cache)
        again = instellingen.budget_rules(wijk.id, 2026, cache)
    assert first is again and len(sent) == 1
    with statements_sent() as sent:
        instellingen.budget_rules(wijk.id, 2025, cache)
    assert len(sent) == 1  # another year: its own rules
    instellingen.set_budget_rules(_rules(9), wijk.id)
    assert instellingen.budget_rules(wijk.id, 2026, cache).verantwoording_weken == first.verantwoording_weken
    assert instellingen.budget_rules(wijk.id, 2026, {}).verantwoording_weken == 9
