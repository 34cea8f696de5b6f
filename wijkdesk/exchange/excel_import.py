"""Import ideas and expenses from a workbook: the template, or an export that came back from finance.

Every row is checked and then written through the services (validation, budget rules and the audit
log apply, as when typed in the window), all inside one transaction: by default nothing is kept
when any row is bad; with `skip_invalid` the good rows are kept and the bad ones reported. A preview
(`dry_run`) runs the very same steps and rolls back, so it shows every problem the real run would
meet, including the services' own refusals (an over-spent budget, a status that cannot follow).

Rows with a WijkDesk-ID (the row's UUID, written by the export) update that row: a paid date filled
in by finance marks the expense paid. Rows without one are new; a row that looks like one already
in WijkDesk is refused rather than added twice.

This module is the file's side: reading every sheet before anything is written, the one transaction,
Cancel, the report. Matching a row to WijkDesk data and applying it is services/import_reconcile.py,
which takes the row's plain values; its problems name a key, turned into the column title here.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from wijkdesk.exchange import excel_columns as cols
from wijkdesk.exchange.excel_template import EXAMPLE_PREFIX
from wijkdesk.exchange.progress import CancelCheck, Progress, ProgressCallback
from wijkdesk.exchange.xlsx_reader import (
    DATE, DEFAULT_LIMITS, INTEGER, MONEY, STATUS, FieldSpec, Limits, Problem, ProblemList, RowData, close_workbook,
    find_sheet, open_workbook, read_rows,
)
from wijkdesk.services import audit, changes, database, import_reconcile
from wijkdesk.services.errors import ServiceError
from wijkdesk.services.import_reconcile import ImportRow

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
# The column title of each key, for problems and for the reconciler's messages ("vul de kolom Jaar in").
HEADERS = {spec.key: spec.header for spec in IDEE_SPECS + UITGAVE_SPECS}


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
        try:
            reconciler = import_reconcile.Reconciler(wijk, HEADERS, cols.SUBMITTED_BY_RESIDENT)
        except import_reconcile.RowProblem as exc:  # an unknown wijk chosen for the whole file
            report.problems.append(Problem("", None, None, exc.message))
            return report
        sheets = [(find_sheet(wb, cols.SHEET_IDEEEN, "Ideeen", "Ideas"), IDEE_SPECS, "idee"),
                  (find_sheet(wb, cols.SHEET_UITGAVEN, "Expenses"), UITGAVE_SPECS, "uitgave")]
        sheets = [s for s in sheets if s[0] is not None]
        if not sheets:
            names = ", ".join(f"'{sheet.title}'" for sheet in wb.sheets)
            report.problems.append(Problem("", None, None, f"Dit bestand heeft geen blad 'Ideeën' of 'Uitgaven' "
                                                           f"(wel: {names}). Gebruik het importsjabloon."))
            return report
        # Every sheet is read and checked before anything is written: a damaged cell in the last
        # sheet must not come after the first sheet's rows went in.
        read = []
        for sheet, specs, kind in sheets:
            tracker.phase(f"Blad {sheet.title} lezen")
            read.append((sheet, kind, read_rows(sheet, specs, report.problems, tick=tracker.check)))
    finally:
        close_workbook(wb)
    tracker.restart(sum(len(rows) for _s, _i, rows in read))
    with audit.reason(f"Excel-import {path.name}"):
        try:
            with changes.change(f"Excel-import {path.name}") as made:
                for sheet, kind, rows in read:
                    tracker.phase(f"Blad {sheet.title}")
                    for row in rows:
                        _handle(reconciler, kind, row, report)
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


def _handle(reconciler: import_reconcile.Reconciler, kind: str, row: RowData, report: ImportReport) -> None:
    """One row: skipped (an example line of the template), refused (a bad cell, or what the reconciler
    refuses, pointed at its column) or applied through services.import_reconcile."""
    title = reconciler.title_of(kind, row.values)
    if title.startswith(EXAMPLE_PREFIX):
        report.rows.append(RowResult(row.sheet, row.number, "overgeslagen", title, ["voorbeeldregel"]))
        return
    if row.problems:
        report.problems.extend(row.problems)
        report.rows.append(RowResult(row.sheet, row.number, "fout", title))
        return
    try:
        outcome = reconciler.apply(kind, ImportRow(row.values, row.sheet, row.number))
    except import_reconcile.RowProblem as exc:
        report.problems.append(Problem(row.sheet, row.number, HEADERS.get(exc.field) if exc.field else None,
                                       exc.message))
        report.rows.append(RowResult(row.sheet, row.number, "fout", title))
        return
    report.rows.append(RowResult(row.sheet, row.number, outcome.action, outcome.title, outcome.changes))
