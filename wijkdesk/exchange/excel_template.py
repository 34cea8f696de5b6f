"""The import template: sheets Ideeën and Uitgaven with one example row, validation, and an Uitleg sheet.

The template uses the same sheet and column names as the export (without the WijkDesk-ID column:
an empty or absent ID means a new row), so the import reads both. The example row starts with
"Voorbeeld:" and the import skips such rows, so a user may leave it in place.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from wijkdesk.domain import workflow
from wijkdesk.exchange import excel_columns as cols
from wijkdesk.exchange.safe_file import workbook_bytes, write_file
from wijkdesk.exchange.xlsx_cells import DATE_FORMAT, MONEY_FORMAT
from wijkdesk.exchange.xlsx_sheets import DATE, MONEY, Column, setup_sheet

log = logging.getLogger(__name__)

EXAMPLE_PREFIX = "Voorbeeld:"
VALIDATED_ROWS = 2000  # validation and formats cover this many rows below the header

TEMPLATE_IDEE_COLUMNS = [c for c in cols.IDEE_COLUMNS if c.header not in ("Bijeenkomst", "Ingevoerd op", cols.ID_HEADER)]
TEMPLATE_UITGAVE_COLUMNS = [c for c in cols.UITGAVE_COLUMNS if c.header not in cols.EXPORT_ONLY]


@dataclass(frozen=True)
class ColumnHelp:
    """What the Uitleg sheet says about a column."""

    required: str
    text: str
    example: str


IDEE_HELP = {
    "Wijk": ColumnHelp("ja*", "De naam van de wijk zoals in WijkDesk. *Mag leeg als u bij het inlezen een wijk kiest.",
                       "Keizerslanden"),
    "Titel": ColumnHelp("ja", "Korte naam van het idee (hoogstens 200 tekens).", "Bankjes bij de speeltuin"),
    "Omschrijving": ColumnHelp("nee", "Wat is het idee, waarom, voor wie.", "Twee bankjes voor ouders"),
    "Thema": ColumnHelp("nee", "Een thema om op te filteren.", "spelen"),
    "Geschatte kosten": ColumnHelp("nee", "Bedrag in euro's: een getal, of tekst als 1.234,56 of € 12,50.", "€ 850,00"),
    "Ingediend door": ColumnHelp("nee", "Naam van een bewonersgroep in die wijk (geen namen van personen).",
                                 "Speeltuinvereniging"),
    "Status": ColumnHelp("nee", "Leeg is 'nieuw'. Kies uit: " + ", ".join(workflow.IDEE_STATUSSEN) + ".", "nieuw"),
    "Reden status": ColumnHelp("soms", "Verplicht bij 'afgewezen' en 'geparkeerd'.", "Past niet in het budget"),
}
UITGAVE_HELP = {
    "Datum": ColumnHelp("ja", "Datum van de uitgave of factuur: een Excel-datum of tekst als 26-11-2026.", "15-03-2026"),
    "Wijk": ColumnHelp("ja*", "De naam van de wijk. *Mag leeg als u bij het inlezen een wijk kiest.", "Keizerslanden"),
    "Jaar": ColumnHelp("nee", "Jaar van het Meedoenbudget; leeg is het jaar van de datum.", "2026"),
    "Doel": ColumnHelp("nee", "Titel van een doel in die wijk.", "Speeltuin vernieuwd"),
    "Toekenning": ColumnHelp("nee", "Omschrijving van een toekenning in die wijk en dat jaar (of vul Zaaknummer in).",
                             "Speeltoestellen"),
    "Omschrijving": ColumnHelp("ja", "Waarvoor is het geld uitgegeven (hoogstens 200 tekens).", "Huur buurthuis"),
    "Leverancier": ColumnHelp("nee", "Bedrijf of instelling die de factuur stuurde.", "Buurthuis De Kern"),
    "Factuurnummer": ColumnHelp("nee", "Nummer op de factuur.", "2026-0042"),
    "Bedrag": ColumnHelp("ja", "Bedrag in euro's: een getal, of tekst als 1.234,56 of € 12,50. Negatief voor een creditnota.",
                         "€ 125,50"),
    "Status": ColumnHelp("nee", "Leeg is 'open'. Kies uit: " + ", ".join(workflow.UITGAVE_STATUSSEN) + ".", "open"),
    "Betaald op": ColumnHelp("nee", "Datum van betaling; ingevuld betekent status 'betaald'.", "30-03-2026"),
    "Zaaknummer": ColumnHelp("nee", "Zaaknummer van de toekenning waar de uitgave onder valt.", "Z-2026-001"),
}


def write_template(target: Path | str, wijken: list[str] | None = None, jaar: int | None = None) -> Path:
    """Write the empty import workbook; `wijken` (names) fill the wijk choice list when given."""
    target = Path(target)
    jaar = jaar or dt.date.today().year
    wijk = (wijken or ["Keizerslanden"])[0]
    wb = Workbook()
    uitleg = wb.active
    uitleg.title = cols.SHEET_UITLEG
    lists = _lists_sheet(wb, wijken or [])
    _data_sheet(wb, cols.SHEET_IDEEEN, "Ideeen", TEMPLATE_IDEE_COLUMNS, {
        "Wijk": wijk, "Titel": f"{EXAMPLE_PREFIX} bankjes bij de speeltuin",
        "Omschrijving": "Twee bankjes zodat ouders kunnen zitten", "Thema": "spelen",
        "Geschatte kosten": Decimal("850.00"), "Ingediend door": "", "Status": "nieuw",
    }, {"Status": workflow.IDEE_STATUSSEN}, lists)
    _data_sheet(wb, cols.SHEET_UITGAVEN, "Uitgaven", TEMPLATE_UITGAVE_COLUMNS, {
        "Datum": dt.date(jaar, 3, 15), "Wijk": wijk, "Jaar": jaar, "Omschrijving": f"{EXAMPLE_PREFIX} huur buurthuis",
        "Leverancier": "Buurthuis De Kern", "Factuurnummer": "2026-0042", "Bedrag": Decimal("125.50"),
        "Status": "open",
    }, {"Status": workflow.UITGAVE_STATUSSEN}, lists)
    _write_uitleg(uitleg)
    write_file(target, workbook_bytes(wb))
    log.info("Importsjabloon geschreven: %s", target)
    return target


def _lists_sheet(wb: Workbook, wijken: list[str]):
    """A hidden sheet with the wijk names, for a choice list longer than Excel's 255-character limit."""
    if not wijken:
        return None
    ws = wb.create_sheet("Lijsten")
    for i, naam in enumerate(wijken, 1):
        ws.cell(row=i, column=1, value=naam).data_type = "s"
    ws.sheet_state = "hidden"
    return ws


def _data_sheet(wb, title: str, table_name: str, columns: list[Column], example: dict, choices: dict, lists) -> None:
    ws = wb.create_sheet(title)
    setup_sheet(ws, columns)
    header_font, header_fill = Font(name="Calibri", size=11, bold=True, color="FFFFFF"), PatternFill("solid", fgColor="305496")
    last_row = VALIDATED_ROWS + 1
    for index, column in enumerate(columns, 1):
        cell = ws.cell(row=1, column=index, value=column.header)
        cell.font, cell.fill = header_font, header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        value = example.get(column.header)
        target = ws.cell(row=2, column=index)
        if value not in (None, ""):
            target.value = value
            if isinstance(value, str):
                target.data_type = "s"  # example text stays text
        letter = get_column_letter(index)
        if column.kind == DATE:
            _format_column(ws, letter, last_row, DATE_FORMAT)
            _add_validation(ws, DataValidation(
                type="date", operator="between", formula1="DATE(2000,1,1)", formula2="DATE(2100,12,31)",
                errorStyle="warning", showErrorMessage=True, errorTitle="Datum",
                error="Vul een datum in, bijvoorbeeld 26-11-2026.", showInputMessage=True,
                promptTitle=column.header, prompt="Datum als dd-mm-jjjj"), f"{letter}2:{letter}{last_row}")
        elif column.kind == MONEY:
            _format_column(ws, letter, last_row, MONEY_FORMAT)
            _add_validation(ws, DataValidation(
                type="decimal", operator="between", formula1="-1000000000", formula2="1000000000",
                errorStyle="warning", showErrorMessage=True, errorTitle="Bedrag",
                error="Vul een bedrag in euro's in, bijvoorbeeld 12,50.", showInputMessage=True,
                promptTitle=column.header, prompt="Bedrag in euro's, bijvoorbeeld 1.234,56"),
                f"{letter}2:{letter}{last_row}")
        elif column.header in choices:
            options = ",".join(choices[column.header])
            _add_validation(ws, DataValidation(
                type="list", formula1=f'"{options}"', allow_blank=True, showErrorMessage=True,
                errorTitle=column.header, error=f"Kies uit: {options.replace(',', ', ')}."),
                f"{letter}2:{letter}{last_row}")
        elif column.header == "Wijk" and lists is not None:
            source = f"{quote_sheetname(lists.title)}!$A$1:$A${lists.max_row}"
            _add_validation(ws, DataValidation(
                type="list", formula1=source, allow_blank=True, errorStyle="warning", showErrorMessage=True,
                errorTitle="Wijk", error="Deze wijk staat niet in WijkDesk."), f"{letter}2:{letter}{last_row}")
    table = Table(displayName=table_name, ref=f"A1:{get_column_letter(len(columns))}2")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
    ws.add_table(table)


def _format_column(ws, letter: str, last_row: int, number_format: str) -> None:
    for row in range(2, last_row + 1):
        ws[f"{letter}{row}"].number_format = number_format


def _add_validation(ws, validation: DataValidation, ref: str) -> None:
    ws.add_data_validation(validation)
    validation.add(ref)


def _write_uitleg(ws) -> None:
    """The explanation sheet: how to fill in and read in the workbook, column by column."""
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 20
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 80
    ws.column_dimensions["E"].width = 26
    bold = Font(name="Calibri", size=11, bold=True)
    lines = [
        ("WijkDesk: importsjabloon voor ideeën en uitgaven", None),
        ("Vul de bladen 'Ideeën' en 'Uitgaven' in (een van beide mag leeg blijven) en lees het bestand in met "
         "WijkDesk: menu Bestand > Importeren uit Excel, of 'wijkdesk import BESTAND.xlsx'.", None),
        ("WijkDesk toont eerst alle problemen per blad, rij en kolom; er wordt pas iets opgeslagen als u bevestigt. "
         "De volgorde van de kolommen maakt niet uit, hoofdletters en spaties in de kolomnamen ook niet.", None),
        (f"Rijen waarvan de titel of omschrijving begint met '{EXAMPLE_PREFIX}' worden overgeslagen; lege rijen ook.", None),
        ("Zet geen namen, e-mailadressen of telefoonnummers van bewoners in dit bestand.", None),
        ("Een werkmap die WijkDesk heeft gemaakt (export) kan ook terugkomen: rijen met een WijkDesk-ID worden "
         "bijgewerkt (bijvoorbeeld een ingevulde betaaldatum), nooit dubbel toegevoegd.", None),
    ]
    row = 1
    for text, _ in lines:
        cell = ws.cell(row=row, column=1, value=text)
        if row == 1:
            cell.font = Font(name="Calibri", bold=True, size=14)
        row += 1
    row += 1
    for sheet, helps, columns in ((cols.SHEET_IDEEEN, IDEE_HELP, TEMPLATE_IDEE_COLUMNS),
                                  (cols.SHEET_UITGAVEN, UITGAVE_HELP, TEMPLATE_UITGAVE_COLUMNS)):
        for index, header in enumerate(("Blad", "Kolom", "Verplicht", "Wat vult u in", "Voorbeeld"), 1):
            cell = ws.cell(row=row, column=index, value=header)
            cell.font = bold
        row += 1
        for column in columns:
            help_ = helps[column.header]
            for index, value in enumerate((sheet, column.header, help_.required, help_.text, help_.example), 1):
                cell = ws.cell(row=row, column=index, value=value)
                cell.data_type = "s"
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
        row += 1
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
