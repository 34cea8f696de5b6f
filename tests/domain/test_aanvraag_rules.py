"""The checks of a request's budget lines and the decision deadline (domain.aanvraag), without a database."""
from __future__ import annotations

import datetime as dt

from wijkdesk.domain.aanvraag import Aanvraag, Regel, beslistermijn, check_aanvraag, check_regels
from wijkdesk.domain.budget_rules import BudgetRules

D = dt.date


def test_a_forbidden_line_is_named_by_number_and_text():
    regels = [Regel("Huur springkussen", "huur", 12_000), Regel("Koffie en taart", "", 4_500),
              Regel("Theatervoorstelling", "", 20_000)]
    found = check_regels(BudgetRules(), regels)
    assert [w.regel for w in found] == [2]
    assert found[0].tekst.startswith("Regel 2 (Koffie en taart): ")
    assert "consumpties (koffie, taart)" in found[0].tekst


def test_attenties_and_cadeautjes_are_warned_too():
    found = check_regels(BudgetRules(), [Regel("Bos bloemen voor de vrijwilligers", "", 2_000),
                                         Regel("Cadeaubon als dank", "", 2_500)])
    assert [(w.regel, "attenties" in w.tekst, "cadeautjes" in w.tekst) for w in found] == [
        (1, True, False), (2, False, True)]


def test_cap_per_kind_counts_all_lines_of_that_kind():
    rules = BudgetRules(plafonds_cents={"buurtfeest": 25_000})
    regels = [Regel("Muziek", "buurtfeest", 10_000), Regel("Tenten", "buurtfeest", 10_000),
              Regel("Springkussen", "buurtfeest", 10_000), Regel("Stoelen", "buurtfeest", 1_000)]
    found = check_regels(rules, regels)
    # The third line crosses EUR 250 (together EUR 300); the fourth is not warned again.
    assert [w.regel for w in found] == [3]
    assert "€ 300,00" in found[0].tekst and "€ 250,00" in found[0].tekst


def test_a_single_line_over_its_cap():
    found = check_regels(BudgetRules(plafonds_cents={"straatfeest": 10_000}), [Regel("Band", "Straatfeest", 15_000)])
    assert [w.regel for w in found] == [1]
    assert "deze regel is € 150,00" in found[0].tekst


def test_fourteen_days_before_the_activity():
    rules = BudgetRules()
    late = Aanvraag(ontvangen_op=D(2026, 5, 1), startdatum=D(2026, 5, 14), bedrag_cents=5_000)
    ok = Aanvraag(ontvangen_op=D(2026, 5, 1), startdatum=D(2026, 5, 15), bedrag_cents=5_000)
    assert any("13 dagen" in w.tekst for w in check_aanvraag(rules, late, D(2026, 5, 1)))
    assert check_aanvraag(rules, ok, D(2026, 5, 1)) == []


def test_above_a_thousand_euros_needs_the_wijkteam_advice_with_its_date():
    rules = BudgetRules()
    regels = (Regel("Podium", "huur", 80_000), Regel("Geluid", "huur", 30_000))
    without = Aanvraag(regels=regels, bedrag_cents=110_000, ontvangen_op=D(2026, 3, 2))
    found = check_aanvraag(rules, without, D(2026, 3, 2))
    assert len(found) == 1 and "wijkteam" in found[0].tekst and found[0].regel is None
    advised = Aanvraag(regels=regels, bedrag_cents=110_000, ontvangen_op=D(2026, 3, 2),
                       wijkteam_advies_op=D(2026, 3, 9))
    assert check_aanvraag(rules, advised, D(2026, 3, 2)) == []
    # Exactly EUR 1,000 is still a quick decision.
    assert check_aanvraag(rules, Aanvraag(bedrag_cents=100_000), D(2026, 3, 2)) == []


def test_lines_that_do_not_add_up_to_the_amount():
    found = check_aanvraag(BudgetRules(), Aanvraag(regels=(Regel("Verf", "", 5_000),), bedrag_cents=6_000),
                           D(2026, 3, 2))
    assert [w.tekst for w in found] == ["De begroting telt op tot € 50,00, maar het bedrag van de toekenning is € 60,00."]


def test_deadline_ten_working_days_after_receipt():
    term = beslistermijn(BudgetRules(), Aanvraag(bedrag_cents=50_000, ontvangen_op=D(2026, 4, 20)))
    assert term.uiterlijk == D(2026, 5, 5)
    assert term.feestdagen == ((D(2026, 4, 27), "Koningsdag"),)
    assert "Koningsdag 27-04-2026" in term.uitleg()
    assert not term.verstreken(D(2026, 5, 5), None)
    assert term.verstreken(D(2026, 5, 6), None)
    assert not term.verstreken(D(2026, 5, 6), D(2026, 5, 4))  # decided: never late


def test_deadline_of_a_large_request_runs_from_a_later_advice():
    rules = BudgetRules()
    large = Aanvraag(bedrag_cents=150_000, ontvangen_op=D(2026, 4, 1), wijkteam_advies_op=D(2026, 5, 11))
    term = beslistermijn(rules, large)
    assert term.na_advies and term.vanaf == D(2026, 5, 11) and term.uiterlijk == D(2026, 5, 27)
    # Without advice the receipt starts it: Wednesday 01-04-2026 + 10 over Easter (Goede Vrijdag 3, Tweede
    # paasdag 6): 2, 7, 8, 9, 10, 13, 14, 15, 16, 17 April.
    assert beslistermijn(rules, Aanvraag(bedrag_cents=150_000, ontvangen_op=D(2026, 4, 1))).uiterlijk == D(2026, 4, 17)


def test_the_term_is_a_rule_of_the_wijk():
    rules = BudgetRules.from_dict({"beslistermijn_werkdagen": 5})
    assert rules.beslistermijn_werkdagen == 5
    assert BudgetRules.from_dict(rules.to_dict()).beslistermijn_werkdagen == 5
    assert beslistermijn(rules, Aanvraag(ontvangen_op=D(2026, 4, 20))).uiterlijk == D(2026, 4, 28)
    assert beslistermijn(rules, Aanvraag()) is None


def test_the_request_description_is_checked_too():
    found = check_aanvraag(BudgetRules(), Aanvraag(omschrijving="Koffie en taart voor de vrijwilligers",
                                                   bedrag_cents=5_000), D(2026, 3, 2))
    assert [(w.regel, "consumpties (koffie, taart)" in w.tekst) for w in found] == [(None, True)]
