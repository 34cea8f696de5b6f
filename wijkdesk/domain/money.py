"""Money: exact euro amounts as integer cents, parsed from and formatted in Dutch notation.

Cents (int) are what the database stores; `Decimal` is what Python code computes with; text is only
at the edges (fields, files). Never a float: 0.1 + 0.2 is not 0.3 in binary floating point.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")
# Ten billion euros: far above any wijk's budget, far below SQLite's 64-bit integer limit.
MAX_CENTS = 10**12


class MoneyError(ValueError):
    """Text that is not an amount; the message says in Dutch what is wrong and how to fix it."""


def cents_to_decimal(cents: int) -> Decimal:
    """Cents from the database as euros."""
    return (Decimal(int(cents)) * CENT).quantize(CENT)


def decimal_to_cents(amount: Decimal | int) -> int:
    """Euros as cents; refuses fractions of a cent rather than rounding them away silently."""
    if isinstance(amount, bool) or not isinstance(amount, (Decimal, int)):
        raise MoneyError(f"Bedrag moet een Decimal of geheel getal zijn, niet {type(amount).__name__}.")
    value = Decimal(amount) * 100
    if value != value.to_integral_value():
        raise MoneyError("Een bedrag heeft hoogstens twee cijfers achter de komma.")
    return int(value)


def format_cents(cents: int, symbol: bool = True) -> str:
    """Dutch notation: 123456 -> '€ 1.234,56'; -1250 -> '€ -12,50'."""
    cents = int(cents)
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = f"{sign}{grouped},{rest:02d}"
    return f"€ {text}" if symbol else text


def format_money(amount: Decimal) -> str:
    """A Decimal amount in Dutch notation."""
    return format_cents(decimal_to_cents(amount))


_CLEAN = re.compile(r"[\s\u00a0\u202f]+")
_DIGITS_ONLY = re.compile(r"^[0-9]+$")
# Thousands groups: 1 to 3 digits, then groups of exactly 3.
_GROUPED = {".": re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+$"), ",": re.compile(r"^[0-9]{1,3}(,[0-9]{3})+$")}


def parse_cents(text: str, *, allow_negative: bool = True) -> int:
    """Parse a typed amount to cents.

    Accepts `12,50`, `1.234,56`, `€ 1.234,56`, `1234.56`, `€12`, `1,234.56`, `-12,50`, `€ -12,50`,
    `12,-`. Refuses what is ambiguous: `1.234` could be 1234 (Dutch) or 1.234 (English), so a single
    separator followed by exactly three digits is refused with a request to write it unambiguously.
    """
    if not isinstance(text, str):
        raise MoneyError("Bedrag ontbreekt.")
    raw = _CLEAN.sub("", text)
    if not raw:
        raise MoneyError("Vul een bedrag in, bijvoorbeeld 12,50.")
    negative = False
    if raw.startswith(("-", "\u2212")):
        negative, raw = True, raw[1:]
    if raw.upper().startswith("EUR"):
        raw = raw[3:]
    elif raw.startswith("€"):
        raw = raw[1:]
    if raw.startswith(("-", "\u2212")) and not negative:
        negative, raw = True, raw[1:]
    if raw.endswith((",-", ".-")):
        raw = raw[:-2]
    if not raw:
        raise MoneyError("Vul een bedrag in, bijvoorbeeld 12,50.")
    if len(raw) > 24:
        raise MoneyError(f"'{text.strip()[:30]}' is te lang voor een bedrag.")
    if not re.fullmatch(r"[0-9.,]+", raw):
        raise MoneyError(f"'{text.strip()}' is geen bedrag: gebruik alleen cijfers, een komma en punten, bijvoorbeeld 1.234,56.")
    euros, fraction = _split(raw, text.strip())
    if len(fraction) > 2:
        raise MoneyError(f"'{text.strip()}' heeft meer dan twee cijfers achter de komma.")
    cents = int(euros or "0") * 100 + int((fraction + "00")[:2])
    if cents > MAX_CENTS:
        raise MoneyError(f"'{text.strip()}' is te groot voor een bedrag (hoogstens € 10 miljard).")
    if negative:
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
    if len(tail) == 3 and head and head != "0":
        raise MoneyError(
            f"'{shown}' is dubbelzinnig: bedoelt u {head}{tail} euro of {head},{tail}? "
            f"Schrijf {head}.{tail},00 of {head},{tail[:2]}."
        )
    if not _DIGITS_ONLY.match(head or "0") or not _DIGITS_ONLY.match(tail or "0"):
        raise MoneyError(f"'{shown}' is geen geldig bedrag.")
    return head, tail


def parse_money(text: str, *, allow_negative: bool = True) -> Decimal:
    """Parse a typed amount to a Decimal in euros."""
    return cents_to_decimal(parse_cents(text, allow_negative=allow_negative))
