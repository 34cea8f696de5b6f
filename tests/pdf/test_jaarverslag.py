"""The jaarverslag PDF read back with pdftotext: its figures are those of services.budget, every section
is there, and hostile data (no data, no budget, 500 goals, endless titles, a lost photo) still gives a
whole report with nothing off the page."""
from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from wijkdesk.domain.money import format_cents
from wijkdesk.exchange.pdf import jaarverslag as pdf_jv
from wijkdesk.services import bijeenkomsten as bk, bijlagen, budget, changes, doelen, ideeen, jaarverslag as jv, verantwoording, wijken
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.store import attachments, database
from wijkdesk.store.models import Bijeenkomst, Doel, Wijk

from .conftest import pdftotext

TODAY = dt.date(2026, 11, 26)  # the demo's "today"


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _pages(text: str) -> list[str]:
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def _make(tmp_path, jaar, wijk=None, name="jaarverslag.pdf"):
    out = tmp_path / name
    pages = pdf_jv.make(out, jaar, wijk, today=TODAY)
    return out, pages


def _within_pages(path) -> None:
    """Every word lies inside the page, above the footer line: nothing runs off or over the frame."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    page_h = page_w = None
    words = 0
    for line in bbox.splitlines():
        page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page:
            page_w, page_h = float(page.group(1)), float(page.group(2))
            continue
        word = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if word:
            words += 1
            x_min, y_min, x_max, y_max = (float(word.group(i)) for i in range(1, 5))
            assert x_min >= 0 and x_max <= page_w - 40, f"rechts van de marge: {word.group(5)} ({x_max})"
            assert y_max <= page_h - 40, f"onder de marge: {word.group(5)} ({y_max})"
    assert words > 0


@pytest.mark.parametrize("naam", ["Keizerslanden", "Rivierenwijk", "Voorstad"])
def test_figures_in_the_jaarverslag_equal_services_budget(demo_db, tmp_path, naam):
    wijk = Wijk.get(Wijk.naam == naam)
    out, pages = _make(tmp_path, 2026, naam)
    text = pdftotext(out)
    flat = _flat(text)
    overview = budget.budget_overview(wijk, 2026)
    for label, cents in (("Meedoenbudget 2026", overview.budget_cents),
                         ("Toegekend (toekenningen die meetellen)", overview.toegekend_cents),
                         ("Uitgegeven", overview.uitgegeven_cents),
                         ("Vastgelegd (toegekend, en uitgaven buiten een toekenning)", overview.vastgelegd_cents),
                         ("Resterend", overview.resterend_cents)):
        assert f"{label} {format_cents(cents)}" in flat, label
    # The charts add up to what was spent, per theme and per kind of activity.
    assert flat.count(f"Uitgegeven in 2026 per thema; samen {format_cents(overview.uitgegeven_cents)}.") == 1
    assert f"Uitgegeven in 2026 per soort activiteit; samen {format_cents(overview.uitgegeven_cents)}." in flat
    # The comparison page: every wijk's row has the figures of services.budget.
    rows = pdftotext(out, layout=True).replace("\u00a0", " ").splitlines()
    for other in Wijk.select():
        o = budget.budget_overview(other, 2026)
        expected = [format_cents(c) for c in (o.budget_cents, o.toegekend_cents, o.uitgegeven_cents,
                                              o.resterend_cents)]
        assert any(line.split()[:1] == [other.naam] and re.search(r"\s+".join(map(re.escape, expected)), line)
                   for line in rows), other.naam
    # Frame on every page.
    assert len(_pages(text)) == pages
    for number, page in enumerate(_pages(text), start=1):
        assert f"pagina {number} van {pages}" in page
        assert f"Wijk {naam}" in page or "Alle wijken" in page


def test_the_sections_hold_what_the_services_hold(demo_db, tmp_path):
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    first = jv.gather(wijk, 2026, TODAY).doelen[0]
    goal = Doel.get((Doel.wijk == wijk) & (Doel.titel == first.titel))
    doelen.update_doel(goal, bereikt_waarde="31 bewoners")  # the value reached against the target
    data = jv.gather(wijk, 2026, TODAY)
    out, _pages_count = _make(tmp_path, 2026, "Keizerslanden")
    flat = _flat(pdftotext(out))
    # Goals of the year by the export's rule, each with its progress.
    assert data.doelen and f"4. Doelen ({len(data.doelen)})" in flat
    for goal in data.doelen:
        assert goal.titel in flat and f"{goal.voortgang} %" in flat
    assert "31 bewoners" in flat and any(d.bereikt_waarde == "31 bewoners" for d in data.doelen)
    # Meetings and their attendance, counted here without the service.
    meetings = [m for m in Bijeenkomst.select().where(Bijeenkomst.wijk == wijk) if m.datum.year == 2026]
    attendance = sum(m.aantal_aanwezig or 0 for m in meetings)
    assert f"Samen {attendance} aanwezigen op {len(meetings)} bijeenkomsten" in flat
    # Votes per round as the stemronde service counts them.
    for ronde in rondes.rondes(wijk):
        counted = stemmen.stand(ronde)
        assert re.search(rf"{re.escape(ronde.titel)} .*? {counted.biljetten} {counted.ongeldig} ", flat), ronde.titel
    # Every decision of the year.
    for b in data.besluiten:
        assert b.tekst in flat
    # Verantwoordingen: the counts of the verantwoording service, the late ones named.
    tally = verantwoording.counts(wijk.id, 2026, TODAY)
    assert (data.verantwoord, data.te_laat) == (tally.verantwoord, tally.te_laat) and tally.te_laat
    assert f"{tally.verantwoord} verantwoord, {tally.te_laat} te laat" in flat
    assert flat.count("TE LAAT") == data.te_laat
    # Chart bars: every label with its amount beside it.
    for post in data.per_thema + data.per_soort:
        assert f"{post.label} {format_cents(int(post.bedrag * 100))}" in flat


def test_spending_breakdown_adds_up_to_budget_overview_in_every_wijk_and_year(demo_db):
    for wijk in Wijk.select():
        for jaar in (2025, 2026):
            overview = budget.budget_overview(wijk, jaar)
            per_thema, per_soort = jv.spending_breakdown(wijk, jaar)
            assert per_thema and per_soort
            assert sum(int(p.bedrag * 100) for p in per_thema) == overview.uitgegeven_cents
            assert sum(int(p.bedrag * 100) for p in per_soort) == overview.uitgegeven_cents
            assert jv.geld_van(wijk, jaar).resterend == overview.resterend


def test_no_personal_data_in_the_report(demo_db, tmp_path):
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    meeting = bk.create_bijeenkomst(wijk, "01-10-2026", aantal_aanwezig=3)
    from wijkdesk.store.models import Persoon

    person = Persoon.select().first()
    bk.add_besluit(meeting, f"Bedankt {person.naam} ({person.email}) voor de bankjes", "de bewonersavond")
    out, _ = _make(tmp_path, 2026, "Keizerslanden")
    flat = _flat(pdftotext(out))
    assert "Bedankt" in flat and person.naam not in flat and person.email not in flat
    assert "namen of contactgegevens van bewoners weggelaten" in flat


def test_a_wijk_without_data_and_a_year_without_budget(db, tmp_path):
    wijken.create_wijk("Leeg")
    out, pages = _make(tmp_path, 2031, "Leeg")
    text = pdftotext(out)
    flat = _flat(text)
    assert "Voor Leeg is in 2031 niets vastgelegd" in flat
    assert "Voor 2031 is geen Meedoenbudget vastgesteld" in flat
    assert "Meedoenbudget 2031 € 0,00" in flat and "Resterend € 0,00" in flat
    for line in ("Geen doelen in 2031.", "Geen bijeenkomsten in 2031.", "Geen stemrondes in 2031.",
                 "Geen besluiten in 2031.", "Geen foto's bij 2031."):
        assert line in flat
    assert "Alle wijken in 2031" in _pages(text)[-1] and "Leeg" in _pages(text)[-1]
    _within_pages(out)


def test_no_wijken_at_all_still_gives_the_comparison_page(db, tmp_path):
    out, pages = _make(tmp_path, 2026)
    assert pages == 1 and "Er zijn geen wijken in WijkDesk." in _flat(pdftotext(out))


def test_500_goals_and_endless_titles_stay_on_the_pages(db, tmp_path):
    wijk = wijken.create_wijk("Groot " + "Noordoost" * 10)
    budget.set_budget(wijk, 2026, 1_000_000)
    long_word = "Speeltuin" * 22  # 198 characters without a space: must break inside the word
    with changes.change():
        for i in range(500):
            doelen.create_doel(wijk, f"Doel {i:03d} " + ("met een lange titel " * 9)[:180] if i else long_word,
                               deadline=dt.date(2026, 6, 1), streefwaarde="40 bewoners " * 8)
    theme = ("Leefbaarheid en ontmoeting in de straten rond het oude stationsgebied " * 2)[:100].strip()
    idea = ideeen.create_idee(wijk, "Straatfeest", thema=theme)
    goal = doelen.doel_from_idee(idea)
    grant = budget.create_toekenning(wijk, 2026, 50_000, doel=goal, omschrijving="Straatfeest",
                                     activiteit_soort="ontmoeting " * 5)
    budget.create_uitgave(wijk, 2026, 10_000, "Materiaal", "01-03-2026", toekenning=grant)
    meeting = bk.create_bijeenkomst(wijk, "02-02-2026", aantal_aanwezig=12, titel="Avond " * 20)
    bk.add_besluit(meeting, ("Een heel lang besluit. " * 220)[:5000], "de bewonersavond")
    out, pages = _make(tmp_path, 2026, wijk.naam)
    text = pdftotext(out)
    flat = _flat(text)
    assert pages > 15
    assert "4. Doelen (501)" in flat
    # A long theme and a long wijk name are there whole: in the chart, the table and the comparison chart.
    assert f"{theme} € 100,00" in flat
    assert "".join(text.split()).count("".join(wijk.naam.split())) >= 4  # title, two tables, the chart
    squeezed = "".join(text.split())
    assert long_word in squeezed
    for i in range(1, 500):
        assert f"Doel {i:03d} met een lange titel" in flat, i
    assert "(ingekort)" in flat  # the 5,000-character decision is shortened, with a mark
    _within_pages(out)
    # The table header repeats on every page the goals run onto.
    goal_pages = [p for p in _pages(text) if "Doel " in p and "met een lange titel" in p]
    assert len(goal_pages) > 10 and all("Indicator en" in p for p in goal_pages)


def _photo_file(tmp_path, name: str, grey: str = "#808080"):
    from PySide6.QtGui import QColor, QImage

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(grey))
    path = tmp_path / name
    assert image.save(str(path))
    return path


@pytest.mark.sqlite_only  # removes a stored file beside the database file
def test_photos_shown_and_a_missing_one_named(demo_db, tmp_path):
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    grant = budget.get_budget(wijk, 2026).toekenningen.first()
    bijlagen.add("toekenning", grant.id, _photo_file(tmp_path, "feest.png"), soort="foto",
                 omschrijving="Het buurtfeest")
    bijlagen.add("uitgave", grant.uitgaven.first().id, tmp_path / "feest.png", soort="bon")  # not a photo
    # Another picture (the same content would be the same stored file), whose file then goes.
    lost = bijlagen.add("toekenning", grant.id, _photo_file(tmp_path, "bankje.png", "#202020"), soort="foto")
    attachments.resolve(database.current().path, lost.pad).unlink()
    damaged = tmp_path / "kapot.jpg"
    damaged.write_bytes(b"geen jpeg, maar tekst " * 50)
    bijlagen.add("toekenning", grant.id, damaged, soort="foto")
    out, _ = _make(tmp_path, 2026, "Keizerslanden")
    flat = _flat(pdftotext(out))
    assert "Foto 'kapot.jpg' kan niet worden getoond: geen leesbare afbeelding." in flat
    assert "feest.png — Het buurtfeest" in flat
    assert "Foto 'bankje.png' niet opgenomen: het bestand ontbreekt of kan niet worden geopend" in flat
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 3  # header, rule, one image


def test_cli_rapport_writes_and_refuses_in_dutch(demo_db_path, tmp_path, wijkdesk_cli):
    def run(*args):
        return wijkdesk_cli.run("rapport", "--db", str(demo_db_path), *args)

    out = tmp_path / "jaarverslag.pdf"
    ok = run("--wijk", "keizerslanden", "--year", "2026", "--out", str(out))
    assert ok.returncode == 0, ok.stderr
    assert "Jaarverslag 2026 geschreven" in ok.stdout and "Keizerslanden: Meedoenbudget € 48.000,00" in ok.stdout
    assert "Jaarverslag Meedoenbudget 2026" in pdftotext(out)
    every = run("--alle-wijken", "--jaar", "2026", "--out", str(tmp_path / "alle.pdf"))
    assert every.returncode == 0 and every.stdout.count("Meedoenbudget") == 3
    flat = _flat(pdftotext(tmp_path / "alle.pdf"))
    assert all(f"Wijk {n}" in flat for n in ("Keizerslanden", "Rivierenwijk", "Voorstad"))
    unknown = run("--wijk", "Nergens", "--year", "2026", "--out", str(tmp_path / "x.pdf"))
    assert unknown.returncode == 1 and "De wijk 'Nergens' bestaat niet" in unknown.stderr
    both = run("--wijk", "Voorstad", "--alle-wijken", "--year", "2026", "--out", str(tmp_path / "x.pdf"))
    assert both.returncode == 2 and "kies één wijk" in both.stderr
    wrong = run("--wijk", "Voorstad", "--year", "2026", "--out", str(tmp_path / "x.docx"))
    assert wrong.returncode == 2 and "op .pdf eindigt" in wrong.stderr
    (tmp_path / "map.pdf").mkdir()
    folder = run("--wijk", "Voorstad", "--year", "2026", "--out", str(tmp_path / "map.pdf"))
    assert folder.returncode == 2 and "is een map" in folder.stderr and "wijkdesk.pdf" in folder.stderr
    year = run("--wijk", "Voorstad", "--year", "1850", "--out", str(tmp_path / "x.pdf"))
    assert year.returncode == 2 and "Jaar moet tussen 1900 en 2200 liggen (niet 1850)" in year.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.docx").exists()
    assert "Traceback" not in unknown.stderr + both.stderr + wrong.stderr + year.stderr


def test_cancel_while_reading_writes_nothing(demo_db, tmp_path):
    from wijkdesk.exchange.progress import Cancelled

    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(Cancelled):
        pdf_jv.make(folder / "afgebroken.pdf", 2026, None, is_cancelled=lambda: True, today=TODAY)
    assert list(folder.iterdir()) == []


def test_year_end_carry_over_in_both_jaarverslagen(demo_db, tmp_path):
    """Close 2026 with money left: what 2026 has left is what 2027 gets, in both reports and on the
    comparison page, as services.budget says (h14c's year end)."""
    from wijkdesk.services import jaarafsluiting

    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    left = budget.budget_overview(wijk, 2026).resterend_cents
    assert left > 0
    jaarafsluiting.sluit_jaar(wijk, 2026, reden_overheveling="Speeltuin loopt door in 2027")
    before, after = budget.budget_overview(wijk, 2026), budget.budget_overview(wijk, 2027)
    assert before.overgeheveld_uit_cents == after.overgeheveld_in_cents == left  # the service's own figures
    out26, _ = _make(tmp_path, 2026, "Keizerslanden", "2026.pdf")
    out27, _ = _make(tmp_path, 2027, "Keizerslanden", "2027.pdf")
    flat26, flat27 = _flat(pdftotext(out26)), _flat(pdftotext(out27))
    assert f"Resterend vóór overheveling {format_cents(before.resterend_voor_overheveling_cents)}" in flat26
    assert f"Overgeheveld naar 2027 (eraf) {format_cents(before.overgeheveld_uit_cents)}" in flat26
    assert f"Beschikbaar {format_cents(before.beschikbaar_cents)}" in flat26
    assert f"Resterend {format_cents(before.resterend_cents)}" in flat26 and before.resterend_cents == 0
    assert f"Overgeheveld uit 2026 (erbij) {format_cents(after.overgeheveld_in_cents)}" in flat27
    assert f"Beschikbaar {format_cents(after.beschikbaar_cents)}" in flat27
    assert f"Resterend {format_cents(after.resterend_cents)}" in flat27
    reason = f"Overheveling van 2026 naar 2027 op {dt.date.today():%d-%m-%Y}: {format_cents(left)}. Reden: " \
             "Speeltuin loopt door in 2027"
    assert reason in flat26 and reason in flat27
    assert "Het jaar 2026 is afgesloten op" in flat26
    # The comparison page of 2027: Keizerslanden's row shows the carry-in in the column "Uit 2026".
    rows = pdftotext(out27, layout=True).replace("\u00a0", " ").splitlines()
    header = next(line for line in rows if "Uit 2026" in line and "Naar 2028" in line)
    assert header.split().index("Uit") < header.split().index("Toegekend")
    row = next(line for line in rows if line.split()[:1] == ["Keizerslanden"] and "€" in line)
    amounts = re.findall(r"€ -?[\d.]+,\d\d", row)
    assert amounts[:2] == [format_cents(after.budget_cents), format_cents(after.overgeheveld_in_cents)]


def test_cancel_while_drawing_leaves_no_file(demo_db, tmp_path):
    from wijkdesk.exchange.progress import Cancelled

    rapport = pdf_jv.gather(2026, None, today=TODAY)
    seen = []
    folder = tmp_path / "uit"
    folder.mkdir()
    with pytest.raises(Cancelled):
        pdf_jv.write(rapport, folder / "alle.pdf", progress=lambda done, total, label: seen.append((done, total)),
                     is_cancelled=lambda: len(seen) > 3)
    assert list(folder.iterdir()) == []
    assert seen and seen[-1][1] > 3  # told the number of pages before drawing them
