"""Paper ballots typed in: each kind, valid and invalid, with the Dutch reason shown to the user."""
from __future__ import annotations

import pytest

from wijkdesk.domain.voting.ballots import (
    BallotKind,
    BallotRules,
    BallotSyntaxError,
    check_ballot,
    parse_ballot_text,
)

COSTS = {1: 400000, 2: 250000, 3: 150000, 4: 100000, 5: 50000}  # cents


def rules(kind, **kw):
    return BallotRules(BallotKind(kind), COSTS, **kw)


def test_typing_numbers_with_spaces_commas_and_points():
    assert parse_ballot_text(" 3 5,1 ") == [(3, 1), (5, 1), (1, 1)]
    assert parse_ballot_text("3:2 4x1 5*3") == [(3, 2), (4, 1), (5, 3)]
    assert parse_ballot_text("") == []


@pytest.mark.parametrize("text,fragment", [("3 a", "'a' is geen ideenummer"), ("3:0", "minstens 1 punt"),
                                           ("3-4", "'3-4' is geen ideenummer")])
def test_unreadable_typing_is_refused_to_retype(text, fragment):
    with pytest.raises(BallotSyntaxError, match=fragment):
        parse_ballot_text(text)


def test_blank_ballot_is_valid_in_every_kind():
    for kind, kw in [("goedkeuring", {}), ("budget", {"budget": 500000}), ("punten", {"points_per_voter": 5}),
                     ("een_keuze", {})]:
        check = check_ballot("", rules(kind, **kw))
        assert check.valid and check.choices == {}


def test_approval_ballot():
    r = rules("goedkeuring", max_choices=3)
    assert check_ballot("1 3 5", r).choices == {1: 1, 3: 1, 5: 1}
    assert check_ballot("1 2 3 4", r).reason == "Te veel kruisjes: 4 ideeën aangekruist, hoogstens 3 toegestaan."
    assert check_ballot("2 2", r).reason == "Idee 2 is meer dan eens aangekruist."
    assert check_ballot("2:2", r).reason == "Bij deze stemwijze worden geen punten gegeven: alleen kruisjes."
    assert check_ballot("1 2 3 4", rules("goedkeuring")).valid  # no maximum set


def test_unknown_numbers_name_the_valid_range():
    check = check_ballot("1 9 12", rules("goedkeuring"))
    assert check.reason == "Nummers 9, 12 staan niet op het stembiljet (de ideeën hebben nummer 1 t/m 5)."
    assert check.choices == {1: 1, 9: 1, 12: 1}  # kept as read, for the record of the invalid ballot
    assert check_ballot("7", rules("goedkeuring")).reason.startswith("Nummer 7 staat niet op het stembiljet")


def test_budget_ballot_must_fit_the_budget():
    r = rules("budget", budget=500000)
    assert check_ballot("2 3 4", r).valid  # 2.500 + 1.500 + 1.000 = 5.000
    assert check_ballot("1 2", r).reason == (
        "Te duur: de aangekruiste ideeën kosten samen € 6.500,00, het budget is € 5.000,00.")


def test_points_ballot():
    r = rules("punten", points_per_voter=5, max_points_per_idea=3)
    assert check_ballot("3 3 5", r).choices == {3: 2, 5: 1}  # a number typed twice: two stickers
    assert check_ballot("3:3 5:2", r).valid
    assert check_ballot("3:3 5:3", r).reason == "Te veel punten: 6 gegeven, hoogstens 5 per kiezer."
    assert check_ballot("3 3 3 3", r).reason == "Te veel punten op idee 3: 4, hoogstens 3 op één idee."


def test_choose_one_ballot():
    r = rules("een_keuze")
    assert check_ballot("4", r).choices == {4: 1}
    assert check_ballot("4 2", r).reason == "Meer dan één idee gekozen (2, 4): kies er precies één."


def test_rules_that_miss_what_they_need_are_refused():
    with pytest.raises(ValueError):
        rules("budget")
    with pytest.raises(ValueError):
        rules("punten")
