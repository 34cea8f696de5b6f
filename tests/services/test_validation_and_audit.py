"""Every service validates, names the field in Dutch, changes nothing on refusal, and audits changes."""
import json

import pytest

from wijkdesk.services import bijeenkomsten, changes, common, doelen, groepen, ideeen, wijken  # noqa: F401
from wijkdesk.services.errors import InUseError, NotFoundError, ValidationError
from wijkdesk.store.models import AuditLog, Bewonersgroep, Idee, Persoon, Wijk


def table_counts():
    return {m.__name__: m.select().count() for m in (Wijk, Bewonersgroep, Persoon, Idee, AuditLog)}


@pytest.mark.parametrize(
    "call,field,fragment",
    [
        (lambda w: wijken.create_wijk("   "), "naam", "verplicht"),
        (lambda w: wijken.create_wijk("Keizerslanden"), "naam", "al een wijk"),
        (lambda w: groepen.create_groep(w, ""), "naam", "verplicht"),
        (lambda w: groepen.create_groep(w, "X", soort="club"), "soort", "kies uit"),
        (lambda w: groepen.create_persoon("Jan", email="jan-at-home"), "email", "geen e-mailadres"),
        (lambda w: groepen.create_persoon("Jan", telefoon="bel me"), "telefoon", "geen telefoonnummer"),
        (lambda w: ideeen.create_idee(w, ""), "titel", "verplicht"),
        (lambda w: ideeen.create_idee(w, "x" * 201), "titel", "te lang"),
        (lambda w: ideeen.create_idee(w, "Bank", geschatte_kosten_cents="twaalf"), "geschatte_kosten_cents", "geen bedrag"),
        (lambda w: ideeen.create_idee(w, "Bank", geschatte_kosten_cents="-5"), "geschatte_kosten_cents", "negatief"),
        (lambda w: ideeen.create_idee(w, "Bank", geschatte_kosten_cents=12.5), "geschatte_kosten_cents", "centen"),
        (lambda w: ideeen.create_idee(w, "Bank", status="gekozen"), "status", "status wijzigen"),
        (lambda w: ideeen.create_idee(w, "Bank", onbekend=1), "onbekend", "bestaat niet"),
        (lambda w: doelen.create_doel(w, "Doel", deadline="31-02-2026"), "deadline", "bestaat niet als datum"),
        (lambda w: doelen.create_doel(w, "Doel", deadline="morgen"), "deadline", "dd-mm-jjjj"),
        (lambda w: bijeenkomsten.create_bijeenkomst(w, None), "datum", "verplicht"),
        (lambda w: bijeenkomsten.create_bijeenkomst(w, "01-01-2026", aantal_aanwezig="veel"), "aantal_aanwezig", "geheel getal"),
    ],
)
def test_invalid_input_is_refused_with_field_and_changes_nothing(wijk, call, field, fragment):
    before = table_counts()
    with pytest.raises(ValidationError) as info:
        call(wijk)
    assert info.value.field == field
    assert fragment in info.value.message
    assert table_counts() == before


def test_update_writes_audit_row_with_old_and_new(wijk):
    idee = ideeen.create_idee(wijk, "Bankjes", geschatte_kosten_cents="€ 1.200,50")
    assert idee.geschatte_kosten_cents == 120050
    ideeen.update_idee(idee, titel="Bankjes in het park", thema="Groen")
    row = AuditLog.select().where(AuditLog.rij_uuid == idee.uuid).order_by(AuditLog.id.desc()).first()
    assert row.actie == "gewijzigd" and row.tabel == "idee"
    assert json.loads(row.wijzigingen) == {"thema": ["", "Groen"], "titel": ["Bankjes", "Bankjes in het park"]}
    assert row.gebruiker


def test_update_without_change_writes_no_audit_row(wijk):
    idee = ideeen.create_idee(wijk, "Bankjes")
    before = AuditLog.select().count()
    ideeen.update_idee(idee, titel="  Bankjes ")
    assert AuditLog.select().count() == before


def test_refused_update_changes_nothing(wijk):
    idee = ideeen.create_idee(wijk, "Bankjes")
    with pytest.raises(ValidationError):
        ideeen.update_idee(idee, titel="Nieuw", geschatte_kosten_cents="1,234")  # ambiguous amount
    assert Idee.get_by_id(idee.id).titel == "Bankjes"


def test_workflow_needs_reason_and_refuses_jumps(wijk):
    idee = ideeen.create_idee(wijk, "Pannakooi")
    with pytest.raises(ValidationError, match="reden"):
        ideeen.change_status(idee, "afgewezen")
    with pytest.raises(ValidationError, match="kan niet"):
        ideeen.change_status(idee, "uitgevoerd")
    ideeen.change_status(idee, "afgewezen", "Geen plek")
    idee = Idee.get_by_id(idee.id)
    assert (idee.status, idee.status_reden) == ("afgewezen", "Geen plek")
    audit = AuditLog.select().where((AuditLog.rij_uuid == idee.uuid) & (AuditLog.actie == "status")).get()
    assert audit.reden == "Geen plek"


def test_delete_referenced_is_refused_and_explained(wijk, groep):
    ideeen.create_idee(wijk, "Idee van de groep", ingediend_door_groep=groep)
    with pytest.raises(InUseError) as info:
        groepen.delete_groep(groep)
    assert "1 idee" in str(info.value) and "Archiveer" in str(info.value)
    assert Bewonersgroep.get_by_id(groep.id)
    with pytest.raises(InUseError, match="1 bewonersgroep"):
        wijken.delete_wijk(wijk)


def test_delete_then_restore_puts_row_and_owned_rows_back(wijk, groep):
    persoon = groepen.create_persoon("Anja Bakker", email="anja@voorbeeld.nl")
    groepen.add_lid(groep, persoon, "voorzitter")
    snapshot = groepen.delete_groep(groep)
    assert Bewonersgroep.get_or_none(Bewonersgroep.id == groep.id) is None
    common.restore(snapshot)
    again = Bewonersgroep.get_by_id(groep.id)
    assert again.uuid == groep.uuid
    assert [(m.persoon.naam, m.rol) for m in groepen.leden(again)] == [("Anja Bakker", "voorzitter")]
    assert AuditLog.select().where((AuditLog.rij_uuid == groep.uuid) & (AuditLog.actie == "hersteld")).exists()


def test_deleted_row_gives_dutch_not_found(wijk):
    idee = ideeen.create_idee(wijk, "Weg")
    ideeen.delete_idee(idee)
    with pytest.raises(NotFoundError, match="bestaat niet"):
        ideeen.update_idee(idee, titel="Nog eens")


def test_avg_export_and_erase_keep_ideas_without_name(wijk, groep):
    persoon = groepen.create_persoon("Karim Yildiz", email="karim@voorbeeld.nl", telefoon="06 12345678",
                                     toestemming_op="01-02-2026")
    groepen.add_lid(groep, persoon, "contactpersoon")
    idee = ideeen.create_idee(wijk, "Taalcafé", ingediend_door_persoon=persoon)
    data = groepen.export_persoon(persoon)
    assert data["email"] == "karim@voorbeeld.nl"
    assert data["lidmaatschappen"] == [{"groep": "Werkgroep Groen", "wijk": "Keizerslanden", "rol": "contactpersoon"}]
    assert data["ingediende_ideeen"] == ["Taalcafé"]
    snapshot = groepen.remove_persoon(persoon)
    assert Persoon.select().count() == 0
    assert Idee.get_by_id(idee.id).ingediend_door_persoon is None
    for row in AuditLog.select():  # the audit log holds no personal data
        assert "Karim" not in row.wijzigingen and "karim@" not in row.wijzigingen
    common.restore(snapshot)  # undo of an erase
    assert Idee.get_by_id(idee.id).ingediend_door_persoon.naam == "Karim Yildiz"


def test_goal_from_idea_links_and_chooses_it(wijk, groep):
    idee = ideeen.create_idee(wijk, "Geveltuintjes", geschatte_kosten_cents=120_000, ingediend_door_groep=groep)
    doel = doelen.doel_from_idee(idee, deadline="01-06-2026")
    assert [i.id for i in doelen.ideeen_van(doel)] == [idee.id]
    assert Idee.get_by_id(idee.id).status == "gekozen"
    assert doel.begroot_cents == 120_000 and doel.eigenaar_groep_id == groep.id


def test_progress_entries_drive_percentage_and_undo(wijk):
    doel = doelen.create_doel(wijk, "Buurtmoestuin")
    doelen.add_voortgang(doel, 30, datum="01-03-2026")
    late = doelen.add_voortgang(doel, 70, datum="01-05-2026")
    doelen.add_voortgang(doel, 50, datum="01-04-2026")  # an older entry typed later
    assert doelen.common.get(type(doel), doel).voortgang == 70
    with changes.change("Voortgang verwijderen") as made:
        doelen.delete_voortgang(late)
    assert doelen.common.get(type(doel), doel).voortgang == 50
    changes.undo(made)  # the entry and the goal's percentage come back together
    assert doelen.common.get(type(doel), doel).voortgang == 70
    changes.redo(made)
    assert doelen.common.get(type(doel), doel).voortgang == 50
    with pytest.raises(ValidationError, match="hoogstens 100"):
        doelen.add_voortgang(doel, 101)


def test_goal_te_laat(wijk):
    import datetime as dt

    doel = doelen.create_doel(wijk, "Speeltoestel", deadline="01-01-2026")
    assert doelen.te_laat(doel.deadline, doel.status, today=dt.date(2026, 2, 1))
    assert not doelen.te_laat(doel.deadline, doel.status, today=dt.date(2025, 12, 1))
    doelen.change_status(doel, "lopend")
    doelen.change_status(doel, "afgerond")
    again = doelen.get_doel(doel.id)
    assert not doelen.te_laat(again.deadline, again.status, today=dt.date(2026, 2, 1))


def test_cross_wijk_links_are_refused(wijk, groep):
    other = wijken.create_wijk("Voorstad")
    with pytest.raises(ValidationError) as info:
        ideeen.create_idee(other, "Idee", ingediend_door_groep=groep)
    assert info.value.field == "ingediend_door_groep"


def test_moving_rows_to_another_wijk_keeps_links_whole(wijk, groep):
    other = wijken.create_wijk("Voorstad")
    idee = ideeen.create_idee(wijk, "Bankjes", ingediend_door_groep=groep)
    with pytest.raises(ValidationError) as info:
        ideeen.update_idee(idee, wijk=other)  # its group stays behind in Keizerslanden
    assert info.value.field == "ingediend_door_groep"
    with pytest.raises(ValidationError, match="1 idee"):
        groepen.update_groep(groep, wijk=other)
    doel = doelen.create_doel(wijk, "Moestuin", ideeen_ids=[idee])
    with pytest.raises(ValidationError, match="koppeling"):
        doelen.update_doel(doel, wijk=other)
    loose = ideeen.create_idee(wijk, "Los idee")
    ideeen.update_idee(loose, wijk=other)  # nothing refers to it: it may move
    assert Idee.get_by_id(loose.id).wijk_id == other.id


def test_group_moving_onto_a_name_taken_there_gets_dutch_error(wijk):
    other = wijken.create_wijk("Voorstad")
    groepen.create_groep(other, "Werkgroep Groen")
    mine = groepen.create_groep(wijk, "Werkgroep Groen")
    with pytest.raises(ValidationError, match="al een groep 'Werkgroep Groen'"):
        groepen.update_groep(mine, wijk=other)


def test_besluit_and_progress_can_be_corrected(wijk):
    import datetime as dt

    meeting = bijeenkomsten.create_bijeenkomst(wijk, "10-03-2026")
    besluit = bijeenkomsten.record_besluit(wijk, "Bewoners kiezen de moestuin", bijeenkomst=meeting)
    bijeenkomsten.update_besluit(besluit, datum="11-03-2026")
    assert bijeenkomsten.common.get(type(besluit), besluit).datum == dt.date(2026, 3, 11)
    with pytest.raises(ValidationError, match="niet bewerkt"):  # the text is withdrawn or replaced, never edited
        bijeenkomsten.update_besluit(besluit, tekst="Bewoners kiezen de buurtmoestuin")
    with pytest.raises(ValidationError):
        bijeenkomsten.update_besluit(besluit, datum="gisteren")
    doel = doelen.create_doel(wijk, "Moestuin")
    entry = doelen.add_voortgang(doel, 40, datum="01-03-2026")
    doelen.update_voortgang(entry, percentage=55)
    assert doelen.common.get(type(doel), doel).voortgang == 55
    bijeenkomsten.delete_besluit(besluit)
    bijeenkomsten.delete_bijeenkomst(meeting)
