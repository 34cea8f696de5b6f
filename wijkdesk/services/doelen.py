"""Doelen: concrete goals made from ideas, with indicator, deadline and dated progress entries."""
from __future__ import annotations

import datetime as dt

from wijkdesk.domain import workflow
from wijkdesk.services import changes, common, ideeen
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Bewonersgroep, Doel, DoelIdee, Idee, Voortgang, Wijk

AFGESLOTEN = {"afgerond", "gestopt"}


def _validate(values: dict, current: Doel | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "wijk":
            out[name] = common.get(Wijk, value, "wijk")
        elif name == "titel":
            out[name] = common.text(name, value, label="Titel van het doel", required=True, max_len=200)
        elif name == "omschrijving":
            out[name] = common.text(name, value, label="Omschrijving", max_len=20_000)
        elif name == "indicator":
            out[name] = common.text(name, value, label="Indicator", max_len=200)
        elif name == "streefwaarde":
            out[name] = common.text(name, value, label="Streefwaarde", max_len=100)
        elif name == "bereikt_waarde":
            out[name] = common.text(name, value, label="Bereikt", max_len=100)
        elif name == "jaar":
            out[name] = common.integer(name, value, label="Jaar", minimum=2000, maximum=2100)
        elif name == "verantwoordelijke":
            out[name] = common.text(name, value, label="Verantwoordelijke", max_len=150)
        elif name == "deadline":
            out[name] = common.date(name, value, label="Deadline")
        elif name == "eigenaar_groep":
            out[name] = common.get(Bewonersgroep, value, "groep") if value else None
        elif name == "begroot_cents":
            out[name] = common.cents(name, value, label="Begroting", required=False)
        elif name in ("status", "voortgang"):
            raise ValidationError(name, "Status en voortgang wijzigen via 'status wijzigen' en 'voortgang melden'.")
    common.refuse_wijk_move(out, current, "Dit doel")
    wijk_id = out["wijk"].id if "wijk" in out else (current.wijk_id if current else None)
    groep = out["eigenaar_groep"] if "eigenaar_groep" in out else (current.eigenaar_groep if current else None)
    if groep is not None and groep.wijk_id != wijk_id:
        raise ValidationError("eigenaar_groep", f"De groep '{groep.naam}' hoort bij een andere wijk.")
    return out


def find_doel(doel_id) -> Doel | None:
    """A goal by id, or None when there is none (any more)."""
    return common.find(Doel, doel_id)


def get_doel(doel) -> Doel:
    return common.get(Doel, doel, "doel")


def create_doel(wijk, titel: str, ideeen_ids=(), **fields) -> Doel:
    """A new goal, linked to the ideas it is made from (same wijk)."""
    common.check_fields(Doel, fields)
    values = _validate({"wijk": wijk, "titel": titel, **fields})
    with changes.change():
        doel = common.create_row(Doel, values)
        for idee in ideeen_ids:
            link_idee(doel, idee)
    return doel


def update_doel(doel, **fields) -> Doel:
    return common.update_row(Doel, doel, "doel", fields, _validate)


def change_status(doel, status: str, reden: str = "") -> Doel:
    def validate(values, current):
        problem = workflow.check_transition("doel", current.status, values["status"], reden)
        if problem:
            raise ValidationError("status", problem)
        return {"status": values["status"]}

    return common.update_row(Doel, doel, "doel", {"status": status}, validate, reden=reden, actie="status")


def delete_doel(doel, check_only: bool = False) -> common.Snapshot | None:
    """Delete a goal with its idea links and progress entries; refused while money refers to it."""
    doel = common.get(Doel, doel, "doel")
    owned = list(doel.idee_links) + list(doel.voortgang_items)
    return common.delete_row(doel, f"Het doel '{doel.titel}'", owned=owned,
                             hint="Zet het doel op 'gestopt' als het niet doorgaat.", check_only=check_only)


# --- Ideas linked to a goal --------------------------------------------------------------------


def link_idee(doel, idee) -> DoelIdee:
    doel = common.get(Doel, doel, "doel")
    idee = common.get(Idee, idee, "idee")
    if idee.wijk_id != doel.wijk_id:
        raise ValidationError("idee", f"Het idee '{idee.titel}' hoort bij een andere wijk dan dit doel.")
    existing = DoelIdee.get_or_none((DoelIdee.doel == doel) & (DoelIdee.idee == idee))
    if existing:
        return existing
    return common.create_row(DoelIdee, {"doel": doel, "idee": idee})


def unlink_idee(doel, idee) -> common.Snapshot:
    link = DoelIdee.get_or_none((DoelIdee.doel == doel) & (DoelIdee.idee == idee))
    if link is None:
        return []
    return common.delete_row(link, "Deze koppeling")


def doel_from_idee(idee, **fields) -> Doel:
    """'Maak doel van dit idee': a goal with the idea's title and description, and the idea chosen."""
    idee = common.get(Idee, idee, "idee")
    values = {"titel": idee.titel, "omschrijving": idee.omschrijving, **fields}
    if idee.geschatte_kosten_cents is not None:
        values.setdefault("begroot_cents", idee.geschatte_kosten_cents)
    if idee.ingediend_door_groep_id:
        values.setdefault("eigenaar_groep", idee.ingediend_door_groep_id)
    if idee.jaar is not None:  # an idea rolled over to a year: its goal belongs to that year too
        values.setdefault("jaar", idee.jaar)
    with changes.change():
        doel = create_doel(idee.wijk_id, ideeen_ids=[idee], **values)
        if idee.status in ("nieuw", "in onderzoek", "geparkeerd"):
            ideeen.change_status(idee, "gekozen")
    return doel


def ideeen_van(doel) -> list[Idee]:
    return list(Idee.select().join(DoelIdee).where(DoelIdee.doel == doel).order_by(Idee.titel))


# --- Progress ----------------------------------------------------------------------------------


def _sync_voortgang(doel: Doel) -> None:
    """The goal's percentage is that of its latest progress entry (0 without entries)."""
    latest = (Voortgang.select().where(Voortgang.doel == doel)
              .order_by(Voortgang.datum.desc(), Voortgang.id.desc()).first())
    value = latest.percentage if latest else 0
    if doel.voortgang != value:
        changes.touch(doel)
        Doel.update(voortgang=value).where(Doel.id == doel.id).execute()


def add_voortgang(doel, percentage, toelichting: str = "", datum=None) -> Voortgang:
    """A dated progress entry (0-100 %); the goal shows the latest one."""
    doel = common.get(Doel, doel, "doel")
    values = {
        "doel": doel,
        "percentage": common.integer("percentage", percentage, label="Voortgang", minimum=0, maximum=100,
                                     required=True),
        "toelichting": common.text("toelichting", toelichting, label="Toelichting", max_len=5_000),
        "datum": common.date("datum", datum, label="Datum") or dt.date.today(),
    }
    with changes.change():
        entry = common.create_row(Voortgang, values)
        _sync_voortgang(doel)
    return entry


def update_voortgang(entry, **fields) -> Voortgang:
    """Correct a progress entry (date, percentage, explanation); the goal follows its latest entry."""
    def validate(values, _current):
        out = {}
        for name, value in values.items():
            if name == "percentage":
                out[name] = common.integer(name, value, label="Voortgang", minimum=0, maximum=100, required=True)
            elif name == "datum":
                out[name] = common.date(name, value, label="Datum", required=True)
            elif name == "toelichting":
                out[name] = common.text(name, value, label="Toelichting", max_len=5_000)
            else:
                raise ValidationError(name, "Alleen datum, percentage en toelichting zijn te wijzigen.")
        return out

    with changes.change():
        entry = common.update_row(Voortgang, entry, "voortgangsmelding", fields, validate)
        _sync_voortgang(entry.doel)
    return entry


def delete_voortgang(entry) -> common.Snapshot:
    entry = common.get(Voortgang, entry, "voortgangsmelding")
    doel = entry.doel
    with changes.change():
        snap = common.delete_row(entry, "Deze voortgangsmelding")
        _sync_voortgang(doel)
    return snap


def te_laat(deadline: dt.date | str | None, status: str, today: dt.date | None = None) -> bool:
    """The one rule for a goal that is te laat: its deadline has passed and it is not finished or stopped
    (the Doelen tab, its list model and the exports all ask this function)."""
    if deadline is None or status in AFGESLOTEN:
        return False
    if isinstance(deadline, str):
        deadline = dt.date.fromisoformat(deadline)
    return deadline < (today or dt.date.today())
