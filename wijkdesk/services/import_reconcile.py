"""Reconciling imported rows with WijkDesk data: plain values in, service calls out.

The Excel import (exchange/excel_import.py) reads a workbook into rows of plain values by key (text,
cents, dates, whole numbers: see its FieldSpecs) and hands each row here. This module matches a row to
what WijkDesk has (wijk, group, goal and grant by name, a row by its WijkDesk-ID), decides what the row
asks for (a new idea or expense, the fields that changed, the status steps from here to there) and
makes it so through the services, one savepoint per row: a refused row leaves nothing behind. A
problem is a `RowProblem` naming the key of the value it is about; the file format names the column.

Text that the export shortened to hide personal data, or that only lost control characters on the way
out, is no change the user made and never overwrites what is stored.
"""
from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field

from wijkdesk.domain import workflow
from wijkdesk.domain.control_chars import strip_control_chars
from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.domain.names import normalize
from wijkdesk.domain.privacy import REDACTED
from wijkdesk.services import budget, changes, ideeen, import_lookups
from wijkdesk.services.errors import OverrideRequired, ServiceError, ValidationError

log = logging.getLogger(__name__)

# A service's field name -> the key of the row value it came from (where a refusal points).
IDEE_FIELD_KEYS = {"titel": "titel", "omschrijving": "omschrijving", "thema": "thema", "status": "status",
                   "geschatte_kosten_cents": "kosten", "ingediend_door_groep": "groep", "wijk": "wijk"}
UITGAVE_FIELD_KEYS = {"datum": "datum", "bedrag_cents": "bedrag", "omschrijving": "omschrijving",
                      "leverancier": "leverancier", "factuurnummer": "factuurnummer", "status": "status",
                      "betaald_op": "betaald_op", "toekenning": "zaaknummer", "doel": "doel", "budget": "jaar"}


class RowProblem(ServiceError):
    """A row that cannot be matched or applied; `field` is the key of the value it is about (or None)."""

    def __init__(self, field: str | None, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ImportRow:
    """One row as read: its values by key, and where it is (for messages that point at another row)."""

    values: dict
    sheet: str = ""
    number: int = 0


@dataclass
class RowOutcome:
    """What one row did (or, in a dry run, would do): nieuw, bijwerken or ongewijzigd, and how."""

    action: str
    title: str
    changes: list[str] = field(default_factory=list)


class Reconciler:
    """Matches the rows of one import to WijkDesk data and applies them; look-ups are cached per import.

    `wijk_name`: the wijk every row must belong to (a row may then leave its wijk empty); an unknown one
    raises RowProblem at once. `headers`: the column title of each key, for messages that tell the user
    which column to fill in. `resident_label`: what the export writes for an idea a resident submitted.
    """

    def __init__(self, wijk_name: str | None = None, headers: dict[str, str] | None = None,
                 resident_label: str = ""):
        self.headers = headers or {}
        self.resident_label = resident_label
        self.wijken = {normalize(w.naam): w for w in import_lookups.wijken()}
        self._groepen: dict[int, dict[str, list]] = {}
        self._doelen: dict[int, dict[str, list]] = {}
        self.seen_ids: dict[str, tuple[str, int]] = {}
        self.default_wijk = None
        if wijk_name:
            self.default_wijk = self.wijken.get(normalize(wijk_name))
            if self.default_wijk is None:
                raise RowProblem("wijk", f"De wijk '{wijk_name}' bestaat niet. Bekende wijken: {self.known_wijken()}.")
        self._importers = {"idee": _IdeeImporter(self), "uitgave": _UitgaveImporter(self)}

    def header(self, key: str) -> str:
        return self.headers.get(key, key)

    def title_of(self, kind: str, values: dict) -> str:
        """How a row is named in the report (before anything is matched)."""
        return self._importers[kind].title_of(ImportRow(values))

    def apply(self, kind: str, row: ImportRow) -> RowOutcome:
        """Match and apply one row ('idee' or 'uitgave') in a savepoint of the running change.

        Raises RowProblem for anything the row cannot do, the services' own refusals included.
        """
        importer = self._importers[kind]
        try:
            with changes.change():  # a savepoint of the import: a row that fails halfway leaves nothing behind
                return importer.apply(row)
        except RowProblem:
            raise
        except OverrideRequired as exc:
            raise RowProblem(importer.field_keys.get(exc.field), exc.message + " Via de import kan dat niet: voer "
                             "deze rij in WijkDesk zelf in en geef daar de reden.") from None
        except ValidationError as exc:
            raise RowProblem(importer.field_keys.get(exc.field), exc.message) from None
        except ServiceError as exc:
            raise RowProblem(None, str(exc)) from None

    def known_wijken(self) -> str:
        return ", ".join(sorted(w.naam for w in self.wijken.values())) or "geen"

    def wijk_for(self, name: str | None):
        if not name:
            if self.default_wijk:
                return self.default_wijk
            raise RowProblem("wijk", "de wijk ontbreekt. Vul de wijk in, of kies bij het inlezen een wijk (--wijk).")
        found = self.wijken.get(normalize(name))
        if found is None:
            raise RowProblem("wijk", f"de wijk '{name}' bestaat niet in WijkDesk. Bekende wijken: {self.known_wijken()}.")
        if self.default_wijk and found.id != self.default_wijk.id:
            raise RowProblem("wijk", f"deze rij hoort bij {found.naam}, maar u leest in voor {self.default_wijk.naam}.")
        return found

    def groep(self, wijk, name: str):
        groups = self._groepen.get(wijk.id)
        if groups is None:
            groups = self._groepen[wijk.id] = {}
            for g in import_lookups.groepen_van(wijk.id):
                groups.setdefault(normalize(g.naam), []).append(g)
        found = groups.get(normalize(name), [])
        if not found:
            raise RowProblem("groep", f"de groep '{name}' bestaat niet in {wijk.naam}. Vul de naam van een "
                                      "bewonersgroep in (geen persoon), of maak de groep eerst aan.")
        return found[0]

    def doel(self, wijk, title: str):
        goals = self._doelen.get(wijk.id)
        if goals is None:
            goals = self._doelen[wijk.id] = {}
            for d in import_lookups.doelen_van(wijk.id):
                goals.setdefault(normalize(d.titel), []).append(d)
        found = goals.get(normalize(title), [])
        if not found:
            raise RowProblem("doel", f"het doel '{title}' bestaat niet in {wijk.naam}.")
        if len(found) > 1:
            raise RowProblem("doel", f"er zijn {len(found)} doelen '{title}' in {wijk.naam}; geef ze in WijkDesk "
                                     "verschillende titels.")
        return found[0]

    def toekenning(self, budget_row, zaaknummer: str | None, omschrijving: str | None, wijk, jaar: int):
        grants = import_lookups.toekenningen_van(budget_row.id)
        if zaaknummer:
            found = [t for t in grants if normalize(t.zaaknummer) == normalize(zaaknummer)]
            column, label = "zaaknummer", f"zaaknummer '{zaaknummer}'"
        else:
            found = [t for t in grants if normalize(t.omschrijving) == normalize(omschrijving)]
            column, label = "toekenning", f"toekenning '{omschrijving}'"
        if len(found) > 1 and zaaknummer and omschrijving:
            found = [t for t in found if normalize(t.omschrijving) == normalize(omschrijving)] or found
        if not found:
            raise RowProblem(column, f"er is geen {label} in {wijk.naam} voor {jaar}.")
        if len(found) > 1:
            hint = (f"vul ook de kolom {self.header('toekenning')} (omschrijving) in." if zaaknummer and not omschrijving
                    else f"vul de kolom {self.header('zaaknummer')} in, of geef de toekenningen in WijkDesk "
                         "verschillende omschrijvingen.")
            raise RowProblem(column, f"er zijn {len(found)} toekenningen met {label} in {wijk.naam} voor {jaar}; {hint}")
        return found[0]

    def claim_id(self, uuid: str, sheet: str, row: int) -> None:
        """Refuse the same WijkDesk-ID twice in one file: the second would silently undo the first."""
        if uuid in self.seen_ids:
            first_sheet, first_row = self.seen_ids[uuid]
            raise RowProblem("id", f"dezelfde WijkDesk-ID staat ook in {first_sheet} rij {first_row}. "
                                   "Elke rij mag maar één keer voorkomen.")
        self.seen_ids[uuid] = (sheet, row)


class _SheetImporter:
    """Turns the rows of one kind into service calls."""

    kind = ""
    field_keys: dict[str, str] = {}

    def __init__(self, reconciler: Reconciler):
        self.ctx = reconciler

    def title_of(self, row: ImportRow) -> str:
        raise NotImplementedError

    def apply(self, row: ImportRow) -> RowOutcome:
        raise NotImplementedError

    def existing(self, kind: str, row: ImportRow):
        """The row a WijkDesk-ID points at, or None for a new row."""
        uuid = row.values.get("id")
        if not uuid:
            return None
        self.ctx.claim_id(uuid, row.sheet, row.number)
        found = import_lookups.by_uuid(kind, uuid)
        if found is None:
            raise RowProblem("id", f"WijkDesk-ID {uuid} bestaat niet in deze database. Komt het bestand uit "
                                   "een andere database? Maak de cel leeg om de rij als nieuw in te lezen.")
        return found


def _as_exported(text: str | None) -> str:
    """Stored text as the export writes it: without control characters, stripped, empty as blank."""
    return strip_control_chars(text or "").strip()


def _text_changed(old: str | None, new: str | None) -> bool:
    # A title stored with control characters (before they were stripped on import) comes back from
    # the export without them; that is no change the user made.
    return _as_exported(old) != _as_exported(new)


def _same_text(cell: str | None, stored: str | None) -> bool:
    """A cell still holds the stored text (as the export wrote it)."""
    return _as_exported(cell) == _as_exported(stored)


def _keep_redacted(value: str | None) -> bool:
    """Text the export shortened to hide personal data must not overwrite the original."""
    return bool(value) and REDACTED in value


def _status_path(kind: str, start: str, goal: str) -> list[str] | None:
    """The shortest series of allowed status steps from `start` to `goal` (breadth-first)."""
    _statussen, overgangen, _reden = workflow.WORKFLOWS[kind]
    queue, seen = deque([[start]]), {start}
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path[1:]
        for nxt in sorted(overgangen.get(path[-1], ())):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None


class _IdeeImporter(_SheetImporter):
    kind = "idee"
    field_keys = IDEE_FIELD_KEYS

    def title_of(self, row: ImportRow) -> str:
        return row.values.get("titel") or "(zonder titel)"

    def apply(self, row: ImportRow) -> RowOutcome:
        v = row.values
        present = set(v)
        existing = self.existing("idee", row)
        if existing is not None:
            return self._update(row, existing, present)
        wijk = self.ctx.wijk_for(v.get("wijk"))
        if not v.get("titel"):
            raise RowProblem("titel", "de titel ontbreekt. Geef elk idee een korte titel.")
        status = v.get("status") or "nieuw"
        self._check_status(status)
        duplicate = import_lookups.idee_with_title(wijk.id, v["titel"])
        if duplicate is not None:
            raise RowProblem("titel", f"het idee '{v['titel']}' staat al in WijkDesk voor {wijk.naam}. Laat de rij "
                                      f"weg, of neem de kolom {self.ctx.header('id')} over uit een export om het bij "
                                      "te werken.")
        fields = {"omschrijving": v.get("omschrijving") or "", "thema": v.get("thema") or "",
                  "geschatte_kosten_cents": v.get("kosten"), "ingediend_door_groep": self._groep(wijk, v.get("groep"))}
        idee = ideeen.create_idee(wijk, v["titel"], **fields)
        self._move_status(idee, status, v.get("reden") or "")
        changes = [f"status {status}"] if status != "nieuw" else []
        return RowOutcome("nieuw", idee.titel, changes)

    def _groep(self, wijk, name: str | None):
        if not name or normalize(name) == normalize(self.ctx.resident_label):
            return None
        return self.ctx.groep(wijk, name)

    def _check_status(self, status: str) -> None:
        if status not in workflow.IDEE_STATUSSEN:
            raise RowProblem("status", f"'{status}' is geen status van een idee. Kies uit: "
                                       f"{', '.join(workflow.IDEE_STATUSSEN)}.")

    def _move_status(self, idee, status: str, reden: str) -> None:
        if status == idee.status:
            return
        path = _status_path("idee", idee.status, status)
        if path is None:
            raise RowProblem("status", f"van '{idee.status}' naar '{status}' kan niet.")
        for step in path:
            idee = ideeen.change_status(idee, step, reden if step == status else "")

    def _update(self, row: ImportRow, idee, present: set) -> RowOutcome:
        v = row.values
        if "wijk" in present and v.get("wijk"):
            wijk = self.ctx.wijk_for(v["wijk"])
            if wijk.id != idee.wijk_id:
                raise RowProblem("wijk", "een bestaand idee verhuist niet naar een andere wijk via de import. "
                                         "Zet de oude wijk terug of pas het aan in WijkDesk.")
        elif self.ctx.default_wijk and self.ctx.default_wijk.id != idee.wijk_id:
            raise RowProblem("wijk", f"dit idee hoort bij een andere wijk dan {self.ctx.default_wijk.naam}.")
        changes, shown = {}, []
        for key, field_name, label in (("titel", "titel", "titel"), ("omschrijving", "omschrijving", "omschrijving"),
                                       ("thema", "thema", "thema")):
            if key in present and not _keep_redacted(v.get(key)) and _text_changed(getattr(idee, field_name), v.get(key)):
                if key == "titel" and not v.get(key):
                    raise RowProblem("titel", "de titel ontbreekt. Geef elk idee een korte titel.")
                changes[field_name] = v.get(key) or ""
                shown.append(f"{label}: '{getattr(idee, field_name)}' → '{v.get(key) or ''}'")
        if "kosten" in present and v.get("kosten") != idee.geschatte_kosten_cents:
            changes["geschatte_kosten_cents"] = v.get("kosten")
            shown.append(f"geschatte kosten: {_money(idee.geschatte_kosten_cents)} → {_money(v.get('kosten'))}")
        if "groep" in present and not _keep_redacted(v.get("groep")):
            groep = self._groep(idee.wijk, v.get("groep"))
            is_resident = normalize(v.get("groep") or "") == normalize(self.ctx.resident_label)
            if not is_resident and (groep.id if groep else None) != idee.ingediend_door_groep_id:
                changes["ingediend_door_groep"] = groep
                shown.append(f"ingediend door: {groep.naam if groep else '(geen groep)'}")
        if changes:
            idee = ideeen.update_idee(idee, **changes)
        status = v.get("status")
        if status and status != idee.status:
            self._check_status(status)
            self._move_status(idee, status, v.get("reden") or "")
            shown.append(f"status: {idee.status} → {status}")
        return RowOutcome("bijwerken" if shown else "ongewijzigd", idee.titel, shown)


def _money(cents: int | None) -> str:
    return format_cents(cents) if cents is not None else "(leeg)"


def _date(value) -> str:
    return format_date(value) if value else "(leeg)"


class _UitgaveImporter(_SheetImporter):
    kind = "uitgave"
    field_keys = UITGAVE_FIELD_KEYS

    def title_of(self, row: ImportRow) -> str:
        return row.values.get("omschrijving") or "(zonder omschrijving)"

    def _links(self, v: dict, present: set, wijk, jaar: int, budget_row, current=None) -> dict:
        """Toekenning and doel named in the row, for the columns the file has.

        For an existing expense, cells that still say what the export wrote for its current grant or
        goal keep that link as it is: names need not be unique (two grants 'Buurtfeest', a grant with
        neither zaaknummer nor description), so looking them up again could fail or unlink the row.
        """
        links = {}
        if "zaaknummer" in present or "toekenning" in present:
            zaak, oms = v.get("zaaknummer"), v.get("toekenning")
            grant = current.toekenning if current is not None else None
            if grant is not None and _same_text(zaak, grant.zaaknummer) and _same_text(oms, grant.omschrijving):
                pass  # unchanged: keep the link
            elif _keep_redacted(zaak) or (_keep_redacted(oms) and not zaak):
                pass  # the export hid personal data in this name: leave the link as it is
            else:
                links["toekenning"] = self.ctx.toekenning(budget_row, zaak, oms, wijk, jaar) if (zaak or oms) else None
        if "doel" in present and not _keep_redacted(v.get("doel")):
            # The export shows an expense without a goal of its own under its grant's goal.
            goal = (current.doel or (current.toekenning.doel if current.toekenning else None)) if current else None
            if not (goal is not None and _same_text(v.get("doel"), goal.titel)):
                links["doel"] = self.ctx.doel(wijk, v["doel"]) if v.get("doel") else None
        return links

    def _budget(self, wijk, jaar: int, jaar_given: bool):
        budget_row = budget.get_budget(wijk, jaar)
        if budget_row is None:
            raise RowProblem("jaar" if jaar_given else "datum",
                              f"er is geen Meedoenbudget voor {wijk.naam} in {jaar}. Stel het eerst in WijkDesk in"
                              + ("." if jaar_given else f", of vul de kolom {self.ctx.header('jaar')} in."))
        return budget_row

    def _target_status(self, v: dict, current: str) -> str:
        """The status the file asks for; a paid date filled in (by finance) means paid."""
        status = v.get("status") or current
        if status not in workflow.UITGAVE_STATUSSEN:
            raise RowProblem("status", f"'{status}' is geen status van een uitgave. Kies uit: "
                                       f"{', '.join(workflow.UITGAVE_STATUSSEN)}.")
        if v.get("betaald_op") and status != "betaald":
            # Finance fills in the paid date and leaves the status column as exported ('open'); the same
            # file may come in twice, when WijkDesk already says 'betaald'. A status the user really
            # changed to something else next to a paid date is a contradiction to ask about.
            if status != current and current != "betaald":
                raise RowProblem("betaald_op", f"er is een betaaldatum ingevuld maar de status is '{status}'. Maak de "
                                               "datum leeg of zet de status op 'betaald'.")
            status = "betaald"
        if status == "afgewezen" and current != "afgewezen":
            raise RowProblem("status", "een uitgave afwijzen vraagt een reden; doe dat in WijkDesk zelf.")
        return status

    def apply(self, row: ImportRow) -> RowOutcome:
        v = row.values
        present = set(v)
        existing = self.existing("uitgave", row)
        if existing is not None:
            return self._update(row, existing, present)
        wijk = self.ctx.wijk_for(v.get("wijk"))
        for key, what in (("datum", "de datum"), ("omschrijving", "de omschrijving"), ("bedrag", "het bedrag")):
            if v.get(key) in (None, ""):
                raise RowProblem(key, f"{what} ontbreekt.")
        jaar = v.get("jaar") or v["datum"].year
        budget_row = self._budget(wijk, jaar, bool(v.get("jaar")))
        status = self._target_status(v, "open")
        links = self._links(v, present, wijk, jaar, budget_row)
        self._refuse_duplicate(v, budget_row)
        uitgave = budget.create_uitgave(wijk, jaar, v["bedrag"], v["omschrijving"], v["datum"],
                                        leverancier=v.get("leverancier") or "",
                                        factuurnummer=v.get("factuurnummer") or "", **links)
        if status != "open":
            budget.change_uitgave_status(uitgave, status, betaald_op=v.get("betaald_op"))
        changes = [f"status {status}"] if status != "open" else []
        return RowOutcome("nieuw", f"{uitgave.omschrijving} ({format_cents(uitgave.bedrag_cents)})",
                         changes)

    def _refuse_duplicate(self, v: dict, budget_row) -> None:
        if import_lookups.uitgave_booked(budget_row.id, v["datum"], v["bedrag"], v.get("factuurnummer"),
                                         v.get("omschrijving")):
            raise RowProblem("omschrijving", "deze uitgave staat al in WijkDesk (zelfde datum, bedrag en "
                                             f"{'factuurnummer' if v.get('factuurnummer') else 'omschrijving'}). "
                                             "Laat de rij weg om haar niet dubbel te boeken.")

    def _update(self, row: ImportRow, uitgave, present: set) -> RowOutcome:
        v = row.values
        wijk = uitgave.budget.wijk
        if v.get("wijk") and normalize(v["wijk"]) != normalize(wijk.naam):
            raise RowProblem("wijk", f"deze uitgave hoort bij {wijk.naam}; een bestaande uitgave verhuist niet via "
                                     "de import. Zet de oude wijk terug of pas het aan in WijkDesk.")
        if self.ctx.default_wijk and self.ctx.default_wijk.id != wijk.id:
            raise RowProblem("wijk", f"deze uitgave hoort bij {wijk.naam}, niet bij {self.ctx.default_wijk.naam}.")
        jaar = uitgave.budget.jaar
        if v.get("jaar") and v["jaar"] != jaar:
            raise RowProblem("jaar", f"deze uitgave hoort bij het budget van {jaar}; dat verandert niet via de import.")
        changes, shown = {}, []
        if "datum" in present:
            if v.get("datum") is None:
                raise RowProblem("datum", "de datum ontbreekt.")
            if v["datum"] != uitgave.datum:
                changes["datum"] = v["datum"]
                shown.append(f"datum: {_date(uitgave.datum)} → {_date(v['datum'])}")
        if "bedrag" in present:
            if v.get("bedrag") is None:
                raise RowProblem("bedrag", "het bedrag ontbreekt.")
            if v["bedrag"] != uitgave.bedrag_cents:
                changes["bedrag_cents"] = v["bedrag"]
                shown.append(f"bedrag: {_money(uitgave.bedrag_cents)} → {_money(v['bedrag'])}")
        for key, label in (("omschrijving", "omschrijving"), ("leverancier", "leverancier"),
                           ("factuurnummer", "factuurnummer")):
            if key in present and not _keep_redacted(v.get(key)) and _text_changed(getattr(uitgave, key), v.get(key)):
                if key == "omschrijving" and not v.get(key):
                    raise RowProblem("omschrijving", "de omschrijving ontbreekt.")
                changes[key] = v.get(key) or ""
                shown.append(f"{label}: '{getattr(uitgave, key)}' → '{v.get(key) or ''}'")
        links = self._links(v, present, wijk, jaar, uitgave.budget, uitgave)
        for key, current_id in (("toekenning", uitgave.toekenning_id), ("doel", uitgave.doel_id)):
            if key in links and (links[key].id if links[key] else None) != current_id:
                changes[key] = links[key]
                shown.append(f"{key}: {getattr(links[key], 'omschrijving', None) or getattr(links[key], 'titel', None) or '(geen)'}")
        status = self._target_status(v, uitgave.status)
        if changes:
            uitgave = budget.update_uitgave(uitgave, **changes)
        paid = v.get("betaald_op")
        if status != uitgave.status:
            budget.change_uitgave_status(uitgave, status, betaald_op=paid)
            shown.append(f"status: {uitgave.status} → {status}" + (f" op {_date(paid)}" if status == "betaald" else ""))
        elif status == "betaald" and paid and paid != uitgave.betaald_op:
            budget.update_uitgave(uitgave, betaald_op=paid)
            shown.append(f"betaald op: {_date(uitgave.betaald_op)} → {_date(paid)}")
        title = f"{uitgave.omschrijving} ({format_cents(v.get('bedrag') or uitgave.bedrag_cents)})"
        return RowOutcome("bijwerken" if shown else "ongewijzigd", title, shown)
