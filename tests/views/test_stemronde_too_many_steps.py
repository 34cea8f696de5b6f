"""Completion 'verhogen' with a step far too small for the election: the Stemronde window no longer runs
Equal Shares tens of thousands of times on the main thread (an Amsterdam file hung it), but says on the
outcome page what is wrong and what to do, and writes nothing. Events only: clicks and keys."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.store.models import ALL_MODELS, Idee, Wijk

MESSAGE = ("Geen uitslag: met een verhoging van € 0,01 per stap zou het aanvullen (aandeel per kiezer verhogen) "
           "bij 3 kiezers meer dan 10.000 stappen kosten, en heel lang duren. Begin met 'Nieuwe ronde met andere "
           "regels…' een ronde met een verhoging per stap van minstens € 0,04, of met een andere aanvulling. De "
           "stembiljetten gaan niet mee naar de nieuwe ronde: die worden daar opnieuw ingevoerd.")


def _all_rows() -> dict:
    return {m._meta.table_name: list(m.select().order_by(m._meta.primary_key).tuples()) for m in ALL_MODELS}


def _click_tab(qtbot, tabs, page) -> None:
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.tabRect(tabs.indexOf(page)).center())
    qtbot.wait(1)


def test_a_step_too_small_gives_the_dutch_message_on_the_outcome_page(demo_window, qtbot, dialogs):
    window = demo_window
    window.resize(1366, 768)  # room to spare below the reason, as on a laptop screen
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    ideas = [Idee.get(Idee.titel == t).id for t in ("Afvalbakken bij het winkelcentrum",
                                                     "Bankjes langs de wandelroute")]
    # € 1.000 over 3 voters, one cent per step: 33.334 runs of Equal Shares to add the budget once more.
    ronde = rondes.create_ronde(wijk, "Avond met kleine stapjes", 100_000, idee_ids=ideas, regel="equal_shares",
                                aanvulling="verhogen", verhoging_cents=1)
    for text in ("1", "2", "1 2"):
        stemmen.enter_ballot(ronde, text)
    before = _all_rows()

    tab = window.stemronde_tab
    _click_tab(qtbot, window.tabs, tab)
    row = next(r for r in range(tab.rounds.count())
               if tab.rounds.item(r).data(Qt.ItemDataRole.UserRole) == ronde.id)
    item = tab.rounds.item(row)
    QTest.mouseClick(tab.rounds.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tab.rounds.visualItemRect(item).center())
    qtbot.wait(1)
    assert tab.ronde_id == ronde.id
    _click_tab(qtbot, tab.pages, tab.outcome)  # the user asks for the outcome

    view = tab.outcome
    assert tab.pages.currentWidget() is view
    assert view.header.text() == "Nog geen uitslag"
    assert view.notice.text() == MESSAGE
    assert view.notice.isVisible()
    # The reason stays under the heading and the bar, not pushed halfway down by the room of the hidden table.
    line = view.notice.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: view.notice.geometry().top() - view.bar.geometry().bottom() < 3 * line
                    and view.header.height() < 3 * line, timeout=2000)
    assert not view.fix_button.isEnabled() and not view.table.isVisible()
    assert dialogs.warnings == []  # said on the page, not in a box that pops up at every refresh

    # The beamer, by keyboard: Space asks for the outcome; the room sees the count and a short note.
    window.findChild(type(window.new_action), "beamer_actie").trigger()  # F5
    beamer = tab.beamer
    beamer.showNormal()
    beamer.resize(1024, 768)  # a small projector: the message was cut to "Geen uitslag: zie d…" beside the count
    qtbot.keyClick(beamer, Qt.Key.Key_Space)
    assert beamer.mode == "stand"
    assert "Geen uitslag: zie de laptop." in beamer.texts()
    image = beamer.grab()  # painted as on the projector
    if os.environ.get("WIJKDESK_PNG_DIR"):
        image.save(os.path.join(os.environ["WIJKDESK_PNG_DIR"], "beamer_geen_uitslag.png"))
    assert beamer.shown_message == "Geen uitslag: zie de laptop."
    beamer.close()

    assert _all_rows() == before  # nothing written, the round still open
    assert rondes.get_ronde(ronde).status == "open"
