"""Fast read queries for the GUI's tables: sort by any column and filter as you type, in SQL, a page at a time.

The tables in the window can hold 100,000 rows (a ledger of expenses over years). Sorting or filtering
them in Python or in a QSortFilterProxyModel costs seconds; SQLite does it in milliseconds when the
query asks only for the first screen (ORDER BY ... LIMIT). Each `RowList` here describes one table: its
columns (a key, an SQL expression, a kind), the scope that limits it (a wijk, a year, a group), which
columns free text searches, and returns rows as plain named tuples (no model objects: cheaper, and a
row can be read after the database row is gone).

No widgets here: the views layer maps column keys to translated headers and formats the values.
"""
from __future__ import annotations

import logging
import operator
import weakref
from collections import namedtuple
from dataclasses import dataclass
from functools import reduce
from typing import Any, Callable, Iterable

from peewee import JOIN, SQL, Asc, Desc, Field, Function, Select, fn

from wijkdesk.domain import workflow
from wijkdesk.services import budget, jaren, verantwoording
from wijkdesk.services.errors import ValidationError
from wijkdesk.store import server, text_index
from wijkdesk.store.models import (
    Besluit,
    Bewonersgroep,
    Bijeenkomst,
    Doel,
    Idee,
    Lidmaatschap,
    Meedoenbudget,
    Persoon,
    Toekenning,
    Uitgave,
    Voortgang,
    Wijk,
    db,
    run_prepared,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 200

TEXT, MONEY, DATE, DATETIME, INT, PERCENT, BOOL = "text", "money", "date", "datetime", "int", "percent", "bool"


@dataclass(frozen=True)
class Column:
    """One column of a list: `key` names it in code, `expr` computes it in SQL."""

    key: str
    expr: Any
    kind: str = TEXT
    search: bool = False  # free text typed in the filter box looks in this column
    joined: bool = False  # needs the joins (or is costly per row): not usable in the cheap id-query
    lazy: bool = False  # costly per row (a sum over expenses): read only for the rows on screen
    # For a joined searched column: the same test without the join, as `ids -> condition on the list's
    # own foreign keys`, where ids(field) gives the ids of the joined table's rows whose `field` holds the
    # typed word (e.g. toekenning_id IN ids(Toekenning.omschrijving)), so that a word is answered from
    # indexes instead of by joining and scanning every row. The condition must be false when every
    # ids(...) it asks is empty (each part an IN of one of them): the list then leaves it out.
    search_in: Callable[[Callable], Any] | None = None


class RowList:
    """A table the GUI shows: base query, columns, scope, sorting, filtering and paging in SQL."""

    name = ""
    default_sort = "id"
    default_descending = False

    def __init__(self) -> None:
        self.columns: tuple[Column, ...] = tuple(self._columns())
        self.by_key = {c.key: c for c in self.columns}
        self.row_type = namedtuple(f"{type(self).__name__}Row", ["id"] + [c.key for c in self.columns])
        self.lazy_keys = tuple(c.key for c in self.columns if c.lazy)
        # database -> {(what, count): made}: see `_by_ids` (store.models.run_prepared)
        self._by_id_sql: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        # database -> {page key: (sql, params)}: see `_page_ids`
        self._page_sql: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        # database -> {scope key: the scope's WHERE as SQL text, or None when it joins}: see `_scoped_ids`
        self._scope_sql: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    # --- to be given by each list ---------------------------------------------------------------

    def _columns(self) -> Iterable[Column]:
        raise NotImplementedError

    def _base(self) -> Select:
        """The SELECT with its joins, without columns chosen yet (columns are set in `select`)."""
        raise NotImplementedError

    def _scope(self, query: Select, scope: dict) -> Select:
        """Limit the query to the scope (a wijk, a year, a group...)."""
        return query

    def _scope_is_plain(self, scope: dict) -> bool:
        """Whether `_scope` makes its SQL from the scope's values alone (no rules read, no today), so the
        SQL of a page can be kept for the same scope, sort and filters (`_page_ids`)."""
        return False

    def _id_expr(self):
        raise NotImplementedError

    # --- shared ----------------------------------------------------------------------------------

    def select(self, scope: dict | None = None, *, sort: str | None = None, descending: bool | None = None,
               text: str = "", filters: dict | None = None) -> Select:
        """The query for this list in this scope, filtered and sorted (not yet limited)."""
        query = self._full(scope, with_lazy=self._needs_lazy(sort, filters))
        query = self._filter(query, text, filters)
        return query.order_by(*self.ordering(sort, descending))

    def _needs_lazy(self, sort, filters) -> bool:
        keys = {sort or self.default_sort} | {k for k, v in (filters or {}).items() if v not in (None, "")}
        return bool(keys & set(self.lazy_keys))

    def _filter(self, query: Select, text: str, filters: dict | None, words: list[str] | None = None) -> Select:
        """WHERE for the chosen values (`filters`) and for every typed word in some searched column (`words`:
        the words of `text` already read, or stand-ins for them)."""
        for key, value in (filters or {}).items():
            if value is None or value == "":
                continue
            expr = self.by_key[key].expr
            if isinstance(value, (list, tuple, set, frozenset)):
                query = query.where(expr.in_(list(value)))
            else:
                query = query.where(expr == value)
        if not any(c.search for c in self.columns):
            return query
        for word in search_words(text) if words is None else words:
            query = query.where(reduce(operator.or_, self._word_terms(word)))
        return query

    def _word_terms(self, word: str) -> list:
        """The ways `word` can match a row: one per searched column, or one index lookup for the own ones.

        The list's own text columns are looked up in the table's text index when it has one (SQLite
        FTS5, trigram: any part of three characters or more) and the word is not common; then only
        those rows are read and their text tested. A common word, or no index, tests the text of each
        row in the list's order, which finds a screenful of a common word quickly. (PostgreSQL's trigram
        indexes serve the plain ILIKE.) Joined columns test the list's foreign keys against the ids of
        the joined rows that hold the word, found first (`_matching_ids`); a joined column where no row
        holds it is left out, so that a rare word is answered from its hits alone: any OR with another
        condition made SQLite read every row of the wijk-year (150 ms at 100,000 expenses).
        """
        own = [c for c in self.columns if c.search and not c.joined]
        table = self._id_expr().model._meta.table_name  # not _base(): building its joins cost more
        names = tuple(c.expr.column_name for c in own)
        hits = None
        if own and set(names) <= set(text_index.INDEXED.get(table, ())):
            columns = None if set(names) == set(text_index.INDEXED[table]) else names
            hits = text_index.lookup(db.obj, table, word, columns)
        likes = [c.expr.contains(word) for c in own]
        if hits is None:
            terms = likes
        else:
            # The index's hits may hold only a part of the word: the same test as a scan, on those rows only.
            terms = [self._id_expr().in_(hits) & reduce(operator.or_, likes)] if hits else []
        for c in self.columns:
            if c.search and c.joined:
                term = self._joined_term(c, word)
                if term is not None:
                    terms.append(term)
        return terms or [self._id_expr().in_([])]  # no row holds the word

    @staticmethod
    def _joined_term(column: Column, word: str):
        """The condition for a joined searched column, or None when no joined row holds the word."""
        if column.search_in is None:
            return column.expr.contains(word)
        found = []

        def ids(field):
            matching = _matching_ids(field, word)
            if not isinstance(matching, list) or matching:
                found.append(field)
            return matching

        term = column.search_in(ids)
        return term if found else None

    def ordering(self, sort: str | None, descending: bool | None) -> list:
        """ORDER BY terms: the chosen column (text without regard to case), then id to keep pages stable."""
        key = sort or self.default_sort
        if descending is None:
            descending = self.default_descending if sort is None else False
        desc = descending
        if key == "id":
            expr = self._id_expr()
        else:
            column = self.by_key[key]
            expr = fn.LOWER(column.expr) if column.kind == TEXT else column.expr
        id_expr = self._id_expr()
        # SQLite puts NULL (no date paid, no group) first going up and last going down; PostgreSQL the
        # other way round. On the server a column that can be NULL says so explicitly, so a list sorts
        # the same on both; a NOT NULL column of the list's own table keeps the plain order (and its index).
        nulls = None
        if key != "id" and server.is_server(db) and _may_be_null(expr, id_expr.model):
            nulls = "last" if desc else "first"
        if desc:
            return [Desc(expr, nulls=nulls), Desc(id_expr)]
        return [Asc(expr, nulls=nulls), Asc(id_expr)]

    def fetch(self, scope: dict | None = None, *, sort: str | None = None, descending: bool | None = None,
              text: str = "", filters: dict | None = None, limit: int = PAGE_SIZE, offset: int = 0) -> list:
        """One page of rows as named tuples.

        When sorting and filtering need only the list's own table, the page is chosen by a query on
        that table alone (ids, ORDER BY, LIMIT) and only those rows are joined for display: the joins
        then cost per shown row, not per row in the table.
        """
        if self._cheap(sort, text, filters):
            return self._rows_by_id(self._page_ids(scope or {}, sort, descending, text, filters, limit, offset))
        query = self.select(scope, sort=sort, descending=descending, text=text, filters=filters)
        query = query.limit(limit).offset(offset)
        make = self.row_type._make
        return [make(t) for t in query.tuples().iterator()]

    def _page_ids(self, scope: dict, sort, descending, text: str, filters, limit: int, offset: int) -> list[int]:
        """The ids of one page, chosen on the list's own table (ids, ORDER BY, LIMIT).

        Without typed words (whose index hits are data) and with a plain scope, its SQL is kept per scope,
        sort, filters and page: the Budget tab asks the same two pages on every opening, and peewee built
        each anew, 0.9 ms a page, more than the server took to answer it."""
        words = search_words(text)

        def make(these: list[str] = words):
            return self._filter(self._scoped_ids(scope), text, filters, words=these).order_by(
                *self.ordering(sort, descending)).limit(limit).offset(offset).sql()

        if self._scope_is_plain(scope) and (not words or self._words_are_parameters(words)):
            # Typed words are kept too where they only reach the SQL as LIKE parameters: the text is made
            # with stand-ins, which the words replace (peewee's build was 1 ms of a group list's 2 ms filter).
            marks = [_WORD_MARK.format(n) for n in range(len(words))]
            key = (_scope_key(scope), sort, descending, repr(sorted((filters or {}).items())), limit, offset, len(words))
            sql, params = _kept(self._page_sql, key, lambda: make(marks))
            params = [_with_words(p, marks, words) for p in params] if words else params
        else:
            sql, params = make()
        return [i for (i,) in db.execute_sql(sql, params).fetchall()]

    def _words_are_parameters(self, words: list[str]) -> bool:
        """Whether typed words reach this list's SQL only as parameters (`_word_terms`: no text index to
        look them up in, no joined column whose matching rows are found first), so its text can be kept."""
        own = tuple(c.expr.column_name for c in self.columns if c.search and not c.joined)
        indexed = text_index.INDEXED.get(self._id_expr().model._meta.table_name, ())
        return (not (own and set(own) <= set(indexed))
                and all(c.search_in is None for c in self.columns if c.search and c.joined)
                and not any(set(word) & _NOT_A_PARAMETER for word in words))

    def _scoped_ids(self, scope: dict) -> Select:
        """The list's own table limited to the scope, selecting ids. A plain scope's WHERE is made into
        SQL text once per scope and database and kept: a typed word's page is built anew each time (its
        index hits are data), and the goals' year rule alone took peewee 1.5 ms of it, more than the
        server took to answer. A scope that joins another table is built each time."""
        bare = self._bare().select(self._id_expr())
        if not self._scope_is_plain(scope):
            return self._scope(bare, scope)

        def make():
            query = self._scope(bare, scope)
            if query._joins or query._where is None:
                return None
            return _where_as_text(query, self._id_expr().model)

        where = _kept(self._scope_sql, _scope_key(scope), make)
        return self._scope(bare, scope) if where is None else bare.where(where)

    def _rows_by_id(self, ids: list[int]) -> list:
        """The rows with these ids (chosen by the scope, filter and sort), in this order, with their
        columns to show (lazy ones NULL)."""
        if not ids:
            return []
        make = self.row_type._make
        found = {t[0]: make(t) for t in self._by_ids("rows", ids)}
        return [found[i] for i in ids if i in found]  # a row deleted in between is left out

    def _by_ids(self, what: str, ids: list[int]):
        """The tuples of `what` ('rows': every column, lazy ones NULL; 'lazy': the lazy columns) for these ids.

        Its SQL differs only in how many ids it names, so it is made once per count and database and
        kept: building a query of a dozen joined columns in peewee cost more than running it (1-2 ms
        on every sort and typed filter; 3.6 ms for the money of a screen of goals)."""
        return run_prepared((what, len(ids)), lambda *marks: self._by_ids_query(what, marks), *ids,
                            kept=self._by_id_sql.setdefault(db.obj, {}))

    def _by_ids_query(self, what: str, ids):
        if what == "rows":
            exprs = [(SQL("NULL") if c.lazy else c.expr).alias(c.key) for c in self.columns]
        else:
            exprs = [self.by_key[k].expr.alias(k) for k in self.lazy_keys]
        return self._base().select(self._id_expr(), *exprs).where(self._id_expr().in_(list(ids))).tuples()

    def _cheap(self, sort, text, filters) -> bool:
        keys = [sort or self.default_sort] + [k for k, v in (filters or {}).items() if v not in (None, "")]
        if any(k != "id" and self.by_key[k].joined for k in keys):
            return False
        return not (text.split() and any(c.joined and not c.search_in for c in self.columns if c.search))

    def _bare(self) -> Select:
        """The list's own table without joins (for choosing the ids of a page)."""
        return self._id_expr().model.select()

    def _full(self, scope, with_lazy: bool = False) -> Select:
        """All columns; a lazy column is NULL unless asked for (see `lazy_values`)."""
        exprs = [(c.expr if with_lazy or not c.lazy else SQL("NULL")).alias(c.key) for c in self.columns]
        return self._scope(self._base().select(self._id_expr(), *exprs), scope or {})

    def lazy_values(self, ids) -> dict[int, dict]:
        """The lazy columns of these rows: {id: {key: value}}; cheap for a screenful of ids."""
        ids = list(ids)
        if not ids or not self.lazy_keys:
            return {}
        return {t[0]: dict(zip(self.lazy_keys, t[1:])) for t in self._by_ids("lazy", ids)}

    def fetch_one(self, row_id: int, scope: dict | None = None):
        """The row with this id (ignoring filters, within the scope), or None when it is gone."""
        query = self._full(scope, with_lazy=True).where(self._id_expr() == row_id)
        found = list(query.tuples())
        return self.row_type._make(found[0]) if found else None

    def count(self, scope: dict | None = None, *, text: str = "", filters: dict | None = None) -> int:
        """How many rows match (a full count: use for small lists or off the main thread).

        Counted on the list's own table when the filters allow (as `fetch` chooses its page): the joins
        only add columns to show, and a count over them read every row of a big list."""
        if self._cheap(None, text, filters):
            query = self._scope(self._bare().select(self._id_expr()), scope or {})
            return self._filter(query, text, filters).count()
        return self.select(scope, text=text, filters=filters).order_by().count()


# A search's words are joined by AND, each an OR over the searched columns: SQLite's parser overflowed at
# 100 words (1,000 took peewee past Python's recursion limit) and a LIKE pattern of 100,000 characters
# was "too complex". The search boxes take this many characters; no user types more.
MAX_SEARCH_CHARS = 100


def search_words(text: str) -> list[str]:
    """The distinct words of a search (the same word twice narrows nothing more), refused in Dutch when the
    search is longer than a search box takes."""
    words = list(dict.fromkeys(text.split()))
    if len(" ".join(words)) > MAX_SEARCH_CHARS:
        raise ValidationError("zoeken", f"Een zoekopdracht is hoogstens {MAX_SEARCH_CHARS} tekens lang. Zoek op "
                                        "minder of kortere woorden.")
    return words


_WORD_MARK = "\x00{0}\x00"  # a typed word's stand-in in kept SQL text: no key types it
# A word with LIKE's wildcards or escape is written into the SQL with an ESCAPE clause (peewee's
# `contains`): built anew, as is one holding the stand-in's own character.
_NOT_A_PARAMETER = {"%", "_", "\\", _WORD_MARK[0]}


def _with_words(param, marks: list[str], words: list[str]):
    if not isinstance(param, str) or _WORD_MARK[0] not in param:
        return param
    for mark, word in zip(marks, words):
        param = param.replace(mark, word)
    return param


def _scope_key(scope: dict) -> str:
    return repr(sorted(scope.items()))


def _kept(store: weakref.WeakKeyDictionary, key, make):
    """`make()` once per key for the current database, kept in `store` (the keys seen lately: past 64,
    all go and are made again when asked)."""
    kept = store.setdefault(db.obj, {})
    if key not in kept:
        if len(kept) >= 64:
            kept.clear()
        kept[key] = make()
    return kept[key]


def _where_as_text(query: Select, model) -> SQL:
    """The WHERE of `query` as SQL text and parameters, as peewee writes it inside that query: the list's
    own table named first (t1, as in the query's FROM, which correlated subqueries refer to) and in the
    state a SELECT gives its clauses (subqueries in parentheses). Checked against the whole query in
    tests/services/test_prepared_sql.py."""
    context = db.obj.get_sql_context()
    context.alias_manager.add(model._meta.table)  # the key its columns and FROM are named by
    with context.scope_normal(converter=None, in_expr=False, in_function=False, in_projection=False,
                              bare_subquery=False, subquery=True):
        context.sql(query._where)
    return SQL(*context.query())


def _matching_ids(field: Field, word: str):
    """The ids of the rows of `field`'s table whose `field` holds `word` (as LIKE finds it): a list, or a
    subquery when more than HIT_LIMIT rows do (a common word, tested with the rows of the list)."""
    model = field.model
    table = model._meta.table_name
    like = field.contains(word)
    if field.column_name in text_index.INDEXED.get(table, ()) and not server.is_server(db.obj):
        hits = text_index.lookup(db.obj, table, word, (field.column_name,))
        if hits is None:
            return model.select(model.id).where(like)
        if not hits:
            return []
        made = _like_ids_sql(field, word, len(hits))
        if made is None:
            return [i for (i,) in model.select(model.id).where(model.id.in_(hits) & like).tuples()]
        sql, params = made
        return [i for (i,) in db.execute_sql(sql, hits + params).fetchall()]
    # A table without a text index is small (groups, persons): read its matches at once. So on the server,
    # where pg_trgm serves this ILIKE: left as a subquery, the list's OR with it became a hashed subplan
    # that keeps PostgreSQL from combining the trigram indexes of the list's own columns, and it tested
    # every row of the wijk-year (a rare invoice number 930 ms at 100,000 expenses, 10 ms from the index).
    made = _like_ids_sql(field, word)
    if made is None:
        found = [i for (i,) in model.select(model.id).where(like).limit(text_index.HIT_LIMIT + 1).tuples()]
    else:
        sql, params = made
        found = [i for (i,) in db.execute_sql(sql, params).fetchall()]
    return found if len(found) <= text_index.HIT_LIMIT else model.select(model.id).where(like)


# database -> {(field, number of ids or None): (sql, index of the LIKE pattern in its parameters)}
_LIKE_IDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_STAND_IN = "wijkdesk0woord"  # a word without LIKE wildcards or escapes, found again in the parameters


def _like_ids_sql(field: Field, word: str, n_ids: int | None = None):
    """SQL and parameters for the ids of `field`'s table whose `field` holds `word`: among `n_ids` ids
    (given first, before these parameters), or the first HIT_LIMIT + 1 of them when n_ids is None.

    The same query as peewee builds it (the same LIKE/ILIKE), made once per field, count and database:
    on every typed word peewee built two or three of these small queries, which cost more than running
    them (a rare invoice number: about 0.3 ms of Python per word). None for a word with a LIKE wildcard
    or escape in it: peewee then escapes it and the caller asks peewee."""
    if any(c in word for c in "%_\\"):
        return None
    cache = _LIKE_IDS.setdefault(db.obj, {})
    key = (field.model._meta.table_name, field.column_name, n_ids)
    made = cache.get(key)
    if made is None:
        model = field.model
        query = model.select(model.id)
        if n_ids is None:
            query = query.where(field.contains(_STAND_IN)).limit(text_index.HIT_LIMIT + 1)
        else:
            marks = [-1 - n for n in range(n_ids)]
            query = query.where(model.id.in_(marks) & field.contains(_STAND_IN))
        sql, params = query.sql()
        params = list(params)
        pattern = f"%{_STAND_IN}%"
        if params.count(pattern) != 1 or (n_ids is not None and params[:n_ids] != marks):
            raise RuntimeError(f"{key}: onverwachte parameters {params}")  # peewee wrote it otherwise
        rest = params[n_ids or 0:]
        made = cache[key] = (sql, rest.index(pattern), rest)
    sql, at, rest = made
    params = list(rest)
    params[at] = f"%{word}%"
    return sql, params


def _sum_or_zero(expr):
    return fn.COALESCE(fn.SUM(expr), 0)


# --- Bewonersgroepen -----------------------------------------------------------------------------


class GroepenList(RowList):
    """Groups of a wijk; scope: wijk_id, archief (True: also archived ones)."""

    name = "groepen"
    default_sort = "naam"

    def _columns(self):
        leden = (Lidmaatschap.select(fn.COUNT(Lidmaatschap.id))
                 .where(Lidmaatschap.groep == Bewonersgroep.id))
        return [
            Column("naam", Bewonersgroep.naam, TEXT, search=True),
            Column("soort", Bewonersgroep.soort, TEXT, search=True),
            Column("thema", Bewonersgroep.thema, TEXT, search=True),
            Column("actief", Bewonersgroep.actief, BOOL),
            Column("aantal_leden", leden, INT, joined=True),
            Column("gearchiveerd", Bewonersgroep.gearchiveerd, BOOL),
            Column("notities", Bewonersgroep.notities, TEXT, search=True),
        ]

    def _base(self):
        return Bewonersgroep.select()

    def _id_expr(self):
        return Bewonersgroep.id

    def _scope(self, query, scope):
        if "wijk_id" in scope:
            query = query.where(Bewonersgroep.wijk == scope["wijk_id"])
        if not scope.get("archief"):
            query = query.where(Bewonersgroep.gearchiveerd == False)  # noqa: E712 (SQL, not Python)
        return query

    def _scope_is_plain(self, scope):
        return True  # the wijk and the archive choice


class LedenList(RowList):
    """Members of a group with their roles; scope: groep_id."""

    name = "leden"
    default_sort = "naam"

    def _columns(self):
        return [
            Column("naam", Persoon.naam, TEXT, search=True, joined=True),
            Column("rol", Lidmaatschap.rol, TEXT, search=True),
            Column("email", Persoon.email, TEXT, search=True, joined=True),
            Column("telefoon", Persoon.telefoon, TEXT, search=True, joined=True),
            Column("persoon_id", Persoon.id, INT, joined=True),
        ]

    def _base(self):
        return Lidmaatschap.select().join(Persoon, on=(Lidmaatschap.persoon == Persoon.id))

    def _id_expr(self):
        return Lidmaatschap.id

    def _scope(self, query, scope):
        return query.where(Lidmaatschap.groep == scope.get("groep_id"))

    def _scope_is_plain(self, scope):
        return True  # the group


# --- Ideeën ---------------------------------------------------------------------------------------


class IdeeenList(RowList):
    """Ideas of a wijk; scope: wijk_id."""

    name = "ideeen"
    default_sort = "id"
    default_descending = True  # newest first: the one just captured is on top

    def _columns(self):
        groep = Bewonersgroep.alias("ig")
        persoon = Persoon.alias("ip")
        bijeenkomst = Bijeenkomst.alias("ib")
        self._aliases = (groep, persoon, bijeenkomst)
        return [
            Column("titel", Idee.titel, TEXT, search=True),
            Column("status", Idee.status, TEXT),
            Column("thema", Idee.thema, TEXT, search=True),
            Column("geschatte_kosten_cents", Idee.geschatte_kosten_cents, MONEY),
            Column("ingediend_door", fn.COALESCE(groep.naam, persoon.naam, ""), TEXT, search=True, joined=True,
                   search_in=lambda ids: (
                       Idee.ingediend_door_groep.in_(ids(Bewonersgroep.naam))
                       | (Idee.ingediend_door_groep.is_null() & Idee.ingediend_door_persoon.in_(ids(Persoon.naam))))),
            Column("bijeenkomst_datum", bijeenkomst.datum, DATE, joined=True),
            Column("aangemaakt_op", Idee.aangemaakt_op, DATETIME),
            Column("status_reden", Idee.status_reden, TEXT),
            Column("omschrijving", Idee.omschrijving, TEXT, search=True),
        ]

    def _base(self):
        groep, persoon, bijeenkomst = self._aliases
        return (Idee.select()
                .join_from(Idee, groep, JOIN.LEFT_OUTER, on=(Idee.ingediend_door_groep == groep.id))
                .join_from(Idee, persoon, JOIN.LEFT_OUTER, on=(Idee.ingediend_door_persoon == persoon.id))
                .join_from(Idee, bijeenkomst, JOIN.LEFT_OUTER, on=(Idee.bijeenkomst == bijeenkomst.id)))

    def _id_expr(self):
        return Idee.id

    def _scope(self, query, scope):
        if "wijk_id" in scope:
            query = query.where(Idee.wijk == scope["wijk_id"])
        if scope.get("jaar") is not None:
            # The year as services.jaren decides it; the meeting's date comes from the list's own join.
            query = query.where(jaren.idee_in_jaar(scope["jaar"], self._aliases[2].datum))
        return query

    def _bare(self):
        # The cheap id-query needs the meeting's date for the year rule: join the meeting (one row at most).
        bijeenkomst = self._aliases[2]
        return Idee.select().join_from(Idee, bijeenkomst, JOIN.LEFT_OUTER, on=(Idee.bijeenkomst == bijeenkomst.id))


# --- Bijeenkomsten ------------------------------------------------------------------------------


class BijeenkomstenList(RowList):
    """Meetings of a wijk, newest first, with how many ideas and decisions each has; scope: wijk_id."""

    name = "bijeenkomsten"
    default_sort = "datum"
    default_descending = True

    def _columns(self):
        ideas = Idee.select(fn.COUNT(Idee.id)).where(Idee.bijeenkomst == Bijeenkomst.id)
        decisions = Besluit.select(fn.COUNT(Besluit.id)).where(Besluit.bijeenkomst == Bijeenkomst.id)
        return [
            Column("datum", Bijeenkomst.datum, DATE),
            Column("tijd", Bijeenkomst.tijd, TEXT),
            Column("titel", Bijeenkomst.titel, TEXT, search=True),
            Column("soort", Bijeenkomst.soort, TEXT, search=True),
            Column("plaats", Bijeenkomst.plaats, TEXT, search=True),
            Column("aantal_aanwezig", Bijeenkomst.aantal_aanwezig, INT),
            Column("aantal_ideeen", ideas, INT, joined=True),
            Column("aantal_besluiten", decisions, INT, joined=True),
            Column("nu_bezig", Bijeenkomst.nu_bezig, BOOL),
            Column("notities", Bijeenkomst.notities, TEXT, search=True),
        ]

    def _base(self):
        return Bijeenkomst.select()

    def _id_expr(self):
        return Bijeenkomst.id

    def _scope(self, query, scope):
        return query.where(Bijeenkomst.wijk == scope.get("wijk_id"))

    def _scope_is_plain(self, scope):
        return True  # the wijk


def idee_themas(wijk_id: int) -> list[str]:
    """The themes used in a wijk's ideas, in order, for the theme filter (read at every opening of the tab).

    By jumps through the index (wijk_id, thema): each step asks for the smallest theme after the last
    one, so a wijk with 20,000 ideas in five themes costs six index lookups; a DISTINCT read every idea
    of the wijk. (A recursive query both backends know; the comparison is the one ORDER BY uses.)
    """
    p = db.param
    sql = (f'WITH RECURSIVE t(thema) AS (SELECT min("thema") FROM "idee" WHERE "wijk_id" = {p} AND "thema" > {p} '
           f'UNION ALL SELECT (SELECT min(i."thema") FROM "idee" i WHERE i."wijk_id" = {p} AND i."thema" > t.thema) '
           'FROM t WHERE t.thema IS NOT NULL) SELECT thema FROM t WHERE thema IS NOT NULL')
    return [t for (t,) in db.execute_sql(sql, (wijk_id, "", wijk_id)).fetchall()]


# --- Doelen ---------------------------------------------------------------------------------------

class DoelenList(RowList):
    """Goals of a wijk with the money granted and spent for each; scope: wijk_id."""

    name = "doelen"
    default_sort = "deadline"

    def _columns(self):
        groep = Bewonersgroep.alias("dg")
        self._groep = groep
        # The goal's money by the one definition in services.budget (two indexed sums, no OR scan).
        toegekend = budget.doel_toegekend_sql(Doel.id)
        uitgegeven = budget.doel_uitgegeven_sql(Doel.id)
        return [
            Column("titel", Doel.titel, TEXT, search=True),
            Column("status", Doel.status, TEXT),
            Column("deadline", Doel.deadline, DATE),
            Column("voortgang", Doel.voortgang, PERCENT),
            Column("verantwoordelijke", Doel.verantwoordelijke, TEXT, search=True),
            Column("eigenaar", fn.COALESCE(groep.naam, ""), TEXT, search=True, joined=True,
                   search_in=lambda ids: Doel.eigenaar_groep.in_(ids(Bewonersgroep.naam))),
            Column("begroot_cents", Doel.begroot_cents, MONEY),
            Column("toegekend_cents", toegekend, MONEY, joined=True, lazy=True),
            Column("uitgegeven_cents", uitgegeven, MONEY, joined=True, lazy=True),
            Column("indicator", Doel.indicator, TEXT, search=True),
            Column("streefwaarde", Doel.streefwaarde, TEXT),
            Column("bereikt_waarde", Doel.bereikt_waarde, TEXT),
            Column("omschrijving", Doel.omschrijving, TEXT, search=True),
        ]

    def _base(self):
        return Doel.select().join_from(Doel, self._groep, JOIN.LEFT_OUTER,
                                       on=(Doel.eigenaar_groep == self._groep.id))

    def _id_expr(self):
        return Doel.id

    def _scope_is_plain(self, scope):
        return True  # the wijk, and the year's rule made from the year alone (services.jaren)

    def _scope(self, query, scope):
        if "wijk_id" in scope:
            query = query.where(Doel.wijk == scope["wijk_id"])
        if scope.get("jaar") is not None:
            query = query.where(jaren.doel_in_jaar(scope["jaar"]))
        return query


class VoortgangList(RowList):
    """The dated progress entries of a goal, newest first; scope: doel_id."""

    name = "voortgang"
    default_sort = "datum"
    default_descending = True

    def _columns(self):
        return [
            Column("datum", Voortgang.datum, DATE),
            Column("percentage", Voortgang.percentage, PERCENT),
            Column("toelichting", Voortgang.toelichting, TEXT, search=True),
        ]

    def _base(self):
        return Voortgang.select()

    def _id_expr(self):
        return Voortgang.id

    def _scope(self, query, scope):
        return query.where(Voortgang.doel == scope.get("doel_id"))


# --- Budget ---------------------------------------------------------------------------------------


class ToekenningenList(RowList):
    """Grants from the budget of one wijk and year; scope: wijk_id, jaar."""

    name = "toekenningen"
    default_sort = "besluitdatum"
    default_descending = True

    def _columns(self):
        doel = Doel.alias("td")
        groep = Bewonersgroep.alias("tg")
        self._aliases = (doel, groep)
        uitgegeven = (Uitgave.select(_sum_or_zero(Uitgave.bedrag_cents))
                      .where((Uitgave.toekenning == Toekenning.id)
                             & Uitgave.status.in_(sorted(workflow.UITGAVE_TELT_MEE))))
        return [
            Column("omschrijving", Toekenning.omschrijving, TEXT, search=True),
            Column("ontvanger", fn.COALESCE(doel.titel, groep.naam, ""), TEXT, search=True, joined=True,
                   search_in=lambda ids: (
                       Toekenning.doel.in_(ids(Doel.titel))
                       | (Toekenning.doel.is_null() & Toekenning.groep.in_(ids(Bewonersgroep.naam))))),
            Column("activiteit_soort", Toekenning.activiteit_soort, TEXT, search=True),
            Column("bedrag_cents", Toekenning.bedrag_cents, MONEY),
            Column("uitgegeven_cents", uitgegeven, MONEY, joined=True, lazy=True),
            Column("zaaknummer", Toekenning.zaaknummer, TEXT, search=True),
            Column("besluitdatum", Toekenning.besluitdatum, DATE),
            Column("status", Toekenning.status, TEXT),
            Column("override_reden", Toekenning.override_reden, TEXT),
            # The due date is the activity's end plus the scope's term (services.verantwoording.deadline); within
            # one wijk and year that term is the same for every grant, so sorting by the end date sorts by it.
            Column("activiteit_einddatum", Toekenning.activiteit_einddatum, DATE),
        ]

    def _base(self):
        doel, groep = self._aliases
        return (Toekenning.select()
                .join_from(Toekenning, doel, JOIN.LEFT_OUTER, on=(Toekenning.doel == doel.id))
                .join_from(Toekenning, groep, JOIN.LEFT_OUTER, on=(Toekenning.groep == groep.id)))

    def _id_expr(self):
        return Toekenning.id

    def _scope(self, query, scope):
        query = query.where(Toekenning.budget == _budget_id(scope))
        if scope.get("te_laat"):  # only the grants whose verantwoording is late
            query = query.where(verantwoording.te_laat_condition(scope.get("wijk_id"), scope.get("jaar")))
        return query

    def _scope_is_plain(self, scope):
        return not scope.get("te_laat")  # "late" depends on today and the rules


def _budget_id(scope: dict):
    """The budget of the scope's wijk and year, as a scalar subquery (a wijk has one budget a year).

    `budget_id = (SELECT ...)`, not `IN (SELECT ...)`: with one value the planner reads the ledger
    from the (budget_id, datum) index in its order and stops after a page; with IN it walked the
    date index of every wijk and year (35 ms against 0.05 ms at a million expenses)."""
    return (Meedoenbudget.select(Meedoenbudget.id)
            .where((Meedoenbudget.wijk == scope.get("wijk_id")) & (Meedoenbudget.jaar == scope.get("jaar"))))


class UitgavenList(RowList):
    """The ledger of expenses of one wijk and year; scope: wijk_id, jaar."""

    name = "uitgaven"
    default_sort = "datum"
    default_descending = True

    def _columns(self):
        doel = Doel.alias("ud")
        toekenning = Toekenning.alias("ut")
        self._aliases = (doel, toekenning)
        return [
            Column("datum", Uitgave.datum, DATE),
            Column("omschrijving", Uitgave.omschrijving, TEXT, search=True),
            Column("leverancier", Uitgave.leverancier, TEXT, search=True),
            Column("factuurnummer", Uitgave.factuurnummer, TEXT, search=True),
            Column("bedrag_cents", Uitgave.bedrag_cents, MONEY),
            Column("status", Uitgave.status, TEXT),
            Column("betaald_op", Uitgave.betaald_op, DATE),
            Column("toekenning", fn.COALESCE(toekenning.omschrijving, ""), TEXT, search=True, joined=True,
                   search_in=lambda ids: Uitgave.toekenning.in_(ids(Toekenning.omschrijving))),
            Column("doel", fn.COALESCE(doel.titel, ""), TEXT, search=True, joined=True,
                   search_in=lambda ids: Uitgave.doel.in_(ids(Doel.titel))),
            Column("bonnetje", Uitgave.bonnetje, TEXT),
            Column("override_reden", Uitgave.override_reden, TEXT),
        ]

    def _base(self):
        doel, toekenning = self._aliases
        return (Uitgave.select()
                .join_from(Uitgave, toekenning, JOIN.LEFT_OUTER, on=(Uitgave.toekenning == toekenning.id))
                .join_from(Uitgave, doel, JOIN.LEFT_OUTER, on=(Uitgave.doel == doel.id)))

    def _id_expr(self):
        return Uitgave.id

    def _scope(self, query, scope):
        return query.where(Uitgave.budget == _budget_id(scope))

    def _scope_is_plain(self, scope):
        return True


# --- Choices for selectors and combo boxes -------------------------------------------------------


def wijken(include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, naam) of the wijken, by name."""
    query = Wijk.select(Wijk.id, Wijk.naam).order_by(Wijk.naam)
    if not include_archived:
        query = query.where(Wijk.gearchiveerd == False)  # noqa: E712
    return list(query.tuples())




def groep_keuzes(wijk_id: int | None) -> list[tuple[int, str]]:
    """(id, naam) of the active, not archived groups of a wijk."""
    if wijk_id is None:
        return []
    query = (Bewonersgroep.select(Bewonersgroep.id, Bewonersgroep.naam)
             .where((Bewonersgroep.wijk == wijk_id) & (Bewonersgroep.gearchiveerd == False))  # noqa: E712
             .order_by(Bewonersgroep.naam))
    return list(query.tuples())


def doel_keuzes(wijk_id: int | None) -> list[tuple[int, str]]:
    """(id, titel) of the goals of a wijk."""
    if wijk_id is None:
        return []
    query = Doel.select(Doel.id, Doel.titel).where(Doel.wijk == wijk_id).order_by(Doel.titel)
    return list(query.tuples())


def toekenning_keuzes(wijk_id: int | None, jaar: int | None) -> list[tuple[int, str]]:
    """(id, omschrijving) of the grants of a wijk and year."""
    if wijk_id is None or jaar is None:
        return []
    query = (Toekenning.select(Toekenning.id, Toekenning.omschrijving, Toekenning.zaaknummer)
             .join(Meedoenbudget)
             .where((Meedoenbudget.wijk == wijk_id) & (Meedoenbudget.jaar == jaar))
             .order_by(Toekenning.omschrijving))
    return [(i, f"{o} ({z})" if z else o) for i, o, z in query.tuples()]


def persoon_keuzes(groep_id: int | None = None) -> list[tuple[int, str]]:
    """(id, naam) of persons, those of one group when given."""
    query = Persoon.select(Persoon.id, Persoon.naam).order_by(Persoon.naam)
    if groep_id is not None:
        query = query.join(Lidmaatschap).where(Lidmaatschap.groep == groep_id)
    return list(query.tuples())


def bijeenkomst_keuzes(wijk_id: int | None) -> list[tuple[int, str]]:
    """(id, label) of a wijk's meetings, newest first."""
    if wijk_id is None:
        return []
    query = (Bijeenkomst.select(Bijeenkomst.id, Bijeenkomst.titel, Bijeenkomst.datum)
             .where(Bijeenkomst.wijk == wijk_id).order_by(Bijeenkomst.datum.desc()))
    return [(i, f"{t} {d.strftime('%d-%m-%Y') if d else ''}".strip()) for i, t, d in query.tuples()]


def gekoppelde_ideeen(doel_id: int) -> list[tuple[int, str, str]]:
    """(id, titel, status) of the ideas a goal was made from."""
    from wijkdesk.store.models import DoelIdee

    # Asked at every goal the Doelen pane shows (each click, each typed filter that changes the row):
    # its SQL is made once (peewee took 0.26 ms to build and run it at city scale, the query itself 0.01).
    return list(run_prepared("gekoppelde_ideeen", lambda doel: (
        Idee.select(Idee.id, Idee.titel, Idee.status).join(DoelIdee)
        .where(DoelIdee.doel == doel).order_by(Idee.titel).tuples()), doel_id))


LISTS = {cls.name: cls for cls in (GroepenList, LedenList, IdeeenList, DoelenList, VoortgangList,
                                    ToekenningenList, UitgavenList, BijeenkomstenList)}


def _may_be_null(expr, own_model) -> bool:
    """False only for a NOT NULL field of the list's own table (or LOWER of one); a joined column can be
    NULL through its outer join, anything else is taken to be nullable."""
    if isinstance(expr, Function) and len(expr.arguments) == 1:
        expr = expr.arguments[0]
    return not (isinstance(expr, Field) and expr.model is own_model and not expr.null)
