"""A tab with a filter bar above a table and (optionally) a detail pane beside it."""
from __future__ import annotations

import logging
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wijkdesk.services.errors import ConflictError
from wijkdesk.views.dialogs import KEEP_MINE, ask_after_conflict
from wijkdesk.views.tabs.base import BaseTab, FilterBox, configure_table, select_id, selected_row

log = logging.getLogger(__name__)


def reserve_lines(label: QLabel, lines: int) -> None:
    """A word-wrapped heading at least `lines` lines high. A row's title of one line and one of two gave
    the pane two heights: at each click or typed filter that showed another row, every field below the
    heading moved (the user lost the field under the mouse), and the pane was laid out and painted twice."""
    label.ensurePolished()  # the heading's size comes from its style sheet
    margins = label.contentsMargins()
    text = label.fontMetrics().boundingRect(QRect(0, 0, 1 << 15, 1 << 15), Qt.TextFlag.TextWordWrap,
                                            "\n".join("M" * lines))  # as the label measures its lines
    label.setMinimumHeight(text.height() + margins.top() + margins.bottom() + 2 * label.margin())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # one line: at the top, not centred


class CountLabel(QLabel):
    """The count beside the search box, at a fixed size that grows with its text and never shrinks.

    Why fixed: a label of its text's width moved and resized the search box beside it by a few pixels
    on every count that typing changed ("60 groepen" -> "0 groepen"), and every such change laid the
    whole page out and repainted it. A label of fixed width and height tells no layout about a new text.
    """

    def __init__(self, sample: str, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._sample = sample  # the width to start from: a count of three digits, as "meer dan 60 groepen" fits
        self._fit(sample)

    def _fit(self, text: str) -> None:
        margins = self.contentsMargins()
        extra = 2 * self.margin() + 4
        width = self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + extra
        if self.minimumWidth() != self.maximumWidth() or width > self.maximumWidth():
            self.setFixedWidth(max(width, self.minimumWidth()))
        height = self.fontMetrics().height() + margins.top() + margins.bottom() + extra
        if self.minimumHeight() != self.maximumHeight() or height != self.maximumHeight():
            self.setFixedHeight(height)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._fit(text)  # a longer text than ever (a count past 999, another language) widens it once
        super().setText(text)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumWidth(0)  # measured again in the new font
            self._fit(self._sample)
            self._fit(self.text())


class TableTab(BaseTab):
    """One table of the current wijk (and year), with filter-as-you-type and a detail pane."""

    MODEL = None
    WIDTHS: dict[int, int] = {}
    SORT_COLUMN: int | None = None
    SORT_DESCENDING = False
    FILL_COLUMN: int | None = None  # the main text column, which takes the spare width (base.FillColumn)
    NEEDS_YEAR = False

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self._quiet_row: int | None = None
        self._last_shown: int | None = None  # the row the pane showed before a search, sort or filter hid it
        self._said_nothing_found = False  # the pane's heading says a search found nothing
        self._pane_waits = False  # a reload in progress: the pane is told once, afterwards
        # (model name, id, version) of the row the detail pane's inputs were filled from (note_loaded):
        # every save names that version, so a row another user changed since is refused, never
        # overwritten; after a save the pane goes on from the version its own change left.
        self.editing: tuple[str, int, int] | None = None
        self.model = self.MODEL(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        self.filter_edit.setPlaceholderText(self.tr("Zoeken (Ctrl+F)…"))
        self.count_label = CountLabel(self.tr("meer dan {0} {1}").format(888, self.nouns()[1]), self)
        self.count_label.setObjectName("aantal")
        self.table = QTableView(self)
        self.table.setObjectName("tabel")
        configure_table(self.table, self.model, self.WIDTHS, self.SORT_COLUMN, self.SORT_DESCENDING,
                        self.FILL_COLUMN)
        self.filter_box = FilterBox(self.filter_edit, self._search)
        self.top_bar = QHBoxLayout()
        self.top_bar.addWidget(self.filter_edit, 1)
        self.top_bar.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.table)
        self.detail = self.make_detail()
        self.detail_scroll: QScrollArea | None = None
        if self.detail is not None:
            scroll = self.detail_scroll = QScrollArea(self.splitter)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.detail)
            heading = getattr(getattr(self.detail, "form", None), "kop", None)
            if heading is not None:
                reserve_lines(heading, 2)
            # Only up and down: a field or button scrolled off sideways is one the user never finds. The
            # pane is as wide as its widest row of buttons needs; the table gives way (it scrolls itself).
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            scroll.setMinimumWidth(max(360, self.detail.minimumSizeHint().width() + bar + 4))
            self.splitter.addWidget(scroll)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setCollapsible(0, False)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.top_bar)
        self.layout_.addWidget(self.splitter, 1)
        self.model.rows_reloaded.connect(self._update_count)
        # Scrolling reads the next page: the count follows (it said 'meer dan 60' after 3,000 were read).
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._update_count())
        # selectionChanged, not currentRowChanged: on a mouse press Qt moves the current index first and
        # selects afterwards, so at currentRowChanged the selection still holds the row clicked before
        # (the pane would show that row and save into the clicked one).
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)

    def make_detail(self) -> QWidget | None:
        return None

    def focus_in_pane(self, field: QWidget) -> None:
        """The cursor in a field of the detail pane, its text selected to type over, and the pane scrolled
        to show it. setFocus alone does not scroll: after 'Nieuw' with the pane scrolled down (to the
        progress of a goal) the user typed the new title without seeing it."""
        field.setFocus()
        if hasattr(field, "selectAll"):
            field.selectAll()
        if self.detail_scroll is not None:
            self.detail_scroll.verticalScrollBar().setValue(0)  # the pane's heading too, then the field
            self.detail_scroll.ensureWidgetVisible(field)

    def nouns(self) -> tuple[str, str]:
        return self.tr("rij"), self.tr("rijen")

    def scope(self) -> dict | None:
        if self.context.wijk_id is None or (self.NEEDS_YEAR and self.context.jaar is None):
            return None
        return {"wijk_id": self.context.wijk_id, "jaar": self.context.jaar}

    def refresh(self) -> None:
        if self._quiet_row is not None:
            row_id, self._quiet_row = self._quiet_row, None
            if self.model.scope() == self.scope() and self.model.refresh_row(row_id):
                self.show_detail(self.current_row(), reload_inputs=False)
                return
        keep = selected_row(self.table)
        # The pane is told once, about the row selected at the end: the model reset drops the selection,
        # and the pane was emptied (greyed, its inputs cleared, laid out again) and then filled with the
        # same row, on every tab opened after a change and every change of wijk or year.
        with self._pane_told_after():
            self.model.set_scope(self.scope())
            if keep is None or not select_id(self.table, keep.id):
                # Something is always selected when there are rows, so the pane is never empty for nothing.
                if self.model.rowCount():
                    select_id(self.table, self.model.row(0).id)
        self._on_selection()

    def _search(self, text: str) -> None:
        """Filter as typed. The pane keeps the row it showed while the search finds it, and gets it back
        when the search is cleared: the model reset drops the selection, and the pane went empty and grey.

        The pane is told once, after the row is selected again, and not at all when it still shows that
        row: a filter changes which rows are listed, not the row (emptying and refilling the pane cost
        more than the query on every typed word)."""
        self._remember_selection()
        shown = getattr(self.detail, "row_id", False)
        with self._pane_told_after():
            self.model.set_text_filter(text)
        self._select_last_shown(shown)
        self._say_when_nothing_found(text)

    def _say_when_nothing_found(self, text: str) -> None:
        """A search that finds nothing says so in the pane's heading, and how to get the list back; it said
        "Kies een idee in de lijst…" above an empty list (found clicking through)."""
        heading = getattr(getattr(self.detail, "form", None), "kop", None)
        if heading is None:
            return
        if text.strip() and self.model.rowCount() == 0:
            heading.setText(self.tr("Geen {0} met '{1}'. Esc wist het zoekwoord.").format(self.nouns()[1], text.strip()))
            self._said_nothing_found = True
        elif self._said_nothing_found:
            self._said_nothing_found = False
            if self.current_row() is None:
                self.show_detail(None)  # the pane's own text for no row chosen

    def quietly(self, row_id: int, change):
        """Run `change()` (an edit of one row from this tab); the refresh it causes re-reads only that row."""
        self._quiet_row = row_id
        try:
            return change()
        finally:
            self._quiet_row = None

    def note_loaded(self, row) -> None:
        """The pane filled its inputs from `row` (as just read): later saves expect this version."""
        self.editing = (type(row).__name__, row.id, row.versie) if row is not None else None

    def save_field(self, row_id: int | None, name_of, text: str, update, field: str, value) -> None:
        """Autosave of one detail-pane field: through `update` (a service), undoable, refreshing one row.

        `text` is the translated undo text with {0} for the row's name, `name_of(row_id)` (a service read).
        When another user changed the row since the pane was filled, nothing is saved: the pane shows
        the fresh row and the user is told who changed it and when, with what they typed (see
        `_after_conflict`); the ConflictError then goes on to AutoSave marked as handled.
        """
        if row_id is None:
            return
        name = name_of(row_id)
        editing = self.editing if self.editing is not None and self.editing[1] == row_id else None
        versies = {(editing[0], row_id): editing[2]} if editing else None
        try:
            self.quietly(row_id, lambda: self.context.change(text.format(name),
                                                             lambda: update(row_id, **{field: value}), versies))
        except ConflictError as exc:
            self._after_conflict(exc, row_id, field, value,
                                 lambda: self.save_field(row_id, name_of, text, update, field, value))
            raise

    def editing_versies(self, row_id: int) -> dict | None:
        """For a change the user asks for on the row the pane shows (delete, status): the version shown."""
        if self.editing is not None and self.editing[1] == row_id:
            return {(self.editing[0], row_id): self.editing[2]}
        return None

    def show_fresh(self, exc: Exception) -> None:
        """After a ConflictError: show the row as it is now, as its message says (then show the message)."""
        if isinstance(exc, ConflictError) and exc.row_id is not None:
            self.model.refresh_row(exc.row_id)
            self.show_detail(self.current_row(), reload_inputs=True)

    def _on_data_changed(self, tables: frozenset) -> None:
        # A change made in this window (this save, a status change, a goal made from an idea) moved the
        # edited row on: the pane goes on from the version that change left, if it was in step before.
        # A row someone else changed first stays at the version the pane was filled from (refused later).
        made = self.context.last_change
        if self.editing is not None and made is not None:
            model_name, row_id, versie = self.editing
            newer = made.moved_on(model_name, row_id, versie)
            if newer is not None:
                self.editing = (model_name, row_id, newer)
        super()._on_data_changed(tables)

    def _after_conflict(self, exc: ConflictError, row_id: int, field: str, value, save_again) -> None:
        """Show the row as it is now (list line and pane), then ask what to do with the typed value."""
        self.model.refresh_row(row_id)
        self.show_detail(self.current_row(), reload_inputs=True)  # the pane notes the fresh version
        form = getattr(self.detail, "form", None)
        label_widget = getattr(form, f"{field}_label", None)
        label = label_widget.text().replace("&", "").rstrip(": ") if label_widget is not None else field
        exc.handled = True
        if ask_after_conflict(self, exc, label, value) == KEEP_MINE:
            try:
                save_again()
            except ConflictError:
                return  # a third save came in between: that one was handled (shown) in its turn
            finally:
                self.show_detail(self.current_row(), reload_inputs=True)

    def current_row(self):
        return selected_row(self.table)

    def select(self, row_id: int) -> bool:
        self.ensure_fresh()
        return select_id(self.table, row_id)

    def _on_selection(self) -> None:
        if not self._pane_waits:  # `refresh` and `_search` tell the pane themselves, once
            self.show_detail(self.current_row())

    @contextmanager
    def _pane_told_after(self):
        """Selection changes and model resets inside do not reach the pane: the caller tells it once."""
        before, self._pane_waits = self._pane_waits, True
        try:
            yield
        finally:
            self._pane_waits = before

    def _remember_selection(self) -> None:
        """The selected row becomes the one to select again after the rows are read again."""
        if not self._pane_waits:
            row = selected_row(self.table)
            if row is not None:
                self._last_shown = row.id

    def _after_reset(self) -> None:
        """A sort (a click on a column header) or a list filter (status, thema) read the rows again: the
        row the pane showed is selected again when it is listed, and the pane keeps showing it. The reset
        dropped the selection, and the pane went empty and grey after every sort. As with a search, a
        filter that hides the row for a moment (the status box stepped through with the arrow keys)
        gets it back when a later choice lists it again."""
        if not self._pane_waits:
            self._select_last_shown(getattr(self.detail, "row_id", False))

    def _select_last_shown(self, shown) -> None:
        """After the rows were read again: select the row the pane showed, when it is listed, and tell
        the pane once, only when its row changed (`shown`: the row it showed; False: no pane)."""
        if self._last_shown is not None:
            with self._pane_told_after():
                select_id(self.table, self._last_shown)
        row = self.current_row()
        if shown is False or (row.id if row is not None else None) != shown:
            self._on_selection()

    def show_detail(self, row, reload_inputs: bool = True) -> None:
        """Hook: show the selected row (or None) in the detail pane."""

    def _update_count(self) -> None:
        count = self.model.rowCount()
        one, many = self.nouns()
        if self.model.canFetchMore():
            self.count_label.setText(self.tr("meer dan {0} {1}").format(count, many))
        else:
            self.count_label.setText(f"{count} {one if count == 1 else many}")

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def focus_on_open(self) -> None:
        # The list: arrow keys choose a row at once, and typing never filters by surprise.
        self.table.setFocus()

    def state_widgets(self) -> dict:
        return {"kolommen": self.table.horizontalHeader(), "splitter": self.splitter}

    def restore_state(self, settings) -> None:
        if self.detail is not None:
            # Without a saved layout: the table gets about 60 % of the width, the detail pane the rest.
            self.splitter.setSizes([600, 400])
        super().restore_state(settings)
