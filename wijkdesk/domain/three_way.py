"""Three-way merge of one row: the base (as taken offline), mine (the offline copy), theirs (the target now).

Pure Python on portable rows (dicts of field -> value). Per field: changed on one side only, that side
wins; changed on both sides to the same value, nothing to decide; changed on both sides differently, a
conflict the user decides (keep mine / keep theirs). A row deleted on one side and changed on the other
is a conflict of the whole row. Nothing is ever overwritten without a rule above or a decision.

Sending the same changes twice changes nothing: after a send, theirs equals mine in every field mine
changed, so a second comparison finds "changed on both sides to the same value" and nothing to do.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MINE, THEIRS = "mijn", "hun"
WHOLE_ROW = "*"

# Kinds of conflict
BOTH_CHANGED = "beide gewijzigd"          # a field changed here and there, to different values
DELETED_HERE = "hier verwijderd"          # deleted in the copy, changed in the target
DELETED_THERE = "daar verwijderd"         # changed in the copy, deleted in the target
BOTH_NEW = "beide nieuw"                  # same uuid made on both sides with different content (no base)


@dataclass(frozen=True)
class Conflict:
    """Something changed on both sides: the user decides per row (and per field)."""

    model: str
    uuid: str
    veld: str                 # a field name, or WHOLE_ROW
    soort: str
    basis: Any = None
    mijn: Any = None
    hun: Any = None

    @property
    def key(self) -> str:
        """A stable name for the decision: `Uitgave/<uuid>/bedrag_cents` (`*` for the whole row)."""
        return f"{self.model}/{self.uuid}/{self.veld}"


@dataclass
class RowMerge:
    """What to do with one row on the target: 'insert' (values = whole row), 'update' (values = the
    fields to write), 'delete', or None; and the conflicts still undecided."""

    model: str
    uuid: str
    action: str | None = None
    values: dict = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)  # undecided ones
    decided: list[Conflict] = field(default_factory=list)


def _decision(decisions: dict[str, str], conflict: Conflict, default: str | None) -> str | None:
    """'mijn' / 'hun' for this conflict: per field, else per row (`Model/uuid/*`), else the default."""
    found = decisions.get(conflict.key) or decisions.get(f"{conflict.model}/{conflict.uuid}/{WHOLE_ROW}")
    return found or default


def merge_row(model: str, uuid: str, base: dict | None, mine: dict | None, theirs: dict | None,
              fields: list[str], decisions: dict[str, str] | None = None,
              default: str | None = None) -> RowMerge:
    """The merge of one row over `fields` (its content; ids, versions and timestamps left out).

    `decisions` maps Conflict.key (or `Model/uuid/*`) to 'mijn'/'hun'; `default` applies to every
    conflict without its own decision (the command line's --houd).
    """
    decisions = decisions or {}
    result = RowMerge(model, uuid)

    def same(a: dict | None, b: dict | None) -> bool:
        return all((a or {}).get(f) == (b or {}).get(f) for f in fields)

    def decide(conflict: Conflict) -> str | None:
        choice = _decision(decisions, conflict, default)
        if choice is None:
            result.conflicts.append(conflict)
        else:
            result.decided.append(conflict)
        return choice

    if mine is None:
        if base is None or theirs is None:
            return result                        # never here / deleted on both sides / new there only
        if same(base, theirs):
            result.action = "delete"             # deleted here, untouched there
            return result
        if decide(Conflict(model, uuid, WHOLE_ROW, DELETED_HERE)) == MINE:
            result.action = "delete"
        return result
    if theirs is None:
        if base is None:
            result.action, result.values = "insert", dict(mine)   # new here
            return result
        if same(base, mine):
            return result                        # deleted there, untouched here: stays deleted
        if decide(Conflict(model, uuid, WHOLE_ROW, DELETED_THERE)) == MINE:
            result.action, result.values = "insert", dict(mine)
        return result
    changed = {}
    for name in fields:
        m, t = mine.get(name), theirs.get(name)
        if m == t:
            continue
        b = base.get(name) if base is not None else None
        if base is not None and m == b:
            continue                             # changed there only: theirs stays
        if base is not None and t == b:
            changed[name] = m                    # changed here only: send mine
            continue
        kind = BOTH_CHANGED if base is not None else BOTH_NEW
        if decide(Conflict(model, uuid, name, kind, b, m, t)) == MINE:
            changed[name] = m
    if changed:
        result.action, result.values = "update", changed
    return result
