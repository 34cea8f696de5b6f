"""The finance workbook: totals equal the database for two readers, no personal data, text stays text."""
from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections import Counter

import openpyxl
import pytest

from tests.exchange.conftest import DANGEROUS_TEXTS, PERSONS
from tests.exchange.helpers import (
    all_cell_texts, as_date, cents, info_values, sheet_dicts_calamine, sheet_dicts_openpyxl, total_row,
)
from wijkdesk.exchange.excel_export import export_workbook
from wijkdesk.exchange.progress import Cancelled
from wijkdesk.exchange.safe_file import TargetError
from wijkdesk.exchange.xlsx_cells import DATE_FORMAT, MONEY_FORMAT
from wijkdesk.services.errors import NotFoundError

SHEETS = ["Overzicht", "Toekenningen", "Uitgaven", "Ideeën", "Doelen", "Besluiten", "Overhevelingen", "Info"]
# Written out here, not imported: the test states the money rules independently of the code.
GRANT_COUNTS = ("aangevraagd", "toegekend", "verantwoord")
SPEND_COUNTS = ("open", "goedgekeurd", "betaald")
READERS = ["openpyxl", "calamine"]


def read(path, sheet, reader):
    return sheet_dicts_openpyxl(path, sheet) if reader == "openpyxl" else sheet_dicts_calamine(path, sheet)


def sql_figures(db) -> dict:
    """(wijk, jaar) -> budget, toegekend, uitgegeven, resterend in cents, straight from SQL."""
    q = ",".join(f"'{s}'" for s in GRANT_COUNTS)
    u = ",".join(f"'{s}'" for s in SPEND_COUNTS)
    p = db.param  # '?' on SQLite, '%s' on the server
    out = {}
    for budget_id, wijk, jaar, bedrag in db.execute_sql(
            "SELECT b.id, w.naam, b.jaar, b.bedrag_cents FROM meedoenbudget b JOIN wijk w ON w.id = b.wijk_id"):
        granted = db.execute_sql(f"SELECT COALESCE(SUM(bedrag_cents),0) FROM toekenning WHERE budget_id={p} AND status IN ({q})",
                                 (budget_id,)).fetchone()[0]
        spent = db.execute_sql(f"SELECT COALESCE(SUM(bedrag_cents),0) FROM uitgave WHERE budget_id={p} AND status IN ({u})",
                               (budget_id,)).fetchone()[0]
        loose = db.execute_sql(f"SELECT COALESCE(SUM(bedrag_cents),0) FROM uitgave WHERE budget_id={p} AND status IN ({u}) "
                               "AND toekenning_id IS NULL", (budget_id,)).fetchone()[0]
        # A grant commits its amount, or what was spent under it when that is more.
        spent_under = (f"(SELECT COALESCE(SUM(u.bedrag_cents),0) FROM uitgave u "
                       f"WHERE u.toekenning_id=t.id AND u.status IN ({u}))")
        committed = db.execute_sql(
            f"SELECT COALESCE(SUM(CASE WHEN t.bedrag_cents > {spent_under} THEN t.bedrag_cents "
            f"ELSE {spent_under} END),0) FROM toekenning t "
            f"WHERE t.budget_id={p} AND t.status IN ({q})", (budget_id,)).fetchone()[0]
        out[(wijk, jaar)] = {"budget": bedrag, "toegekend": granted, "uitgegeven": spent,
                             "resterend": bedrag - committed - loose}
    return out


@pytest.fixture
def exported(world, tmp_path):
    path = tmp_path / "financien.xlsx"
    result = export_workbook(path)
    return path, result


def test_sheets_in_order_as_tables_with_frozen_header_and_print_setup(exported):
    path, _ = exported
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    for name in SHEETS[:-1]:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert len(ws.tables) == 1, name
        table = next(iter(ws.tables.values()))
        assert table.ref.startswith("A1:"), name
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[1]], name
        # Overhevelingen has few columns: it fits a portrait page (xlsx_sheets chooses).
        assert ws.page_setup.orientation == ("portrait" if name == "Overhevelingen" else "landscape"), name
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage, name
        assert ws.print_title_rows == "$1:$1", name
        assert all(ws.column_dimensions[c].width >= 8 for c in "ABC"), name


def test_no_formula_anywhere(exported):
    path, _ = exported
    wb = openpyxl.load_workbook(path)  # not data_only: a formula would show as "=..." with type f
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is een formule: {cell.value}"
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


@pytest.mark.parametrize("reader", READERS)
def test_overzicht_matches_database(exported, db, reader):
    path, result = exported
    expected = sql_figures(db)
    rows = read(path, "Overzicht", reader)
    seen = {}
    for row in rows:
        key = (row["Wijk"], int(row["Jaar"]))
        seen[key] = {"budget": cents(row["Meedoenbudget"]), "toegekend": cents(row["Toegekend"]),
                     "uitgegeven": cents(row["Uitgegeven"]), "resterend": cents(row["Resterend"])}
    assert seen == expected
    total = total_row(path, "Overzicht", reader)
    for column, key in (("Meedoenbudget", "budget"), ("Toegekend", "toegekend"), ("Uitgegeven", "uitgegeven"),
                        ("Resterend", "resterend")):
        assert cents(total[column]) == sum(v[key] for v in expected.values()), column
    # Known by hand from the seed: 25.000 + 18.500,50 + 30.000 + 20.000.
    assert cents(total["Meedoenbudget"]) == 9_350_050
    assert result.budget_cents == 9_350_050


@pytest.mark.parametrize("reader", READERS)
def test_overzicht_counts_ideas_and_goals_per_status(exported, db, reader):
    path, _ = exported
    rows = read(path, "Overzicht", reader)
    got_ideas, got_goals = Counter(), Counter()
    for row in rows:
        for status in ("nieuw", "in onderzoek", "gekozen", "afgewezen", "geparkeerd", "uitgevoerd"):
            got_ideas[(row["Wijk"], status)] += int(row[f"Ideeën {status}"] or 0)
        for status in ("concept", "lopend", "afgerond", "gestopt"):
            got_goals[(row["Wijk"], status)] += int(row[f"Doelen {status}"] or 0)
    want_ideas = Counter({(w, s): n for w, s, n in db.execute_sql(
        "SELECT w.naam, i.status, COUNT(*) FROM idee i JOIN wijk w ON w.id=i.wijk_id GROUP BY 1, 2")})
    want_goals = Counter({(w, s): n for w, s, n in db.execute_sql(
        "SELECT w.naam, d.status, COUNT(*) FROM doel d JOIN wijk w ON w.id=d.wijk_id GROUP BY 1, 2")})
    assert +got_ideas == want_ideas
    assert +got_goals == want_goals
    total = total_row(path, "Overzicht", reader)
    assert int(total["Ideeën gekozen"]) == 1 and int(total["Ideeën afgewezen"]) == 1


@pytest.mark.parametrize("reader", READERS)
def test_toekenningen_spent_and_left_match_database(exported, db, reader):
    path, _ = exported
    rows = read(path, "Toekenningen", reader)
    u = ",".join(f"'{s}'" for s in SPEND_COUNTS)
    expected = {uuid: (bedrag, spent) for uuid, bedrag, spent in db.execute_sql(
        f"SELECT t.uuid, t.bedrag_cents, (SELECT COALESCE(SUM(bedrag_cents),0) FROM uitgave u "
        f"WHERE u.toekenning_id=t.id AND u.status IN ({u})) FROM toekenning t")}
    assert len(rows) == len(expected) == 2
    for row in rows:
        bedrag, spent = expected[row["WijkDesk-ID"]]
        assert cents(row["Toegekend"]) == bedrag
        assert cents(row["Uitgegeven"]) == spent
        assert cents(row["Resterend"]) == bedrag - spent
    total = total_row(path, "Toekenningen", reader)
    assert cents(total["Toegekend"]) == 1_250_000
    assert cents(total["Uitgegeven"]) == sum(s for _b, s in expected.values())
    # Group, never a person; the verantwoording is due 13 weeks after the activity ends.
    grant = next(r for r in rows if r["Zaaknummer"] == "Z-2026-001")
    assert grant["Bewonersgroep"] == "Speeltuinvereniging De Klimboom"
    assert as_date(grant["Verantwoording uiterlijk"]) == dt.date(2026, 6, 30) + dt.timedelta(weeks=13)
    assert as_date(grant["Besluitdatum"]) == dt.date(2026, 2, 1)


@pytest.mark.parametrize("reader", READERS)
def test_uitgaven_rows_match_database(exported, db, reader):
    path, _ = exported
    rows = read(path, "Uitgaven", reader)
    expected = {uuid: (bedrag, datum, betaald, status) for uuid, bedrag, datum, betaald, status in db.execute_sql(
        "SELECT uuid, bedrag_cents, datum, betaald_op, status FROM uitgave")}
    assert len(rows) == len(expected) == 5
    for row in rows:
        bedrag, datum, betaald, status = expected[row["WijkDesk-ID"]]
        assert cents(row["Bedrag"]) == bedrag
        assert as_date(row["Datum"]).isoformat() == str(datum)
        assert (as_date(row["Betaald op"]).isoformat() if row["Betaald op"] else None) == (
            str(betaald) if betaald is not None else None)  # SQLite gives text, the server a date
        assert row["Status"] == status
    assert sum(cents(r["Bedrag"]) for r in rows) == 4_321_09 + 1_000_01 + 12_34 + 10 + 20
    # 0,10 + 0,20 exactly, not 0.30000000000000004: the file holds decimal text.
    assert sorted(cents(r["Bedrag"]) for r in rows)[:2] == [10, 20]


@pytest.mark.parametrize("reader", READERS)
def test_doelen_money_and_info_totals(exported, db, reader, backend):
    path, result = exported
    rows = read(path, "Doelen", reader)
    goal = next(r for r in rows if r["Titel"] == "Speeltuin vernieuwd")
    assert cents(goal["Toegekend"]) == 1_000_000
    # Under its grant 4.321,09 + 1.000,01, and directly for the goal 12,34.
    assert cents(goal["Uitgegeven"]) == 4_321_09 + 1_000_01 + 12_34
    assert cents(goal["Begroot"]) == 1_200_000
    assert goal["Ideeën"] == "Nieuwe speeltoestellen"
    info = info_values(path, reader)
    expected = sql_figures(db)
    assert cents(info["Meedoenbudget"]) == sum(v["budget"] for v in expected.values())
    assert cents(info["Toegekend"]) == sum(v["toegekend"] for v in expected.values())
    assert cents(info["Uitgegeven"]) == sum(v["uitgegeven"] for v in expected.values())
    assert cents(info["Resterend"]) == sum(v["resterend"] for v in expected.values())
    assert int(info["Aantal uitgaven"]) == 5 and int(info["Aantal ideeën"]) == 4
    assert info["Wijk"] == "alle wijken" and info["Jaar"] == "alle jaren"
    assert info["WijkDesk-versie"]
    if backend == "sqlite":
        assert info["Database"] == "test.db"  # the file name only: a full path names the user
    else:  # the database's name and host, not the user in the address
        assert info["Database"].startswith("t_") and info["Database"].endswith(" op deze computer")


def test_amounts_and_dates_are_real_values_with_dutch_formats(exported):
    path, _ = exported
    ws = openpyxl.load_workbook(path)["Uitgaven"]
    header = [c.value for c in ws[1]]
    row = list(ws.iter_rows(min_row=2, max_row=2))[0]
    amount, date = row[header.index("Bedrag")], row[header.index("Datum")]
    assert amount.data_type == "n" and amount.number_format == MONEY_FORMAT
    assert date.is_date and date.number_format == DATE_FORMAT


def test_no_personal_data_in_any_cell(exported):
    path, result = exported
    texts = "\n".join(all_cell_texts(path)).lower()
    for naam, email, telefoon in PERSONS:
        for piece in (naam, email, telefoon, *naam.split()):
            if len(piece) >= 4:
                assert piece.lower() not in texts, piece
    digits = "".join(ch for ch in texts if ch.isdigit() or ch == "\n")
    for _n, _e, telefoon in PERSONS:
        assert "".join(ch for ch in telefoon if ch.isdigit()) not in digits, telefoon
    # And not in the package's raw XML either (document properties, shared strings, anything).
    with zipfile.ZipFile(path) as archive:
        raw = b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8", "replace").lower()
    for naam, email, _t in PERSONS:
        assert naam.lower() not in raw and email.lower() not in raw
    assert result.scrubbed_texts == 3  # supplier, goal's verantwoordelijke, the "bel ... of mail ..." text


def test_idea_by_a_resident_shows_no_name(exported):
    path, _ = exported
    rows = sheet_dicts_openpyxl(path, "Ideeën")
    idea = next(r for r in rows if r["Titel"] == "Bloembakken in de straat")
    assert idea["Ingediend door"] == "een bewoner"


@pytest.mark.parametrize("reader", READERS)
def test_dangerous_leading_characters_come_back_as_text(world, db, tmp_path, reader):
    from wijkdesk.store.models import Uitgave

    # The services trim text, so a leading tab or CR can only come from elsewhere (older data, another
    # tool): put every dangerous text straight into rows to test the export itself.
    template = Uitgave.select().order_by(Uitgave.id).first()
    texts = DANGEROUS_TEXTS + ["_x000D_letterlijk", "=", "-", "#DIV/0!", "#REF!"]
    Uitgave.delete().execute()
    for text in texts:
        Uitgave.create(budget=template.budget_id, datum=template.datum, bedrag_cents=100, omschrijving=text,
                       leverancier=text, status="open")
    path = tmp_path / "gevaarlijk.xlsx"
    export_workbook(path)
    rows = read(path, "Uitgaven", reader)
    got = [r["Omschrijving"] for r in rows] + [r["Leverancier"] for r in rows]
    if reader == "openpyxl":
        from openpyxl.utils.escape import unescape  # openpyxl leaves Excel's _xHHHH_ escapes as they are
        got = [unescape(g) for g in got]
    assert sorted(got) == sorted(texts * 2)
    wb = openpyxl.load_workbook(path)
    for row in wb["Uitgaven"].iter_rows(min_row=2):
        for cell in (row[5], row[6]):
            assert cell.data_type == "s", (cell.value, cell.data_type)
            if str(cell.value)[:1] in "=+-@\t\r" or cell.value in ("#N/A", "#DIV/0!", "#REF!"):
                assert cell.quotePrefix, cell.value  # Excel keeps it text even when the user edits it


def test_ideas_and_goals_with_dangerous_text(exported):
    path, _ = exported
    wb = openpyxl.load_workbook(path)
    found = {}
    for name in ("Ideeën", "Doelen", "Toekenningen", "Uitgaven"):
        for row in wb[name].iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value in DANGEROUS_TEXTS:
                    found[cell.value] = cell.data_type
    assert found.keys() >= {DANGEROUS_TEXTS[0], DANGEROUS_TEXTS[1], DANGEROUS_TEXTS[2], DANGEROUS_TEXTS[3],
                            DANGEROUS_TEXTS[6], DANGEROUS_TEXTS[7]}
    assert set(found.values()) == {"s"}


def test_filter_on_wijk_and_year(world, db, tmp_path):
    path = tmp_path / "keizer.xlsx"
    result = export_workbook(path, wijk="keizerslanden", jaar=2026)
    overzicht = sheet_dicts_openpyxl(path, "Overzicht")
    assert [(r["Wijk"], r["Jaar"]) for r in overzicht] == [("Keizerslanden", 2026)]
    uitgaven = sheet_dicts_openpyxl(path, "Uitgaven")
    assert {r["Wijk"] for r in uitgaven} == {"Keizerslanden"} and len(uitgaven) == 3
    assert {r["Jaar"] for r in uitgaven} == {2026}
    assert result.budget_cents == 3_000_000
    info = info_values(path)
    assert info["Wijk"] == "Keizerslanden" and info["Jaar"] == "2026"


def test_unknown_wijk_is_refused_and_no_file_written(world, out_dir):
    target = out_dir / "x.xlsx"
    with pytest.raises(NotFoundError, match="bestaat niet.*Keizerslanden, Rivierenwijk"):
        export_workbook(target, wijk="Atlantis")
    assert _leftovers(out_dir) == []


def test_empty_database_gives_valid_workbook(db, tmp_path):
    path = tmp_path / "leeg.xlsx"
    result = export_workbook(path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == SHEETS
    assert result.rows == {"toekenningen": 0, "uitgaven": 0, "ideeen": 0, "doelen": 0}
    assert sheet_dicts_calamine(path, "Uitgaven") == []


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_cancel_leaves_old_file_and_no_temporary_files(world, out_dir):
    target = out_dir / "financien.xlsx"
    target.write_bytes(b"oude versie")
    calls = []

    def cancel_after_first():
        calls.append(1)
        return len(calls) > 2

    before_tmp = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    with pytest.raises(Cancelled):
        export_workbook(target, is_cancelled=cancel_after_first)
    assert target.read_bytes() == b"oude versie"
    assert _leftovers(out_dir) == ["financien.xlsx"]
    # openpyxl streams each sheet into a temporary file: those are removed too.
    after_tmp = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    assert not [n for n in after_tmp - before_tmp if n.startswith("openpyxl.")]


def test_cancel_while_saving_leaves_old_file(world, out_dir):
    """Cancel pressed during the last phase (zipping the workbook, seconds for a large one) still means no file."""
    target = out_dir / "financien.xlsx"
    target.write_bytes(b"oude versie")
    pressed = []

    def progress(done, total, label):
        if label == "Bestand opslaan":
            pressed.append(True)  # the user clicks Cancel while the file is being saved

    with pytest.raises(Cancelled):
        export_workbook(target, progress=progress, is_cancelled=lambda: bool(pressed))
    assert pressed
    assert target.read_bytes() == b"oude versie"
    assert _leftovers(out_dir) == ["financien.xlsx"]


def test_failure_while_writing_leaves_no_file(world, out_dir, monkeypatch):
    from wijkdesk.exchange import excel_export

    def boom(*args, **kwargs):
        raise OSError("schijf vol")

    monkeypatch.setattr(excel_export, "_write_info", boom)
    target = out_dir / "financien.xlsx"
    with pytest.raises(OSError, match="schijf vol"):
        export_workbook(target)
    assert _leftovers(out_dir) == []


def test_target_folder_missing_or_a_folder(world, tmp_path):
    with pytest.raises(TargetError, match="bestaat niet"):
        export_workbook(tmp_path / "nergens" / "x.xlsx")
    with pytest.raises(TargetError, match="is een map"):
        export_workbook(tmp_path)


def test_progress_is_reported_up_to_the_total(world, tmp_path):
    seen = []
    export_workbook(tmp_path / "p.xlsx", progress=lambda done, total, label: seen.append((done, total, label)))
    labels = [label for _d, _t, label in seen]
    for label in ("Overzicht", "Toekenningen", "Uitgaven", "Ideeën", "Doelen", "Bestand opslaan"):
        assert label in labels
    assert seen[-1][0] == seen[-1][1] == 4 + 2 + 5 + 4 + 2  # overzicht rows + all data rows


def test_ideas_count_in_the_year_of_their_meeting_goals_in_their_deadline_year(world, db, tmp_path):
    from wijkdesk.services import bijeenkomsten, ideeen

    avond = bijeenkomsten.create_bijeenkomst(world.wijken["Rivierenwijk"], dt.date(2025, 3, 10))
    ideeen.update_idee(world.ideeen[3], bijeenkomst=avond)  # Buurtbieb, afgewezen, from the 2025 evening
    path = tmp_path / "2025.xlsx"
    export_workbook(path, jaar=2025)
    assert [r["Titel"] for r in sheet_dicts_openpyxl(path, "Ideeën")] == ["Buurtbieb"]
    assert sheet_dicts_openpyxl(path, "Ideeën")[0]["Bijeenkomst"] == "Bewonersavond 10-03-2025"
    rivier = next(r for r in sheet_dicts_calamine(path, "Overzicht") if r["Wijk"] == "Rivierenwijk")
    assert int(rivier["Ideeën afgewezen"]) == 1 and int(rivier["Ideeën nieuw"]) == 0
    assert sheet_dicts_openpyxl(path, "Doelen") == []  # no goal has a 2025 deadline
    path = tmp_path / "2026.xlsx"
    export_workbook(path, wijk="Keizerslanden", jaar=2026)
    assert [r["Titel"] for r in sheet_dicts_openpyxl(path, "Doelen")] == ["Speeltuin vernieuwd"]


@pytest.mark.parametrize("reader", READERS)
def test_overspent_grant_credit_notes_and_withdrawn_grant(db, tmp_path, reader):
    """Overzicht equals services.budget per wijk and year (vastgelegd = max(grant, spent under it) + loose);
    on Toekenningen the total row is the sum of what a reader sees in each money column."""
    from wijkdesk.services import budget, wijken

    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, "1.000,00")
    feest = budget.create_toekenning(wijk, 2026, "100,00", omschrijving="Feest")
    bankjes = budget.create_toekenning(wijk, 2026, "200,00", omschrijving="Bankjes")
    weg = budget.create_toekenning(wijk, 2026, "300,00", omschrijving="Gaat niet door")
    budget.change_toekenning_status(weg, "ingetrokken", reden="gaat niet door")
    budget.create_uitgave(wijk, 2026, "150,00", "Feest duurder", dt.date(2026, 3, 1), toekenning=feest,
                          override_reden="goedgekeurd door wijkteam")
    budget.create_uitgave(wijk, 2026, "-20,00", "Creditnota", dt.date(2026, 3, 2), toekenning=bankjes)
    budget.create_uitgave(wijk, 2026, "50,00", "Los", dt.date(2026, 3, 3))
    budget.create_uitgave(wijk, 2026, "-5,00", "Los credit", dt.date(2026, 3, 4))
    path = tmp_path / "f.xlsx"
    export_workbook(path)

    figures = budget.budget_overview(wijk, 2026)
    assert figures.resterend_cents == 100_000 - (15_000 + 20_000 + 4_500)  # by hand
    row = read(path, "Overzicht", reader)[0]
    assert [cents(row[c]) for c in ("Meedoenbudget", "Toegekend", "Uitgegeven", "Resterend")] == [
        figures.budget_cents, figures.toegekend_cents, figures.uitgegeven_cents, figures.resterend_cents]
    assert cents(info_values(path, reader)["Resterend"]) == figures.resterend_cents

    rows = read(path, "Toekenningen", reader)
    total = total_row(path, "Toekenningen", reader)
    by_name = {r["Omschrijving"]: r for r in rows}
    assert cents(by_name["Feest"]["Resterend"]) == -5_000
    assert cents(by_name["Gaat niet door"]["Resterend"]) == 0  # empty: a withdrawn grant keeps nothing
    for column in ("Uitgegeven", "Resterend"):
        assert cents(total[column]) == sum(cents(r[column]) for r in rows), column
    assert cents(total["Toegekend"]) == figures.toegekend_cents


def test_factuurnummer_and_zaaknummer_are_scrubbed_too(world, tmp_path):
    """Issue 12, defect 3: an e-mail in a factuurnummer and a phone in a zaaknummer leaked."""
    from wijkdesk.services import budget

    keizer = world.wijken["Keizerslanden"]
    grant = budget.create_toekenning(keizer, 2026, "100,00", groep=world.groepen["groen"],
                                     zaaknummer=f"Z-{PERSONS[0][2]}", omschrijving="Plantjes")
    budget.create_uitgave(keizer, 2026, "5,00", "Plantjes", dt.date(2026, 5, 1), toekenning=grant,
                          factuurnummer=f"F {PERSONS[1][1]}")
    path = tmp_path / "financien.xlsx"
    export_workbook(path)
    texts = "\n".join(all_cell_texts(path)).lower()
    assert PERSONS[1][1].lower() not in texts
    assert "98765432" not in texts.replace("-", "").replace(" ", "")
    uitgave = next(r for r in sheet_dicts_openpyxl(path, "Uitgaven") if r["Omschrijving"] == "Plantjes")
    assert uitgave["Factuurnummer"].startswith("F [") and uitgave["Zaaknummer"].startswith("Z-[")
    grant_row = next(r for r in sheet_dicts_openpyxl(path, "Toekenningen") if r["Omschrijving"] == "Plantjes")
    assert grant_row["Zaaknummer"].startswith("Z-[")
