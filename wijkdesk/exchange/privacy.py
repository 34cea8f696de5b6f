"""Keep residents' personal data out of free text that goes to finance.

The export never reads `Persoon`, but users type free text (a supplier "J. de Vries", a goal's
"verantwoordelijke", an expense "terugbetaling aan ...") that may hold a resident's name, e-mail
or phone number. The scrubber replaces any known name, e-mail or phone in such text.
"""
from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

REDACTED = "[persoonsgegevens weggelaten]"
_MIN_TERM = 3  # shorter "names" (initials) would blank out ordinary words


def _phone_pattern(phone: str) -> str | None:
    """A phone number matched with any spacing or dashes between its digits."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return None
    if phone.strip().startswith("+"):
        digits_part = r"[\s\-.()]*".join(digits)
        return r"\+?" + digits_part
    return r"[\s\-.()]*".join(digits)


class Scrubber:
    """Replaces known personal data in text; `count` says how many texts were changed."""

    def __init__(self, terms: list[str]):
        self.count = 0
        patterns = set()
        for term in terms:
            term = term.strip()
            if len(term) < _MIN_TERM:
                continue
            phone = _phone_pattern(term) if re.fullmatch(r"[\d\s\-+().]+", term) else None
            if phone:
                patterns.add(phone)
            else:
                # Whole words only: the name "Jan" must not blank out "januari".
                words = r"\s+".join(re.escape(w) for w in term.split())
                patterns.add(r"(?<!\w)" + words + r"(?!\w)")
        # Longest first, so "Jan de Vries" wins over "Jan".
        ordered = sorted(patterns, key=len, reverse=True)
        self._regex = re.compile("|".join(ordered), re.IGNORECASE) if ordered else None

    def __bool__(self) -> bool:
        return self._regex is not None

    def clean(self, text: str | None) -> str | None:
        """`text` with every known name, e-mail and phone replaced."""
        if not text or self._regex is None:
            return text
        cleaned, n = self._regex.subn(REDACTED, text)
        if n:
            self.count += 1
        return cleaned
