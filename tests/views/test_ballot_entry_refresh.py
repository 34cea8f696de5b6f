"""After each typed ballot the Stemronde tab refreshes only what the ballot changed (issue 13: ballot
2,000 as quick as the first). These tests, by key events, check that nothing it skips goes stale: the
round's status after the first ballot, the prompt's next number, the table, the beamer's count, and the
differences once a second entry starts."""
from __future__ import annotations

from PySide6.QtCore import Qt

from wijkdesk.services import audit
from wijkdesk.services.stemronde import rondes
from wijkdesk.store.models import Idee, Stembiljet
from wijkdesk.views.stemronde.beamer import BeamerWindow
from wijkdesk.views.stemronde.dialog import short_label

IDEAS = ["Afvalbakken bij het winkelcentrum", "Bankjes langs de wandelroute",
         "Buurtfeest op de laatste zaterdag van juni"]


def _type(qtbot, line, text):
    line.setFocus()
    line.clear()
    if text:
        qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_each_ballot_updates_status_prompt_table_beamer_and_differences(demo_window, qtbot, request):
    tab = demo_window.stemronde_tab
    demo_window.tabs.setCurrentWidget(tab)
    ideas = [Idee.get(Idee.titel == t) for t in IDEAS]
    assert {i.wijk_id for i in ideas} == {tab.context.wijk_id}
    ronde = rondes.create_ronde(ideas[0].wijk_id, "Snelle invoer", 1_000_000, idee_ids=[i.id for i in ideas],
                                max_keuzes=2)
    tab.context.notify(rondes.TABLES)
    tab.select_ronde(ronde.id)
    assert tab.header.text().endswith(short_label("concept"))
    beamer = BeamerWindow(tab.context, ronde.id)
    beamer.show()
    request.addfinalizer(beamer.close)
    entry = tab.ballots

    _type(qtbot, entry.line, "1 2")  # the first ballot opens the round: the list and header follow
    assert tab.header.text().endswith(short_label("open"))
    assert tab.rounds.currentItem().text().endswith(short_label("open"))
    for text in ("3", "", "1 3"):
        _type(qtbot, entry.line, text)
    assert entry.prompt.text() == "Stembiljet 5 (eerste invoer):"
    assert [entry.table.item(r, 0).text() for r in range(entry.table.rowCount())] == ["4", "3", "2", "1"]
    assert "4 stembiljetten geteld" in beamer.texts()
    assert f"1 {IDEAS[0]} 2" in beamer.texts()
    assert tab.differences.text() == ""

    # A second entry (another typist) makes differences: shown at once, and kept up to date when the
    # first entry goes on.
    audit.set_current_user("tweede invoerder")
    request.addfinalizer(lambda: audit.set_current_user(None))
    qtbot.mouseClick(tab.second_radio, Qt.MouseButton.LeftButton)
    _type(qtbot, entry.line, "1 2")
    assert entry.prompt.text() == "Stembiljet 2 (tweede invoer):"
    assert "(3)" in tab.differences.text() and "Stembiljet 2: eerste invoer 3, tweede invoer ontbreekt" \
        in tab.differences.text()
    audit.set_current_user(None)
    qtbot.mouseClick(tab.first_radio, Qt.MouseButton.LeftButton)
    _type(qtbot, entry.line, "2")
    assert "(4)" in tab.differences.text()
    assert "5 stembiljetten geteld" in beamer.texts()
    assert Stembiljet.select().where(Stembiljet.ronde == ronde.id).count() == 6
