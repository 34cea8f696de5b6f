"""The finance workbook agrees with itself about goals: which year a goal is in, the goal of an expense,
the override reason of an over-spend, and no folder (a user name) on the Info sheet."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.exchange.conftest import PERSONS
from tests.exchange.helpers import all_cell_texts, cents, info_values, sheet_dicts_calamine, sheet_dicts_openpyxl
from wijkdesk.exchange.excel_columns import ID_HEADER
from wijkdesk.exchange.excel_export import export_workbook

READERS = ["openpyxl", "calamine"]


def read(path, sheet, reader):
    return sheet_dicts_openpyxl(path, sheet) if reader == "openpyxl" else sheet_dicts_calamine(path, sheet)


@pytest.fixture
def multi_year(db):
    """A goal due in 2027 with a grant and an expense in 2026, and a goal due in 2028 with progress in 2026."""
    from wijkdesk.services import budget, doelen, wijken

    wijk = wijken.create_wijk("Keizerslanden")
    for jaar in (2026, 2027):
        budget.set_budget(wijk, jaar, "10.000,00")
    buurthuis = doelen.create_doel(wijk, "Buurthuis verbouwd", deadline=dt.date(2027, 3, 31))
    grant = budget.create_toekenning(wijk, 2026, "2.000,00", doel=buurthuis, omschrijving="Verbouwing fase 1",
                                     zaaknummer="Z-2026-050")
    budget.create_uitgave(wijk, 2026, "750,00", "Aannemer voorschot", dt.date(2026, 9, 1), toekenning=grant)
    later = budget.create_toekenning(wijk, 2027, "500,00", doel=buurthuis, omschrijving="Verbouwing fase 2")
    budget.create_uitgave(wijk, 2027, "100,00", "Verf", dt.date(2027, 1, 10), toekenning=later)
    moestuin = doelen.create_doel(wijk, "Moestuin", deadline=dt.date(2028, 6, 1))
    doelen.add_voortgang(moestuin, 20, "grond gehuurd", datum=dt.date(2026, 5, 1))
    doelen.create_doel(wijk, "Alleen in 2028", deadline=dt.date(2028, 1, 1))
    return wijk


@pytest.mark.parametrize("reader", READERS)
def test_goal_with_money_or_progress_in_a_year_is_on_that_years_sheets(multi_year, tmp_path, reader):
    path = tmp_path / "2026.xlsx"
    result = export_workbook(path, jaar=2026)
    goals = {r["Titel"]: r for r in read(path, "Doelen", reader)}
    assert set(goals) == {"Buurthuis verbouwd", "Moestuin"}
    # The year's money only, so that the goal adds up with the 2026 Toekenningen and Uitgaven sheets.
    assert cents(goals["Buurthuis verbouwd"]["Toegekend"]) == 200_000
    assert cents(goals["Buurthuis verbouwd"]["Uitgegeven"]) == 75_000
    assert cents(goals["Moestuin"]["Toegekend"]) == 0
    overzicht = read(path, "Overzicht", reader)
    assert [(r["Wijk"], int(r["Jaar"])) for r in overzicht] == [("Keizerslanden", 2026)]
    assert int(overzicht[0]["Doelen concept"]) == 2
    assert result.rows["doelen"] == 2 and int(info_values(path, reader)["Aantal doelen"]) == 2

    path = tmp_path / "2027.xlsx"
    export_workbook(path, jaar=2027)
    goals = {r["Titel"]: r for r in read(path, "Doelen", reader)}
    assert set(goals) == {"Buurthuis verbouwd"}
    assert cents(goals["Buurthuis verbouwd"]["Toegekend"]) == 50_000
    assert cents(goals["Buurthuis verbouwd"]["Uitgegeven"]) == 10_000


@pytest.mark.parametrize("reader", READERS)
def test_all_years_count_a_goal_in_each_of_its_years_and_once_in_the_total(multi_year, tmp_path, reader):
    from tests.exchange.helpers import total_row

    path = tmp_path / "alles.xlsx"
    export_workbook(path)
    per_year = {int(r["Jaar"]): int(r["Doelen concept"] or 0) for r in read(path, "Overzicht", reader)}
    assert per_year == {2026: 2, 2027: 1, 2028: 2}
    assert int(total_row(path, "Overzicht", reader)["Doelen concept"]) == 3
    goals = {r["Titel"]: r for r in read(path, "Doelen", reader)}
    assert len(goals) == 3
    assert cents(goals["Buurthuis verbouwd"]["Toegekend"]) == 250_000  # every year


@pytest.mark.parametrize("reader", READERS)
def test_expense_under_a_goals_grant_shows_that_goal(multi_year, tmp_path, reader):
    from wijkdesk.services import budget, doelen

    other = doelen.create_doel(multi_year, "Speeltuin")
    grant = budget.create_toekenning(multi_year, 2026, "100,00", omschrijving="Zonder doel")
    # Booked on a goal of its own: that goal wins over the grant's (none here).
    budget.create_uitgave(multi_year, 2026, "10,00", "Zand", dt.date(2026, 9, 2), toekenning=grant, doel=other)
    budget.create_uitgave(multi_year, 2026, "5,00", "Los", dt.date(2026, 9, 3))
    path = tmp_path / "u.xlsx"
    export_workbook(path, jaar=2026)
    doel_of = {r["Omschrijving"]: r["Doel"] for r in read(path, "Uitgaven", reader)}
    assert doel_of == {"Aannemer voorschot": "Buurthuis verbouwd", "Zand": "Speeltuin", "Los": None}


@pytest.mark.parametrize("reader", READERS)
def test_override_reason_of_an_overspend_is_exported_without_names(db, tmp_path, reader):
    from wijkdesk.services import budget, groepen, wijken

    groepen.create_persoon(PERSONS[0][0], email=PERSONS[0][1])
    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, "100,00")
    grant = budget.create_toekenning(wijk, 2026, "150,00", omschrijving="Feest",
                                     override_reden="wethouder akkoord, budget volgt")
    budget.set_budget(wijk, 2026, "1.000,00")
    budget.create_uitgave(wijk, 2026, "180,00", "Tent", dt.date(2026, 6, 1), toekenning=grant,
                          override_reden=f"duurder, akkoord van {PERSONS[0][0]}")
    budget.create_uitgave(wijk, 2026, "1,00", "Touw", dt.date(2026, 6, 2))
    path = tmp_path / "o.xlsx"
    export_workbook(path)
    grants = read(path, "Toekenningen", reader)
    assert grants[0]["Reden overschrijding"] == "wethouder akkoord, budget volgt"
    expenses = {r["Omschrijving"]: r for r in read(path, "Uitgaven", reader)}
    assert expenses["Tent"]["Reden overschrijding"] == "duurder, akkoord van [persoonsgegevens weggelaten]"
    assert expenses["Touw"]["Reden overschrijding"] is None
    assert not [t for t in all_cell_texts(path) if PERSONS[0][0] in t]


@pytest.mark.sqlite_only  # a file's name; a server database is named by its address
def test_info_names_the_database_file_without_its_folder(multi_year, db_path, tmp_path):
    path = tmp_path / "i.xlsx"
    export_workbook(path)
    for reader in READERS:
        assert info_values(path, reader)["Database"] == db_path.name
    folder = str(db_path.parent)
    assert not [t for t in all_cell_texts(path) if folder in t]


@pytest.mark.parametrize("reader", READERS)
def test_a_wijk_year_shows_the_same_money_as_the_whole_export(demo_db, tmp_path, reader):
    """The export of one wijk-year reads only its own grants, expenses and goals (city scale); what it shows
    of them (spent per grant, the money of each goal) is what the export of everything shows."""
    from wijkdesk.store.models import Wijk

    everything = tmp_path / "alles.xlsx"
    export_workbook(everything, jaar=2026)
    grants = {r[ID_HEADER]: r for r in read(everything, "Toekenningen", reader)}
    goals = {r[ID_HEADER]: r for r in read(everything, "Doelen", reader)}
    seen_grants = seen_goals = 0
    for wijk in Wijk.select():
        path = tmp_path / f"{wijk.id}.xlsx"
        export_workbook(path, wijk=wijk.naam, jaar=2026)
        for row in read(path, "Toekenningen", reader):
            assert (row["Uitgegeven"], row["Resterend"]) == (grants[row[ID_HEADER]]["Uitgegeven"],
                                                             grants[row[ID_HEADER]]["Resterend"])
            seen_grants += 1
        for row in read(path, "Doelen", reader):
            assert (row["Toegekend"], row["Uitgegeven"]) == (goals[row[ID_HEADER]]["Toegekend"],
                                                            goals[row[ID_HEADER]]["Uitgegeven"])
            seen_goals += 1
    assert seen_grants == len(grants) and seen_goals == len(goals)
    assert any(cents(r["Uitgegeven"]) for r in grants.values())
