"""Extra > Logboek's search finds what the viewer shows: the log stores field names, cents and ISO dates,
and the viewer shows 'geschatte kosten: € 1.234,50', 26-11-2026 and the idea's title. Service tests, both
backends; the window's own test (typing into the dialog) is tests/views/test_logboek.py."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.services import changes, doelen, groepen, ideeen, logboek
from wijkdesk.services.stemronde import stemmen
from wijkdesk.store.models import Stemronde


@pytest.fixture
def changed(demo_db):
    """The demo, plus the changes a wijkmanager makes in an evening (each as the window makes it)."""
    idee = ideeen.ideeen_van_wijk(1)[0]
    with changes.change("kosten"):
        ideeen.update_idee(idee.id, geschatte_kosten_cents=123_450)
    other = ideeen.ideeen_van_wijk(1)[1]
    with changes.change("status"):
        ideeen.change_status(other.id, "afgewezen", "Past niet in het budget")
    doel = doelen.doelen_van_wijk(1)[0] if hasattr(doelen, "doelen_van_wijk") else None
    if doel is None:
        from wijkdesk.store.models import Doel
        doel = Doel.select().first()
    with changes.change("deadline"):
        doelen.update_doel(doel.id, deadline=dt.date(2027, 3, 15))
    with changes.change("omschrijving"):
        ideeen.update_idee(idee.id, omschrijving='Zegt "ja" tegen de Straße en de ideeën, Één keer, met C:\\pad en € 0,05')
    with changes.change("nieuw doel"):
        weg = doelen.create_doel(1, "Zonnewijzerfeest op het plein")
    with changes.change("doel weg"):
        doelen.delete_doel(weg.id)
    with changes.change("archief"):
        groepen.archive_groep(2)
    lid = groepen.leden(groepen.find_groep(1))[0]
    with changes.change("adres"):
        groepen.update_persoon(lid.persoon_id, email="nieuw.adres@example.nl")
    ronde = Stemronde.get()  # the demo's open round, with its ballots
    with changes.change("stembiljet") as made:
        biljet = stemmen.enter_ballot(ronde, "1 2")
    changes.undo(made)  # the ballot typed by mistake, taken back with Ctrl+Z
    return {"idee": ideeen.ideeen_van_wijk(1)[0], "other": other, "persoon": lid.persoon, "ronde": ronde,
            "biljet": biljet}


WORDS = ["1.234,50", "234,5", "€", "€1.234,50", "15-03-2027", "03-2027", "15-03", "kosten", "kosten:", "afgewezen",
         "budget", "idee", "doel", "persoonsgegeven", "cents", "_", "2027-03-15", "123450", "→", ",", "-",
         # found by attack: zeros of amounts, case outside ASCII, JSON's escapes, parts of dates, signs
         "0,00", ",00", "0,0", "00", "0,05", "€ 0,05", "één", "ÉÉN", "straße", "strasse", '"ja"', "C:\\pad", "6-11-2026",
         "5-03-2027", "1-2026", "3-20", "(", ")", "(persoonsgegeven)", "%", "ideeën", "IDEEËN", "Één", "ÉÉN keer", "\\",
         # a deleted goal, named by the title the log gave it; a yes/no field
         "Zonnewijzerfeest", "verwijderd", "(verwijderd)", "ja", "nee", "true", "gearchiveerd",
         # a ballot, named by its number and its round's title: 'Stembiljet 14 van Stemronde ... (voorbeeld)'
         "Stembiljet", "biljet", "van", "(invoer", "14", "(voorbeeld)", "voorbeeld)", "bewonersavond", "Stemronde"]


def test_a_search_finds_exactly_the_lines_that_show_the_word(changed):
    """Against every line searched by hand, for words as shown, parts of them, signs the viewer adds and
    what only the code stores; at least one word finds lines and one finds none."""
    everything = logboek.entries()
    assert len(everything) < logboek.MAX_ROWS  # the oracle sees every line
    counts = {}
    for word in WORDS:
        by_hand = [line for line in everything if word.lower() in logboek._shown(line)]
        assert logboek.entries(text=word) == by_hand, word
        counts[word] = len(by_hand)
    assert counts["1.234,50"] and counts["€"] > counts["1.234,50"] and not counts["cents"]


def test_an_amount_a_date_and_a_title_typed_as_shown_are_found(changed):
    found = logboek.entries(text="1.234,50")
    assert found and all("€ 1.234,50" in line.wijzigingen for line in found)
    assert any("15-03-2027" in line.wijzigingen for line in logboek.entries(text="15-03-2027"))
    # The status line of the other idea names no title in its changes: found by the idea's title.
    word = max(changed["other"].titel.split(), key=len)
    lines = logboek.entries(text=word)
    assert any(line.onderwerp == changed["other"].titel and "afgewezen" in line.wijzigingen for line in lines)
    # What the code stores but the viewer never shows finds nothing.
    assert logboek.entries(text="cents") == [] and logboek.entries(text="2027-03-15") == []


def test_a_deleted_row_is_named_by_its_last_title_and_yes_no_reads_as_such(changed):
    """Found clicking through the window: a deleted goal, and every earlier line about it, showed only a
    short id ('(26dd5784)'); a yes/no field showed 'True'."""
    lines = [line for line in logboek.entries(kind="doel") if "Zonnewijzerfeest" in line.onderwerp]
    assert sorted(line.actie for line in lines) == ["aangemaakt", "verwijderd"]
    assert {line.onderwerp for line in lines} == {"Zonnewijzerfeest op het plein (verwijderd)"}
    assert logboek.entries(text="Zonnewijzerfeest") == lines
    archived = [line for line in logboek.entries(kind="bewonersgroep") if "gearchiveerd" in line.wijzigingen]
    assert archived and all(line.wijzigingen.endswith("gearchiveerd: nee → ja") for line in archived), archived
    assert not any("True" in line.wijzigingen or "False" in line.wijzigingen for line in logboek.entries())


def test_a_deleted_ballot_is_named_by_its_number_and_round(changed):
    """Found clicking through Extra > Logboek: a deleted row was named by its last title, but a ballot has
    none, and a ballot taken back showed only its short id. Now its number and round, as logged."""
    biljet, ronde = changed["biljet"], changed["ronde"]
    name = f"Stembiljet {biljet.volgnummer} van {ronde.titel}"
    lines = [line for line in logboek.entries(kind="stembiljet") if line.onderwerp.startswith(name + " (")]
    assert sorted(line.actie for line in lines) == ["aangemaakt", "ongedaan gemaakt"], lines
    assert {line.onderwerp for line in lines} == {name + logboek.GONE}
    # The ballots still there are named the same way, without the mark; none by a short id.
    kept = [line for line in logboek.entries(kind="stembiljet") if line not in lines]
    assert kept and all(line.onderwerp.startswith("Stembiljet ") and line.onderwerp.endswith(f" van {ronde.titel}")
                        for line in kept)
    # Found by what the viewer shows: the round's title, the number, the mark.
    for text in (f"Stembiljet {biljet.volgnummer}", "bewonersavond verwijderd", "(voorbeeld) (verwijderd)"):
        assert set(lines) <= set(logboek.entries(text=text)), text


def test_a_persons_name_or_address_finds_no_line(changed):
    persoon = changed["persoon"]
    for word in (persoon.naam.split()[0], "nieuw.adres@example.nl", "example"):
        assert logboek.entries(text=word) == [], word
    assert logboek.entries(text="persoonsgegeven")  # the redacted lines themselves, by what they show


def test_a_search_reads_the_log_a_page_at_a_time(changed, monkeypatch):
    """More candidates than a page (the euro sign is in every amount): the pages together give the same
    lines, and the limit holds."""
    everything = logboek.entries(text="€")
    assert len(everything) > 7
    monkeypatch.setattr(logboek, "PAGE", len(everything) // 3)
    assert logboek.entries(text="€") == everything
    assert logboek.entries(text="€", limit=5) == everything[:5]


def test_pasted_text_many_words_or_a_huge_word_neither_crash_nor_scan_without_end(changed, monkeypatch):
    """Found by attack: 67 typed words overflowed SQLite's parser, 1000 raised RecursionError, a word of
    100,000 characters made LIKE refuse; a word SQL cannot narrow read the whole log, page by page."""
    assert logboek.entries(text=" ".join(["kosten"] * 1000)) == logboek.entries(text="kosten")
    assert logboek.entries(text="bank " * 70 + "1.234,50") == logboek.entries(text="bank 1.234,50")
    assert logboek.entries(text="x" * 100_000) == []
    monkeypatch.setattr(logboek, "PAGE", 7)
    monkeypatch.setattr(logboek, "SCAN_LIMIT", 20)
    found = logboek.entries(text="-€")  # only signs: tested on the shown text of the lines read
    assert found == [] and found.complete is False
    found = logboek.entries(text="kosten", limit=3)
    assert len(found) == 3 and found.complete
