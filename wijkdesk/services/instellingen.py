"""Settings that belong to the data, kept in the database with declared defaults.

The spending rules (domain.budget_rules: forbidden words, caps per kind of activity, days ahead, the
verantwoording term) differ per wijk and per year, and a second laptop must see the same ones, so they
live in the `instelling` table, not in per-user QSettings (which keep interface preferences only).
A value may be set for all wijken, for one wijk, or for one wijk in one year; the most specific one
applies, then the more general ones, then the declared default. Every change is a normal change of the
data: one transaction, audited, undoable.
"""
from __future__ import annotations

import json
import operator
from dataclasses import dataclass
from functools import reduce
from typing import Any, Callable

from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.services import changes, common
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Instelling, Wijk, run_prepared


@dataclass(frozen=True)
class Declared:
    """One setting: its key, what it is (Dutch), its default, and how its stored JSON becomes a value."""

    sleutel: str
    omschrijving: str
    default: Callable[[], Any]
    from_json: Callable[[Any], Any]
    to_json: Callable[[Any], Any]


BUDGETREGELS = Declared("budgetregels", "Regels voor het besteden van het Meedoenbudget", BudgetRules,
                        BudgetRules.from_dict, lambda rules: rules.to_dict())
DECLARED = {d.sleutel: d for d in (BUDGETREGELS,)}


def _scopes(wijk_id, jaar) -> list[tuple[int | None, int | None]]:
    """Most specific first: this wijk in this year, this wijk, every wijk."""
    found = []
    if wijk_id is not None and jaar is not None:
        found.append((int(wijk_id), int(jaar)))
    if wijk_id is not None:
        found.append((int(wijk_id), None))
    found.append((None, None))
    return found


def _row(sleutel: str, wijk_id, jaar) -> Instelling | None:
    query = Instelling.select().where(Instelling.sleutel == sleutel)
    query = query.where(Instelling.wijk.is_null() if wijk_id is None else Instelling.wijk == wijk_id)
    query = query.where(Instelling.jaar.is_null() if jaar is None else Instelling.jaar == jaar)
    return query.first()


def _in_force(sleutel: str, wijk_id, jaar) -> list[tuple[str, Instelling]]:
    """The stored rows of `sleutel` that apply here, most specific first, each with where it is set
    ('jaar', 'wijk', 'algemeen'): one query for every scope. The Budget tab asks on each opening, and on a
    server a query per scope cost a round trip each (three when nothing is set, the usual case)."""
    scopes = _scopes(wijk_id, jaar)
    names = ["jaar", "wijk", "algemeen"][-len(scopes):]
    values = [sleutel] + [v for scope in scopes for v in scope if v is not None]
    # Its SQL text made once per number of scopes (store.models.run_prepared), not on every opening.
    rows = run_prepared(f"instellingen._in_force:{len(scopes)}", lambda *marks: _in_force_query(scopes, marks),
                        *values)
    found = {(row.wijk_id, row.jaar): row for row in rows}
    return [(name, found[scope]) for name, scope in zip(names, scopes) if scope in found]


def _in_force_query(scopes, marks):
    """The rows of a setting (marks[0]) in these scopes; the scopes' ids and years are the next marks."""
    given = iter(marks[1:])
    applies = reduce(operator.or_, [(Instelling.wijk.is_null() if w is None else Instelling.wijk == next(given))
                                    & (Instelling.jaar.is_null() if j is None else Instelling.jaar == next(given))
                                    for w, j in scopes])
    return Instelling.select().where((Instelling.sleutel == marks[0]) & applies)


def value(sleutel: str, wijk_id=None, jaar=None):
    """The setting in force for this wijk and year (or in general), else its declared default."""
    declared = DECLARED[sleutel]
    for _where, row in _in_force(sleutel, wijk_id, jaar):
        try:
            return declared.from_json(json.loads(row.waarde))
        except (TypeError, ValueError):
            continue  # unreadable: a more general one (or the default) applies
    return declared.default()


def where_set(sleutel: str, wijk_id=None, jaar=None) -> str:
    """'jaar', 'wijk', 'algemeen' or 'standaard': where the value in force comes from (for the dialog)."""
    found = _in_force(sleutel, wijk_id, jaar)
    return found[0][0] if found else "standaard"


def set_value(sleutel: str, new_value, wijk_id=None, jaar=None) -> Instelling:
    """Store a setting for every wijk (no wijk), one wijk, or one wijk in one year; audited, undoable."""
    declared = DECLARED.get(sleutel)
    if declared is None:
        raise ValidationError("sleutel", f"De instelling '{sleutel}' bestaat niet.")
    if jaar is not None and wijk_id is None:
        raise ValidationError("jaar", "Een instelling voor één jaar hoort bij een wijk: kies eerst de wijk.")
    if wijk_id is not None:
        common.get(Wijk, wijk_id, "wijk")
    jaar = common.integer("jaar", jaar, label="Jaar", minimum=2000, maximum=2100)
    text = json.dumps(declared.to_json(new_value), ensure_ascii=False, sort_keys=True)
    with changes.change():
        existing = _row(sleutel, wijk_id, jaar)
        if existing is None:
            return common.create_row(Instelling, {"sleutel": sleutel, "wijk": wijk_id, "jaar": jaar, "waarde": text})
        return common.update_row(Instelling, existing, "instelling", {"waarde": text}, lambda v, _c: v)


def clear_value(sleutel: str, wijk_id=None, jaar=None) -> None:
    """Remove the setting at exactly this level: the more general one (or the default) applies again."""
    with changes.change():
        existing = _row(sleutel, wijk_id, jaar)
        if existing is not None:
            common.delete_row(existing, "Deze instelling")


def budget_rules(wijk_id=None, jaar=None, cache: dict | None = None) -> BudgetRules:
    """Deventer's spending rules in force for this wijk and year. `cache` (a dict the caller keeps for one
    piece of work, such as reading a list) holds them per wijk and year: a screen that asks three times
    (the deadline column, the late grants, the decision terms) reads them once."""
    if cache is not None and (wijk_id, jaar) in cache:
        return cache[(wijk_id, jaar)]
    rules = value("budgetregels", wijk_id, jaar)
    if cache is not None:
        cache[(wijk_id, jaar)] = rules
    return rules


def set_budget_rules(rules: BudgetRules, wijk_id=None, jaar=None) -> Instelling:
    return set_value("budgetregels", rules, wijk_id, jaar)
