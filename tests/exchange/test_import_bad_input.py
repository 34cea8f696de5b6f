"""Table-driven: bad and odd input for the import, each with its Dutch message and an unchanged database.

Every case file also holds good rows (one expense, one idea), so each case shows that one bad row
keeps the good ones out too: the import is one transaction.

Kinds of input covered (see CASES and FILE_CASES below):
  files:   missing, empty, text/CSV named .xlsx, old .xls, password-protected, truncated zip,
           zip that is no workbook, OpenDocument (.ods), workbook with broken XML
  book:    no Ideeën/Uitgaven sheet, required column missing, column twice, unknown --wijk
  rows:    unknown wijk, wijk other than --wijk, no wijk, no title, no amount, amount that is text,
           ambiguous amount, three decimals, TRUE as amount, a date as amount, date that is text,
           impossible date, number as date, formula as amount, formula as text, error value,
           unknown status (idea, expense), rejected idea without reason, unknown group, unknown goal,
           unknown zaaknummer, no budget for the year, year that is not a number, unknown ID,
           same ID twice, an idea's ID in Uitgaven, amount zero, over the budget, title too long,
           negative estimated cost, idea already there, expense already there, rejecting an expense,
           paid date with another status, moving an expense to another wijk, a year other than the
           expense's budget year
"""
from __future__ import annotations

import datetime as dt
import zipfile

import pytest

from tests.exchange.books import (
    IDEE_HEADER, UITGAVE_HEADER, good_idee, good_uitgave, standard_book, write_book,
)
from tests.exchange.helpers import db_fingerprint
from wijkdesk.exchange.excel_import import import_workbook
from wijkdesk.exchange.xlsx_reader import WorkbookError


def _uitgave(**kw):
    return lambda tmp, w: standard_book(tmp / "b.xlsx", uitgaven=[good_uitgave(**kw)])


def _idee(**kw):
    return lambda tmp, w: standard_book(tmp / "b.xlsx", ideeen=[good_idee(**kw)])


def _with_id(kind, index, **kw):
    """An export-style row carrying the WijkDesk-ID of a seeded row."""
    # `kw` is shared by every call of `build`: it is read, never changed (with --backend both each case is
    # built twice; popping 'source' made the second build carry an expense's ID instead of an idea's).
    fields = {k: v for k, v in kw.items() if k != "source"}

    def build(tmp, w):
        header = (UITGAVE_HEADER if kind == "uitgave" else IDEE_HEADER) + ["WijkDesk-ID"]
        source = {"uitgave": w.uitgaven, "idee": w.ideeen}[kw.get("source", kind)]
        make = good_uitgave if kind == "uitgave" else good_idee
        rows = [make(**fields) + [source[i].uuid] for i in ([index] if isinstance(index, int) else index)]
        sheet = "Uitgaven" if kind == "uitgave" else "Ideeën"
        return write_book(tmp / "b.xlsx", {sheet: [header, *rows]})
    return build


def _sheets(sheets):
    return lambda tmp, w: write_book(tmp / "b.xlsx", sheets)


# (id, build(tmp_path, world) -> path, import kwargs, expected message part, (sheet, row, column) or None)
CASES = [
    ("no_known_sheet", _sheets({"Blad1": [["a", "b"], [1, 2]]}), {}, "geen blad 'Ideeën' of 'Uitgaven'", None),
    ("required_column_missing", _sheets({"Uitgaven": [["Datum", "Wijk", "Omschrijving"],
                                                      [dt.date(2026, 1, 5), "Keizerslanden", "Iets"]]}),
     {}, "de kolom 'Bedrag' ontbreekt", ("Uitgaven", 1, "Bedrag")),
    ("column_twice", _sheets({"Uitgaven": [UITGAVE_HEADER + ["bedrag"], good_uitgave() + ["5"]]}),
     {}, "staat er twee keer in", ("Uitgaven", 1, "bedrag")),
    ("unknown_default_wijk", lambda tmp, w: standard_book(tmp / "b.xlsx"), {"wijk": "Atlantis"},
     "De wijk 'Atlantis' bestaat niet", None),
    ("unknown_wijk", _uitgave(Wijk="Atlantis"), {}, "de wijk 'Atlantis' bestaat niet", ("Uitgaven", 3, "Wijk")),
    ("wijk_other_than_option", _idee(Wijk="Keizerslanden", Titel="Ander idee"), {"wijk": "Rivierenwijk"},
     "maar u leest in voor Rivierenwijk", ("Ideeën", 3, "Wijk")),
    ("wijk_missing", _idee(Wijk=None, Titel="Zonder wijk"), {}, "de wijk ontbreekt", ("Ideeën", 3, "Wijk")),
    ("title_missing", _idee(Titel=None, Omschrijving="Alleen tekst"), {}, "de titel ontbreekt", ("Ideeën", 3, "Titel")),
    ("amount_missing", _uitgave(Bedrag=None, Factuurnummer="X1"), {}, "het bedrag ontbreekt", ("Uitgaven", 3, "Bedrag")),
    ("amount_words", _uitgave(Bedrag="twaalf euro"), {}, "is geen bedrag", ("Uitgaven", 3, "Bedrag")),
    ("amount_ambiguous", _uitgave(Bedrag="1,234"), {}, "dubbelzinnig", ("Uitgaven", 3, "Bedrag")),
    ("amount_three_decimals", _uitgave(Bedrag=12.345), {}, "meer dan twee cijfers achter de komma",
     ("Uitgaven", 3, "Bedrag")),
    ("amount_boolean", _uitgave(Bedrag=True), {}, "'WAAR' is geen bedrag", ("Uitgaven", 3, "Bedrag")),
    ("amount_is_date", _uitgave(Bedrag=dt.datetime(2026, 1, 1)), {}, "is een datum, geen bedrag",
     ("Uitgaven", 3, "Bedrag")),
    ("date_words", _uitgave(Datum="gisteren"), {}, "'gisteren' is geen datum", ("Uitgaven", 3, "Datum")),
    ("date_impossible", _uitgave(Datum="31-02-2026"), {}, "bestaat niet als datum", ("Uitgaven", 3, "Datum")),
    ("date_plain_number", _uitgave(Datum=46100), {}, "is een getal, geen datum", ("Uitgaven", 3, "Datum")),
    ("formula_amount", _uitgave(Bedrag="=D2*2"), {}, "bevat een formule (=D2*2)", ("Uitgaven", 3, "Bedrag")),
    ("formula_text", _idee(Titel="=HYPERLINK(\"http://x\")"), {}, "bevat een formule", ("Ideeën", 3, "Titel")),
    ("error_value", _uitgave(Bedrag="#DIV/0!"), {}, "foutwaarde (#DIV/0!)", ("Uitgaven", 3, "Bedrag")),
    ("idea_status_unknown", _idee(Titel="Nieuw plan", Status="klaar"), {}, "'klaar' is geen status van een idee",
     ("Ideeën", 3, "Status")),
    ("expense_status_unknown", _uitgave(Status="gedaan"), {}, "'gedaan' is geen status van een uitgave",
     ("Uitgaven", 3, "Status")),
    ("rejected_without_reason", _idee(Titel="Afgewezen plan", Status="afgewezen"), {},
     "Geef een reden op", ("Ideeën", 3, "Status")),
    ("unknown_group", _idee(Titel="Plan", **{"Ingediend door": "Jan Jansen"}), {}, "de groep 'Jan Jansen' bestaat niet",
     ("Ideeën", 3, "Ingediend door")),
    ("unknown_goal", lambda tmp, w: write_book(tmp / "b.xlsx", {"Uitgaven": [
        UITGAVE_HEADER + ["Doel"], good_uitgave() + [None], good_uitgave(Factuurnummer="Q") + ["Bestaat niet"]]}),
     {}, "het doel 'Bestaat niet' bestaat niet", ("Uitgaven", 3, "Doel")),
    ("unknown_zaaknummer", _uitgave(Zaaknummer="Z-9999"), {}, "geen zaaknummer 'Z-9999'", ("Uitgaven", 3, "Zaaknummer")),
    ("no_budget_that_year", _uitgave(Datum=dt.date(2030, 1, 1)), {}, "geen Meedoenbudget voor Keizerslanden in 2030",
     ("Uitgaven", 3, "Datum")),
    ("year_not_a_number", lambda tmp, w: write_book(tmp / "b.xlsx", {"Uitgaven": [
        UITGAVE_HEADER + ["Jaar"], good_uitgave() + [2026], good_uitgave(Factuurnummer="J") + ["volgend jaar"]]}),
     {}, "'volgend jaar' is geen geheel getal", ("Uitgaven", 3, "Jaar")),
    ("unknown_id", lambda tmp, w: write_book(tmp / "b.xlsx", {"Uitgaven": [
        UITGAVE_HEADER + ["WijkDesk-ID"], good_uitgave() + [None],
        good_uitgave(Factuurnummer="U") + ["00000000-0000-0000-0000-000000000000"]]}),
     {}, "bestaat niet in deze database", ("Uitgaven", 3, "WijkDesk-ID")),
    ("same_id_twice", _with_id("uitgave", [0, 0], Datum=dt.date(2026, 3, 2), Bedrag="4.321,09", Omschrijving="Klimrek"),
     {}, "dezelfde WijkDesk-ID staat ook in Uitgaven rij 2", ("Uitgaven", 3, "WijkDesk-ID")),
    ("idea_id_in_expenses", _with_id("uitgave", 0, source="idee"), {}, "bestaat niet in deze database",
     ("Uitgaven", 2, "WijkDesk-ID")),
    ("amount_zero", _uitgave(Bedrag="0,00"), {}, "moet groter dan € 0,00 zijn", ("Uitgaven", 3, "Bedrag")),
    ("over_budget", _uitgave(Bedrag="25.000,00"), {}, "budget overschreden", ("Uitgaven", 3, "Bedrag")),
    ("title_too_long", _idee(Titel="x" * 201), {}, "te lang (201 tekens)", ("Ideeën", 3, "Titel")),
    ("negative_cost", _idee(Titel="Goedkoop", **{"Geschatte kosten": "-5,00"}), {}, "mag niet negatief zijn",
     ("Ideeën", 3, "Geschatte kosten")),
    ("idea_already_there", _idee(Wijk="Rivierenwijk", Titel="Buurtbieb"), {}, "staat al in WijkDesk",
     ("Ideeën", 3, "Titel")),
    ("expense_already_there", _uitgave(Datum=dt.date(2026, 3, 2), Bedrag="4.321,09", Factuurnummer="F-1001"), {},
     "deze uitgave staat al in WijkDesk", ("Uitgaven", 3, "Omschrijving")),
    ("reject_expense", _uitgave(Status="afgewezen", Factuurnummer="R"), {}, "afwijzen vraagt een reden",
     ("Uitgaven", 3, "Status")),
    ("paid_date_other_status", _uitgave(Status="goedgekeurd", **{"Betaald op": dt.date(2026, 5, 1)}), {},
     "betaaldatum ingevuld maar de status is 'goedgekeurd'", ("Uitgaven", 3, "Betaald op")),
    ("move_expense_to_other_wijk", _with_id("uitgave", 0, Wijk="Rivierenwijk", Datum=dt.date(2026, 3, 2)), {},
     "een bestaande uitgave verhuist niet", ("Uitgaven", 2, "Wijk")),
    ("other_year_for_existing", lambda tmp, w: write_book(tmp / "b.xlsx", {"Uitgaven": [
        UITGAVE_HEADER + ["Jaar", "WijkDesk-ID"],
        good_uitgave(Datum=dt.date(2026, 3, 2), Bedrag="4.321,09") + [2025, w.uitgaven[0].uuid]]}),
     {}, "hoort bij het budget van 2026", ("Uitgaven", 2, "Jaar")),
]


@pytest.mark.parametrize("case_id, build, kwargs, message, where", CASES, ids=[c[0] for c in CASES])
def test_bad_row_is_reported_and_nothing_written(world, db, tmp_path, case_id, build, kwargs, message, where):
    path = build(tmp_path, world)
    before = db_fingerprint(db)
    report = import_workbook(path, **kwargs)
    assert not report.committed
    texts = [str(p) for p in report.problems]
    matching = [p for p in report.problems if message in p.message]
    assert matching, f"{case_id}: verwacht '{message}' in {texts}"
    if where is not None:
        sheet, row, column = where
        assert (matching[0].sheet, matching[0].row, matching[0].column) == (sheet, row, column), texts
        assert str(matching[0]).startswith(f"{sheet}, rij {row}, kolom {column}: ")
    assert db_fingerprint(db) == before, f"{case_id}: de database is veranderd"


def test_at_least_thirty_kinds():
    assert len(CASES) + len(FILE_CASES) >= 30


# --- files that are no usable workbook ----------------------------------------------------------


def _valid_xlsx(tmp):
    return standard_book(tmp / "ok.xlsx")


def _truncated(tmp):
    data = _valid_xlsx(tmp).read_bytes()
    path = tmp / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_without_workbook(tmp):
    path = tmp / "foto's.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto.txt", "geen werkmap")
    return path


def _ods(tmp):
    path = tmp / "lijst.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    return path


def _broken_xml(tmp):
    source = _valid_xlsx(tmp)
    path = tmp / "kapot.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/workbook.xml":
                data = data[: len(data) // 3]  # cut off in the middle of an element
            dst.writestr(item, data)
    return path


def _ole(tmp, encrypted):
    # A compound file (the container of .xls and of password-protected .xlsx): magic, then the
    # directory names in UTF-16; an encrypted workbook has an "EncryptionInfo" stream.
    path = tmp / ("beveiligd.xlsx" if encrypted else "oud.xls")
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    body += ("EncryptionInfo" if encrypted else "Workbook").encode("utf-16-le") + b"\x00" * 1024
    path.write_bytes(body)
    return path


def _write(name, data):
    def build(tmp):
        path = tmp / name
        path.write_bytes(data)
        return path
    return build


FILE_CASES = [
    ("missing", lambda tmp: tmp / "bestaat-niet.xlsx", "bestaat niet"),
    ("empty", _write("leeg.xlsx", b""), "is leeg (0 bytes)"),
    ("csv", _write("lijst.xlsx", "Datum;Bedrag\n01-02-2026;12,50\n".encode()), "geen Excel-werkmap (.xlsx). Is het een CSV"),
    ("old_xls", lambda tmp: _ole(tmp, False), "oud Excel-bestand (.xls)"),
    ("password", lambda tmp: _ole(tmp, True), "met een wachtwoord beveiligd"),
    ("truncated", _truncated, "beschadigd of niet volledig"),
    ("zip_not_workbook", _zip_without_workbook, "zip-bestand maar geen Excel-werkmap"),
    ("ods", _ods, "OpenDocument-bestand (.ods)"),
    ("broken_xml", _broken_xml, "kapot.xlsx: het bestand is beschadigd in onderdeel xl/workbook.xml"),
]


@pytest.mark.parametrize("case_id, build, message", FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_unusable_file_gets_clear_message(world, db, tmp_path, case_id, build, message):
    path = build(tmp_path)
    before = db_fingerprint(db)
    with pytest.raises(WorkbookError) as info:
        import_workbook(path)
    assert message in str(info.value)
    assert "Traceback" not in str(info.value)
    assert db_fingerprint(db) == before
