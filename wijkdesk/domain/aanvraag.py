"""A request (aanvraag) for money from the Meedoenbudget: its budget lines checked against the wijk's rules,
and the day by which the municipality must decide.

Pure functions over plain values, so the service, the window, the PDF and the tests ask the same thing.
The rules are warnings for the wijkkoppel, not refusals (domain.budget_rules): a warning about one budget
line names the line by number and text, so the user can find it in a long begroting.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

from wijkdesk.domain.budget_rules import BudgetRules, forbidden_hits
from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.domain.working_days import Calendar, add_working_days, dutch_holidays, holidays_between


@dataclass(frozen=True)
class Regel:
    """One budget line as the rules see it: what, which kind, how much (cents)."""

    omschrijving: str
    soort: str
    bedrag_cents: int


@dataclass(frozen=True)
class Waarschuwing:
    """A broken rule; `regel` is the 1-based number of the budget line it is about, None for the request."""

    tekst: str
    regel: int | None = None


@dataclass(frozen=True)
class Aanvraag:
    """What the rules look at in a request."""

    regels: Sequence[Regel] = ()
    bedrag_cents: int = 0  # the amount asked/granted on the toekenning itself
    omschrijving: str = ""
    activiteit_soort: str = ""
    ontvangen_op: dt.date | None = None
    startdatum: dt.date | None = None
    einddatum: dt.date | None = None
    wijkteam_advies_op: dt.date | None = None


def regel_naam(nummer: int, regel: Regel) -> str:
    """'Regel 2 (Koffie en thee)': how a warning points at a line."""
    text = " ".join((regel.omschrijving or "").split())
    if len(text) > 60:
        text = text[:57] + "..."
    return f"Regel {nummer} ({text})" if text else f"Regel {nummer}"


def begroting_totaal(regels: Sequence[Regel]) -> int:
    return sum(r.bedrag_cents for r in regels)


def aangevraagd_cents(aanvraag: Aanvraag) -> int:
    """The amount the request is about: the begroting's total when it has lines, else the toekenning's amount."""
    return begroting_totaal(aanvraag.regels) if aanvraag.regels else aanvraag.bedrag_cents


def check_regels(rules: BudgetRules, regels: Sequence[Regel]) -> list[Waarschuwing]:
    """Warnings about single budget lines: forbidden costs and the caps per kind of activity.

    A cap holds for all lines of that kind together: three lines 'buurtfeest' of EUR 100 break a cap of
    EUR 250 at the third line, and the warning points at that one.
    """
    found = []
    per_soort: dict[str, int] = {}
    for nummer, regel in enumerate(regels, start=1):
        naam = regel_naam(nummer, regel)
        # The soort is read too: 'consumpties' typed as the kind of a line is the plainest case.
        for kind, hits in forbidden_hits(rules, f"{regel.omschrijving} {regel.soort or ''}").items():
            found.append(Waarschuwing(f"{naam}: het Meedoenbudget betaalt geen {kind} ({', '.join(hits)}).", nummer))
        soort = (regel.soort or "").strip().lower()
        cap = rules.plafonds_cents.get(soort)
        if cap is None:
            continue
        before = per_soort.get(soort, 0)
        per_soort[soort] = before + regel.bedrag_cents
        if before <= cap < per_soort[soort]:
            if before:
                tekst = (f"{naam}: samen met de regels hierboven is '{soort}' {format_cents(per_soort[soort])}; "
                         f"hoogstens {format_cents(cap)} is toegestaan.")
            else:
                tekst = (f"{naam}: voor '{soort}' is hoogstens {format_cents(cap)} toegestaan; "
                         f"deze regel is {format_cents(regel.bedrag_cents)}.")
            found.append(Waarschuwing(tekst, nummer))
    return found


def check_aanvraag(rules: BudgetRules, aanvraag: Aanvraag, vandaag: dt.date) -> list[Waarschuwing]:
    """Every warning for a request: its lines first (in line order), then the request as a whole.

    `vandaag` stands in for the day of receipt while that is not filled in (a request typed in now).
    """
    found = check_regels(rules, aanvraag.regels)
    for kind, hits in forbidden_hits(rules, aanvraag.omschrijving).items():
        found.append(Waarschuwing(f"Let op: het Meedoenbudget betaalt geen {kind} ({', '.join(hits)})."))
    totaal = aangevraagd_cents(aanvraag)
    soort = (aanvraag.activiteit_soort or "").strip().lower()
    cap = rules.plafonds_cents.get(soort)
    if cap is not None and totaal > cap and not any(
            (r.soort or "").strip().lower() == soort for r in aanvraag.regels):
        # Lines of that kind already got their own warning above; this is the request as a whole.
        found.append(Waarschuwing(f"Voor een {soort} is hoogstens {format_cents(cap)} toegestaan; "
                                  f"deze aanvraag is {format_cents(totaal)}."))
    if aanvraag.regels and aanvraag.bedrag_cents and totaal != aanvraag.bedrag_cents:
        found.append(Waarschuwing(f"De begroting telt op tot {format_cents(totaal)}, maar het bedrag van de "
                                  f"toekenning is {format_cents(aanvraag.bedrag_cents)}."))
    start = aanvraag.startdatum or aanvraag.einddatum
    ontvangen = aanvraag.ontvangen_op or vandaag
    if start is not None:
        days = (start - ontvangen).days
        if days < rules.min_dagen_vooraf:
            found.append(Waarschuwing(
                f"Een aanvraag hoort minstens {rules.min_dagen_vooraf} dagen voor de activiteit binnen te zijn; "
                f"ontvangen {format_date(ontvangen)}, activiteit vanaf {format_date(start)}: {days} dagen."))
    if aanvraag.startdatum and aanvraag.einddatum and aanvraag.einddatum < aanvraag.startdatum:
        found.append(Waarschuwing("De einddatum van de activiteit ligt voor de startdatum."))
    if totaal > rules.snelle_beslissing_tot_cents:
        if aanvraag.wijkteam_advies_op is None:
            found.append(Waarschuwing(
                f"Boven {format_cents(rules.snelle_beslissing_tot_cents)} beslist de gemeente pas na advies van het "
                "wijkteam: vul de datum van het advies in."))
        elif aanvraag.ontvangen_op and aanvraag.wijkteam_advies_op < aanvraag.ontvangen_op:
            found.append(Waarschuwing("Het advies van het wijkteam is gedateerd voor de ontvangst van de aanvraag."))
    return found


@dataclass(frozen=True)
class Beslistermijn:
    """The day by which the municipality decides: `werkdagen` working days after `vanaf`."""

    uiterlijk: dt.date
    vanaf: dt.date
    werkdagen: int
    na_advies: bool = False  # counted from the wijkteam's advice (a large request) instead of the receipt
    feestdagen: tuple[tuple[dt.date, str], ...] = field(default=())  # holidays on weekdays in the term

    def verstreken(self, vandaag: dt.date, besluitdatum: dt.date | None) -> bool:
        """Passed with no decision yet."""
        return besluitdatum is None and vandaag > self.uiterlijk

    def uitleg(self) -> str:
        """'10 werkdagen na ontvangst op 20-04-2026; niet meegeteld: Koningsdag 27-04-2026.'"""
        waarna = "na het advies van het wijkteam op" if self.na_advies else "na ontvangst op"
        text = f"{self.werkdagen} werkdagen {waarna} {format_date(self.vanaf)}"
        if self.feestdagen:
            names = ", ".join(f"{name} {format_date(day)}" for day, name in self.feestdagen)
            text += f"; niet meegeteld: {names}"
        return text + "."


def beslistermijn(rules: BudgetRules, aanvraag: Aanvraag, calendar: Calendar = dutch_holidays) -> Beslistermijn | None:
    """The decision deadline, or None while the day of receipt is not known.

    Up to the quick-decision amount (EUR 1,000 by default) the term runs from the receipt. A larger request
    is decided after the wijkteam's advice, so when that advice came later its day starts the term.
    """
    if aanvraag.ontvangen_op is None:
        return None
    vanaf = aanvraag.ontvangen_op
    na_advies = False
    advies = aanvraag.wijkteam_advies_op
    if aangevraagd_cents(aanvraag) > rules.snelle_beslissing_tot_cents and advies is not None and advies > vanaf:
        vanaf, na_advies = advies, True
    werkdagen = max(0, int(rules.beslistermijn_werkdagen))
    uiterlijk = add_working_days(vanaf, werkdagen, calendar)
    return Beslistermijn(uiterlijk, vanaf, werkdagen, na_advies, tuple(holidays_between(vanaf, uiterlijk, calendar)))
