"""Bijeenkomsten (meetings such as a bewonersavond) and the besluiten taken there."""
from __future__ import annotations

import datetime as dt

from wijkdesk.services import common
from wijkdesk.store.models import Besluit, Bijeenkomst, Wijk


def _validate(values: dict, current: Bijeenkomst | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "wijk":
            out[name] = common.get(Wijk, value, "wijk")
        elif name == "datum":
            out[name] = common.date(name, value, label="Datum", required=True)
        elif name == "titel":
            out[name] = common.text(name, value, label="Titel", required=True, max_len=150)
        elif name == "plaats":
            out[name] = common.text(name, value, label="Plaats", max_len=150)
        elif name == "aantal_aanwezig":
            out[name] = common.integer(name, value, label="Aantal aanwezigen", minimum=0, maximum=100_000)
        else:  # notities
            out[name] = common.text(name, value, label="Notities", max_len=20_000)
    return out


def list_bijeenkomsten(wijk) -> list[Bijeenkomst]:
    return list(Bijeenkomst.select().where(Bijeenkomst.wijk == wijk).order_by(Bijeenkomst.datum.desc()))


def create_bijeenkomst(wijk, datum, titel: str = "Bewonersavond", **fields) -> Bijeenkomst:
    common.check_fields(Bijeenkomst, fields)
    return common.create_row(Bijeenkomst, _validate({"wijk": wijk, "datum": datum, "titel": titel, **fields}))


def update_bijeenkomst(bijeenkomst, **changes) -> Bijeenkomst:
    return common.update_row(Bijeenkomst, bijeenkomst, "bijeenkomst", changes, _validate)


def delete_bijeenkomst(bijeenkomst) -> common.Snapshot:
    row = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
    return common.delete_row(row, f"De bijeenkomst '{row.titel}'")


def record_besluit(wijk, tekst: str, onderwerp=None, bijeenkomst=None, datum: dt.date | None = None) -> Besluit:
    """Write down a decision, linked to what it decided (any row) and the meeting where it was taken."""
    values = {
        "wijk": common.get(Wijk, wijk, "wijk"),
        "tekst": common.text("tekst", tekst, label="Besluit", required=True, max_len=5_000),
        "datum": datum or dt.date.today(),
        "bijeenkomst": common.get(Bijeenkomst, bijeenkomst, "bijeenkomst") if bijeenkomst else None,
        "onderwerp_tabel": onderwerp._meta.table_name if onderwerp is not None else "",
        "onderwerp_uuid": onderwerp.uuid if onderwerp is not None else "",
    }
    return common.create_row(Besluit, values)


def besluiten_over(row) -> list[Besluit]:
    return list(Besluit.select().where(Besluit.onderwerp_uuid == row.uuid).order_by(Besluit.datum))
