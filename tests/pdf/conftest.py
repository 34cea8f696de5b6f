"""An evening for the PDF tests: a meeting with attendees, a stemronde with ballots, corrections and a
manual change, its outcome fixed, and typed decisions; all made through the services."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.cli_fork import wijkdesk_cli  # noqa: F401  (fixture: the wijkdesk command, forked)
from wijkdesk.services import bijeenkomsten as bk, ideeen, wijken
from wijkdesk.services.stemronde import rondes, stemmen, uitslag


@pytest.fixture(autouse=True)
def _app(qapp):
    """pytest-qt's QApplication: made before the PDF code would make a bare QGuiApplication, which the
    window tests that run later in the same process could not use."""
    return qapp


def pdftotext(path, layout: bool = False) -> str:
    """The text of a PDF as pdftotext reads it: in drawing order (a table cell's text stays together),
    or with `layout` as it stands on the page (a table row on one line)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext ontbreekt: installeer poppler-utils (.ci/run doet dat)")
    return subprocess.run(["pdftotext", "-layout" if layout else "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.fixture
def avond(db):
    wijk = wijken.create_wijk("Keizerslanden", wijkmanager="Sanne de Vries")
    meeting = bk.create_bijeenkomst(wijk, "12-11-2026", tijd="19:30", plaats="Buurthuis De Hoven", aantal_aanwezig=9)
    bk.set_nu_bezig(meeting)
    titles = [("Speeltuin aan de Tolstraat met klimrek en glijbaan voor de kleinsten", 400_000),
              ("Bankjes", 150_000), ("Buurtfeest", 100_000), ("Moestuin", 250_000)]
    ideas = [ideeen.create_idee(wijk, t, geschatte_kosten_cents=c, omschrijving="Een plek om elkaar te ontmoeten.")
             for t, c in titles]
    ronde = rondes.create_ronde(wijk, "Stemronde november", 600_000, idee_ids=[i.id for i in ideas], max_keuzes=2)
    for text in ("1 2", "1", "2 3", "1 3", "", "2 4", "1 2"):
        stemmen.enter_ballot(ronde, text)
    stemmen.enter_ballot(ronde, "1 2 3", keep_invalid=True)
    wrong = stemmen.current_ballots(ronde)[2]
    stemmen.correct_ballot(wrong, "1 4", reden="Kruisje bij 4 over het hoofd gezien")
    stemmen.withdraw_ballot(stemmen.current_ballots(ronde)[7], "Twee keer ingevoerd")
    links = rondes.ronde_ideeen(ronde)
    uitslag.override(links[2], True, "De woningcorporatie betaalt de helft")
    outcome = uitslag.compute_uitslag(ronde)
    uitslag.fix_uitslag(ronde)
    typed = bk.add_besluit(meeting, "Het buurtfeest is op zaterdag 5 juli", "de bewonersavond", "Meeste handen",
                           bedrag="1.250,00")
    replaced = bk.add_besluit(meeting, "Bankjes kopen", "de bewonersavond")
    bk.replace_besluit(replaced, "Bankjes huren", "de bewonersavond", "Huren is goedkoper")
    bk.withdraw_besluit(typed, "Geen vrijwilligers")
    return {"wijk": wijk, "meeting": meeting, "ronde": ronde, "outcome": outcome}
