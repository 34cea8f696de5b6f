"""Money parsing and formatting: Dutch and English notation, exact cents, clear refusals."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkdesk.domain.money import (
    MAX_CENTS,
    MoneyError,
    cents_to_decimal,
    decimal_to_cents,
    format_cents,
    parse_cents,
    parse_money,
)


@pytest.mark.parametrize(
    "text,cents",
    [
        ("12,50", 1250),
        ("1.234,56", 123456),
        ("€ 1.234,56", 123456),
        ("1234.56", 123456),
        ("€12", 1200),
        ("12.50", 1250),
        ("  12 ", 1200),
        ("-12,50", -1250),
        ("€ -12,50", -1250),
        ("- € 3", -300),
        ("1,234.56", 123456),
        ("1.234.567", 123456700),
        ("1.234.567,89", 123456789),
        ("12,-", 1200),
        ("EUR 5", 500),
        ("0,05", 5),
        ("0.125".replace("125", "12"), 12),
        ("12,5", 1250),
        ("1\u00a0234,56", 123456),
        ("1 234,56", 123456),
        ("1.000,-", 100000),
        ("1,000.-", 100000),
        ("12,50 €", 1250),
        ("12,50 euro", 1250),
        ("12 euro", 1200),
        ("+12", 1200),
        ("12.-", 1200),
        # Issue 9: a dot and exactly three digits are thousands, with or without the euro sign.
        ("€ 5.000", 500000),
        ("€ 1.250", 125000),
        ("5.000", 500000),
        ("1.250 euro", 125000),
        ("-€ 1.250", -125000),
    ],
)
def test_parse_accepts(text, cents):
    assert parse_cents(text) == cents


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("", "Vul een bedrag in"),
        ("   ", "Vul een bedrag in"),
        ("abc", "geen bedrag"),
        ("1,234", "dubbelzinnig"),
        ("1234,567", "1.234.567,00"),
        ("0.125", "twee cijfers"),
        ("1,2,3", "geen geldig"),
        ("12,50,00", "geen geldig"),
        ("1.23,45", "geen geldig"),
        ("€", "Vul een bedrag in"),
        ("12 dollar", "geen bedrag"),
        ("12 50", "spatie midden"),
        ("100 200", "spatie midden"),
        ("1 2,50", "spatie midden"),
        ("1.00,-", "geen geldig"),
        ("9" * 41, "te lang"),
        ("9" * 40, "te groot"),
        ("99.999.999.999,00", "te groot"),
    ],
)
def test_parse_refuses_with_dutch_message(text, fragment):
    with pytest.raises(MoneyError) as info:
        parse_cents(text)
    assert fragment in str(info.value)


def test_negative_can_be_refused():
    with pytest.raises(MoneyError, match="negatief"):
        parse_cents("-5", allow_negative=False)


def test_floats_and_infinity_are_refused_not_truncated():
    with pytest.raises(MoneyError):
        format_cents(99.9)
    with pytest.raises(MoneyError):
        cents_to_decimal(12.7)
    with pytest.raises(MoneyError):
        decimal_to_cents(Decimal("Infinity"))
    with pytest.raises(MoneyError):
        decimal_to_cents(Decimal("1e20"))


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["{}", "€ {}", "{} €", "EUR {}", "{} euro"]))
def test_accepted_value_is_the_meant_value(cents, template):
    """Whatever notation, the value read is the value written, never a different one."""
    dutch = template.format(format_cents(cents, symbol=False))
    assert parse_cents(dutch) == cents
    english = "{:,}.{:02d}".format(cents // 100, cents % 100)
    assert parse_cents(template.format(english)) == cents


def test_format_dutch():
    assert format_cents(123456) == "€ 1.234,56"
    assert format_cents(-1250) == "€ -12,50"
    assert format_cents(5, symbol=False) == "0,05"
    assert format_cents(100_000_000) == "€ 1.000.000,00"


def test_decimal_round_trip_is_exact():
    assert parse_money("0,10") + parse_money("0,20") == Decimal("0.30")
    assert decimal_to_cents(Decimal("1234.56")) == 123456
    assert cents_to_decimal(123456) == Decimal("1234.56")
    with pytest.raises(MoneyError):
        decimal_to_cents(Decimal("0.001"))
    with pytest.raises(MoneyError):
        decimal_to_cents(0.1)  # a float is refused, not rounded


@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_format_then_parse_gives_same_cents(cents):
    assert parse_cents(format_cents(cents)) == cents
    assert parse_cents(format_cents(cents, symbol=False)) == cents


@given(st.text(max_size=40))
def test_random_text_never_crashes(text):
    try:
        cents = parse_cents(text)
    except MoneyError as exc:
        assert str(exc)
    else:
        assert isinstance(cents, int) and abs(cents) <= MAX_CENTS


@given(st.text(alphabet="0123456789.,€ -", max_size=20))
def test_number_like_text_never_crashes(text):
    try:
        parse_cents(text)
    except MoneyError:
        pass
