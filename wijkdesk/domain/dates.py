"""Dates in Dutch notation (26-11-2026), parsed and formatted at the edges only."""
from __future__ import annotations

import datetime as dt
import re

_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateError(ValueError):
    """Text that is not a date; the message says in Dutch how to write one."""


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def parse_date(text: str) -> dt.date:
    """`26-11-2026`, `26/11/2026`, `26.11.2026`, ISO `2026-11-26`, or a two-digit year: `1-7-27` is
    1 July 2027 (people write the year short; in a neighbourhood budget that is always this century)."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    match = _DMY.match(text or "")
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    else:
        match = _ISO.match(text or "")
        if not match:
            raise DateError(f"'{text}' is geen datum: schrijf dd-mm-jjjj, bijvoorbeeld 26-11-2026.")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(f"'{text}' bestaat niet als datum: controleer dag en maand.") from None
