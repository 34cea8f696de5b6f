"""Budget money rules: exact totals, over-commit and over-spend need a logged override reason."""
import datetime as dt
from decimal import Decimal

import pytest

from wijkdesk.domain.budget_rules import BudgetRules, check_request, verantwoording_band, verantwoording_deadline
from wijkdesk.services import budget, doelen
from wijkdesk.services.errors import OverrideRequired, ValidationError
from wijkdesk.store.models import AuditLog, Toekenning, Uitgave


def test_totals_are_exact_decimals(wijk, budget_2026):
    for _ in range(3):
        budget.create_uitgave(wijk, 2026, "0,10", "Postzegels", "01-02-2026")
    budget.create_uitgave(wijk, 2026, "0,20", "Envelop", "01-02-2026")
    overview = budget.budget_overview(wijk, 2026)
    assert overview.uitgegeven == Decimal("0.50")
    assert overview.resterend == Decimal("9999.50")
    assert isinstance(overview.resterend, Decimal)


def test_grant_then_expenses_under_it(wijk, groep, budget_2026):
    doel = doelen.create_doel(wijk, "Moestuin")
    grant = budget.create_toekenning(wijk, 2026, "6.000,00", doel=doel, groep=groep, zaaknummer="Z/26/1")
    budget.create_uitgave(wijk, 2026, "2.500,00", "Zaden en grond", "01-03-2026", toekenning=grant)
    overview = budget.budget_overview(wijk, 2026)
    assert (overview.toegekend_cents, overview.uitgegeven_cents, overview.resterend_cents) == (600_000, 250_000, 400_000)
    assert budget.doel_geld(doel) == (600_000, 250_000)


def test_over_commit_refused_without_reason_and_nothing_saved(wijk, groep, budget_2026):
    budget.create_toekenning(wijk, 2026, "8.000,00", groep=groep)
    with pytest.raises(OverrideRequired) as info:
        budget.create_toekenning(wijk, 2026, "2.000,01", groep=groep)
    assert "tekort € 0,01" in str(info.value)
    assert Toekenning.select().count() == 1
    grant = budget.create_toekenning(wijk, 2026, "2.000,01", groep=groep, override_reden="Wethouder akkoord")
    assert grant.override_reden == "Wethouder akkoord"
    audit = AuditLog.get((AuditLog.rij_uuid == grant.uuid) & (AuditLog.actie == "aangemaakt"))
    assert audit.reden == "afwijking: Wethouder akkoord"


def test_over_spend_of_grant_refused(wijk, groep, budget_2026):
    grant = budget.create_toekenning(wijk, 2026, 10_000, groep=groep)
    budget.create_uitgave(wijk, 2026, 9_999, "Verf", "01-03-2026", toekenning=grant)
    with pytest.raises(OverrideRequired, match="meer dan de toegekende"):
        budget.create_uitgave(wijk, 2026, 2, "Kwast", "01-03-2026", toekenning=grant)
    assert Uitgave.select().count() == 1
    uitgave = Uitgave.get()
    with pytest.raises(OverrideRequired):
        budget.update_uitgave(uitgave, bedrag_cents=10_001)
    assert Uitgave.get_by_id(uitgave.id).bedrag_cents == 9_999
    budget.update_uitgave(uitgave, omschrijving="Verf (wit)")  # no money change: no check


def test_lowering_budget_below_commitments_needs_reason(wijk, groep, budget_2026):
    budget.create_toekenning(wijk, 2026, 900_000, groep=groep)
    with pytest.raises(OverrideRequired):
        budget.set_budget(wijk, 2026, 800_000)
    assert budget.get_budget(wijk, 2026).bedrag_cents == 1_000_000


def test_expense_needs_a_budget_for_its_year(wijk):
    with pytest.raises(ValidationError, match="nog geen Meedoenbudget"):
        budget.create_uitgave(wijk, 2031, 100, "Iets", "01-01-2031")


def test_paid_status_sets_paid_date_and_withdrawn_does_not_count(wijk, groep, budget_2026):
    uitgave = budget.create_uitgave(wijk, 2026, 5_000, "Zaalhuur", "01-03-2026")
    budget.mark_paid(uitgave, "15-03-2026")
    assert Uitgave.get_by_id(uitgave.id).betaald_op == dt.date(2026, 3, 15)
    grant = budget.create_toekenning(wijk, 2026, 50_000, groep=groep, status="aangevraagd")
    with pytest.raises(ValidationError, match="reden"):
        budget.change_toekenning_status(grant, "afgewezen")
    budget.change_toekenning_status(grant, "afgewezen", "Past niet bij de regels")
    assert budget.budget_overview(wijk, 2026).toegekend_cents == 0


def test_deventer_rules_warn():
    rules = BudgetRules()
    warnings = check_request(rules, "Koffie en taart voor de vrijwilligers", 30_000, "buurtfeest",
                             dt.date(2026, 6, 10), dt.date(2026, 6, 1))
    text = " ".join(warnings)
    assert "consumpties" in text and "koffie" in text and "taart" in text
    assert "hoogstens € 250,00" in text
    assert "14 dagen" in text
    assert check_request(rules, "Theatervoorstelling in het park", 10_000) == []  # 'thee' is not in 'theater'
    custom = BudgetRules.from_dict({"plafonds_cents": {"buurtfeest": 10_000}, "min_dagen_vooraf": 7})
    assert custom.plafonds_cents == {"buurtfeest": 10_000} and custom.min_dagen_vooraf == 7
    assert BudgetRules.from_dict(custom.to_dict()) == custom


def test_verantwoording_bands_and_deadline():
    assert verantwoording_band(500_000) == "geen of beperkte verantwoording"
    assert verantwoording_band(500_001).startswith("activiteitenverslag")
    assert verantwoording_band(5_000_001).startswith("volledige")
    assert verantwoording_deadline(BudgetRules(), dt.date(2026, 1, 1)) == dt.date(2026, 4, 2)


def test_a_credit_note_larger_than_spent_under_its_grant_gets_a_warning(wijk, groep, budget_2026):
    """The expense dialog's warning: a credit note under a grant that gives back more than was spent under
    it (the grant's spending would show below zero). Within what was spent, on the budget itself, or a
    positive amount: none. The expense being changed does not count against itself."""
    grant = budget.create_toekenning(wijk, 2026, "1.200,00", groep=groep, omschrijving="Geveltuintjes",
                                     zaaknummer="Z/26/7")
    budget.create_uitgave(wijk, 2026, "360,00", "Planten", "01-03-2026", toekenning=grant)
    assert budget.credit_note_warning(grant.id, -500_000) == (
        "Deze creditnota (€ 5.000,00) is meer dan er onder de toekenning 'Geveltuintjes' is uitgegeven (€ 360,00): "
        "de toekenning toont dan € -4.640,00 uitgegeven. Klopt de toekenning?")
    assert budget.credit_note_warning(grant.id, -36_000) is None
    assert budget.credit_note_warning(None, -500_000) is None and budget.credit_note_warning(grant.id, 500_000) is None
    credit = budget.create_uitgave(wijk, 2026, "-300,00", "Retour", "02-03-2026", toekenning=grant)
    assert budget.credit_note_warning(grant.id, -36_000, credit.id) is None  # changed to € 360 back: all of it
    assert "(€ 360,00)" in budget.credit_note_warning(grant.id, -36_001, credit.id)
    assert "(€ 60,00)" in budget.credit_note_warning(grant.id, -10_000)  # a second one: € 60 is left
