"""Stemronde: a voting round at a bewonersavond, from set-up to chosen ideas and goals.

The life of a round: `create_ronde` with its ideas (concept) -> the first vote locks the rules and the
ideas (open) -> votes are entered as a tally per idea or ballot by ballot, optionally twice by two
people (four-eyes) -> `outcome` (only when both entries agree) -> manual changes only with a written
reason, kept as a Besluit -> `fix_outcome` writes the result down (gesloten) -> `chosen_into_goals`.

Never a silent edit: a correction is a new entry that points to the one it replaces (`vervangt`), and
every change writes an audit row. Ballots are anonymous: nothing links a ballot to a person.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from peewee import fn

from wijkdesk.domain import workflow
from wijkdesk.domain.money import format_cents
from wijkdesk.domain.voting import Election, Outcome, Project, Satisfaction, decide, what_if as domain_what_if
from wijkdesk.domain.voting.ballots import BallotCheck, BallotKind, BallotRules, BallotSyntaxError, check_ballot
from wijkdesk.domain.voting.election import scores_from_tally
from wijkdesk.domain.voting.greedy import greedy
from wijkdesk.services import audit, bijeenkomsten, changes, common, doelen, ideeen
from wijkdesk.services.errors import ServiceError, ValidationError
from wijkdesk.store.models import AuditLog, Bijeenkomst, Idee, RondeIdee, Stembiljet, Stemronde, Telling, Wijk, _uuid

log = logging.getLogger(__name__)

TABLES = frozenset({"stemronde", "ronde_idee", "telling", "stembiljet"})
RULE_FIELDS = ("stemwijze", "invoerwijze", "max_keuzes", "punten_per_kiezer", "max_punten_per_idee", "regel",
               "aanvulling", "verhoging_cents", "tevredenheid", "vier_ogen", "budget_cents")
DEFAULT_VERHOGING_CENTS = 100  # raise each voter's share by 1 euro per step, as Assen did ("add1")
LABELS = {
    "goedkeuring": "Goedkeuring (kruisjes)", "budget": "Budgetstembiljet", "punten": "Punten (stickers)",
    "een_keuze": "Eén keuze", "biljetten": "Stembiljetten", "telling": "Telling per idee",
    "greedy": "Meeste stemmen", "equal_shares": "Method of Equal Shares", "geen": "Geen",
    "verhogen": "Aandeel per kiezer in stappen verhogen", "kosten": "Kosten", "aantal": "Aantal ideeën",
}


# Who decided, on the decisions the stemronde writes (a body, never a person's name).
UITSLAG_DOOR = "de bewoners (stemronde)"
HANDMATIG_DOOR = "het wijkkoppel (handmatige wijziging)"


class VerschillenError(ServiceError):
    """The first and second entry differ (or the second is missing): no result until they agree."""

    def __init__(self, message: str, verschillen: list):
        super().__init__(message)
        self.verschillen = verschillen


# --- Rounds ------------------------------------------------------------------------------------------


def _validate(values: dict, current: Stemronde | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "wijk":
            out[name] = common.get(Wijk, value, "wijk")
        elif name == "bijeenkomst":
            out[name] = common.get(Bijeenkomst, value, "bijeenkomst") if value else None
        elif name == "titel":
            out[name] = common.text(name, value, label="Naam van de stemronde", required=True, max_len=150)
        elif name == "budget_cents":
            out[name] = common.cents(name, value, label="Te verdelen budget", allow_zero=False)
        elif name == "stemwijze":
            out[name] = common.choice(name, value, Stemronde.STEMWIJZEN, label="Stemwijze")
        elif name == "invoerwijze":
            out[name] = common.choice(name, value, Stemronde.INVOERWIJZEN, label="Invoer")
        elif name == "regel":
            out[name] = common.choice(name, value, Stemronde.REGELS, label="Regel")
        elif name == "aanvulling":
            out[name] = common.choice(name, value, Stemronde.AANVULLINGEN, label="Aanvulling")
        elif name == "tevredenheid":
            out[name] = common.choice(name, value, Stemronde.TEVREDENHEDEN, label="Tevredenheid")
        elif name == "verhoging_cents":
            out[name] = common.cents(name, value, label="Verhoging per stap", required=False, allow_zero=False)
        elif name in ("max_keuzes", "punten_per_kiezer", "max_punten_per_idee"):
            label = {"max_keuzes": "Hoogstens aantal kruisjes", "punten_per_kiezer": "Punten per kiezer",
                     "max_punten_per_idee": "Hoogstens punten op één idee"}[name]
            out[name] = common.integer(name, value, label=label, minimum=1, maximum=10_000)
        elif name == "vier_ogen":
            out[name] = bool(value)
        elif name in ("status", "vergrendeld", "vorige_ronde"):
            raise ValidationError(name, "Dit verandert alleen door stemmen in te voeren of een nieuwe ronde te beginnen.")
    merged = {f: getattr(current, f) for f in RULE_FIELDS} if current is not None else {}
    merged.update({k: v for k, v in out.items() if k in RULE_FIELDS})
    _check_combination(merged)
    return out


def _check_combination(s: dict) -> None:
    """Settings that only make sense together; each refusal says what to choose instead."""
    stemwijze = s.get("stemwijze", "goedkeuring")
    if stemwijze == "punten" and not s.get("punten_per_kiezer"):
        raise ValidationError("punten_per_kiezer", "Bij punten: vul in hoeveel punten (stickers) elke kiezer krijgt.")
    if stemwijze != "punten" and s.get("max_punten_per_idee"):
        raise ValidationError("max_punten_per_idee", "Een maximum aantal punten per idee hoort bij de stemwijze punten.")
    if stemwijze != "goedkeuring" and s.get("max_keuzes"):
        raise ValidationError("max_keuzes", "Een maximum aantal kruisjes hoort bij de stemwijze goedkeuring.")
    if (s.get("regel") == "equal_shares" and s.get("invoerwijze") == "telling" and stemwijze != "een_keuze"):
        raise ValidationError(
            "regel", "Equal Shares moet weten wie welke ideeën steunt: kies invoer 'stembiljetten', "
                     "of de regel 'meeste stemmen' bij een telling per idee.")
    if s.get("regel") != "equal_shares" and s.get("aanvulling", "geen") != "geen":
        raise ValidationError("aanvulling", "Aanvullen hoort bij Equal Shares; 'meeste stemmen' verdeelt het budget al.")


def create_ronde(wijk, titel: str, budget, *, idee_ids: Iterable = (), kosten: dict | None = None,
                 **fields) -> Stemronde:
    """A new round (concept) with the ideas on its ballot, numbered 1, 2, 3... in the given order.

    `kosten` gives the cost on the ballot of some ideas by idea id (typed in the dialog, for an idea
    without an estimated cost); the others get their estimated cost. Without a `bijeenkomst` the round
    belongs to the wijk's meeting that is 'nu bezig', if any.
    """
    common.check_fields(Stemronde, fields)
    fields = bijeenkomsten.meeting_for_new_work(wijk, fields)
    values = {"wijk": wijk, "titel": titel, "budget_cents": budget, **fields}
    if values.get("aanvulling") == "verhogen" and not values.get("verhoging_cents"):
        values["verhoging_cents"] = DEFAULT_VERHOGING_CENTS
    with changes.change():
        ronde = common.create_row(Stemronde, _validate(values))
        for idee in idee_ids:
            add_idee(ronde, idee, kosten=(kosten or {}).get(idee))
    return ronde


def get_ronde(ronde) -> Stemronde:
    return common.get(Stemronde, ronde, "stemronde")


def rondes(wijk) -> list[Stemronde]:
    """The rounds of a wijk, newest first."""
    return list(Stemronde.select().where(Stemronde.wijk == wijk).order_by(Stemronde.id.desc()))


def _locked_message(ronde: Stemronde) -> str:
    return (f"De regels van '{ronde.titel}' liggen vast sinds de eerste stem. Begin een nieuwe ronde "
            "met andere regels; deze ronde blijft dan bewaard.")


def _require_unlocked(ronde: Stemronde, field_name: str = "regel") -> None:
    if ronde.vergrendeld or ronde.status != "concept":
        raise ValidationError(field_name, _locked_message(ronde))


def update_ronde(ronde, **fields) -> Stemronde:
    """Change the set-up of a round; refused once votes are in (start a new round instead)."""
    ronde = get_ronde(ronde)
    if any(k in RULE_FIELDS for k in fields):
        _require_unlocked(ronde, next(k for k in fields if k in RULE_FIELDS))
    if fields.get("aanvulling") == "verhogen" and not (fields.get("verhoging_cents") or ronde.verhoging_cents):
        fields["verhoging_cents"] = DEFAULT_VERHOGING_CENTS
    return common.update_row(Stemronde, ronde, "stemronde", fields, _validate)


def new_round_from(ronde, titel: str | None = None, **new_rules) -> Stemronde:
    """Changing the rules after votes: a new round with the same ideas; the old one is kept (vervangen)."""
    old = get_ronde(ronde)
    if old.status == "vervangen":
        raise ValidationError("status", f"'{old.titel}' is al vervangen door een nieuwere ronde.")
    fields = {f: getattr(old, f) for f in RULE_FIELDS if f != "budget_cents"}
    fields.update({k: v for k, v in new_rules.items() if k != "budget_cents"})
    values = {"wijk": old.wijk_id, "titel": titel or f"{old.titel} (nieuwe regels)",
              "budget_cents": new_rules.get("budget_cents", old.budget_cents), "bijeenkomst": old.bijeenkomst_id,
              **fields}
    if values.get("aanvulling") == "verhogen" and not values.get("verhoging_cents"):
        values["verhoging_cents"] = DEFAULT_VERHOGING_CENTS
    with changes.change():
        new = common.create_row(Stemronde, {**_validate(values), "vorige_ronde": old})
        for link in ronde_ideeen(old):
            common.create_row(RondeIdee, {"ronde": new, "idee": link.idee_id, "nummer": link.nummer,
                                          "kosten_cents": link.kosten_cents})
        _set_status(old, "vervangen", reden=f"vervangen door '{new.titel}'")
    return get_ronde(new)


def delete_ronde(ronde) -> common.Snapshot:
    """Only a round without votes can be deleted; one with votes stays as the record of the evening."""
    ronde = get_ronde(ronde)
    if ronde.vergrendeld or has_votes(ronde):
        raise ValidationError("ronde", "Deze ronde heeft al stemmen: die blijft bewaard als verslag van de avond.")
    return common.delete_row(ronde, f"De stemronde '{ronde.titel}'", owned=list(ronde.ideeen))


def _set_status(ronde: Stemronde, status: str, reden: str = "") -> None:
    diff = {"status": (ronde.status, status)}
    changes.touch(ronde)
    Stemronde.update(status=status, gewijzigd_op=dt.datetime.now().replace(microsecond=0)).where(
        Stemronde.id == ronde.id).execute()
    common.audit_record("status", ronde, diff, reden)
    ronde.status = status


# --- Ideas on the ballot -----------------------------------------------------------------------------


def ronde_ideeen(ronde) -> list[RondeIdee]:
    """The ideas on the ballot, by ballot number (with their Idee)."""
    return list(RondeIdee.select(RondeIdee, Idee).join(Idee).where(RondeIdee.ronde == ronde)
                .order_by(RondeIdee.nummer))


def add_idee(ronde, idee, kosten=None, nummer: int | None = None) -> RondeIdee:
    """Put an idea on the ballot with its cost (default: its estimated cost) and the next number."""
    ronde = get_ronde(ronde)
    idee = common.get(Idee, idee, "idee")
    _require_unlocked(ronde, "ideeen")
    if idee.wijk_id != ronde.wijk_id:
        raise ValidationError("ideeen", f"Het idee '{idee.titel}' hoort bij een andere wijk.")
    if RondeIdee.select().where(RondeIdee.ronde == ronde, RondeIdee.idee == idee).exists():
        raise ValidationError("ideeen", f"Het idee '{idee.titel}' staat al op het stembiljet.")
    if workflow.check_transition("idee", idee.status, "gekozen"):
        # A chosen idea becomes 'gekozen' and a goal: an idea that can no longer get there (afgewezen,
        # uitgevoerd) does not belong on the ballot.
        raise ValidationError("ideeen", f"Het idee '{idee.titel}' staat op '{idee.status}' en kan dus niet gekozen "
                                        "worden. Zet het eerst terug op 'in onderzoek' (tab Ideeën) of laat het weg.")
    if kosten is None:
        kosten = idee.geschatte_kosten_cents
        if kosten is None:
            raise ValidationError("kosten_cents", f"Het idee '{idee.titel}' heeft nog geen geschatte kosten: "
                                                  "vul die in bij het idee of hier.")
    kosten = common.cents("kosten_cents", kosten, label=f"Kosten van '{idee.titel}'", allow_zero=False)
    if nummer is None:
        last = RondeIdee.select(RondeIdee.nummer).where(RondeIdee.ronde == ronde).order_by(RondeIdee.nummer.desc()).first()
        nummer = (last.nummer + 1) if last else 1
    nummer = common.integer("nummer", nummer, label="Nummer op het stembiljet", minimum=1, maximum=9999, required=True)
    if RondeIdee.select().where(RondeIdee.ronde == ronde, RondeIdee.nummer == nummer).exists():
        raise ValidationError("nummer", f"Nummer {nummer} is al gebruikt op dit stembiljet.")
    return common.create_row(RondeIdee, {"ronde": ronde, "idee": idee, "nummer": nummer, "kosten_cents": kosten})


def set_kosten(ronde_idee, kosten) -> RondeIdee:
    link = common.get(RondeIdee, ronde_idee, "idee op het stembiljet")
    _require_unlocked(link.ronde, "kosten_cents")
    return common.update_row(RondeIdee, link, "idee op het stembiljet", {"kosten_cents": kosten},
                             lambda v, _c: {"kosten_cents": common.cents("kosten_cents", v["kosten_cents"],
                                                                          label="Kosten", allow_zero=False)})


def remove_idee(ronde_idee) -> common.Snapshot:
    link = common.get(RondeIdee, ronde_idee, "idee op het stembiljet")
    _require_unlocked(link.ronde, "ideeen")
    return common.delete_row(link, "Dit idee op het stembiljet")


# --- Entering votes ----------------------------------------------------------------------------------


def _require_open_for_votes(ronde: Stemronde, invoerwijze: str) -> None:
    if ronde.status in ("gesloten", "vervangen"):
        raise ValidationError("ronde", f"De stemronde '{ronde.titel}' is {ronde.status}: er kunnen geen stemmen meer bij.")
    if ronde.invoerwijze != invoerwijze:
        wat = "een telling per idee" if ronde.invoerwijze == "telling" else "stembiljet voor stembiljet"
        raise ValidationError("invoerwijze", f"In deze ronde worden de stemmen ingevoerd als {wat}.")
    if not RondeIdee.select().where(RondeIdee.ronde == ronde).exists():
        raise ValidationError("ideeen", "Zet eerst ideeën op het stembiljet.")


def _lock(ronde: Stemronde) -> None:
    """The first vote locks the rules and the ballot."""
    if not ronde.vergrendeld:
        changes.touch(ronde)
        Stemronde.update(vergrendeld=True, status="open").where(Stemronde.id == ronde.id).execute()
        common.audit_record("vergrendeld", ronde, {"vergrendeld": (False, True), "status": (ronde.status, "open")},
                     "eerste stem ingevoerd")
        ronde.vergrendeld, ronde.status = True, "open"


def _invoer(invoer) -> int:
    return common.integer("invoer", invoer, label="Invoer", minimum=1, maximum=2, required=True)


def has_votes(ronde) -> bool:
    return (Telling.select().where(Telling.ronde == ronde).exists()
            or Stembiljet.select().where(Stembiljet.ronde == ronde).exists())


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
        _lock(ronde)
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
        _lock(ronde)
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
        _lock(ronde)
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


def differences(ronde) -> list[Verschil]:
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
    found = differences(ronde)
    if found:
        shown = "; ".join(v.text() for v in found[:5]) + (f"; en nog {len(found) - 5}" if len(found) > 5 else "")
        raise VerschillenError(
            f"De eerste en tweede invoer verschillen op {len(found)} {'plaats' if len(found) == 1 else 'plaatsen'}: "
            f"{shown}. Verbeter de invoer die niet klopt; pas dan is er een uitslag.", found)


# --- Counting and the outcome -------------------------------------------------------------------------


def _pid(nummer: int) -> str:
    """Zero-padded ids: text order is number order, so a tie goes to the lowest ballot number."""
    return f"{nummer:04d}"


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


def election_of(ronde) -> tuple[Election, dict[str, RondeIdee], dict | None]:
    """The election the rules decide on: (election, id -> idea on the ballot, tally scores or None)."""
    ronde = get_ronde(ronde)
    links = ronde_ideeen(ronde)
    by_pid = {_pid(link.nummer): link for link in links}
    projects = [Project(_pid(link.nummer), link.kosten_cents, link.idee.titel) for link in links]
    satisfaction = Satisfaction.COST if ronde.tevredenheid == "kosten" else Satisfaction.CARDINALITY
    if ronde.invoerwijze == "telling":
        tallies = current_tallies(ronde)  # once: not once per idea
        counts = {_pid(link.nummer): tallies[link.id].aantal for link in links if link.id in tallies}
        if ronde.stemwijze == "een_keuze":  # one choice each: the tally is the ballots
            ballots = [{pid: 1} for pid, count in counts.items() for _ in range(count)]
            return Election(ronde.budget_cents, projects, ballots), by_pid, None
        return Election(ronde.budget_cents, projects, []), by_pid, scores_from_tally(projects, counts, satisfaction)
    ballots = [{_pid(n): p for n, p in choices_of(b).items()} for b in current_ballots(ronde).values() if b.geldig]
    return Election(ronde.budget_cents, projects, ballots), by_pid, None


@dataclass
class IdeeUitslag:
    """One idea in the outcome, as the outcome screen and the beamer show it."""

    ronde_idee_id: int
    idee_id: int
    nummer: int
    titel: str
    kosten_cents: int
    stemmen: int
    gekozen: bool
    volgorde: int | None  # 1, 2, 3... in the order chosen
    reden: str  # why not chosen (or how it was chosen), in Dutch: what is stored when the outcome is fixed
    handmatig: bool | None = None
    handmatig_reden: str = ""
    # The same reason as a code and its figures, so the window can show it in the user's language:
    # geen_stemmen, te_duur, past_niet, te_weinig_steun, handmatig_niet, handmatig_gekozen, aanvulling,
    # niet_gekozen (or "" when chosen by the rule itself).
    reden_code: str = ""
    reden_cijfers: dict = field(default_factory=dict)


@dataclass
class Uitslag:
    """The outcome of a round: chosen ideas in order, money left, and a reason for every other idea."""

    ronde_id: int
    titel: str
    regel: str
    budget_cents: int
    ideeen: list[IdeeUitslag]
    stand: Stand
    gelijke_stand: list[list[int]] = field(default_factory=list)  # tied ballot numbers decided by number
    uitkomst: Outcome | None = None

    @property
    def gekozen(self) -> list[IdeeUitslag]:
        return sorted((i for i in self.ideeen if i.gekozen), key=lambda i: i.volgorde)

    @property
    def besteed_cents(self) -> int:
        return sum(i.kosten_cents for i in self.ideeen if i.gekozen)

    @property
    def over_cents(self) -> int:
        return self.budget_cents - self.besteed_cents


def _rule_outcome(ronde: Stemronde) -> Outcome:
    election, _by_pid, scores = election_of(ronde)
    satisfaction = Satisfaction.COST if ronde.tevredenheid == "kosten" else Satisfaction.CARDINALITY
    use_points = ronde.stemwijze == "punten"
    if scores is not None:
        return greedy(election, satisfaction, skip_unsupported=True, scores=scores)
    rule = "greedy" if ronde.regel == "greedy" else "equal-shares"
    completion = {"geen": "none", "greedy": "greedy", "verhogen": "increment"}[ronde.aanvulling] \
        if rule == "equal-shares" else "none"
    return decide(election, rule, satisfaction, completion=completion,
                  increment=(ronde.verhoging_cents or DEFAULT_VERHOGING_CENTS) if completion == "increment" else None,
                  use_points=use_points, skip_unsupported=True)


def outcome(ronde) -> Uitslag:
    """The outcome by the round's rule, with manual changes applied. Refused while entries disagree."""
    ronde = get_ronde(ronde)
    require_agreement(ronde)
    counts = stand(ronde)
    result = _rule_outcome(ronde)
    links = ronde_ideeen(ronde)
    order = {pid: i + 1 for i, pid in enumerate(result.selected)}
    ideas = []
    for link in links:
        pid = _pid(link.nummer)
        chosen = pid in order
        reden, code, cijfers = "", "", {}
        if not chosen:
            why = result.not_chosen.get(pid)
            reden = why.text() if why else "niet gekozen"
            code, cijfers = _reason_code(why)
        elif result.steps[order[pid] - 1].phase == "greedy_completion":
            reden, code = "gekozen bij het aanvullen met meeste stemmen", "aanvulling"
        ideas.append(IdeeUitslag(link.id, link.idee_id, link.nummer, link.idee.titel, link.kosten_cents,
                                 counts.per_idee.get(link.id, 0), chosen, order.get(pid), reden,
                                 link.handmatig_gekozen, link.handmatig_reden, code, cijfers))
    _apply_overrides(ideas)
    ties = [[int(pid) for pid in group] for group in result.details.get("ties", [])]
    return Uitslag(ronde.id, ronde.titel, ronde.regel, ronde.budget_cents, ideas, counts, ties, result)


def _reason_code(why) -> tuple[str, dict]:
    """A NotChosen as (code, figures in whole cents) for a translated text in the window."""
    if why is None:
        return "niet_gekozen", {}
    cents = lambda amount: None if amount is None else math.floor(amount)  # noqa: E731 (as format_amount_cents)
    return why.reason.value, {"kosten_cents": cents(why.cost), "over_cents": cents(why.money_left),
                              "voorstanders": why.supporters, "voorstanders_cents": cents(why.supporters_money),
                              "notitie": why.note}


def _apply_overrides(ideas: list[IdeeUitslag]) -> None:
    """Manual changes: taken out, or added after the rule's choices (by ballot number)."""
    for idea in ideas:
        if idea.handmatig is False and idea.gekozen:
            idea.gekozen, idea.volgorde = False, None
            idea.reden = f"handmatig niet gekozen: {idea.handmatig_reden}"
            idea.reden_code, idea.reden_cijfers = "handmatig_niet", {"notitie": idea.handmatig_reden}
    chosen = sorted((i for i in ideas if i.gekozen), key=lambda i: i.volgorde)
    for position, idea in enumerate(chosen, start=1):
        idea.volgorde = position
    position = len(chosen)
    for idea in sorted(ideas, key=lambda i: i.nummer):
        if idea.handmatig is True and not idea.gekozen:
            position += 1
            idea.gekozen, idea.volgorde = True, position
            idea.reden = f"handmatig gekozen: {idea.handmatig_reden}"
            idea.reden_code, idea.reden_cijfers = "handmatig_gekozen", {"notitie": idea.handmatig_reden}


@dataclass(frozen=True)
class WatAls:
    """What-if by ballot numbers: the ticked ideas, their total, the money left, what still fits."""

    aangekruist: list[int]
    budget_cents: int
    totaal_cents: int
    past_nog: list[int]  # ideas not ticked that still fit, cheapest first
    tekst: str

    @property
    def over_cents(self) -> int:
        return self.budget_cents - self.totaal_cents

    @property
    def te_veel(self) -> bool:
        return self.totaal_cents > self.budget_cents


def what_if(ronde, nummers: Iterable[int]) -> WatAls:
    """Tick ideas by ballot number: the money left and which other ideas still fit."""
    ronde = get_ronde(ronde)
    links = ronde_ideeen(ronde)
    projects = [Project(_pid(link.nummer), link.kosten_cents) for link in links]
    known = {link.nummer for link in links}
    unknown = sorted(set(nummers) - known)
    if unknown:
        raise ValidationError("nummers", f"Nummer {', '.join(map(str, unknown))} staat niet op het stembiljet.")
    result = domain_what_if(projects, ronde.budget_cents, [_pid(n) for n in nummers])
    return WatAls([int(p) for p in result.ticked], result.budget, result.total, [int(p) for p in result.fits],
                  result.text())


def override(ronde_idee, gekozen: bool | None, reden: str) -> RondeIdee:
    """Change the outcome by hand for one idea (True in, False out, None undo); needs a written reason,
    which is kept as a Besluit of the meeting."""
    link = common.get(RondeIdee, ronde_idee, "idee op het stembiljet")
    ronde = link.ronde
    reden = common.text("handmatig_reden", reden, label="Reden van de handmatige wijziging", required=True,
                        max_len=2000)
    if ronde.status in ("gesloten", "vervangen"):
        raise ValidationError("ronde", f"De uitslag van '{ronde.titel}' ligt al vast.")
    idee = link.idee
    wat = {True: "toch gekozen", False: "toch niet gekozen", None: "handmatige wijziging ingetrokken"}[gekozen]
    with changes.change():
        link = common.update_row(RondeIdee, link, "idee op het stembiljet",
                                 {"handmatig_gekozen": gekozen, "handmatig_reden": reden if gekozen is not None else ""},
                                 lambda v, _c: v, reden=reden, actie="handmatig")
        bijeenkomsten.record_besluit(ronde.wijk_id, f"Stemronde '{ronde.titel}': idee {link.nummer} "
                                     f"'{idee.titel}' {wat}. Reden: {reden}", onderwerp=link,
                                     bijeenkomst=ronde.bijeenkomst_id, besloten_door=HANDMATIG_DOOR, reden=reden,
                                     bedrag_cents=link.kosten_cents if gekozen is not None else None)
    return link


def fix_outcome(ronde) -> Uitslag:
    """Write the outcome down (gesloten) and keep it as a Besluit; no more votes after this."""
    ronde = get_ronde(ronde)
    if ronde.status != "open":
        raise ValidationError("status", "Alleen een open ronde met stemmen kan worden vastgesteld."
                              if ronde.status == "concept" else f"Deze ronde is al {ronde.status}.")
    if ronde.vier_ogen and not second_entry_started(ronde):
        raise ValidationError("vier_ogen", "Deze ronde vraagt een tweede invoer door iemand anders; die ontbreekt nog.")
    result = outcome(ronde)
    with changes.change():
        for idea in result.ideeen:
            changes.touch_ids(RondeIdee, [idea.ronde_idee_id])
            RondeIdee.update(uitslag="gekozen" if idea.gekozen else "niet_gekozen", uitslag_volgorde=idea.volgorde,
                             uitslag_reden=idea.reden).where(RondeIdee.id == idea.ronde_idee_id).execute()
        _set_status(ronde, "gesloten", reden="uitslag vastgesteld")
        chosen = ", ".join(f"{i.nummer} {i.titel}" for i in result.gekozen) or "geen"
        bijeenkomsten.record_besluit(
            ronde.wijk_id, f"Uitslag stemronde '{ronde.titel}' ({LABELS[ronde.regel]}): gekozen {chosen}; "
                           f"samen {format_cents(result.besteed_cents)} van {format_cents(result.budget_cents)}.",
            onderwerp=ronde, bijeenkomst=ronde.bijeenkomst_id, besloten_door=UITSLAG_DOOR,
            reden=f"uitslag volgens de regel '{LABELS[ronde.regel]}'", bedrag_cents=result.besteed_cents)
    return result


def chosen_into_goals(ronde, ronde_idee_ids: Iterable[int] | None = None) -> list:
    """Chosen ideas get status 'gekozen' and each becomes a goal, in one step (one transaction)."""
    ronde = get_ronde(ronde)
    if ronde.status != "gesloten":
        raise ValidationError("status", "Stel eerst de uitslag vast; daarna worden de gekozen ideeën doelen.")
    links = [link for link in ronde_ideeen(ronde) if link.uitslag == "gekozen"]
    if ronde_idee_ids is not None:
        wanted = set(ronde_idee_ids)
        not_chosen = wanted - {link.id for link in links}
        if not_chosen:
            raise ValidationError("ideeen", "Alleen gekozen ideeën worden doelen.")
        links = [link for link in links if link.id in wanted]
    # Check every idea first, so that nothing changes when one of them cannot become 'gekozen' (an idea
    # set to 'afgewezen' after it was put on the ballot): the workflow has no step afgewezen -> gekozen.
    blocked = [f"idee {link.nummer} '{link.idee.titel}' staat op '{link.idee.status}'" for link in links
               if workflow.check_transition("idee", link.idee.status, "gekozen")]
    if blocked:
        raise ValidationError("ideeen", f"Niet gedaan: {'; '.join(blocked)} en kan niet naar 'gekozen'. Zet het eerst "
                                        "op 'in onderzoek' (tab Ideeën) en probeer het opnieuw.")
    made = []
    with changes.change():
        for link in links:
            idee = link.idee
            if idee.status != "gekozen":
                ideeen.change_status(idee, "gekozen", reden=f"gekozen in stemronde '{ronde.titel}'")
            if ideeen.linked_doelen(idee):
                continue  # already a goal: do not make a second one
            made.append(doelen.doel_from_idee(idee.id, begroot_cents=link.kosten_cents))
    return made
