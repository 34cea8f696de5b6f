"""The year of an idea or goal: the Python rule and the SQL conditions the lists use agree on every row."""
import datetime as dt

from peewee import JOIN

from wijkdesk.services import budget, doelen, ideeen, jaren, lists
from wijkdesk.store.models import Bijeenkomst, Doel, Idee


def _sql_years_of_ideas(years):
    found = {}
    for jaar in years:
        query = (Idee.select(Idee.id).join(Bijeenkomst, JOIN.LEFT_OUTER, on=(Idee.bijeenkomst == Bijeenkomst.id))
                 .where(jaren.idee_in_jaar(jaar)))
        for (idee_id,) in query.tuples():
            found.setdefault(idee_id, set()).add(jaar)
    return found


def test_idea_rule_and_sql_agree_on_the_demo(demo_db):
    # Give a few ideas an explicit year, so all three branches of the rule are exercised.
    some = list(Idee.select().order_by(Idee.id).limit(3))
    for idee, jaar in zip(some, (2024, 2027, 2031)):
        ideeen.update_idee(idee, jaar=jaar)
    python = {}
    for idee in Idee.select():
        python[idee.id] = jaren.jaar_van_idee(idee)
    years = set(python.values())
    assert len(years) >= 3 and {2024, 2027, 2031} <= years
    sql = _sql_years_of_ideas(range(min(years) - 1, max(years) + 2))
    assert {i: {y} for i, y in python.items()} == sql


def test_goal_membership_sql_agrees_with_doel_jaren(demo_db):
    goal = Doel.select().order_by(Doel.id).first()
    doelen.update_doel(goal, jaar=2029)
    expected = jaren.doel_jaren()
    assert 2029 in expected[goal.id].years
    all_years = set().union(*(g.years for g in expected.values()))
    for jaar in sorted(all_years | {2030}):
        in_sql = {i for (i,) in Doel.select(Doel.id).where(jaren.doel_in_jaar(jaar)).tuples()}
        assert in_sql == {i for i, g in expected.items() if jaar in g.years}, jaar


def test_lists_filter_ideas_and_goals_by_year(wijk, budget_2026):
    old = ideeen.create_idee(wijk, "Oud idee", jaar=2025)
    new = ideeen.create_idee(wijk, "Nieuw idee", jaar=2026)
    goal_2025 = doelen.create_doel(wijk, "Doel 2025", deadline=dt.date(2025, 6, 1))
    goal_2026 = doelen.create_doel(wijk, "Doel 2026", deadline=dt.date(2026, 6, 1))
    # Money of 2026 on the 2025 goal: it shows in 2026 too.
    budget.create_toekenning(wijk, 2026, 10_000, omschrijving="Restant", doel=goal_2025)
    ideas, goals = lists.IdeeenList(), lists.DoelenList()
    assert [r.id for r in ideas.fetch({"wijk_id": wijk.id, "jaar": 2025})] == [old.id]
    assert [r.id for r in ideas.fetch({"wijk_id": wijk.id, "jaar": 2026})] == [new.id]
    assert ideas.count({"wijk_id": wijk.id}) == 2
    assert {r.id for r in goals.fetch({"wijk_id": wijk.id, "jaar": 2025})} == {goal_2025.id}
    assert {r.id for r in goals.fetch({"wijk_id": wijk.id, "jaar": 2026})} == {goal_2025.id, goal_2026.id}
    # The cheap id-query (sorted by an own column, searched by title) keeps the year.
    assert [r.id for r in ideas.fetch({"wijk_id": wijk.id, "jaar": 2025}, sort="titel", text="idee")] == [old.id]


def test_capture_in_another_year_stays_in_that_year(wijk):
    this_year = dt.date.today().year
    same = ideeen.capture_idee(wijk, "Nu", this_year)
    other = ideeen.capture_idee(wijk, "Toen", this_year - 1)
    assert same.jaar is None  # the rule gives this year already: nothing stored
    assert other.jaar == this_year - 1
    assert jaren.jaar_van_idee(other) == this_year - 1


def test_goal_reached_value(wijk):
    goal = doelen.create_doel(wijk, "Bankjes", streefwaarde="3 bankjes")
    doelen.update_doel(goal, bereikt_waarde="2 bankjes")
    row = lists.DoelenList().fetch_one(goal.id, {"wijk_id": wijk.id})
    assert (row.streefwaarde, row.bereikt_waarde) == ("3 bankjes", "2 bankjes")


def test_goal_years_asked_for_one_year_agree_with_all_years(demo_db):
    """doel_jaren(wijk, jaar) reads only that year's rows (the export of a wijk-year at city scale); it must
    name the same goals of that year as the years of every goal do."""
    from wijkdesk.store.models import Wijk

    goal = Doel.select().order_by(Doel.id).first()
    doelen.update_doel(goal, jaar=2029)
    # Progress in a year without money: a goal's year through its progress alone.
    doelen.add_voortgang(Doel.select().order_by(Doel.id.desc()).first(), 10, "grond gehuurd",
                         datum=dt.date(2031, 2, 3))
    everything = jaren.doel_jaren()
    years = set().union(*(g.years for g in everything.values()))
    assert {2029, 2031} <= years
    for wijk in Wijk.select():
        per_wijk = jaren.doel_jaren(wijk.id)
        assert per_wijk == {i: g for i, g in everything.items() if g.wijk_id == wijk.id}
        for jaar in sorted(years | {2030}):
            one = jaren.doel_jaren(wijk.id, jaar)
            assert set(one) == set(per_wijk)
            assert {i for i, g in one.items() if jaar in g.years} == {
                i for i, g in per_wijk.items() if jaar in g.years}, (wijk.naam, jaar)
