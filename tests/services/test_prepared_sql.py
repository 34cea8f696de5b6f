"""SQL written once and run many times (store.models.run_prepared, find_one; the lists' pages): the
values of each call are the ones used, on both backends."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.services import afgesloten, budget, lists, verantwoording, wijken
from wijkdesk.store.models import Jaarafsluiting, Wijk, run_prepared


def test_the_sql_is_made_once_and_each_call_gets_its_own_rows(db):
    a, b = wijken.create_wijk("Keizerslanden"), wijken.create_wijk("Colmschate")
    made = []

    def build(naam, from_id):
        made.append(naam)
        return Wijk.select(Wijk.id).where((Wijk.naam == naam) & (Wijk.id >= from_id)).tuples()

    assert list(run_prepared("test.wijk_by_name", build, "Keizerslanden", a.id)) == [(a.id,)]
    assert list(run_prepared("test.wijk_by_name", build, "Colmschate", a.id)) == [(b.id,)]
    assert list(run_prepared("test.wijk_by_name", build, "Colmschate", b.id + 1)) == []
    assert len(made) == 1  # built once, with stand-ins


def test_a_value_used_twice_is_refused_as_our_own_mistake(db):
    with pytest.raises(RuntimeError, match="precies eenmaal"):
        list(run_prepared("test.twice", lambda w: Wijk.select().where((Wijk.naam == w) | (Wijk.wijkmanager == w)), "x"))


def test_a_years_closing_row_by_its_own_wijk_and_year(db):
    a, b = wijken.create_wijk("Keizerslanden"), wijken.create_wijk("Colmschate")
    Jaarafsluiting.create(wijk=a, jaar=2025, gesloten_op=dt.date(2026, 1, 10), gesloten_door="wm", reden="klaar")
    assert afgesloten.afsluiting(a, 2025).wijk_id == a.id
    assert afgesloten.afsluiting(a, 2026) is None
    assert afgesloten.afsluiting(b.id, 2025) is None
    assert afgesloten.is_gesloten(a, 2025) and not afgesloten.is_gesloten(b, 2025)


def test_late_grants_per_wijk_year_and_all_from_one_kept_query_each(db):
    """The late verantwoordingen of one wijk-year, of one wijk, and of all: each shape its own SQL, each
    call its own wijk, year and day."""
    a, b = wijken.create_wijk("Keizerslanden"), wijken.create_wijk("Colmschate")
    for wijk, jaar in ((a, 2026), (b, 2026), (a, 2025)):
        budget.set_budget(wijk, jaar, "10.000,00")
        budget.create_toekenning(wijk, jaar, "500,00", omschrijving="Buurtfeest", status="toegekend",
                                 activiteit_einddatum=dt.date(jaar, 3, 1))
    late = dt.date(2026, 12, 1)
    assert [t.wijk_id for t in verantwoording.te_laat_grants(a.id, 2026, late)] == [a.id]
    assert [t.wijk_id for t in verantwoording.te_laat_grants(b.id, 2026, late)] == [b.id]
    assert sorted(t.jaar for t in verantwoording.te_laat_grants(a.id, None, late)) == [2025, 2026]
    assert len(verantwoording.te_laat_grants(None, None, late)) == 3
    assert verantwoording.te_laat_grants(a.id, 2026, dt.date(2026, 3, 2)) == []  # not yet late that day


def test_the_kept_page_of_a_list_follows_its_scope_sort_and_page(db):
    a, b = wijken.create_wijk("Keizerslanden"), wijken.create_wijk("Colmschate")
    expected = {}
    for wijk in (a, b):
        budget.set_budget(wijk, 2026, "10.000,00")
        for n in range(5):
            budget.create_uitgave(wijk, 2026, f"{10 + n},00", f"{wijk.naam} {n}", dt.date(2026, 1, 1 + n))
        expected[wijk.id] = [f"{wijk.naam} {n}" for n in range(4, -1, -1)]
    ledger = lists.UitgavenList()
    for _ in range(2):  # the second round from the kept SQL
        for wijk in (a, b):
            scope = {"wijk_id": wijk.id, "jaar": 2026}
            assert [r.omschrijving for r in ledger.fetch(scope)] == expected[wijk.id]
            assert [r.omschrijving for r in ledger.fetch(scope, sort="bedrag_cents")] == expected[wijk.id][::-1]
            assert [r.omschrijving for r in ledger.fetch(scope, limit=2, offset=2)] == expected[wijk.id][2:4]
    assert ledger.fetch({"wijk_id": a.id, "jaar": 2025}) == []


def _same_page_twice(rows, scope: dict, text: str, sort, descending) -> list[int]:
    """The first page's ids as `fetch` gives them, twice (the second time from kept SQL), each time equal
    to those of the whole query peewee builds with the words themselves."""
    whole = rows._filter(rows._scope(rows._bare().select(rows._id_expr()), scope), text, None)
    expected = [i for (i,) in whole.order_by(*rows.ordering(sort, descending)).limit(lists.PAGE_SIZE).tuples()]
    for _ in range(2):
        got = [r.id for r in rows.fetch(scope, sort=sort, descending=descending, text=text)]
        assert got == expected, (type(rows).__name__, scope, sort)
    return got


@pytest.mark.parametrize("word", ["bank", "Bouwmarkt", "Keizerslanden", "e"])
def test_a_typed_word_s_page_keeps_its_scope_as_sql_text_and_finds_the_same_rows(demo_db, word):
    """A typed word's page is built anew (its index hits are data), but a plain scope's WHERE is made into
    SQL text once (the goals' year rule took peewee 1.5 ms of each filter). The page from the kept text
    has the rows of the whole query built by peewee, per wijk and year, sorted either way, twice (the
    second time from the kept text), on both backends; 'e' is a common word (subqueries beside the
    kept text, whose own subqueries are numbered apart)."""
    from wijkdesk.store.models import Wijk as W

    pages = {}
    for name in ("DoelenList", "ToekenningenList", "UitgavenList"):
        rows = getattr(lists, name)()
        for wijk in W.select():
            for jaar in (2025, 2026):
                scope = {"wijk_id": wijk.id, "jaar": jaar}
                assert rows._scope_is_plain(scope), name
                for sort, descending in ((None, None), (rows.columns[0].key, True)):
                    pages[(name, wijk.id, jaar, sort)] = _same_page_twice(rows, scope, word, sort, descending)
                assert rows._scope_sql[demo_db][repr(sorted(scope.items()))] is not None
    # the scopes matter: some page differs between wijken or years, and some page has rows
    assert len({tuple(p) for p in pages.values()}) > 1 and any(pages.values())


@pytest.mark.parametrize("text", ["jeugd", "Werkgroep keizers", "%", "_", "o'", "Groen\x00 0\x00"])
def test_typed_words_that_are_only_parameters_keep_the_page_s_sql_and_find_the_same_rows(demo_db, text):
    """The groups' and meetings' lists search their own columns with LIKE alone (no text index, no joined
    rows looked up first): the page's SQL is made once per number of words, with stand-ins the words
    replace. Its rows are those of the query peewee builds with the words themselves, per wijk, sorted
    either way, on both backends; quotes are the user's text, and a word with a LIKE wildcard (written
    with an ESCAPE clause) or the stand-in's own character is built anew."""
    from wijkdesk.store.models import Wijk as W

    kept_text = not set(text) & set("%_\\\x00")  # a wildcard is written with ESCAPE: built anew
    found = 0
    for name in ("GroepenList", "BijeenkomstenList"):
        rows = getattr(lists, name)()
        for wijk in W.select():
            scope = {"wijk_id": wijk.id}
            assert rows._scope_is_plain(scope), name
            assert rows._words_are_parameters(text.split()) == kept_text, name
            for sort, descending in ((None, None), (rows.columns[0].key, True)):
                found += len(_same_page_twice(rows, scope, text, sort, descending))
        kept = [k for k in rows._page_sql.get(demo_db, {}) if k[-1] == len(text.split())]
        assert bool(kept) == kept_text, name
    if text in ("jeugd", "Werkgroep keizers"):
        assert found  # the words do find rows, so the comparison is not of empty pages


def test_a_group_s_members_page_from_kept_sql_is_that_group_s(demo_db):
    """The members in a group's pane: the page's SQL is kept per group (its scope is the group alone), and
    each group gets its own members, the second time too."""
    from wijkdesk.store.models import Bewonersgroep, Lidmaatschap

    members = lists.LedenList()
    groups = list(Bewonersgroep.select())
    assert len(groups) > 1
    for _ in range(2):
        for groep in groups:
            expected = sorted(m.id for m in Lidmaatschap.select().where(Lidmaatschap.groep == groep))
            assert expected and sorted(r.id for r in members.fetch({"groep_id": groep.id})) == expected


def test_the_longest_search_a_box_takes_runs_on_every_list_and_a_longer_one_is_refused_in_dutch(demo_db):
    """SQLite's parser overflowed at 100 typed words, peewee passed Python's recursion limit at 1,000 and a
    word of 100,000 characters was a LIKE pattern 'too complex': tracebacks for a long paste into a search
    box. The boxes take MAX_SEARCH_CHARS characters; that many, in as many distinct words as fit, runs on
    every list with a search, on both backends; one character more is refused in Dutch."""
    from wijkdesk.services.errors import ValidationError

    letters = "abcdefghijklmnopqrstuvwxyzàáâäçèéêëìíîïñòóôöùúûüýÿ"
    most_words = " ".join(letters[: (lists.MAX_SEARCH_CHARS + 1) // 2])
    assert len(most_words) <= lists.MAX_SEARCH_CHARS and len(set(most_words.split())) >= 50
    one_long_word = "x" * lists.MAX_SEARCH_CHARS
    searched = [cls() for cls in lists.LISTS.values() if any(c.search for c in cls().columns)]
    assert len(searched) >= 5
    scope = {"wijk_id": 1, "jaar": 2026, "groep_id": 1, "doel_id": 1}
    for rows in searched:
        for text in (most_words, one_long_word, " ".join([one_long_word[:9]] * 30)):  # a repeated word counts once
            assert rows.fetch(scope, text=text) == []
            rows.count(scope, text=text)
        with pytest.raises(ValidationError, match="hoogstens 100 tekens"):
            rows.fetch(scope, text=one_long_word + "x")
