"""Blocks laid out top to bottom over A4 pages with QPainter: headings, text, tables, charts, photos.

Measured first, drawn second: `layout()` puts every block on a page, splitting a long table between
rows (its header repeated) and a long paragraph between lines, so the number of pages is known before
the first one is drawn ("pagina i van n") and nothing runs off the foot of a page. A heading is kept
with the block after it. Text wraps at word boundaries, and inside a word only when one word is wider
than its column (a 200-character title without spaces), so no text is ever clipped.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintDevice, QPen, QTextLayout, QTextOption

from wijkdesk.exchange.pdf import page

MAX_CELL_CHARS = 700  # a longer text in a table cell is shortened (a whole decision is in WijkDesk)
SHORTENED = " … (ingekort)"
GAP = 8  # space after a block


# Qt's enum members looked up once: reading them through PySide's enum classes costs more than the
# layout itself when a report has 20,000 table cells.
LEFT, RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
WRAP_ANYWHERE = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_fonts: dict[tuple[float, bool], QFont] = {}
_line_heights: dict[tuple[int, float], float] = {}  # (dpi, points) -> height


def font(points: float, bold: bool = False) -> QFont:
    """page.font, kept per size (a QFont is a value; nothing here changes one after it is made)."""
    key = (points, bold)
    if key not in _fonts:
        _fonts[key] = page.font(points, bold)
    return _fonts[key]


def shorten(text: str, limit: int = MAX_CELL_CHARS) -> str:
    text = text or ""
    return text if len(text) <= limit else text[:limit - len(SHORTENED)].rstrip() + SHORTENED


class Wrapped:
    """`text` broken into lines of at most `width`; `height` is known once made, `draw` paints it."""

    def __init__(self, text: str, qfont: QFont, width: float, device: QPaintDevice,
                 align: Qt.AlignmentFlag = LEFT):
        # QTextLayout breaks only at U+2028; a typed newline would show as a box.
        self.layout = QTextLayout((text or "").replace("\r\n", "\n").replace("\n", "\u2028"), qfont, device)
        option = QTextOption()
        option.setWrapMode(WRAP_ANYWHERE)
        option.setAlignment(align)
        self.layout.setTextOption(option)
        self.lines = []
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(width, 1.0))
            line.setPosition(QPointF(0, y))
            y += line.height()
            self.lines.append(line)
        self.layout.endLayout()
        self.height = y
        self.text = text or ""

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        if len(self.lines) == 0:
            return
        self.layout.draw(painter, QPointF(x, y))

    def split_at(self, room: float) -> int:
        """Index in the text where the lines that fit in `room` end (0: not even one line fits)."""
        end = 0
        for line in self.lines:
            if line.y() + line.height() > room:
                break
            end = line.textStart() + line.textLength()
        return end


class Block:
    """Something on a page. `measure` gives its height at a width; `split` may cut it to fit `room`."""

    keep_with_next = False

    def measure(self, device: QPaintDevice, width: float) -> float:
        raise NotImplementedError

    def split(self, device: QPaintDevice, width: float, room: float) -> tuple[Block | None, Block | None]:
        """(the part that fits in `room`, the rest); (None, self) when nothing of it fits."""
        return None, self

    def draw(self, painter: QPainter, device: QPaintDevice, x: float, y: float, width: float) -> None:
        raise NotImplementedError


class PageBreak(Block):
    def measure(self, device, width):
        return 0.0

    def draw(self, painter, device, x, y, width):
        pass


class Heading(Block):
    keep_with_next = True

    def __init__(self, text: str, size: float = 13.0, space_above: float = 10.0):
        self.text, self.size, self.space_above = text, size, space_above

    def _wrapped(self, device, width):
        return Wrapped(self.text, font(self.size, True), width, device)

    def measure(self, device, width):
        return self.space_above + self._wrapped(device, width).height + 4

    def draw(self, painter, device, x, y, width):
        painter.setPen(QPen(QColor("#000000")))
        self._wrapped(device, width).draw(painter, x, y + self.space_above)


class Paragraph(Block):
    def __init__(self, text: str, size: float = 10.0, bold: bool = False, grey: bool = False):
        self.text, self.size, self.bold, self.grey = text, size, bold, grey

    def _wrapped(self, device, width):
        return Wrapped(self.text, font(self.size, self.bold), width, device)

    def measure(self, device, width):
        return self._wrapped(device, width).height + 4

    def split(self, device, width, room):
        end = self._wrapped(device, width).split_at(room - 4)
        if end <= 0 or end >= len(self.text):
            return None, self
        return (Paragraph(self.text[:end], self.size, self.bold, self.grey),
                Paragraph(self.text[end:].lstrip(), self.size, self.bold, self.grey))

    def draw(self, painter, device, x, y, width):
        painter.setPen(QPen(QColor("#444444" if self.grey else "#000000")))
        self._wrapped(device, width).draw(painter, x, y)


@dataclass(frozen=True)
class Column:
    title: str
    share: float  # part of the table's width
    right: bool = False  # numbers and amounts align right


@dataclass(frozen=True)
class ProgressCell:
    """A percentage drawn as a small bar with the number beside it."""

    percentage: int


class Table(Block):
    """Rows of text cells with a grey header row (repeated on every page the table runs onto)."""

    PAD = 4

    def __init__(self, columns: list[Column], rows: list[list], size: float = 8.5, header: bool = True,
                 _cache: dict | None = None, _offset: int = 0):
        self.columns, self.size, self.header = columns, size, header
        self.rows = rows if _cache is not None else [
            [cell if isinstance(cell, ProgressCell) else shorten(str(cell)) for cell in row] for row in rows]
        # The parts of a split table share the whole table's measurements (column widths, and row heights
        # keyed by the row's place in the whole table): a 500-row table is measured once, not once per page.
        self._heights: dict = _cache if _cache is not None else {}
        self._offset = _offset

    def _widths(self, width: float, device: QPaintDevice | None = None) -> list[float]:
        """Column widths by share, widened where a single word would not fit (a header such as
        'Bijeenkomsten' is never broken), taken from the columns with room to spare."""
        key = ("widths", width)
        if key in self._heights:
            return self._heights[key]
        total = sum(c.share for c in self.columns)
        widths = [width * c.share / total for c in self.columns]
        if device is not None:
            need = [self._longest_word(device, i) + 2 * self.PAD + 1 for i in range(len(self.columns))]
            for i in range(len(widths)):
                short = need[i] - widths[i]
                while short > 0.5:
                    spare = [(widths[j] - need[j], j) for j in range(len(widths)) if j != i and widths[j] > need[j]]
                    if not spare:
                        break
                    room, j = max(spare)
                    take = min(short, room)
                    widths[j] -= take
                    widths[i] += take
                    short -= take
        self._heights[key] = widths
        return widths

    def _longest_word(self, device, index: int) -> float:
        from PySide6.QtGui import QFontMetricsF

        bold, plain = QFontMetricsF(font(self.size, True), device), QFontMetricsF(font(self.size), device)
        words = [(bold, w) for w in self.columns[index].title.split()] if self.header else []
        for row in self.rows:
            cell = row[index]
            if isinstance(cell, ProgressCell):
                words.append((plain, "100 %" + "x" * 8))
            else:
                words += [(plain, w) for w in cell.split() if len(w) <= 30]  # a longer "word" may break anyhow
        return max((m.horizontalAdvance(w) for m, w in words), default=0.0)

    def _cell(self, device, text: str, width: float, column: Column, bold: bool = False) -> Wrapped:
        align = RIGHT if column.right else LEFT
        return Wrapped(text, font(self.size, bold), width - 2 * self.PAD, device, align)

    def _header_height(self, device, width) -> float:
        if not self.header:
            return 0.0
        return max(self._cell(device, c.title, w, c, True).height for c, w in zip(self.columns, self._widths(width, device))) \
            + 2 * self.PAD

    def _row_height(self, device, width, index: int) -> float:
        key = (width, self._offset + index)
        if key not in self._heights:
            heights = [font_height(device, self.size)]
            for cell, column, w in zip(self.rows[index], self.columns, self._widths(width, device)):
                if not isinstance(cell, ProgressCell):
                    heights.append(self._cell(device, cell, w, column).height)
            self._heights[key] = max(heights) + 2 * self.PAD
        return self._heights[key]

    def measure(self, device, width):
        return self._header_height(device, width) + sum(self._row_height(device, width, i)
                                                       for i in range(len(self.rows)))

    def split(self, device, width, room):
        used = self._header_height(device, width)
        count = 0
        for i in range(len(self.rows)):
            used += self._row_height(device, width, i)
            if used > room:
                break
            count += 1
        if count == 0:
            return None, self
        self._widths(width, device)  # measured on the whole table, before it is cut
        return (Table(self.columns, self.rows[:count], self.size, self.header, self._heights, self._offset),
                Table(self.columns, self.rows[count:], self.size, self.header, self._heights, self._offset + count))

    def draw(self, painter, device, x, y, width):
        widths = self._widths(width, device)
        grid = QPen(QColor("#777777"), 0.7)
        if self.header:
            h = self._header_height(device, width)
            painter.fillRect(QRectF(x, y, width, h), QColor("#e3e3e3"))
            cx = x
            painter.setPen(QPen(QColor("#000000")))
            for column, w in zip(self.columns, widths):
                self._cell(device, column.title, w, column, True).draw(painter, cx + self.PAD, y + self.PAD)
                cx += w
            painter.setPen(grid)
            painter.drawRect(QRectF(x, y, width, h))
            y += h
        else:  # no header row: the first row's top edge closes the table
            painter.setPen(grid)
            painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        for i, row in enumerate(self.rows):
            h = self._row_height(device, width, i)
            cx = x
            for cell, column, w in zip(row, self.columns, widths):
                if isinstance(cell, ProgressCell):
                    draw_progress(painter, device, QRectF(cx + self.PAD, y + self.PAD, w - 2 * self.PAD,
                                                          font_height(device, self.size)), cell.percentage, self.size)
                else:
                    painter.setPen(QPen(QColor("#000000")))
                    self._cell(device, cell, w, column).draw(painter, cx + self.PAD, y + self.PAD)
                cx += w
            painter.setPen(grid)
            painter.drawLine(QPointF(x, y + h), QPointF(x + width, y + h))
            painter.drawLine(QPointF(x, y), QPointF(x, y + h))
            painter.drawLine(QPointF(x + width, y), QPointF(x + width, y + h))
            y += h


def font_height(device: QPaintDevice, size: float) -> float:
    """The height of one line of text at `size` points (kept per resolution and size)."""
    key = (device.logicalDpiY(), size)
    if key not in _line_heights:
        _line_heights[key] = Wrapped("Xg", font(size), 1000, device).height
    return _line_heights[key]


def draw_progress(painter: QPainter, device, rect: QRectF, percentage: int, size: float) -> None:
    """A bar for 0..100 %, filled dark grey, with the number beside it (readable without the bar)."""
    pct = max(0, min(100, int(percentage)))
    label_w = 40
    bar = QRectF(rect.left(), rect.top() + 2, max(rect.width() - label_w, 10), rect.height() - 4)
    painter.fillRect(bar, QColor("#ffffff"))
    if pct:
        painter.fillRect(QRectF(bar.left(), bar.top(), bar.width() * pct / 100, bar.height()), QColor("#555555"))
    painter.setPen(QPen(QColor("#000000"), 0.7))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(bar)
    Wrapped(f"{pct}\u00a0%", font(size), label_w - 2, device, RIGHT).draw(
        painter, bar.right() + 2, rect.top())


class Spacer(Block):
    def __init__(self, height: float):
        self.height = height

    def measure(self, device, width):
        return self.height

    def draw(self, painter, device, x, y, width):
        pass


@dataclass
class Placed:
    block: Block
    y: float


@dataclass
class Page:
    label: str  # the text at the top left ("Wijk Keizerslanden", "Alle wijken")
    blocks: list[Placed]


def layout(items: list[tuple[str, Block]], device: QPaintDevice, width: float, height: float) -> list[Page]:
    """Put (page label, block) items on pages of `width` x `height`; a new label starts a new page."""
    pages: list[Page] = []
    page: Page | None = None
    y = 0.0
    queue = list(items)
    i = 0
    while i < len(queue):
        label, block = queue[i]
        if page is None or label != page.label or isinstance(block, PageBreak):
            if page is None or page.blocks or label != page.label:
                page = Page(label, [])
                pages.append(page)
                y = 0.0
            if isinstance(block, PageBreak):
                i += 1
                continue
        need = block.measure(device, width)
        room = height - y
        if need <= room and block.keep_with_next and i + 1 < len(queue) and page.blocks:
            # A heading stays with (the first part of) what follows it: else both go to the next page.
            nxt = queue[i + 1][1]
            if nxt.measure(device, width) > room - need and nxt.split(device, width, room - need)[0] is None:
                page = Page(label, [])
                pages.append(page)
                y = 0.0
                continue
        if need <= room:
            page.blocks.append(Placed(block, y))
            y += need + (0 if block.keep_with_next else GAP)
            i += 1
            continue
        if not block.keep_with_next:
            part, rest = block.split(device, width, room)
            if part is not None:
                page.blocks.append(Placed(part, y))
                queue[i] = (label, rest)
                page = Page(label, [])
                pages.append(page)
                y = 0.0
                continue
        if page.blocks:  # start a new page and try again there
            page = Page(label, [])
            pages.append(page)
            y = 0.0
            continue
        # Taller than an empty page and not splittable: placed anyway (never lost).
        page.blocks.append(Placed(block, y))
        y += need + GAP
        i += 1
    return [p for p in pages if p.blocks] or [Page(items[0][0] if items else "", [])]
