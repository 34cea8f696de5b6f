"""Bewaartermijn verlopen (issue 12, point 3) in the window: review, renew, erase, change the term."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.views.events import settle as let_events_run
from wijkdesk.services import groepen
from wijkdesk.store.models import Persoon
from wijkdesk.views.bewaartermijn_dialog import BewaartermijnDialog
from wijkdesk.views.wis_dialog import WisDialog


def _click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _focus(dialog, spin, qtbot) -> None:
    """Click into the spin box and wait until it has the keyboard: on a busy machine the dialog is not
    always the active window yet when its answer starts, and the typed digits went elsewhere."""
    dialog.activateWindow()
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton)
    spin.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (spin, spin.lineEdit()))


def _names(dialog) -> list[str]:
    return [dialog.form.lijst.item(r, 0).text() for r in range(dialog.form.lijst.rowCount())]


def test_review_renew_erase_and_change_the_term(demo_window, qtbot, dialogs, monkeypatch):
    # The erase's progress dialog shows at once: afterwards typing must reach the review list again.
    monkeypatch.setattr("wijkdesk.views.wis_dialog.PROGRESS_AFTER_MS", 0)
    tab = demo_window.groepen_tab
    demo_window.tabs.setCurrentWidget(tab)
    from wijkdesk.services.bewaartermijn import months_before

    today = dt.date.today()
    Persoon.update(toestemming_op=today).execute()  # the demo's fixed dates would age with the calendar
    renew_me, erase_me, eight_months = list(Persoon.select().order_by(Persoon.id).limit(3))
    for p in (renew_me, erase_me):  # consent given long ago
        groepen.update_persoon(p, toestemming_op=dt.date(2020, 1, 15))
    groepen.update_persoon(eight_months, toestemming_op=months_before(today, 8))
    tab._update_retention_button()
    assert "(2)" in tab.retention_button.text()
    dialogs.answer(WisDialog)  # "Wissen" in the confirmation
    seen = {}

    def review(dialog):
        assert sorted(_names(dialog)) == sorted([renew_me.naam, erase_me.naam])
        reason = dialog.form.lijst.item(_names(dialog).index(renew_me.naam), 2).text()
        assert "toestemming van 15-01-2020 is ouder dan 24 maanden" in reason
        _click_row(dialog.form.lijst, _names(dialog).index(renew_me.naam))
        qtbot.mouseClick(dialog.form.vernieuw_knop, Qt.MouseButton.LeftButton)
        assert Persoon.get_by_id(renew_me.id).toestemming_op == dt.date.today()
        assert _names(dialog) == [erase_me.naam]
        _click_row(dialog.form.lijst, 0)
        qtbot.mouseClick(dialog.form.wissen_knop, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.isEnabled() and not _names(dialog), timeout=60_000)  # erased in the background
        assert Persoon.get_or_none(Persoon.id == erase_me.id) is None
        assert _names(dialog) == [] and dialog.form.leeg.isVisibleTo(dialog)
        # A shorter term lists the member whose consent is eight months old.
        spin = dialog.form.toestemming_maanden
        _focus(dialog, spin, qtbot)
        spin.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), "6")
        assert dialog.form.toestemming_maanden.value() == 6
        seen["short"] = _names(dialog)
        spin.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), "24")
        qtbot.mouseClick(dialog.form.knoppen.buttons()[0], Qt.MouseButton.LeftButton)

    dialogs.answer(BewaartermijnDialog, review)
    qtbot.mouseClick(tab.retention_button, Qt.MouseButton.LeftButton)
    assert seen["short"] == [eight_months.naam]
    assert tab.retention_button.text() == "Bewaartermijn…"
    assert int(demo_window.context.settings.value("bewaartermijn/toestemming_maanden")) == 24


def test_members_that_appear_with_a_shorter_term_are_all_in_view(demo_window, qtbot, dialogs):
    """Opened with nobody past the term, the dialog took the size of its empty text; a shorter term
    typed in then showed the list one row high behind a scroll bar."""
    from wijkdesk.services.bewaartermijn import months_before

    tab = demo_window.groepen_tab
    demo_window.tabs.setCurrentWidget(tab)
    today = dt.date.today()
    Persoon.update(toestemming_op=today).execute()
    four = list(Persoon.select().order_by(Persoon.id).limit(4))
    for p in four:
        groepen.update_persoon(p, toestemming_op=months_before(today, 8))
    seen = {}

    def shorten(dialog):
        assert _names(dialog) == []
        spin = dialog.form.toestemming_maanden
        _focus(dialog, spin, qtbot)
        spin.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), "6")
        table = dialog.form.lijst
        seen["names"] = sorted(_names(dialog))
        assert seen["names"] == sorted(p.naam for p in four), seen
        let_events_run(qtbot)  # the layout and paint the step left for later, no fixed time
        last = table.rowViewportPosition(3) + table.rowHeight(3)
        seen["fits"] = 0 <= table.rowViewportPosition(0) and last <= table.viewport().height()
        seen["inside"] = dialog.rect().contains(table.mapTo(dialog, table.rect().bottomRight()))
        qtbot.mouseClick(dialog.form.knoppen.buttons()[0], Qt.MouseButton.LeftButton)

    dialogs.answer(BewaartermijnDialog, shorten)
    qtbot.mouseClick(tab.retention_button, Qt.MouseButton.LeftButton)
    assert seen.pop("names") and seen == {"fits": True, "inside": True}
