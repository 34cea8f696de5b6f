"""The finance workbook's Besluiten sheet: every decision about money, its status, and no names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from tests.exchange.conftest import PERSONS
from tests.exchange.helpers import all_cell_texts, sheet_dicts_calamine, sheet_dicts_openpyxl
from wijkdesk.exchange.excel_export import export_workbook
from wijkdesk.services import bijeenkomsten as bk


@pytest.fixture
def decisions(world):
    keizer, rivier = world.wijken["Keizerslanden"], world.wijken["Rivierenwijk"]
    avond = bk.create_bijeenkomst(keizer, "12-11-2026", plaats="Buurthuis")
    name = PERSONS[0][0]
    money = bk.add_besluit(avond, f"Buurtfeest georganiseerd door {name}", "de bewonersavond", bedrag="1.250,00")
    bk.add_besluit(avond, "Vergaderen voortaan op dinsdag", "de bewonersavond")  # no amount: not on the sheet
    old = bk.add_besluit(avond, "Bankjes kopen", "de bewonersavond", bedrag="800,00")
    bk.replace_besluit(old, "Bankjes huren", "de bewonersavond", "Huren is goedkoper", bedrag="300,00")
    bk.withdraw_besluit(money, "Geen vrijwilligers")
    earlier = bk.create_bijeenkomst(rivier, "10-03-2025")
    bk.add_besluit(earlier, "Moestuin", "de wijkcoalitie", bedrag="450,50")
    return name


@pytest.mark.parametrize("reader", ["openpyxl", "calamine"])
def test_money_decisions_with_status_on_their_own_sheet(decisions, tmp_path, reader):
    path = tmp_path / "financien.xlsx"
    export_workbook(path)
    rows = (sheet_dicts_openpyxl if reader == "openpyxl" else sheet_dicts_calamine)(path, "Besluiten")
    got = [(r["Wijk"], r["Besluit"], Decimal(str(r["Bedrag"])), r["Status"]) for r in rows]
    assert got == [
        ("Rivierenwijk", "Moestuin", Decimal("450.5"), "geldig"),
        ("Keizerslanden", "Buurtfeest georganiseerd door [persoonsgegevens weggelaten]", Decimal("1250"), "ingetrokken"),
        ("Keizerslanden", "Bankjes kopen", Decimal("800"), "vervangen"),
        ("Keizerslanden", "Bankjes huren", Decimal("300"), "geldig"),
    ]  # by date, then in the order taken
    assert {r["Reden status"] for r in rows} >= {"Geen vrijwilligers", "Huren is goedkoper"}


def test_no_personal_data_and_year_filter(decisions, tmp_path):
    path = tmp_path / "financien.xlsx"
    export_workbook(path)
    texts = " ".join(all_cell_texts(path))
    assert decisions not in texts and decisions.split()[0] not in texts
    only_2025 = tmp_path / "2025.xlsx"
    export_workbook(only_2025, jaar=2025)
    assert [r["Besluit"] for r in sheet_dicts_openpyxl(only_2025, "Besluiten")] == ["Moestuin"]
