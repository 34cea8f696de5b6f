"""Aanvraag intake: a request for money as it comes in, on its toekenning (grant).

A request has a day of receipt, an activity (start and end), a short activity plan, the wijkteam's advice
(above the quick-decision amount) and a begroting of budget lines. The lines are rows of their own
(Begrotingsregel) and are saved with the grant in one change, so a save, its undo and its audit cover
both. The checks and the decision deadline are the domain's (domain.aanvraag) with the wijk's rules of
that year (services.instellingen), so the window, the PDF, the command line and the tests agree.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Sequence

from peewee import fn

from wijkdesk.domain import aanvraag as rules_of
from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.services import budget, changes, common, instellingen
from wijkdesk.services.errors import NotFoundError, ValidationError
from wijkdesk.store.models import Begrotingsregel, Bewonersgroep, Doel, Meedoenbudget, Toekenning, Wijk, run_prepared

MAX_REGELS = 200  # a begroting of more lines than this is a pasted document, not a begroting
AANVRAAG_FIELDS = ("aanvraag_ontvangen_op", "activiteit_startdatum", "activiteit_einddatum", "activiteitenplan",
                   "wijkteam_advies_op")


@dataclass(frozen=True)
class RegelInvoer:
    """One budget line as typed: `id` of the stored line it edits (None for a new one); amount as text or cents."""

    omschrijving: str
    soort: str = ""
    bedrag: object = ""
    id: int | None = None


# --- reading ---------------------------------------------------------------------------------------


def regels(toekenning) -> list[Begrotingsregel]:
    """The budget lines of a grant, in their order."""
    toekenning_id = toekenning.id if hasattr(toekenning, "id") else int(toekenning)
    return list(Begrotingsregel.select().where(Begrotingsregel.toekenning == toekenning_id)
                .order_by(Begrotingsregel.volgorde, Begrotingsregel.id))


def toekenningen(wijk_id) -> list[Toekenning]:
    """The grants of a wijk over all years (newest year first), with their budget: the command line's list."""
    return list(Toekenning.select(Toekenning, Meedoenbudget).join(Meedoenbudget)
                .where(Meedoenbudget.wijk == wijk_id).order_by(Meedoenbudget.jaar.desc(), Toekenning.id))


def find_by_zaaknummer(zaaknummer: str) -> Toekenning:
    """The grant with this case number; a Dutch refusal when there is none or more than one."""
    text = (zaaknummer or "").strip()
    if not text:
        raise ValidationError("zaaknummer", "Geef een zaaknummer, bijvoorbeeld Z-2026-0012.")
    found = list(Toekenning.select().where(Toekenning.zaaknummer == text).limit(2))
    if not found:
        raise NotFoundError(f"Geen toekenning met zaaknummer '{text}'. Controleer het nummer, of geef "
                            "het nummer van de toekenning (--toekenning).")
    if len(found) > 1:
        raise ValidationError("zaaknummer", f"Meer dan één toekenning heeft zaaknummer '{text}'; "
                                            "geef het nummer van de toekenning (--toekenning).")
    return found[0]


def rules_for(toekenning: Toekenning) -> BudgetRules:
    """The rules of the grant's wijk in the grant's budget year."""
    b = toekenning.budget
    return instellingen.budget_rules(b.wijk_id, b.jaar)


def as_domain(toekenning: Toekenning, lines: Sequence[Begrotingsregel] | None = None) -> rules_of.Aanvraag:
    lines = regels(toekenning) if lines is None else lines
    return rules_of.Aanvraag(
        regels=tuple(rules_of.Regel(r.omschrijving, r.soort, r.bedrag_cents) for r in lines),
        bedrag_cents=toekenning.bedrag_cents, activiteit_soort=toekenning.activiteit_soort,
        omschrijving=toekenning.omschrijving,
        ontvangen_op=toekenning.aanvraag_ontvangen_op, startdatum=toekenning.activiteit_startdatum,
        einddatum=toekenning.activiteit_einddatum, wijkteam_advies_op=toekenning.wijkteam_advies_op)


def waarschuwingen(toekenning, vandaag: dt.date | None = None) -> list[rules_of.Waarschuwing]:
    """The rules a stored grant's request breaks, its lines first."""
    row = common.get(Toekenning, toekenning, "toekenning")
    return rules_of.check_aanvraag(rules_for(row), as_domain(row), vandaag or dt.date.today())


def beslistermijn(toekenning) -> rules_of.Beslistermijn | None:
    """The decision deadline of a stored grant (None while its day of receipt is not filled in)."""
    row = common.get(Toekenning, toekenning, "toekenning")
    return rules_of.beslistermijn(rules_for(row), as_domain(row))


def termijn_verstreken(toekenning, vandaag: dt.date | None = None) -> bool:
    """Past its decision deadline with no decision date yet."""
    row = common.get(Toekenning, toekenning, "toekenning")
    term = rules_of.beslistermijn(rules_for(row), as_domain(row))
    return term is not None and term.verstreken(vandaag or dt.date.today(), row.besluitdatum)


def _waiting_for_a_decision(wijk_id, jaar):
    """The grants of a wijk-year with a request received and no decision date, with their begroting totals."""
    begroot = (Begrotingsregel.select(fn.SUM(Begrotingsregel.bedrag_cents))
               .where(Begrotingsregel.toekenning == Toekenning.id))
    return (Toekenning.select(Toekenning.id, Toekenning.bedrag_cents, Toekenning.aanvraag_ontvangen_op,
                              Toekenning.wijkteam_advies_op, begroot.alias("begroot"))
            .join(Meedoenbudget)
            .where((Meedoenbudget.wijk == wijk_id) & (Meedoenbudget.jaar == jaar)
                   & Toekenning.aanvraag_ontvangen_op.is_null(False) & Toekenning.besluitdatum.is_null())
            .tuples())


def termijnen_verstreken(wijk_id, jaar, vandaag: dt.date | None = None,
                         cache: dict | None = None) -> dict[int, rules_of.Beslistermijn]:
    """The grants of a wijk and year whose decision deadline passed with no decision date, by id (for the
    red rows of the Budget tab, asked on every opening): one query for the grants waiting for a decision
    with their begroting totals; only when there are any, the rules (kept in `cache`, as
    instellingen.budget_rules says)."""
    if wijk_id is None or jaar is None:
        return {}
    waiting = list(run_prepared("aanvraag.termijnen_verstreken", _waiting_for_a_decision, int(wijk_id), int(jaar)))
    if not waiting:
        return {}  # most years: every request decided; the rules are not read (on a server, a round trip)
    rules = instellingen.budget_rules(wijk_id, jaar, cache)
    today = vandaag or dt.date.today()
    found = {}
    for grant_id, bedrag, ontvangen, advies, total in waiting:
        lines = (rules_of.Regel("", "", int(total)),) if total is not None else ()
        term = rules_of.beslistermijn(rules, rules_of.Aanvraag(
            regels=lines, bedrag_cents=bedrag, ontvangen_op=ontvangen, wijkteam_advies_op=advies))
        if term is not None and term.verstreken(today, None):  # waiting: no decision date yet
            found[grant_id] = term
    return found


# --- checking what is being typed (the window, before it saves) -----------------------------------------


def _typed_date(value) -> dt.date | None:
    try:
        return common.date("datum", value, label="Datum")
    except ValidationError:
        return None  # a half-typed date: the warnings wait for it; saving says what is wrong


def _typed_cents(value) -> int:
    try:
        return common.cents("bedrag", value, label="Bedrag", required=False) or 0
    except ValidationError:
        return 0


def concept(values: dict, lines: Iterable[RegelInvoer]) -> rules_of.Aanvraag:
    """A request as typed in the window (texts, possibly half-typed) for the live checks."""
    return rules_of.Aanvraag(
        regels=tuple(rules_of.Regel(str(r.omschrijving or ""), str(r.soort or ""), _typed_cents(r.bedrag))
                     for r in lines),
        bedrag_cents=_typed_cents(values.get("bedrag_cents")),
        omschrijving=str(values.get("omschrijving") or ""),
        activiteit_soort=str(values.get("activiteit_soort") or ""),
        ontvangen_op=_typed_date(values.get("aanvraag_ontvangen_op")),
        startdatum=_typed_date(values.get("activiteit_startdatum")),
        einddatum=_typed_date(values.get("activiteit_einddatum")),
        wijkteam_advies_op=_typed_date(values.get("wijkteam_advies_op")))


def check_concept(wijk_id, jaar, values: dict, lines: Iterable[RegelInvoer],
                  vandaag: dt.date | None = None) -> tuple[list[rules_of.Waarschuwing], rules_of.Beslistermijn | None]:
    """Warnings and decision deadline of a request being typed, under the rules of that wijk and year."""
    rules = instellingen.budget_rules(wijk_id, jaar)
    request = concept(values, lines)
    return rules_of.check_aanvraag(rules, request, vandaag or dt.date.today()), rules_of.beslistermijn(rules, request)


# --- writing ------------------------------------------------------------------------------------------


def _validate_lines(lines: Sequence[RegelInvoer]) -> list[dict]:
    """Typed lines as values to store; the first bad one refused in Dutch, naming its number."""
    if len(lines) > MAX_REGELS:
        raise ValidationError("begroting", f"Een begroting heeft hoogstens {MAX_REGELS} regels; "
                                           f"deze heeft er {len(lines)}.")
    out = []
    for nummer, line in enumerate(lines, start=1):
        where = f"Regel {nummer} van de begroting"
        try:
            omschrijving = common.text("begroting", line.omschrijving, label=f"{where}: omschrijving",
                                       required=True, max_len=200)
            soort = common.text("begroting", line.soort, label=f"{where}: soort", max_len=60).lower()
            bedrag = common.cents("begroting", line.bedrag, label=f"{where}: bedrag", allow_zero=False)
        except ValidationError as exc:
            raise ValidationError("begroting", exc.message) from None
        out.append({"id": line.id, "volgorde": nummer, "omschrijving": omschrijving, "soort": soort,
                    "bedrag_cents": bedrag})
    return out


def set_regels(toekenning, lines: Sequence[RegelInvoer]) -> list[Begrotingsregel]:
    """Make the grant's begroting these lines, in this order: changed lines updated, new ones added, the
    ones left out deleted; one change (joins the caller's), every row audited and undoable."""
    values = _validate_lines(list(lines))
    with changes.change():
        row = common.get(Toekenning, toekenning, "toekenning")
        existing = {r.id: r for r in regels(row)}
        kept = {v["id"] for v in values if v["id"] is not None}
        unknown = kept - set(existing)
        if unknown:
            raise ValidationError("begroting", "Een regel van deze begroting bestaat niet meer (misschien net "
                                               "verwijderd); sluit het venster en open de toekenning opnieuw.")
        for line_id, line in existing.items():
            if line_id not in kept:
                common.delete_row(line, "Deze begrotingsregel", reden=f"begroting van toekenning {row.uuid}")
        for value in values:
            line_id = value.pop("id")
            if line_id is None:
                common.create_row(Begrotingsregel, {"toekenning": row, **value})
            else:
                common.update_row(Begrotingsregel, line_id, "begrotingsregel", value, lambda v, _c: v)
        return regels(row)


def _check_dates(values: dict, current: Toekenning | None) -> None:
    """Refuse an activity that ends before it starts (a typing error; the rules only warn otherwise)."""
    def value(name):
        if name in values:
            return common.date(name, values[name], label=_DATE_LABELS[name])
        return getattr(current, name) if current is not None else None

    start, end = value("activiteit_startdatum"), value("activiteit_einddatum")
    if start and end and end < start:
        raise ValidationError("activiteit_einddatum", "De einddatum van de activiteit ligt voor de startdatum: "
                                                      "vul een einddatum op of na de startdatum in.")


_DATE_LABELS = {"activiteit_startdatum": "Startdatum activiteit", "activiteit_einddatum": "Einddatum activiteit"}


def save_aanvraag(toekenning, wijk, jaar, bedrag, fields: dict, lines: Sequence[RegelInvoer] | None,
                  override_reden: str = "") -> Toekenning:
    """Create (toekenning None) or change a grant with its request and begroting, in one change.

    `fields` are the grant's fields (budget.create_toekenning/update_toekenning validate them, the request's
    dates and plan among them); `lines` None leaves the begroting as it is.
    """
    if lines is not None:
        _validate_lines(list(lines))  # refuse bad lines before anything is written
    with changes.change():
        current = common.get(Toekenning, toekenning, "toekenning") if toekenning is not None else None
        _check_dates(fields, current)
        if current is None:
            row = budget.create_toekenning(wijk, jaar, bedrag, override_reden=override_reden, **fields)
        else:
            row = budget.update_toekenning(current.id, override_reden=override_reden, bedrag_cents=bedrag, **fields)
        if lines is not None:
            set_regels(row, lines)
        return common.get(Toekenning, row.id, "toekenning")


# --- what the printed request shows ------------------------------------------------------------------


@dataclass(frozen=True)
class AanvraagDocument:
    """Everything the printed request shows: the grant, its group (never persons), lines, checks, term."""

    toekenning: Toekenning
    wijk: str
    jaar: int
    groep: str
    doel: str
    regels: list[Begrotingsregel]
    totaal_cents: int
    waarschuwingen: list[rules_of.Waarschuwing]
    termijn: rules_of.Beslistermijn | None
    verstreken: bool


def document(toekenning, vandaag: dt.date | None = None) -> AanvraagDocument:
    row = common.get(Toekenning, toekenning, "toekenning")
    b: Meedoenbudget = row.budget
    wijk: Wijk = b.wijk
    groep: Bewonersgroep | None = row.groep
    doel: Doel | None = row.doel
    lines = regels(row)
    rules = rules_for(row)
    request = as_domain(row, lines)
    today = vandaag or dt.date.today()
    term = rules_of.beslistermijn(rules, request)
    return AanvraagDocument(
        toekenning=row, wijk=wijk.naam, jaar=b.jaar, groep=groep.naam if groep else "",
        doel=doel.titel if doel else "", regels=lines, totaal_cents=rules_of.begroting_totaal(request.regels),
        waarschuwingen=rules_of.check_aanvraag(rules, request, today), termijn=term,
        verstreken=term is not None and term.verstreken(today, row.besluitdatum))
