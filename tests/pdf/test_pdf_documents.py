"""Every PDF of the evening read back with pdftotext: totals, ballot numbers, decisions, frame."""
from __future__ import annotations

import re

import pytest

from wijkdesk.domain.money import format_cents
from wijkdesk.exchange import pdf
from wijkdesk.services import bijeenkomsten as bk
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.services.errors import ValidationError

from .conftest import pdftotext


def _pages(text: str) -> list[str]:
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _framed(text: str, wijk: str, datum: str) -> None:
    """Every page has the wijk and the date at the top and 'pagina i van n' at the bottom."""
    pages = _pages(text)
    assert pages
    for number, page in enumerate(pages, start=1):
        assert f"Wijk {wijk}" in page and datum in page, f"pagina {number} zonder wijk en datum"
        assert f"pagina {number} van {len(pages)}" in page


def test_besluitenlijst_holds_every_decision_of_the_meeting_in_order(avond, tmp_path):
    out = tmp_path / "besluitenlijst.pdf"
    pdf.besluitenlijst(avond["meeting"].id, out)
    text = pdftotext(out)
    flat = " ".join(text.split())
    _framed(text, "Keizerslanden", "12-11-2026")
    decisions = bk.besluiten(avond["meeting"])
    assert len(decisions) == 5  # override, outcome, typed (withdrawn), replaced, replacement
    positions = []
    for decision in decisions:
        words = " ".join(decision.tekst.split()[:6])
        assert words in flat, decision.tekst
        positions.append(flat.index(words))
    assert positions == sorted(positions), "decisions in the order they were taken"
    assert "Aantal aanwezigen 9" in flat
    assert "ingetrokken Geen vrijwilligers" in flat and "vervangen Huren is goedkoper" in flat
    assert "€ 1.250,00" in flat


def test_proces_verbaal_totals_equal_the_services_outcome(avond, tmp_path):
    out = tmp_path / "pv.pdf"
    pdf.proces_verbaal(avond["ronde"], out)
    text = pdftotext(out)
    flat = " ".join(text.split())
    _framed(text, "Keizerslanden", "12-11-2026")
    result = uitslag.compute_uitslag(avond["ronde"])
    assert [i.nummer for i in result.gekozen] == [i.nummer for i in avond["outcome"].gekozen]
    counts = result.stand
    assert f"Stembiljetten geteld {counts.biljetten}" in flat
    assert f"Geldig {counts.geldig}" in flat and f"Ongeldig {counts.ongeldig}" in flat
    assert f"waarvan blanco {counts.blanco}" in flat
    assert (f"Gekozen: {len(result.gekozen)} ideeën, samen {format_cents(result.besteed_cents)} van "
            f"{format_cents(result.budget_cents)}; over {format_cents(result.over_cents)}.") in flat
    # Every idea's line: order, number, cost, votes and outcome as the service says.
    rows = pdftotext(out, layout=True).splitlines()
    for idea in result.ideeen:
        order = rf"{idea.volgorde}\s+" if idea.gekozen else ""
        line = next(l for l in rows if re.search(rf"^\s*{order}{idea.nummer}\s", l)
                    and format_cents(idea.kosten_cents) in l)
        assert re.search(rf"{re.escape(format_cents(idea.kosten_cents))}\s+{idea.stemmen}\s+"
                         rf"{'gekozen' if idea.gekozen else 'niet'}", line), line
    assert "Kruisje bij 4 over het hoofd gezien" in flat and "Twee keer ingevoerd" in flat
    assert "De woningcorporatie betaalt de helft" in flat
    assert "Te veel kruisjes" in flat  # the invalid ballot with its reason
    assert "Aantal aanwezigen: 9" in flat and "Handtekening" in flat
    assert "Hoogstens kruisjes 2" in flat and "Te verdelen budget € 6.000,00" in flat


def test_proces_verbaal_only_of_a_fixed_outcome(avond, tmp_path):
    ronde = rondes.create_ronde(avond["wijk"], "Nog open", 100_000)
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(ValidationError, match="vastgesteld"):
        pdf.proces_verbaal(ronde, folder / "x.pdf")
    with pytest.raises(ValidationError, match="vastgesteld"):
        pdf.poster(ronde, folder / "x.pdf", png=folder / "x.png")
    assert not list(folder.iterdir()), "nothing half-written left behind"


@pytest.mark.parametrize("stemwijze,extra,needle", [
    ("goedkeuring", {"max_keuzes": 2}, "hoogstens 2 ideeën"),
    ("budget", {}, "niet meer kosten dan € 6.000,00"),
    ("punten", {"punten_per_kiezer": 5, "max_punten_per_idee": 3}, "Verdeel 5 punten"),
    ("een_keuze", {}, "Zet één kruisje"),
])
def test_ballots_are_numbered_uniquely_fit_the_kind_and_match_entry(avond, tmp_path, stemwijze, extra, needle):
    links = rondes.ronde_ideeen(avond["ronde"])
    ronde = rondes.create_ronde(avond["wijk"], f"Ronde {stemwijze}", 600_000, idee_ids=[l.idee_id for l in links],
                                stemwijze=stemwijze, **extra)
    out = tmp_path / "biljetten.pdf"
    pages = pdf.stembiljetten(ronde, out, 23, vanaf=101)
    text = pdftotext(out)
    _framed(text, "Keizerslanden", "12-11-2026")
    numbers = [int(n) for n in re.findall(r"Nr\. (\d+)", text)]
    assert numbers == list(range(101, 124)) and len(set(numbers)) == 23
    assert pages == len(_pages(text)) and pages < 23, "several ballots to a page"
    flat = " ".join(text.split())
    assert needle in flat
    assert flat.count("knippen") >= 23 - pages  # a cutting line between ballots on a page
    if stemwijze == "budget":
        assert "€ 4.000,00" in flat and "€ 1.500,00" in flat
    # The number on the paper is the number typed at entry: enter ballot 105 and it is stored as 105.
    entered = stemmen.enter_ballot(ronde, {"goedkeuring": "1", "budget": "2", "punten": "1 1",
                                           "een_keuze": "3"}[stemwijze], volgnummer=105)
    assert entered.volgnummer == 105 and 105 in numbers


def test_ballot_count_is_checked(avond, tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    for bad in (0, -1, 10_001):
        with pytest.raises(ValidationError, match="Aantal stembiljetten"):
            pdf.stembiljetten(avond["ronde"], folder / "b.pdf", bad)
    assert not list(folder.iterdir())


def test_stickerposter_has_one_page_per_idea(avond, tmp_path):
    out = tmp_path / "sticker.pdf"
    pdf.stickerposter(avond["ronde"], out)
    text = pdftotext(out)
    pages = _pages(text)
    links = rondes.ronde_ideeen(avond["ronde"])
    assert len(pages) == len(links)
    for page, link in zip(pages, links):
        flat = " ".join(page.split())
        assert link.idee.titel in flat and format_cents(link.kosten_cents) in flat and "sticker" in flat


def test_poster_lists_the_chosen_ideas_and_makes_a_square_png(avond, tmp_path):
    out, png = tmp_path / "poster.pdf", tmp_path / "poster.png"
    assert pdf.poster(avond["ronde"], out, png=png) == 1
    flat = " ".join(pdftotext(out).split())
    result = uitslag.compute_uitslag(avond["ronde"])
    assert "Dit kiest de wijk" in flat
    for idea in result.gekozen:
        assert idea.titel.split()[0] in flat and format_cents(idea.kosten_cents) in flat
    assert format_cents(result.besteed_cents) in flat and format_cents(result.budget_cents) in flat
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() == image.height() == 1080


def test_cli_writes_the_same_documents(avond, db_path, tmp_path, wijkdesk_cli):
    
    from wijkdesk.store.database import close_database

    close_database()
    out = tmp_path / "pv.pdf"
    run = wijkdesk_cli.run("pdf", "proces-verbaal", "--db", str(db_path),
                           "--ronde", str(avond["ronde"].id), "--out", str(out))
    assert run.returncode == 0, run.stderr
    assert "Proces-verbaal stemronde" in pdftotext(out)
    bad = wijkdesk_cli.run("pdf", "stembiljetten", "--db", str(db_path),
                           "--ronde", "999", "--aantal", "3", "--out", str(tmp_path / "b.pdf"))
    assert bad.returncode == 1 and "stemronde" in bad.stderr and not (tmp_path / "b.pdf").exists()
