"""Bewonersgroepen, the persons in them (personal data, AVG) and their memberships."""
from __future__ import annotations

import datetime as dt
import re

from wijkdesk.services import changes, common
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Bewonersgroep, Idee, Lidmaatschap, Persoon, Wijk

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")


# --- Groups ------------------------------------------------------------------------------------

SOORTEN = Bewonersgroep.SOORTEN
ROLLEN = Lidmaatschap.ROLLEN


def find_groep(groep_id) -> Bewonersgroep | None:
    """A group by id, or None when there is none (any more)."""
    return common.find(Bewonersgroep, groep_id)


def get_groep(groep) -> Bewonersgroep:
    return common.get(Bewonersgroep, groep, "groep")


def groep_namen(wijk_id) -> set[str]:
    """The names of the groups of a wijk (to suggest a free one)."""
    return {g.naam for g in Bewonersgroep.select(Bewonersgroep.naam).where(Bewonersgroep.wijk == wijk_id)}


def _validate_groep(values: dict, current: Bewonersgroep | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "wijk":
            out[name] = common.get(Wijk, value, "wijk")
        elif name == "naam":
            out[name] = common.text(name, value, label="Naam van de groep", required=True, max_len=150)
        elif name == "soort":
            out[name] = common.choice(name, value, Bewonersgroep.SOORTEN, label="Soort groep")
        elif name == "thema":
            out[name] = common.text(name, value, label="Thema", max_len=100)
        elif name == "notities":
            out[name] = common.text(name, value, label="Notities", max_len=10_000)
        else:  # actief, gearchiveerd
            out[name] = bool(value)
    common.refuse_wijk_move(out, current, "Deze groep")
    if "naam" in out or "wijk" in out:
        wijk_id = out["wijk"].id if "wijk" in out else current.wijk_id
        naam = out["naam"] if "naam" in out else current.naam
        clash = Bewonersgroep.select().where((Bewonersgroep.wijk == wijk_id) & (Bewonersgroep.naam == naam))
        if current is not None:
            clash = clash.where(Bewonersgroep.id != current.id)
        if clash.exists():
            raise ValidationError("naam", f"Deze wijk heeft al een groep '{naam}'. Kies een andere naam.")
    return out




def create_groep(wijk, naam: str, **fields) -> Bewonersgroep:
    common.check_fields(Bewonersgroep, fields)
    return common.create_row(Bewonersgroep, _validate_groep({"wijk": wijk, "naam": naam, **fields}))


def update_groep(groep, **fields) -> Bewonersgroep:
    return common.update_row(Bewonersgroep, groep, "groep", fields, _validate_groep)


def archive_groep(groep, archived: bool = True) -> Bewonersgroep:
    return common.update_row(Bewonersgroep, groep, "groep", {"gearchiveerd": archived}, _validate_groep,
                             actie="gearchiveerd" if archived else "teruggezet")


def delete_groep(groep, check_only: bool = False) -> common.Snapshot | None:
    """Delete a group without ideas, goals or money; its memberships go with it (and come back on undo)."""
    groep = common.get(Bewonersgroep, groep, "groep")
    return common.delete_row(groep, f"De groep '{groep.naam}'", owned=list(groep.leden),
                             hint="Archiveer de groep in plaats daarvan; dan blijft alles bewaard.", check_only=check_only)


# --- Persons (personal data: keep minimal) -------------------------------------------------------


def _validate_persoon(values: dict, current: Persoon | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "naam":
            out[name] = common.text(name, value, label="Naam", required=True, max_len=150)
        elif name == "email":
            email = common.text(name, value, label="E-mailadres", max_len=200)
            if email and not _EMAIL.match(email):
                raise ValidationError(name, f"'{email}' is geen e-mailadres; schrijf het als naam@voorbeeld.nl.")
            out[name] = email
        elif name == "telefoon":
            phone = common.text(name, value, label="Telefoonnummer", max_len=40)
            if phone and not _PHONE.match(phone):
                raise ValidationError(name, f"'{phone}' is geen telefoonnummer; gebruik cijfers, bijvoorbeeld 0570 123456.")
            out[name] = phone
        elif name == "toestemming_op":
            out[name] = common.date(name, value, label="Datum toestemming")
            if out[name] is not None and out[name] > dt.date.today():
                # Consent is given, then written down: a date ahead is a typing mistake (and would make
                # the retention period count from a day that has not come).
                raise ValidationError(name, f"De datum van toestemming ({out[name].strftime('%d-%m-%Y')}) ligt in de "
                                            "toekomst; vul de dag in waarop de persoon toestemming gaf.")
        else:  # notities
            out[name] = common.text(name, value, label="Notities", max_len=2_000)
    return out


def get_persoon(persoon) -> Persoon:
    """A person by id, fresh (their data is shown only where the user works with it)."""
    return common.get(Persoon, persoon, "persoon")


def create_persoon(naam: str, **fields) -> Persoon:
    common.check_fields(Persoon, fields)
    return common.create_row(Persoon, _validate_persoon({"naam": naam, **fields}))


def update_persoon(persoon, **fields) -> Persoon:
    return common.update_row(Persoon, persoon, "persoon", fields, _validate_persoon)


def remove_persoon(persoon) -> common.Snapshot:
    """Remove a person's rows (person, memberships, their name on ideas) as one undoable change.

    Not the AVG erase: that is `services.wissen.erase_person` (also free text, the change log, the
    log files, the file's free pages and WAL, every backup, and the erasure list), which the window's
    "Persoon wissen" and `wijkdesk erase-person` use.
    """
    persoon = common.get(Persoon, persoon, "persoon")
    ideas = list(Idee.select().where(Idee.ingediend_door_persoon == persoon))
    with changes.change():
        snap = common.snapshot_rows([persoon, *persoon.lidmaatschappen, *ideas])
        for row in (*ideas, *persoon.lidmaatschappen, persoon):
            changes.touch(row)
        Idee.update(ingediend_door_persoon=None).where(Idee.ingediend_door_persoon == persoon).execute()
        # The audit rows name no personal data: only the rows' UUIDs.
        for lid in persoon.lidmaatschappen:
            common.audit_record("verwijderd", lid, {}, "persoonsgegevens gewist (AVG)")
        common.audit_record("verwijderd", persoon, {}, "persoonsgegevens gewist (AVG)")
        Lidmaatschap.delete().where(Lidmaatschap.persoon == persoon).execute()
        persoon.delete_instance()
    return snap


def export_persoon(persoon) -> dict:
    """AVG: everything WijkDesk holds about one person, as plain data (for an inzageverzoek)."""
    persoon = common.get(Persoon, persoon, "persoon")
    return {
        "naam": persoon.naam,
        "email": persoon.email,
        "telefoon": persoon.telefoon,
        "toestemming_op": persoon.toestemming_op.isoformat() if persoon.toestemming_op else None,
        "notities": persoon.notities,
        "lidmaatschappen": [
            {"groep": m.groep.naam, "wijk": m.groep.wijk.naam, "rol": m.rol} for m in persoon.lidmaatschappen
        ],
        "ingediende_ideeen": [i.titel for i in Idee.select().where(Idee.ingediend_door_persoon == persoon)],
    }


# --- Memberships -------------------------------------------------------------------------------


def add_lid(groep, persoon, rol: str = "lid") -> Lidmaatschap:
    groep = common.get(Bewonersgroep, groep, "groep")
    persoon = common.get(Persoon, persoon, "persoon")
    rol = common.choice("rol", rol, Lidmaatschap.ROLLEN, label="Rol")
    if Lidmaatschap.select().where((Lidmaatschap.groep == groep) & (Lidmaatschap.persoon == persoon)).exists():
        raise ValidationError("persoon", f"{persoon.naam} is al lid van '{groep.naam}'.")
    return common.create_row(Lidmaatschap, {"groep": groep, "persoon": persoon, "rol": rol})


def add_new_lid(groep, rol: str = "lid", **persoon_fields) -> Lidmaatschap:
    """A new person and their membership in one transaction: a refused membership leaves no person behind."""
    with changes.change():
        persoon = create_persoon(**persoon_fields)
        return add_lid(groep, persoon, rol)


def get_lid(lidmaatschap) -> Lidmaatschap:
    """A membership by id, fresh (with its version); NotFoundError in Dutch when it is gone."""
    return common.get(Lidmaatschap, lidmaatschap, "lidmaatschap")


def change_rol(lidmaatschap, rol: str) -> Lidmaatschap:
    def validate(values, _current):
        return {"rol": common.choice("rol", values["rol"], Lidmaatschap.ROLLEN, label="Rol")}

    return common.update_row(Lidmaatschap, lidmaatschap, "lidmaatschap", {"rol": rol}, validate)


def remove_lid(lidmaatschap) -> common.Snapshot:
    lid = common.get(Lidmaatschap, lidmaatschap, "lidmaatschap")
    return common.delete_row(lid, "Dit lidmaatschap")


def leden(groep) -> list[Lidmaatschap]:
    """The members of a group with their persons, contact persons first."""
    order = {rol: i for i, rol in enumerate(Lidmaatschap.ROLLEN)}
    rows = list(Lidmaatschap.select(Lidmaatschap, Persoon).join(Persoon).where(Lidmaatschap.groep == groep))
    return sorted(rows, key=lambda m: (order.get(m.rol, 99), m.persoon.naam.lower()))
