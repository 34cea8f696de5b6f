"""Wijken: the neighbourhoods and their wijkkoppel."""
from __future__ import annotations

from wijkdesk.services import common
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Wijk

_TEXT = {
    "naam": ("Naam van de wijk", 100),
    "wijkmanager": ("Wijkmanager", 100),
    "wijkopbouwwerker": ("Wijkopbouwwerker", 100),
    "welzijnsorganisatie": ("Welzijnsorganisatie", 100),
    "wijkwethouder": ("Wijkwethouder", 100),
    "kostenplaats": ("Kostenplaats", 40),
}


def _validate(values: dict, current: Wijk | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name in _TEXT:
            label, max_len = _TEXT[name]
            out[name] = common.text(name, value, label=label, required=name == "naam", max_len=max_len)
        else:
            out[name] = bool(value)  # gearchiveerd
    if "naam" in out:
        clash = Wijk.select().where(Wijk.naam == out["naam"])
        if current is not None:
            clash = clash.where(Wijk.id != current.id)
        if clash.exists():
            raise ValidationError("naam", f"Er is al een wijk met de naam '{out['naam']}'. Kies een andere naam.")
    return out


def list_wijken(include_archived: bool = False) -> list[Wijk]:
    query = Wijk.select().order_by(Wijk.naam)
    if not include_archived:
        query = query.where(Wijk.gearchiveerd == False)  # noqa: E712 (peewee expression)
    return list(query)




def find_wijk(wijk_id) -> Wijk | None:
    """A wijk by id, or None when there is none (any more)."""
    return common.find(Wijk, wijk_id)


def get_wijk(wijk) -> Wijk:
    return common.get(Wijk, wijk, "wijk")


def create_wijk(naam: str, **fields) -> Wijk:
    common.check_fields(Wijk, fields)
    return common.create_row(Wijk, _validate({"naam": naam, **fields}))


def update_wijk(wijk, **changes) -> Wijk:
    return common.update_row(Wijk, wijk, "wijk", changes, _validate)


def archive_wijk(wijk, archived: bool = True) -> Wijk:
    return common.update_row(Wijk, wijk, "wijk", {"gearchiveerd": archived}, _validate,
                             actie="gearchiveerd" if archived else "teruggezet")


def delete_wijk(wijk) -> common.Snapshot:
    """Delete an empty wijk; a wijk with groups, ideas or budgets is refused (archive it instead)."""
    wijk = common.get(Wijk, wijk, "wijk")
    return common.delete_row(wijk, f"De wijk '{wijk.naam}'",
                             hint="Archiveer de wijk in plaats daarvan; dan blijft alles bewaard.")
