"""The .xlsx package for the import: a zip of XML parts, opened and read within `xlsx_limits`.

Nothing here trusts what the file says about itself. The zip's directory is counted before it is
loaded; each part's size and compression ratio are checked before it is unpacked and its bytes are
counted while they are read. XML is parsed by a streaming lxml parser with a callback target (no tree
is built, so memory stays flat however many elements a part has), without DTDs, entities or network.
A part that breaks the format ends in `DamagedWorkbook` naming the part; a part that is too big in
`LimitExceeded` naming the limit.
"""
from __future__ import annotations

import logging
import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from wijkdesk.exchange import xlsx_limits as lim
from wijkdesk.exchange.xlsx_limits import DEFAULT_LIMITS, DamagedWorkbook, Limits, WorkbookError

log = logging.getLogger(__name__)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_CHUNK = 1 << 16
_EXCEL_MAX_STYLES = 65_490  # cell formats Excel allows in one workbook
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"


def local(name: str) -> str:
    """An XML tag or attribute name without its namespace: '{ns}row' -> 'row'."""
    return name.rpartition("}")[2]


def _xml_parser(target) -> etree.XMLParser:
    return etree.XMLParser(target=target, resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


class Package:
    """An opened .xlsx: its sheets by name, shared strings and date styles, read on demand."""

    def __init__(self, path: Path, limits: Limits = DEFAULT_LIMITS):
        self.path = path
        self.name = path.name
        self.limits = limits
        self._bytes_read = 0
        self._check_directory_size()
        try:
            self.archive = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise WorkbookError(f"{self.name}: het bestand is beschadigd of niet volledig (geen geldig zip-bestand). "
                                "Vraag een nieuwe kopie of sla het opnieuw op in Excel.") from None
        try:
            self._read_structure()
        except BaseException:
            self.archive.close()
            raise
        self._shared_strings: list[str] | None = None

    # --- the zip -----------------------------------------------------------------------------------

    def _check_directory_size(self) -> None:
        """Refuse a zip whose directory alone would fill memory, before zipfile loads it."""
        with self.path.open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 65_557))
            tail = fh.read()
        at = tail.rfind(_EOCD)
        if at < 0 or len(tail) < at + 22:
            return  # no end record: zipfile will call it damaged
        entries = struct.unpack("<H", tail[at + 10:at + 12])[0]
        if entries == 0xFFFF:  # zip64: the real count is in the zip64 end record the locator points at
            loc = tail.rfind(_EOCD64_LOCATOR, 0, at)
            if loc >= 0 and len(tail) >= loc + 20:
                offset = struct.unpack("<Q", tail[loc + 8:loc + 16])[0]
                with self.path.open("rb") as fh:
                    fh.seek(offset)
                    record = fh.read(56)
                if len(record) >= 40:
                    entries = struct.unpack("<Q", record[32:40])[0]
        if entries > self.limits.zip_entries:
            raise lim.too_many_entries(self.name, entries, self.limits.zip_entries)

    def has(self, member: str) -> bool:
        try:
            self.archive.getinfo(member)
        except KeyError:
            return False
        return True

    def open_member(self, member: str):
        """A stream of one part, after its size and compression ratio are checked."""
        try:
            info = self.archive.getinfo(member)
        except KeyError:
            raise lim.damaged(self.name, f"onderdeel {member}", "het ontbreekt") from None
        limits = self.limits
        if info.file_size > limits.member_bytes:
            raise lim.too_big_member(self.name, member, info.file_size, limits.member_bytes)
        if info.file_size > limits.ratio_from_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.compression_ratio:
                raise lim.too_packed(self.name, member, ratio, limits.compression_ratio)
        if self._bytes_read + info.file_size > limits.total_bytes:
            raise lim.too_big_total(self.name, limits.total_bytes)
        try:
            return self.archive.open(info)
        except (NotImplementedError, RuntimeError, zipfile.BadZipFile, ValueError) as exc:
            raise lim.damaged(self.name, f"onderdeel {member}", f"het kan niet worden uitgepakt ({exc})") from None

    def parse(self, member: str, target, on_chunk: Callable[[], None] | None = None) -> None:
        """Feed one part to a parser target in chunks; `on_chunk` runs between chunks (to cancel)."""
        for _ in self.feed(member, target):
            if on_chunk is not None:
                on_chunk()

    def feed(self, member: str, target):
        """Feed one part to a parser target, yielding after each chunk (the caller may take results)."""
        parser = _xml_parser(target)
        where = f"onderdeel {member}"
        with self.open_member(member) as stream:
            while True:
                try:
                    chunk = stream.read(_CHUNK)
                except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    raise lim.damaged(self.name, where, f"het is niet volledig of onleesbaar ({exc})") from None
                if not chunk:
                    break
                self._bytes_read += len(chunk)
                try:
                    parser.feed(chunk)
                except etree.XMLSyntaxError as exc:
                    raise lim.damaged(self.name, getattr(target, "where", where), _xml_problem(exc)) from None
                except DamagedWorkbook as exc:
                    if str(exc) != "DOCTYPE":
                        raise
                    raise lim.damaged(self.name, where, "het heeft een DOCTYPE met eigen definities, wat een "
                                      "werkmap nooit heeft") from None
                yield
        try:
            parser.close()
        except etree.XMLSyntaxError:
            # All input was fine so far and then it ended: the part was cut off.
            raise lim.damaged(self.name, getattr(target, "where", where), _TRUNCATED) from None
        yield

    # --- workbook, relationships, styles -------------------------------------------------------

    def _read_structure(self) -> None:
        if self.has("mimetype"):
            try:
                with self.archive.open("mimetype") as fh:
                    is_ods = b"opendocument" in fh.read(200)
            except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, RuntimeError):
                is_ods = False
            if is_ods:
                raise WorkbookError(f"{self.name} is een LibreOffice/OpenDocument-bestand (.ods). Sla het op als "
                                    "Excel-werkmap (.xlsx).")
        if not self.has("xl/workbook.xml"):
            raise WorkbookError(f"{self.name} is een zip-bestand maar geen Excel-werkmap. Kies een .xlsx-bestand.")
        book = _WorkbookTarget()
        self.parse("xl/workbook.xml", self._counted(book, "xl/workbook.xml"))
        rels = _RelsTarget()
        if self.has("xl/_rels/workbook.xml.rels"):
            self.parse("xl/_rels/workbook.xml.rels", self._counted(rels, "xl/_rels/workbook.xml.rels"))
        self.epoch = CALENDAR_MAC_1904 if book.date1904 else CALENDAR_WINDOWS_1900
        self.sheets: list[SheetRef] = []
        for title, rel_id in book.sheets:
            rel = rels.by_id.get(rel_id)
            if rel is None:
                raise lim.damaged(self.name, f"blad '{title}'", "het verwijst naar een onderdeel dat niet bestaat")
            if rel[0] != "worksheet":
                continue  # a chart sheet or dialog sheet holds no rows
            self.sheets.append(SheetRef(self, title, _part_path(rel[1])))
        strings = [t for kind, t in rels.by_id.values() if kind == "sharedStrings"]
        self._strings_member = _part_path(strings[0]) if strings else "xl/sharedStrings.xml"
        styles = [t for kind, t in rels.by_id.values() if kind == "styles"]
        styles_member = _part_path(styles[0]) if styles else "xl/styles.xml"
        self.date_styles: frozenset[int] = frozenset()
        self.timedelta_styles: frozenset[int] = frozenset()
        if self.has(styles_member):
            target = _StylesTarget()
            self.parse(styles_member, self._counted(target, styles_member))
            if len(target.xf_formats) > _EXCEL_MAX_STYLES:
                raise lim.damaged(self.name, f"onderdeel {styles_member}",
                                  f"meer dan {_EXCEL_MAX_STYLES} celopmaken, meer dan Excel toestaat")
            dates, deltas = set(), set()
            for index, fmt_id in enumerate(target.xf_formats):
                code = target.formats.get(fmt_id) or BUILTIN_FORMATS.get(fmt_id)
                if code and is_date_format(code):
                    (deltas if is_timedelta_format(code) else dates).add(index)
            self.date_styles, self.timedelta_styles = frozenset(dates), frozenset(deltas)

    def _counted(self, target, member: str) -> _Counted:
        return _Counted(target, self.name, member, self.limits.xml_elements)

    def shared_strings(self, on_chunk: Callable[[], None] | None = None) -> list[str]:
        """The shared-strings table, read once (and only when a sheet uses it)."""
        if self._shared_strings is None:
            if not self.has(self._strings_member):
                self._shared_strings = []
            else:
                target = _SharedStringsTarget(self.name, self.limits.shared_strings, self.limits.xml_elements)
                self.parse(self._strings_member, target, on_chunk)
                self._shared_strings = target.strings
        return self._shared_strings

    def close(self) -> None:
        self.archive.close()


@dataclass
class SheetRef:
    """One worksheet of the package: its title and the part that holds its XML."""

    package: Package
    title: str
    member: str
    merges: list = field(default_factory=list)


def _part_path(target: str) -> str:
    """A relationship target as a zip member name (relative to xl/, or absolute from the root)."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join("xl", target))


_TRUNCATED = "de XML houdt halverwege op (het bestand is niet volledig opgeslagen of afgebroken)"


def _xml_problem(exc: etree.XMLSyntaxError) -> str:
    line = f" (regel {exc.lineno})" if getattr(exc, "lineno", None) else ""
    return f"de XML is ongeldig{line}"


def refuse_doctype(name, pubid, system):
    """No part of a workbook has a DTD; one is there to define entities (the 'billion laughs')."""
    raise DamagedWorkbook("DOCTYPE")


class _Target:
    """A parser target that ignores text and ends; subclasses look at start tags."""

    doctype = staticmethod(refuse_doctype)

    def start(self, tag, attrib):
        pass

    def end(self, tag):
        pass

    def data(self, text):
        pass

    def close(self):
        return None


class _Counted:
    """Counts the elements of a part for a target that does not count them itself (workbook, styles)."""

    def __init__(self, target, file: str, member: str, limit: int):
        self.target, self.file, self.member, self.limit = target, file, member, limit
        self.elements = 0

    def start(self, tag, attrib):
        self.elements += 1
        if self.elements > self.limit:
            raise lim.too_many_elements(self.file, f"het onderdeel {self.member}", self.limit)
        self.target.start(tag, attrib)

    def end(self, tag):
        self.target.end(tag)

    def data(self, text):
        pass

    def close(self):
        return None

    doctype = staticmethod(refuse_doctype)


class _WorkbookTarget(_Target):
    def __init__(self):
        self.sheets: list[tuple[str, str]] = []
        self.date1904 = False

    def start(self, tag, attrib):
        name = local(tag)
        if name == "sheet":
            rel_id = next((v for k, v in attrib.items() if local(k) == "id" and k.startswith("{")), None)
            self.sheets.append((attrib.get("name", ""), rel_id))
        elif name == "workbookPr":
            self.date1904 = attrib.get("date1904", "").lower() in ("1", "true")


class _RelsTarget(_Target):
    def __init__(self):
        self.by_id: dict[str, tuple[str, str]] = {}  # rId -> (kind: 'worksheet', 'sharedStrings', ..., target)

    def start(self, tag, attrib):
        if local(tag) == "Relationship" and attrib.get("TargetMode") != "External":
            kind = attrib.get("Type", "").rpartition("/")[2]
            self.by_id[attrib.get("Id", "")] = (kind, attrib.get("Target", ""))


class _StylesTarget(_Target):
    def __init__(self):
        self.formats: dict[int, str] = {}
        self.xf_formats: list[int] = []
        self._in_cell_xfs = False

    def start(self, tag, attrib):
        name = local(tag)
        if name == "numFmt":
            try:
                self.formats[int(attrib.get("numFmtId", ""))] = attrib.get("formatCode", "")
            except ValueError:
                pass  # an unusable format only loses its date-ness
        elif name == "cellXfs":
            self._in_cell_xfs = True
        elif name == "xf" and self._in_cell_xfs and len(self.xf_formats) <= _EXCEL_MAX_STYLES:
            try:
                self.xf_formats.append(int(attrib.get("numFmtId", "0")))
            except ValueError:
                self.xf_formats.append(0)

    def end(self, tag):
        if local(tag) == "cellXfs":
            self._in_cell_xfs = False


class _SharedStringsTarget(_Target):
    """Each <si>: the text of its <t> elements (plain or rich-text runs), phonetic hints left out."""

    def __init__(self, file: str, limit: int, element_limit: int):
        self.file, self.limit, self.element_limit = file, limit, element_limit
        self._elements = 0
        self.strings: list[str] = []
        self.where = "de gedeelde teksten (sharedStrings.xml)"
        self._parts: list[str] = []
        self._in_t = False
        self._phonetic = 0

    def start(self, tag, attrib):
        self._elements += 1
        if self._elements > self.element_limit:
            raise lim.too_many_elements(self.file, self.where, self.element_limit)
        name = local(tag)
        if name == "si":
            self._parts = []
        elif name == "t" and not self._phonetic:
            self._in_t = True
        elif name == "rPh":
            self._phonetic += 1

    def data(self, text):
        if self._in_t:
            self._parts.append(text)

    def end(self, tag):
        name = local(tag)
        if name == "t":
            self._in_t = False
        elif name == "rPh":
            self._phonetic -= 1
        elif name == "si":
            if len(self.strings) >= self.limit:
                raise lim.too_many_strings(self.file, self.limit)
            self.strings.append("".join(self._parts))
            self._parts = []


def open_package(path: Path | str, limits: Limits = DEFAULT_LIMITS) -> Package:
    """Open an .xlsx for reading, or WorkbookError saying in Dutch what the file is instead."""
    path = Path(path)
    if not path.exists():
        raise WorkbookError(f"Het bestand {path} bestaat niet. Kies een bestaand .xlsx-bestand.")
    if path.is_dir():
        raise WorkbookError(f"{path} is een map. Kies een .xlsx-bestand.")
    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise WorkbookError(f"Het bestand {path.name} is leeg (0 bytes). Kies een ingevuld .xlsx-bestand.")
    if head.startswith(_OLE_MAGIC):
        if _contains(path, _ENCRYPTION_INFO):
            raise WorkbookError(
                f"{path.name} is met een wachtwoord beveiligd. Open het in Excel, haal het wachtwoord weg "
                "(Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: leegmaken), sla op en probeer opnieuw.")
        raise WorkbookError(
            f"{path.name} is een oud Excel-bestand (.xls). Open het in Excel of LibreOffice en sla het op als "
            "Excel-werkmap (.xlsx).")
    if not head.startswith(b"PK"):
        raise WorkbookError(
            f"{path.name} is geen Excel-werkmap (.xlsx). Is het een CSV- of tekstbestand? Open het in Excel en "
            "sla het op als Excel-werkmap (.xlsx).")
    return Package(path, limits)


def _contains(path: Path, needle: bytes) -> bool:
    """Whether a file holds `needle`, read in chunks (an old .xls can be large)."""
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False
