"""How much of a workbook the import will read, and the Dutch refusals when a file asks for more.

A workbook is a zip of XML files, and both can be made to look small while asking for a lot: 1 GB
of whitespace packs into 1 MB, a sheet can claim row 2,000,000,000, 20 million empty shared strings
fit in 0.8 MB. Every size that grows time or memory has a limit here, far above what a wijk's
budget ever needs (a year of a whole municipality is a few thousand rows), so that any file is read
or refused within seconds and a few hundred MB. A refusal names the limit and says what to do.
"""
from __future__ import annotations

from dataclasses import dataclass


class WorkbookError(Exception):
    """The file cannot be read as a workbook; the message says in Dutch why and what to do."""


class DamagedWorkbook(WorkbookError):
    """The file breaks the rules of the format (a cell, a row, a part that cannot be what it says)."""


class LimitExceeded(WorkbookError):
    """The file asks for more than the import reads (see `Limits`)."""


# Excel's own maxima (a file beyond them was not made by a spreadsheet program).
EXCEL_MAX_ROW = 1_048_576
EXCEL_MAX_COLUMN = 16_384
EXCEL_MAX_CELL_TEXT = 32_767


@dataclass(frozen=True)
class Limits:
    """Limits of one import; the defaults are the product's, tests may pass smaller ones."""

    member_bytes: int = 50_000_000        # uncompressed size of one part of the zip (sheet, strings)
    total_bytes: int = 150_000_000        # uncompressed size of all parts read together
    compression_ratio: int = 200          # uncompressed / compressed, for a part over ratio_from_bytes
    ratio_from_bytes: int = 1_000_000     # small parts may pack as tightly as they like
    zip_entries: int = 10_000             # parts in the zip (each costs memory before any is read)
    shared_strings: int = 500_000         # entries in the shared-strings table
    data_rows: int = 5_000                # rows with a value (header included), per sheet
    cells: int = 500_000                  # cells per sheet, empty (formatted) ones included
    xml_elements: int = 2_000_000         # XML elements in one part (each costs parsing time)
    merged_ranges: int = 10_000           # merged cell ranges per sheet
    cell_text: int = EXCEL_MAX_CELL_TEXT  # characters in one cell
    problems_shown: int = 100             # problems kept in a report; the rest are counted


DEFAULT_LIMITS = Limits()


def _n(value: int) -> str:
    """A count in Dutch notation: 1.048.576."""
    return f"{value:,}".replace(",", ".")


def _mb(value: int) -> str:
    return f"{value / 1_000_000:,.0f} MB".replace(",", ".")


_ADVICE = ("Controleer of dit het goede bestand is. Een echte lijst: open hem in Excel, kopieer alleen de "
           "ingevulde rijen naar een nieuwe werkmap (of splits hem in delen) en lees die in.")


def too_big_member(file: str, member: str, size: int, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: het onderdeel {member} is uitgepakt {_mb(size)}, meer dan de "
                         f"grens van {_mb(limit)} per onderdeel. {_ADVICE}")


def too_big_total(file: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: uitgepakt is het samen meer dan de grens van {_mb(limit)}. "
                         f"{_ADVICE}")


def too_packed(file: str, member: str, ratio: float, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: het onderdeel {member} is {ratio:,.0f} keer zo klein "
                         f"ingepakt als uitgepakt, meer dan de grens van {limit} keer (een 'zip-bom'). {_ADVICE}"
                         .replace(",", "."))


def too_many_entries(file: str, count: int, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: het bevat {_n(count)} onderdelen, meer dan de grens van "
                         f"{_n(limit)}. {_ADVICE}")


def too_many_strings(file: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: het heeft meer dan {_n(limit)} verschillende teksten "
                         f"(de grens). {_ADVICE}")


def too_many_rows(file: str, sheet: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: blad '{sheet}' heeft meer dan {_n(limit)} ingevulde rijen "
                         f"(de grens per blad). Splits de lijst in delen van hoogstens {_n(limit)} rijen en lees ze "
                         "na elkaar in.")


def too_many_cells(file: str, sheet: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: blad '{sheet}' heeft meer dan {_n(limit)} cellen (ook lege "
                         f"cellen met opmaak tellen mee; de grens per blad). {_ADVICE}")


def too_many_elements(file: str, where: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: {where} bestaat uit meer dan {_n(limit)} XML-elementen "
                         f"(de grens per onderdeel). {_ADVICE}")


def too_many_merges(file: str, sheet: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: blad '{sheet}' heeft meer dan {_n(limit)} samengevoegde "
                         f"celbereiken (de grens per blad). Maak in Excel de samenvoeging ongedaan (Start > "
                         "Samenvoegen en centreren) en probeer het opnieuw.")


def too_long_text(file: str, sheet: str, cell: str, limit: int) -> LimitExceeded:
    return LimitExceeded(f"{file} wordt niet ingelezen: blad '{sheet}', cel {cell} heeft meer dan {_n(limit)} tekens "
                         "(de grens per cel, ook die van Excel). Maak de tekst korter.")


def damaged(file: str, where: str, what: str) -> DamagedWorkbook:
    """The file breaks the format at `where` (a sheet and cell, or a part)."""
    return DamagedWorkbook(f"{file}: het bestand is beschadigd in {where}: {what}. Er is niets ingelezen. Open het "
                           "in Excel, sla het opnieuw op en probeer het nog eens, of vraag een nieuwe kopie.")
