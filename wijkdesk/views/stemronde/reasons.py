"""Why an idea was (not) chosen and what still fits, in the user's language.

The service gives each reason as a code with its figures (`IdeeUitslag.reden_code`); the Dutch sentence
it also keeps is what is stored when the outcome is fixed. Written out literally so pyside6-lupdate
finds every text.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wijkdesk.domain.money import format_cents


def _money(cents) -> str:
    return format_cents(int(cents)) if cents is not None else "?"


def _euros(cents) -> str:
    """Whole euros, rounded down (the beamer: large type, one line)."""
    return format_cents(int(cents) // 100 * 100)[:-3] if cents is not None else "?"


def reason_text(idea, short: bool = False) -> str:
    """The 'Waarom' of one idea of the outcome (an `IdeeUitslag`), translated; '' when chosen by the rule.

    `short`: as the beamer shows it, in whole euros and without the cost (it has its own column)."""
    t = QCoreApplication
    code, figures = getattr(idea, "reden_code", ""), getattr(idea, "reden_cijfers", {}) or {}
    cost, left = _money(figures.get("kosten_cents")), _money(figures.get("over_cents"))
    note = figures.get("notitie", "")
    if short and code in ("te_duur", "past_niet", "te_weinig_steun"):
        left, support = _euros(figures.get("over_cents")), _euros(figures.get("voorstanders_cents"))
        if code == "te_duur":
            return t.translate("stemronde", "te duur: het hele budget is {0}").format(left)
        if code == "past_niet":
            return t.translate("stemronde", "past niet meer: nog {0} over").format(left)
        if figures.get("voorstanders") == 1:
            return t.translate("stemronde", "te weinig steun: 1 voorstander heeft nog {0}").format(support)
        return t.translate("stemronde", "te weinig steun: {0} voorstanders hebben samen nog {1}").format(
            figures.get("voorstanders"), support)
    if code == "geen_stemmen":
        return t.translate("stemronde", "geen stemmen")
    if code == "te_duur":
        return t.translate("stemronde", "te duur: kost {0}, het hele budget is {1}").format(cost, left)
    if code == "past_niet":
        return t.translate("stemronde", "past niet meer: nog {0} over, kost {1}").format(left, cost)
    if code == "te_weinig_steun":
        money = _money(figures.get("voorstanders_cents"))
        if figures.get("voorstanders") == 1:
            return t.translate("stemronde", "te weinig steun: de enige voorstander heeft nog {0} over van het eigen "
                               "deel, kost {1}").format(
                money, cost)
        return t.translate("stemronde", "te weinig steun: de {0} voorstanders hebben samen nog {1} over van hun "
                           "deel, kost {2}").format(
            figures.get("voorstanders"), money, cost)
    if code == "handmatig_niet":
        return t.translate("stemronde", "handmatig niet gekozen: {0}").format(note)
    if code == "handmatig_gekozen":
        return t.translate("stemronde", "handmatig gekozen: {0}").format(note)
    if code == "aanvulling":
        return t.translate("stemronde", "gekozen bij het aanvullen met meeste stemmen")
    if code == "niet_gekozen":
        return t.translate("stemronde", "niet gekozen")
    return getattr(idea, "reden", "")


def wat_als_text(result, titles: dict[int, str]) -> str:
    """The what-if line: money left (or too much) and the ideas that still fit, by number and title."""
    t = QCoreApplication
    if result.te_veel:
        money = t.translate("stemronde", "{0} te veel: de aangekruiste ideeën kosten samen {1}.").format(
            format_cents(result.totaal_cents - result.budget_cents), format_cents(result.totaal_cents))
    else:
        money = t.translate("stemronde", "Nog {0} over van {1}.").format(
            format_cents(result.over_cents), format_cents(result.budget_cents))
    fits = "; ".join(f"{n} {titles.get(n, '')}".strip() for n in result.past_nog) or t.translate("stemronde", "geen")
    return t.translate("stemronde", "Wat als (vink ideeën aan of uit): {0} Past nog: {1}.").format(money, fits)
