"""The main window on the demo data: its tabs, each with the rows of the chosen wijk and year."""
from __future__ import annotations

from wijkdesk.services import jaren
from wijkdesk.store.models import Bewonersgroep, Idee, Meedoenbudget, Uitgave, Wijk


def _ideas_of(wijk, jaar):
    """The wijk's ideas of that year by the Python rule (the tab filters in SQL)."""
    return {i.id for i in Idee.select().where(Idee.wijk == wijk) if jaren.jaar_van_idee(i) == jaar}


def _tab(window, title):
    for index in range(window.tabs.count()):
        if window.tabs.tabText(index) == title:
            window.tabs.setCurrentIndex(index)
            return window.tabs.widget(index)
    raise AssertionError(f"geen tabblad {title}")


def _all_rows(model):
    model.fetch_all()
    return model.rows()


def test_four_tabs_in_dutch(demo_window):
    titles = [demo_window.tabs.tabText(i) for i in range(demo_window.tabs.count())]
    assert titles[:4] == ["Bewonersgroepen", "Ideeën", "Doelen", "Budget"]


def test_each_tab_shows_the_rows_of_the_chosen_wijk(demo_window):
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    groepen = _tab(demo_window, "Bewonersgroepen")
    assert sorted(r.naam for r in _all_rows(groepen.model)) == sorted(
        g.naam for g in Bewonersgroep.select().where(Bewonersgroep.wijk == wijk, Bewonersgroep.gearchiveerd == False))  # noqa: E712
    ideeen = _tab(demo_window, "Ideeën")
    rows = _all_rows(ideeen.model)
    assert {r.id for r in rows} == _ideas_of(wijk, 2026)
    assert len(rows) >= 10
    assert {r.status for r in rows} >= {"nieuw", "gekozen", "afgewezen", "geparkeerd"}
    doelen = _tab(demo_window, "Doelen")
    goals = {i for i, g in jaren.doel_jaren(wijk.id).items() if 2026 in g.years}
    assert goals and {r.id for r in _all_rows(doelen.model)} == goals
    budget_tab = _tab(demo_window, "Budget")
    uitgaven = _all_rows(budget_tab.model)
    expected = (Uitgave.select().join(Meedoenbudget)
                .where(Meedoenbudget.wijk == wijk, Meedoenbudget.jaar == 2026))
    assert sorted(u.id for u in uitgaven) == sorted(u.id for u in expected)
    assert uitgaven, "the demo has expenses in 2026"


def test_switching_wijk_changes_every_tab(demo_window):
    other = Wijk.get(Wijk.naam == "Voorstad")
    demo_window.set_scope(other.id, 2025)
    ideeen = _tab(demo_window, "Ideeën")
    expected_ideas = _ideas_of(other, 2025)
    assert expected_ideas and {r.id for r in _all_rows(ideeen.model)} == expected_ideas
    budget_tab = _tab(demo_window, "Budget")
    expected = Uitgave.select().join(Meedoenbudget).where(Meedoenbudget.wijk == other, Meedoenbudget.jaar == 2025)
    assert {u.id for u in _all_rows(budget_tab.model)} == {u.id for u in expected}


def test_status_bar_shows_budget_left(demo_window, settle):
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    text = demo_window.remaining_text()
    assert "€ 31.605,00" in text and "2026" in text  # the demo's Keizerslanden 2026, pinned
    demo_window.set_scope(wijk.id, 2031)
    settle()
    assert "Geen Meedoenbudget" in demo_window.remaining_text()


def test_extension_points_add_a_tab_and_a_menu_action(demo_window):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel

    index = demo_window.add_tab(QLabel("stemronde"), "Stemronde")
    assert demo_window.tabs.tabText(index) == "Stemronde"
    action = demo_window.add_action("bestand", QAction("Exporteren naar Excel…"))
    texts = [a.text() for a in demo_window.menu("bestand").actions()]
    assert texts.index("Exporteren naar Excel…") < texts.index("Afsluiten")
    assert action.parent() is demo_window


def test_next_tab_shortcut_and_remembered_tab(demo_window, qtbot):
    from PySide6.QtCore import Qt

    demo_window.tabs.setCurrentIndex(0)
    qtbot.keyClick(demo_window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.tabs.currentIndex() == 1
    demo_window.save_settings()
    assert int(demo_window.context.settings.value("venster/tab")) == 1
