"""Working days around Dutch public holidays and year ends; every expected day was counted by hand on a calendar."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk.domain.working_days import (
    add_working_days,
    dutch_holidays,
    holiday_name,
    holidays_between,
    is_working_day,
    working_days_between,
)

D = dt.date


def test_koningsdag_on_a_monday_is_skipped():
    # Friday 24-04-2026, one working day: the weekend and Koningsdag (Monday 27-04-2026) do not count.
    assert add_working_days(D(2026, 4, 24), 1) == D(2026, 4, 28)
    assert not is_working_day(D(2026, 4, 27))
    assert holiday_name(D(2026, 4, 27)) == "Koningsdag"


def test_ten_working_days_over_koningsdag():
    # Monday 20-04-2026: 21,22,23,24, (27 Koningsdag), 28,29,30, 1 May, 4, 5 May (no Bevrijdingsdag in 2026).
    assert add_working_days(D(2026, 4, 20), 10) == D(2026, 5, 5)
    assert is_working_day(D(2026, 5, 5))


def test_koningsdag_moves_to_the_26th_when_the_27th_is_a_sunday():
    # 27-04-2025 and 27-04-2014 were Sundays: Koningsdag was celebrated on Saturday the 26th.
    for year in (2025, 2014):
        assert D(year, 4, 27).weekday() == 6
        assert holiday_name(D(year, 4, 26)) == "Koningsdag"
        assert holiday_name(D(year, 4, 27)) == ""
    # On a Saturday it costs no working day: Friday 25-04-2025 + 1 = Monday 28-04-2025.
    assert add_working_days(D(2025, 4, 25), 1) == D(2025, 4, 28)


def test_bevrijdingsdag_counts_in_a_lustrum_year_only():
    # 2025: Monday 5 May is a holiday. Monday 28-04-2025 + 5: 29, 30, 1, 2, (5 May), 6 May.
    assert add_working_days(D(2025, 4, 28), 5) == D(2025, 5, 6)
    # 2026: Tuesday 5 May is a normal working day.
    assert add_working_days(D(2026, 4, 28), 5) == D(2026, 5, 5)


def test_easter_good_friday_and_easter_monday():
    # Wednesday 01-04-2026 + 3: Thursday 2, (Goede Vrijdag 3, weekend, Tweede paasdag 6), Tuesday 7, Wednesday 8.
    assert add_working_days(D(2026, 4, 1), 3) == D(2026, 4, 8)
    assert [day for day, _name in holidays_between(D(2026, 4, 1), D(2026, 4, 8))] == [D(2026, 4, 3), D(2026, 4, 6)]


def test_hemelvaart_and_pinksteren():
    # Monday 11-05-2026 + 10: 12, 13, (Hemelvaart 14), 15, 18, 19, 20, 21, 22, (Tweede pinksterdag 25), 26, 27.
    assert add_working_days(D(2026, 5, 11), 10) == D(2026, 5, 27)
    names = [name for _day, name in holidays_between(D(2026, 5, 11), D(2026, 5, 27))]
    assert names == ["Hemelvaartsdag", "Tweede pinksterdag"]


def test_christmas_and_new_year_across_the_year_end():
    # Monday 21-12-2026 + 10: 22, 23, 24, (Kerst Friday 25), 28, 29, 30, 31, (Nieuwjaar Friday 1-1-2027), 4, 5, 6.
    assert add_working_days(D(2026, 12, 21), 10) == D(2027, 1, 6)
    # 2028: both Christmas days on Monday and Tuesday. Friday 22-12-2028 + 3: 27, 28, 29.
    assert add_working_days(D(2028, 12, 22), 3) == D(2028, 12, 29)


def test_year_end_on_a_friday_with_new_year_on_saturday():
    # Friday 31-12-2027 + 1: Saturday 1-1-2028 (Nieuwjaar) and Sunday do not count: Monday 3-1-2028.
    assert add_working_days(D(2027, 12, 31), 1) == D(2028, 1, 3)


def test_received_in_the_weekend_counts_from_the_next_working_day():
    # Saturday 25-04-2026 + 1: Sunday, Koningsdag Monday, so Tuesday 28-04-2026.
    assert add_working_days(D(2026, 4, 25), 1) == D(2026, 4, 28)
    assert add_working_days(D(2026, 4, 25), 0) == D(2026, 4, 25)


def test_working_days_between_counts_the_same_days():
    assert working_days_between(D(2026, 12, 21), D(2027, 1, 6)) == 10
    assert working_days_between(D(2027, 1, 6), D(2026, 12, 21)) == -10
    assert working_days_between(D(2026, 4, 24), D(2026, 4, 27)) == 0  # weekend + Koningsdag


def test_a_calendar_can_be_given():
    # The calendar is a parameter: a municipality's own closing day moves the deadline too.
    def calendar(year):
        return {**dutch_holidays(year), D(2026, 4, 28): "Gemeente gesloten"}

    assert add_working_days(D(2026, 4, 24), 1, calendar) == D(2026, 4, 29)


def test_nonsense_terms_are_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2026, 1, 1), -1)
    with pytest.raises(ValueError):
        add_working_days(D(2026, 1, 1), 100_000)
