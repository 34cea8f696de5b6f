"""A typed search repaints what it changes, not the window, and does not move the search box.

Found with an event log of the benchmark's searches: when the count beside the search box changed
("40 groepen" -> "0 groepen"), the label took its new text's width, the search box beside it moved by a
few pixels, and Qt passed the new layout up to the tabs, which repainted themselves whole (1366x684 at
1366x768) for a label of 61x22. Events only: a click on a row, Ctrl+F, typed keys, Return, Escape.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from wijkdesk.store.models import AuditLog

from .events import click_row, open_tab_on_row, press, settle


class PaintLog(QObject):
    """Records (widget, painted rectangle) of every paint event the application delivers."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: list[tuple[QWidget, object]] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.paints.append((watched, event.rect()))
        return False


@pytest.mark.parametrize("tab_name", ["groepen_tab", "ideeen_tab", "doelen_tab"])
def test_a_search_that_changes_the_count_repaints_only_what_changed(demo_window, qtbot, tab_name):
    window = demo_window
    tab = open_tab_on_row(qtbot, window, tab_name, 1)
    view = tab.table
    settle(qtbot)
    assert tab.pane.row_id == tab.model.row(1).id
    count_before = tab.count_label.text()
    box_before = tab.filter_edit.geometry()
    audit_before = AuditLog.select().count()
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.filter_edit
    settle(qtbot)

    log = PaintLog()
    QApplication.instance().installEventFilter(log)
    try:
        qtbot.keyClicks(QApplication.focusWidget(), "zzzgeenzzz")
        press(qtbot, Qt.Key.Key_Return)
        settle(qtbot)
    finally:
        QApplication.instance().removeEventFilter(log)

    assert tab.model.rowCount() == 0 and tab.count_label.text() != count_before
    assert tab.filter_edit.geometry() == box_before, "the search box moved when the count changed"
    tabs_area = window.tabs.width() * window.tabs.height()
    whole = [(type(w).__name__, r.width(), r.height()) for w, r in log.paints
             if w in (window, window.tabs, tab) and r.width() * r.height() > tabs_area // 2]
    assert not whole, f"a search repainted the whole window: {whole}"
    assert any(w is tab.count_label for w, _ in log.paints), "the new count was not painted"
    assert any(w is view.viewport() for w, _ in log.paints), "the emptied list was not painted"

    press(qtbot, Qt.Key.Key_Escape)
    settle(qtbot)
    assert tab.count_label.text() == count_before and tab.pane.row_id == tab.model.row(1).id
    assert tab.filter_edit.geometry() == box_before
    assert AuditLog.select().count() == audit_before, "searching wrote to the database"


def test_the_count_widens_for_a_longer_text_and_never_narrows(qtbot):
    from wijkdesk.views.tabs.simple import CountLabel

    box = QWidget()
    qtbot.addWidget(box)
    label = CountLabel("meer dan 888 groepen", box)
    start = label.width()
    assert label.minimumWidth() == label.maximumWidth() == start, "a count label of free width moves the search box"
    assert label.fontMetrics().horizontalAdvance("meer dan 888 groepen") < start
    label.setText("3 groepen")
    assert label.width() == start
    long = "meer dan 123456 bewonersgroepen"
    label.setText(long)
    assert label.width() > start and label.fontMetrics().horizontalAdvance(long) < label.width()
    label.setText("0 groepen")
    assert label.width() > start, "the count narrowed again: the search box would move back"
    assert label.minimumHeight() == label.maximumHeight() >= label.fontMetrics().height()


def test_the_tabs_still_lay_out_a_tab_bar_that_grows(demo_window, qtbot):
    window = demo_window
    bar = window.tabs.tabBar()
    page = window.tabs.currentWidget()
    settle(qtbot)
    before = bar.height()
    font = bar.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    bar.setFont(font)  # a taller tab bar: the pages must move down under it
    settle(qtbot)
    assert bar.height() > before, "a taller tab bar was not laid out"
    assert page.mapTo(window.tabs, page.rect().topLeft()).y() >= bar.geometry().bottom(), "the page lies under the bar"


def test_the_tabs_lay_out_a_page_again_when_the_window_grows(demo_window, qtbot):
    window = demo_window
    tab = window.groepen_tab
    window.tabs.setCurrentWidget(tab)
    settle(qtbot)
    window.resize(window.width() + 200, window.height())
    settle(qtbot)
    assert tab.width() == window.tabs.width(), "the page did not follow the window"
    extra = QLabel("Een nieuw stuk tekst dat de pagina breder wil hebben " * 3, tab)
    tab.layout_.addWidget(extra)
    settle(qtbot)
    assert extra.isVisible() and extra.width() > 0 and tab.width() == window.tabs.width()


def test_the_count_follows_the_rows_that_scrolling_reads(demo_window, qtbot):
    """Found by a helper clicking through the window: after Ctrl+End had read 3,000 ideas, the count still
    said 'meer dan 60 ideeën'. Scrolling reads the next page; the count beside the search box follows."""
    window = demo_window
    tab = window.ideeen_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(1)
    QTest.mouseClick(tab.capture, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tab.capture.rect().center())
    for number in range(80):  # typed at the evening: a title and Enter, eighty times
        qtbot.keyClicks(QApplication.focusWidget(), f"i{number}")
        press(qtbot, Qt.Key.Key_Return)
    settle(qtbot)
    first = tab.model.rowCount()
    assert first < 90 and tab.model.canFetchMore() and tab.count_label.text() == f"meer dan {first} ideeën"
    click_row(qtbot, tab.table, 0)
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert tab.model.rowCount() == 90 and not tab.model.canFetchMore()
    assert tab.count_label.text() == "90 ideeën", "the count stayed at the first page"
