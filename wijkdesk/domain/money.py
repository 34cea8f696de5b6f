"""Money: exact euro amounts as integer cents, parsed from and formatted in Dutch notation.

Cents (int) are what the database stores; `Decimal` is what Python code computes with; text is only
at the edges (fields, files). Never a float: 0.1 + 0.2 is not 0.3 in binary floating point.
"""
from __future__ import annotations

import re
from decimal import Decimal

CENT = Decimal("0.01")
# Ten billion euros: far above any wijk's budget, far below SQLite's 64-bit integer limit.
MAX_CENTS = 10**12


class MoneyError(ValueError):
    """Text that is not an amount; the message says in Dutch what is wrong and how to fix it."""


def _require_cents(cents) -> int:
    """Cents are a whole number: a float (12.7) is refused rather than silently truncated."""
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise MoneyError(f"Bedrag in centen moet een geheel getal zijn, niet {type(cents).__name__}.")
    return cents


def cents_to_decimal(cents: int) -> Decimal:
    """Cents from the database as euros."""
    return (Decimal(_require_cents(cents)) * CENT).quantize(CENT)


def decimal_to_cents(amount: Decimal | int) -> int:
    """Euros as cents; refuses fractions of a cent rather than rounding them away silently."""
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
        raise MoneyError(f"Bedrag moet een Decimal of geheel getal zijn, niet {type(amount).__name__}.")
    value = Decimal(amount)
    if not value.is_finite():
        raise MoneyError("Een bedrag moet een eindig getal zijn.")
    value *= 100
    if value != value.to_integral_value():
        raise MoneyError("Een bedrag heeft hoogstens twee cijfers achter de komma.")
    if abs(value) > MAX_CENTS:
        raise MoneyError("Dit bedrag is te groot (hoogstens € 10 miljard).")
    return int(value)


def format_cents(cents: int, symbol: bool = True) -> str:
    """Dutch notation: 123456 -> '€ 1.234,56'; -1250 -> '€ -12,50'."""
    cents = _require_cents(cents)
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = f"{sign}{grouped},{rest:02d}"
    return f"€ {text}" if symbol else text




_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_DIGITS_ONLY = re.compile(r"^[0-9]+$")
# Thousands groups: 1 to 3 digits, then groups of exactly 3.
_GROUPED = {".": re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+$"), ",": re.compile(r"^[0-9]{1,3}(,[0-9]{3})+$")}
# Spaces inside a number are only allowed as thousands groups with cents: '1 234,56', never '12 50'
# or '100 200' (two amounts typed in one field look just like that).
_SPACE_GROUPED = re.compile(r"^[0-9]{1,3}( [0-9]{3})+[.,][0-9]{1,2}$")
_SIGN = re.compile(r"^([-+\u2212])\s*")
_CURRENCY_START = re.compile(r"^(€|euro\b|eur\b)\s*", re.IGNORECASE)
_CURRENCY_END = re.compile(r"\s*(€|euro|eur)$", re.IGNORECASE)


def parse_cents(text: str, *, allow_negative: bool = True) -> int:
    """Parse a typed amount to cents.

    Accepts `12,50`, `1.234,56`, `€ 1.234,56`, `1234.56`, `€12`, `1,234.56`, `-12,50`, `€ -12,50`,
    `12,-`, `1.000,-`, `12,50 €`, `12 euro`, `1 234,56`, and `5.000` or `€ 1.250` as thousands (a dot
    followed by exactly three digits is how Dutch people write them). Refuses what is ambiguous: `1,234`
    could be 1234 (English) or a mistyped 1,23 (Dutch), so a single comma followed by exactly three
    digits is refused with a request to write it unambiguously. Spaces inside digits are refused unless
    they group thousands, so `12 50` is never read as 1250.
    """
    if not isinstance(text, str):
        raise MoneyError("Bedrag ontbreekt.")
    shown = _SPACES.sub(" ", text).strip()
    rest = shown
    if len(rest) > 40:
        raise MoneyError(f"'{shown[:30]}…' is te lang voor een bedrag.")
    negative = False
    for _ in range(2):  # '-€ 12', '€ -12', '- 12 euro'
        sign = _SIGN.match(rest)
        if sign:
            negative = negative or sign.group(1) != "+"
            rest = rest[sign.end():]
        currency = _CURRENCY_START.match(rest)
        if currency:
            rest = rest[currency.end():]
    currency = _CURRENCY_END.search(rest)
    if currency:
        rest = rest[:currency.start()]
    whole_mark = ""
    if rest.endswith((",-", ".-")):  # '12,-' and '1.000,-': whole euros; the mark is the decimal one
        whole_mark, rest = rest[-2], rest[:-2].rstrip()
    if not rest:
        raise MoneyError("Vul een bedrag in, bijvoorbeeld 12,50.")
    if not re.fullmatch(r"[0-9., ]+", rest):
        raise MoneyError(f"'{shown}' is geen bedrag: gebruik alleen cijfers, een komma en punten, bijvoorbeeld 1.234,56.")
    if " " in rest:
        if not _SPACE_GROUPED.match(rest):
            raise MoneyError(f"'{shown}' heeft een spatie midden in het bedrag: bedoelt u één bedrag? "
                             "Schrijf het zonder spaties, bijvoorbeeld 1.250,00.")
        rest = rest.replace(" ", "")
    if whole_mark:
        group = "." if whole_mark == "," else ","
        if not (_DIGITS_ONLY.match(rest) or _GROUPED[group].match(rest)):
            raise MoneyError(f"'{shown}' is geen geldig bedrag: schrijf bijvoorbeeld 1.000,-.")
        euros, fraction = rest.replace(group, ""), ""
    else:
        euros, fraction = _split(rest, shown)
    if len(fraction) > 2:
        raise MoneyError(f"'{shown}' heeft meer dan twee cijfers achter de komma.")
    if len(euros) > 14:
        raise MoneyError(f"'{shown}' is te groot voor een bedrag (hoogstens € 10 miljard).")
    cents = int(euros or "0") * 100 + int((fraction + "00")[:2])
    if cents > MAX_CENTS:
        raise MoneyError(f"'{shown}' is te groot voor een bedrag (hoogstens € 10 miljard).")
    if negative and cents:
        if not allow_negative:
            raise MoneyError("Een negatief bedrag is hier niet toegestaan.")
        cents = -cents
    return cents


def _split(raw: str, shown: str) -> tuple[str, str]:
    """Split digits with separators into (euros, fraction), deciding which mark is the decimal one."""
    dots, commas = raw.count("."), raw.count(",")
    if dots == 0 and commas == 0:
        return raw, ""
    if dots and commas:
        # The last mark is the decimal separator; the other one groups thousands.
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        group_mark = "." if decimal_mark == "," else ","
        head, _, tail = raw.rpartition(decimal_mark)
        if raw.count(decimal_mark) > 1 or not _GROUPED[group_mark].match(head) or not _DIGITS_ONLY.match(tail or "0"):
            raise MoneyError(f"'{shown}' is geen geldig bedrag: schrijf bijvoorbeeld 1.234,56.")
        return head.replace(group_mark, ""), tail
    mark = "," if commas else "."
    count = commas or dots
    head, _, tail = raw.rpartition(mark)
    if count > 1:
        # Only thousands groups: 1.234.567 or 1,234,567.
        if _GROUPED[mark].match(raw):
            return raw.replace(mark, ""), ""
        raise MoneyError(f"'{shown}' is geen geldig bedrag: schrijf bijvoorbeeld 1.234,56.")
    if not head and not tail:
        raise MoneyError(f"'{shown}' is geen bedrag.")
    if len(tail) == 3 and head and head != "0" and mark == "." and _DIGITS_ONLY.match(head):
        # '5.000', '€ 1.250': a dot and exactly three digits is how Dutch people write thousands (an
        # amount in euros never has three decimals, so there is nothing else it could mean).
        return head + tail, ""
    if len(tail) == 3 and head and head != "0":
        thousands = format_cents(int(head + tail) * 100, symbol=False)
        small = format_cents(int(head) * 100 + int(tail[:2]), symbol=False)
        raise MoneyError(
            f"'{shown}' is dubbelzinnig: bedoelt u {thousands} of {head},{tail}? "
            f"Schrijf {thousands} of bijvoorbeeld {small}."
        )
    if not _DIGITS_ONLY.match(head or "0") or not _DIGITS_ONLY.match(tail or "0"):
        raise MoneyError(f"'{shown}' is geen geldig bedrag.")
    return head, tail


def parse_money(text: str, *, allow_negative: bool = True) -> Decimal:
    """Parse a typed amount to a Decimal in euros."""
    return cents_to_decimal(parse_cents(text, allow_negative=allow_negative))
