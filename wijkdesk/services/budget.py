"""Budget: the Meedoenbudget per wijk and year, toekenningen (grants) and uitgaven (expenses).

Money rules: a toekenning reserves money from the budget; an uitgave under a toekenning draws on that
toekenning, an uitgave without one draws on the budget directly. So:
    vastgelegd = toegekend + uitgaven zonder toekenning;  resterend = budget - vastgelegd.
Over-committing the budget or over-spending a toekenning is refused (OverrideRequired) unless the
caller gives an override reason, which is stored on the row and in the audit log.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from wijkdesk.domain import workflow
from wijkdesk.domain.budget_rules import BudgetRules, check_request
from wijkdesk.domain.money import cents_to_decimal, format_cents
from wijkdesk.services import common
from wijkdesk.services.errors import OverrideRequired, ValidationError
from wijkdesk.store.models import Bewonersgroep, Doel, Meedoenbudget, Toekenning, Uitgave, Wijk, db

MONEY_FIELDS_T = {"bedrag_cents", "status", "budget"}
MONEY_FIELDS_U = {"bedrag_cents", "status", "toekenning", "budget"}


@dataclass(frozen=True)
class BudgetOverzicht:
    """The money of one wijk in one year, in cents; Decimal views for display."""

    budget_cents: int
    toegekend_cents: int
    uitgegeven_cents: int
    los_uitgegeven_cents: int  # spent without a toekenning

    @property
    def vastgelegd_cents(self) -> int:
        return self.toegekend_cents + self.los_uitgegeven_cents

    @property
    def resterend_cents(self) -> int:
        return self.budget_cents - self.vastgelegd_cents

    @property
    def budget(self) -> Decimal:
        return cents_to_decimal(self.budget_cents)

    @property
    def toegekend(self) -> Decimal:
        return cents_to_decimal(self.toegekend_cents)

    @property
    def uitgegeven(self) -> Decimal:
        return cents_to_decimal(self.uitgegeven_cents)

    @property
    def resterend(self) -> Decimal:
        return cents_to_decimal(self.resterend_cents)


def _sum(query) -> int:
    return int(query.scalar() or 0)


def overview_for_budget(budget: Meedoenbudget | None) -> BudgetOverzicht:
    if budget is None:
        return BudgetOverzicht(0, 0, 0, 0)
    toegekend = _sum(Toekenning.select(fn.SUM(Toekenning.bedrag_cents)).where(
        (Toekenning.budget == budget) & Toekenning.status.in_(workflow.TOEKENNING_TELT_MEE)))
    counted = (Uitgave.budget == budget) & Uitgave.status.in_(workflow.UITGAVE_TELT_MEE)
    uitgegeven = _sum(Uitgave.select(fn.SUM(Uitgave.bedrag_cents)).where(counted))
    los = _sum(Uitgave.select(fn.SUM(Uitgave.bedrag_cents)).where(counted & Uitgave.toekenning.is_null()))
    return BudgetOverzicht(budget.bedrag_cents, toegekend, uitgegeven, los)


def budget_overview(wijk, jaar: int) -> BudgetOverzicht:
    """Meedoenbudget, toegekend, uitgegeven and resterend of a wijk in a year (zeros without a budget)."""
    return overview_for_budget(get_budget(wijk, jaar))


def get_budget(wijk, jaar: int) -> Meedoenbudget | None:
    wijk_id = wijk.id if hasattr(wijk, "id") else wijk
    return Meedoenbudget.get_or_none((Meedoenbudget.wijk == wijk_id) & (Meedoenbudget.jaar == int(jaar)))


def jaren(wijk=None) -> list[int]:
    """The years that have a budget, newest first."""
    query = Meedoenbudget.select(Meedoenbudget.jaar).distinct().order_by(Meedoenbudget.jaar.desc())
    if wijk is not None:
        query = query.where(Meedoenbudget.wijk == wijk)
    return [row.jaar for row in query]


def _require_budget(wijk, jaar) -> Meedoenbudget:
    budget = get_budget(wijk, jaar)
    if budget is None:
        naam = common.get(Wijk, wijk, "wijk").naam
        raise ValidationError("budget", f"Er is nog geen Meedoenbudget voor {naam} in {jaar}. Stel dat eerst in.")
    return budget


def set_budget(wijk, jaar, bedrag, notities: str = "", override_reden: str = "") -> Meedoenbudget:
    """Create or change the Meedoenbudget of a wijk for a year; lowering it below what is committed needs a reason."""
    wijk = common.get(Wijk, wijk, "wijk")
    jaar = common.integer("jaar", jaar, label="Jaar", minimum=2000, maximum=2100, required=True)
    values = {"bedrag_cents": common.cents("bedrag_cents", bedrag, label="Meedoenbudget"),
              "notities": common.text("notities", notities, label="Notities", max_len=5_000)}
    with db.atomic():
        budget = get_budget(wijk, jaar)
        if budget is None:
            budget = common.create_row(Meedoenbudget, {"wijk": wijk, "jaar": jaar, **values})
        else:
            budget = common.update_row(Meedoenbudget, budget, "budget", values, lambda v, _c: v, reden=override_reden)
        _check_budget(budget, override_reden)
    return budget


def _check_budget(budget: Meedoenbudget, override_reden: str) -> None:
    """Raise OverrideRequired (rolling back the transaction) when the budget is over-committed."""
    overview = overview_for_budget(budget)
    if overview.resterend_cents < 0 and not override_reden.strip():
        raise OverrideRequired(
            f"Hiermee wordt het budget overschreden: vastgelegd {format_cents(overview.vastgelegd_cents)}, "
            f"budget {format_cents(overview.budget_cents)} (tekort {format_cents(-overview.resterend_cents)}). "
            "Geef een reden op om toch door te gaan; die wordt vastgelegd."
        )


# --- Toekenningen ------------------------------------------------------------------------------


def _validate_toekenning(values: dict, current: Toekenning | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "budget":
            out[name] = common.get(Meedoenbudget, value, "budget")
        elif name == "doel":
            out[name] = common.get(Doel, value, "doel") if value else None
        elif name == "groep":
            out[name] = common.get(Bewonersgroep, value, "groep") if value else None
        elif name == "bedrag_cents":
            out[name] = common.cents(name, value, label="Bedrag", allow_zero=False)
        elif name in ("omschrijving", "zaaknummer", "besloten_door", "activiteit_soort"):
            labels = {"omschrijving": "Omschrijving", "zaaknummer": "Zaaknummer", "besloten_door": "Besloten door",
                      "activiteit_soort": "Soort activiteit"}
            limits = {"omschrijving": 200, "zaaknummer": 40, "besloten_door": 100, "activiteit_soort": 60}
            out[name] = common.text(name, value, label=labels[name], max_len=limits[name])
        elif name in ("besluitdatum", "activiteit_einddatum"):
            out[name] = common.date(name, value, label="Besluitdatum" if name == "besluitdatum" else "Einddatum activiteit")
        elif name == "status":
            out[name] = common.choice(name, value, workflow.TOEKENNING_STATUSSEN, label="Status")
        elif name == "override_reden":
            out[name] = common.text(name, value, label="Reden", max_len=5_000)
    budget = out.get("budget") or (current.budget if current else None)
    for name in ("doel", "groep"):
        target = out.get(name)
        if target is not None and budget is not None and target.wijk_id != budget.wijk_id:
            raise ValidationError(name, f"Dit {'doel' if name == 'doel' else 'groep'} hoort bij een andere wijk dan het budget.")
    return out


def create_toekenning(wijk, jaar, bedrag, *, override_reden: str = "", **fields) -> Toekenning:
    """Grant money from the wijk's budget of that year to a goal or a group."""
    common.check_fields(Toekenning, fields)
    budget = _require_budget(wijk, jaar)
    values = _validate_toekenning({"budget": budget, "bedrag_cents": bedrag, **fields})
    if override_reden:
        values["override_reden"] = override_reden.strip()
    with db.atomic():
        row = common.create_row(Toekenning, values, reden=override_reden)
        if row.status in workflow.TOEKENNING_TELT_MEE:
            _check_budget(budget, override_reden)
    return row


def update_toekenning(toekenning, *, override_reden: str = "", **changes) -> Toekenning:
    if "status" in changes:
        raise ValidationError("status", "Wijzig de status met 'status wijzigen'.")
    if override_reden:
        changes["override_reden"] = override_reden
    with db.atomic():
        row = common.update_row(Toekenning, toekenning, "toekenning", changes, _validate_toekenning, reden=override_reden)
        if MONEY_FIELDS_T & set(changes):
            _check_budget(row.budget, override_reden)
            _check_toekenning_spent(row, override_reden)
    return row


def change_toekenning_status(toekenning, status: str, reden: str = "", override_reden: str = "") -> Toekenning:
    def validate(values, current):
        problem = workflow.check_transition("toekenning", current.status, values["status"], reden)
        if problem:
            raise ValidationError("status", problem)
        return {"status": values["status"]}

    with db.atomic():
        row = common.update_row(Toekenning, toekenning, "toekenning", {"status": status}, validate,
                                reden=reden or override_reden, actie="status")
        _check_budget(row.budget, override_reden)
    return row


def delete_toekenning(toekenning) -> common.Snapshot:
    row = common.get(Toekenning, toekenning, "toekenning")
    return common.delete_row(row, f"De toekenning '{row.omschrijving or row.zaaknummer}'",
                             hint="Trek de toekenning in (status 'ingetrokken') als hij niet doorgaat.")


def toekenning_spent_cents(toekenning) -> int:
    return _sum(Uitgave.select(fn.SUM(Uitgave.bedrag_cents)).where(
        (Uitgave.toekenning == toekenning) & Uitgave.status.in_(workflow.UITGAVE_TELT_MEE)))


def _check_toekenning_spent(toekenning: Toekenning, override_reden: str) -> None:
    spent = toekenning_spent_cents(toekenning)
    if spent > toekenning.bedrag_cents and not override_reden.strip():
        raise OverrideRequired(
            f"Aan deze toekenning is dan {format_cents(spent)} uitgegeven, meer dan de toegekende "
            f"{format_cents(toekenning.bedrag_cents)}. Geef een reden op om toch door te gaan; die wordt vastgelegd."
        )


def verantwoording_due(toekenning: Toekenning, rules: BudgetRules | None = None) -> dt.date | None:
    from wijkdesk.domain.budget_rules import verantwoording_deadline

    return verantwoording_deadline(rules or BudgetRules(), toekenning.activiteit_einddatum)


# --- Uitgaven ----------------------------------------------------------------------------------


def _validate_uitgave(values: dict, current: Uitgave | None = None) -> dict:
    out = {}
    for name, value in values.items():
        if name == "budget":
            out[name] = common.get(Meedoenbudget, value, "budget")
        elif name == "toekenning":
            out[name] = common.get(Toekenning, value, "toekenning") if value else None
        elif name == "doel":
            out[name] = common.get(Doel, value, "doel") if value else None
        elif name == "bedrag_cents":
            out[name] = common.cents(name, value, label="Bedrag", allow_negative=True, allow_zero=False)
        elif name == "omschrijving":
            out[name] = common.text(name, value, label="Omschrijving", required=True, max_len=200)
        elif name == "leverancier":
            out[name] = common.text(name, value, label="Leverancier", max_len=150)
        elif name == "factuurnummer":
            out[name] = common.text(name, value, label="Factuurnummer", max_len=60)
        elif name == "bonnetje":
            out[name] = common.text(name, value, label="Bonnetje", max_len=500)
        elif name == "datum":
            out[name] = common.date(name, value, label="Datum", required=True)
        elif name == "betaald_op":
            out[name] = common.date(name, value, label="Betaald op")
        elif name == "status":
            out[name] = common.choice(name, value, workflow.UITGAVE_STATUSSEN, label="Status")
        elif name == "override_reden":
            out[name] = common.text(name, value, label="Reden", max_len=5_000)
    budget = out.get("budget") or (current.budget if current else None)
    toekenning = out.get("toekenning")
    if toekenning is not None and budget is not None and toekenning.budget_id != budget.id:
        raise ValidationError("toekenning", "Deze toekenning hoort bij een ander budget (wijk of jaar) dan de uitgave.")
    doel = out.get("doel")
    if doel is not None and budget is not None and doel.wijk_id != budget.wijk_id:
        raise ValidationError("doel", "Dit doel hoort bij een andere wijk dan de uitgave.")
    status = out.get("status", current.status if current else "open")
    paid = out.get("betaald_op", current.betaald_op if current else None)
    if status == "betaald" and paid is None:
        out["betaald_op"] = dt.date.today()
    return out


def create_uitgave(wijk, jaar, bedrag, omschrijving: str, datum, *, override_reden: str = "", **fields) -> Uitgave:
    """Record an expense on the wijk's budget of that year, under a toekenning or a goal if given."""
    common.check_fields(Uitgave, fields)
    budget = _require_budget(wijk, jaar)
    values = _validate_uitgave({"budget": budget, "bedrag_cents": bedrag, "omschrijving": omschrijving,
                                "datum": datum, **fields})
    if override_reden:
        values["override_reden"] = override_reden.strip()
    with db.atomic():
        row = common.create_row(Uitgave, values, reden=override_reden)
        _check_uitgave(row, override_reden)
    return row


def _check_uitgave(row: Uitgave, override_reden: str) -> None:
    if row.status not in workflow.UITGAVE_TELT_MEE:
        return
    if row.toekenning_id:
        _check_toekenning_spent(row.toekenning, override_reden)
    else:
        _check_budget(row.budget, override_reden)


def update_uitgave(uitgave, *, override_reden: str = "", **changes) -> Uitgave:
    if "status" in changes:
        raise ValidationError("status", "Wijzig de status met 'status wijzigen' of 'markeer als betaald'.")
    if override_reden:
        changes["override_reden"] = override_reden
    with db.atomic():
        row = common.update_row(Uitgave, uitgave, "uitgave", changes, _validate_uitgave, reden=override_reden)
        if MONEY_FIELDS_U & set(changes):
            _check_uitgave(row, override_reden)
    return row


def change_uitgave_status(uitgave, status: str, reden: str = "", betaald_op=None, override_reden: str = "") -> Uitgave:
    def validate(values, current):
        problem = workflow.check_transition("uitgave", current.status, values["status"], reden)
        if problem:
            raise ValidationError("status", problem)
        out = {"status": values["status"]}
        if values["status"] == "betaald":
            out["betaald_op"] = common.date("betaald_op", betaald_op, label="Betaald op") or dt.date.today()
        elif current.status == "betaald":
            out["betaald_op"] = None
        return out

    with db.atomic():
        row = common.update_row(Uitgave, uitgave, "uitgave", {"status": status}, validate,
                                reden=reden or override_reden, actie="status")
        _check_uitgave(row, override_reden)
    return row


def mark_paid(uitgave, betaald_op=None) -> Uitgave:
    return change_uitgave_status(uitgave, "betaald", betaald_op=betaald_op)


def delete_uitgave(uitgave) -> common.Snapshot:
    row = common.get(Uitgave, uitgave, "uitgave")
    return common.delete_row(row, f"De uitgave '{row.omschrijving}'")


def doel_geld(doel) -> tuple[int, int]:
    """(toegekend, uitgegeven) in cents for a goal: its toekenningen and the expenses under them or it."""
    toegekend = _sum(Toekenning.select(fn.SUM(Toekenning.bedrag_cents)).where(
        (Toekenning.doel == doel) & Toekenning.status.in_(workflow.TOEKENNING_TELT_MEE)))
    under_grants = Toekenning.select(Toekenning.id).where(Toekenning.doel == doel)
    uitgegeven = _sum(Uitgave.select(fn.SUM(Uitgave.bedrag_cents)).where(
        ((Uitgave.doel == doel) | Uitgave.toekenning.in_(under_grants)) & Uitgave.status.in_(workflow.UITGAVE_TELT_MEE)))
    return toegekend, uitgegeven


def warnings_for(omschrijving: str, bedrag_cents: int, activiteit_soort: str = "",
                 activiteit_datum: dt.date | None = None, rules: BudgetRules | None = None) -> list[str]:
    """Deventer's rules as warnings for a request, before it is saved."""
    return check_request(rules or BudgetRules(), omschrijving, bedrag_cents, activiteit_soort,
                         activiteit_datum, dt.date.today() if activiteit_datum else None)
