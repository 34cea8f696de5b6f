"""What every tab has: a context, lazy refresh when shown, table set-up, saved layout."""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QStyle, QTableView, QWidget

from wijkdesk.services import lists
from wijkdesk.views.context import AppContext
from wijkdesk.views.table_model import ListTableModel

log = logging.getLogger(__name__)

FILTER_DELAY_MS = 80  # coalesce fast typing into one query; well under the 0.1 s that feels instant


def configure_table(view: QTableView, model: ListTableModel, widths: dict[int, int] | None = None,
                    sort_column: int | None = None, descending: bool = False, fill_column: int | None = None) -> None:
    """Rows of one fixed height (never resizeRowsToContents: 18 s at 100k rows), sorting in SQL.

    `fill_column`: the main text column (a title, a name, a description), which takes the width the
    others leave (FillColumn); without it the last column stretches."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    char = view.fontMetrics().averageCharWidth()
    for column, chars in (widths or {}).items():
        # at least the header's own text beside a sort arrow: 'Geschatte kosten', sorted, read
        # 'eschatte kosten' at every screen size (found clicking through the window)
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        room = header.fontMetrics().horizontalAdvance(title) + header_extra(header)
        header.resizeSection(column, max(chars * char + 24, room))
    if sort_column is not None:
        header.setSortIndicator(sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    if fill_column is not None:
        FillColumn(view, fill_column)


MAX_COLUMN_WIDTH = 4000  # pixels: wider than any screen the lists are shown on (a saved width past it is corrupt)


class FillColumn(QObject):
    """The main text column of a list takes the width the other columns leave in the view.

    On a wide screen (1920x1080) the spare width went to the last column (stretchLastSection): an 'Ingediend
    door' or 'Doel' a screen wide, beside titles cut off at their 40 characters (found clicking through the
    window). Not QHeaderView.Stretch: that squeezes the column to its minimum when the others need more
    than the view has (at 1024x768, where the list scrolls sideways instead), and the user can no longer
    drag it. Here the column has a width of its own (set by configure_table, dragged by the user, or
    restored), which it never goes below, and is widened to fill the view whenever there is room.
    The saved state holds that own width, not the filled one, so a layout saved on a wide screen does not
    make the list scroll sideways on a small one.
    """

    def __init__(self, view: QTableView, column: int):
        header = view.horizontalHeader()
        super().__init__(header)
        self.setObjectName("vul_kolom")
        self.view = view
        self.column = column
        self._fitting = False
        header.setStretchLastSection(False)
        self.own = header.sectionSize(column)
        self._sizes = [header.sectionSize(i) for i in range(header.count())]  # as configured, for restore
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    @staticmethod
    def of(header: QHeaderView) -> "FillColumn | None":
        return header.findChild(FillColumn, "vul_kolom")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        if section == self.column:
            self.own = new  # dragged by the user: the width it keeps when the view has no room to spare
        self.fit()

    def fit(self) -> None:
        """The column at its own width, or wider when the other columns leave more room in the view."""
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.column and not header.isSectionHidden(i))
        width = max(self.own, self.view.viewport().width() - others)
        if width != header.sectionSize(self.column):
            self._fitting = True
            try:
                header.resizeSection(self.column, width)
            finally:
                self._fitting = False

    def save_state(self) -> QByteArray:
        """The header's state with the column at its own width (fitted again at once)."""
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            filled = header.sectionSize(self.column)
            header.resizeSection(self.column, self.own)
            state = header.saveState()
            header.resizeSection(self.column, filled)
        finally:
            self._fitting = False
        return state

    def restore_state(self, state: QByteArray) -> None:
        header = self.view.horizontalHeader()
        configured = self.save_state()
        self._fitting = True
        try:
            if not (header.restoreState(state) and self._usable(header)):
                # Saved with another number of columns, cut short or odd (Qt takes it as it is: 20 columns on
                # a list of 7, one 5.000 pixels wide, all hidden): the list keeps its columns as configured.
                header.restoreState(configured)
            elif header.stretchLastSection():
                # Saved before the column filled: the last column was stretched, and would stay that wide.
                header.setStretchLastSection(False)
                last = header.logicalIndex(header.count() - 1)
                if last != self.column and last < len(self._sizes):
                    header.resizeSection(last, self._sizes[last])
        finally:
            self._fitting = False
        self.own = header.sectionSize(self.column)
        self.fit()

    def _usable(self, header: QHeaderView) -> bool:
        """Whether a restored state gives this list its own columns, each shown (no list hides one) at a
        width a user could have dragged it to."""
        return header.count() == len(self._sizes) and all(
            not header.isSectionHidden(i) and header.minimumSectionSize() <= header.sectionSize(i) <= MAX_COLUMN_WIDTH
            for i in range(header.count()))


def header_extra(header: QHeaderView) -> int:
    """What a header section needs beside its text: the margins on both sides and the sort arrow."""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return 4 * margin + arrow + 8


def selected_row(view: QTableView):
    """The row object of the selected line, or None."""
    indexes = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not indexes:
        return None
    return view.model().row_for_index(indexes[0])


def select_id(view: QTableView, row_id: int | None) -> bool:
    """Select the line of the row with this id, if it is loaded."""
    model = view.model()
    if row_id is None or model is None:
        return False
    position = model.position_of(row_id)
    if position is None:
        return False
    index = model.index(position, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)
    return True


class FilterBox(QObject):
    """Filter-as-you-type on a line edit: calls `apply(text)` shortly after the user stops typing.

    Escape clears a search at once (a filtered-away list looks like lost data).
    """

    def __init__(self, edit: QLineEdit, apply):
        super().__init__(edit)
        self._edit = edit
        self._apply = apply
        self._timer = QTimer(edit)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(lambda _text: self._timer.start())
        edit.returnPressed.connect(self.flush)
        edit.setClearButtonEnabled(True)
        edit.setMaxLength(lists.MAX_SEARCH_CHARS)  # what the lists search on (a long paste is cut there)
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
                and watched is self._edit and self._edit.text()):
            self._edit.clear()
            self.flush()
            return True
        return False

    def flush(self) -> None:
        self._timer.stop()
        self._apply(self._edit.text())


class BaseTab(QWidget):
    """A tab that refreshes only when it is visible and something it shows has changed."""

    key = "tab"
    icon_name = ""
    TABLES: frozenset[str] = frozenset()
    # The tables whose rows are made and changed on this tab: an undo of a step there, pressed on another
    # tab that shows none of its tables, switches to this tab so the user sees what was taken back.
    OWN: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self._dirty = True
        context.scope_changed.connect(self._on_scope_changed)
        context.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        return self.key

    # --- refresh -------------------------------------------------------------------------------------

    def _on_scope_changed(self) -> None:
        self._dirty = True
        self.scope_changed()
        if self.isVisible():
            self.ensure_fresh()

    def scope_changed(self) -> None:
        """Hook: the wijk or year changed (the tab may reset filters)."""

    def _on_data_changed(self, tables: frozenset) -> None:
        if tables & self.TABLES:
            self._dirty = True
            if self.isVisible():
                self.ensure_fresh()

    def ensure_fresh(self) -> None:
        if self._dirty:
            self._dirty = False
            self.refresh()

    def refresh(self) -> None:
        """Re-read what the tab shows (keeping the selection)."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.ensure_fresh()

    # --- actions the main window routes to the current tab ------------------------------------------

    def new_item(self) -> None:
        """Ctrl+N."""

    def delete_selected(self) -> None:
        """Del (asks for confirmation)."""

    def focus_filter(self) -> None:
        """Ctrl+F."""

    def focus_on_open(self) -> None:
        """Where the cursor goes when the user opens this tab (else Qt picks the next field: the search)."""

    # --- layout remembered between sessions ----------------------------------------------------------

    def state_widgets(self) -> dict:
        """name -> QSplitter or QHeaderView whose state is saved."""
        return {}

    def save_state(self, settings) -> None:
        for name, widget in self.state_widgets().items():
            filler = FillColumn.of(widget) if isinstance(widget, QHeaderView) else None
            settings.setValue(f"{self.key}/{name}", filler.save_state() if filler else widget.saveState())

    def restore_state(self, settings) -> None:
        for name, widget in self.state_widgets().items():
            state = settings.value(f"{self.key}/{name}")
            if isinstance(state, QByteArray) and not state.isEmpty():
                filler = FillColumn.of(widget) if isinstance(widget, QHeaderView) else None
                if filler is not None:
                    filler.restore_state(state)
                else:
                    widget.restoreState(state)
