"""Bijeenkomsten (meetings such as a bewonersavond) and the besluiten taken there."""
from __future__ import annotations

import datetime as dt

from wijkdesk.services import common
from wijkdesk.services.errors import ValidationError
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
    common.refuse_wijk_move(out, current, "Deze bijeenkomst")
    return out




def create_bijeenkomst(wijk, datum, titel: str = "Bewonersavond", **fields) -> Bijeenkomst:
    common.check_fields(Bijeenkomst, fields)
    return common.create_row(Bijeenkomst, _validate({"wijk": wijk, "datum": datum, "titel": titel, **fields}))


def update_bijeenkomst(bijeenkomst, **changes) -> Bijeenkomst:
    return common.update_row(Bijeenkomst, bijeenkomst, "bijeenkomst", changes, _validate)


def delete_bijeenkomst(bijeenkomst) -> common.Snapshot:
    row = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
    return common.delete_row(row, f"De bijeenkomst '{row.titel}'")


def _validate_besluit(values: dict, current: Besluit | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "wijk":
            out[name] = common.get(Wijk, value, "wijk")
        elif name == "tekst":
            out[name] = common.text(name, value, label="Besluit", required=True, max_len=5_000)
        elif name == "datum":
            out[name] = common.date(name, value, label="Datum", required=True)
        elif name == "bijeenkomst":
            out[name] = common.get(Bijeenkomst, value, "bijeenkomst") if value else None
        else:
            raise ValidationError(name, "Van een besluit zijn alleen tekst, datum en bijeenkomst te wijzigen.")
    wijk_id = out["wijk"].id if "wijk" in out else current.wijk_id
    meeting = out["bijeenkomst"] if "bijeenkomst" in out else (current.bijeenkomst if current else None)
    if meeting is not None and meeting.wijk_id != wijk_id:
        raise ValidationError("bijeenkomst", "Deze bijeenkomst hoort bij een andere wijk dan het besluit.")
    return out


def record_besluit(wijk, tekst: str, onderwerp=None, bijeenkomst=None, datum=None) -> Besluit:
    """Write down a decision, linked to what it decided (any row of the same wijk) and the meeting."""
    values = _validate_besluit({"wijk": wijk, "tekst": tekst, "datum": datum or dt.date.today(),
                                "bijeenkomst": bijeenkomst})
    if onderwerp is not None:
        subject_wijk = getattr(onderwerp, "wijk_id", None)
        if subject_wijk is not None and subject_wijk != values["wijk"].id:
            raise ValidationError("onderwerp", "Een besluit gaat over iets in dezelfde wijk.")
    values["onderwerp_tabel"] = onderwerp._meta.table_name if onderwerp is not None else ""
    values["onderwerp_uuid"] = onderwerp.uuid if onderwerp is not None else ""
    return common.create_row(Besluit, values)


def update_besluit(besluit, **changes) -> Besluit:
    return common.update_row(Besluit, besluit, "besluit", changes, _validate_besluit)


def delete_besluit(besluit) -> common.Snapshot:
    row = common.get(Besluit, besluit, "besluit")
    return common.delete_row(row, "Dit besluit")

