"""The list tabs as a user drives them at city scale: sort by a header click, type a filter, scroll, keep
the selected row; what the table shows is checked against the database itself (plain SQL)."""
from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from wijkdesk.store.models import Idee, Meedoenbudget, Uitgave, db
from wijkdesk.views import table_model
from wijkdesk.views.tabs.base import selected_row
from wijkdesk.views.models import UitgavenModel

MORE = table_model.FIRST_PAGE * 3  # rows added to the demo's wijk-year: several pages


def _budget_id(window) -> int:
    return Meedoenbudget.get((Meedoenbudget.wijk == window.context.wijk_id)
                             & (Meedoenbudget.jaar == window.context.jaar)).id


def _add_expenses(window) -> None:
    """Many expenses in the shown wijk-year, with invoice numbers that share their start, as a year's do."""
    now = dt.datetime(2026, 11, 1, 12, 0)
    budget_id = _budget_id(window)
    Uitgave.insert_many([{
        "uuid": str(uuid.uuid4()), "aangemaakt_op": now, "gewijzigd_op": now, "budget": budget_id,
        "datum": dt.date(2026, 1, 1) + dt.timedelta(days=i % 300), "bedrag_cents": 100 + (i * 7919) % 90_000,
        "omschrijving": f"Materiaal {i}", "leverancier": "Bouwmarkt Deventer", "factuurnummer": f"F2026-{i:07d}",
        "status": "open"} for i in range(MORE)]).execute()
    window.context.notify(["uitgave"])


def _click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _ledger(budget_id: int, order: str, where: str = "", params: tuple = ()) -> list[int]:
    sql = f"SELECT id FROM uitgave WHERE budget_id = ? {where} ORDER BY {order}"
    return [r[0] for r in db.execute_sql(sql, (budget_id, *params)).fetchall()]


def test_sorting_the_ledger_by_amount_and_scrolling_shows_the_years_expenses_in_that_order(demo_window, qtbot):
    _add_expenses(demo_window)
    tab = demo_window.budget_tab
    demo_window.tabs.setCurrentWidget(tab)
    budget_id = _budget_id(demo_window)
    _click_header(qtbot, tab.table, UitgavenModel.BEDRAG)
    descending = tab.model.sort_key() == ("bedrag_cents", True)
    if not descending:
        _click_header(qtbot, tab.table, UitgavenModel.BEDRAG)  # the second click: largest first
    assert tab.model.sort_key() == ("bedrag_cents", True)
    expected = _ledger(budget_id, "bedrag_cents DESC, id DESC")
    shown = [r.id for r in tab.model.rows()]
    # A screenful and a little more is read at first, not the whole year; the next page comes on scrolling.
    assert len(shown) == table_model.FIRST_PAGE < len(expected)
    assert shown == expected[:len(shown)]
    tab.table.setFocus()
    for _ in range(4):
        qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(20)
    assert [r.id for r in tab.model.rows()] == expected
    # The largest amount is on top, as the database says.
    top = db.execute_sql("SELECT max(bedrag_cents) FROM uitgave WHERE budget_id = ?", (budget_id,)).fetchone()[0]
    assert tab.model.rows()[0].bedrag_cents == top


def test_typing_an_invoice_number_shows_that_expense_only(demo_window, qtbot):
    _add_expenses(demo_window)
    tab = demo_window.budget_tab
    demo_window.tabs.setCurrentWidget(tab)
    budget_id = _budget_id(demo_window)
    number = f"F2026-{MORE // 2:07d}"
    tab.filter_edit.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), number)
    qtbot.waitUntil(lambda: tab.model.text_filter() == number, timeout=3000)
    expected = _ledger(budget_id, "datum DESC, id DESC", "AND factuurnummer = ?", (number,))
    assert len(expected) == 1
    assert [r.id for r in tab.model.rows()] == expected
    # The same end with another start: the index finds rows by the end, the text test drops them.
    tab.filter_edit.clear()
    qtbot.keyClicks(tab.filter_edit, "G" + number[1:])
    qtbot.waitUntil(lambda: tab.model.text_filter() == "G" + number[1:], timeout=3000)
    assert tab.model.rows() == []
    # A part shared by all of them finds every one, in the ledger's order.
    tab.filter_edit.clear()
    qtbot.keyClicks(tab.filter_edit, "F2026-00")
    qtbot.waitUntil(lambda: tab.model.text_filter() == "F2026-00", timeout=3000)
    expected = _ledger(budget_id, "datum DESC, id DESC", "AND factuurnummer LIKE ?", ("%F2026-00%",))
    tab.model.fetch_all()
    assert [r.id for r in tab.model.rows()] == expected


def test_a_selected_row_further_down_stays_selected_when_the_data_changes(demo_window, qtbot):
    _add_expenses(demo_window)
    tab = demo_window.budget_tab
    demo_window.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    position = table_model.FIRST_PAGE + 10
    assert tab.model.rowCount() > position
    tab.table.scrollTo(tab.model.index(position, 0))
    rect = tab.table.visualRect(tab.model.index(position, UitgavenModel.OMSCHRIJVING))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = selected_row(tab.table)
    assert chosen is not None and chosen.id == tab.model.row(position).id
    # Another expense changes (as a save elsewhere does): the list is read again, the row stays chosen.
    other = Uitgave.get_by_id(tab.model.row(0).id)
    Uitgave.update(omschrijving=other.omschrijving + " (gewijzigd)").where(Uitgave.id == other.id).execute()
    demo_window.context.notify(["uitgave"])
    assert selected_row(tab.table) is not None and selected_row(tab.table).id == chosen.id
    assert tab.model.row(0).omschrijving.endswith("(gewijzigd)")


def test_the_theme_filter_offers_the_themes_of_the_wijks_ideas(demo_window, qtbot):
    tab = demo_window.ideeen_tab
    wijk_id = demo_window.context.wijk_id
    now = dt.datetime(2026, 5, 1, 12, 0)
    Idee.insert_many([{"uuid": str(uuid.uuid4()), "aangemaakt_op": now, "gewijzigd_op": now, "wijk": wijk_id,
                       "titel": f"Idee {t}", "thema": t} for t in ("Zwemmen", "Aardappels", "", "Zwemmen")]).execute()
    demo_window.context.notify(["idee"])
    demo_window.tabs.setCurrentWidget(tab)
    offered = [tab.thema_filter.itemText(i) for i in range(1, tab.thema_filter.count())]
    expected = [r[0] for r in db.execute_sql(
        "SELECT DISTINCT thema FROM idee WHERE wijk_id = ? AND thema <> '' ORDER BY thema", (wijk_id,))]
    assert offered == expected and "Aardappels" in offered and "Zwemmen" in offered
    # Choosing one (by the keyboard on the combo box) shows that theme's ideas.
    tab.thema_filter.setFocus()
    tab.thema_filter.setCurrentIndex(offered.index("Aardappels") + 1)
    assert [r.titel for r in tab.model.rows()] == ["Idee Aardappels"]


def test_a_search_that_still_finds_the_shown_idea_leaves_the_pane_as_it_is(demo_window, qtbot, monkeypatch):
    from wijkdesk.services import ideeen

    tab = demo_window.ideeen_tab
    demo_window.tabs.setCurrentWidget(tab)
    rect = tab.table.visualRect(tab.model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = tab.model.row(0)
    assert tab.pane.row_id == shown.id
    reads = []
    real = ideeen.find_idee
    monkeypatch.setattr(ideeen, "find_idee", lambda row_id: reads.append(row_id) or real(row_id))
    word = max(shown.titel.split(), key=len)
    tab.filter_edit.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), word)
    qtbot.waitUntil(lambda: tab.model.text_filter() == word, timeout=3000)
    assert shown.id in [r.id for r in tab.model.rows()]
    assert tab.pane.row_id == shown.id and selected_row(tab.table).id == shown.id
    assert reads == [], "the pane already shows this idea: not read again for a filter"
    # A word that hides it empties the pane; clearing the search brings it back.
    qtbot.keyClicks(QApplication.focusWidget(), "qqzz")
    qtbot.waitUntil(lambda: tab.model.text_filter() == word + "qqzz", timeout=3000)
    assert tab.model.rows() == [] and tab.pane.row_id is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert tab.pane.row_id == shown.id


def test_the_money_of_goals_is_read_once_for_sorting_and_again_after_a_change(demo_window, qtbot, monkeypatch):
    from wijkdesk.services import budget
    from wijkdesk.views.models import DoelenModel

    tab = demo_window.doelen_tab
    demo_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: all(r.uitgegeven_cents is not None for r in tab.model.rows()), timeout=3000)
    asked = []
    real = tab.model.row_list.lazy_values
    monkeypatch.setattr(tab.model.row_list, "lazy_values", lambda ids: asked.append(list(ids)) or real(ids))
    _click_header(qtbot, tab.table, DoelenModel.TITEL)
    qtbot.wait(20)
    # Sorting shows the same goals in another order: their money is known, not summed again.
    assert asked == []
    shown = {r.id: r for r in tab.model.rows()}
    for goal_id, row in shown.items():
        assert (row.toegekend_cents, row.uitgegeven_cents) == budget.doel_geld(goal_id)
    assert tab.model.data(tab.model.index(0, DoelenModel.UITGEGEVEN)) != "…"
    # A new expense on a goal (a change of data): the list is read again and its money is new.
    goal_id = tab.model.row(0).id
    before = budget.doel_geld(goal_id)[1]
    demo_window.context.change("Uitgave", lambda: budget.create_uitgave(
        demo_window.context.wijk_id, demo_window.context.jaar, 12_345, "Verf", dt.date(2026, 6, 1), doel=goal_id))
    qtbot.waitUntil(lambda: tab.model.row(tab.model.position_of(goal_id)).uitgegeven_cents == before + 12_345,
                    timeout=3000)
    assert budget.doel_geld(goal_id)[1] == before + 12_345
