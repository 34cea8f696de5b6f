"""The finance workbook after a year end: carry-over on Overzicht and its own sheet, the verantwoording status
per grant, and the receipts in a folder beside the workbook (named by WijkDesk-ID and invoice number, plain
even beside an encrypted database, no resident's name in a file name)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.exchange.helpers import cents, info_values, sheet_dicts_calamine, sheet_dicts_openpyxl, total_row
from wijkdesk.exchange.excel_export import export_workbook
from wijkdesk.services import bijlagen, budget, groepen, jaarafsluiting, verantwoording, wijken
from wijkdesk.store import cipher
from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import Uitgave

PDF = b"%PDF-1.4\n% bon van de bouwmarkt\n"


def _year_with_money_left(tmp_path, resident: str = "Jantje Visser"):
    """Keizerslanden 2026: € 10.000, a grant of € 6.000 with € 2.500 spent (with a receipt), € 500 loose."""
    wijk = wijken.create_wijk("Keizerslanden")
    groep = groepen.create_groep(wijk, "Werkgroep Groen")
    groepen.add_new_lid(groep, naam=resident, email="jantje@voorbeeld.nl")
    budget.set_budget(wijk, 2026, 1_000_000)
    grant = budget.create_toekenning(wijk, 2026, 600_000, omschrijving="Speeltuin", groep=groep,
                                     activiteit_einddatum=dt.date(2026, 3, 1))
    receipt = tmp_path / "IMG_2026 van Jantje.pdf"
    receipt.write_bytes(PDF)
    spent = budget.create_uitgave(wijk, 2026, 250_000, "Toestellen", dt.date(2026, 5, 1), toekenning=grant,
                                  factuurnummer="F/2026:17", bonnetje_bron=receipt)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff jpeg")
    bijlagen.add("uitgave", spent.id, photo, soort="bon")
    budget.create_uitgave(wijk, 2026, 50_000, "Zaalhuur", dt.date(2026, 6, 1), factuurnummer="Z-1")
    return wijk, grant, spent


def test_carry_over_and_verantwoording_status_in_the_workbook(db, tmp_path):
    wijk, grant, _spent = _year_with_money_left(tmp_path)
    done = budget.create_toekenning(wijk, 2026, 10_000, omschrijving="Flyers", activiteit_einddatum=dt.date(2026, 2, 1))
    budget.change_toekenning_status(done, "verantwoord", reden="bonnen gezien")
    left = budget.budget_overview(wijk, 2026).resterend_cents
    assert left == 1_000_000 - 600_000 - 10_000 - 50_000
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Niet besteed in 2026")
    budget.set_budget(wijk, 2027, 500_000)

    target = tmp_path / "financien.xlsx"
    result = export_workbook(target, wijk="Keizerslanden")
    for reader in (sheet_dicts_openpyxl, sheet_dicts_calamine):
        rows = {int(r["Jaar"]): r for r in reader(target, "Overzicht")}
        assert cents(rows[2026]["Naar volgend jaar"]) == left
        assert cents(rows[2026]["Uit vorig jaar"]) == 0
        assert cents(rows[2026]["Resterend"]) == 0
        assert cents(rows[2027]["Uit vorig jaar"]) == left
        assert cents(rows[2027]["Resterend"]) == 500_000 + left
        carries = reader(target, "Overhevelingen")
        assert [(r["Wijk"], int(r["Van jaar"]), int(r["Naar jaar"]), cents(r["Bedrag"]), r["Reden"]) for r in carries] \
            == [("Keizerslanden", 2026, 2027, left, "Niet besteed in 2026")]
    total = total_row(target, "Overzicht")
    assert cents(total["Uit vorig jaar"]) == cents(total["Naar volgend jaar"]) == left
    assert (result.overgeheveld_in_cents, result.overgeheveld_uit_cents) == (left, left)
    info = info_values(target)
    assert info["Aantal overhevelingen"] == 1

    grants = {r["Omschrijving"]: r for r in sheet_dicts_openpyxl(target, "Toekenningen")}
    assert grants["Flyers"]["Verantwoording"] == f"verantwoord op {dt.date.today():%d-%m-%Y}"
    due = verantwoording.grant_deadline(budget.get_toekenning(grant.id))
    state = "te laat" if due < dt.date.today() else "open"
    assert grants["Speeltuin"]["Verantwoording"] == f"{state} (uiterlijk {due:%d-%m-%Y})"

    # One year only: 2027's sheet has the carry-over coming in.
    only_2027 = tmp_path / "2027.xlsx"
    export_workbook(only_2027, wijk="Keizerslanden", jaar=2027)
    assert [int(r["Van jaar"]) for r in sheet_dicts_openpyxl(only_2027, "Overhevelingen")] == [2026]
    assert [cents(r["Uit vorig jaar"]) for r in sheet_dicts_openpyxl(only_2027, "Overzicht")] == [left]


def test_receipts_travel_in_a_folder_named_by_id_and_invoice(db, tmp_path):
    _wijk, _grant, spent = _year_with_money_left(tmp_path)
    out = tmp_path / "uit"
    out.mkdir()
    target = out / "financien 2026.xlsx"
    result = export_workbook(target, jaar=2026)
    folder = out / "financien 2026-bonnetjes"
    assert result.receipts_folder == folder and (result.receipts_copied, result.receipts_missing) == (2, 0)
    uuid = Uitgave.get_by_id(spent.id).uuid
    # '/' and ':' cannot be in a file name: they become '-'; the user's own file name is not used.
    assert sorted(p.name for p in folder.iterdir()) == [f"{uuid}_F-2026-17.pdf", f"{uuid}_F-2026-17_2.jpg"]
    assert (folder / f"{uuid}_F-2026-17.pdf").read_bytes() == PDF
    rows = {r["WijkDesk-ID"]: r for r in sheet_dicts_openpyxl(target, "Uitgaven")}
    assert rows[uuid]["Bonnetjes"] == (f"financien 2026-bonnetjes/{uuid}_F-2026-17.pdf; "
                                       f"financien 2026-bonnetjes/{uuid}_F-2026-17_2.jpg")
    assert [r["Bonnetjes"] for r in rows.values() if r["Omschrijving"] == "Zaalhuur"] == [None]
    assert "2 in de map financien 2026-bonnetjes" in info_values(target)["Bonnetjes"]
    assert not list(out.glob("*.tmp")) and sorted(p.name for p in out.iterdir()) == [
        "financien 2026-bonnetjes", "financien 2026.xlsx"]

    # A receipt gone from the attachments: marked 'ontbreekt', the export still works; the old folder is replaced.
    stored = budget.receipt_file(spent.id)
    stored.unlink()
    result = export_workbook(target, jaar=2026)
    assert (result.receipts_copied, result.receipts_missing) == (1, 1)
    assert sorted(p.name for p in folder.iterdir()) == [f"{uuid}_F-2026-17_2.jpg"]
    cell = {r["WijkDesk-ID"]: r for r in sheet_dicts_openpyxl(target, "Uitgaven")}[uuid]["Bonnetjes"]
    assert cell.startswith(f"ontbreekt: {uuid}_F-2026-17.pdf")
    assert "1 ontbreken" in info_values(target)["Bonnetjes"]


def test_without_receipts_no_folder(db, tmp_path):
    _year_with_money_left(tmp_path)
    target = tmp_path / "kaal.xlsx"
    result = export_workbook(target, receipts=False)
    assert result.receipts_folder is None and not (tmp_path / "kaal-bonnetjes").exists()
    assert all(r["Bonnetjes"] is None for r in sheet_dicts_openpyxl(target, "Uitgaven"))


def test_cancel_leaves_no_receipts_folder(db, tmp_path):
    from wijkdesk.exchange.progress import Cancelled

    _year_with_money_left(tmp_path)
    target = tmp_path / "afgebroken.xlsx"
    with pytest.raises(Cancelled):
        export_workbook(target, progress=lambda d, t, label: None,
                        is_cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir() if "afgebroken" in p.name) == []


def test_an_invoice_number_naming_a_resident_is_scrubbed_from_the_file_name(db, tmp_path):
    wijk = wijken.create_wijk("Voorstad")
    groep = groepen.create_groep(wijk, "Buurtgroep")
    groepen.add_new_lid(groep, naam="Jantje Visser")
    budget.set_budget(wijk, 2026, 100_000)
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(PDF)
    spent = budget.create_uitgave(wijk, 2026, 1_000, "Koffie", dt.date(2026, 5, 1),
                                  factuurnummer="Jantje Visser 12", bonnetje_bron=receipt)
    target = tmp_path / "w.xlsx"
    export_workbook(target)
    names = [p.name for p in (tmp_path / "w-bonnetjes").iterdir()]
    assert len(names) == 1 and "Jantje" not in names[0] and "Visser" not in names[0]
    assert names[0].startswith(Uitgave.get_by_id(spent.id).uuid)


def test_receipts_beside_an_encrypted_database_are_plain(data_dir, tmp_path):
    path = data_dir / "versleuteld.db"
    open_database(path, passphrase="lange zomeravond 2026")
    try:
        _wijk, _grant, spent = _year_with_money_left(tmp_path)
        stored = Uitgave.get_by_id(spent.id).bonnetje
        raw = (data_dir / stored) if (data_dir / stored).exists() else None
        assert raw is not None and PDF not in raw.read_bytes()  # the attachment itself is ciphertext
        target = tmp_path / "versleuteld.xlsx"
        export_workbook(target)
        uuid = Uitgave.get_by_id(spent.id).uuid
        assert (tmp_path / "versleuteld-bonnetjes" / f"{uuid}_F-2026-17.pdf").read_bytes() == PDF
    finally:
        close_database()
        cipher.forget()


@pytest.mark.parametrize("in_the_way", ["financien-bonnetjes", "financien-bonnetjes.tmp", "financien-bonnetjes.oud"])
def test_a_file_where_the_receipts_folder_goes_is_refused_in_dutch_and_kept(db, tmp_path, in_the_way):
    """A file of the user's own named like the receipts folder (or its .tmp/.oud): the export says so before
    writing anything, and the file and the previous workbook stay as they were (it was renamed to .oud, or
    the rename failed after the workbook had already been replaced)."""
    from wijkdesk.services.errors import ServiceError

    _year_with_money_left(tmp_path)
    target = tmp_path / "financien.xlsx"
    target.write_bytes(b"vorige werkmap")
    own = tmp_path / in_the_way
    own.write_bytes(b"mijn eigen bestand")
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ServiceError) as refused:
        export_workbook(target, jaar=2026)
    assert in_the_way in str(refused.value) and "map" in str(refused.value)
    assert own.read_bytes() == b"mijn eigen bestand" and target.read_bytes() == b"vorige werkmap"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
