"""The list filters look typed words up in a text index (SQLite FTS5, trigram) and find what a scan finds."""
from __future__ import annotations

import random
import re

import pytest

from wijkdesk.services import ideeen, lists
from wijkdesk.store import text_index
from wijkdesk.store.models import Doel, Idee, Toekenning, Uitgave, Wijk, db

LISTS = [
    (lists.IdeeenList, Idee, lambda row: {"wijk_id": row.wijk_id}),
    (lists.DoelenList, Doel, lambda row: {"wijk_id": row.wijk_id}),
    (lists.ToekenningenList, Toekenning, lambda row: {"wijk_id": row.budget.wijk_id, "jaar": row.budget.jaar}),
    (lists.UitgavenList, Uitgave, lambda row: {"wijk_id": row.budget.wijk_id, "jaar": row.budget.jaar}),
]


def _ids(row_list, scope, word, sort=None):
    return [r.id for r in row_list.fetch(scope, text=word, sort=sort, limit=100_000)]


def _words(model, rng, n=25):
    """Pieces of the texts really in the table (3 to 7 letters, ASCII, lower case) plus a few misses."""
    texts = []
    for column in text_index.INDEXED[model._meta.table_name]:
        texts += [v for (v,) in model.select(getattr(model, column)).tuples() if v]
    pieces = set()
    for text in texts:
        for word in re.findall(r"[a-z0-9]{3,}", text.lower()):
            start = rng.randrange(0, max(1, len(word) - 2))
            pieces.add(word[start:start + rng.randint(3, 7)])
    chosen = rng.sample(sorted(pieces), min(n, len(pieces)))
    return chosen + ["zzqx", "xx", "a"]


@pytest.mark.sqlite_only  # the FTS5 index; on PostgreSQL the same ILIKE runs, served by pg_trgm
@pytest.mark.parametrize("row_list, model, scope_of", LISTS, ids=lambda v: getattr(v, "__name__", ""))
def test_index_finds_what_a_scan_finds(demo_db, monkeypatch, row_list, model, scope_of):
    rng = random.Random(11)
    first = model.select().first()
    assert first is not None, "the demo has rows of every list"
    scope = scope_of(first)
    assert text_index.available(db.obj, model._meta.table_name)
    words = _words(model, rng)
    found = {w: _ids(row_list(), scope, w) for w in words}
    monkeypatch.setattr(text_index, "available", lambda *_a: False)
    scanned = {w: _ids(row_list(), scope, w) for w in words}
    assert found == scanned
    assert sum(1 for ids in found.values() if ids) >= 10, "the words must find rows, or the test proves little"


def _long_words(model, rng, n=25):
    """Whole words and codes longer than text_index.TAIL (looked up by their end, then tested), some
    with their end changed so that only the end matches, and words whose end is in other rows."""
    texts = []
    for column in text_index.INDEXED[model._meta.table_name]:
        texts += [v for (v,) in model.select(getattr(model, column)).tuples() if v]
    words = sorted({w for t in texts for w in re.findall(r"[\w/-]+", t) if len(w) > text_index.TAIL})
    chosen = rng.sample(words, min(n, len(words)))
    return chosen + ["x" + w[1:] for w in chosen[:5]] + [w[:-1] + "q" for w in chosen[:5]]


@pytest.mark.sqlite_only
@pytest.mark.parametrize("row_list, model, scope_of", LISTS, ids=lambda v: getattr(v, "__name__", ""))
def test_a_long_word_looked_up_by_its_end_finds_what_a_scan_finds(demo_db, monkeypatch, row_list, model, scope_of):
    rng = random.Random(5)
    scope = scope_of(model.select().first())
    words = _long_words(model, rng)
    assert len(words) >= 15
    found = {w: _ids(row_list(), scope, w) for w in words}
    monkeypatch.setattr(text_index, "available", lambda *_a: False)
    assert found == {w: _ids(row_list(), scope, w) for w in words}
    assert sum(1 for ids in found.values() if ids) >= 5, "the words must find rows, or the test proves little"


@pytest.mark.sqlite_only
def test_the_filter_asks_the_index_and_reads_only_its_hits(demo_db, monkeypatch):
    asked = []
    real = text_index.lookup

    def spy(database, table, word, columns=None):
        found = real(database, table, word, columns)
        asked.append((table, word, found))
        return found

    monkeypatch.setattr(text_index, "lookup", spy)
    expense = Uitgave.select().where(Uitgave.factuurnummer != "").first()
    scope = {"wijk_id": expense.budget.wijk_id, "jaar": expense.budget.jaar}
    sql, params = lists.UitgavenList().select(scope, text=expense.factuurnummer).sql()
    assert ("uitgave", expense.factuurnummer) in [a[:2] for a in asked]
    assert expense.id in [a for a in asked if a[0] == "uitgave"][-1][2]
    where = sql.split("WHERE", 1)[1]
    # No grant or goal holds an invoice number: those conditions are left out, so the rows are read by
    # the index's hits (by id), not by reading the wijk-year and testing each.
    assert '"toekenning_id" IN' not in where and '"doel_id" IN' not in where
    plan = " ".join(r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "INTEGER PRIMARY KEY" in plan, plan
    assert lists.UitgavenList().select(scope, text="dr").sql()[0].count("LIKE") >= 3  # two letters: scanned


def test_a_word_no_row_holds_finds_nothing_and_a_joined_match_is_still_found(demo_db):
    expense = Uitgave.select().where(Uitgave.toekenning.is_null(False)).first()
    scope = {"wijk_id": expense.budget.wijk_id, "jaar": expense.budget.jaar}
    assert _ids(lists.UitgavenList(), scope, "qqzzqqzz") == []
    grant_word = max(re.findall(r"\w{4,}", expense.toekenning.omschrijving), key=len)
    under = {u.id for u in Uitgave.select().where(Uitgave.toekenning == expense.toekenning_id)}
    assert under <= set(_ids(lists.UitgavenList(), scope, grant_word))


@pytest.mark.sqlite_only
def test_a_common_word_is_scanned_in_the_lists_order(demo_db, monkeypatch):
    """More hits than HIT_LIMIT: reading the list in order finds a screenful sooner; same rows either way."""
    row = Idee.select().first()
    word = max(re.findall(r"[a-z]{4,}", row.titel.lower()), key=len)
    monkeypatch.setattr(text_index, "HIT_LIMIT", 0)
    assert text_index.lookup(db.obj, "idee", word) is None
    assert row.id in _ids(lists.IdeeenList(), {"wijk_id": row.wijk_id}, word)


def test_index_follows_new_changed_and_deleted_rows(demo_db):
    row_list = lists.IdeeenList()
    wijk_id = Idee.select().first().wijk_id
    scope = {"wijk_id": wijk_id}
    idee = ideeen.create_idee(wijk_id, titel="Kwetterbank bij de vijver")
    assert _ids(row_list, scope, "etterba") == [idee.id]
    ideeen.update_idee(idee.id, titel="Zitbank bij de vijver")
    assert _ids(row_list, scope, "etterba") == []
    assert idee.id in _ids(row_list, scope, "zitbank")
    ideeen.delete_idee(idee.id)
    assert idee.id not in _ids(row_list, scope, "zitbank")


def test_joined_columns_are_searched_without_the_join(demo_db):
    """An expense is found by its grant's text, a grant by its goal's title, as the shown columns say."""
    grant = Toekenning.select().where(Toekenning.omschrijving != "").first()
    expense = Uitgave.select().where(Uitgave.toekenning == grant.id).first()
    assert expense is not None
    word = max(re.findall(r"\w{4,}", grant.omschrijving), key=len)
    scope = {"wijk_id": grant.budget.wijk_id, "jaar": grant.budget.jaar}
    assert expense.id in _ids(lists.UitgavenList(), scope, word)


@pytest.mark.sqlite_only
def test_an_old_database_gets_its_index_filled_when_opened(data_dir):
    import sqlite3
    from pathlib import Path

    from wijkdesk.store.database import close_database, open_database

    path = data_dir / "oud.db"
    conn = sqlite3.connect(path)
    conn.executescript((Path(__file__).resolve().parents[1] / "fixtures" / "schema_v4.sql").read_text("utf-8"))
    conn.close()
    open_database(path)
    try:
        idee = Idee.select().first()
        word = max(re.findall(r"\w{4,}", idee.titel), key=len)
        assert idee.id in _ids(lists.IdeeenList(), {"wijk_id": idee.wijk_id}, word)
        assert text_index.available(db.obj, "idee")
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_new_database_file_is_made_with_its_text_indexes_filled(data_dir):
    """Made by `demo`, `meenemen` or `server-import` to a file (build_new_database): the indexes are there
    and hold the rows before the file is ever opened to work in. A read-only open, which makes nothing,
    finds them intact and answers from them."""
    from wijkdesk.services.demo import fill_demo
    from wijkdesk.store.database import build_new_database, close_database, open_database

    path = data_dir / "nieuw.db"
    assert build_new_database(path, fill_demo)
    open_database(path, readonly=True)
    try:
        assert {table: text_index.sqlite_state(db.obj, table) for table in text_index.INDEXED} == dict.fromkeys(
            text_index.INDEXED, "intact")
        idee = Idee.select().order_by(Idee.id.desc()).first()
        word = max(re.findall(r"\w{4,}", idee.titel), key=len)
        assert idee.id in text_index.lookup(db.obj, "idee", word)
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_readonly_database_without_index_is_scanned(data_dir):
    import sqlite3

    from wijkdesk.store.database import close_database, open_database

    path = data_dir / "x.db"
    open_database(path)
    wijk_id = Wijk.create(naam="Zandweerd").id
    idee = ideeen.create_idee(wijk_id, titel="Bloembakken langs de dijk")
    close_database()
    conn = sqlite3.connect(path)
    for name in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]:
        conn.execute(f'DROP TRIGGER "{name}"')
    for table in text_index.INDEXED:
        conn.execute(f'DROP TABLE "{text_index.index_name(table)}"')
    conn.commit()
    conn.close()
    open_database(path, readonly=True)
    try:
        assert not text_index.available(db.obj, "idee")
        assert _ids(lists.IdeeenList(), {"wijk_id": wijk_id}, "bakken") == [idee.id]
    finally:
        close_database()


def test_the_server_gets_trigram_indexes_that_the_filter_uses(pg_url):
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_url)
    try:
        names = {r[0] for r in db.execute_sql("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%%gin_trgm_ops%%'")}
        expected = {f"{text_index.index_name(t)}_{c}" for t, cols in text_index.INDEXED.items() for c in cols}
        assert expected <= names
        wijk_id = Wijk.create(naam="Zandweerd").id
        idee = ideeen.create_idee(wijk_id, titel="Bloembakken langs de dijk")
        assert _ids(lists.IdeeenList(), {"wijk_id": wijk_id}, "BAKKEN") == [idee.id]
    finally:
        close_database()


@pytest.mark.sqlite_only
def test_a_big_database_gets_planner_statistics_when_closed_a_small_one_stays_as_it_was(data_dir, monkeypatch):
    """At city scale the planner needs statistics (PRAGMA optimize at close); a small file is left byte
    for byte as it was when nothing was saved."""
    import hashlib
    import sqlite3

    from wijkdesk.store import database as store_database
    from wijkdesk.store.database import close_database, open_database

    path = data_dir / "x.db"
    open_database(path)
    wijk_id = Wijk.create(naam="Zandweerd").id
    for n in range(300):
        ideeen.create_idee(wijk_id, titel=f"Idee {n}")
    close_database()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    open_database(path, backup=False)
    list(lists.IdeeenList().fetch({"wijk_id": wijk_id, "jaar": 2026}, text="Idee"))
    close_database()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before

    monkeypatch.setattr(store_database, "OPTIMIZE_FROM_BYTES", 1)
    open_database(path, backup=False)
    list(lists.IdeeenList().fetch({"wijk_id": wijk_id, "jaar": 2026}, text="Idee"))
    close_database()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 1
    conn.close()


def test_on_the_server_joined_matches_are_ids_so_the_trigram_indexes_serve_the_filter(pg_demo_url):
    """On PostgreSQL the joined columns' matches are read first (pg_trgm serves that ILIKE) and the list
    tests its foreign keys against those ids, or leaves the column out: a subquery there became a hashed
    subplan in the OR, which kept the planner from the trigram indexes of the list's own columns (a rare
    invoice number read every row of the wijk-year: 930 ms at 100,000 expenses)."""
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_demo_url)
    try:
        expense = Uitgave.select().where(Uitgave.toekenning.is_null(False) & (Uitgave.factuurnummer != "")).first()
        scope = {"wijk_id": expense.budget.wijk_id, "jaar": expense.budget.jaar}
        row_list = lists.UitgavenList()
        for word in (expense.factuurnummer, max(re.findall(r"\w{4,}", expense.toekenning.omschrijving), key=len)):
            sql, params = row_list.select(scope, text=word).sql()
            where = sql.split("WHERE", 1)[1]
            assert "IN (SELECT" not in where, where
            plan = " ".join(r[0] for r in db.execute_sql("EXPLAIN " + sql, params))
            assert "SubPlan" not in plan, plan
            assert expense.id in _ids(row_list, scope, word)
        # A grant's word finds the expenses under it through the grant's id.
        assert '"toekenning_id" IN (' in where
    finally:
        close_database()


def test_after_a_bulk_load_the_servers_trigram_indexes_have_no_pending_entries(pg_url):
    """Rows written at once go into the GIN indexes' pending lists, which every lookup reads through until
    a VACUUM merges them (a rare invoice number 105 ms instead of 4 ms after 100,000 expenses):
    settle_after_bulk_load merges them and gathers the planner's statistics."""
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_url)
    try:
        wijk = Wijk.create(naam="Zandweerd")
        with db.atomic():
            Idee.insert_many([{"uuid": f"idee-{i}", "wijk": wijk.id, "titel": f"Geveltuin {i}",
                               "aangemaakt_op": "2026-01-01 00:00:00", "gewijzigd_op": "2026-01-01 00:00:00"}
                              for i in range(3000)]).execute()
            text_index.settle_after_bulk_load(db.obj)
        names = [r[0] for r in db.execute_sql(
            "SELECT indexname FROM pg_indexes WHERE indexdef LIKE %s", ("%gin_trgm_ops%",)).fetchall()]
        assert f"{text_index.index_name('idee')}_titel" in names
        left = [db.execute_sql("SELECT gin_clean_pending_list(%s::regclass)", (f'"{n}"',)).fetchone()[0]
                for n in names]
        assert left == [0] * len(names)
        assert db.execute_sql("SELECT count(*) FROM pg_stats WHERE tablename = 'idee'").fetchone()[0] > 0
        assert _ids(lists.IdeeenList(), {"wijk_id": wijk.id}, "Geveltuin 2999") == [
            Idee.get(Idee.uuid == "idee-2999").id]
    finally:
        close_database()


def test_the_kept_sql_of_joined_matches_finds_what_peewee_builds(demo_db, monkeypatch):
    """The small id queries of joined columns are made once and kept (lists._like_ids_sql): word after
    word, each finds the rows peewee's own query finds (no word of an earlier query stays behind), and a
    word with a LIKE wildcard in it is left to peewee, which escapes it."""
    from wijkdesk.store.models import Bewonersgroep

    idee = Idee.select().where(Idee.ingediend_door_groep.is_null(False)).first()
    grant = Toekenning.select().where(Toekenning.doel.is_null(False)).first()
    cases = [(lists.IdeeenList, {"wijk_id": idee.wijk_id}, [g.naam for g in Bewonersgroep.select()]),
             (lists.UitgavenList, {"wijk_id": grant.budget.wijk_id, "jaar": grant.budget.jaar},
              [t.omschrijving for t in Toekenning.select()] + [d.titel for d in Doel.select()])]
    for row_list, scope, texts in cases:
        words = sorted({w for t in texts for w in re.findall(r"\w{4,}", t)})[:12] + ["a_b", "10%", "zzqq"]
        kept = {w: _ids(row_list(), scope, w) for w in words}
        with monkeypatch.context() as m:
            m.setattr(lists, "_like_ids_sql", lambda *_a, **_k: None)
            built = {w: _ids(row_list(), scope, w) for w in words}
        assert kept == built
        assert sum(1 for ids in kept.values() if ids) >= 3, "the words must find rows, or the test proves little"


def test_on_the_server_a_common_word_reads_the_newest_ideas_backwards_not_every_match(pg_url, monkeypatch):
    """Ideas without a year or a meeting (the usual case: typed in during the evening) belong to the year
    they were entered. PostgreSQL estimated "the joined meeting's date is empty" from the meeting table,
    so it took 1 in 100 ideas to be in the year: for a page of 60 it read every idea holding a common word
    and sorted them (a bitmap scan, 23 ms at 20,000 ideas, the window's filter 2.7x its bare query). The
    year rule now also names the idea's own empty meeting id, which the planner counts right."""
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_url)
    try:
        wijk = Wijk.create(naam="Zandweerd")
        words = ["moestuin", "bankjes", "speeltuin", "verlichting", "zebrapad"]
        with db.atomic():
            Idee.insert_many([{"uuid": f"idee-{i}", "wijk": wijk.id, "titel": f"{words[i % 5].capitalize()} {i}",
                               "aangemaakt_op": "2026-03-01 12:00:00", "gewijzigd_op": "2026-03-01 12:00:00"}
                              for i in range(5000)]).execute()
            text_index.settle_after_bulk_load(db.obj)
        asked = []
        real = type(db.obj).execute_sql

        def execute_sql(self, sql, params=None, *args, **kwargs):
            asked.append((sql, params))
            return real(self, sql, params, *args, **kwargs)

        monkeypatch.setattr(type(db.obj), "execute_sql", execute_sql)
        rows = lists.IdeeenList().fetch({"wijk_id": wijk.id, "jaar": 2026}, text="moestuin", limit=lists.PAGE_SIZE)
        monkeypatch.undo()
        assert [r.id for r in rows] == [i.id for i in Idee.select().where(Idee.titel.startswith("Moestuin"))
                                        .order_by(Idee.id.desc()).limit(lists.PAGE_SIZE)]
        sql, params = next((s, p) for s, p in asked if s.startswith('SELECT "t1"."id" FROM "idee"'))
        plan = "\n".join(r[0] for r in db.execute_sql("EXPLAIN " + sql, params))
        assert "Index Scan Backward" in plan and "Sort" not in plan, plan
    finally:
        close_database()


@pytest.mark.sqlite_only
@pytest.mark.parametrize("part", ["data", "idx", "docsize", "config"])
def test_an_index_without_one_of_its_shadow_tables_is_made_again_at_the_open(demo_db_path, part):
    """Found by attack: a file without idee_tekst_data (another program dropped it) did not open at all:
    FTS5 opens a table to drop it, and could not ('vtable constructor failed'), while `check` promised
    the index would be made again at the next open."""
    import sqlite3

    from wijkdesk.store.database import close_database, open_database

    close_database()
    conn = sqlite3.connect(demo_db_path)
    conn.execute(f'DROP TABLE "idee_tekst_{part}"')
    conn.commit()
    conn.close()
    open_database(demo_db_path)
    try:
        assert text_index.sqlite_state(db.obj, "idee") == "intact"
        idee = Idee.select().order_by(Idee.id.desc()).first()
        word = max(re.findall(r"\w{4,}", idee.titel), key=len)
        assert idee.id in _ids(lists.IdeeenList(), {"wijk_id": idee.wijk_id}, word)
        assert idee.id in text_index.lookup(db.obj, "idee", word)
    finally:
        close_database()
