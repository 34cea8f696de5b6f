"""The questions an import asks of the data, as plain service reads (no widgets, no workbook).

The Excel importer (exchange/excel_import.py) matches rows of a file to what WijkDesk holds: wijken,
groups and goals by name, grants of a budget, rows by their WijkDesk-ID, and rows that would be booked
twice. Those reads live here, so the exchange layer never queries the store itself.
"""
from __future__ import annotations

import datetime as dt

from wijkdesk.store.models import Bewonersgroep, Doel, Idee, Toekenning, Uitgave, Wijk

# The kinds of row an import can point at with a WijkDesk-ID.
KINDS = {"idee": Idee, "uitgave": Uitgave}


def wijken() -> list[Wijk]:
    """Every wijk, archived ones included (a file may name one)."""
    return list(Wijk.select())


def groepen_van(wijk_id: int) -> list[Bewonersgroep]:
    return list(Bewonersgroep.select().where(Bewonersgroep.wijk == wijk_id))


def doelen_van(wijk_id: int) -> list[Doel]:
    return list(Doel.select().where(Doel.wijk == wijk_id))


def toekenningen_van(budget_id: int) -> list[Toekenning]:
    return list(Toekenning.select().where(Toekenning.budget == budget_id))


def by_uuid(kind: str, uuid: str):
    """The idea or expense with this WijkDesk-ID, or None."""
    model = KINDS[kind]
    return model.get_or_none(model.uuid == uuid)


def idee_with_title(wijk_id: int, titel: str) -> Idee | None:
    """An idea of the wijk with exactly this title (a new row that would be a second copy)."""
    return Idee.select().where((Idee.wijk == wijk_id) & (Idee.titel == titel.strip())).first()


def uitgave_booked(budget_id: int, datum: dt.date, bedrag_cents: int, factuurnummer: str | None,
                   omschrijving: str | None) -> bool:
    """Is an expense with this date and amount, and the same invoice number (or description), booked?"""
    query = Uitgave.select().where((Uitgave.budget == budget_id) & (Uitgave.datum == datum)
                                   & (Uitgave.bedrag_cents == bedrag_cents))
    if factuurnummer:
        query = query.where(Uitgave.factuurnummer == factuurnummer)
    else:
        query = query.where(Uitgave.omschrijving == omschrijving)
    return query.exists()
