"""Bijeenkomsten and besluiten: meetings per wijk, 'nu bezig', the decisions of the evening."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.services import bijeenkomsten as bk, ideeen, wijken
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.services.errors import InUseError, ValidationError
from wijkdesk.store.models import AuditLog, Besluit, Bijeenkomst


@pytest.fixture
def avond(wijk):
    return bk.create_bijeenkomst(wijk, "12-11-2026", soort="bewonersavond", tijd="19.30", plaats="Buurthuis De Hoven",
                                 aantal_aanwezig=42, agenda="1. Opening\n2. Stemmen")


def test_meeting_keeps_kind_time_place_attendees_and_agenda(avond):
    row = Bijeenkomst.get_by_id(avond.id)
    assert (row.titel, row.soort, row.tijd, row.datum, row.aantal_aanwezig) == (
        "Bewonersavond", "bewonersavond", "19:30", dt.date(2026, 11, 12), 42)
    assert row.agenda.startswith("1. Opening")
    assert bk.create_bijeenkomst(row.wijk_id, "13-11-2026", soort="wijkcoalitie").titel == "Wijkcoalitie"


@pytest.mark.parametrize("field,value,message", [
    ("tijd", "25:00", "Tijd '25:00' klopt niet"), ("tijd", "half acht", "bijvoorbeeld 19:30"),
    ("soort", "feest", "Soort bijeenkomst"), ("aantal_aanwezig", "-3", "minstens 0"),
    ("datum", "31-02-2026", "Datum"), ("nu_bezig", True, "knop"),
])
def test_bad_input_is_refused_in_dutch_and_changes_nothing(avond, field, value, message):
    before = AuditLog.select().count()
    with pytest.raises(ValidationError, match=message) as caught:
        bk.update_bijeenkomst(avond, **{field: value})
    assert caught.value.field == field
    assert AuditLog.select().count() == before
    assert Bijeenkomst.get_by_id(avond.id).tijd == "19:30"


def test_one_meeting_per_wijk_is_nu_bezig(wijk, avond):
    other = bk.create_bijeenkomst(wijk, "20-11-2026", soort="werkgroep")
    elsewhere = bk.create_bijeenkomst(wijken.create_wijk("Voorstad"), "12-11-2026")
    bk.set_nu_bezig(elsewhere)
    bk.set_nu_bezig(avond)
    bk.set_nu_bezig(other)
    assert bk.nu_bezig(wijk).id == other.id
    assert not Bijeenkomst.get_by_id(avond.id).nu_bezig
    assert bk.nu_bezig(elsewhere.wijk_id).id == elsewhere.id  # another wijk is not touched
    bk.set_nu_bezig(other, False)
    assert bk.nu_bezig(wijk) is None


def test_quick_capture_and_a_new_round_link_to_the_running_meeting(wijk, avond):
    before = ideeen.capture_idee(wijk, "Voor de avond")
    assert before.bijeenkomst_id is None
    bk.set_nu_bezig(avond)
    idee = ideeen.capture_idee(wijk, "Bankjes bij de vijver")
    idee.geschatte_kosten_cents = 50_000
    idee.save()
    ronde = rondes.create_ronde(wijk, "Stemronde", 100_000, idee_ids=[idee.id])
    chosen_elsewhere = rondes.create_ronde(wijk, "Zonder avond", 100_000, bijeenkomst=None)
    assert idee.bijeenkomst_id == avond.id and ronde.bijeenkomst_id == avond.id
    assert chosen_elsewhere.bijeenkomst_id is None  # a choice made by the user stands
    view = bk.overzicht(avond)
    assert [i.titel for i in view.ideeen] == ["Bankjes bij de vijver"]
    assert [r.titel for r in view.rondes] == ["Stemronde"]


def test_decisions_of_the_stemronde_appear_with_the_meeting(wijk, avond):
    bk.set_nu_bezig(avond)
    ideas = [ideeen.create_idee(wijk, t, geschatte_kosten_cents=c) for t, c in
             (("Speeltuin", 60_000), ("Bankjes", 30_000), ("Moestuin", 20_000))]
    ronde = rondes.create_ronde(wijk, "Stemronde november", 100_000, idee_ids=[i.id for i in ideas])
    for text in ("1 2", "1", "2 3", "1 3"):
        stemmen.enter_ballot(ronde, text)
    links = rondes.ronde_ideeen(ronde)
    uitslag.override(links[2], True, "Moestuin is al half betaald door de woningcorporatie")
    result = uitslag.fix_uitslag(ronde)
    decisions = bk.besluiten(avond)
    assert [bk.is_van_stemronde(b) for b in decisions] == [True, True]
    assert "toch gekozen" in decisions[0].tekst and decisions[0].reden.startswith("Moestuin is al half")
    assert decisions[0].bedrag_cents == 20_000
    assert decisions[1].bedrag_cents == result.besteed_cents
    assert decisions[1].besloten_door == uitslag.UITSLAG_DOOR
    with pytest.raises(ValidationError, match="stemronde blijft bewaard"):
        bk.delete_besluit(decisions[1])


def test_typed_decision_needs_who_and_is_withdrawn_or_replaced_never_edited(avond):
    with pytest.raises(ValidationError, match="Besloten door is verplicht"):
        bk.add_besluit(avond, "Buurtfeest op 5 juli", "")
    with pytest.raises(ValidationError, match="Bedrag"):
        bk.add_besluit(avond, "Buurtfeest op 5 juli", "bewonersavond", bedrag="veel")
    assert Besluit.select().count() == 0
    first = bk.add_besluit(avond, "Buurtfeest op 5 juli", "de bewonersavond", "Meeste handen", bedrag="1.250,00")
    assert (first.datum, first.bedrag_cents, first.status) == (avond.datum, 125_000, "geldig")
    with pytest.raises(ValidationError, match="Reden van vervangen is verplicht"):
        bk.replace_besluit(first, "Buurtfeest op 12 juli", "de bewonersavond", "  ")
    second = bk.replace_besluit(first, "Buurtfeest op 12 juli", "de bewonersavond", "5 juli is de braderie")
    old = Besluit.get_by_id(first.id)
    assert (old.status, old.status_reden, old.tekst) == ("vervangen", "5 juli is de braderie", "Buurtfeest op 5 juli")
    assert second.vervangt_id == first.id
    with pytest.raises(ValidationError, match="al vervangen"):
        bk.withdraw_besluit(first, "toch niet")
    with pytest.raises(ValidationError, match="Reden van intrekken"):
        bk.withdraw_besluit(second, "")
    bk.withdraw_besluit(second, "Geen vrijwilligers gevonden")
    assert [(b.tekst, b.status) for b in bk.besluiten(avond)] == [
        ("Buurtfeest op 5 juli", "vervangen"), ("Buurtfeest op 12 juli", "ingetrokken")]
    with pytest.raises(ValidationError, match="blijft bewaard"):
        bk.delete_besluit(first)
    assert AuditLog.select().where(AuditLog.tabel == "besluit", AuditLog.actie.in_(("vervangen", "ingetrokken"))).count() == 2


def test_undo_of_a_replacement_puts_the_old_decision_back(avond):
    from wijkdesk.services import changes

    first = bk.add_besluit(avond, "Bankjes kopen", "de bewonersavond")
    with changes.change("Besluit vervangen") as made:
        bk.replace_besluit(first, "Bankjes huren", "de bewonersavond", "goedkoper")
    changes.undo(made)
    assert [(b.tekst, b.status) for b in bk.besluiten(avond)] == [("Bankjes kopen", "geldig")]
    assert AuditLog.select().where(AuditLog.tabel == "besluit", AuditLog.actie == "ongedaan gemaakt").count() == 2
    changes.redo(made)
    assert [(b.tekst, b.status) for b in bk.besluiten(avond)] == [
        ("Bankjes kopen", "vervangen"), ("Bankjes huren", "geldig")]


def test_meeting_with_decisions_is_not_deleted(avond):
    bk.add_besluit(avond, "Bankjes kopen", "de bewonersavond")
    with pytest.raises(InUseError, match="1 besluit"):
        bk.delete_bijeenkomst(avond)
