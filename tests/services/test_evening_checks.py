"""Checks at the evening: more ballots than attendees, four eyes means two people, the live count."""
from __future__ import annotations

import random

import pytest

from wijkdesk.services import audit, bijeenkomsten as bk, ideeen, verslag
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.store.models import Stembiljet, Telling


@pytest.fixture
def ronde(wijk):
    meeting = bk.create_bijeenkomst(wijk, "12-11-2026", aantal_aanwezig=3)
    ideas = [ideeen.create_idee(wijk, t, geschatte_kosten_cents=c) for t, c in
             (("Speeltuin", 60_000), ("Bankjes", 30_000), ("Buurtfeest", 20_000))]
    return rondes.create_ronde(wijk, "Stemronde", 100_000, idee_ids=[i.id for i in ideas], bijeenkomst=meeting.id,
                               vier_ogen=True)


@pytest.fixture
def user():
    yield audit.set_current_user
    audit.set_current_user(None)


def test_more_ballots_than_attendees_is_warned(ronde):
    for text in ("1", "2", "1 3"):
        stemmen.enter_ballot(ronde, text)
    assert stemmen.attendance_warning(ronde) is None  # 3 ballots, 3 present
    stemmen.enter_ballot(ronde, "3")
    warning = stemmen.attendance_warning(ronde)
    assert "4 stembiljetten" in warning and "3 aanwezigen" in warning
    stemmen.withdraw_ballot(stemmen.current_ballots(ronde)[4], "Twee keer ingevoerd")
    assert stemmen.attendance_warning(ronde) is None  # a withdrawn ballot does not count


def test_second_entry_by_the_same_user_needs_a_reason(ronde, user):
    user("anouk")
    stemmen.enter_ballot(ronde, "1 2")
    with pytest.raises(stemmen.ZelfdeInvoerderError, match="iemand anders"):
        stemmen.enter_ballot(ronde, "1 2", invoer=2)
    assert Stembiljet.select().where(Stembiljet.invoer == 2).count() == 0
    user("samir")
    stemmen.enter_ballot(ronde, "1 2", invoer=2)  # another person: fine
    user("anouk")
    stemmen.enter_ballot(ronde, "3", invoer=1)
    stemmen.enter_ballot(ronde, "3", invoer=2, zelfde_invoerder_reden="Samir moest weg; de voorzitter keek mee")
    stemmen.enter_ballot(ronde, "", invoer=1)
    stemmen.enter_ballot(ronde, "", invoer=2)  # the reason is asked once per round
    uitslag.fix_uitslag(ronde)
    pv = verslag.proces_verbaal(ronde)
    assert pv.invoerders == {1: ["anouk"], 2: ["anouk", "samir"]}
    assert pv.tweede_invoer_reden == "Samir moest weg; de voorzitter keek mee"


def test_same_user_check_in_a_tally_round(wijk, user):
    idee = ideeen.create_idee(wijk, "Bankjes", geschatte_kosten_cents=10_000)
    ronde = rondes.create_ronde(wijk, "Handen", 50_000, idee_ids=[idee.id], invoerwijze="telling", vier_ogen=True)
    link = rondes.ronde_ideeen(ronde)[0]
    user("anouk")
    stemmen.enter_tally(ronde, link, 12)
    with pytest.raises(stemmen.ZelfdeInvoerderError):
        stemmen.enter_tally(ronde, link, 12, invoer=2)
    assert Telling.select().where(Telling.invoer == 2).count() == 0


def test_live_count_equals_a_full_count_through_corrections_and_withdrawals(ronde):
    rng = random.Random(5)
    live = stemmen.LiveStand(ronde.id)
    for step in range(60):
        roll = rng.random()
        current = stemmen.current_ballots(ronde)
        if roll < 0.1 and current:
            stemmen.correct_ballot(rng.choice(list(current.values())), "2 3", reden="verkeerd getypt")
        elif roll < 0.15 and current:
            stemmen.withdraw_ballot(rng.choice(list(current.values())), "dubbel")
        elif roll < 0.2:
            stemmen.enter_ballot(ronde, "1 2 3 4", keep_invalid=True)  # invalid: 4 is not on the ballot
        else:
            stemmen.enter_ballot(ronde, " ".join(map(str, rng.sample([1, 2, 3], rng.randint(0, 3)))))
        if step % 7 == 0 or step == 59:
            got, full = live.current(), stemmen.stand(ronde)
            assert (got.per_idee, got.geldig, got.ongeldig, got.blanco) == (
                full.per_idee, full.geldig, full.ongeldig, full.blanco)
