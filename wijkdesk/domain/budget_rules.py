"""Deventer's rules for spending the Meedoenbudget, as configurable warnings with sensible defaults.

Seen on Deventer's public pages: a request at least 14 days before the activity; no money for
consumpties (food, drink, sweets), attenties or cadeautjes; up to EUR 1,000 decided within 10 working
days, larger requests after advice of the wijkteam; caps per kind of activity differ per wijk.
These are warnings for the wijkkoppel, not hard refusals: the rules differ per wijk and per year.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from wijkdesk.domain.money import format_cents

DEFAULT_VERBODEN = {
    "consumpties": ["consumptie", "eten", "drinken", "drank", "snoep", "koffie", "thee", "taart", "lunch",
                    "diner", "hapjes", "frisdrank", "bier", "wijn", "patat", "pizza", "catering", "limonade",
                    "ranja", "chips", "snacks", "koek", "koekjes"],
    "attenties": ["attentie", "bloemen", "bos bloemen", "presentje"],
    "cadeautjes": ["cadeau", "cadeautje", "cadeaubon", "kado", "geschenk", "prijzen"],
}
DEFAULT_PLAFONDS = {"buurtfeest": 25_000, "straatfeest": 10_000}


@dataclass
class BudgetRules:
    """The rules in force; `to_dict`/`from_dict` let the settings keep them."""

    verboden: dict[str, list[str]] = field(default_factory=lambda: {k: list(v) for k, v in DEFAULT_VERBODEN.items()})
    plafonds_cents: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_PLAFONDS))
    min_dagen_vooraf: int = 14
    snelle_beslissing_tot_cents: int = 100_000
    verantwoording_weken: int = 13
    # "Binnen 10 werkdagen": the municipality decides a request this many working days after it came in.
    beslistermijn_werkdagen: int = 10

    def to_dict(self) -> dict:
        return {
            "verboden": self.verboden,
            "plafonds_cents": self.plafonds_cents,
            "min_dagen_vooraf": self.min_dagen_vooraf,
            "snelle_beslissing_tot_cents": self.snelle_beslissing_tot_cents,
            "verantwoording_weken": self.verantwoording_weken,
            "beslistermijn_werkdagen": self.beslistermijn_werkdagen,
        }

    @classmethod
    def from_dict(cls, data: dict | None) -> "BudgetRules":
        rules = cls()
        if not data:
            return rules
        if isinstance(data.get("verboden"), dict):
            rules.verboden = {str(k): [str(w).lower() for w in v] for k, v in data["verboden"].items()}
        if isinstance(data.get("plafonds_cents"), dict):
            rules.plafonds_cents = {str(k).lower(): int(v) for k, v in data["plafonds_cents"].items()}
        for name in ("min_dagen_vooraf", "snelle_beslissing_tot_cents", "verantwoording_weken",
                     "beslistermijn_werkdagen"):
            if isinstance(data.get(name), int) and not isinstance(data.get(name), bool):
                setattr(rules, name, data[name])
        return rules


def forbidden_hits(rules: BudgetRules, text: str) -> dict[str, list[str]]:
    """The forbidden words found in `text`, per kind ('consumpties': ['koffie', 'taart'])."""
    words = (text or "").lower()
    found = {}
    for kind, forbidden in rules.verboden.items():
        # Whole words only: 'thee' must not match 'theater'. The kind's own name counts too: a budget
        # line of soort 'consumpties' is exactly what the rule is about.
        hits = sorted({w for w in [*forbidden, kind.lower()] if w and re.search(rf"\b{re.escape(w)}\b", words)})
        if hits:
            found[kind] = hits
    return found


def check_request(rules: BudgetRules, omschrijving: str, bedrag_cents: int, activiteit_soort: str = "",
                  activiteit_datum: dt.date | None = None, aanvraag_datum: dt.date | None = None) -> list[str]:
    """Dutch warnings for a request (toekenning or uitgave) that breaks one of the rules."""
    warnings = []
    for kind, hits in forbidden_hits(rules, omschrijving).items():
        warnings.append(f"Let op: het Meedoenbudget betaalt geen {kind} ({', '.join(hits)}).")
    soort = (activiteit_soort or "").strip().lower()
    cap = rules.plafonds_cents.get(soort)
    if cap is not None and bedrag_cents > cap:
        warnings.append(f"Voor een {soort} is hoogstens {format_cents(cap)} toegestaan; "
                        f"dit is {format_cents(bedrag_cents)}.")
    if activiteit_datum and aanvraag_datum:
        days = (activiteit_datum - aanvraag_datum).days
        if days < rules.min_dagen_vooraf:
            warnings.append(f"Een aanvraag hoort minstens {rules.min_dagen_vooraf} dagen voor de activiteit "
                            f"binnen te zijn; nu is dat {days} dagen.")
    if bedrag_cents > rules.snelle_beslissing_tot_cents:
        warnings.append(f"Boven {format_cents(rules.snelle_beslissing_tot_cents)} beslist de gemeente pas na "
                        "advies van het wijkteam.")
    return warnings


# Verantwoording bands used by Dutch municipalities: up to EUR 5,000 little or no report, up to
# EUR 50,000 an activity report and a financial report, above that a full statement.
BAND_BEPERKT, BAND_VERSLAG, BAND_VOLLEDIG = "beperkt", "verslag", "volledig"
BAND_TEKST = {
    BAND_BEPERKT: "geen of beperkte verantwoording",
    BAND_VERSLAG: "activiteitenverslag en financieel verslag",
    BAND_VOLLEDIG: "volledige verantwoording met accountantsverklaring",
}
# The checklist of each band: (code, what to check). The codes are stored on the grant
# (Toekenning.verantwoording_afgevinkt), so they never change; the texts may.
_BONNEN = ("bonnen", "Bonnetjes of facturen van alle uitgaven")
_BESTEDING = ("besteding", "Geld besteed aan waarvoor het is toegekend")
_ACTIVITEITENVERSLAG = ("activiteitenverslag", "Activiteitenverslag: wat is er gedaan, wie deden mee")
_FINANCIEEL = ("financieel_verslag", "Financieel verslag: toegekend, uitgegeven en wat over is")
_RESULTATEN = ("resultaten", "Resultaten tegen het doel (indicator en streefwaarde)")
_ACCOUNTANT = ("accountantsverklaring", "Accountantsverklaring bijgevoegd")
CHECKLIST = {
    BAND_BEPERKT: (_BONNEN, _BESTEDING),
    BAND_VERSLAG: (_BONNEN, _BESTEDING, _ACTIVITEITENVERSLAG, _FINANCIEEL),
    BAND_VOLLEDIG: (_BONNEN, _BESTEDING, _ACTIVITEITENVERSLAG, _FINANCIEEL, _RESULTATEN, _ACCOUNTANT),
}
ALL_CHECKLIST_CODES = frozenset(code for items in CHECKLIST.values() for code, _text in items)


def verantwoording_band_code(bedrag_cents: int) -> str:
    """The band of a grant of this size: BAND_BEPERKT, BAND_VERSLAG or BAND_VOLLEDIG."""
    if bedrag_cents <= 500_000:
        return BAND_BEPERKT
    if bedrag_cents <= 5_000_000:
        return BAND_VERSLAG
    return BAND_VOLLEDIG


def verantwoording_band(bedrag_cents: int) -> str:
    """What accounting a grant of this size needs (bands used by Dutch municipalities)."""
    return BAND_TEKST[verantwoording_band_code(bedrag_cents)]


def verantwoording_checklist(bedrag_cents: int) -> tuple[tuple[str, str], ...]:
    """The (code, text) items to check before a grant of this size is verantwoord."""
    return CHECKLIST[verantwoording_band_code(bedrag_cents)]


def verantwoording_deadline(rules: BudgetRules, activiteit_einddatum: dt.date | None) -> dt.date | None:
    """The accounting is due a number of weeks (13 by default) after the activity ends."""
    if activiteit_einddatum is None:
        return None
    return activiteit_einddatum + dt.timedelta(weeks=rules.verantwoording_weken)
