"""services.import_reconcile on plain values, without a workbook: a row of values by key is matched to
WijkDesk data and applied through the services; a refusal names the key it is about and leaves
nothing behind (the row's savepoint)."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.services import budget, changes, ideeen
from wijkdesk.services.import_reconcile import ImportRow, Reconciler, RowProblem
from wijkdesk.store.models import Idee, Uitgave


def test_a_new_idea_and_its_status_steps(wijk, groep):
    with changes.change("import"):
        outcome = Reconciler().apply("idee", ImportRow({"wijk": "keizers landen", "titel": "Bankje",
                                                        "groep": "werkgroep groen", "kosten": 12_500,
                                                        "status": "gekozen"}))
    idee = Idee.get(Idee.titel == "Bankje")
    assert (outcome.action, outcome.title, outcome.changes) == ("nieuw", "Bankje", ["status gekozen"])
    assert (idee.status, idee.geschatte_kosten_cents, idee.ingediend_door_groep_id) == ("gekozen", 12_500, groep.id)


def test_finance_fills_in_the_paid_date_of_an_exported_expense(wijk, budget_2026):
    row = budget.create_uitgave(wijk, 2026, 4_500, "Verf", "1-3-2026")
    values = {"id": row.uuid, "omschrijving": "Verf", "bedrag": 4_500, "datum": dt.date(2026, 3, 1),
              "status": "open", "betaald_op": dt.date(2026, 3, 20)}
    with changes.change("import"):
        outcome = Reconciler().apply("uitgave", ImportRow(values, "Uitgaven", 2))
    paid = budget.get_uitgave(row.id)
    assert outcome.action == "bijwerken" and (paid.status, paid.betaald_op) == ("betaald", dt.date(2026, 3, 20))


def test_a_refusal_names_its_key_and_leaves_nothing_behind(wijk, budget_2026):
    reconciler = Reconciler(headers={"jaar": "Jaar"})
    with changes.change("import"):
        with pytest.raises(RowProblem) as refused:
            reconciler.apply("uitgave", ImportRow({"wijk": "Keizerslanden", "omschrijving": "Tent",
                                                   "bedrag": 100, "datum": dt.date(2025, 6, 1)}))
    assert refused.value.field == "datum" and "vul de kolom Jaar in" in refused.value.message
    with changes.change("import"):
        with pytest.raises(RowProblem) as refused:  # a service's own refusal, pointed at the row's key
            reconciler.apply("idee", ImportRow({"wijk": "Keizerslanden", "titel": "x" * 500}))
    assert refused.value.field == "titel"
    assert Uitgave.select().count() == 0 and Idee.select().count() == 0


def test_the_same_id_twice_and_an_unknown_wijk_are_refused(wijk):
    idee = ideeen.create_idee(wijk, "Moestuin")
    reconciler = Reconciler()
    with changes.change("import"):
        reconciler.apply("idee", ImportRow({"id": idee.uuid, "titel": "Moestuin"}, "Ideeën", 2))
        with pytest.raises(RowProblem, match="staat ook in Ideeën rij 2") as twice:
            reconciler.apply("idee", ImportRow({"id": idee.uuid, "titel": "Moestuin bij school"}, "Ideeën", 3))
    assert twice.value.field == "id" and ideeen.get_idee(idee.id).titel == "Moestuin"
    with pytest.raises(RowProblem, match="Bekende wijken: Keizerslanden"):
        Reconciler("Zandweerd")
