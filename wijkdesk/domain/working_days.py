"""Working days in the Netherlands: Monday to Friday, except the public holidays.

A municipality's decision term ("binnen 10 werkdagen") is counted in working days, and the days that do
not count are those of the Algemene termijnenwet: Saturday, Sunday and the generally recognised
holidays (Nieuwjaarsdag, Goede Vrijdag, Pasen, Koningsdag, Bevrijdingsdag in lustrum years,
Hemelvaart, Pinksteren, Kerst). The holiday dates come from the `holidays` package, which follows that
law and moves Koningsdag to the 26th when the 27th of April is a Sunday. Everything here is a pure
function of dates; the calendar is a parameter so a test can give its own.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Callable, Mapping

Calendar = Callable[[int], Mapping[dt.date, str]]

# A term longer than this many calendar days is a typing error, not a term: refuse to walk it.
_MAX_STEPS = 3_700


@lru_cache(maxsize=64)
def _dutch_year(year: int) -> tuple[tuple[dt.date, str], ...]:
    # Imported here, not at the top: the package loads all its ~250 countries (about 0.1 s), which the
    # window's start should not pay for. Imported from its own module, not looked up by country code
    # (holidays.country_holidays("NL") finds the module by name at run time, unseen by PyInstaller).
    from holidays.countries.netherlands import Netherlands

    # language="nl": the names are shown to Dutch users ("Koningsdag", "Tweede pinksterdag").
    return tuple(sorted(Netherlands(years=year, language="nl").items()))


def dutch_holidays(year: int) -> dict[dt.date, str]:
    """The Dutch public holidays of one year, with their Dutch names."""
    return dict(_dutch_year(int(year)))


def holiday_name(day: dt.date, calendar: Calendar = dutch_holidays) -> str:
    """The holiday's name when `day` is a public holiday, else ''."""
    return calendar(day.year).get(day, "")


def is_working_day(day: dt.date, calendar: Calendar = dutch_holidays) -> bool:
    return day.weekday() < 5 and day not in calendar(day.year)


def add_working_days(start: dt.date, count: int, calendar: Calendar = dutch_holidays) -> dt.date:
    """The day on which the `count`-th working day after `start` falls (`start` itself does not count).

    A request received on Friday 24 April 2026 with a term of 1 working day is due Tuesday 28 April:
    the weekend and Koningsdag (Monday 27 April) do not count. `count` 0 gives `start` itself.
    """
    if count < 0:
        raise ValueError("Een termijn in werkdagen kan niet negatief zijn.")
    day = start
    left = count
    steps = 0
    while left:
        day += dt.timedelta(days=1)
        steps += 1
        if steps > _MAX_STEPS:
            raise ValueError(f"Een termijn van {count} werkdagen is te lang.")
        if is_working_day(day, calendar):
            left -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, calendar: Calendar = dutch_holidays) -> int:
    """How many working days lie after `start` up to and including `end` (negative when `end` is earlier)."""
    if end < start:
        return -working_days_between(end, start, calendar)
    if (end - start).days > _MAX_STEPS:
        raise ValueError("Deze periode is te lang om in werkdagen te tellen.")
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day, calendar):
            count += 1
    return count


def holidays_between(start: dt.date, end: dt.date, calendar: Calendar = dutch_holidays) -> list[tuple[dt.date, str]]:
    """The holidays on weekdays after `start` up to and including `end`: the days a term skipped besides
    the weekends (shown to the user, so a deadline that moved is explained)."""
    found = []
    for year in range(start.year, end.year + 1):
        for day, name in sorted(calendar(year).items()):
            if start < day <= end and day.weekday() < 5:
                found.append((day, name))
    return found
