"""The rules on small elections worked out by hand: order, money left, reasons in Dutch, ties, exactness."""
from __future__ import annotations

from fractions import Fraction

import pytest

from wijkdesk.domain.voting import Election, Project, Reason, Satisfaction, decide, greedy, what_if
from wijkdesk.domain.voting.election import scores_from_tally


def _election(budget, costs: dict, ballots: list) -> Election:
    return Election(budget, [Project(pid, c) for pid, c in costs.items()], [{p: 1 for p in b} for b in ballots])


# A 6000 (5 votes), B 5000 (4), C 3000 (3), D 20000 (10 votes, more than the budget), E 1000 (no votes).
GREEDY = _election(
    10000, {"A": 6000, "B": 5000, "C": 3000, "D": 20000, "E": 1000},
    [["A", "B", "C", "D"]] * 3 + [["A", "B", "D"]] + [["A", "D"]] + [["D"]] * 5,
)


def test_greedy_takes_what_fits_and_explains_the_rest():
    out = decide(GREEDY, "greedy", skip_unsupported=True)
    assert out.selected == ["A", "C"]
    assert out.spent == 9000 and out.left == 1000
    assert [s.money_left for s in out.steps] == [4000, 1000]
    texts = {pid: why.text() for pid, why in out.not_chosen.items()}
    assert texts == {
        "B": "past niet meer: nog € 40,00 over, kost € 50,00",
        "D": "te duur: kost € 200,00, het hele budget is € 100,00",
        "E": "geen stemmen",
    }


def test_greedy_like_pabutools_also_takes_an_idea_without_votes_when_money_is_left():
    out = decide(GREEDY, "greedy")
    assert out.selected == ["A", "C", "E"] and out.left == 0


def test_greedy_cardinality_ranks_votes_per_euro():
    out = decide(GREEDY, "greedy", Satisfaction.CARDINALITY, skip_unsupported=True)
    # votes per cent: C 3/3000 = 1/1000, A 5/6000, B 4/5000 = 1/1250 -> C, A; B no longer fits
    assert out.selected == ["C", "A"]


def test_greedy_tie_goes_to_the_first_id_in_text_order_and_is_reported():
    election = _election(10, {"9": 6, "10": 6, "2": 6}, [["9", "10", "2"]])
    out = decide(election, "greedy")
    assert out.selected == ["10"]  # "10" < "2" < "9" as text: why the app pads its numbers (001, 002, ...)
    assert out.details["ties"] == [["10", "2", "9"]]


def test_greedy_from_a_tally_without_ballots():
    projects = [Project("001", 400), Project("002", 300), Project("003", 500)]
    scores = scores_from_tally(projects, {"001": 12, "002": 12, "003": 30}, Satisfaction.COST)
    out = greedy(Election(800, projects), scores=scores)
    assert out.selected == ["003", "002"]  # 003 most votes; 001/002 tie, 001 first: 400 > 300 left
    assert out.not_chosen["001"].text() == "past niet meer: nog € 3,00 over, kost € 4,00"


def test_equal_shares_by_hand():
    """Budget 100, 4 voters: share 25 each. X (60) has 3 supporters who can pay 20 each; Y (30)
    has 1 supporter with 25: too little support, although 40 is left of the budget."""
    election = _election(100, {"X": 60, "Y": 30}, [["X"], ["X"], ["X"], ["Y"]])
    out = decide(election, "equal-shares")
    assert out.selected == ["X"] and out.left == 40
    assert out.voter_share == 25
    assert out.details["rho"]["X"] == Fraction(1, 3)  # each pays a third of the cost satisfaction: 20
    why = out.not_chosen["Y"]
    assert why.reason is Reason.TE_WEINIG_STEUN and why.supporters == 1 and why.supporters_money == 25
    assert why.text() == "te weinig steun: de enige voorstander heeft nog € 0,25 over van het eigen deel, kost € 0,30"
    completed = decide(election, "equal-shares", completion="greedy")
    assert completed.selected == ["X", "Y"]
    assert [s.phase for s in completed.steps] == ["equal_shares", "greedy_completion"]


def test_equal_shares_is_fairer_to_a_smaller_group_than_greedy():
    """6 voters want the three 'north' ideas, 4 want the 'south' ones: greedy gives all to the north."""
    costs = {"N1": 30, "N2": 30, "N3": 30, "S1": 30, "S2": 30}
    ballots = [["N1", "N2", "N3"]] * 6 + [["S1", "S2"]] * 4
    election = _election(100, costs, ballots)
    assert decide(election, "greedy").selected == ["N1", "N2", "N3"]
    assert sorted(decide(election, "equal-shares").selected) == ["N1", "N2", "S1"]


def test_equal_shares_reason_with_several_supporters():
    election = _election(90, {"X": 80, "Y": 10}, [["X"], ["X"], ["Y"]])
    out = decide(election, "equal-shares")
    assert out.selected == ["Y"]
    assert out.not_chosen["X"].text() == (
        "te weinig steun: de 2 voorstanders hebben samen nog € 0,60 over van hun deel, kost € 0,80")


def test_increment_raises_the_shares_until_the_budget_is_used():
    election = _election(100, {"X": 60, "Y": 30}, [["X"], ["X"], ["X"], ["Y"]])
    out = decide(election, "equal-shares", completion="increment", increment=1)
    assert out.selected == ["X", "Y"]
    assert out.voter_share == 30  # Y's single supporter needs a share of 30


def test_increment_stops_before_it_would_overspend():
    # X 80 (3 voters), Y 40 (1 voter): a share of 40 would buy Y but then X+Y = 120 > 100.
    election = _election(100, {"X": 80, "Y": 40}, [["X"], ["X"], ["X"], ["Y"]])
    out = decide(election, "equal-shares", completion="increment", increment=5)
    assert out.selected == ["X"] and out.spent <= 100


def test_exact_arithmetic_no_float_anywhere():
    election = _election(Fraction(1, 3) * 3, {"a": Fraction(1, 3), "b": Fraction(1, 3), "c": Fraction(1, 3)},
                         [["a", "b", "c"]] * 3)
    for rule in ("greedy", "equal-shares"):
        out = decide(election, rule)
        assert out.selected == ["a", "b", "c"] and out.left == 0
    with pytest.raises(TypeError):
        Project("x", 0.1)
    with pytest.raises(TypeError):
        Election(0.5, [])


def test_free_and_no_ballot_cases():
    election = _election(10, {"gratis": 0, "a": 5}, [["gratis", "a"]])
    out = decide(election, "equal-shares")
    assert out.selected == ["gratis", "a"] and out.steps[0].phase == "free"
    assert decide(_election(10, {"a": 5}, []), "equal-shares").selected == []


def test_unknown_rule_and_completion_are_refused():
    with pytest.raises(ValueError, match="Onbekende regel"):
        decide(GREEDY, "borda")
    with pytest.raises(ValueError, match="Onbekende aanvulling"):
        decide(GREEDY, "equal-shares", completion="lottery")
    with pytest.raises(ValueError, match="stap groter dan 0"):
        decide(GREEDY, "equal-shares", completion="increment")


def test_what_if_shows_money_left_and_what_still_fits():
    projects = GREEDY.projects
    result = what_if(projects, 10000, ["A"])
    assert result.left == 4000 and not result.over_budget
    assert result.fits == ["E", "C"]  # cheapest first; B (5000) and D do not fit
    assert result.text() == "Nog € 40,00 over van € 100,00."
    over = what_if(projects, 10000, ["A", "B"])
    assert over.over_budget and over.left == -1000 and over.fits == []
    assert over.text() == "€ 10,00 te veel: de aangekruiste ideeën kosten samen € 110,00."
    with pytest.raises(KeyError):
        what_if(projects, 10000, ["Q"])
