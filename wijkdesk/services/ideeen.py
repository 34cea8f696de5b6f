"""Ideeën: ideas from residents, captured quickly and moved along the workflow."""
from __future__ import annotations

import datetime as dt

from wijkdesk.domain import workflow
from wijkdesk.services import bijeenkomsten, common, jaren
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Bewonersgroep, Bijeenkomst, DoelIdee, Idee, Persoon, Wijk


def _validate(values: dict, current: Idee | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "wijk":
            out[name] = common.get(Wijk, value, "wijk")
        elif name == "titel":
            out[name] = common.text(name, value, label="Titel van het idee", required=True, max_len=200)
        elif name == "omschrijving":
            out[name] = common.text(name, value, label="Omschrijving", max_len=20_000)
        elif name == "thema":
            out[name] = common.text(name, value, label="Thema", max_len=100)
        elif name == "geschatte_kosten_cents":
            out[name] = common.cents(name, value, label="Geschatte kosten", required=False)
        elif name == "ingediend_door_groep":
            out[name] = common.get(Bewonersgroep, value, "groep") if value else None
        elif name == "ingediend_door_persoon":
            out[name] = common.get(Persoon, value, "persoon") if value else None
        elif name == "bijeenkomst":
            out[name] = common.get(Bijeenkomst, value, "bijeenkomst") if value else None
        elif name == "jaar":
            out[name] = common.integer(name, value, label="Jaar", minimum=2000, maximum=2100)
        elif name in ("status", "status_reden"):
            raise ValidationError(name, "Wijzig de status met 'status wijzigen', dan wordt de reden vastgelegd.")
    common.refuse_wijk_move(out, current, "Dit idee")
    # Check the row as it will be: the changed values merged with the current ones.
    wijk_id = out["wijk"].id if "wijk" in out else (current.wijk_id if current else None)
    groep = out["ingediend_door_groep"] if "ingediend_door_groep" in out else (
        current.ingediend_door_groep if current else None)
    if groep is not None and groep.wijk_id != wijk_id:
        raise ValidationError("ingediend_door_groep", f"De groep '{groep.naam}' hoort bij een andere wijk.")
    meeting = out["bijeenkomst"] if "bijeenkomst" in out else (current.bijeenkomst if current else None)
    if meeting is not None and meeting.wijk_id != wijk_id:
        raise ValidationError("bijeenkomst", "Deze bijeenkomst hoort bij een andere wijk.")
    return out


def find_idee(idee_id) -> Idee | None:
    """An idea by id, or None when there is none (any more)."""
    return common.find(Idee, idee_id)


def get_idee(idee) -> Idee:
    return common.get(Idee, idee, "idee")


def ideeen_van_wijk(wijk_id, exclude=(), statuses_out=()) -> list[Idee]:
    """The ideas of a wijk, newest first, without the ids in `exclude` or the statuses in `statuses_out`."""
    query = Idee.select().where(Idee.wijk == wijk_id).order_by(Idee.id.desc())
    if statuses_out:
        query = query.where(Idee.status.not_in(list(statuses_out)))
    excluded = set(exclude)
    return [i for i in query if i.id not in excluded]


def create_idee(wijk, titel: str, **fields) -> Idee:
    """Quick capture needs only a wijk and a title; the rest can follow."""
    common.check_fields(Idee, fields)
    return common.create_row(Idee, _validate({"wijk": wijk, "titel": titel, **fields}))


def capture_idee(wijk, titel: str, jaar: int | None = None) -> Idee:
    """Quick capture at an evening: the idea is linked to the wijk's meeting that is 'nu bezig'.

    `jaar` is the year the window shows: given when the idea would otherwise fall in another year
    (services.jaren), so that it stays in the list it was typed into.
    """
    fields = bijeenkomsten.meeting_for_new_work(wijk, {})
    if jaar is not None:
        meeting = common.find(Bijeenkomst, fields.get("bijeenkomst"))
        if jaren.idee_jaar(None, meeting.datum if meeting else None, dt.datetime.now()) != int(jaar):
            fields["jaar"] = jaar
    return create_idee(wijk, titel, **fields)


def update_idee(idee, **changes) -> Idee:
    return common.update_row(Idee, idee, "idee", changes, _validate)


def change_status(idee, status: str, reden: str = "") -> Idee:
    """Move an idea along the workflow; afgewezen and geparkeerd need a reason, which is kept."""
    def validate(values, current):
        problem = workflow.check_transition("idee", current.status, values["status"], reden)
        if problem:
            raise ValidationError("status", problem)
        return {"status": values["status"], "status_reden": (reden or "").strip()}

    idee = common.get(Idee, idee, "idee")
    if idee.status == status:
        return idee
    return common.update_row(Idee, idee, "idee", {"status": status}, validate, reden=reden, actie="status")




def delete_idee(idee, check_only: bool = False) -> common.Snapshot | None:
    idee = common.get(Idee, idee, "idee")
    return common.delete_row(idee, f"Het idee '{idee.titel}'",
                             hint="Zet het idee op 'afgewezen' of 'geparkeerd' als het niet doorgaat.", check_only=check_only)




def linked_doelen(idee) -> list:
    return [link.doel for link in DoelIdee.select().where(DoelIdee.idee == idee)]
