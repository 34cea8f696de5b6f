"""Bewaartermijn verlopen (issue 12, point 3) in the window: review, renew, erase, change the term."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wijkdesk.services import groepen
from wijkdesk.store.models import Persoon
from wijkdesk.views.bewaartermijn_dialog import BewaartermijnDialog
from wijkdesk.views.wis_dialog import WisDialog


def _click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _names(dialog) -> list[str]:
    return [dialog.form.lijst.item(r, 0).text() for r in range(dialog.form.lijst.rowCount())]


def test_review_renew_erase_and_change_the_term(demo_window, qtbot, dialogs):
    tab = demo_window.groepen_tab
    demo_window.tabs.setCurrentWidget(tab)
    renew_me, erase_me = list(Persoon.select().order_by(Persoon.id).limit(2))
    # Consent given long ago (demo consents are from 2025, within the default 24 months).
    for p in (renew_me, erase_me):
        groepen.update_persoon(p, toestemming_op=dt.date(2020, 1, 15))
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
        # A shorter term lists the demo members whose consent (2025) is older than 6 months.
        spin = dialog.form.toestemming_maanden
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), "6")
        assert dialog.form.toestemming_maanden.value() == 6
        seen["short"] = len(_names(dialog))
        spin.selectAll()
        qtbot.keyClicks(QApplication.focusWidget(), "24")
        qtbot.mouseClick(dialog.form.knoppen.buttons()[0], Qt.MouseButton.LeftButton)

    dialogs.answer(BewaartermijnDialog, review)
    qtbot.mouseClick(tab.retention_button, Qt.MouseButton.LeftButton)
    assert seen["short"] > 5
    assert tab.retention_button.text() == "Bewaartermijn…"
    assert int(demo_window.context.settings.value("bewaartermijn/toestemming_maanden")) == 24
