"""A stemronde itself: its rules (locked by the first vote), its status, and the ideas on its ballot."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable

from wijkdesk.domain import workflow
from wijkdesk.services import bijeenkomsten, changes, common
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import Bijeenkomst, Idee, RondeIdee, Stembiljet, Stemronde, Telling, Wijk

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
        set_status(old, "vervangen", reden=f"vervangen door '{new.titel}'")
    return get_ronde(new)


def delete_ronde(ronde) -> common.Snapshot:
    """Only a round without votes can be deleted; one with votes stays as the record of the evening."""
    ronde = get_ronde(ronde)
    if ronde.vergrendeld or has_votes(ronde):
        raise ValidationError("ronde", "Deze ronde heeft al stemmen: die blijft bewaard als verslag van de avond.")
    return common.delete_row(ronde, f"De stemronde '{ronde.titel}'", owned=list(ronde.ideeen))


def has_votes(ronde) -> bool:
    """Whether any tally or ballot was entered (a round with votes is the record of the evening)."""
    return (Telling.select().where(Telling.ronde == ronde).exists()
            or Stembiljet.select().where(Stembiljet.ronde == ronde).exists())


def set_status(ronde: Stemronde, status: str, reden: str = "") -> None:
    """Move a round to `status` with an audit row (for the other stemronde modules: no check here)."""
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

