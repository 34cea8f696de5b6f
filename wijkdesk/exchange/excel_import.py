"""Import ideas and expenses from a workbook: the template, or an export that came back from finance.

Every row is checked and then written through the services (validation, budget rules and the audit
log apply, as when typed in the window), all inside one transaction: by default nothing is kept
when any row is bad; with `skip_invalid` the good rows are kept and the bad ones reported. A preview
(`dry_run`) runs the very same steps and rolls back, so it shows every problem the real run would
meet, including the services' own refusals (an over-spent budget, a status that cannot follow).

Rows with a WijkDesk-ID (the row's UUID, written by the export) update that row: a paid date filled
in by finance marks the expense paid. Rows without one are new; a row that looks like one already
in WijkDesk is refused rather than added twice.
"""
from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from wijkdesk.domain import workflow
from wijkdesk.domain.control_chars import strip_control_chars
from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.exchange import excel_columns as cols
from wijkdesk.exchange.excel_template import EXAMPLE_PREFIX
from wijkdesk.domain.privacy import REDACTED
from wijkdesk.exchange.progress import CancelCheck, Progress, ProgressCallback
from wijkdesk.exchange.xlsx_reader import (
    DATE, DEFAULT_LIMITS, INTEGER, MONEY, STATUS, FieldSpec, Limits, Problem, ProblemList, RowData, close_workbook,
    find_sheet, normalize, open_workbook, read_rows,
)
from wijkdesk.services import audit, budget, changes, database, ideeen, import_lookups
from wijkdesk.services.errors import OverrideRequired, ServiceError, ValidationError

log = logging.getLogger(__name__)

IDEE_SPECS = [
    FieldSpec("wijk", "Wijk"),
    FieldSpec("titel", "Titel", required=True, aliases=("idee", "titel idee", "naam idee")),
    FieldSpec("omschrijving", "Omschrijving", aliases=("beschrijving", "toelichting")),
    FieldSpec("thema", "Thema"),
    FieldSpec("kosten", "Geschatte kosten", MONEY, aliases=("kosten", "bedrag", "geschatte kosten (€)")),
    FieldSpec("groep", "Ingediend door", aliases=("groep", "bewonersgroep", "ingediend door groep")),
    FieldSpec("status", "Status", STATUS),
    FieldSpec("reden", "Reden status", aliases=("reden",)),
    FieldSpec("id", cols.ID_HEADER, aliases=("id", "uuid")),
]
UITGAVE_SPECS = [
    FieldSpec("datum", "Datum", DATE, required=True, aliases=("factuurdatum",)),
    FieldSpec("wijk", "Wijk"),
    FieldSpec("jaar", "Jaar", INTEGER, aliases=("budgetjaar",)),
    FieldSpec("doel", "Doel"),
    FieldSpec("toekenning", "Toekenning"),
    FieldSpec("omschrijving", "Omschrijving", required=True, aliases=("beschrijving", "waarvoor")),
    FieldSpec("leverancier", "Leverancier"),
    FieldSpec("factuurnummer", "Factuurnummer", aliases=("factuur", "factuur nr", "factuurnr")),
    FieldSpec("bedrag", "Bedrag", MONEY, required=True, aliases=("bedrag (€)", "bedrag in euro", "bedrag euro")),
    FieldSpec("status", "Status", STATUS),
    FieldSpec("betaald_op", "Betaald op", DATE, aliases=("betaaldatum", "datum betaald", "betaald")),
    FieldSpec("zaaknummer", "Zaaknummer"),
    FieldSpec("id", cols.ID_HEADER, aliases=("id", "uuid")),
]
# Service field names -> the column a problem points at.
IDEE_FIELD_HEADERS = {"titel": "Titel", "omschrijving": "Omschrijving", "thema": "Thema", "status": "Status",
                      "geschatte_kosten_cents": "Geschatte kosten", "ingediend_door_groep": "Ingediend door",
                      "wijk": "Wijk"}
UITGAVE_FIELD_HEADERS = {"datum": "Datum", "bedrag_cents": "Bedrag", "omschrijving": "Omschrijving",
                         "leverancier": "Leverancier", "factuurnummer": "Factuurnummer", "status": "Status",
                         "betaald_op": "Betaald op", "toekenning": "Zaaknummer", "doel": "Doel", "budget": "Jaar"}


@dataclass
class RowResult:
    """What the import did (or would do) with one row."""

    sheet: str
    row: int
    action: str  # nieuw, bijwerken, ongewijzigd, fout, overgeslagen
    title: str
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    """Everything the import found and did; `committed` says whether the changes were kept."""

    path: Path
    dry_run: bool = False
    skip_invalid: bool = False
    problems: ProblemList = field(default_factory=ProblemList)
    rows: list[RowResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    committed: bool = False
    # The kept import as one change (services.changes): the window puts it on its undo stack.
    change: object = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """A Dutch summary of what happened, for the status bar and the command line."""
        counts = (f"{self.count('nieuw')} nieuw, {self.count('bijwerken')} bijgewerkt, "
                  f"{self.count('ongewijzigd')} ongewijzigd, {self.count('fout')} met fouten")
        if self.dry_run:
            return f"Proefimport (er is niets opgeslagen): {counts}."
        if self.committed:
            return f"Import opgeslagen: {counts}."
        return f"Er is niets opgeslagen omdat er fouten zijn: {counts}."


class _RowProblem(Exception):
    """A problem with one row found while matching it to WijkDesk data."""

    def __init__(self, column: str | None, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


class _RollBack(Exception):
    """Leave the import transaction without keeping anything."""


def import_workbook(path: Path | str, *, wijk: str | None = None, dry_run: bool = False,
                    skip_invalid: bool = False, progress: ProgressCallback | None = None,
                    is_cancelled: CancelCheck | None = None, limits: Limits = DEFAULT_LIMITS) -> ImportReport:
    """Read, check and (unless dry_run, or a row is bad without skip_invalid) save a workbook.

    Raises `xlsx_reader.WorkbookError` for a file that cannot be read at all (damaged, or over one of
    `limits`), `progress.Cancelled` when cancelled and `ImportStorageError` when the disk is full;
    nothing is kept in any of these cases.
    """
    path = Path(path)
    report = ImportReport(path=path, dry_run=dry_run, skip_invalid=skip_invalid,
                          problems=ProblemList(limits.problems_shown))
    # Cancel is checked by time (several times a second), while reading and while writing.
    tracker = Progress(1, progress, is_cancelled, every=200)
    wb = open_workbook(path, limits)
    try:
        context = _Context(report, wijk)
        if context.default_wijk is False:
            return report
        sheets = [(find_sheet(wb, cols.SHEET_IDEEEN, "Ideeen", "Ideas"), IDEE_SPECS, _IdeeImporter(context)),
                  (find_sheet(wb, cols.SHEET_UITGAVEN, "Expenses"), UITGAVE_SPECS, _UitgaveImporter(context))]
        sheets = [s for s in sheets if s[0] is not None]
        if not sheets:
            names = ", ".join(f"'{sheet.title}'" for sheet in wb.sheets)
            report.problems.append(Problem("", None, None, f"Dit bestand heeft geen blad 'Ideeën' of 'Uitgaven' "
                                                           f"(wel: {names}). Gebruik het importsjabloon."))
            return report
        # Every sheet is read and checked before anything is written: a damaged cell in the last
        # sheet must not come after the first sheet's rows went in.
        read = []
        for sheet, specs, importer in sheets:
            tracker.phase(f"Blad {sheet.title} lezen")
            read.append((sheet, importer, read_rows(sheet, specs, report.problems, tick=tracker.check)))
    finally:
        close_workbook(wb)
    tracker.restart(sum(len(rows) for _s, _i, rows in read))
    with audit.reason(f"Excel-import {path.name}"):
        try:
            with changes.change(f"Excel-import {path.name}") as made:
                for sheet, importer, rows in read:
                    tracker.phase(f"Blad {sheet.title}")
                    for row in rows:
                        importer.handle(row)
                        tracker.step()
                if dry_run or (report.problems and not skip_invalid):
                    raise _RollBack
                # The last moment to cancel: after this the changes are kept.
                tracker.check()
            report.committed = True
            report.change = made
        except _RollBack:
            pass
        except (peewee.OperationalError, *database.OPERATIONAL_ERRORS) as exc:  # both SQLite drivers
            raise _storage_error(exc, path) from None
    tracker.finish()
    log.info("Excel-import %s: %s (%d problemen)", path, report.summary(), report.problems.total)
    return report


class ImportStorageError(ServiceError):
    """The database could not take the import (disk full, I/O error); it was rolled back whole."""


def _storage_error(exc: Exception, path: Path) -> ImportStorageError:
    """A Dutch message for a write that failed under the import; the traceback goes to the log only."""
    log.warning("Excel-import %s: schrijven mislukt: %r", path, exc)
    chain, seen = [], exc
    while seen is not None and len(chain) < 10:
        chain.append(str(seen).lower())
        seen = seen.__cause__ or seen.__context__
    text = " ".join(chain)
    if "full" in text or "no space" in text:
        return ImportStorageError(f"De schijf is vol: de import van {path.name} is niet opgeslagen, er is niets "
                                  "veranderd. Maak ruimte vrij op de schijf van de database en probeer het opnieuw.")
    return ImportStorageError(f"De database kon de import van {path.name} niet opslaan ({chain[-1] if chain else exc}); "
                              "er is niets veranderd. Probeer het opnieuw; lukt het niet, kijk dan met "
                              "'wijkdesk check' of de database in orde is.")


# --- matching rows to WijkDesk data ------------------------------------------------------------


class _Context:
    """Look-ups shared by the sheets: wijken, groups, goals and grants by name, cached."""

    def __init__(self, report: ImportReport, wijk_name: str | None):
        self.report = report
        self.wijken = {normalize(w.naam): w for w in import_lookups.wijken()}
        self._groepen: dict[int, dict[str, list]] = {}
        self._doelen: dict[int, dict[str, list]] = {}
        self.seen_ids: dict[str, tuple[str, int]] = {}
        self.default_wijk = None
        if wijk_name:
            self.default_wijk = self.wijken.get(normalize(wijk_name))
            if self.default_wijk is None:
                report.problems.append(Problem("", None, None, f"De wijk '{wijk_name}' bestaat niet. "
                                                               f"Bekende wijken: {self.known_wijken()}."))
                self.default_wijk = False

    def known_wijken(self) -> str:
        return ", ".join(sorted(w.naam for w in self.wijken.values())) or "geen"

    def wijk_for(self, name: str | None):
        if not name:
            if self.default_wijk:
                return self.default_wijk
            raise _RowProblem("Wijk", "de wijk ontbreekt. Vul de wijk in, of kies bij het inlezen een wijk (--wijk).")
        found = self.wijken.get(normalize(name))
        if found is None:
            raise _RowProblem("Wijk", f"de wijk '{name}' bestaat niet in WijkDesk. Bekende wijken: {self.known_wijken()}.")
        if self.default_wijk and found.id != self.default_wijk.id:
            raise _RowProblem("Wijk", f"deze rij hoort bij {found.naam}, maar u leest in voor {self.default_wijk.naam}.")
        return found

    def groep(self, wijk, name: str):
        groups = self._groepen.get(wijk.id)
        if groups is None:
            groups = self._groepen[wijk.id] = {}
            for g in import_lookups.groepen_van(wijk.id):
                groups.setdefault(normalize(g.naam), []).append(g)
        found = groups.get(normalize(name), [])
        if not found:
            raise _RowProblem("Ingediend door", f"de groep '{name}' bestaat niet in {wijk.naam}. Vul de naam van een "
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
            raise _RowProblem("Doel", f"het doel '{title}' bestaat niet in {wijk.naam}.")
        if len(found) > 1:
            raise _RowProblem("Doel", f"er zijn {len(found)} doelen '{title}' in {wijk.naam}; geef ze in WijkDesk "
                                      "verschillende titels.")
        return found[0]

    def toekenning(self, budget_row, zaaknummer: str | None, omschrijving: str | None, wijk, jaar: int):
        grants = import_lookups.toekenningen_van(budget_row.id)
        if zaaknummer:
            found = [t for t in grants if normalize(t.zaaknummer) == normalize(zaaknummer)]
            column, label = "Zaaknummer", f"zaaknummer '{zaaknummer}'"
        else:
            found = [t for t in grants if normalize(t.omschrijving) == normalize(omschrijving)]
            column, label = "Toekenning", f"toekenning '{omschrijving}'"
        if len(found) > 1 and zaaknummer and omschrijving:
            found = [t for t in found if normalize(t.omschrijving) == normalize(omschrijving)] or found
        if not found:
            raise _RowProblem(column, f"er is geen {label} in {wijk.naam} voor {jaar}.")
        if len(found) > 1:
            hint = ("vul ook de kolom Toekenning (omschrijving) in." if zaaknummer and not omschrijving else
                    "vul de kolom Zaaknummer in, of geef de toekenningen in WijkDesk verschillende omschrijvingen.")
            raise _RowProblem(column, f"er zijn {len(found)} toekenningen met {label} in {wijk.naam} voor {jaar}; {hint}")
        return found[0]

    def claim_id(self, uuid: str, sheet: str, row: int) -> None:
        """Refuse the same WijkDesk-ID twice in one file: the second would silently undo the first."""
        if uuid in self.seen_ids:
            first_sheet, first_row = self.seen_ids[uuid]
            raise _RowProblem(cols.ID_HEADER, f"dezelfde WijkDesk-ID staat ook in {first_sheet} rij {first_row}. "
                                              "Elke rij mag maar één keer voorkomen.")
        self.seen_ids[uuid] = (sheet, row)


class _SheetImporter:
    """Turns rows of one sheet into service calls and reports each row's outcome."""

    kind = ""
    field_headers: dict[str, str] = {}

    def __init__(self, context: _Context):
        self.ctx = context
        self.report = context.report

    def handle(self, row: RowData) -> None:
        title = self.title_of(row)
        if title.startswith(EXAMPLE_PREFIX):
            self.report.rows.append(RowResult(row.sheet, row.number, "overgeslagen", title, ["voorbeeldregel"]))
            return
        if row.problems:
            self.report.problems.extend(row.problems)
            self.report.rows.append(RowResult(row.sheet, row.number, "fout", title))
            return
        try:
            with changes.change():  # a savepoint of the import: a row that fails halfway leaves nothing behind
                result = self.apply(row)
        except _RowProblem as exc:
            self._fail(row, title, exc.column, exc.message)
            return
        except OverrideRequired as exc:
            self._fail(row, title, self.field_headers.get(exc.field), exc.message +
                       " Via de import kan dat niet: voer deze rij in WijkDesk zelf in en geef daar de reden.")
            return
        except ValidationError as exc:
            self._fail(row, title, self.field_headers.get(exc.field), exc.message)
            return
        except ServiceError as exc:
            self._fail(row, title, None, str(exc))
            return
        self.report.rows.append(result)

    def _fail(self, row: RowData, title: str, column: str | None, message: str) -> None:
        self.report.problems.append(Problem(row.sheet, row.number, column, message))
        self.report.rows.append(RowResult(row.sheet, row.number, "fout", title))

    def title_of(self, row: RowData) -> str:
        raise NotImplementedError

    def apply(self, row: RowData) -> RowResult:
        raise NotImplementedError

    def existing(self, kind: str, row: RowData):
        """The row a WijkDesk-ID points at, or None for a new row."""
        uuid = row.values.get("id")
        if not uuid:
            return None
        self.ctx.claim_id(uuid, row.sheet, row.number)
        found = import_lookups.by_uuid(kind, uuid)
        if found is None:
            raise _RowProblem(cols.ID_HEADER, f"WijkDesk-ID {uuid} bestaat niet in deze database. Komt het bestand uit "
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
    field_headers = IDEE_FIELD_HEADERS

    def title_of(self, row: RowData) -> str:
        return row.values.get("titel") or "(zonder titel)"

    def apply(self, row: RowData) -> RowResult:
        v = row.values
        present = set(v)
        existing = self.existing("idee", row)
        if existing is not None:
            return self._update(row, existing, present)
        wijk = self.ctx.wijk_for(v.get("wijk"))
        if not v.get("titel"):
            raise _RowProblem("Titel", "de titel ontbreekt. Geef elk idee een korte titel.")
        status = v.get("status") or "nieuw"
        self._check_status(status)
        duplicate = import_lookups.idee_with_title(wijk.id, v["titel"])
        if duplicate is not None:
            raise _RowProblem("Titel", f"het idee '{v['titel']}' staat al in WijkDesk voor {wijk.naam}. Laat de rij weg, "
                                       f"of neem de kolom {cols.ID_HEADER} over uit een export om het bij te werken.")
        fields = {"omschrijving": v.get("omschrijving") or "", "thema": v.get("thema") or "",
                  "geschatte_kosten_cents": v.get("kosten"), "ingediend_door_groep": self._groep(wijk, v.get("groep"))}
        idee = ideeen.create_idee(wijk, v["titel"], **fields)
        self._move_status(idee, status, v.get("reden") or "")
        changes = [f"status {status}"] if status != "nieuw" else []
        return RowResult(row.sheet, row.number, "nieuw", idee.titel, changes)

    def _groep(self, wijk, name: str | None):
        if not name or normalize(name) == normalize(cols.SUBMITTED_BY_RESIDENT):
            return None
        return self.ctx.groep(wijk, name)

    def _check_status(self, status: str) -> None:
        if status not in workflow.IDEE_STATUSSEN:
            raise _RowProblem("Status", f"'{status}' is geen status van een idee. Kies uit: "
                                        f"{', '.join(workflow.IDEE_STATUSSEN)}.")

    def _move_status(self, idee, status: str, reden: str) -> None:
        if status == idee.status:
            return
        path = _status_path("idee", idee.status, status)
        if path is None:
            raise _RowProblem("Status", f"van '{idee.status}' naar '{status}' kan niet.")
        for step in path:
            idee = ideeen.change_status(idee, step, reden if step == status else "")

    def _update(self, row: RowData, idee, present: set) -> RowResult:
        v = row.values
        if "wijk" in present and v.get("wijk"):
            wijk = self.ctx.wijk_for(v["wijk"])
            if wijk.id != idee.wijk_id:
                raise _RowProblem("Wijk", "een bestaand idee verhuist niet naar een andere wijk via de import. "
                                          "Zet de oude wijk terug of pas het aan in WijkDesk.")
        elif self.ctx.default_wijk and self.ctx.default_wijk.id != idee.wijk_id:
            raise _RowProblem("Wijk", f"dit idee hoort bij een andere wijk dan {self.ctx.default_wijk.naam}.")
        changes, shown = {}, []
        for key, field_name, label in (("titel", "titel", "titel"), ("omschrijving", "omschrijving", "omschrijving"),
                                       ("thema", "thema", "thema")):
            if key in present and not _keep_redacted(v.get(key)) and _text_changed(getattr(idee, field_name), v.get(key)):
                if key == "titel" and not v.get(key):
                    raise _RowProblem("Titel", "de titel ontbreekt. Geef elk idee een korte titel.")
                changes[field_name] = v.get(key) or ""
                shown.append(f"{label}: '{getattr(idee, field_name)}' → '{v.get(key) or ''}'")
        if "kosten" in present and v.get("kosten") != idee.geschatte_kosten_cents:
            changes["geschatte_kosten_cents"] = v.get("kosten")
            shown.append(f"geschatte kosten: {_money(idee.geschatte_kosten_cents)} → {_money(v.get('kosten'))}")
        if "groep" in present and not _keep_redacted(v.get("groep")):
            groep = self._groep(idee.wijk, v.get("groep"))
            is_resident = normalize(v.get("groep") or "") == normalize(cols.SUBMITTED_BY_RESIDENT)
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
        return RowResult(row.sheet, row.number, "bijwerken" if shown else "ongewijzigd", idee.titel, shown)


def _money(cents: int | None) -> str:
    return format_cents(cents) if cents is not None else "(leeg)"


def _date(value) -> str:
    return format_date(value) if value else "(leeg)"


class _UitgaveImporter(_SheetImporter):
    kind = "uitgave"
    field_headers = UITGAVE_FIELD_HEADERS

    def title_of(self, row: RowData) -> str:
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
            raise _RowProblem("Jaar" if jaar_given else "Datum",
                              f"er is geen Meedoenbudget voor {wijk.naam} in {jaar}. Stel het eerst in WijkDesk in"
                              + ("." if jaar_given else ", of vul de kolom Jaar in."))
        return budget_row

    def _target_status(self, v: dict, current: str) -> str:
        """The status the file asks for; a paid date filled in (by finance) means paid."""
        status = v.get("status") or current
        if status not in workflow.UITGAVE_STATUSSEN:
            raise _RowProblem("Status", f"'{status}' is geen status van een uitgave. Kies uit: "
                                        f"{', '.join(workflow.UITGAVE_STATUSSEN)}.")
        if v.get("betaald_op") and status != "betaald":
            # Finance fills in the paid date and leaves the status column as exported ('open'); the same
            # file may come in twice, when WijkDesk already says 'betaald'. A status the user really
            # changed to something else next to a paid date is a contradiction to ask about.
            if status != current and current != "betaald":
                raise _RowProblem("Betaald op", f"er is een betaaldatum ingevuld maar de status is '{status}'. Maak de "
                                                "datum leeg of zet de status op 'betaald'.")
            status = "betaald"
        if status == "afgewezen" and current != "afgewezen":
            raise _RowProblem("Status", "een uitgave afwijzen vraagt een reden; doe dat in WijkDesk zelf.")
        return status

    def apply(self, row: RowData) -> RowResult:
        v = row.values
        present = set(v)
        existing = self.existing("uitgave", row)
        if existing is not None:
            return self._update(row, existing, present)
        wijk = self.ctx.wijk_for(v.get("wijk"))
        for key, header, what in (("datum", "Datum", "de datum"), ("omschrijving", "Omschrijving", "de omschrijving"),
                                  ("bedrag", "Bedrag", "het bedrag")):
            if v.get(key) in (None, ""):
                raise _RowProblem(header, f"{what} ontbreekt.")
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
        return RowResult(row.sheet, row.number, "nieuw", f"{uitgave.omschrijving} ({format_cents(uitgave.bedrag_cents)})",
                         changes)

    def _refuse_duplicate(self, v: dict, budget_row) -> None:
        if import_lookups.uitgave_booked(budget_row.id, v["datum"], v["bedrag"], v.get("factuurnummer"),
                                         v.get("omschrijving")):
            raise _RowProblem("Omschrijving", "deze uitgave staat al in WijkDesk (zelfde datum, bedrag en "
                                              f"{'factuurnummer' if v.get('factuurnummer') else 'omschrijving'}). "
                                              "Laat de rij weg om haar niet dubbel te boeken.")

    def _update(self, row: RowData, uitgave, present: set) -> RowResult:
        v = row.values
        wijk = uitgave.budget.wijk
        if v.get("wijk") and normalize(v["wijk"]) != normalize(wijk.naam):
            raise _RowProblem("Wijk", f"deze uitgave hoort bij {wijk.naam}; een bestaande uitgave verhuist niet via "
                                      "de import. Zet de oude wijk terug of pas het aan in WijkDesk.")
        if self.ctx.default_wijk and self.ctx.default_wijk.id != wijk.id:
            raise _RowProblem("Wijk", f"deze uitgave hoort bij {wijk.naam}, niet bij {self.ctx.default_wijk.naam}.")
        jaar = uitgave.budget.jaar
        if v.get("jaar") and v["jaar"] != jaar:
            raise _RowProblem("Jaar", f"deze uitgave hoort bij het budget van {jaar}; dat verandert niet via de import.")
        changes, shown = {}, []
        if "datum" in present:
            if v.get("datum") is None:
                raise _RowProblem("Datum", "de datum ontbreekt.")
            if v["datum"] != uitgave.datum:
                changes["datum"] = v["datum"]
                shown.append(f"datum: {_date(uitgave.datum)} → {_date(v['datum'])}")
        if "bedrag" in present:
            if v.get("bedrag") is None:
                raise _RowProblem("Bedrag", "het bedrag ontbreekt.")
            if v["bedrag"] != uitgave.bedrag_cents:
                changes["bedrag_cents"] = v["bedrag"]
                shown.append(f"bedrag: {_money(uitgave.bedrag_cents)} → {_money(v['bedrag'])}")
        for key, label in (("omschrijving", "omschrijving"), ("leverancier", "leverancier"),
                           ("factuurnummer", "factuurnummer")):
            if key in present and not _keep_redacted(v.get(key)) and _text_changed(getattr(uitgave, key), v.get(key)):
                if key == "omschrijving" and not v.get(key):
                    raise _RowProblem("Omschrijving", "de omschrijving ontbreekt.")
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
        return RowResult(row.sheet, row.number, "bijwerken" if shown else "ongewijzigd", title, shown)
