"""The Stemronde service: set-up, locking, tallies and ballots, four-eyes, outcome, override, goals."""
from __future__ import annotations

import json

import pytest

from wijkdesk.services import audit, ideeen
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import AuditLog, Besluit, DoelIdee, Idee, Stembiljet, Stemronde, Telling


@pytest.fixture
def ideas(wijk):
    """Five ideas with estimated costs (cents): 4.000, 2.500, 1.500, 1.000, 500 euro."""
    costs = [400_000, 250_000, 150_000, 100_000, 50_000]
    titles = ["Speeltuin", "Bankjes", "Buurtfeest", "Moestuin", "Kerstboom"]
    return [ideeen.create_idee(wijk, t, geschatte_kosten_cents=c) for t, c in zip(titles, costs)]


def make(wijk, ideas, **kw):
    kw.setdefault("budget", 600_000)
    budget = kw.pop("budget")
    return rondes.create_ronde(wijk, "Bewonersavond november", budget, idee_ids=[i.id for i in ideas], **kw)


def links(ronde):
    return {link.nummer: link for link in rondes.ronde_ideeen(ronde)}


# --- set-up ---------------------------------------------------------------------------------------


def test_create_numbers_the_ideas_and_takes_their_cost(wijk, ideas):
    ronde = make(wijk, ideas)
    assert ronde.status == "concept" and not ronde.vergrendeld
    assert [(l.nummer, l.idee.titel, l.kosten_cents) for l in rondes.ronde_ideeen(ronde)] == [
        (1, "Speeltuin", 400_000), (2, "Bankjes", 250_000), (3, "Buurtfeest", 150_000),
        (4, "Moestuin", 100_000), (5, "Kerstboom", 50_000)]
    assert AuditLog.select().where(AuditLog.tabel == "stemronde", AuditLog.actie == "aangemaakt").count() == 1


def test_set_up_mistakes_are_refused_in_dutch(wijk, ideas):
    no_cost = ideeen.create_idee(wijk, "Zonder prijs")
    with pytest.raises(ValidationError, match="nog geen geschatte kosten"):
        make(wijk, [no_cost])
    with pytest.raises(ValidationError, match="hoeveel punten"):
        make(wijk, ideas, stemwijze="punten")
    with pytest.raises(ValidationError, match="Equal Shares moet weten wie welke ideeën steunt"):
        make(wijk, ideas, regel="equal_shares", invoerwijze="telling")
    with pytest.raises(ValidationError, match="Aanvullen hoort bij Equal Shares"):
        make(wijk, ideas, aanvulling="greedy")
    with pytest.raises(ValidationError, match="Te verdelen budget"):
        make(wijk, ideas, budget=0)
    ronde = make(wijk, ideas, regel="equal_shares", aanvulling="verhogen")
    assert ronde.verhoging_cents == 100
    assert Stemronde.select().count() == 1  # nothing half-made by the refusals


def test_first_vote_locks_rules_and_ballot_and_new_rules_mean_a_new_round(wijk, ideas):
    ronde = make(wijk, ideas, invoerwijze="telling")
    rondes.update_ronde(ronde, titel="Avond 26 november", max_keuzes=None)  # still free before the first vote
    stemmen.enter_tally(ronde, links(ronde)[1], 12)
    ronde = rondes.get_ronde(ronde)
    assert ronde.vergrendeld and ronde.status == "open"
    with pytest.raises(ValidationError, match="liggen vast sinds de eerste stem"):
        rondes.update_ronde(ronde, regel="equal_shares")
    with pytest.raises(ValidationError, match="liggen vast"):
        rondes.add_idee(ronde, ideeen.create_idee(wijk, "Laat idee", geschatte_kosten_cents=100))
    with pytest.raises(ValidationError, match="liggen vast"):
        rondes.set_kosten(links(ronde)[2], 1)
    rondes.update_ronde(ronde, titel="Avond 26-11")  # the name is not a rule
    new = rondes.new_round_from(ronde, invoerwijze="biljetten", regel="equal_shares")
    old = rondes.get_ronde(ronde)
    assert old.status == "vervangen" and new.vorige_ronde_id == old.id
    assert [l.idee_id for l in rondes.ronde_ideeen(new)] == [l.idee_id for l in rondes.ronde_ideeen(old)]
    assert Telling.select().where(Telling.ronde == old).count() == 1  # the old votes are kept
    with pytest.raises(ValidationError, match="vervangen"):
        stemmen.enter_tally(old, links(old)[1], 3)


def test_only_a_round_without_votes_can_be_deleted(wijk, ideas):
    empty = make(wijk, ideas)
    rondes.delete_ronde(empty)
    assert not Stemronde.select().where(Stemronde.id == empty.id).exists()
    ronde = make(wijk, ideas)
    stemmen.enter_ballot(ronde, "1 2")
    with pytest.raises(ValidationError, match="blijft bewaard"):
        rondes.delete_ronde(ronde)


# --- tallies ---------------------------------------------------------------------------------------


def test_tally_corrections_are_new_entries(wijk, ideas):
    ronde = make(wijk, ideas, invoerwijze="telling")
    first = stemmen.enter_tally(ronde, links(ronde)[1], 12)
    assert stemmen.enter_tally(ronde, links(ronde)[1], 12).id == first.id  # same count: nothing new
    fixed = stemmen.enter_tally(ronde, links(ronde)[1], 21, reden="cijfers omgedraaid")
    assert fixed.vervangt_id == first.id and fixed.reden == "cijfers omgedraaid"
    assert Telling.get_by_id(first.id).aantal == 12  # never edited
    assert stemmen.current_tallies(ronde)[links(ronde)[1].id].aantal == 21
    with pytest.raises(ValidationError, match="minstens 0"):
        stemmen.enter_tally(ronde, links(ronde)[2], -1)
    with pytest.raises(ValidationError, match="stembiljet voor stembiljet|telling per idee"):
        stemmen.enter_ballot(ronde, "1")


def test_tally_outcome_greedy_with_reasons(wijk, ideas):
    ronde = make(wijk, ideas, invoerwijze="telling")
    for nummer, count in {1: 30, 2: 25, 3: 8, 4: 8, 5: 0}.items():
        stemmen.enter_tally(ronde, links(ronde)[nummer], count)
    result = uitslag.compute_uitslag(ronde)
    # 1 (4.000) -> 2.000 left; 2 (2.500) does not fit; 3 and 4 tie at 8: number 3 first (1.500), then 4 no
    assert [(i.nummer, i.volgorde) for i in result.gekozen] == [(1, 1), (3, 2)]
    assert result.over_cents == 50_000
    reasons = {i.nummer: i.reden for i in result.ideeen}
    assert reasons[2] == "past niet meer: nog € 2.000,00 over, kost € 2.500,00"
    assert reasons[4] == "past niet meer: nog € 500,00 over, kost € 1.000,00"
    assert reasons[5] == "geen stemmen"
    assert result.gelijke_stand == [[3, 4]]
    assert [result.stand.per_idee[links(ronde)[n].id] for n in (1, 2, 3)] == [30, 25, 8]


def test_choose_one_tally_can_use_equal_shares(wijk, ideas):
    ronde = make(wijk, ideas, invoerwijze="telling", stemwijze="een_keuze", regel="equal_shares",
                 budget=500_000)
    for nummer, count in {1: 6, 2: 2, 3: 2}.items():
        stemmen.enter_tally(ronde, links(ronde)[nummer], count)
    # 10 voters, 500 euro each: 1 needs 4.000 from 6 voters (3.000): too little; 3: 2 voters, 1.000 < 1.500
    result = uitslag.compute_uitslag(ronde)
    assert [i.nummer for i in result.gekozen] == []
    assert result.ideeen[0].reden.startswith("te weinig steun: de 6 voorstanders hebben samen nog € 3.000,00")


# --- ballots ---------------------------------------------------------------------------------------


def test_ballot_entry_validation_and_invalid_kept_with_reason(wijk, ideas):
    ronde = make(wijk, ideas, max_keuzes=3)
    b1 = stemmen.enter_ballot(ronde, "1 3")
    assert b1.volgnummer == 1 and b1.geldig and json.loads(b1.keuzes) == {"1": 1, "3": 1}
    assert b1.ingevoerd_door  # who typed it, never who voted
    with pytest.raises(ValidationError, match="Te veel kruisjes: 4 ideeën aangekruist, hoogstens 3"):
        stemmen.enter_ballot(ronde, "1 2 3 4")
    assert Stembiljet.select().count() == 1  # refused: nothing stored
    b2 = stemmen.enter_ballot(ronde, "1 2 3 4", keep_invalid=True)
    assert b2.volgnummer == 2 and not b2.geldig
    assert b2.reden_ongeldig == "Te veel kruisjes: 4 ideeën aangekruist, hoogstens 3 toegestaan."
    with pytest.raises(ValidationError, match="'x' is geen ideenummer"):
        stemmen.enter_ballot(ronde, "1 x")
    check = stemmen.check_ballot_text(ronde, "9")
    assert not check.valid and "Nummer 9 staat niet op het stembiljet" in check.reason
    with pytest.raises(ValidationError, match="al ingevoerd"):
        stemmen.enter_ballot(ronde, "2", volgnummer=1)
    counts = stemmen.stand(ronde)
    assert (counts.geldig, counts.ongeldig) == (1, 1)


def test_ballot_corrections_and_withdrawals_are_new_entries(wijk, ideas):
    ronde = make(wijk, ideas)
    b1 = stemmen.enter_ballot(ronde, "1 3")
    b2 = stemmen.enter_ballot(ronde, "2")
    fixed = stemmen.correct_ballot(b1, "1 4", reden="verkeerd overgetypt")
    assert fixed.vervangt_id == b1.id and fixed.volgnummer == 1
    assert json.loads(Stembiljet.get_by_id(b1.id).keuzes) == {"1": 1, "3": 1}  # the old entry is untouched
    with pytest.raises(ValidationError, match="niet meer de geldende invoer"):
        stemmen.correct_ballot(b1, "5")
    with pytest.raises(ValidationError, match="Reden is verplicht"):
        stemmen.withdraw_ballot(b2, "")
    stemmen.withdraw_ballot(b2, "twee keer ingevoerd")
    assert list(stemmen.current_ballots(ronde)) == [1]
    assert stemmen.stand(ronde).per_idee[links(ronde)[4].id] == 1
    assert AuditLog.select().where(AuditLog.tabel == "stembiljet").count() == 4


def test_points_ballots(wijk, ideas):
    ronde = make(wijk, ideas, stemwijze="punten", punten_per_kiezer=5, max_punten_per_idee=3)
    stemmen.enter_ballot(ronde, "2 2 2 5 5")
    stemmen.enter_ballot(ronde, "1:3 3:2")
    with pytest.raises(ValidationError, match="Te veel punten op idee 1: 4, hoogstens 3"):
        stemmen.enter_ballot(ronde, "1 1 1 1")
    counts = stemmen.stand(ronde)
    assert {n: counts.per_idee[l.id] for n, l in links(ronde).items()} == {1: 3, 2: 3, 3: 2, 4: 0, 5: 2}
    # most points first, ties to the lowest number: 1 (3, 4.000), 2 (3, 2.500: does not fit), 3 (2, 1.500), 5 (2, 500)
    assert [i.nummer for i in uitslag.compute_uitslag(ronde).gekozen] == [1, 3, 5]


EXPECTED_MES = [(4, ""), (5, ""), (3, "gekozen bij het aanvullen met meeste stemmen")]


def test_equal_shares_on_ballots(wijk, ideas):
    ronde = make(wijk, ideas, regel="equal_shares", budget=500_000, aanvulling="greedy")
    for text in ["1", "1", "1", "1 2", "3 4", "3 4", "5", ""]:  # 8 ballots, one blank: 625 euro each
        stemmen.enter_ballot(ronde, text)
    result = uitslag.compute_uitslag(ronde)
    # Equal shares: 4 (1.000) is paid by its 2 voters (500 each, price 1/2 per euro), 5 (500) by its one voter
    # (price 1); 3 (1.500) needs more than its 2 voters have (2 x 625), 1 more than its 4 (2.500).
    # Greedy completion with 3.500 left: 1 (4 votes) does not fit, 3 (2 votes) does, 2 does not.
    assert [(i.nummer, i.reden) for i in result.gekozen] == EXPECTED_MES
    assert {i.nummer: i.reden for i in result.ideeen if not i.gekozen} == {
        1: "past niet meer: nog € 3.500,00 over, kost € 4.000,00",
        2: "past niet meer: nog € 2.000,00 over, kost € 2.500,00"}
    assert result.stand.blanco == 1 and result.stand.geldig == 8


# --- four-eyes -------------------------------------------------------------------------------------


def test_second_entry_differences_block_the_result_until_corrected(wijk, ideas):
    ronde = make(wijk, ideas, vier_ogen=True)
    for text in ["1 3", "2", "4 5"]:
        stemmen.enter_ballot(ronde, text)
    with pytest.raises(stemmen.VerschillenError) as info:
        uitslag.compute_uitslag(ronde)
    assert len(info.value.verschillen) == 3  # nothing entered a second time yet
    audit.set_current_user("tweede invoerder")  # four eyes: another person types the second entry
    try:
        second = [stemmen.enter_ballot(ronde, text, invoer=2) for text in ["1 3", "2 4", "4 5"]]
    finally:
        audit.set_current_user(None)
    found = stemmen.verschillen(ronde)
    assert [v.text() for v in found] == ["Stembiljet 2: eerste invoer 2, tweede invoer 2 4"]
    with pytest.raises(stemmen.VerschillenError, match="verschillen op 1 plaats: Stembiljet 2"):
        uitslag.compute_uitslag(ronde)
    stemmen.correct_ballot(second[1], "2", reden="paper opnieuw bekeken: alleen 2")
    assert stemmen.verschillen(ronde) == []
    assert [i.nummer for i in uitslag.compute_uitslag(ronde).gekozen]


def test_tally_differences(wijk, ideas):
    ronde = make(wijk, ideas, invoerwijze="telling")
    stemmen.enter_tally(ronde, links(ronde)[1], 12)
    stemmen.enter_tally(ronde, links(ronde)[2], 7)
    assert stemmen.verschillen(ronde) == []  # no second entry: optional
    reason = "de tweede vrijwilliger is ziek"  # the same person types the second entry: with a reason
    stemmen.enter_tally(ronde, links(ronde)[1], 12, invoer=2, zelfde_invoerder_reden=reason)
    assert [v.text() for v in stemmen.verschillen(ronde)] == ["Idee 2: eerste invoer 7, tweede invoer ontbreekt"]
    stemmen.enter_tally(ronde, links(ronde)[2], 9, invoer=2)  # the reason is asked once per round
    assert [v.text() for v in stemmen.verschillen(ronde)] == ["Idee 2: eerste invoer 7, tweede invoer 9"]


# --- outcome, override, fix, goals -----------------------------------------------------------------


def _voted(wijk, ideas):
    ronde = make(wijk, ideas)
    for text in ["1 2", "1 3", "1 2 3", "2 4", "3 5", "1"]:
        stemmen.enter_ballot(ronde, text)
    return ronde


def test_wat_als(wijk, ideas):
    ronde = make(wijk, ideas)
    result = uitslag.wat_als(ronde, [1, 3])
    assert result.totaal_cents == 550_000 and result.over_cents == 50_000 and result.past_nog == [5]
    assert result.tekst == "Nog € 500,00 over van € 6.000,00."
    assert uitslag.wat_als(ronde, [1, 2]).te_veel
    with pytest.raises(ValidationError, match="Nummer 8 staat niet op het stembiljet"):
        uitslag.wat_als(ronde, [8])


def test_override_needs_a_reason_and_is_a_besluit(wijk, ideas):
    ronde = _voted(wijk, ideas)
    before = uitslag.compute_uitslag(ronde)
    # 1 (4 votes, 4.000) -> 2.000 left; 2 and 3 tie at 3 votes: 2 (2.500) does not fit, 3 (1.500) does;
    # 4 (1 vote, 1.000) does not fit in 500; 5 (1 vote, 500) does
    assert [i.nummer for i in before.gekozen] == [1, 3, 5] and before.over_cents == 0
    with pytest.raises(ValidationError, match="Reden van de handmatige wijziging is verplicht"):
        uitslag.override(links(ronde)[4], True, "  ")
    uitslag.override(links(ronde)[4], True, "De moestuin is al toegezegd door de school")
    uitslag.override(links(ronde)[3], False, "Buurtfeest wordt door de gemeente betaald")
    after = uitslag.compute_uitslag(ronde)
    assert [(i.nummer, i.volgorde) for i in after.gekozen] == [(1, 1), (5, 2), (4, 3)]
    assert after.over_cents == 50_000
    texts = {i.nummer: i.reden for i in after.ideeen}
    assert texts[3] == "handmatig niet gekozen: Buurtfeest wordt door de gemeente betaald"
    assert texts[4] == "handmatig gekozen: De moestuin is al toegezegd door de school"
    besluiten = [b.tekst for b in Besluit.select().order_by(Besluit.id)]
    assert besluiten[0] == ("Stemronde 'Bewonersavond november': idee 4 'Moestuin' toch gekozen. "
                            "Reden: De moestuin is al toegezegd door de school")
    assert len(besluiten) == 2
    uitslag.override(links(ronde)[3], None, "toch niet nodig")
    final = uitslag.compute_uitslag(ronde)
    assert [i.nummer for i in final.gekozen] == [1, 3, 5, 4]
    assert final.over_cents == -100_000  # a manual change may overspend: shown, with the reason on record


def test_fix_uitslag_then_chosen_ideas_become_goals(wijk, ideas):
    ronde = _voted(wijk, ideas)
    with pytest.raises(ValidationError, match="Stel eerst de uitslag vast"):
        uitslag.chosen_into_goals(ronde)
    result = uitslag.fix_uitslag(ronde)
    ronde = rondes.get_ronde(ronde)
    assert ronde.status == "gesloten"
    stored = {l.nummer: (l.uitslag, l.uitslag_volgorde) for l in rondes.ronde_ideeen(ronde)}
    assert stored == {1: ("gekozen", 1), 2: ("niet_gekozen", None), 3: ("gekozen", 2), 4: ("niet_gekozen", None),
                      5: ("gekozen", 3)}
    assert Besluit.select().where(Besluit.onderwerp_uuid == ronde.uuid).get().tekst == (
        "Uitslag stemronde 'Bewonersavond november' (Meeste stemmen): gekozen 1 Speeltuin, 3 Buurtfeest, "
        "5 Kerstboom; samen € 6.000,00 van € 6.000,00.")
    with pytest.raises(ValidationError, match="gesloten"):
        stemmen.enter_ballot(ronde, "2")
    with pytest.raises(ValidationError, match="ligt al vast"):
        uitslag.override(links(ronde)[2], True, "alsnog")
    goals = uitslag.chosen_into_goals(ronde)
    assert sorted(g.titel for g in goals) == ["Buurtfeest", "Kerstboom", "Speeltuin"]
    assert {Idee.get_by_id(i.id).status for i in (ideas[0], ideas[2], ideas[4])} == {"gekozen"}
    assert Idee.get_by_id(ideas[1].id).status == "nieuw"
    speeltuin = next(g for g in goals if g.titel == "Speeltuin")
    assert speeltuin.begroot_cents == 400_000
    assert DoelIdee.select().where(DoelIdee.doel == speeltuin, DoelIdee.idee == ideas[0]).exists()
    assert uitslag.chosen_into_goals(ronde) == []  # no second goal for the same idea
    assert len(result.gekozen) == 3


def test_four_eyes_round_cannot_be_fixed_without_second_entry(wijk, ideas):
    ronde = make(wijk, ideas, vier_ogen=True)
    stemmen.enter_ballot(ronde, "1")
    with pytest.raises(ValidationError, match="tweede invoer"):
        uitslag.fix_uitslag(ronde)


def test_ballots_are_anonymous():
    fields = set(Stembiljet._meta.fields) | set(Telling._meta.fields)
    assert not any("persoon" in f or "kiezer" in f or "naam" in f for f in fields)


def test_an_idea_that_cannot_become_gekozen_is_refused_on_the_ballot(wijk, ideas):
    afgewezen = ideeen.create_idee(wijk, "Parkeerplaatsen", geschatte_kosten_cents=100_000)
    ideeen.change_status(afgewezen, "afgewezen", reden="niet van de gemeente")
    with pytest.raises(ValidationError, match="staat op 'afgewezen' en kan dus niet gekozen worden"):
        make(wijk, [ideas[0], afgewezen])
    assert not Stemronde.select().exists()


def test_goals_refused_without_changes_when_a_chosen_idea_was_rejected_meanwhile(wijk, ideas):
    ronde = _voted(wijk, ideas)  # chooses 1, 3 and 5
    ideeen.change_status(ideas[2], "afgewezen", reden="de school regelt het al")  # during the evening
    uitslag.fix_uitslag(ronde)
    with pytest.raises(ValidationError, match="idee 3 'Buurtfeest' staat op 'afgewezen'.*'in onderzoek'"):
        uitslag.chosen_into_goals(ronde)
    assert Idee.get_by_id(ideas[0].id).status == "nieuw" and not DoelIdee.select().exists()  # nothing half done
    ideeen.change_status(ideas[2], "in onderzoek")
    assert len(uitslag.chosen_into_goals(ronde)) == 3


def test_withdrawing_an_older_entry_cannot_undo_a_correction(wijk, ideas):
    ronde = make(wijk, ideas)
    first = stemmen.enter_ballot(ronde, "1")
    corrected = stemmen.correct_ballot(first, "2", "verkeerd gelezen")
    with pytest.raises(ValidationError, match="niet meer de geldende invoer"):
        stemmen.withdraw_ballot(first, "dubbel")
    gone = stemmen.withdraw_ballot(corrected, "dubbel ingevoerd")
    with pytest.raises(ValidationError, match="al vervallen"):
        stemmen.withdraw_ballot(gone, "nog eens")
    assert Stembiljet.select().where(Stembiljet.ronde == ronde).count() == 3


# --- completion 'verhogen': as many steps as the command line allows, never more -------------------------


def _all_rows() -> dict:
    from wijkdesk.store.models import ALL_MODELS

    return {m._meta.table_name: list(m.select().order_by(m._meta.primary_key).tuples()) for m in ALL_MODELS}


def test_verhogen_with_a_step_too_small_is_refused_in_dutch_and_nothing_is_written(wijk, ideas):
    # € 1.000 over 3 voters in steps of one cent each: 33.334 runs of Equal Shares to add the budget once
    # more, past the 10.000 that pb-outcome allows too (on an Amsterdam file: the window hung).
    ronde = make(wijk, ideas, regel="equal_shares", aanvulling="verhogen", verhoging_cents=1, budget=100_000)
    for text in ["4", "5", "4 5"]:
        stemmen.enter_ballot(ronde, text)
    before = _all_rows()
    message = ("Geen uitslag: met een verhoging van € 0,01 per stap zou het aanvullen (aandeel per kiezer "
               "verhogen) bij 3 kiezers meer dan 10.000 stappen kosten, en heel lang duren. Begin met 'Nieuwe "
               "ronde met andere regels…' een ronde met een verhoging per stap van minstens € 0,04, of met een "
               "andere aanvulling. De stembiljetten gaan niet mee naar de nieuwe ronde: die worden daar opnieuw "
               "ingevoerd.")
    with pytest.raises(ValidationError) as info:
        uitslag.compute_uitslag(ronde)
    assert str(info.value) == message and info.value.field == "verhoging_cents"
    with pytest.raises(ValidationError, match="minstens € 0,04"):
        uitslag.fix_uitslag(ronde)
    assert _all_rows() == before
    assert rondes.get_ronde(ronde).status == "open"
    # The smallest step named is enough: a new round with it has an outcome.
    new = rondes.new_round_from(ronde, verhoging_cents=4)
    for text in ["4", "5", "4 5"]:
        stemmen.enter_ballot(new, text)
    assert [i.nummer for i in uitslag.compute_uitslag(new).gekozen] == [5]


def test_verhogen_that_does_not_end_within_the_steps_allowed_is_refused_and_nothing_is_written(wijk, ideas):
    # The step passes the check up front (€ 500 over 3 voters, 2 cents: 8.334 steps), but one voter alone
    # behind idea 5, as dear as the whole budget, needs 16.667 steps: the run stops at 10.000.
    ronde = make(wijk, ideas, regel="equal_shares", aanvulling="verhogen", verhoging_cents=2, budget=50_000)
    for text in ["5", "", ""]:
        stemmen.enter_ballot(ronde, text)
    before = _all_rows()
    with pytest.raises(ValidationError) as info:
        uitslag.fix_uitslag(ronde)
    assert str(info.value) == (
        "Geen uitslag: het aanvullen (aandeel per kiezer verhogen, € 0,02 per stap) is na 10.000 stappen nog "
        "niet klaar, en zou zo heel lang duren. Begin met 'Nieuwe ronde met andere regels…' een ronde met een "
        "grotere verhoging per stap of een andere aanvulling. De stembiljetten gaan niet mee naar de nieuwe ronde: "
        "die worden daar opnieuw ingevoerd.")
    assert _all_rows() == before
