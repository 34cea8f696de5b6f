"""Defect 6 of issue 9, the evening flow, driven by events: a new stemronde takes the cost of an idea that
has none without losing what was typed, and what-if names the ideas that still fit."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from wijkdesk.store.models import Idee, RondeIdee, Stemronde
from wijkdesk.views.stemronde.dialog import StemrondeDialog


def click(qtbot, widget, pos=None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pos if pos is not None else widget.rect().center())
    qtbot.wait(1)


def click_tab(qtbot, window, tab) -> None:
    bar = window.tabs.tabBar()
    click(qtbot, bar, bar.tabRect(window.tabs.indexOf(tab)).center())


def test_new_round_takes_the_cost_of_an_idea_without_one(demo_window, qtbot, dialogs):
    window = demo_window
    click_tab(qtbot, window, window.ideeen_tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Zonnepanelen op het buurthuis")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    idee = Idee.get(Idee.titel == "Zonnepanelen op het buurthuis")
    assert idee.geschatte_kosten_cents is None
    click_tab(qtbot, window, window.stemronde_tab)
    seen = {}

    def fill(dialog: StemrondeDialog):
        ok = dialog.form.knoppen.button(QDialogButtonBox.StandardButton.Ok)
        click(qtbot, dialog.form.titel)
        qtbot.keyClicks(QApplication.focusWidget(), "Bewonersavond december")
        ideas = dialog.form.ideeen
        row = next(r for r in range(ideas.count()) if ideas.item(r).data(Qt.ItemDataRole.UserRole) == idee.id)
        ideas.scrollToItem(ideas.item(row))
        click(qtbot, ideas.viewport(), ideas.visualItemRect(ideas.item(row)).center())
        assert dialog.kosten_edit.isEnabled(), "the cost field takes input for an idea without a cost"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # tick it
        assert ideas.item(row).checkState() == Qt.CheckState.Checked
        # OK without the cost: refused with a message, nothing typed is lost
        click(qtbot, ok)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.form.ideeen_fout.text()
        assert dialog.form.titel.text() == "Bewonersavond december"
        assert QApplication.focusWidget() is dialog.kosten_edit
        qtbot.keyClicks(QApplication.focusWidget(), "1.250")  # thousands (QTest cannot type the euro sign)
        assert "€ 1.250,00" in ideas.item(row).text()
        click(qtbot, ok)
        seen["closed"] = not dialog.isVisible()

    dialogs.answer(StemrondeDialog, fill)
    click(qtbot, window.stemronde_tab.new_button)
    assert seen == {"open": True, "message": seen["message"], "closed": True}
    assert "Zonnepanelen op het buurthuis" in seen["message"] and "geen kosten" in seen["message"]
    ronde = Stemronde.get(Stemronde.titel == "Bewonersavond december")
    link = RondeIdee.get(RondeIdee.ronde == ronde, RondeIdee.idee == idee)
    assert link.kosten_cents == 125_000
    assert Stemronde.select().where(Stemronde.titel == "Bewonersavond december").count() == 1


def test_outcome_reasons_and_what_if_in_english(demo_window_factory, qtbot):
    """Defect 9: the 'Waarom' reasons and the what-if line follow the language (they stayed Dutch)."""
    from wijkdesk.views import i18n

    i18n.install("en")
    try:
        window = demo_window_factory()
        tab = window.stemronde_tab
        click_tab(qtbot, window, tab)
        pages = tab.pages
        click(qtbot, pages.tabBar(), pages.tabBar().tabRect(pages.indexOf(tab.outcome)).center())
        view = tab.outcome
        reasons = [view.table.item(r, 7).text() for r in range(view.table.rowCount())]
        assert any(r.startswith("too expensive: costs € 9.000,00") for r in reasons), reasons
        assert "chosen when topping up by most votes" in reasons
        assert not any("te duur" in r or "gekozen" in r for r in reasons)
        assert view.whatif.text().startswith("What if (tick ideas on or off): € 2.400,00 left of € 8.000,00.")
        # Untick the cheapest chosen idea by mouse: it is named, with its title, among what still fits.
        cheapest = min(view.result.gekozen, key=lambda i: i.kosten_cents)
        row = next(r for r in range(view.table.rowCount())
                   if view.table.item(r, 2).text() == str(cheapest.nummer))
        tick = view.table.visualItemRect(view.table.item(row, 0))
        click(qtbot, view.table.viewport(), tick.center())
        if view.table.item(row, 0).checkState() == Qt.CheckState.Checked:  # some styles tick on the box only
            qtbot.keyClick(view.table, Qt.Key.Key_Space)
        assert f"Still fits: {cheapest.nummer} {cheapest.titel}" in view.whatif.text() \
            or f"; {cheapest.nummer} {cheapest.titel}" in view.whatif.text()
    finally:
        i18n.install("nl")


def test_undo_steps_made_before_a_language_switch_are_renamed(demo_window, qtbot, db_path):
    """Defect 9: steps on the undo stack keep their Dutch names after switching to English (and back)."""
    from wijkdesk.views import app, i18n

    window = demo_window
    window.deleteLater = lambda: None  # the fixture closes it at the end (a real switch deletes it)
    click_tab(qtbot, window, window.ideeen_tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Fietsrek bij de bibliotheek")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert window.undo_action.text() == "Ongedaan maken Idee 'Fietsrek bij de bibliotheek' toevoegen"
    try:
        english = app.rebuild_window(window, "en", db_path)
        english.deleteLater = lambda: None
        qtbot.addWidget(english)
        assert english.undo_action.text() == "Undo Add idea 'Fietsrek bij de bibliotheek'"
        dutch = app.rebuild_window(english, "nl", db_path)
        qtbot.addWidget(dutch)
        assert dutch.undo_action.text() == "Ongedaan maken Idee 'Fietsrek bij de bibliotheek' toevoegen"
        undo = next(a for a in dutch.toolbar.actions() if a.objectName() == "werkbalk_ongedaan")
        assert "Fietsrek bij de bibliotheek" in undo.toolTip()
        click(qtbot, dutch.toolbar.widgetForAction(undo))
        assert not Idee.select().where(Idee.titel == "Fietsrek bij de bibliotheek").exists()
    finally:
        i18n.install("nl")
