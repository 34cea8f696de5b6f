"""'Aanvraag afdrukken' read back with pdftotext: the lines and total as the services have them, the
warnings pointing at their lines, the deadline, places to sign, no persons; the command line writes the same."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from wijkdesk.domain.money import format_cents
from wijkdesk.exchange import pdf
from wijkdesk.services import aanvraag, budget, groepen, wijken
from wijkdesk.services.aanvraag import RegelInvoer

from .conftest import pdftotext


def _plain(text: str) -> str:
    """Ligatures (the 'ffi' of 'Koffie') read back as their letters."""
    return unicodedata.normalize("NFKC", text)

LINES = [RegelInvoer("Huur springkussen", "huur", "120,00"), RegelInvoer("Koffie en taart", "", "45,00"),
         RegelInvoer("Muziek", "buurtfeest", "200,00"), RegelInvoer("Tenten", "buurtfeest", "80,00")]


@pytest.fixture
def grant(db):
    wijk = wijken.create_wijk("Zandweerd", wijkmanager="Sanne de Vries")
    groep = groepen.create_groep(wijk, "Bewonersgroep Zandweerd-Noord")
    groepen.add_new_lid(groep, rol="voorzitter", naam="Lotte de Wit", email="lotte@voorbeeld.nl")
    budget.set_budget(wijk, 2026, 1_000_000)
    return aanvraag.save_aanvraag(None, wijk.id, 2026, "445,00", {
        "groep": groep.id, "omschrijving": "Buurtfeest Zandweerd", "zaaknummer": "Z-2026-0042",
        "besloten_door": "Sanne de Vries", "besluitdatum": "",
        "aanvraag_ontvangen_op": "20-04-2026", "activiteit_startdatum": "30-04-2026", "activiteit_einddatum": "30-04-2026",
        "activiteitenplan": "Een middag voor de hele straat.\nMet muziek en spelletjes."}, LINES)


def test_the_printed_request_holds_the_services_figures(grant, tmp_path):
    out = tmp_path / "aanvraag.pdf"
    pages = pdf.aanvraag_pdf(grant.id, out)
    text = _plain(pdftotext(out))
    flat = " ".join(text.split())
    assert pages == text.count("\f") or pages == len(text.split("\f")) - 1
    assert "Aanvraag Meedoenbudget" in flat and "Wijk Zandweerd" in flat and "20-04-2026" in flat
    assert "Bewonersgroep Zandweerd-Noord" in flat and "Z-2026-0042" in flat
    doc = aanvraag.document(grant.id)
    for number, line in enumerate(doc.regels, start=1):
        assert f"{number} {line.omschrijving}" in flat
        assert format_cents(line.bedrag_cents) in flat
    assert f"Totaal {format_cents(doc.totaal_cents)}" in flat and doc.totaal_cents == 44_500
    # The warnings as the services give them, each naming its line.
    for warning in doc.waarschuwingen:
        assert " ".join(warning.tekst.split()[:5]) in flat
    assert "Regel 2 (Koffie en taart)" in flat and "Regel 4 (Tenten)" in flat
    # 20-04-2026 + 10 working days over Koningsdag.
    assert "5 mei 2026" in flat and "Koningsdag 27-04-2026" in flat
    assert "Ondertekening" in flat and flat.count("Handtekening") == 3
    # The declaration and all three signatures on one page, the last.
    last = " ".join(text.split("\f")[pages - 1].split())
    assert "Verklaring" in last and last.count("Handtekening") == 3 and last.count("Datum: ___") == 3
    assert "Een middag voor de hele straat." in flat
    # The group, not persons: neither the official who decided nor a member is printed.
    assert "Sanne" not in flat and "Lotte" not in flat and "@" not in flat


def test_a_passed_deadline_is_printed_as_such(grant, tmp_path):
    out = tmp_path / "laat.pdf"
    pdf.aanvraag_pdf(grant.id, out)
    flat = " ".join(pdftotext(out).split())
    assert ("TERMIJN VERSTREKEN" in flat) == (dt.date.today() > dt.date(2026, 5, 5))


def test_cli_by_zaaknummer_and_by_id(grant, db_path, tmp_path, wijkdesk_cli):
    from wijkdesk.store.database import close_database

    close_database()
    by_zaak = tmp_path / "zaak.pdf"
    run = wijkdesk_cli.run("pdf", "aanvraag", "--db", str(db_path),
                           "--zaak", "Z-2026-0042", "--out", str(by_zaak))
    assert run.returncode == 0, run.stderr
    assert "Geschreven:" in run.stdout and "Buurtfeest Zandweerd" in pdftotext(by_zaak)
    by_id = tmp_path / "id.pdf"
    run = wijkdesk_cli.run("pdf", "aanvraag", "--db", str(db_path),
                           "--toekenning", str(grant.id), "--out", str(by_id))
    assert run.returncode == 0, run.stderr
    assert pdftotext(by_id).replace(str(by_id), "") == pdftotext(by_zaak).replace(str(by_zaak), "")
    listing = wijkdesk_cli.run("pdf", "overzicht", "--db", str(db_path))
    assert f"toekenning {grant.id}: zaak Z-2026-0042 Buurtfeest Zandweerd (2026)" in listing.stdout
    for args, words in ((["--zaak", "Z-0000"], "Geen toekenning met zaaknummer"),
                        (["--toekenning", "999"], "bestaat niet")):
        bad = wijkdesk_cli.run("pdf", "aanvraag", "--db", str(db_path), *args,
                               "--out", str(tmp_path / "x.pdf"))
        assert bad.returncode == 1 and words in bad.stderr and not (tmp_path / "x.pdf").exists()
        assert "Traceback" not in bad.stderr
