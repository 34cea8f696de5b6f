"""Entering the votes of a stemronde: tallies per idea or ballot by ballot, corrections and withdrawn
ballots, the second entry of a four-eyes round and its differences, and the count so far."""
from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass

from peewee import fn

from wijkdesk.domain.voting.ballots import BallotCheck, BallotKind, BallotRules, BallotSyntaxError, check_ballot
from wijkdesk.services import audit, changes, common
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.services.stemronde.rondes import get_ronde, ronde_ideeen
from wijkdesk.store.models import AuditLog, Bijeenkomst, RondeIdee, Stembiljet, Stemronde, Telling, _uuid

log = logging.getLogger(__name__)


class VerschillenError(ServiceError):
    """The first and second entry differ (or the second is missing): no result until they agree."""

    def __init__(self, message: str, verschillen: list):
        super().__init__(message)
        self.verschillen = verschillen


# --- Entering votes ----------------------------------------------------------------------------------


def _require_open_for_votes(ronde: Stemronde, invoerwijze: str) -> None:
    if ronde.status in ("gesloten", "vervangen"):
        raise ValidationError("ronde", f"De stemronde '{ronde.titel}' is {ronde.status}: er kunnen geen stemmen meer bij.")
    if ronde.invoerwijze != invoerwijze:
        wat = "een telling per idee" if ronde.invoerwijze == "telling" else "stembiljet voor stembiljet"
        raise ValidationError("invoerwijze", f"In deze ronde worden de stemmen ingevoerd als {wat}.")
    if not RondeIdee.select().where(RondeIdee.ronde == ronde).exists():
        raise ValidationError("ideeen", "Zet eerst ideeën op het stembiljet.")


def lock(ronde: Stemronde) -> None:
    """The first vote locks the rules and the ballot (also the first one added from another laptop)."""
    if not ronde.vergrendeld:
        changes.touch(ronde)
        Stemronde.update(vergrendeld=True, status="open").where(Stemronde.id == ronde.id).execute()
        common.audit_record("vergrendeld", ronde, {"vergrendeld": (False, True), "status": (ronde.status, "open")},
                            "eerste stem ingevoerd")
        ronde.vergrendeld, ronde.status = True, "open"


def _invoer(invoer) -> int:
    return common.integer("invoer", invoer, label="Invoer", minimum=1, maximum=2, required=True)


def current_tallies(ronde, invoer: int = 1) -> dict[int, Telling]:
    """ronde_idee id -> the tally entry that counts (the latest, which replaces the earlier ones)."""
    out: dict[int, Telling] = {}
    for row in Telling.select().where(Telling.ronde == ronde, Telling.invoer == invoer).order_by(Telling.id):
        out[row.ronde_idee_id] = row
    return out


class ZelfdeInvoerderError(ValidationError):
    """The second entry of a four-eyes round typed under the first entry's user name, without a reason."""


SAME_TYPIST = "zelfde invoerder"  # audit action that keeps the reason, once per round


def _check_second_typist(ronde: Stemronde, invoer: int, reden: str) -> None:
    """Four eyes means two people: the second entry under another user name than the first, or with a
    written reason (kept once per round in the audit log, and printed in the proces-verbaal)."""
    if invoer != 2:
        return
    user = audit.current_user()
    model = Telling if ronde.invoerwijze == "telling" else Stembiljet
    first = {who for (who,) in model.select(model.ingevoerd_door).where(model.ronde == ronde, model.invoer == 1)
             .distinct().tuples()}
    if user not in first:
        return
    if AuditLog.select().where(AuditLog.rij_uuid == ronde.uuid, AuditLog.actie == SAME_TYPIST).exists():
        return  # the reason was given already for this round
    reden = (reden or "").strip()
    if not reden:
        raise ZelfdeInvoerderError(
            "invoer", f"De tweede invoer hoort door iemand anders te gebeuren dan de eerste, maar '{user}' deed ook "
                      "de eerste invoer. Laat de ander invoeren onder een eigen gebruikersnaam (Extra > "
                      "Instellingen), of geef een reden waarom u het zelf doet.")
    audit.record(SAME_TYPIST, ronde, {}, common.text("reden", reden, label="Reden", max_len=1000))


def attendance_warning(ronde, counted: int | None = None) -> str | None:
    """A warning when more ballots were entered than attendees were counted at the meeting, or None."""
    ronde = ronde if isinstance(ronde, Stemronde) else get_ronde(ronde)
    if ronde.bijeenkomst_id is None:
        return None
    meeting = Bijeenkomst.get_or_none(Bijeenkomst.id == ronde.bijeenkomst_id)
    if meeting is None or meeting.aantal_aanwezig is None:
        return None
    if counted is None:
        if ronde.invoerwijze == "biljetten":
            counted = stand(ronde).biljetten
        elif ronde.stemwijze == "een_keuze":  # one hand each: the tally is the number of voters
            counted = sum(row.aantal for row in current_tallies(ronde).values())
        else:
            return None
    if counted <= meeting.aantal_aanwezig:
        return None
    return (f"Let op: {counted} stembiljetten ingevoerd, maar er waren {meeting.aantal_aanwezig} aanwezigen geteld "
            f"op '{meeting.titel}'. Controleer of er biljetten dubbel zijn ingevoerd (laat die vervallen), of pas "
            "het aantal aanwezigen aan in het tabblad Bijeenkomsten.")


def enter_tally(ronde, ronde_idee, aantal, invoer: int = 1, reden: str = "", zelfde_invoerder_reden: str = "") -> Telling:
    """The count for one idea; a second count for the same idea is a correction (a new entry)."""
    ronde = get_ronde(ronde)
    _require_open_for_votes(ronde, "telling")
    link = common.get(RondeIdee, ronde_idee, "idee op het stembiljet")
    if link.ronde_id != ronde.id:
        raise ValidationError("ronde_idee", "Dit idee staat niet op het stembiljet van deze ronde.")
    invoer = _invoer(invoer)
    aantal = common.integer("aantal", aantal, label=f"Aantal stemmen voor idee {link.nummer}", minimum=0,
                            maximum=1_000_000, required=True)
    with changes.change():
        _check_second_typist(ronde, invoer, zelfde_invoerder_reden)
        previous = current_tallies(ronde, invoer).get(link.id)
        if previous is not None and previous.aantal == aantal:
            return previous
        lock(ronde)
        return common.create_row(Telling, {
            "ronde": ronde, "ronde_idee": link, "aantal": aantal, "invoer": invoer,
            "ingevoerd_door": audit.current_user(), "vervangt": previous,
            "reden": common.text("reden", reden, label="Reden", max_len=1000)},
            reden=reden if previous is not None else "")


# Rules of locked rounds by UUID: they cannot change any more (new rules mean a new round), so the
# check of every typed ballot need not read the ideas on the ballot again.
_LOCKED_RULES: dict[str, BallotRules] = {}


def ballot_rules(ronde) -> BallotRules:
    """The ballot rules of a round, with the cost of every ballot number."""
    ronde = ronde if isinstance(ronde, Stemronde) else get_ronde(ronde)
    if ronde.vergrendeld and ronde.uuid in _LOCKED_RULES:
        return _LOCKED_RULES[ronde.uuid]
    rules = _read_rules(ronde)
    if ronde.vergrendeld:
        _LOCKED_RULES[ronde.uuid] = rules
    return rules


def _read_rules(ronde: Stemronde) -> BallotRules:
    costs = {link.nummer: link.kosten_cents for link in RondeIdee.select().where(RondeIdee.ronde == ronde)}
    return BallotRules(BallotKind(ronde.stemwijze), costs, budget=ronde.budget_cents, max_choices=ronde.max_keuzes,
                       points_per_voter=ronde.punten_per_kiezer, max_points_per_idea=ronde.max_punten_per_idee)


def check_ballot_text(ronde, text: str) -> BallotCheck:
    """Read and check a typed ballot without storing it (the entry screen shows the reason at once)."""
    try:
        return check_ballot(text, ballot_rules(ronde))
    except BallotSyntaxError as exc:
        raise ValidationError("keuzes", str(exc)) from None


def current_ballots(ronde, invoer: int = 1, include_withdrawn: bool = False) -> dict[int, Stembiljet]:
    """volgnummer -> the ballot entry that counts (corrections replace earlier entries)."""
    out: dict[int, Stembiljet] = {}
    for row in Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.invoer == invoer).order_by(Stembiljet.id):
        out[row.volgnummer] = row
    if not include_withdrawn:
        out = {k: v for k, v in out.items() if not v.vervallen}
    return dict(sorted(out.items()))


def ballots_since(ronde, invoer: int, last_id: int) -> list[Stembiljet]:
    """The entries of this round and entry made after entry `last_id`, oldest first."""
    return list(Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.invoer == invoer,
                                          Stembiljet.id > last_id).order_by(Stembiljet.id))


def last_ballot_id(ronde, invoer: int = 1) -> int:
    return Stembiljet.select(fn.MAX(Stembiljet.id)).where(Stembiljet.ronde == ronde,
                                                           Stembiljet.invoer == invoer).scalar() or 0


def next_volgnummer(ronde, invoer: int = 1) -> int:
    # MAX, not ORDER BY ... LIMIT 1: without an index on the number SQLite would sort every ballot of
    # the round for each new one; MAX reads them once.
    last = Stembiljet.select(fn.MAX(Stembiljet.volgnummer)).where(Stembiljet.ronde == ronde,
                                                                  Stembiljet.invoer == invoer).scalar()
    return (last + 1) if last else 1


def choices_of(biljet: Stembiljet) -> dict[int, int]:
    return {int(k): int(v) for k, v in json.loads(biljet.keuzes or "{}").items()}


def _ballot_values(ronde, text: str, keep_invalid: bool) -> dict:
    check = check_ballot_text(ronde, text)
    if not check.valid and not keep_invalid:
        raise ValidationError("keuzes", check.reason)
    return {"keuzes": json.dumps({str(k): v for k, v in sorted(check.choices.items())}),
            "geldig": check.valid, "reden_ongeldig": check.reason or ""}


def enter_ballot(ronde, text: str, invoer: int = 1, volgnummer: int | None = None,
                 keep_invalid: bool = False, zelfde_invoerder_reden: str = "") -> Stembiljet:
    """One paper ballot as typed (`3 5 12`). A ballot that breaks the rules raises ValidationError with
    the reason, unless `keep_invalid`: then it is stored as invalid, with the reason. The second entry
    of a round under the first entry's user name needs `zelfde_invoerder_reden` (ZelfdeInvoerderError)."""
    ronde = get_ronde(ronde)
    _require_open_for_votes(ronde, "biljetten")
    invoer = _invoer(invoer)
    values = _ballot_values(ronde, text, keep_invalid)
    with changes.change():
        _check_second_typist(ronde, invoer, zelfde_invoerder_reden)
        if volgnummer is None:
            volgnummer = next_volgnummer(ronde, invoer)
        volgnummer = common.integer("volgnummer", volgnummer, label="Nummer van het stembiljet", minimum=1,
                                    required=True)
        # One indexed look-up, not every ballot of the round: entering ballot 2,000 stays as quick as the first.
        if Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.invoer == invoer,
                                     Stembiljet.volgnummer == volgnummer).exists():
            raise ValidationError("volgnummer", f"Stembiljet {volgnummer} is in deze invoer al ingevoerd; "
                                                "verbeter het als het anders moet.")
        lock(ronde)
        return common.create_row(Stembiljet, {"ronde": ronde, "volgnummer": volgnummer, "invoer": invoer,
                                              "ingevoerd_door": audit.current_user(), **values})


def correct_ballot(biljet, text: str, reden: str = "", keep_invalid: bool = False) -> Stembiljet:
    """A correction: a new entry for the same ballot number that replaces the current one."""
    old = common.get(Stembiljet, biljet, "stembiljet")
    ronde = old.ronde
    _require_open_for_votes(ronde, "biljetten")
    current = current_ballots(ronde, old.invoer, include_withdrawn=True).get(old.volgnummer)
    if current is None or current.id != old.id:
        raise ValidationError("stembiljet", "Dit is niet meer de geldende invoer van dit stembiljet; "
                                            "verbeter de nieuwste.")
    values = _ballot_values(ronde, text, keep_invalid)
    return common.create_row(Stembiljet, {
        "ronde": ronde, "volgnummer": old.volgnummer, "invoer": old.invoer, "vervangt": old,
        "ingevoerd_door": audit.current_user(), "reden": common.text("reden", reden, label="Reden", max_len=1000),
        **values}, reden=reden)


def withdraw_ballot(biljet, reden: str) -> Stembiljet:
    """A ballot typed by mistake (twice, or not a ballot) no longer counts; needs a reason."""
    old = common.get(Stembiljet, biljet, "stembiljet")
    reden = common.text("reden", reden, label="Reden", required=True, max_len=1000)
    _require_open_for_votes(old.ronde, "biljetten")
    current = current_ballots(old.ronde, old.invoer, include_withdrawn=True).get(old.volgnummer)
    if current is None or current.id != old.id:
        # Withdrawing an older entry would silently undo the correction made after it.
        raise ValidationError("stembiljet", "Dit is niet meer de geldende invoer van dit stembiljet; "
                                            "kies de nieuwste.")
    if old.vervallen:
        raise ValidationError("stembiljet", f"Stembiljet {old.volgnummer} is al vervallen.")
    return common.create_row(Stembiljet, {
        "ronde": old.ronde, "volgnummer": old.volgnummer, "invoer": old.invoer, "vervangt": old,
        "keuzes": old.keuzes, "geldig": False, "reden_ongeldig": "vervallen", "vervallen": True,
        "ingevoerd_door": audit.current_user(), "reden": reden}, reden=reden)


def import_ballots(ronde, ballots: list[dict[int, int]], bron: str) -> tuple[int, int]:
    """Many ballots at once (a pabulib import), checked like typed ones; (valid, invalid) counts.

    One audit row for the batch instead of thousands: it names the source and the counts.
    """
    ronde = get_ronde(ronde)
    _require_open_for_votes(ronde, "biljetten")
    rules = ballot_rules(ronde)
    from wijkdesk.domain.voting.ballots import validate_ballot

    start = next_volgnummer(ronde, 1)
    user = audit.current_user()
    now = dt.datetime.now().replace(microsecond=0)
    rows, invalid = [], 0
    for offset, choices in enumerate(ballots):
        entries = [(n, p) for n, p in sorted(choices.items())]
        reason = validate_ballot(entries, rules)
        invalid += reason is not None
        rows.append({"ronde": ronde.id, "volgnummer": start + offset, "invoer": 1, "ingevoerd_door": user,
                     "keuzes": json.dumps({str(k): v for k, v in sorted(choices.items())}),
                     "geldig": reason is None, "reden_ongeldig": reason or "",
                     "uuid": _uuid(), "aangemaakt_op": now, "gewijzigd_op": now})
    with changes.change():
        lock(ronde)
        for i in range(0, len(rows), 500):
            Stembiljet.insert_many(rows[i:i + 500]).execute()
        # Registered for undo by UUID: insert_many returns no ids.
        uuids = [row["uuid"] for row in rows]
        for i in range(0, len(uuids), 500):
            changes.created_ids(Stembiljet, [r.id for r in Stembiljet.select(Stembiljet.id)
                                             .where(Stembiljet.uuid.in_(uuids[i:i + 500]))])
        common.audit_record("geïmporteerd", ronde, {"stembiljetten": (0, len(rows)), "ongeldig": (0, invalid)}, bron)
    return len(rows) - invalid, invalid


# --- Four-eyes: first and second entry -----------------------------------------------------------------


@dataclass(frozen=True)
class Verschil:
    """One difference between the first and the second entry, in words."""

    soort: str  # "telling" or "stembiljet"
    nummer: int  # idea number (telling) or ballot number (stembiljet)
    eerste: str
    tweede: str

    def text(self) -> str:
        wat = f"Idee {self.nummer}" if self.soort == "telling" else f"Stembiljet {self.nummer}"
        return f"{wat}: eerste invoer {self.eerste}, tweede invoer {self.tweede}"


def second_entry_started(ronde) -> bool:
    return (Telling.select().where(Telling.ronde == ronde, Telling.invoer == 2).exists()
            or Stembiljet.select().where(Stembiljet.ronde == ronde, Stembiljet.invoer == 2).exists())


def _ballot_text(biljet: Stembiljet | None) -> str:
    if biljet is None:
        return "ontbreekt"
    if biljet.vervallen:
        return "vervallen"
    choices = choices_of(biljet)
    body = " ".join(f"{n}" if p == 1 else f"{n}:{p}" for n, p in sorted(choices.items())) or "blanco"
    return body if biljet.geldig else f"{body} (ongeldig)"


def verschillen(ronde) -> list[Verschil]:
    """Where the first and the second entry differ (empty when no second entry was made)."""
    ronde = get_ronde(ronde)
    if not second_entry_started(ronde) and not ronde.vier_ogen:
        return []
    out: list[Verschil] = []
    if ronde.invoerwijze == "telling":
        first, second = current_tallies(ronde, 1), current_tallies(ronde, 2)
        for link in ronde_ideeen(ronde):
            a, b = first.get(link.id), second.get(link.id)
            if (a.aantal if a else None) != (b.aantal if b else None):
                out.append(Verschil("telling", link.nummer, str(a.aantal) if a else "ontbreekt",
                                    str(b.aantal) if b else "ontbreekt"))
        return out
    first = current_ballots(ronde, 1, include_withdrawn=True)
    second = current_ballots(ronde, 2, include_withdrawn=True)
    absent = ("ontbreekt", "vervallen")  # a withdrawn ballot and a missing one are both: no ballot
    for volgnummer in sorted(set(first) | set(second)):
        ta, tb = _ballot_text(first.get(volgnummer)), _ballot_text(second.get(volgnummer))
        if ta in absent and tb in absent:
            continue
        if ta != tb:
            out.append(Verschil("stembiljet", volgnummer, ta, tb))
    return out


def require_agreement(ronde) -> None:
    """Raise VerschillenError when a second entry is required or started and does not agree."""
    found = verschillen(ronde)
    if found:
        shown = "; ".join(v.text() for v in found[:5]) + (f"; en nog {len(found) - 5}" if len(found) > 5 else "")
        raise VerschillenError(
            f"De eerste en tweede invoer verschillen op {len(found)} {'plaats' if len(found) == 1 else 'plaatsen'}: "
            f"{shown}. Verbeter de invoer die niet klopt; pas dan is er een uitslag.", found)


# --- The count so far ----------------------------------------------------------------------------------


@dataclass
class Stand:
    """The count so far (first entry), for the laptop screen and the beamer."""

    ronde_id: int
    per_idee: dict[int, int]  # ronde_idee id -> votes (approvals, hands or points)
    geldig: int = 0
    ongeldig: int = 0
    blanco: int = 0

    @property
    def biljetten(self) -> int:
        return self.geldig + self.ongeldig


def stand(ronde, invoer: int = 1) -> Stand:
    """Live counts: votes per idea (points for a points ballot), ballots valid, invalid and blank."""
    ronde = get_ronde(ronde)
    links = ronde_ideeen(ronde)
    by_nummer = {link.nummer: link.id for link in links}
    result = Stand(ronde.id, {link.id: 0 for link in links})
    if ronde.invoerwijze == "telling":
        for link_id, row in current_tallies(ronde, invoer).items():
            result.per_idee[link_id] = row.aantal
        return result
    for biljet in current_ballots(ronde, invoer).values():
        if not biljet.geldig:
            result.ongeldig += 1
            continue
        choices = choices_of(biljet)
        result.geldig += 1
        result.blanco += not choices
        for nummer, points in choices.items():
            result.per_idee[by_nummer[nummer]] += points if ronde.stemwijze == "punten" else 1
    return result


class LiveStand:
    """The count of one round and entry, kept up to date by reading only the ballots entered since the
    last look (the beamer and the entry screen ask after every ballot; recounting all 2,000 each time
    would make the evening slower with every ballot). A correction or a withdrawn ballot (an entry that
    replaces another) makes it count again from scratch, as does a tally round."""

    def __init__(self, ronde_id: int, invoer: int = 1):
        self.ronde_id, self.invoer = ronde_id, invoer
        self._stand: Stand | None = None
        self._last_id = 0
        self._by_nummer: dict[int, int] = {}
        self._punten = False

    def current(self, ronde: Stemronde | None = None) -> Stand:
        ronde = ronde or get_ronde(self.ronde_id)
        if self._stand is None or ronde.invoerwijze == "telling":
            return self._recount(ronde)
        new = ballots_since(ronde, self.invoer, self._last_id)
        if any(row.vervangt_id is not None for row in new):
            return self._recount(ronde)
        for biljet in new:
            self._add(biljet)
            self._last_id = biljet.id
        return self._copy()

    def _recount(self, ronde: Stemronde) -> Stand:
        self._stand = stand(ronde, self.invoer)
        self._by_nummer = {link.nummer: link.id for link in RondeIdee.select(RondeIdee.id, RondeIdee.nummer)
                           .where(RondeIdee.ronde == ronde)}
        self._punten = ronde.stemwijze == "punten"
        self._last_id = last_ballot_id(ronde, self.invoer)
        return self._copy()

    def _add(self, biljet: Stembiljet) -> None:
        result = self._stand
        if not biljet.geldig:
            result.ongeldig += 1
            return
        choices = choices_of(biljet)
        result.geldig += 1
        result.blanco += not choices
        for nummer, points in choices.items():
            key = self._by_nummer[nummer]
            result.per_idee[key] = result.per_idee.get(key, 0) + (points if self._punten else 1)

    def _copy(self) -> Stand:
        s = self._stand
        return Stand(s.ronde_id, dict(s.per_idee), s.geldig, s.ongeldig, s.blanco)

