"""Every path by which money moves keeps the budget honest: status changes, credit notes, moves,
deletes and undo. Each case here once let an over-spend through without a reason."""
import pytest

from wijkdesk.services import budget, changes, doelen, wijken
from wijkdesk.services.errors import OverrideRequired, ServiceError, ValidationError
from wijkdesk.store.models import AuditLog, Toekenning, Uitgave


def row(model, r):
    return model.get_by_id(r.id)


def test_withdrawn_grant_with_expenses_is_refused(wijk, groep, budget_2026):
    grant = budget.create_toekenning(wijk, 2026, 1_000_000, groep=groep)
    budget.create_uitgave(wijk, 2026, 1_000_000, "Alles", "01-03-2026", toekenning=grant)
    with pytest.raises(ValidationError, match="Er staan nog 1 uitgave onder"):
        budget.change_toekenning_status(grant, "ingetrokken", "Gaat niet door")
    assert row(Toekenning, grant).status == "toegekend"
    assert budget.budget_overview(wijk, 2026).resterend_cents == 0


def test_no_expense_under_a_rejected_grant(wijk, groep, budget_2026):
    grant = budget.create_toekenning(wijk, 2026, 50_000, groep=groep, status="aangevraagd")
    budget.change_toekenning_status(grant, "afgewezen", "Past niet")
    with pytest.raises(ValidationError, match="afgewezen"):
        budget.create_uitgave(wijk, 2026, 10_000, "Iets", "01-03-2026", toekenning=grant)


def test_overspent_grant_with_reason_still_shows_the_budget_short(wijk, groep, budget_2026):
    grant = budget.create_toekenning(wijk, 2026, 1_000_000, groep=groep)
    budget.create_uitgave(wijk, 2026, 1_500_000, "Duurder", "01-03-2026", toekenning=grant, override_reden="Akkoord")
    overview = budget.budget_overview(wijk, 2026)
    assert (overview.uitgegeven_cents, overview.vastgelegd_cents, overview.resterend_cents) == (1_500_000, 1_500_000, -500_000)
    assert overview.overspend_cents == {grant.id: 500_000}


@pytest.mark.parametrize("undo_credit", ["delete", "reject", "move"])
def test_removing_a_credit_note_that_leaves_budget_short_needs_reason(wijk, groep, budget_2026, undo_credit):
    grant = budget.create_toekenning(wijk, 2026, 500_000, groep=groep)
    other = budget.create_toekenning(wijk, 2026, 400_000, groep=groep)
    budget.create_uitgave(wijk, 2026, 500_000, "Groot", "01-03-2026", toekenning=grant)
    credit = budget.create_uitgave(wijk, 2026, -200_000, "Creditfactuur", "02-03-2026", toekenning=grant)
    budget.create_uitgave(wijk, 2026, 200_000, "Erbij", "03-03-2026", toekenning=grant)
    before = budget.budget_overview(wijk, 2026)
    with pytest.raises(OverrideRequired):
        if undo_credit == "delete":
            budget.delete_uitgave(credit)
        elif undo_credit == "reject":
            budget.change_uitgave_status(credit, "afgewezen", "Dubbel")
        else:
            budget.update_uitgave(credit, toekenning=other)
    assert budget.budget_overview(wijk, 2026) == before
    assert Uitgave.select().count() == 3


def test_lowering_an_amount_in_an_overcommitted_budget_needs_no_reason(wijk, groep, budget_2026):
    budget.create_toekenning(wijk, 2026, 900_000, groep=groep)
    second = budget.create_toekenning(wijk, 2026, 500_000, groep=groep, override_reden="Extra geld komt")
    budget.update_toekenning(second, bedrag_cents=400_000)  # better than before: allowed
    assert row(Toekenning, second).bedrag_cents == 400_000
    with pytest.raises(OverrideRequired):
        budget.update_toekenning(second, bedrag_cents=450_000)  # worse again


def test_status_change_keeps_the_override_reason(wijk, groep, budget_2026):
    budget.create_toekenning(wijk, 2026, 1_000_000, groep=groep)
    grant = budget.create_toekenning(wijk, 2026, 100_000, groep=groep, status="aangevraagd",
                                     override_reden="Vooruitlopend op extra budget")
    budget.change_toekenning_status(grant, "afgewezen", "Eerst extra budget")
    budget.change_toekenning_status(grant, "aangevraagd", "Opnieuw ingediend", override_reden="Wethouder akkoord")
    assert row(Toekenning, grant).override_reden == "Wethouder akkoord"
    audit = AuditLog.select().where(AuditLog.rij_uuid == grant.uuid).order_by(AuditLog.id.desc()).first()
    assert audit.reden == "Opnieuw ingediend; afwijking: Wethouder akkoord"


def test_moving_an_expense_to_another_years_budget_keeps_links_consistent(wijk, groep, budget_2026):
    budget_2025 = budget.set_budget(wijk, 2025, 1_000_000)
    grant = budget.create_toekenning(wijk, 2026, 100_000, groep=groep)
    uitgave = budget.create_uitgave(wijk, 2026, 50_000, "Verf", "01-03-2026", toekenning=grant)
    with pytest.raises(ValidationError) as info:
        budget.update_uitgave(uitgave, budget=budget_2025)
    assert info.value.field == "toekenning"
    with pytest.raises(ValidationError, match="verplaats die eerst"):
        budget.update_toekenning(grant, budget=budget_2025)
    budget.update_uitgave(uitgave, budget=budget_2025, toekenning=None)
    assert budget.budget_overview(wijk, 2025).uitgegeven_cents == 50_000
    assert budget.budget_overview(wijk, 2026).uitgegeven_cents == 0


def test_goal_of_another_wijk_refused_even_when_only_budget_moves(wijk, groep, budget_2026):
    other = wijken.create_wijk("Voorstad")
    other_budget = budget.set_budget(other, 2026, 1_000_000)
    doel = doelen.create_doel(wijk, "Moestuin")
    uitgave = budget.create_uitgave(wijk, 2026, 1_000, "Zaden", "01-03-2026", doel=doel)
    with pytest.raises(ValidationError) as info:
        budget.update_uitgave(uitgave, budget=other_budget)
    assert info.value.field == "doel"


def test_create_only_with_a_starting_status(wijk, groep, budget_2026):
    with pytest.raises(ValidationError, match="kies uit aangevraagd, toegekend"):
        budget.create_toekenning(wijk, 2026, 1_000, groep=groep, status="verantwoord")
    with pytest.raises(ValidationError):
        budget.create_uitgave(wijk, 2026, 1_000, "x", "01-03-2026", status="afgewezen")


def test_undo_of_delete_refuses_to_overwrite_a_newer_row(wijk, budget_2026):
    first = budget.create_uitgave(wijk, 2026, 30_000, "Zaalhuur", "01-03-2026")
    with changes.change("Uitgave verwijderen") as made:
        budget.delete_uitgave(first)
    newer = budget.create_uitgave(wijk, 2026, 45_000, "Drukwerk wijkkrant", "02-03-2026")
    # Neither database gives an id out twice by itself; a row brought in from elsewhere can hold it.
    Uitgave.update(id=first.id).where(Uitgave.id == newer.id).execute()
    with pytest.raises(ServiceError) as refused:
        changes.undo(made)
    assert "kan niet worden ongedaan gemaakt" in str(refused.value) and "Er is niets gewijzigd" in str(refused.value)
    assert Uitgave.get_by_id(first.id).omschrijving == "Drukwerk wijkkrant" and Uitgave.select().count() == 1


def test_undo_of_delete_that_would_overspend_is_refused_and_changes_nothing(wijk, groep, budget_2026):
    """Undo puts an expense back only when the money rules allow it, as a new expense would be; the
    user's way on is a new expense with a reason (the window says so)."""
    spend = budget.create_uitgave(wijk, 2026, 600_000, "Groot", "01-03-2026")
    with changes.change("Uitgave verwijderen") as made:
        budget.delete_uitgave(spend)
    budget.create_toekenning(wijk, 2026, 700_000, groep=groep)
    audited = AuditLog.select().count()
    with pytest.raises(OverrideRequired):
        changes.undo(made)
    assert Uitgave.select().count() == 0 and AuditLog.select().count() == audited
    assert made.done  # still done: the undo did not happen


def test_audit_of_a_reference_change_names_uuids(wijk, groep, budget_2026):
    import json

    doel = doelen.create_doel(wijk, "Moestuin")
    uitgave = budget.create_uitgave(wijk, 2026, 1_000, "Zaden", "01-03-2026")
    budget.update_uitgave(uitgave, doel=doel)
    audit = AuditLog.select().where(AuditLog.rij_uuid == uitgave.uuid).order_by(AuditLog.id.desc()).first()
    assert json.loads(audit.wijzigingen) == {"doel": [None, doel.uuid]}


def test_row_a_decision_names_cannot_be_deleted(wijk):
    from wijkdesk.services import bijeenkomsten, ideeen
    from wijkdesk.services.errors import InUseError

    idee = ideeen.create_idee(wijk, "Bankjes")
    bijeenkomsten.record_besluit(wijk, "Bewoners kiezen de bankjes", onderwerp=idee)
    with pytest.raises(InUseError, match="1 besluit"):
        ideeen.delete_idee(idee)


def test_deleting_owned_rows_audits_each(wijk):
    doel = doelen.create_doel(wijk, "Moestuin")
    entry = doelen.add_voortgang(doel, 40)
    doelen.delete_doel(doel)
    assert AuditLog.select().where((AuditLog.rij_uuid == entry.uuid) & (AuditLog.actie == "verwijderd")).exists()
