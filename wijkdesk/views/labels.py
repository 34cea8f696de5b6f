"""Translated names for the values the database stores in Dutch (statuses, kinds, roles).

The database keeps the Dutch keys (`in onderzoek`, `werkgroep`); the window shows them through Qt's
translation system so that the English interface says 'under study' and 'working group'.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication




def _status_labels() -> dict[str, dict[str, str]]:
    # Written out literally so that pyside6-lupdate finds every string.
    return {
        "idee": {
            "nieuw": QCoreApplication.translate("labels", "nieuw"),
            "in onderzoek": QCoreApplication.translate("labels", "in onderzoek"),
            "gekozen": QCoreApplication.translate("labels", "gekozen"),
            "afgewezen": QCoreApplication.translate("labels", "afgewezen"),
            "geparkeerd": QCoreApplication.translate("labels", "geparkeerd"),
            "uitgevoerd": QCoreApplication.translate("labels", "uitgevoerd"),
        },
        "doel": {
            "concept": QCoreApplication.translate("labels", "concept"),
            "lopend": QCoreApplication.translate("labels", "lopend"),
            "afgerond": QCoreApplication.translate("labels", "afgerond"),
            "gestopt": QCoreApplication.translate("labels", "gestopt"),
        },
        "toekenning": {
            "aangevraagd": QCoreApplication.translate("labels", "aangevraagd"),
            "toegekend": QCoreApplication.translate("labels", "toegekend"),
            "afgewezen": QCoreApplication.translate("labels", "afgewezen"),
            "ingetrokken": QCoreApplication.translate("labels", "ingetrokken"),
            "verantwoord": QCoreApplication.translate("labels", "verantwoord"),
        },
        "uitgave": {
            "open": QCoreApplication.translate("labels", "open"),
            "goedgekeurd": QCoreApplication.translate("labels", "goedgekeurd"),
            "betaald": QCoreApplication.translate("labels", "betaald"),
            "afgewezen": QCoreApplication.translate("labels", "afgewezen"),
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
        "bewonersgroep": QCoreApplication.translate("labels", "bewonersgroep"),
        "bewonersorganisatie": QCoreApplication.translate("labels", "bewonersorganisatie"),
        "werkgroep": QCoreApplication.translate("labels", "werkgroep"),
    }
    return labels.get(soort, soort or "")


def rol_label(rol: str) -> str:
    labels = {
        "contactpersoon": QCoreApplication.translate("labels", "contactpersoon"),
        "voorzitter": QCoreApplication.translate("labels", "voorzitter"),
        "secretaris": QCoreApplication.translate("labels", "secretaris"),
        "penningmeester": QCoreApplication.translate("labels", "penningmeester"),
        "lid": QCoreApplication.translate("labels", "lid"),
    }
    return labels.get(rol, rol or "")


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("labels", "ja") if value else QCoreApplication.translate("labels", "nee")


def bijeenkomst_soort_label(soort: str) -> str:
    labels = {
        "bewonersavond": QCoreApplication.translate("labels", "bewonersavond"),
        "wijkcoalitie": QCoreApplication.translate("labels", "wijkcoalitie"),
        "werkgroep": QCoreApplication.translate("labels", "werkgroep"),
    }
    return labels.get(soort, soort or "")


def bijeenkomst_soort_choices() -> list[tuple[str, str]]:
    from wijkdesk.services.bijeenkomsten import SOORT_LABELS

    return [(s, bijeenkomst_soort_label(s)) for s in SOORT_LABELS]


def besluit_status_label(status: str) -> str:
    labels = {
        "geldig": QCoreApplication.translate("labels", "geldig"),
        "ingetrokken": QCoreApplication.translate("labels", "ingetrokken"),
        "vervangen": QCoreApplication.translate("labels", "vervangen"),
    }
    return labels.get(status, status or "")
