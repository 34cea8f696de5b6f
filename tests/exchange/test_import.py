"""Import: the round trip through finance, the template, odd-but-fine input, skip-invalid and dry-run."""
from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from tests.exchange.books import IDEE_HEADER, UITGAVE_HEADER, good_idee, good_uitgave, write_book
from tests.exchange.helpers import db_fingerprint
from wijkdesk.exchange.excel_export import export_workbook
from wijkdesk.exchange.excel_import import import_workbook
from wijkdesk.exchange.excel_template import write_template
from wijkdesk.store.models import AuditLog, Idee, Uitgave


def _edit_uitgaven(path, out, edit):
    """Open an exported workbook like finance would, change the Uitgaven sheet, save under `out`."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Uitgaven"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        values = {h: c for h, c in zip(header, row)}
        if values["WijkDesk-ID"].value:
            edit(values)
    wb.save(out)
    return out


def test_round_trip_updates_the_same_rows_and_logs_it(world, db, tmp_path):
    exported = tmp_path / "naar-financien.xlsx"
    export_workbook(exported)
    klimrek = world.uitgaven[0]  # paid on 20-03-2026 already
    open_ones = {u.uuid for u in Uitgave.select().where(Uitgave.status == "open")}
    assert len(open_ones) == 3

    def finance(cells):
        if cells["WijkDesk-ID"].value in open_ones:
            cells["Betaald op"].value = dt.datetime(2026, 5, 4)  # finance fills in the paid date
        if cells["WijkDesk-ID"].value == klimrek.uuid:
            cells["Bedrag"].value = 4400.5  # and corrects one amount

    back = _edit_uitgaven(exported, tmp_path / "van-financien.xlsx", finance)
    counts_before = {m.__name__: m.select().count() for m in (Uitgave, Idee)}
    audit_before = AuditLog.select().count()

    report = import_workbook(back)

    problems = [str(p) for p in report.problems]
    assert report.ok and report.committed, problems
    assert {m.__name__: m.select().count() for m in (Uitgave, Idee)} == counts_before  # none added
    assert report.count("nieuw") == 0
    assert report.count("bijwerken") == 4
    for uuid in open_ones:
        row = Uitgave.get(Uitgave.uuid == uuid)
        assert (row.status, row.betaald_op) == ("betaald", dt.date(2026, 5, 4))
    row = Uitgave.get(Uitgave.uuid == klimrek.uuid)
    assert row.bedrag_cents == 440_050 and row.betaald_op == dt.date(2026, 3, 20)
    # The rejected expense and the untouched ideas stay as they were.
    assert Uitgave.get(Uitgave.uuid == world.uitgaven[3].uuid).status == "afgewezen"
    log = list(AuditLog.select().where(AuditLog.id > 0).order_by(AuditLog.id))[audit_before:]
    assert len(log) == 4
    assert all(entry.reden == "Excel-import van-financien.xlsx" for entry in log)
    changes = [json.loads(entry.wijzigingen) for entry in log]
    assert {"bedrag_cents": [432109, 440050]} in changes
    assert sum(1 for c in changes if c.get("status") == ["open", "betaald"]
               and c.get("betaald_op") == [None, "2026-05-04"]) == 3

    # Importing the same file again changes nothing and adds nothing.
    fingerprint = db_fingerprint(db)
    again = import_workbook(back)
    assert again.ok and again.count("bijwerken") == 0 and again.count("ongewijzigd") == 9
    assert db_fingerprint(db) == fingerprint


def test_round_trip_of_an_unchanged_export_changes_nothing(world, db, tmp_path):
    exported = tmp_path / "export.xlsx"
    export_workbook(exported)
    before = db_fingerprint(db)
    report = import_workbook(exported)
    assert report.ok, [str(p) for p in report.problems]
    assert report.count("ongewijzigd") == 9 and report.count("bijwerken") == 0
    # The export hid a resident's name in three texts; importing it back must not overwrite the originals.
    assert db_fingerprint(db) == before


def test_round_trip_updates_ideas(world, db, tmp_path):
    exported = tmp_path / "export.xlsx"
    export_workbook(exported)
    wb = openpyxl.load_workbook(exported)
    ws = wb["Ideeën"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        cells = dict(zip(header, row))
        if cells["Titel"].value == "Nieuwe speeltoestellen":
            cells["Status"].value = "uitgevoerd"
            cells["Geschatte kosten"].value = "€ 13.000,00"
    wb.save(tmp_path / "terug.xlsx")
    report = import_workbook(tmp_path / "terug.xlsx")
    assert report.ok, [str(p) for p in report.problems]
    idee = Idee.get_by_id(world.ideeen[0].id)
    assert (idee.status, idee.geschatte_kosten_cents) == ("uitgevoerd", 1_300_000)
    assert Idee.select().count() == 4


def test_template_rows_are_imported_as_new(world, db, tmp_path):
    template = write_template(tmp_path / "sjabloon.xlsx", ["Keizerslanden", "Rivierenwijk"], jaar=2026)
    wb = openpyxl.load_workbook(template)
    ideeen, uitgaven = wb["Ideeën"], wb["Uitgaven"]
    # The user keeps the example row and adds rows below it.
    ideeen.append(["Keizerslanden", "Jeu de boules-baan", "Bij het buurthuis", "ontmoeten", "€ 2.500,00",
                   "Werkgroep Groen", "gekozen", None])
    uitgaven.append([dt.datetime(2026, 4, 10), "Keizerslanden", None, "Speeltuin vernieuwd", None, "Zand voor de bak",
                     "Tuincentrum", "T-1", 250.75, None, dt.datetime(2026, 4, 30), "Z-2026-001"])
    wb.save(template)
    report = import_workbook(template)
    assert report.ok and report.committed, [str(p) for p in report.problems]
    assert report.count("nieuw") == 2 and report.count("overgeslagen") == 2  # the two example rows
    idee = Idee.get(Idee.titel == "Jeu de boules-baan")
    assert (idee.status, idee.geschatte_kosten_cents, idee.ingediend_door_groep.naam) == (
        "gekozen", 250_000, "Werkgroep Groen")
    uitgave = Uitgave.get(Uitgave.omschrijving == "Zand voor de bak")
    assert uitgave.bedrag_cents == 25_075 and uitgave.toekenning.zaaknummer == "Z-2026-001"
    assert uitgave.doel.titel == "Speeltuin vernieuwd"
    assert (uitgave.status, uitgave.betaald_op) == ("betaald", dt.date(2026, 4, 30))
    assert uitgave.budget.jaar == 2026


def test_template_layout(db, tmp_path):
    path = write_template(tmp_path / "sjabloon.xlsx", ["Keizerslanden", "Voorstad"], jaar=2026)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:3] == ["Uitleg", "Lijsten", "Ideeën"] and "Uitgaven" in wb.sheetnames
    assert wb["Lijsten"].sheet_state == "hidden"
    for name in ("Ideeën", "Uitgaven"):
        ws = wb[name]
        rows = list(ws.iter_rows(max_row=3, values_only=True))
        assert rows[1][0] is not None and any(str(v).startswith("Voorbeeld:") for v in rows[1] if v)
        assert all(v is None for v in rows[2])  # exactly one example row
        assert ws.freeze_panes == "A2" and len(ws.tables) == 1
        kinds = {dv.type for dv in ws.data_validations.dataValidation}
        assert "list" in kinds
    uitgaven = wb["Uitgaven"]
    kinds = {dv.type: dv for dv in uitgaven.data_validations.dataValidation}
    assert {"date", "decimal", "list"} <= set(kinds)
    status_lists = [dv.formula1 for dv in uitgaven.data_validations.dataValidation if dv.type == "list"]
    assert '"open,goedgekeurd,betaald,afgewezen"' in status_lists
    assert any("Lijsten" in f for f in status_lists)  # the wijk list
    assert uitgaven["A3"].number_format == "dd-mm-yyyy"
    explained = {row[1] for row in wb["Uitleg"].iter_rows(values_only=True) if row[0] in ("Ideeën", "Uitgaven")}
    headers = {c.value for c in wb["Ideeën"][1]} | {c.value for c in uitgaven[1]}
    assert headers <= explained  # every column is explained
    # The template reads back as an empty import (example rows skipped).
    report = import_workbook(path, dry_run=True)
    assert report.problems == [] and report.count("overgeslagen") == 2 and report.count("nieuw") == 0


def test_odd_but_valid_input_is_accepted(world, db, tmp_path):
    """Headers in other case, spacing and order, title lines, blank rows, every amount and date notation."""
    header = ["  bedrag (€) ", "OMSCHRIJVING", "datum", "wijk", "factuur nr", "Opmerking van de groep"]
    rows = [
        ["Uitgaven van de Speeltuinvereniging"],  # a title line above the header
        [],
        header,
        ["€ 1.234,56", "  Verf  ", "02-04-2026", "keizerslanden", "A1", "mag weg"],
        [],  # an empty row in the middle
        ["1234.50", "Kwasten", dt.datetime(2026, 4, 3), "Keizerslanden", "A2", None],
        [12.5, "Tape", "2026-04-04", " Keizerslanden ", "A3", None],
        ["-12,50", "Creditnota tape", "5/4/2026", "Keizerslanden", "A4", None],
        [99, "Afvalzakken", "6.4.2026", "Keizerslanden", 20260406, None],
        [None, None, None, None, None, None],  # trailing blank lines
        [None, None, None, None, None, None],
    ]
    path = write_book(tmp_path / "odd.xlsx", {"uitgaven": rows, "IDEEEN": [
        [h.upper() for h in reversed(IDEE_HEADER)], list(reversed(good_idee(Wijk=None)))]})
    report = import_workbook(path, wijk="Rivierenwijk", dry_run=True)
    # The expenses are of Keizerslanden, the ideas without wijk go to the --wijk: refuse the mismatch.
    assert {p.message.split(",")[0] for p in report.problems} == {"deze rij hoort bij Keizerslanden"}
    report = import_workbook(path, dry_run=False, skip_invalid=False)
    assert any("de wijk ontbreekt" in p.message for p in report.problems)  # idea row without wijk
    report = import_workbook(write_book(tmp_path / "odd2.xlsx", {"uitgaven": rows}))
    assert report.ok and report.committed, [str(p) for p in report.problems]
    got = {u.factuurnummer: (u.bedrag_cents, u.datum, u.omschrijving) for u in
           Uitgave.select().where(Uitgave.factuurnummer.in_(["A1", "A2", "A3", "A4", "20260406"]))}
    assert got == {
        "A1": (123_456, dt.date(2026, 4, 2), "Verf"),
        "A2": (123_450, dt.date(2026, 4, 3), "Kwasten"),
        "A3": (1_250, dt.date(2026, 4, 4), "Tape"),
        "A4": (-1_250, dt.date(2026, 4, 5), "Creditnota tape"),
        "20260406": (9_900, dt.date(2026, 4, 6), "Afvalzakken"),
    }
    assert [r.row for r in report.rows] == [4, 6, 7, 8, 9]  # real sheet row numbers, blanks skipped


def test_skip_invalid_keeps_good_rows_and_reports_the_rest(world, db, tmp_path):
    path = write_book(tmp_path / "mix.xlsx", {"Uitgaven": [
        UITGAVE_HEADER, good_uitgave(), good_uitgave(Bedrag="veel", Factuurnummer="X"),
        good_uitgave(Factuurnummer="BH-78", Bedrag="10,00"), good_uitgave(Wijk="Atlantis", Factuurnummer="Y")]})
    count = Uitgave.select().count()
    report = import_workbook(path, skip_invalid=True)
    assert report.committed and len(report.problems) == 2
    assert [p.row for p in report.problems] == [3, 5]
    assert Uitgave.select().count() == count + 2
    assert report.count("nieuw") == 2 and report.count("fout") == 2


def test_dry_run_reports_everything_and_writes_nothing(world, db, tmp_path):
    path = write_book(tmp_path / "proef.xlsx", {"Uitgaven": [
        UITGAVE_HEADER, good_uitgave(), good_uitgave(Bedrag="25.000,00", Factuurnummer="GROOT")]})
    before = db_fingerprint(db)
    report = import_workbook(path, dry_run=True, skip_invalid=True)
    assert not report.committed and report.dry_run
    # The service's own budget check shows up in the preview, on the right row.
    assert [(p.row, p.column) for p in report.problems] == [(3, "Bedrag")]
    assert "budget overschreden" in report.problems[0].message
    assert report.count("nieuw") == 1
    assert db_fingerprint(db) == before
    assert "niets opgeslagen" in report.summary()


@pytest.mark.parametrize("status_path", [("uitvoeren", ["gekozen", "uitgevoerd"])])
def test_new_idea_in_a_later_status_walks_the_workflow(world, db, tmp_path, status_path):
    path = write_book(tmp_path / "i.xlsx", {"Ideeën": [IDEE_HEADER, good_idee(Status="uitgevoerd")]})
    report = import_workbook(path)
    assert report.ok, [str(p) for p in report.problems]
    idee = Idee.get(Idee.titel == "Zwerfvuilactie")
    assert idee.status == "uitgevoerd"
    steps = [json.loads(a.wijzigingen)["status"] for a in
             AuditLog.select().where((AuditLog.rij_uuid == idee.uuid) & (AuditLog.actie == "status")).order_by(AuditLog.id)]
    assert steps == [["nieuw", "gekozen"], ["gekozen", "uitgevoerd"]]


@pytest.mark.skipif(not __import__("os").path.isdir("/proc/self/fd"), reason="needs /proc (Linux)")
def test_import_closes_the_file(world, db, tmp_path):
    """Windows locks an open file: after reading it, WijkDesk must not hold it any more."""
    import os

    path = write_book(tmp_path / "dicht.xlsx", {"Uitgaven": [UITGAVE_HEADER, good_uitgave()]})
    import_workbook(path, dry_run=True)

    def open_files():
        out = set()
        for fd in os.listdir("/proc/self/fd"):
            try:
                out.add(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                pass
        return out

    assert str(path) not in open_files()


def test_round_trip_keeps_links_to_grants_and_goals_whose_names_are_not_unique(db, tmp_path):
    """Two grants 'Buurtfeest', a grant with neither zaaknummer nor description, two goals 'Speeltuin':
    an unchanged export comes back unchanged (no refusal, no expense silently unlinked)."""
    from wijkdesk.services import budget, doelen, wijken

    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, "5.000,00")
    speeltuin, speeltuin2 = doelen.create_doel(wijk, "Speeltuin"), doelen.create_doel(wijk, "speeltuin ")
    feest1 = budget.create_toekenning(wijk, 2026, "100,00", omschrijving="Buurtfeest")
    budget.create_toekenning(wijk, 2026, "100,00", omschrijving="Buurtfeest")
    naamloos = budget.create_toekenning(wijk, 2026, "100,00", doel=speeltuin)
    rows = [budget.create_uitgave(wijk, 2026, "10,00", "a", dt.date(2026, 1, 1), toekenning=feest1),
            budget.create_uitgave(wijk, 2026, "11,00", "b", dt.date(2026, 1, 2), toekenning=naamloos),
            budget.create_uitgave(wijk, 2026, "12,00", "c", dt.date(2026, 1, 3), doel=speeltuin2)]
    path = tmp_path / "export.xlsx"
    export_workbook(path)

    report = import_workbook(path)

    assert report.problems == []
    assert [r.action for r in report.rows] == ["ongewijzigd"] * 3
    assert [(u.toekenning_id, u.doel_id) for u in (Uitgave.get_by_id(r.id) for r in rows)] == [
        (feest1.id, None), (naamloos.id, None), (None, speeltuin2.id)]


def test_amounts_with_float_noise_and_dates_with_a_time_as_text(world, db, tmp_path):
    """A sum pasted as value (19.99 * 3 is stored as 59.970000000000006) and dates written as text
    with a time by a CSV or database export ('2026-11-26 00:00:00') are what the user sees: accepted."""
    rows = [UITGAVE_HEADER,
            good_uitgave(Bedrag=19.99 * 3, Factuurnummer="N1"),
            good_uitgave(Bedrag=0.1 + 0.2, Factuurnummer="N2", Datum="2026-11-26 00:00:00"),
            good_uitgave(Bedrag="7,00", Factuurnummer="N3", Datum="26-11-2026 14:30")]
    report = import_workbook(write_book(tmp_path / "noise.xlsx", {"Uitgaven": rows}))
    assert report.committed, [str(p) for p in report.problems]
    got = {u.factuurnummer: (u.bedrag_cents, u.datum)
           for u in Uitgave.select().where(Uitgave.factuurnummer.in_(["N1", "N2", "N3"]))}
    assert got == {"N1": (5_997, dt.date(2026, 4, 2)), "N2": (30, dt.date(2026, 11, 26)),
                   "N3": (700, dt.date(2026, 11, 26))}
    # A real third decimal is still refused.
    report = import_workbook(write_book(tmp_path / "third.xlsx", {"Uitgaven": [
        UITGAVE_HEADER, good_uitgave(Bedrag=12.345, Factuurnummer="N4")]}))
    assert [p.message for p in report.problems] == [
        "12.345 heeft meer dan twee cijfers achter de komma. Rond af op centen."]


def test_merged_cells_count_for_every_row_they_cover(world, db, tmp_path):
    """A group merges the Wijk cells of its rows (and the title above the header): each row has that wijk;
    a blank row that the merged block also covers stays a blank row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uitgaven"
    ws.append(["Uitgaven van de speeltuin"])
    ws.merge_cells("A1:D1")
    ws.append(UITGAVE_HEADER)
    for i in range(3):
        ws.append(good_uitgave(Factuurnummer=f"M{i}"))
    ws.append([None] * len(UITGAVE_HEADER))
    ws.merge_cells("B3:B6")  # the Wijk column, three rows and a blank one
    path = tmp_path / "merged.xlsx"
    wb.save(path)

    report = import_workbook(path)

    assert report.committed, [str(p) for p in report.problems]
    assert [(r.row, r.action) for r in report.rows] == [(3, "nieuw"), (4, "nieuw"), (5, "nieuw")]
    assert Uitgave.select().where(Uitgave.factuurnummer.in_(["M0", "M1", "M2"])).count() == 3


def test_round_trip_with_personal_data_in_factuurnummer_and_zaaknummer_changes_nothing(world, db, tmp_path):
    """Issue 12, defect 3: these two columns are scrubbed now; reading the export back keeps the originals."""
    from tests.exchange.conftest import PERSONS
    from wijkdesk.services import budget

    keizer = world.wijken["Keizerslanden"]
    grant = budget.create_toekenning(keizer, 2026, "100,00", groep=world.groepen["groen"],
                                     zaaknummer=f"Z {PERSONS[0][2]}", omschrijving="Plantjes")
    spent = budget.create_uitgave(keizer, 2026, "5,00", "Plantjes", dt.date(2026, 5, 1), toekenning=grant,
                                  factuurnummer=f"F {PERSONS[1][1]}")
    exported = tmp_path / "export.xlsx"
    export_workbook(exported)
    before = db_fingerprint(db)
    report = import_workbook(exported)
    assert report.ok, [str(p) for p in report.problems]
    assert report.count("bijwerken") == 0
    assert db_fingerprint(db) == before
    after = Uitgave.get_by_id(spent.id)
    assert after.toekenning_id == grant.id and after.factuurnummer == f"F {PERSONS[1][1]}"
