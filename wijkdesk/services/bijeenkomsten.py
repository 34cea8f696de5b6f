"""Bijeenkomsten (bewonersavond, wijkcoalitie, werkgroep) and the besluiten taken there.

One meeting per wijk can be "nu bezig" (happening now): quick capture of ideas and a new stemronde
link to it by themselves. Decisions are the paper trail of the evening: the stemronde writes its own
(outcome fixed, manual changes with their reason); others are typed in with who decided and why. A
decision is never edited away: it is withdrawn or replaced by a new one, each with a reason.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from wijkdesk.services import changes, common
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Besluit, Bijeenkomst, Idee, Stemronde, Wijk

SOORT_LABELS = {"bewonersavond": "Bewonersavond", "wijkcoalitie": "Wijkcoalitie", "werkgroep": "Werkgroep"}
BESLUIT_STATUS_LABELS = {"geldig": "geldig", "ingetrokken": "ingetrokken", "vervangen": "vervangen"}
# Decisions the stemronde writes name the round or an idea on its ballot as their subject.
STEMRONDE_TABLES = ("stemronde", "ronde_idee")

_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.u]?(\d{2}))?\s*(?:uur)?\s*$")


def parse_tijd(field: str, value) -> str:
    """'19:30', '19.30', '1930', '19u30' or '19' -> '19:30' / '19:00'; empty stays empty."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour <= 23 and minute <= 59:
            return f"{hour:02d}:{minute:02d}"
    raise ValidationError(field, f"Tijd '{text}' klopt niet: typ uren en minuten, bijvoorbeeld 19:30.")


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
        elif name == "soort":
            out[name] = common.choice(name, value, Bijeenkomst.SOORTEN, label="Soort bijeenkomst")
        elif name == "tijd":
            out[name] = parse_tijd(name, value)
        elif name == "agenda":
            out[name] = common.text(name, value, label="Agenda", max_len=20_000)
        elif name == "nu_bezig":
            raise ValidationError(name, "Zet een bijeenkomst op 'nu bezig' met de knop daarvoor.")
        else:  # notities
            out[name] = common.text(name, value, label="Notities", max_len=20_000)
    common.refuse_wijk_move(out, current, "Deze bijeenkomst")
    return out


def create_bijeenkomst(wijk, datum, titel: str | None = None, **fields) -> Bijeenkomst:
    """A meeting; without a title it is named after its kind ('Bewonersavond')."""
    common.check_fields(Bijeenkomst, fields)
    if titel is None:
        titel = SOORT_LABELS.get(fields.get("soort", "bewonersavond"), "Bijeenkomst")
    return common.create_row(Bijeenkomst, _validate({"wijk": wijk, "datum": datum, "titel": titel, **fields}))


def update_bijeenkomst(bijeenkomst, **fields) -> Bijeenkomst:
    return common.update_row(Bijeenkomst, bijeenkomst, "bijeenkomst", fields, _validate)


def delete_bijeenkomst(bijeenkomst) -> common.Snapshot:
    row = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
    return common.delete_row(row, f"De bijeenkomst '{row.titel}'",
                             hint="Een bijeenkomst met ideeën, stemrondes of besluiten blijft bewaard als verslag.")


def find_bijeenkomst(row_id) -> Bijeenkomst | None:
    """The meeting with this id, or None (a window asking about a row that may be gone)."""
    return Bijeenkomst.get_or_none(Bijeenkomst.id == row_id) if row_id is not None else None


def find_besluit(row_id) -> Besluit | None:
    return Besluit.get_or_none(Besluit.id == row_id) if row_id is not None else None


def bijeenkomsten(wijk) -> list[Bijeenkomst]:
    """The meetings of a wijk, newest first."""
    return list(Bijeenkomst.select().where(Bijeenkomst.wijk == wijk)
                .order_by(Bijeenkomst.datum.desc(), Bijeenkomst.tijd.desc(), Bijeenkomst.id.desc()))


def nu_bezig(wijk) -> Bijeenkomst | None:
    """The meeting of this wijk that is happening now, if one is marked so."""
    if wijk is None:
        return None
    return Bijeenkomst.get_or_none((Bijeenkomst.wijk == wijk) & (Bijeenkomst.nu_bezig == True))  # noqa: E712


def set_nu_bezig(bijeenkomst, aan: bool = True) -> Bijeenkomst:
    """Mark a meeting as happening now (any other of its wijk stops being so), or unmark it."""
    with changes.change():
        row = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
        if aan:
            for other in Bijeenkomst.select().where((Bijeenkomst.wijk == row.wijk_id) & (Bijeenkomst.id != row.id)
                                                    & (Bijeenkomst.nu_bezig == True)):  # noqa: E712
                changes.touch(other)
                other.nu_bezig = False
                other.save()
                common.audit_record("gewijzigd", other, {"nu_bezig": (True, False)}, f"nu bezig: '{row.titel}'")
        if row.nu_bezig != bool(aan):
            changes.touch(row)
            row.nu_bezig = bool(aan)
            row.save()
            common.audit_record("gewijzigd", row, {"nu_bezig": (not aan, bool(aan))})
    return row


def meeting_for_new_work(wijk, fields: dict) -> dict:
    """`fields` with the running meeting filled in when the caller did not choose one itself."""
    if "bijeenkomst" in fields:
        return fields
    running = nu_bezig(wijk.id if hasattr(wijk, "id") else wijk)
    return {**fields, "bijeenkomst": running.id} if running is not None else fields


@dataclass
class Overzicht:
    """A meeting with what happened there: ideas captured, stemrondes, decisions in order."""

    bijeenkomst: Bijeenkomst
    ideeen: list[Idee]
    rondes: list[Stemronde]
    besluiten: list[Besluit]


def overzicht(bijeenkomst) -> Overzicht:
    row = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
    ideas = list(Idee.select().where(Idee.bijeenkomst == row).order_by(Idee.id))
    rounds = list(Stemronde.select().where(Stemronde.bijeenkomst == row).order_by(Stemronde.id))
    return Overzicht(row, ideas, rounds, besluiten(row))


def besluiten(bijeenkomst) -> list[Besluit]:
    """The decisions of a meeting in the order they were taken (withdrawn and replaced ones included)."""
    return list(Besluit.select().where(Besluit.bijeenkomst == bijeenkomst).order_by(Besluit.id))


def is_van_stemronde(besluit: Besluit) -> bool:
    return besluit.onderwerp_tabel in STEMRONDE_TABLES


# --- Besluiten -------------------------------------------------------------------------------------------


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
        elif name == "besloten_door":
            out[name] = common.text(name, value, label="Besloten door", max_len=150)
        elif name == "reden":
            out[name] = common.text(name, value, label="Reden", max_len=5_000)
        elif name == "bedrag_cents":
            out[name] = common.cents(name, value, label="Bedrag", required=False)
        else:
            raise ValidationError(name, "Van een besluit zijn alleen de datum en de bijeenkomst te verbeteren; "
                                        "trek het in of vervang het door een nieuw besluit.")
    wijk_id = out["wijk"].id if "wijk" in out else current.wijk_id
    meeting = out["bijeenkomst"] if "bijeenkomst" in out else (current.bijeenkomst if current else None)
    if meeting is not None and meeting.wijk_id != wijk_id:
        raise ValidationError("bijeenkomst", "Deze bijeenkomst hoort bij een andere wijk dan het besluit.")
    return out


def record_besluit(wijk, tekst: str, onderwerp=None, bijeenkomst=None, datum=None, *, besloten_door: str = "",
                   reden: str = "", bedrag_cents=None, vervangt: Besluit | None = None) -> Besluit:
    """Write down a decision, linked to what it decided (any row of the same wijk) and the meeting."""
    values = _validate_besluit({"wijk": wijk, "tekst": tekst, "datum": datum or dt.date.today(),
                                "bijeenkomst": bijeenkomst, "besloten_door": besloten_door, "reden": reden,
                                "bedrag_cents": bedrag_cents})
    if isinstance(onderwerp, tuple):  # (table, uuid) as another decision names it (replace_besluit)
        values["onderwerp_tabel"], values["onderwerp_uuid"] = onderwerp
    else:
        if onderwerp is not None:
            subject_wijk = getattr(onderwerp, "wijk_id", None)
            if subject_wijk is not None and subject_wijk != values["wijk"].id:
                raise ValidationError("onderwerp", "Een besluit gaat over iets in dezelfde wijk.")
        values["onderwerp_tabel"] = onderwerp._meta.table_name if onderwerp is not None else ""
        values["onderwerp_uuid"] = onderwerp.uuid if onderwerp is not None else ""
    if vervangt is not None:
        values["vervangt"] = vervangt
    return common.create_row(Besluit, values)


def add_besluit(bijeenkomst, tekst: str, besloten_door: str, reden: str = "", bedrag=None, datum=None) -> Besluit:
    """A decision typed in at a meeting: what, who decided (a body or role), why; on the meeting's date."""
    meeting = common.get(Bijeenkomst, bijeenkomst, "bijeenkomst")
    common.text("besloten_door", besloten_door, label="Besloten door", required=True, max_len=150)
    return record_besluit(meeting.wijk_id, tekst, bijeenkomst=meeting, datum=datum or meeting.datum,
                          besloten_door=besloten_door, reden=reden, bedrag_cents=bedrag)


def _require_geldig(row: Besluit) -> None:
    if row.status != "geldig":
        raise ValidationError("status", f"Dit besluit is al {row.status}; alleen een geldend besluit kan worden "
                                        "ingetrokken of vervangen.")


def withdraw_besluit(besluit, reden: str) -> Besluit:
    """The decision no longer holds; it stays on the list, marked 'ingetrokken' with the reason."""
    reden = common.text("status_reden", reden, label="Reden van intrekken", required=True, max_len=5_000)
    with changes.change():
        row = common.get(Besluit, besluit, "besluit")
        _require_geldig(row)
        changes.touch(row)
        diff = common.apply(row, {"status": "ingetrokken", "status_reden": reden})
        row.save()
        common.audit_record("ingetrokken", row, diff, reden)
    return row


def replace_besluit(besluit, tekst: str, besloten_door: str, reden: str, bedrag=None) -> Besluit:
    """A new decision in place of an old one (which gets 'vervangen'); the reason is required."""
    reden = common.text("status_reden", reden, label="Reden van vervangen", required=True, max_len=5_000)
    common.text("besloten_door", besloten_door, label="Besloten door", required=True, max_len=150)
    with changes.change():
        old = common.get(Besluit, besluit, "besluit")
        _require_geldig(old)
        new = record_besluit(old.wijk_id, tekst, onderwerp=(old.onderwerp_tabel, old.onderwerp_uuid),
                             bijeenkomst=old.bijeenkomst_id,
                             datum=old.bijeenkomst.datum if old.bijeenkomst_id else dt.date.today(),
                             besloten_door=besloten_door, reden=reden, bedrag_cents=bedrag, vervangt=old)
        changes.touch(old)
        diff = common.apply(old, {"status": "vervangen", "status_reden": reden})
        old.save()
        common.audit_record("vervangen", old, diff, reden)
    return new


def update_besluit(besluit, **fields) -> Besluit:
    """Correct the date or the meeting of a decision; its text is never edited (withdraw or replace it)."""
    if set(fields) - {"datum", "bijeenkomst"}:
        raise ValidationError(next(iter(set(fields) - {"datum", "bijeenkomst"})),
                              "Een besluit wordt niet bewerkt: trek het in of vervang het door een nieuw besluit, "
                              "met een reden.")
    return common.update_row(Besluit, besluit, "besluit", fields, _validate_besluit)


def delete_besluit(besluit) -> common.Snapshot:
    """Only to undo the typing of a decision just made (Ctrl+Z): one that was replaced, or replaces
    another, or that a stemronde wrote, stays."""
    row = common.get(Besluit, besluit, "besluit")
    if is_van_stemronde(row):
        raise ValidationError("besluit", "Een besluit van de stemronde blijft bewaard; trek het in met een reden.")
    if row.status != "geldig" or row.vervangt_id is not None:
        raise ValidationError("besluit", "Dit besluit is ingetrokken, vervangen of vervangt een ander: het blijft "
                                         "bewaard als verslag.")
    return common.delete_row(row, "Dit besluit", hint="Trek het in of vervang het, met een reden.")

