"""Year end: close, carry over, roll over, the closed-year guard, reopen; all through the services, no Qt."""
import datetime as dt

import pytest

from wijkdesk.services import afgesloten, budget, changes, doelen, ideeen, jaarafsluiting, jaren
from wijkdesk.services.errors import OverrideRequired, ValidationError
from wijkdesk.store.models import AuditLog, Idee, Jaarafsluiting, Meedoenbudget, Overheveling


@pytest.fixture
def year_2026(wijk, budget_2026, groep):
    """2026 with € 10.000, a grant of € 6.000 with € 2.500 spent under it, one loose expense of € 500."""
    grant = budget.create_toekenning(wijk, 2026, 600_000, omschrijving="Speeltuin", groep=groep)
    budget.create_uitgave(wijk, 2026, 250_000, "Toestellen", dt.date(2026, 5, 1), toekenning=grant)
    budget.create_uitgave(wijk, 2026, 50_000, "Zaalhuur", dt.date(2026, 6, 1))
    return grant


def test_close_carries_what_is_left_into_next_year_and_shows_in_both(wijk, year_2026):
    before = budget.budget_overview(wijk, 2026)
    left = before.resterend_cents
    assert left == 1_000_000 - 600_000 - 50_000

    with changes.change("afsluiten") as made:
        jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")

    closed, next_year = budget.budget_overview(wijk, 2026), budget.budget_overview(wijk, 2027)
    assert closed.overgeheveld_uit_cents == left
    assert closed.resterend_cents == 0
    assert closed.resterend_voor_overheveling_cents == left
    assert closed.cijfers() == before.cijfers()
    assert next_year.budget_cents == 0  # made by the year end, amount still to be set
    assert next_year.overgeheveld_in_cents == left
    assert next_year.resterend_cents == left
    assert afgesloten.is_gesloten(wijk, 2026) and not afgesloten.is_gesloten(wijk, 2027)
    rows = jaarafsluiting.overhevelingen(wijk.id, 2027)
    assert [(r.van_jaar, r.naar_jaar, r.bedrag_cents, r.reden) for r in rows] == [(2026, 2027, left, "Niet besteed")]
    assert jaarafsluiting.overhevelingen(wijk.id, 2026) == rows
    assert {"overheveling", "jaarafsluiting", "meedoenbudget"} <= made.tables

    changes.undo(made)
    assert not afgesloten.is_gesloten(wijk, 2026)
    assert budget.get_budget(wijk, 2027) is None
    assert budget.budget_overview(wijk, 2026).resterend_cents == left
    changes.redo(made)
    assert budget.budget_overview(wijk, 2027).overgeheveld_in_cents == left


def test_next_years_own_budget_adds_to_the_carry_over(wijk, year_2026):
    budget.set_budget(wijk, 2027, 800_000)
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
    next_year = budget.budget_overview(wijk, 2027)
    assert next_year.beschikbaar_cents == 800_000 + 350_000
    # The carried money can be committed next year without a reason: it is available there.
    budget.create_toekenning(wijk, 2027, 1_100_000, omschrijving="Groot plan")
    with pytest.raises(OverrideRequired):
        budget.create_toekenning(wijk, 2027, 100_000, omschrijving="Te veel")


def test_a_carry_over_needs_a_reason_and_nothing_is_written_without_one(wijk, year_2026):
    with pytest.raises(ValidationError) as info:
        jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="  ")
    assert "reden" in info.value.message and "2027" in info.value.message
    assert Jaarafsluiting.select().count() == 0 and Overheveling.select().count() == 0
    assert budget.get_budget(wijk, 2027) is None


def test_closing_without_carry_over_or_twice(wijk, year_2026):
    jaarafsluiting.sluit_jaar(wijk, 2026, overhevelen=False, reden="geld terug naar de gemeente")
    assert Overheveling.select().count() == 0
    assert budget.budget_overview(wijk, 2026).resterend_cents == 350_000
    with pytest.raises(ValidationError) as info:
        jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="x")
    assert "al afgesloten" in info.value.message


def test_closed_year_refuses_money_changes_without_a_reason(wijk, year_2026):
    expense = budget.create_uitgave(wijk, 2026, 1_000, "Koffie", dt.date(2026, 12, 1))
    empty_grant = budget.create_toekenning(wijk, 2026, 10_000, omschrijving="Flyers")
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
    audit_rows = AuditLog.select().count()
    for attempt in (
        lambda: budget.create_uitgave(wijk, 2026, 2_000, "Late bon", dt.date(2026, 12, 20)),
        lambda: budget.update_uitgave(expense, bedrag_cents=1_500),
        lambda: budget.delete_uitgave(expense),
        lambda: budget.set_budget(wijk, 2026, 900_000),
        lambda: budget.update_toekenning(year_2026, bedrag_cents=500_000),
        lambda: budget.delete_toekenning(empty_grant),
    ):
        with pytest.raises(afgesloten.JaarGesloten) as info:
            attempt()
        assert "afgesloten" in info.value.message and "reden" in info.value.message
        assert "heropen" in info.value.message
    assert AuditLog.select().count() == audit_rows
    assert budget.budget_overview(wijk, 2026).uitgegeven_cents == 301_000
    # Paying an expense changes no figure: allowed in a closed year.
    budget.mark_paid(expense, dt.date(2027, 1, 10))
    # With a reason the change goes through, and the reason is in the audit log.
    budget.create_uitgave(wijk, 2026, 2_000, "Late bon", dt.date(2026, 12, 20), override_reden="bon kwam in januari")
    assert budget.budget_overview(wijk, 2026).uitgegeven_cents == 303_000
    assert AuditLog.select().where(AuditLog.reden.contains("bon kwam in januari")).count() == 1


def test_undo_of_an_earlier_expense_is_refused_once_the_year_is_closed(wijk, year_2026):
    with changes.change("bon") as made:
        budget.create_uitgave(wijk, 2026, 1_000, "Koffie", dt.date(2026, 12, 1))
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
    with pytest.raises(afgesloten.JaarGesloten):
        changes.undo(made)
    assert budget.budget_overview(wijk, 2026).uitgegeven_cents == 301_000


def test_reopen_needs_a_reason_and_takes_the_carry_over_back(wijk, year_2026):
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
    with pytest.raises(ValidationError):
        jaarafsluiting.heropen_jaar(wijk, 2026, " ")
    assert afgesloten.is_gesloten(wijk, 2026)
    jaarafsluiting.heropen_jaar(wijk, 2026, "bon van december vergeten")
    assert not afgesloten.is_gesloten(wijk, 2026)
    assert budget.budget_overview(wijk, 2027).overgeheveld_in_cents == 0
    assert budget.budget_overview(wijk, 2026).resterend_cents == 350_000
    budget.create_uitgave(wijk, 2026, 10_000, "Vergeten bon", dt.date(2026, 12, 15))
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed, tweede keer")
    assert budget.budget_overview(wijk, 2027).overgeheveld_in_cents == 340_000
    row = afgesloten.afsluiting(wijk, 2026)
    assert row.heropend_op is None and Jaarafsluiting.select().count() == 1


def test_reopen_refused_when_next_year_spent_the_carry_over(wijk, year_2026):
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
    budget.create_toekenning(wijk, 2027, 300_000, omschrijving="Buurtfeest 2027")
    with pytest.raises(OverrideRequired) as info:
        jaarafsluiting.heropen_jaar(wijk, 2026, "correctie")
    assert "2027" in info.value.message
    assert afgesloten.is_gesloten(wijk, 2026)
    assert budget.budget_overview(wijk, 2027).overgeheveld_in_cents == 350_000
    jaarafsluiting.heropen_jaar(wijk, 2026, "correctie", override_reden="gemeente vult 2027 aan")
    assert budget.budget_overview(wijk, 2027).resterend_cents == -300_000


def test_open_ideas_and_goals_roll_over_finished_ones_stay(wijk, year_2026, monkeypatch):
    nieuw = ideeen.create_idee(wijk, "Bankjes", jaar=2026)
    klaar = ideeen.create_idee(wijk, "Feest", jaar=2026)
    ideeen.change_status(klaar, "gekozen")
    ideeen.change_status(klaar, "uitgevoerd")
    afgewezen = ideeen.create_idee(wijk, "Parkeerplaats", jaar=2026)
    ideeen.change_status(afgewezen, "afgewezen", "past niet")
    lopend = doelen.create_doel(wijk, "Groen plein", deadline=dt.date(2026, 10, 1))
    doelen.change_status(lopend, "lopend")
    af = doelen.create_doel(wijk, "Opruimdag", deadline=dt.date(2026, 4, 1))
    doelen.change_status(af, "lopend")
    doelen.change_status(af, "afgerond")
    doelen.add_voortgang(lopend, 40, datum=dt.date(2026, 9, 1))

    preview = jaarafsluiting.voorstel(wijk, 2026)
    assert (preview.ideeen, preview.doelen, preview.overheveling_cents) == (1, 1, 350_000)
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")

    assert jaren.jaar_van_idee(Idee.get_by_id(nieuw.id)) == 2027
    assert jaren.jaar_van_idee(Idee.get_by_id(klaar.id)) == 2026
    assert jaren.jaar_van_idee(Idee.get_by_id(afgewezen.id)) == 2026
    assert jaren.jaar_van_doel(doelen.get_doel(lopend)) == 2027
    assert jaren.jaar_van_doel(doelen.get_doel(af)) == 2026
    # The rolled-over goal still shows in 2026: it has progress there.
    years = jaren.doel_jaren(wijk.id)
    assert years[lopend.id].years == {2026, 2027}
    assert years[af.id].years == {2026}


def test_budget_of_next_year_is_kept_when_it_exists(wijk, year_2026):
    budget.set_budget(wijk, 2027, 500_000, notities="eigen")
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
    assert Meedoenbudget.select().count() == 2
    assert budget.get_budget(wijk, 2027).notities == "eigen"


def test_overspent_year_carries_nothing(wijk, budget_2026):
    budget.create_toekenning(wijk, 2026, 1_200_000, omschrijving="Te groot", override_reden="besluit raad")
    preview = jaarafsluiting.voorstel(wijk, 2026)
    assert preview.resterend_cents == -200_000 and preview.overheveling_cents == 0
    jaarafsluiting.sluit_jaar(wijk, 2026)
    assert Overheveling.select().count() == 0 and afgesloten.is_gesloten(wijk, 2026)


def test_one_change_that_closes_the_year_sees_it_closed_and_the_carry_over_at_once(wijk, year_2026, monkeypatch):
    """money_guard keeps closed years and carry-over per change (an import asks once): a year end inside
    the same change must not leave it with the old answers."""
    asked = []
    real = afgesloten.closed_budgets
    monkeypatch.setattr(afgesloten, "closed_budgets", lambda ids: asked.append(set(ids)) or real(ids))
    with changes.change("alles in een"):
        for n in range(5):
            budget.create_uitgave(wijk, 2026, 100, f"Bon {n}", dt.date(2026, 11, 1))
        assert len(asked) == 1  # five guarded adds, one question
        jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed")
        with pytest.raises(afgesloten.JaarGesloten):
            budget.create_uitgave(wijk, 2026, 100, "Na het afsluiten", dt.date(2026, 12, 31))
        left = budget.budget_overview(wijk, 2026).overgeheveld_uit_cents
        budget.create_toekenning(wijk, 2027, left, omschrijving="Alles wat over is")  # the carry-in counts at once
        with pytest.raises(OverrideRequired):
            budget.create_toekenning(wijk, 2027, 1, omschrijving="Een cent te veel")
    assert budget.budget_overview(wijk, 2027).resterend_cents == 0
