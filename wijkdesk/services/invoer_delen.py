"""Two laptops at one evening: the entries of a round typed on one laptop, added to the same round on
the other.

Both laptops hold the same round (the database was copied before the evening), so the round and every
entry keep their UUID. Merging goes by that id: an entry already here is skipped (adding the same file
twice changes nothing), a file of another round, or of this round with other rules or other ideas on
the ballot, is refused with the reason. Everything is added in one transaction: a crash or a kill
halfway leaves either all entries in or none. Only what the entry itself holds travels (ballot number,
choices, who typed it), never anything about a voter.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Callable

from wijkdesk.domain.voting.ballots import validate_ballot
from wijkdesk.services import changes
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.services.errors import ServiceError
from wijkdesk.store.models import RondeIdee, Stembiljet, Stemronde, Telling

KIND = "wijkdesk-stemronde-invoer"
VERSION = 1
BATCH = 500


def rules_fingerprint(ronde: Stemronde) -> str:
    """A hash of everything that decides what a ballot means: the rules and the ideas with their number
    and cost. Two laptops with the same fingerprint read every ballot the same way."""
    links = RondeIdee.select(RondeIdee.nummer, RondeIdee.kosten_cents, RondeIdee.idee).where(RondeIdee.ronde == ronde)
    from wijkdesk.store.models import Idee

    uuids = dict(Idee.select(Idee.id, Idee.uuid).where(Idee.id.in_([link.idee_id for link in links])).tuples())
    data = {"rules": {f: getattr(ronde, f) for f in rondes.RULE_FIELDS},
            "ideas": sorted([link.nummer, uuids.get(link.idee_id), link.kosten_cents] for link in links)}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


def _stamp(value) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value)


def entries_payload(ronde) -> dict:
    """Every entry of a round (both entries, corrections and withdrawn ones included), by UUID."""
    ronde = rondes.get_ronde(ronde)
    ids = {}
    ballots = []
    for b in Stembiljet.select().where(Stembiljet.ronde == ronde).order_by(Stembiljet.id):
        ids[b.id] = b.uuid
        ballots.append({"uuid": b.uuid, "volgnummer": b.volgnummer, "invoer": b.invoer, "keuzes": b.keuzes,
                        "geldig": b.geldig, "reden_ongeldig": b.reden_ongeldig, "ingevoerd_door": b.ingevoerd_door,
                        "vervangt": ids.get(b.vervangt_id), "vervallen": b.vervallen, "reden": b.reden,
                        "aangemaakt_op": _stamp(b.aangemaakt_op)})
    numbers = {link.id: link.nummer for link in RondeIdee.select().where(RondeIdee.ronde == ronde)}
    tallies, tids = [], {}
    for t in Telling.select().where(Telling.ronde == ronde).order_by(Telling.id):
        tids[t.id] = t.uuid
        tallies.append({"uuid": t.uuid, "nummer": numbers[t.ronde_idee_id], "aantal": t.aantal, "invoer": t.invoer,
                        "ingevoerd_door": t.ingevoerd_door, "vervangt": tids.get(t.vervangt_id), "reden": t.reden,
                        "aangemaakt_op": _stamp(t.aangemaakt_op)})
    return {"soort": KIND, "versie": VERSION, "ronde": {"uuid": ronde.uuid, "titel": ronde.titel},
            "regels": rules_fingerprint(ronde), "stembiljetten": ballots, "tellingen": tallies}


class MergeRefused(ServiceError):
    """The file cannot be added to this round; nothing was changed. The message says why."""


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise MergeRefused(message)


def merge_entries(ronde, payload: dict, bron: str, on_batch: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Add the entries of `payload` (from `entries_payload` on another laptop) to this round.

    Returns (added, already here). Refused with MergeRefused (nothing changed) when the file belongs to
    another round, the rules or ideas differ, an entry's number is taken here by a different ballot, or
    an entry does not read the same under the rules. `on_batch(n)` is called after each batch of
    inserts (progress, and the kill test).
    """
    ronde = rondes.get_ronde(ronde)
    _require(isinstance(payload, dict) and payload.get("soort") == KIND,
             "Dit is geen invoerbestand van WijkDesk (het hoort een bestand 'Invoer bewaren voor een andere "
             "laptop' te zijn).")
    _require(payload.get("versie") == VERSION, f"Dit invoerbestand is van een andere versie ({payload.get('versie')}); "
                                               "werk WijkDesk op beide laptops bij.")
    theirs = payload.get("ronde") or {}
    _require(theirs.get("uuid") == ronde.uuid,
             f"Dit bestand hoort bij een andere stemronde ('{theirs.get('titel', '?')}'), niet bij '{ronde.titel}'. "
             "Kies op deze laptop de ronde waar het bij hoort.")
    _require(payload.get("regels") == rules_fingerprint(ronde),
             f"De regels of de ideeën op het stembiljet van '{ronde.titel}' verschillen tussen de twee laptops. "
             "Er is niets toegevoegd: zorg dat beide laptops dezelfde ronde hebben (kopie van dezelfde database).")
    _require(ronde.status not in ("gesloten", "vervangen"),
             f"De stemronde '{ronde.titel}' is {ronde.status}: er kunnen geen stemmen meer bij.")
    ballots, tallies = payload.get("stembiljetten") or [], payload.get("tellingen") or []
    _require(isinstance(ballots, list) and isinstance(tallies, list), "Het invoerbestand is beschadigd.")
    _require(not (ballots and ronde.invoerwijze != "biljetten") and not (tallies and ronde.invoerwijze != "telling"),
             "Het invoerbestand past niet bij de invoer van deze ronde (stembiljetten of telling per idee).")
    rules = stemmen.ballot_rules(ronde)
    links = {link.nummer: link.id for link in RondeIdee.select().where(RondeIdee.ronde == ronde)}
    now = dt.datetime.now().replace(microsecond=0)
    added = skipped = 0
    with changes.change(f"Invoer toevoegen uit {bron}"):
        known = {u: i for u, i in Stembiljet.select(Stembiljet.uuid, Stembiljet.id)
                 .where(Stembiljet.ronde == ronde).tuples()}
        taken = {(inv, nr): u for inv, nr, u in Stembiljet.select(Stembiljet.invoer, Stembiljet.volgnummer,
                                                                  Stembiljet.uuid).where(Stembiljet.ronde == ronde).tuples()}
        rows = []
        for entry in ballots:
            row = _ballot_row(entry, ronde, rules, known, taken, now)
            if row is None:
                skipped += 1
                continue
            rows.append(row)
        tknown = {u: i for u, i in Telling.select(Telling.uuid, Telling.id).where(Telling.ronde == ronde).tuples()}
        trows = []
        for entry in tallies:
            row = _tally_row(entry, ronde, links, tknown, now)
            if row is None:
                skipped += 1
                continue
            trows.append(row)
        if rows or trows:
            stemmen.lock(ronde)
        new_ids: list[int] = []
        for model, batch_rows, ids in ((Stembiljet, rows, known), (Telling, trows, tknown)):
            # One by one where an entry replaces another (its local id must be known first), else in batches.
            for start in range(0, len(batch_rows), BATCH):
                for row in batch_rows[start:start + BATCH]:
                    ref = row.pop("_vervangt")
                    if ref is not None:
                        row["vervangt"] = ids[ref]
                    ids[row["uuid"]] = model.insert(**row).execute()
                    new_ids.append(ids[row["uuid"]])
                changes.created_ids(model, new_ids)
                new_ids.clear()
                added += len(batch_rows[start:start + BATCH])
                if on_batch is not None:
                    on_batch(added)
        changes.record("samengevoegd", ronde, {"stembiljetten": (0, len(rows)), "tellingen": (0, len(trows)),
                                             "al_aanwezig": (0, skipped)}, bron)
    return added, skipped


def _text(entry: dict, key: str, limit: int = 1000) -> str:
    value = entry.get(key, "")
    _require(isinstance(value, str) and len(value) <= limit, f"Het invoerbestand is beschadigd (veld '{key}').")
    return value


def _number(entry: dict, key: str) -> int:
    value = entry.get(key)
    _require(isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1_000_000,
             f"Het invoerbestand is beschadigd (veld '{key}').")
    return value


def _ballot_row(entry, ronde, rules, known: dict, taken: dict, now) -> dict | None:
    _require(isinstance(entry, dict), "Het invoerbestand is beschadigd (een stembiljet).")
    uuid = _text(entry, "uuid", 36)
    _require(len(uuid) == 36, "Het invoerbestand is beschadigd (id van een stembiljet).")
    if uuid in known:
        return None  # added before (the same file twice): nothing changes
    volgnummer, invoer = _number(entry, "volgnummer"), _number(entry, "invoer")
    _require(invoer in (1, 2), "Het invoerbestand is beschadigd (invoer).")
    ref = entry.get("vervangt")
    if ref is None:
        other = taken.get((invoer, volgnummer))
        _require(other is None or other == uuid,
                 f"Stembiljet {volgnummer} ({'eerste' if invoer == 1 else 'tweede'} invoer) is op deze laptop al "
                 "ingevoerd, met een andere invoer. Er is niets toegevoegd: spreek af wie welke nummers invoert, "
                 "en verbeter of laat vervallen wat dubbel is.")
    else:
        _require(isinstance(ref, str) and ref in known,
                 f"Het invoerbestand is beschadigd (verbetering van stembiljet {volgnummer} zonder het eerdere).")
    try:
        choices = {int(k): int(v) for k, v in json.loads(_text(entry, "keuzes", 20_000)).items()}
    except (ValueError, TypeError, AttributeError):
        raise MergeRefused(f"Het invoerbestand is beschadigd (keuzes van stembiljet {volgnummer}).") from None
    vervallen = entry.get("vervallen") is True
    reason = validate_ballot(sorted(choices.items()), rules)
    geldig = entry.get("geldig") is True
    _require(vervallen or geldig == (reason is None),
             f"Stembiljet {volgnummer} leest anders onder de regels van deze laptop; er is niets toegevoegd.")
    taken[(invoer, volgnummer)] = uuid
    known[uuid] = None  # placeholder: its local id follows at insert
    return {"ronde": ronde.id, "volgnummer": volgnummer, "invoer": invoer,
            "keuzes": json.dumps({str(k): v for k, v in sorted(choices.items())}), "geldig": geldig and not vervallen,
            "reden_ongeldig": _text(entry, "reden_ongeldig"), "ingevoerd_door": _text(entry, "ingevoerd_door", 100),
            "vervallen": vervallen, "reden": _text(entry, "reden"), "uuid": uuid, "_vervangt": ref,
            "aangemaakt_op": now, "gewijzigd_op": now}


def _tally_row(entry, ronde, links: dict, known: dict, now) -> dict | None:
    _require(isinstance(entry, dict), "Het invoerbestand is beschadigd (een telling).")
    uuid = _text(entry, "uuid", 36)
    if uuid in known:
        return None
    nummer = _number(entry, "nummer")
    _require(nummer in links, f"Idee {nummer} staat niet op het stembiljet van deze ronde.")
    aantal = entry.get("aantal")
    _require(isinstance(aantal, int) and not isinstance(aantal, bool) and 0 <= aantal <= 1_000_000,
             "Het invoerbestand is beschadigd (aantal).")
    ref = entry.get("vervangt")
    _require(ref is None or ref in known, "Het invoerbestand is beschadigd (verbetering zonder de eerdere telling).")
    known[uuid] = None
    return {"ronde": ronde.id, "ronde_idee": links[nummer], "aantal": aantal, "invoer": _number(entry, "invoer"),
            "ingevoerd_door": _text(entry, "ingevoerd_door", 100), "reden": _text(entry, "reden"), "uuid": uuid,
            "_vervangt": ref, "aangemaakt_op": now, "gewijzigd_op": now}
