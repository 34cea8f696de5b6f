"""Translated names for the values the database stores in Dutch (statuses, kinds, roles).

The database keeps the Dutch keys (`in onderzoek`, `werkgroep`); the window shows them through Qt's
translation system so that the English interface says 'under study' and 'working group'.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _status_labels() -> dict[str, dict[str, str]]:
    # Written out literally so that pyside6-lupdate finds every string.
    return {
        "idee": {
            "nieuw": _t("nieuw"),
            "in onderzoek": _t("in onderzoek"),
            "gekozen": _t("gekozen"),
            "afgewezen": _t("afgewezen"),
            "geparkeerd": _t("geparkeerd"),
            "uitgevoerd": _t("uitgevoerd"),
        },
        "doel": {
            "concept": _t("concept"),
            "lopend": _t("lopend"),
            "afgerond": _t("afgerond"),
            "gestopt": _t("gestopt"),
        },
        "toekenning": {
            "aangevraagd": _t("aangevraagd"),
            "toegekend": _t("toegekend"),
            "afgewezen": _t("afgewezen"),
            "ingetrokken": _t("ingetrokken"),
            "verantwoord": _t("verantwoord"),
        },
        "uitgave": {
            "open": _t("open"),
            "goedgekeurd": _t("goedgekeurd"),
            "betaald": _t("betaald"),
            "afgewezen": _t("afgewezen"),
        },
    }


_cache: dict[str, dict[str, str]] = {}


def clear_cache() -> None:
    """Forget the translated names (call after the language changed)."""
    _cache.clear()


def status_label(kind: str, status: str) -> str:
    """The shown name of a status of an idea, goal, grant or expense."""
    if not _cache:
        _cache.update(_status_labels())
    return _cache.get(kind, {}).get(status, status or "")


def status_choices(kind: str) -> list[tuple[str, str]]:
    """(key, shown name) of every status of a workflow, in workflow order."""
    from wijkdesk.domain import workflow

    return [(s, status_label(kind, s)) for s in workflow.WORKFLOWS[kind][0]]


def soort_label(soort: str) -> str:
    labels = {
        "bewonersgroep": _t("bewonersgroep"),
        "bewonersorganisatie": _t("bewonersorganisatie"),
        "werkgroep": _t("werkgroep"),
    }
    return labels.get(soort, soort or "")


def rol_label(rol: str) -> str:
    labels = {
        "contactpersoon": _t("contactpersoon"),
        "voorzitter": _t("voorzitter"),
        "secretaris": _t("secretaris"),
        "penningmeester": _t("penningmeester"),
        "lid": _t("lid"),
    }
    return labels.get(rol, rol or "")


def yes_no(value: bool) -> str:
    return _t("ja") if value else _t("nee")
