"""Retention (issue 12, point 3): who is listed as 'bewaartermijn verlopen', and erase or renew."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.services import bewaartermijn, groepen, wissen
from wijkdesk.services.bewaartermijn import Termijnen
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import AuditLog, Lidmaatschap, Persoon

TODAY = dt.date(2026, 11, 30)


def _names(found) -> list[str]:
    return [v.naam for v in found]


@pytest.fixture
def people(groep):
    old = groepen.create_persoon("Oud Toestemming", toestemming_op=dt.date(2024, 11, 29))
    fresh = groepen.create_persoon("Vers Toestemming", toestemming_op=dt.date(2024, 12, 1))
    left_long_ago = groepen.create_persoon("Lang Weg", toestemming_op=dt.date(2025, 6, 1))
    left_lately = groepen.create_persoon("Net Weg", toestemming_op=dt.date(2026, 1, 1))
    for p in (old, fresh, left_long_ago, left_lately):
        groepen.add_lid(groep, p)
    for p, when in ((left_long_ago, dt.datetime(2025, 10, 1, 12)), (left_lately, dt.datetime(2026, 6, 1, 12))):
        lid = Lidmaatschap.get(Lidmaatschap.persoon == p)
        groepen.remove_lid(lid)
        AuditLog.update(tijd=when).where((AuditLog.rij_uuid == lid.uuid) & (AuditLog.actie == "verwijderd")).execute()
    return {"old": old, "fresh": fresh, "left_long_ago": left_long_ago, "left_lately": left_lately}


def test_consent_older_than_the_term_and_leavers_past_their_term_are_listed(people):
    found = bewaartermijn.verlopen(Termijnen(24, 12), today=TODAY)
    assert _names(found) == ["Lang Weg", "Oud Toestemming"]  # longest expired first
    old = found[1]
    assert "toestemming van 29-11-2024 is ouder dan 24 maanden" in old.reden and old.verlopen_op == dt.date(2026, 11, 29)
    assert old.groepen == ("Werkgroep Groen",)
    gone = found[0]
    assert "in geen groep meer sinds 01-10-2025" in gone.reden and gone.groepen == ()
    assert gone.verlopen_op == dt.date(2026, 10, 1)


def test_the_terms_are_configurable(people):
    assert _names(bewaartermijn.verlopen(Termijnen(36, 12), today=TODAY)) == ["Lang Weg"]
    assert _names(bewaartermijn.verlopen(Termijnen(24, 15), today=TODAY)) == ["Oud Toestemming"]
    assert set(_names(bewaartermijn.verlopen(Termijnen(24, 5), today=TODAY))) == {
        "Oud Toestemming", "Lang Weg", "Net Weg"}
    with pytest.raises(ValidationError, match="minstens 1"):
        bewaartermijn.verlopen(Termijnen(0, 12), today=TODAY)


def test_renew_takes_a_person_off_the_list(people):
    bewaartermijn.renew(people["old"], today=TODAY)
    bewaartermijn.renew(people["left_long_ago"], today=TODAY)
    assert bewaartermijn.verlopen(today=TODAY) == []
    assert Persoon.get_by_id(people["old"].id).toestemming_op == TODAY


def test_erase_from_the_list(people):
    first = bewaartermijn.verlopen(today=TODAY)[0]
    wissen.erase_person(first.persoon_id)
    assert _names(bewaartermijn.verlopen(today=TODAY)) == ["Oud Toestemming"]


def test_no_consent_recorded_counts_from_when_the_person_was_added(groep):
    nobody = groepen.create_persoon("Zonder Datum")
    groepen.add_lid(groep, nobody)
    assert bewaartermijn.verlopen(today=TODAY) == []
    Persoon.update(aangemaakt_op=dt.datetime(2024, 1, 5)).where(Persoon.id == nobody.id).execute()
    (found,) = bewaartermijn.verlopen(today=TODAY)
    assert "geen toestemming vastgelegd, bewaard sinds 05-01-2024" in found.reden


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
    (dt.date(2024, 3, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2026, 1, 15), 24, dt.date(2024, 1, 15)),
    (dt.date(2026, 1, 15), -13, dt.date(2027, 2, 15)),
])
def test_months_before(day, months, expected):
    assert bewaartermijn.months_before(day, months) == expected


def test_command_lists_renews_and_refuses_a_bad_term(groep, db, db_location, capsys):
    from wijkdesk.cli import main
    from wijkdesk.store.database import close_database

    today = dt.date.today()  # the command uses today: dates relative to it
    old = groepen.create_persoon("Oud Toestemming", toestemming_op=bewaartermijn.months_before(today, 30))
    groepen.create_persoon("Vers Toestemming", toestemming_op=bewaartermijn.months_before(today, 1))
    for p in Persoon.select():
        groepen.add_lid(groep, p)
    close_database()
    assert main(["bewaartermijn", "--db", str(db_location)]) == 1
    out = capsys.readouterr().out
    assert "Oud Toestemming" in out and "Vers Toestemming" not in out
    assert main(["bewaartermijn", "--db", str(db_location), "--vernieuw", str(old.id)]) == 0
    assert main(["bewaartermijn", "--db", str(db_location)]) == 0
    assert "Van niemand" in capsys.readouterr().out
    assert main(["bewaartermijn", "--db", str(db_location), "--toestemming-maanden", "0"]) == 1
    assert "minstens 1" in capsys.readouterr().err


def test_a_term_of_one_month_reads_as_one_month(people):
    """Seen in the window with the term set to 1: 'is ouder dan 1 maanden'."""
    found = {v.naam: v for v in bewaartermijn.verlopen(Termijnen(1, 1), today=TODAY)}
    assert "is ouder dan 1 maand" in found["Oud Toestemming"].reden
    assert "1 maanden" not in " ".join(v.reden for v in found.values())
    assert "(langer dan 1 maand)" in found["Lang Weg"].reden
