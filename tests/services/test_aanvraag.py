"""Aanvraag intake through the services: a grant with its request and begroting in one change, the wijk's
rules of that year, the decision deadline, undo/redo and audit, and bad input that changes nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.services import aanvraag, budget, changes, instellingen
from wijkdesk.services.aanvraag import RegelInvoer
from wijkdesk.services.errors import NotFoundError, ValidationError
from wijkdesk.store.models import AuditLog, Begrotingsregel, Toekenning

D = dt.date
LINES = [RegelInvoer("Huur springkussen", "huur", "120,00"), RegelInvoer("Koffie en taart", "", "45,00"),
         RegelInvoer("Muziek", "buurtfeest", "200,00"), RegelInvoer("Tenten", "buurtfeest", "80,00")]
FIELDS = {"omschrijving": "Buurtfeest Zandweerd", "zaaknummer": "Z-2026-0042",
          "aanvraag_ontvangen_op": "20-04-2026", "activiteit_startdatum": "30-04-2026",
          "activiteit_einddatum": "30-04-2026", "activiteitenplan": "Een middag voor de hele straat."}


def _new(wijk, groep, lines=LINES, **fields):
    return aanvraag.save_aanvraag(None, wijk.id, 2026, "445,00", {"groep": groep.id, **FIELDS, **fields}, lines)


def test_a_request_with_its_lines_is_one_change_and_undoable(wijk, groep, budget_2026):
    with changes.change("Aanvraag") as made:
        grant = _new(wijk, groep)
    stored = aanvraag.regels(grant)
    assert [(r.volgorde, r.omschrijving, r.soort, r.bedrag_cents) for r in stored] == [
        (1, "Huur springkussen", "huur", 12_000), (2, "Koffie en taart", "", 4_500),
        (3, "Muziek", "buurtfeest", 20_000), (4, "Tenten", "buurtfeest", 8_000)]
    grant = Toekenning.get_by_id(grant.id)
    assert grant.aanvraag_ontvangen_op == D(2026, 4, 20) and grant.activiteit_startdatum == D(2026, 4, 30)
    assert grant.activiteitenplan == "Een middag voor de hele straat."
    # Every line audited, and the whole request goes with one undo.
    uuids = {r.uuid for r in stored}
    assert {a.rij_uuid for a in AuditLog.select().where(AuditLog.tabel == "begrotingsregel")} == uuids
    changes.undo(made)
    assert Toekenning.select().count() == 0 and Begrotingsregel.select().count() == 0
    changes.redo(made)
    assert [r.omschrijving for r in aanvraag.regels(grant.id)] == [
        "Huur springkussen", "Koffie en taart", "Muziek", "Tenten"]


def test_the_warnings_point_at_the_offending_lines(wijk, groep, budget_2026):
    grant = _new(wijk, groep)
    found = aanvraag.waarschuwingen(grant, vandaag=D(2026, 4, 20))
    by_line = {w.regel: w.tekst for w in found if w.regel}
    assert sorted(by_line) == [2, 4]
    assert by_line[2].startswith("Regel 2 (Koffie en taart): ") and "consumpties" in by_line[2]
    assert by_line[4].startswith("Regel 4 (Tenten): ") and "€ 280,00" in by_line[4]
    # Asked 10 days before the activity: a warning for the request as a whole.
    assert any(w.regel is None and "14 dagen" in w.tekst for w in found)


def test_the_rules_of_the_wijk_and_year_apply(wijk, groep, budget_2026):
    grant = _new(wijk, groep)
    # This wijk allows EUR 300 for a buurtfeest in 2026 and decides within 5 working days.
    instellingen.set_budget_rules(BudgetRules(plafonds_cents={"buurtfeest": 30_000}, beslistermijn_werkdagen=5),
                                  wijk.id, 2026)
    assert [w.regel for w in aanvraag.waarschuwingen(grant, D(2026, 4, 20)) if w.regel] == [2]
    # 20-04-2026 + 5 working days: 21, 22, 23, 24, (Koningsdag 27), 28.
    assert aanvraag.beslistermijn(grant).uiterlijk == D(2026, 4, 28)


def test_deadline_passed_without_a_decision(wijk, groep, budget_2026):
    grant = _new(wijk, groep, besluitdatum="")
    # 20-04-2026 + 10 working days = 05-05-2026 (Koningsdag skipped).
    assert aanvraag.beslistermijn(grant).uiterlijk == D(2026, 5, 5)
    assert not aanvraag.termijn_verstreken(grant, D(2026, 5, 5))
    assert aanvraag.termijn_verstreken(grant, D(2026, 5, 6))
    budget.update_toekenning(grant.id, besluitdatum="04-05-2026")
    assert not aanvraag.termijn_verstreken(grant, D(2026, 5, 6))


def test_editing_lines_updates_adds_and_removes(wijk, groep, budget_2026):
    grant = _new(wijk, groep)
    first, second, _third, fourth = aanvraag.regels(grant)
    with changes.change("Begroting") as made:
        aanvraag.set_regels(grant, [RegelInvoer("Tenten (2 stuks)", "buurtfeest", "80,00", fourth.id),
                                    RegelInvoer(first.omschrijving, first.soort, first.bedrag_cents, first.id),
                                    RegelInvoer("Vuilniszakken", "materiaal", "12,50")])
    now = aanvraag.regels(grant)
    assert [(r.omschrijving, r.bedrag_cents) for r in now] == [
        ("Tenten (2 stuks)", 8_000), ("Huur springkussen", 12_000), ("Vuilniszakken", 1_250)]
    assert now[0].id == fourth.id and now[1].id == first.id  # edited in place, not replaced
    assert Begrotingsregel.get_or_none(Begrotingsregel.id == second.id) is None
    changes.undo(made)
    assert [r.omschrijving for r in aanvraag.regels(grant)] == [
        "Huur springkussen", "Koffie en taart", "Muziek", "Tenten"]


@pytest.mark.parametrize("line, message", [
    (RegelInvoer("", "", "10,00"), "Regel 2 van de begroting: omschrijving is verplicht"),
    (RegelInvoer("Verf", "", "tien euro"), "Regel 2 van de begroting: bedrag"),
    (RegelInvoer("Verf", "", "0"), "Regel 2 van de begroting: bedrag moet groter dan"),
    (RegelInvoer("Verf", "", "-5,00"), "Regel 2 van de begroting: bedrag mag niet negatief"),
    (RegelInvoer("x" * 201, "", "5,00"), "Regel 2 van de begroting: omschrijving is te lang"),
])
def test_a_bad_line_is_refused_naming_it_and_nothing_changes(wijk, groep, budget_2026, line, message):
    grant = _new(wijk, groep)
    before = [(r.id, r.omschrijving, r.bedrag_cents) for r in aanvraag.regels(grant)]
    audits = AuditLog.select().count()
    with pytest.raises(ValidationError) as info:
        aanvraag.save_aanvraag(grant.id, wijk.id, 2026, "999,00", {"omschrijving": "Anders"},
                               [RegelInvoer("Verf", "", "10,00"), line])
    assert info.value.field == "begroting" and message in info.value.message
    assert [(r.id, r.omschrijving, r.bedrag_cents) for r in aanvraag.regels(grant)] == before
    assert Toekenning.get_by_id(grant.id).omschrijving == "Buurtfeest Zandweerd"
    assert AuditLog.select().count() == audits


def test_an_activity_ending_before_it_starts_is_refused(wijk, groep, budget_2026):
    with pytest.raises(ValidationError) as info:
        _new(wijk, groep, activiteit_startdatum="10-05-2026", activiteit_einddatum="09-05-2026")
    assert info.value.field == "activiteit_einddatum"
    assert Toekenning.select().count() == 0 and Begrotingsregel.select().count() == 0
    with pytest.raises(ValidationError) as info:
        _new(wijk, groep, aanvraag_ontvangen_op="31-02-2026")
    assert info.value.field == "aanvraag_ontvangen_op" and "bestaat niet" in info.value.message


def test_deleting_a_grant_takes_its_lines_and_undo_brings_them_back(wijk, groep, budget_2026):
    grant = _new(wijk, groep)
    with changes.change("Weg") as made:
        budget.delete_toekenning(grant.id)
    assert Begrotingsregel.select().count() == 0
    changes.undo(made)
    assert len(aanvraag.regels(grant.id)) == 4


def test_find_by_zaaknummer(wijk, groep, budget_2026):
    grant = _new(wijk, groep)
    assert aanvraag.find_by_zaaknummer(" Z-2026-0042 ").id == grant.id
    with pytest.raises(NotFoundError):
        aanvraag.find_by_zaaknummer("Z-0000")
    budget.create_toekenning(wijk.id, 2026, "10,00", groep=groep.id, zaaknummer="Z-2026-0042")
    with pytest.raises(ValidationError) as info:
        aanvraag.find_by_zaaknummer("Z-2026-0042")
    assert "--toekenning" in info.value.message


def test_live_check_of_half_typed_input(wijk, budget_2026):
    warnings, term = aanvraag.check_concept(
        wijk.id, 2026, {"bedrag_cents": "1.201,00", "aanvraag_ontvangen_op": "24-04-2026",
                        "activiteit_startdatum": "1-6-2"},  # a date half typed: no crash, no warning for it
        [RegelInvoer("Podium", "huur", "1.200,00"), RegelInvoer("Snoep", "", "1")], vandaag=D(2026, 4, 24))
    assert [w.regel for w in warnings] == [2, None]
    assert "wijkteam" in warnings[1].tekst
    # 24-04-2026 + 10: 28, 29, 30, 1, 4, 5, 6, 7, 8, 11 May (Koningsdag 27-04 skipped).
    assert term.uiterlijk == D(2026, 5, 11)


def test_oversized_input_is_refused_in_dutch_and_nothing_is_written(wijk, groep, budget_2026):
    too_many = [RegelInvoer(f"Post {n}", "", "1,00") for n in range(aanvraag.MAX_REGELS + 1)]
    with pytest.raises(ValidationError) as info:
        _new(wijk, groep, lines=too_many)
    assert info.value.field == "begroting" and "hoogstens 200 regels" in info.value.message
    with pytest.raises(ValidationError) as info:
        _new(wijk, groep, activiteitenplan="x" * 5_001)
    assert info.value.field == "activiteitenplan" and "te lang" in info.value.message
    assert Toekenning.select().count() == 0 and Begrotingsregel.select().count() == 0
    assert AuditLog.select().where(AuditLog.tabel.in_(["toekenning", "begrotingsregel"])).count() == 0


def test_the_grants_past_their_decision_deadline(wijk, groep, budget_2026):
    late = _new(wijk, groep, besluitdatum="")  # received 20-04-2026: decide by 05-05-2026
    decided = _new(wijk, groep, zaaknummer="Z-2", besluitdatum="04-05-2026")
    _new(wijk, groep, zaaknummer="Z-3", besluitdatum="", aanvraag_ontvangen_op="")  # no receipt: no term
    large = aanvraag.save_aanvraag(None, wijk.id, 2026, "1.500,00", {"groep": groep.id, "besluitdatum": "",
                                   "aanvraag_ontvangen_op": "20-04-2026", "wijkteam_advies_op": "04-05-2026"},
                                   [RegelInvoer("Podium", "huur", "1.500,00")])
    # The large one counts from the advice: Monday 04-05-2026 + 10 working days: 5, 6, 7, 8, 11, 12, 13,
    # (Hemelvaart 14), 15, 18, 19 May.
    found = aanvraag.termijnen_verstreken(wijk.id, 2026, D(2026, 5, 6))
    assert sorted(found) == [late.id]
    assert found[late.id].uiterlijk == D(2026, 5, 5)
    assert sorted(aanvraag.termijnen_verstreken(wijk.id, 2026, D(2026, 5, 19))) == [late.id]
    assert sorted(aanvraag.termijnen_verstreken(wijk.id, 2026, D(2026, 5, 20))) == sorted([late.id, large.id])
    assert decided.id not in aanvraag.termijnen_verstreken(wijk.id, 2026, D(2027, 1, 1))
    assert aanvraag.termijnen_verstreken(wijk.id, 2025, D(2027, 1, 1)) == {}


def test_the_decision_terms_read_no_rules_when_nothing_waits(wijk, groep, budget_2026):
    """The Budget tab asks on every opening; most years every request is decided. Then one query (the
    grants waiting for a decision, with their begroting totals) and no rules: on a server each is a round
    trip. With one waiting, still one query: the rules come from the caller's cache when it has them."""
    from tests.statements import statements_sent, tables_read

    _new(wijk, groep, zaaknummer="Z-2", besluitdatum="04-05-2026")
    with statements_sent() as sent:
        assert aanvraag.termijnen_verstreken(wijk.id, 2026, D(2027, 1, 1)) == {}
    assert len(sent) == 1 and '"instelling"' not in sent[0]  # the waiting grants with their totals, no rules
    late = _new(wijk, groep, besluitdatum="")
    cache = {(wijk.id, 2026): instellingen.budget_rules(wijk.id, 2026)}
    with statements_sent() as sent:
        assert sorted(aanvraag.termijnen_verstreken(wijk.id, 2026, D(2027, 1, 1), cache=cache)) == [late.id]
    assert len(sent) == 1 and "instelling" not in tables_read(sent)
