"""Table models over the read queries in `services.lists`: sorted, filtered and paged in SQL.

Each model shows the first page of a query and fetches the next page when the view scrolls near the
end (Qt's canFetchMore/fetchMore), so a tab with 100,000 rows opens as fast as one with 100. The first
page is about a screen (FIRST_PAGE rows: a tall window shows some 50), so that opening, sorting and
filtering read what is shown and little more; scrolling reads pages of `page_size`. Sorting
and filtering re-run the query (ORDER BY / WHERE ... LIKE) and reset the model; an edited row is
re-read on its own and announced with a precise `dataChanged`. No QSortFilterProxyModel: it sorts in
Python, about 0.1 ms per row per pass.
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.services import lists
from wijkdesk.views import labels

log = logging.getLogger(__name__)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object (a named tuple from services.lists)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's database id

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_NUMERIC = (lists.MONEY, lists.INT, lists.PERCENT)
# Rows read when a list is (re)opened, sorted or filtered: more than a full-screen table shows, so that
# Qt does not ask for the next page at once (it does when the last row is in sight, e.g. on a very tall
# screen: then the next page comes as when scrolling). Reading 200 rows with their joined columns cost
# 4-5 ms more than a screenful at city scale, on every sort and typed filter.
FIRST_PAGE = 60


def format_value(kind: str, value) -> str:
    """A value from a list query as the table shows it (Dutch money and dates)."""
    if value is None or value == "":
        return ""
    if kind == lists.MONEY:
        return format_cents(value)
    if kind == lists.DATE:
        if isinstance(value, str):
            value = dt.date.fromisoformat(value[:10])
        return format_date(value)
    if kind == lists.DATETIME:
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        return value.strftime("%d-%m-%Y %H:%M")
    if kind == lists.PERCENT:
        return f"{value} %"
    if kind == lists.BOOL:
        return labels.yes_no(bool(value))
    return str(value)


class ListTableModel(QAbstractTableModel):
    """A read-only table over one `RowList`; subclasses name their columns.

    Subclasses set `KEYS` (the list's column keys, in display order) and define `headers()` with the
    translated titles, plus named column constants (`TITEL = 0`, ...) for code that picks a column.
    """

    KEYS: Sequence[str] = ()
    STATUS_KIND = ""  # workflow name for translating the 'status' column, e.g. "idee"

    rows_reloaded = Signal()

    def __init__(self, row_list: lists.RowList, parent=None, page_size: int = lists.PAGE_SIZE,
                 first_page: int = FIRST_PAGE, today: dt.date | None = None):
        super().__init__(parent)
        self._list = row_list
        self._today = today  # a fixed day (tests); else the day of the last reading, see `today()`
        self._day = today or dt.date.today()
        self._kinds = [row_list.by_key[k].kind if k != "id" else lists.INT for k in self.KEYS]
        self._positions = [row_list.row_type._fields.index(k) for k in self.KEYS]
        self._alignments = [_RIGHT if kind in _NUMERIC else _LEFT for kind in self._kinds]
        self._status_column = self.KEYS.index("status") if self.STATUS_KIND and "status" in self.KEYS else -1
        self._lazy_columns = {i for i, k in enumerate(self.KEYS) if k in row_list.lazy_keys}
        self._lazy_probe = row_list.row_type._fields.index(row_list.lazy_keys[0]) if row_list.lazy_keys else 0
        self._lazy_wanted: set[int] = set()
        # Lazy values already read, by row id, kept while only the sort or filter changes (a goal's money
        # does not change by sorting or typing a word); forgotten when the list is read again for a change
        # of data or scope.
        self._lazy_known: dict[int, dict] = {}
        self._lazy_timer = QTimer(self)
        self._lazy_timer.setSingleShot(True)
        self._lazy_timer.setInterval(0)
        self._lazy_timer.timeout.connect(self._resolve_lazy)
        self._headers = list(self.headers())
        self._page_size = page_size
        self._first_page = min(first_page, page_size)
        self._shown_query: tuple | None = None  # what the rows are of: scope, sort, text and filters
        self._rows: list = []
        self._more = False
        self._scope: dict | None = None
        self._sort_key: str | None = None
        self._descending: bool | None = None
        self._text = ""
        self._filters: dict = {}

    # --- to be given by subclasses -------------------------------------------------------------------

    def headers(self) -> list[str]:
        return list(self.KEYS)

    def row_foreground(self, row) -> QColor | None:
        """A colour for a whole row (e.g. a goal te laat), or None."""
        return None

    def row_background(self, row) -> QColor | None:
        return None

    def tooltip(self, row, column: int) -> str | None:
        return None

    # --- what the model shows ------------------------------------------------------------------------

    @property
    def row_list(self) -> lists.RowList:
        return self._list

    def scope(self) -> dict | None:
        return self._scope

    def set_scope(self, scope: dict | None) -> None:
        """Show the rows of another wijk/year/group; None shows nothing."""
        self._scope = dict(scope) if scope is not None else None
        self.reload()

    def set_text_filter(self, text: str) -> None:
        text = text.strip()
        if text != self._text:
            self._text = text
            self.reload()

    def text_filter(self) -> str:
        return self._text

    def set_filter(self, key: str, value) -> None:
        """Keep rows whose column `key` equals `value` (or is in it, for a list); None clears it."""
        if value in (None, "", [], ()):
            changed = self._filters.pop(key, None) is not None
        else:
            changed = self._filters.get(key) != value
            self._filters[key] = value
        if changed:
            self.reload()

    def sort_key(self) -> tuple[str | None, bool | None]:
        return self._sort_key, self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column (the view's header calls this)."""
        if not 0 <= column < len(self.KEYS):
            return
        key = self.KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        self.reload()

    def today(self) -> dt.date:
        """The day late and overdue rows are judged by: the day given, else today as of the last reading of
        the list. Asked for every painted cell (its colour), where dt.date.today() cost 2 ms per screen."""
        return self._day

    def reload(self) -> None:
        """Re-run the query and show its first page.

        The same query again (the data changed) reads as many rows as were shown, up to a page, so that
        a row the user scrolled to and selected is still there to select; another sort, filter or scope
        reads the first page."""
        query = (repr(self._scope), self._sort_key, self._descending, self._text, repr(sorted(self._filters.items())))
        limit = self._first_page
        if query == self._shown_query:
            limit = max(limit, min(len(self._rows), self._page_size))
        if self._shown_query is None or query == self._shown_query or query[0] != self._shown_query[0]:
            self._lazy_known.clear()
        self._day = self._today or dt.date.today()
        self.beginResetModel()
        self._lazy_wanted.clear()
        if self._scope is None:
            self._rows, self._more = [], False
        else:
            self._rows = self._with_known_lazy(self._fetch(0, limit))
            self._more = len(self._rows) == limit
        self._shown_query = query
        self.endResetModel()
        self.rows_reloaded.emit()

    def _with_known_lazy(self, rows: list) -> list:
        if not self._lazy_known:
            return rows
        known, probe = self._lazy_known, self._lazy_probe
        return [row._replace(**known[row.id]) if row[probe] is None and row.id in known else row for row in rows]

    def _fetch(self, offset: int, limit: int | None = None) -> list:
        return self._list.fetch(self._scope, sort=self._sort_key, descending=self._descending, text=self._text,
                                filters=self._filters, limit=limit or self._page_size, offset=offset)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        more = self._with_known_lazy(self._fetch(len(self._rows)))
        self._more = len(more) == self._page_size
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every page (for small lists and tests)."""
        while self._more:
            self.fetchMore()

    def refresh_row(self, row_id: int) -> bool:
        """Re-read one row after an edit and announce exactly that row; False when it is not shown."""
        position = self.position_of(row_id)
        if position is None:
            return False
        self._lazy_known.pop(row_id, None)
        row = self._list.fetch_one(row_id, self._scope)
        if row is None:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self.endRemoveRows()
            return True
        self._rows[position] = row
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self.KEYS) - 1))
        return True

    def position_of(self, row_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.id == row_id:
                return position
        return None

    def row(self, position: int):
        return self._rows[position]

    def rows(self) -> list:
        return list(self._rows)

    def row_for_index(self, index: QModelIndex | QPersistentModelIndex):
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    # --- QAbstractTableModel ---------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return self._alignments[section]
        return None

    def flags(self, index):
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index, role=_DISPLAY):
        # Called for every visible cell and role on each paint: keep it to a few comparisons.
        if not index.isValid():
            return None
        position = index.row()
        row = self._rows[position]
        column = index.column()
        if role == _DISPLAY:
            if self._lazy_columns and row[self._lazy_probe] is None:
                # Any cell of a row on screen asks for the row's costly columns (they may be scrolled
                # out of sight sideways, but the detail and the tooltips want them too).
                self._request_lazy(position)
                if column in self._lazy_columns:
                    return "…"
            value = row[self._positions[column]]
            if column == self._status_column:
                return labels.status_label(self.STATUS_KIND, value)
            return format_value(self._kinds[column], value)
        if role == _ALIGN:
            return self._alignments[column]
        if role == _FOREGROUND:
            color = self.row_foreground(row)
            return QBrush(color) if color is not None else None
        if role == _BACKGROUND:
            color = self.row_background(row)
            return QBrush(color) if color is not None else None
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == _TOOLTIP:
            return self.tooltip(row, column)
        return None

    # --- lazy columns: costly values read for the rows on screen only ------------------------------

    def _request_lazy(self, position: int) -> None:
        self._lazy_wanted.add(position)
        if not self._lazy_timer.isActive():
            self._lazy_timer.start()

    def _resolve_lazy(self) -> None:
        """Read the lazy values of the rows the view asked for (one query), then repaint those rows."""
        wanted, self._lazy_wanted = self._lazy_wanted, set()
        if not wanted or not self._rows:
            return
        self._resolve_positions(max(min(wanted), 0), min(max(wanted), len(self._rows) - 1))

    def lazy_values_of(self, row_id: int, shown: tuple[int, int] | None = None) -> dict | None:
        """The lazy values of one row, for its detail pane (None when the row is gone). With `shown`, the
        first and last row the view shows now (QTableView.rowAt of its top and bottom; -1 when past the
        rows): when the row is among them, they are read together, as the view asks for them when it
        paints: one query for the pane and the screen instead of two (on a server, a round trip each;
        opening the Doelen tab asked for the selected goal's money twice). Only the rows shown: a goal's
        money costs about 0.7 ms a row on a server at city scale."""
        position = self.position_of(row_id)
        if position is None:
            return self._list.lazy_values([row_id]).get(row_id)
        if self._rows[position][self._lazy_probe] is None:
            low = high = position
            if shown is not None and 0 <= shown[0] <= position:
                last = shown[1] if shown[1] >= 0 else len(self._rows) - 1
                if position <= last:
                    low, high = shown[0], min(last, len(self._rows) - 1)
            self._resolve_positions(low, high)
        row = self._rows[position]
        return None if row[self._lazy_probe] is None else {key: getattr(row, key) for key in self._list.lazy_keys}

    def _resolve_positions(self, low: int, high: int) -> None:
        ids = [self._rows[p].id for p in range(low, high + 1) if self._rows[p][self._lazy_probe] is None]
        if not ids:
            return
        values = self._list.lazy_values(ids)
        self._lazy_known.update(values)
        changed = []
        for position in range(low, high + 1):
            row = self._rows[position]
            if row.id in values:
                self._rows[position] = row._replace(**values[row.id])
                changed.append(position)
        if changed:
            first, last = min(self._lazy_columns), max(self._lazy_columns)
            self.dataChanged.emit(self.index(min(changed), first), self.index(max(changed), last), [_DISPLAY])
