"""Every table model passes Qt's model tester, sorts and filters in SQL, and pages with fetchMore."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from wijkdesk.views import models
from wijkdesk.views.table_model import ID_ROLE, ROW_ROLE

SCOPES = {
    models.GroepenModel: lambda w: {"wijk_id": w.id},
    models.IdeeenModel: lambda w: {"wijk_id": w.id},
    models.DoelenModel: lambda w: {"wijk_id": w.id},
    models.ToekenningenModel: lambda w: {"wijk_id": w.id, "jaar": 2026},
    models.UitgavenModel: lambda w: {"wijk_id": w.id, "jaar": 2026},
    models.LedenModel: lambda w: {"groep_id": w.groepen.order_by("id").first().id},
    models.VoortgangModel: lambda w: {"doel_id": w.doelen.order_by("id").first().id},
}


@pytest.mark.parametrize("model_cls", list(SCOPES), ids=lambda c: c.__name__)
def test_qtmodeltester(qapp, qtmodeltester, seeded, model_cls):
    model = model_cls()
    model.set_scope(SCOPES[model_cls](seeded))
    assert model.rowCount() > 0, "the seeded data has rows for every table"
    qtmodeltester.check(model, force_py=True)
    # And again while it changes: sort, filter, reset, a row refreshed.
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_text_filter("zzz-niets")
    model.set_text_filter("")
    model.refresh_row(model.row(0).id)


@pytest.mark.parametrize("model_cls", list(SCOPES), ids=lambda c: c.__name__)
def test_qt_cpp_model_tester(qapp, qtmodeltester, seeded, model_cls):
    """Qt's own QAbstractItemModelTester; its findings are Qt warnings, which fail these tests."""
    model = model_cls()
    qtmodeltester.check(model)
    model.set_scope(SCOPES[model_cls](seeded))
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.sort(column, Qt.SortOrder.DescendingOrder)


def test_row_role_and_named_columns(seeded):
    model = models.IdeeenModel()
    model.set_scope({"wijk_id": seeded.id})
    model.sort(models.IdeeenModel.TITEL, Qt.SortOrder.AscendingOrder)
    index = model.index(0, models.IdeeenModel.TITEL)
    row = model.data(index, ROW_ROLE)
    assert row.titel == "Bankjes in het park" == model.data(index)
    assert model.data(index, ID_ROLE) == row.id
    kosten = model.index(0, models.IdeeenModel.KOSTEN)
    assert model.data(kosten) == "€ 100,00"
    assert model.headerData(models.IdeeenModel.KOSTEN, Qt.Orientation.Horizontal) == "Geschatte kosten"


def test_filter_and_sort_run_in_sql(seeded):
    model = models.UitgavenModel()
    model.set_scope({"wijk_id": seeded.id, "jaar": 2026})
    assert model.rowCount() == 2
    model.set_text_filter("houthandel")
    assert [r.omschrijving for r in model.rows()] == ["Bank eikenhout"]
    model.set_text_filter("")
    model.sort(models.UitgavenModel.BEDRAG, Qt.SortOrder.DescendingOrder)
    assert [r.bedrag_cents for r in model.rows()] == [125_050, 4_500]
    assert model.data(model.index(0, models.UitgavenModel.BEDRAG)) == "€ 1.250,50"


def test_fetch_more_pages_in(seeded):
    from wijkdesk.services import ideeen

    for i in range(25):
        ideeen.create_idee(seeded, f"Idee nummer {i:02d}")
    model = models.IdeeenModel.__new__(models.IdeeenModel)
    models.ListTableModel.__init__(model, models.lists.IdeeenList(), None, page_size=10)
    model.set_scope({"wijk_id": seeded.id})
    assert model.rowCount() == 10 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetch_all()
    assert model.rowCount() == 30 and not model.canFetchMore(QModelIndex())
    assert len({r.id for r in model.rows()}) == 30


def test_refresh_row_emits_precise_data_changed(qtbot, seeded):
    from wijkdesk.services import ideeen

    model = models.IdeeenModel()
    model.set_scope({"wijk_id": seeded.id})
    target = model.row(2)
    ideeen.update_idee(target.id, titel="Nieuwe titel")
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.refresh_row(target.id)
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.row(), bottom.row(), top.column(), bottom.column()) == (2, 2, 0, model.columnCount() - 1)
    assert model.row(2).titel == "Nieuwe titel"


def test_overdue_goal_stands_out(seeded):
    import datetime as dt

    model = models.DoelenModel(today=dt.date(2026, 6, 1))
    model.set_scope({"wijk_id": seeded.id})
    colors = {r.titel: model.data(model.index(i, 0), Qt.ItemDataRole.BackgroundRole)
              for i, r in enumerate(model.rows())}
    assert colors["Drie bankjes geplaatst"] is not None
    assert colors["Moestuin aangelegd"] is None


def test_lazy_money_columns_are_read_for_the_rows_on_screen(qtbot, seeded):
    from PySide6.QtWidgets import QTableView

    from wijkdesk.services import budget

    model = models.DoelenModel()
    model.set_scope({"wijk_id": seeded.id})
    assert all(r.toegekend_cents is None for r in model.rows()), "not read before anything is shown"
    assert model.data(model.index(0, models.DoelenModel.TOEGEKEND)) == "…"
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1400, 400)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        view.show()
    top, bottom = blocker.args[0], blocker.args[1]
    assert (top.column(), bottom.column()) == (models.DoelenModel.TOEGEKEND, models.DoelenModel.UITGEGEVEN)
    qtbot.waitUntil(lambda: all(r.toegekend_cents is not None for r in model.rows()), timeout=2000)
    for row in model.rows():
        assert (row.toegekend_cents, row.uitgegeven_cents) == budget.doel_geld(row.id)
