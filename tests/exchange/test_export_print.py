"""The finance workbook as printed (issue 9, defect 10): filters, widths, header rows tall enough,
long texts wrapped, fitted to the page width only, the header on every page. Read back from the saved
file with openpyxl (page settings, widths, heights) and python-calamine (tables, values)."""
from __future__ import annotations

import math

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, get_column_letter, range_boundaries
from python_calamine import CalamineWorkbook

from wijkdesk.exchange.excel_export import export_workbook

DATA_SHEETS = {"Overzicht": "Overzicht", "Toekenningen": "Toekenningen", "Uitgaven": "Uitgaven",
               "Ideeën": "Ideeen", "Doelen": "Doelen", "Besluiten": "Besluiten", "Overhevelingen": "Overhevelingen"}
LINE = 15  # points per line of an 11-point font: what Excel and LibreOffice use for Calibri 11
LONG_TEXT = ("Een nieuwe speeltuin voor de kinderen uit de buurt met klimrekken, schommels, een zandbak en "
             "bankjes voor de ouders, zoals besproken op de bewonersavond in het buurthuis; de gemeente "
             "betaalt het onderhoud, de bewoners helpen bij de aanleg op twee zaterdagen in het voorjaar.")


@pytest.fixture
def printed(world, tmp_path):
    from wijkdesk.services import ideeen

    ideeen.create_idee(world.wijken["Keizerslanden"], "Speeltuin aan de Zwanenvijver", omschrijving=LONG_TEXT,
                       thema="spelen")
    path = tmp_path / "financien.xlsx"
    export_workbook(path)
    return path


def _lines(text: str, width: float) -> int:
    """The fewest lines a text can take in a column: words kept whole, one character per width unit."""
    room, lines, used = width - 1, 0, 0
    for paragraph in text.split("\n"):
        lines, used = lines + 1, 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > room:
                lines, used = lines + 1, 0
            used += (1 if used else 0) + len(word)
    return lines


def _print_area(ws):
    area = ws.print_area
    assert area, ws.title
    return range_boundaries(area.split("!")[-1].replace("$", ""))


def test_every_table_has_its_filter_buttons(printed):
    wb = openpyxl.load_workbook(printed)
    for sheet, table_name in DATA_SHEETS.items():
        table = wb[sheet].tables[table_name]
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref, sheet
    # A second reader sees the same tables, with the sheet's header row as their columns.
    calamine = CalamineWorkbook.from_path(str(printed), load_tables=True)
    assert set(calamine.table_names) == set(DATA_SHEETS.values())
    for sheet, table_name in DATA_SHEETS.items():
        assert calamine.get_table_by_name(table_name).columns == [c.value for c in wb[sheet][1]], sheet


def test_fit_to_width_only_header_on_every_page_and_orientation_that_fits(printed):
    wb = openpyxl.load_workbook(printed)
    for sheet in [*DATA_SHEETS, "Info"]:
        ws = wb[sheet]
        assert ws.sheet_properties.pageSetUpPr.fitToPage, sheet
        assert ws.page_setup.fitToWidth == 1, sheet
        assert ws.page_setup.fitToHeight == 0, sheet  # as many pages tall as needed
        assert ws.page_setup.paperSize in ("9", 9), sheet
    assert wb["Info"].page_setup.orientation == "portrait"
    for sheet in DATA_SHEETS:
        ws = wb[sheet]
        assert ws.print_title_rows == "$1:$1", sheet
        header = [c.value for c in ws[1]]
        _c0, r0, c1, r1 = _print_area(ws)
        # Every row is printed, the WijkDesk-ID (for the import, 36 characters) is not, nor the receipt files
        # (Bonnetjes: paths into the folder beside the workbook, for the screen).
        assert r0 == 1 and r1 >= ws.max_row - 0 and _c0 == 1, sheet
        printed_headers = header[:c1]
        assert "WijkDesk-ID" not in printed_headers and set(header[c1:]) <= {"WijkDesk-ID", "Bonnetjes"}, sheet
        # Readable on paper: A4 at the sheet's orientation, the printed columns at >= 60 % scale.
        page_inches = 11.69 if ws.page_setup.orientation == "landscape" else 8.27
        room_px = (page_inches - ws.page_margins.left - ws.page_margins.right) * 96
        columns_px = sum(ws.column_dimensions[get_column_letter(i)].width * 7 + 5 for i in range(1, c1 + 1))
        scale = min(1.0, room_px / columns_px)
        assert scale >= 0.6, (sheet, round(scale, 2))
        if columns_px <= (8.27 - 0.8) * 96:  # fits portrait: no reason to turn the page
            assert ws.page_setup.orientation == "portrait", sheet


def test_headers_are_whole_words_and_the_header_row_is_tall_enough(printed):
    wb = openpyxl.load_workbook(printed)
    for sheet in DATA_SHEETS:
        ws = wb[sheet]
        height = ws.row_dimensions[1].height
        assert height is not None, sheet
        for cell in ws[1]:
            width = ws.column_dimensions[cell.column_letter].width
            longest = max(len(word) for word in cell.value.split())
            assert longest <= width - 1, (sheet, cell.value, width)  # never broken inside a word
            assert cell.alignment.wrap_text, (sheet, cell.value)
            assert height >= LINE * _lines(cell.value, width), (sheet, cell.value, width, height)
    # The two the issue names, cut off before.
    assert wb["Overzicht"].row_dimensions[1].height >= 2 * LINE
    toekenningen = wb["Toekenningen"]
    column = next(c for c in toekenningen[1] if c.value == "Verantwoording uiterlijk").column_letter
    assert toekenningen.column_dimensions[column].width < len("Verantwoording uiterlijk")
    assert toekenningen.row_dimensions[1].height >= 2 * LINE


def test_long_texts_wrap_in_rows_tall_enough(printed):
    wb = openpyxl.load_workbook(printed)
    seen_long = 0
    for sheet in DATA_SHEETS:
        ws = wb[sheet]
        _c0, _r0, last_printed, _r1 = _print_area(ws)
        for row in ws.iter_rows(min_row=2, max_col=last_printed):
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                width = ws.column_dimensions[cell.column_letter].width
                if len(cell.value) <= width - 1:
                    continue
                seen_long += 1
                assert cell.alignment.wrap_text, (sheet, cell.coordinate, cell.value)
                height = ws.row_dimensions[cell.row].height
                need = _lines(cell.value, width)
                assert height is not None and height >= LINE * need, (sheet, cell.coordinate, height, need)
    assert seen_long >= 3
    ideas = openpyxl.load_workbook(printed)["Ideeën"]
    row = next(r for r in ideas.iter_rows(min_row=2) if r[1].value == "Speeltuin aan de Zwanenvijver")
    width = ideas.column_dimensions["C"].width
    assert ideas.row_dimensions[row[0].row].height >= LINE * math.ceil(len(LONG_TEXT) / width)
    # The text itself is whole: wrapping is only how it is shown.
    calamine = CalamineWorkbook.from_path(str(printed)).get_sheet_by_name("Ideeën").to_python()
    assert LONG_TEXT in [r[2] for r in calamine]


def test_short_rows_keep_the_default_height(printed):
    ws = openpyxl.load_workbook(printed)["Uitgaven"]
    heights = {ws.row_dimensions[r].height for r in range(2, ws.max_row + 1)
               if all(not isinstance(c.value, str) or len(c.value) < 10 for c in ws[r][:column_index_from_string("M")])}
    assert heights <= {None, 15.0}
