"""Hostile workbooks, written by code: a minimal .xlsx package built part by part, so that each attack
can change exactly one thing (a cell, a row number, the dimension, a part's size) the way someone
editing the zip and XML by hand would. Big parts are streamed into the zip, never held in memory.

Used by tests/exchange/test_hostile_corpus.py and benchmarks/bench_hostile_import.py.
"""
from __future__ import annotations

import itertools
import zipfile
from pathlib import Path
from typing import Iterable

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DATE_STYLE = 1  # cellXfs index with number format 14 (a date)
HEADER = ["Datum", "Wijk", "Omschrijving", "Bedrag", "Factuurnummer"]
SERIAL_2026_04_02 = 46114  # Excel's serial number of 2 April 2026

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG_REL_NS}"><Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
_BOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="{PKG_REL_NS}">
<Relationship Id="rId1" Type="{REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL_NS}/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="{REL_NS}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{NS}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>
<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def workbook_xml(sheet_name: str = "Uitgaven") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL_NS}"><sheets>'
            f'<sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>')


def shared_strings_xml(strings: Iterable[str] = ("Keizerslanden",)) -> str:
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">{items}</sst>'


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def number_cell(ref: str, value, style: int | None = None) -> str:
    s = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{s}><v>{value}</v></c>'


def header_row() -> str:
    cells = "".join(text_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADER))
    return f'<row r="1">{cells}</row>'


def expense_row(r: int, *, amount="1.25", invoice: str | None = None, title: str = "Huur zaal",
                row_attr: str | None = None, cells: dict[str, str] | None = None) -> str:
    """A good expense of Keizerslanden 2026 at row `r` (Wijk as shared string 0); `cells` replaces cells by column."""
    own = {
        "A": number_cell(f"A{r}", SERIAL_2026_04_02, DATE_STYLE),
        "B": f'<c r="B{r}" t="s"><v>0</v></c>',
        "C": text_cell(f"C{r}", title),
        "D": number_cell(f"D{r}", amount),
        "E": text_cell(f"E{r}", invoice or f"HB-{r}"),
    }
    own.update(cells or {})
    return f'<row r="{row_attr if row_attr is not None else r}">{"".join(own.values())}</row>'


def sheet_xml(rows: Iterable[str], *, dimension: str | None = None, merges: Iterable[str] = (),
              after_rows: str = "") -> Iterable[str]:
    """The worksheet XML in pieces (so a million rows stream into the zip)."""
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{NS}" xmlns:r="{REL_NS}">'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from rows
    yield "</sheetData>"
    yield after_rows
    first = True
    for ref in merges:
        if first:
            yield "<mergeCells>"
            first = False
        yield f'<mergeCell ref="{ref}"/>'
    if not first:
        yield "</mergeCells>"
    yield "</worksheet>"


def write_package(path: Path, sheet: Iterable[str] | bytes, *, shared: Iterable[str] | str | None = None,
                  sheet_name: str = "Uitgaven", extra: Iterable[tuple[str, bytes]] = (),
                  cut_sheet_at: int | None = None) -> Path:
    """A .xlsx with one worksheet; `sheet` in pieces (str) or raw bytes; `shared` the sharedStrings part."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook_xml(sheet_name))
        z.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        z.writestr("xl/styles.xml", _STYLES)
        _write_member(z, "xl/sharedStrings.xml", shared_strings_xml() if shared is None else shared)
        _write_member(z, "xl/worksheets/sheet1.xml", sheet, cut_at=cut_sheet_at)
        for name, data in extra:
            z.writestr(name, data)
    return path


def _write_member(z: zipfile.ZipFile, name: str, content, cut_at: int | None = None) -> None:
    if isinstance(content, (bytes, str)):
        data = content.encode() if isinstance(content, str) else content
        z.writestr(name, data[:cut_at] if cut_at is not None else data)
        return
    written = 0
    buffer: list[bytes] = []
    size = 0
    with z.open(name, "w", force_zip64=True) as fh:
        for piece in content:
            data = piece.encode() if isinstance(piece, str) else piece
            if cut_at is not None and written + size + len(data) > cut_at:
                data = data[: max(0, cut_at - written - size)]
            buffer.append(data)
            size += len(data)
            if size >= 1 << 20:
                fh.write(b"".join(buffer))
                written += size
                buffer, size = [], 0
            if cut_at is not None and written + size >= cut_at:
                break
        fh.write(b"".join(buffer))


def book_with_rows(path: Path, rows: Iterable[str], **kw) -> Path:
    """Header plus the given rows (streamed: a generator of a million rows is fine)."""
    sheet_kw = {k: kw.pop(k) for k in ("dimension", "merges", "after_rows") if k in kw}
    return write_package(path, sheet_xml(itertools.chain([header_row()], rows), **sheet_kw), **kw)


def normal_book(path: Path, rows: int) -> Path:
    """A well-made workbook of `rows` good expenses: the baseline the attacks are compared with."""
    return book_with_rows(path, (expense_row(r) for r in range(2, rows + 2)), dimension=f"A1:E{rows + 1}")


def whitespace(total: int, chunk: int = 1 << 20) -> Iterable[str]:
    """`total` bytes of spaces, in chunks."""
    block = " " * chunk
    left = total
    while left > 0:
        yield block[: min(chunk, left)]
        left -= chunk
