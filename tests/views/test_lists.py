"""The read queries behind the tables: scope, sort, filter, paging, one row."""
from __future__ import annotations

import pytest

from wijkdesk.services import lists
from wijkdesk.services.doelen import te_laat


def test_ideeen_sorted_by_title_and_filtered_by_word(seeded):
    ideeen = lists.IdeeenList()
    rows = ideeen.fetch({"wijk_id": seeded.id}, sort="titel")
    assert [r.titel for r in rows] == sorted([r.titel for r in rows], key=str.lower)
    assert len(rows) == 5
    rows = ideeen.fetch({"wijk_id": seeded.id}, sort="titel", descending=True)
    assert rows[0].titel == "Zebrapad bij school"
    found = ideeen.fetch({"wijk_id": seeded.id}, text="bank")
    assert [r.titel for r in found] == ["Bankjes in het park"]
    # Words narrow down (AND); a group name is searchable too.
    assert [r.titel for r in ideeen.fetch({"wijk_id": seeded.id}, text="zandweerd feest")] == ["Buurtfeest"]


def test_filter_text_with_wildcards_is_literal(seeded):
    assert lists.IdeeenList().fetch({"wijk_id": seeded.id}, text="%") == []
    assert lists.IdeeenList().fetch({"wijk_id": seeded.id}, text="_") == []


def test_filters_by_value_and_set(seeded):
    ideeen = lists.IdeeenList()
    assert len(ideeen.fetch({"wijk_id": seeded.id}, filters={"thema": "Groen"})) == 2
    assert len(ideeen.fetch({"wijk_id": seeded.id}, filters={"status": ["nieuw", "gekozen"]})) == 5
    assert ideeen.fetch({"wijk_id": seeded.id}, filters={"status": "gekozen"}) == []


def test_paging_is_stable_and_complete(seeded):
    ideeen = lists.IdeeenList()
    first = ideeen.fetch({"wijk_id": seeded.id}, sort="thema", limit=2)
    second = ideeen.fetch({"wijk_id": seeded.id}, sort="thema", limit=2, offset=2)
    third = ideeen.fetch({"wijk_id": seeded.id}, sort="thema", limit=2, offset=4)
    ids = [r.id for r in first + second + third]
    assert len(ids) == 5 and len(set(ids)) == 5


def test_other_wijk_sees_nothing(seeded):
    from wijkdesk.store.models import Wijk

    other = Wijk.get(Wijk.naam == "Colmschate")
    for cls in (lists.IdeeenList, lists.DoelenList, lists.GroepenList):
        assert cls().fetch({"wijk_id": other.id}) == []
    assert lists.UitgavenList().fetch({"wijk_id": other.id, "jaar": 2026}) == []


def test_doelen_carry_money_granted_and_spent(seeded):
    doelen = lists.DoelenList()
    rows = {r.titel: r for r in doelen.fetch({"wijk_id": seeded.id})}
    assert rows["Drie bankjes geplaatst"].toegekend_cents is None, "a lazy column: read for the rows on screen"
    money = doelen.lazy_values([r.id for r in rows.values()])
    bankjes = rows["Drie bankjes geplaatst"]
    assert money[bankjes.id] == {"toegekend_cents": 300_000, "uitgegeven_cents": 125_050}
    assert money[rows["Moestuin aangelegd"].id]["toegekend_cents"] == 0
    # Sorting by a lazy column computes it for every row in SQL.
    by_money = doelen.fetch({"wijk_id": seeded.id}, sort="uitgegeven_cents", descending=True)
    assert by_money[0].uitgegeven_cents == 125_050
    assert te_laat(bankjes.deadline, bankjes.status)
    assert not te_laat(rows["Moestuin aangelegd"].deadline, "concept")


def test_uitgaven_sort_by_amount_and_fetch_one(seeded):
    uitgaven = lists.UitgavenList()
    scope = {"wijk_id": seeded.id, "jaar": 2026}
    rows = uitgaven.fetch(scope, sort="bedrag_cents")
    assert [r.bedrag_cents for r in rows] == [4_500, 125_050]
    one = uitgaven.fetch_one(rows[1].id, scope)
    assert one.toekenning == "Bankjes" and one.doel == "Drie bankjes geplaatst"
    assert uitgaven.fetch_one(999_999, scope) is None
    assert uitgaven.fetch(scope, text="albert")[0].omschrijving == "Koffie bewonersavond"


def test_groepen_count_members_and_hide_archived(seeded):
    from wijkdesk.store.models import Bewonersgroep

    rows = lists.GroepenList().fetch({"wijk_id": seeded.id})
    assert [(r.naam, r.aantal_leden) for r in rows] == [("Buurtvereniging Zandweerd", 1), ("Werkgroep Speeltuin", 0)]
    Bewonersgroep.update(gearchiveerd=True).where(Bewonersgroep.naam == "Werkgroep Speeltuin").execute()
    assert len(lists.GroepenList().fetch({"wijk_id": seeded.id})) == 1
    assert len(lists.GroepenList().fetch({"wijk_id": seeded.id, "archief": True})) == 2
    leden = lists.LedenList().fetch({"groep_id": rows[0].id})
    assert [(r.naam, r.rol) for r in leden] == [("Anna Jansen", "contactpersoon")]


def _sort_key(value):
    """How SQLite orders a column here: NULL first, text without regard to case, then the id."""
    if isinstance(value, str):
        value = value.lower()
    return (value is not None, value if value is not None else 0)


@pytest.mark.parametrize("name", sorted(lists.LISTS))
def test_every_column_sorts_both_ways(demo_db, name):
    from wijkdesk.store.models import Doel, Lidmaatschap, Voortgang, Wijk

    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    groep_id = Lidmaatschap.select(Lidmaatschap.groep).where(Lidmaatschap.rol == "lid").first().groep_id
    doel_id = Voortgang.select(Voortgang.doel).join(Doel).where(Doel.wijk == wijk).first().doel_id
    row_list = lists.LISTS[name]()
    scope = {"wijk_id": wijk.id, "jaar": 2026, "groep_id": groep_id, "doel_id": doel_id}
    everything = {r.id for r in row_list.fetch(scope, limit=10_000)}
    assert len(everything) >= 2, "the seed must give this list rows to sort"
    for column in row_list.columns:
        for desc in (False, True):
            rows = row_list.fetch(scope, sort=column.key, descending=desc, limit=10_000)
            assert {r.id for r in rows} == everything, (name, column.key)  # sorting loses or adds no row
            keys = [(_sort_key(getattr(r, column.key)), r.id) for r in rows]
            assert keys == sorted(keys, reverse=desc), (name, column.key, desc)


def test_doel_money_matches_the_budget_service(demo_db):
    """The goal list's granted/spent columns agree with services.budget.doel_geld on the demo data."""
    from wijkdesk.services import budget
    from wijkdesk.store.models import Doel, db

    for wijk_id in {d.wijk_id for d in Doel.select()}:
        doelen = lists.DoelenList()
        rows = doelen.fetch({"wijk_id": wijk_id}, limit=1000)
        money = doelen.lazy_values([r.id for r in rows])
        for row in rows:
            got = money[row.id]
            assert (got["toegekend_cents"], got["uitgegeven_cents"]) == budget.doel_geld(row.id), row.titel
            # One goal at a time: the SQL made for one id is kept and used again with the next id.
            alone = doelen.lazy_values([row.id])[row.id]
            assert (alone["toegekend_cents"], alone["uitgegeven_cents"]) == budget.doel_geld(row.id), row.titel
        assert ("lazy", 1) in doelen._by_id_sql[db.obj]  # made once, kept for this database


@pytest.mark.parametrize("name", sorted(lists.LISTS))
def test_cheap_page_query_gives_the_same_rows_as_the_single_query(seeded, name):
    """The two-step page (ids from the list's own table, then joins) equals the plain joined query."""
    from wijkdesk.services import ideeen

    for i in range(12):
        ideeen.create_idee(seeded, f"Extra idee {i}", thema="Groen" if i % 3 else "Spelen")
    row_list = lists.LISTS[name]()
    scope = {"wijk_id": seeded.id, "jaar": 2026, "groep_id": 1, "doel_id": 1}
    for column in row_list.columns:
        for desc in (False, True):
            for text in ("", "e"):
                plain = row_list.select(scope, sort=column.key, descending=desc, text=text).limit(4).offset(2)
                expected = [t[0] for t in plain.tuples()]
                got = [r.id for r in row_list.fetch(scope, sort=column.key, descending=desc, text=text, limit=4, offset=2)]
                assert got == expected, (column.key, desc, text)


def test_goal_spent_counts_expenses_under_its_grant_without_a_goal(db):
    """An expense booked only under the goal's toekenning counts for the goal, once, in list and service."""
    from wijkdesk.services import budget, doelen, groepen, wijken

    wijk = wijken.create_wijk("Zandweerd")
    groep = groepen.create_groep(wijk, "Werkgroep")
    budget.set_budget(wijk, 2026, 1_000_000)
    doel = doelen.create_doel(wijk, "Moestuin")
    grant = budget.create_toekenning(wijk, 2026, 600_000, doel=doel, groep=groep)
    budget.create_uitgave(wijk, 2026, 250_000, "Zaden", "01-03-2026", toekenning=grant)  # no goal on the row
    budget.create_uitgave(wijk, 2026, 10_000, "Gieter", "02-03-2026", toekenning=grant, doel=doel)  # both
    budget.create_uitgave(wijk, 2026, 5_000, "Bordje", "03-03-2026", doel=doel)  # goal only
    assert budget.doel_geld(doel) == (600_000, 265_000)
    doelen_list = lists.DoelenList()
    rows = doelen_list.fetch({"wijk_id": wijk.id})
    got = doelen_list.lazy_values([r.id for r in rows])[doel.id]
    assert (got["toegekend_cents"], got["uitgegeven_cents"]) == (600_000, 265_000)


def test_the_themes_of_a_wijk_in_order_once_each_without_the_empty_one(seeded):
    from wijkdesk.services import ideeen
    from wijkdesk.store.models import Idee, Wijk

    for titel, thema in (("Zwembad", "Zwemmen"), ("Pieper", "Aardappels"), ("Leeg", ""), ("Nog eens", "Zwemmen")):
        ideeen.create_idee(seeded.id, titel=titel, thema=thema)
    other = Wijk.get(Wijk.naam == "Colmschate")
    ideeen.create_idee(other.id, titel="Elders", thema="Alleen daar")
    expected = [t for (t,) in Idee.select(Idee.thema).where((Idee.wijk == seeded.id) & (Idee.thema != ""))
                .distinct().order_by(Idee.thema).tuples()]
    assert lists.idee_themas(seeded.id) == expected
    assert "Aardappels" in expected and "Zwemmen" in expected and "Alleen daar" not in expected
    assert lists.idee_themas(other.id) == ["Alleen daar"]
