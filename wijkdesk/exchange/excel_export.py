"""The finance workbook: Overzicht, Toekenningen, Uitgaven, Ideeën, Doelen, Besluiten and Info, as values.

Every figure is a value computed by WijkDesk (no formulas: openpyxl writes them without a cached
result, so every reader but Excel would see an empty total). The workbook is written in write-only
mode (rows streamed to disk, constant memory) into a temporary file beside the target, renamed
only when complete: a cancelled or failed export leaves the target as it was.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from urllib.parse import urlsplit
from urllib.request import url2pathname

from openpyxl import Workbook

from wijkdesk import __version__
from wijkdesk.domain import workflow
from wijkdesk.exchange import excel_columns as cols
from wijkdesk.domain.privacy import Scrubber
from wijkdesk.exchange.receipts_folder import ReceiptsFolder, folder_for
from wijkdesk.exchange.progress import CancelCheck, Cancelled, Progress, ProgressCallback
from wijkdesk.exchange.safe_file import remove_quietly, replace_target, save_workbook, temp_path_beside
from wijkdesk.exchange.xlsx_cells import CellMaker
from wijkdesk.exchange.xlsx_sheets import TableSheet, row_height, wrapped_lines
from wijkdesk.services import audit, database, verantwoording, wissen
from wijkdesk.services import exchange_queries as q
from wijkdesk.services.errors import NotFoundError

log = logging.getLogger(__name__)

INFO_TEXT_WIDTH = 60


@dataclass
class ExportResult:
    """What was written: the file, the row counts and the totals (as shown on Overzicht and Info)."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    budget_cents: int = 0
    toegekend_cents: int = 0
    uitgegeven_cents: int = 0
    resterend_cents: int = 0
    overgeheveld_in_cents: int = 0
    overgeheveld_uit_cents: int = 0
    carry_overs: int = 0  # rows on the Overhevelingen sheet
    scrubbed_texts: int = 0
    receipts_folder: Path | None = None  # the folder of receipts beside the workbook (None: no receipts)
    receipts_copied: int = 0
    receipts_missing: int = 0


class NothingToExport(NotFoundError):
    """The chosen wijk and year hold no budget, grant, expense, idea or goal: no workbook is written."""


def export_workbook(target: Path | str, *, wijk: str | None = None, jaar: int | None = None,
                    progress: ProgressCallback | None = None,
                    is_cancelled: CancelCheck | None = None, allow_empty: bool = True,
                    receipts: bool = True) -> ExportResult:
    """Write the finance workbook for one wijk and/or year (or everything) to `target`.

    With `allow_empty=False` a selection without any data raises NothingToExport instead of writing
    an empty workbook (the command line: `--year 1999` must not look like a success). With `receipts`
    the expenses' receipt files go into a folder beside it (exchange/receipts_folder.py).
    """
    target = Path(target)
    filt = q.make_filter(wijk, jaar)
    tmp = temp_path_beside(target)
    wb = Workbook(write_only=True)
    folder = ReceiptsFolder(target) if receipts else None
    try:
        # One read transaction: the sheets and their totals come from the same snapshot even when
        # the window saves a change meanwhile.
        with database.read_snapshot():
            result = _write_all(wb, filt, target, progress, is_cancelled, allow_empty, folder)
        save_workbook(wb, tmp)
        # Saving a large workbook takes seconds: a Cancel pressed meanwhile still means no file.
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("Afgebroken op verzoek van de gebruiker.")
        replace_target(tmp, target)
        if folder is not None:
            result.receipts_folder = folder.put_in_place()
    except BaseException:
        _discard(wb)
        remove_quietly(tmp)
        if folder is not None:
            folder.discard()
        raise
    log.info("Excel-export geschreven: %s (%s)", target, result.rows)
    return result


def _discard(wb: Workbook) -> None:
    """Remove the per-sheet temporary files openpyxl streams rows into (else kept until exit)."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        # Close the row stream first, then the sheet stream, in the order openpyxl opened them;
        # left to the garbage collector they would complain about a half-written element.
        for stream in (getattr(ws, "_rows", None), writer.xf):
            try:
                if stream is not None:
                    stream.close()
            except Exception:  # a half-written stream may refuse to close; its file goes anyway
                log.debug("Tijdelijk werkblad niet netjes gesloten", exc_info=True)
        ws._rows = None
        writer.xf = None
        remove_quietly(writer.out)
        if writer.out in ALL_TEMP_FILES:
            ALL_TEMP_FILES.remove(writer.out)


def _write_all(wb, filt: q.ExportFilter, target: Path, progress, is_cancelled, allow_empty: bool,
               folder: ReceiptsFolder | None = None) -> ExportResult:
    goals = q.doel_years(filt)
    # One read of the ideas for the counts, the keys and Overzicht (and for a wijk-year the sheet too).
    idee_list, ideas = q.wijk_year_ideas(filt)
    counts = q.count_rows(filt, goals, ideas)
    keys = q.overzicht_keys(filt, goals, ideas)
    if not allow_empty and not keys and not any(counts.values()):
        raise NothingToExport(_nothing_message(filt))
    carries = q.carry_over_rows(filt)
    bons = q.receipts(filt) if folder is not None else []
    tracker = Progress(sum(counts.values()) + len(keys) + len(bons), progress, is_cancelled)
    scrubber = Scrubber(q.personal_data_terms(), wissen.erased_keys())
    result = ExportResult(path=target, rows=dict(counts), carry_overs=len(carries))

    if folder is not None and bons:
        # First, so that the Uitgaven sheet can say which receipt is missing.
        tracker.phase("Bonnetjes")
        folder.start()
        for bon in bons:
            # An invoice number is typed text: scrubbed like its cell, before it becomes part of a file name.
            folder.add(bon.uitgave_uuid, scrubber.clean(bon.factuurnummer) or "", bon.suffix, bon.readable)
            tracker.step()
        result.receipts_copied, result.receipts_missing = folder.copied, folder.missing
    tracker.phase("Overzicht")
    _write_overzicht(wb, filt, keys, goals, ideas, result, tracker)
    tracker.phase("Toekenningen")
    _write_toekenningen(wb, filt, scrubber, tracker)
    tracker.phase("Uitgaven")
    _write_uitgaven(wb, filt, scrubber, tracker, folder)
    tracker.phase("Ideeën")
    _write_ideeen(wb, q.idee_rows(filt) if idee_list is None else idee_list, scrubber, tracker)
    tracker.phase("Doelen")
    _write_doelen(wb, filt, goals, scrubber, tracker)
    tracker.phase("Besluiten")
    _write_besluiten(wb, filt, scrubber)
    tracker.phase("Overhevelingen")
    _write_overhevelingen(wb, carries, scrubber)
    result.scrubbed_texts = scrubber.count
    _write_info(wb, filt, result)
    tracker.phase("Bestand opslaan")
    return result


def _nothing_message(filt: q.ExportFilter) -> str:
    years = q.years_with_data(filt)
    where = f"voor {filt.describe_wijk()} in {filt.describe_jaar()}"
    hint = (f" Jaren met gegevens: {', '.join(map(str, years))}." if years and filt.jaar is not None
            else " Kies een ander jaar of een andere wijk." if filt.jaar is not None or filt.wijk_id is not None
            else " De database is nog leeg.")
    return (f"Er is niets te exporteren {where}: geen Meedoenbudget, toekenningen, uitgaven, ideeën of doelen. "
            f"Er is geen werkmap geschreven.{hint}")


def _write_overzicht(wb, filt, keys, goals, ideeen, result: ExportResult, tracker: Progress) -> None:
    sheet = TableSheet(wb, cols.SHEET_OVERZICHT, "Overzicht", cols.OVERZICHT_COLUMNS)
    doelen = q.doel_status_counts(filt, goals)
    totals = Counter()
    idee_totals, doel_totals = Counter(), Counter()
    for wijk_id, wijk_naam, jaar in keys:
        figures = q.budget_figures(wijk_id, jaar)
        idee_count = ideeen.get((wijk_id, jaar), Counter())
        doel_count = doelen.get((wijk_id, jaar), Counter())
        sheet.append([
            wijk_naam, jaar, figures.budget_cents, figures.overgeheveld_in_cents, figures.overgeheveld_uit_cents,
            figures.toegekend_cents, figures.uitgegeven_cents, figures.resterend_cents,
            *[idee_count.get(s, 0) for s in cols.IDEE_STATUS_HEADERS],
            *[doel_count.get(s, 0) for s in cols.DOEL_STATUS_HEADERS],
        ])
        totals.update(figures.as_counter())
        idee_totals.update(idee_count)
        tracker.step()
    # A goal that runs over several years counts in each of them above, and once in the total:
    # the total is the number of goals on the Doelen sheet.
    doel_totals.update(goal.status for goal in goals.values() if q.in_year(goal, filt))
    sheet.finish()
    result.budget_cents = totals["budget_cents"]
    result.toegekend_cents = totals["toegekend_cents"]
    result.uitgegeven_cents = totals["uitgegeven_cents"]
    result.resterend_cents = totals["resterend_cents"]
    result.overgeheveld_in_cents = totals["overgeheveld_in_cents"]
    result.overgeheveld_uit_cents = totals["overgeheveld_uit_cents"]
    c = sheet.cells
    sheet.append_cells([])
    sheet.append_cells([
        c.text("Totaal", bold=True), None,
        c.money(result.budget_cents, bold=True), c.money(result.overgeheveld_in_cents, bold=True),
        c.money(result.overgeheveld_uit_cents, bold=True), c.money(result.toegekend_cents, bold=True),
        c.money(result.uitgegeven_cents, bold=True), c.money(result.resterend_cents, bold=True),
        *[c.integer(idee_totals.get(s, 0), bold=True) for s in cols.IDEE_STATUS_HEADERS],
        *[c.integer(doel_totals.get(s, 0), bold=True) for s in cols.DOEL_STATUS_HEADERS],
    ])


def _write_toekenningen(wb, filt, scrubber: Scrubber, tracker: Progress) -> None:
    sheet = TableSheet(wb, cols.SHEET_TOEKENNINGEN, "Toekenningen", cols.TOEKENNING_COLUMNS)
    spent = q.spent_per_toekenning(filt)
    rules: dict = {}  # the spending rules per wijk and year, read once per export
    total_granted = total_spent = 0
    clean = scrubber.clean
    for (zaak, wijk, jaar, groep, doel, omschrijving, bedrag, besluit, besloten_door, status, einde,
         override, tid, uuid, verantwoord_op) in q.toekenning_rows(filt):
        uitgegeven = spent.get(tid, 0)
        counts = status in workflow.TOEKENNING_TELT_MEE
        # A withdrawn or refused grant reserves nothing: no 'left' that a reader would add up.
        sheet.append([
            clean(zaak), wijk, jaar, clean(groep), clean(doel), clean(omschrijving), bedrag, uitgegeven,
            bedrag - uitgegeven if counts else None, besluit, clean(besloten_door), status,
            verantwoording.deadline(einde, wijk, jaar, rules),
            q.verantwoording_status(status, einde, verantwoord_op, wijk, jaar, rules), clean(override), uuid,
        ])
        if counts:
            total_granted += bedrag
        total_spent += uitgegeven
        tracker.step()
    sheet.finish()
    c = sheet.cells
    sheet.append_cells([])
    sheet.append_cells([c.text("Totaal", bold=True), None, None, None, None,
                        c.text("(alleen aangevraagd, toegekend en verantwoord)"),
                        c.money(total_granted, bold=True), c.money(total_spent, bold=True),
                        c.money(total_granted - total_spent, bold=True)])


def _write_uitgaven(wb, filt, scrubber: Scrubber, tracker: Progress, folder: ReceiptsFolder | None = None) -> None:
    # No total row here: this sheet goes back into the import, which reads every row below the header.
    sheet = TableSheet(wb, cols.SHEET_UITGAVEN, "Uitgaven", cols.UITGAVE_COLUMNS)
    append, step = sheet.append, tracker.step
    # The Bonnetjes cell: the receipt files in the folder beside the workbook (None without any).
    receipts = folder.cell if folder is not None else (lambda _uuid: None)
    if scrubber:
        clean = scrubber.clean
        for (datum, wijk, jaar, doel, toekenning, omschrijving, leverancier, factuur, bedrag, status,
             betaald, zaak, override, uuid) in q.uitgave_rows(filt):
            # Factuurnummer and zaaknummer are typed too: "factuur jan@..." or a phone number gets in.
            append((datum, wijk, jaar, clean(doel), clean(toekenning), clean(omschrijving), clean(leverancier),
                    clean(factuur), bedrag, status, betaald, clean(zaak), clean(override), receipts(uuid), uuid))
            step()
    else:
        for row in q.uitgave_rows(filt):
            append((*row[:-1], receipts(row[-1]), row[-1]))
            step()
    sheet.finish()


def _write_overhevelingen(wb, carries, scrubber: Scrubber) -> None:
    """Money carried from one year to the next at a year end, with its reason (services.jaarafsluiting)."""
    sheet = TableSheet(wb, cols.SHEET_OVERHEVELINGEN, "Overhevelingen", cols.OVERHEVELING_COLUMNS)
    for row in carries:
        sheet.append([row.wijk_naam, row.van_jaar, row.naar_jaar, row.bedrag_cents, row.datum,
                      scrubber.clean(row.reden), row.uuid])
    sheet.finish()


def _write_ideeen(wb, rows, scrubber: Scrubber, tracker: Progress) -> None:
    sheet = TableSheet(wb, cols.SHEET_IDEEEN, "Ideeen", cols.IDEE_COLUMNS)
    clean = scrubber.clean
    for (wijk, titel, omschrijving, thema, kosten, groep, door_persoon, bijeenkomst, bijeenkomst_datum, status,
         reden, aangemaakt, uuid) in rows:
        ingediend = groep or (cols.SUBMITTED_BY_RESIDENT if door_persoon else None)
        meeting = f"{bijeenkomst} {bijeenkomst_datum:%d-%m-%Y}" if bijeenkomst and bijeenkomst_datum else bijeenkomst
        sheet.append([wijk, clean(titel), clean(omschrijving), clean(thema), kosten, clean(ingediend),
                      clean(meeting), status, clean(reden), aangemaakt, uuid])
        tracker.step()
    sheet.finish()


def _write_doelen(wb, filt, goals, scrubber: Scrubber, tracker: Progress) -> None:
    sheet = TableSheet(wb, cols.SHEET_DOELEN, "Doelen", cols.DOEL_COLUMNS)
    idee_titles = q.doel_idee_titles(filt.wijk_id)
    money = q.doel_money(filt.jaar, filt.wijk_id)
    clean = scrubber.clean
    for (wijk, titel, omschrijving, indicator, streef, deadline, verantwoordelijke, eigenaar, status,
         voortgang, begroot, doel_id, uuid) in q.doel_rows(filt, goals):
        sheet.append([wijk, clean(titel), clean(omschrijving), clean(indicator), clean(streef), deadline,
                      clean(verantwoordelijke), clean(eigenaar), status, voortgang, begroot,
                      *money.get(doel_id, (0, 0)),
                      clean("; ".join(idee_titles.get(doel_id, []))), uuid])
        tracker.step()
    sheet.finish()


def _write_besluiten(wb, filt, scrubber: Scrubber) -> None:
    """Decisions about money, with their status (a withdrawn or replaced decision stays, marked so)."""
    sheet = TableSheet(wb, cols.SHEET_BESLUITEN, "Besluiten", cols.BESLUIT_COLUMNS)
    clean = scrubber.clean
    for (datum, wijk, meeting, meeting_date, tekst, door, bedrag, status, status_reden, uuid) in q.besluit_rows(filt):
        where = f"{meeting} {meeting_date:%d-%m-%Y}" if meeting and meeting_date else meeting
        sheet.append([datum, wijk, clean(where), clean(tekst), clean(door), bedrag, status, clean(status_reden), uuid])
    sheet.finish()


def _database_name() -> str:
    """The database's file name without its folder: a full path names the user (C:\\Users\\naam\\...)."""
    location = database.database_name()
    opened = database.current()
    if opened is not None and opened.is_server:  # name and host, no user name (services.database)
        return location
    if location.startswith("file:"):  # a read-only connection is opened by URI: file:///map/x.db?mode=ro
        location = url2pathname(urlsplit(location).path)
    # Both separators: a Windows path read on any system still loses its folders.
    return PureWindowsPath(location).name


def _receipts_text(folder_name: str, result: ExportResult) -> str:
    if not result.receipts_copied and not result.receipts_missing:
        return "geen bonnetjes bij deze uitgaven"
    text = f"{result.receipts_copied} in de map {folder_name} naast deze werkmap (kolom Bonnetjes op Uitgaven)"
    if result.receipts_missing:
        text += f"; {result.receipts_missing} ontbreken in WijkDesk (kolom Bonnetjes: 'ontbreekt')"
    return text


def _write_info(wb, filt: q.ExportFilter, result: ExportResult) -> None:
    """When, by whom, from which database, which filters, which version, and the totals."""
    ws = wb.create_sheet(cols.SHEET_INFO)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = INFO_TEXT_WIDTH
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    c = CellMaker(ws)
    rows = [
        ("Gemaakt op", c.date(dt.datetime.now().replace(microsecond=0))),
        ("Gemaakt door", c.text(audit.current_user())),
        ("Database", c.text(_database_name())),
        ("Wijk", c.text(filt.describe_wijk())),
        ("Jaar", c.text(filt.describe_jaar())),
        ("WijkDesk-versie", c.text(__version__)),
        (None, None),
        ("Totalen", None),
        ("Meedoenbudget", c.money(result.budget_cents)),
        ("Toegekend", c.money(result.toegekend_cents)),
        ("Uitgegeven", c.money(result.uitgegeven_cents)),
        ("Overgeheveld uit vorig jaar", c.money(result.overgeheveld_in_cents)),
        ("Overgeheveld naar volgend jaar", c.money(result.overgeheveld_uit_cents)),
        ("Resterend", c.money(result.resterend_cents)),
        ("Aantal toekenningen", result.rows.get("toekenningen", 0)),
        ("Aantal uitgaven", result.rows.get("uitgaven", 0)),
        ("Aantal ideeën", result.rows.get("ideeen", 0)),
        ("Aantal doelen", result.rows.get("doelen", 0)),
        ("Aantal overhevelingen", result.carry_overs),
        ("Bonnetjes", c.text(_receipts_text(folder_for(result.path).name, result))),
        (None, None),
        ("Privacy", c.text("Dit bestand bevat geen namen, e-mailadressen of telefoonnummers van bewoners.")),
        ("Weggelaten persoonsgegevens", result.scrubbed_texts),
        ("Bedragen", c.text("Alle bedragen en totalen zijn waarden berekend door WijkDesk, geen formules.")),
    ]
    for number, (label, value) in enumerate(rows, 1):
        lines = wrapped_lines(value, INFO_TEXT_WIDTH) if isinstance(value, str) else 1
        if lines > 1:  # a long text wraps in its column instead of running off the printed page
            ws.row_dimensions[number].height = row_height(lines)
            value = c.wrapped(value)
        ws.append([c.text(label, bold=True) if label else None, value])
