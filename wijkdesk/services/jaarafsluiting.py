"""Year end for a wijk: close the year, carry what is left to the next one, roll open ideas and goals over.

Closing year J of a wijk, in one change (undoable, audited):
- the money left (`resterend` before any carry-out) goes to J+1 as an Overheveling row with a reason;
  J+1's Meedoenbudget is made (amount 0, to be set) when it does not exist yet. services.budget counts
  it in both years: J+1 has it available on top of its own budget, J has it no longer;
- ideas and goals of J that are still open get `jaar` J+1 (services.jaren), so they show up next year;
- a Jaarafsluiting row records who closed it, when and why. From then on services.budget refuses a
  change of J's figures without a reason (afgesloten.JaarGesloten).
Reopening needs a reason too: the carry-over goes back to J (refused when J+1 would be left short
without a reason of its own), rolled-over ideas and goals stay where they are (they are open work).
Closing again after a reopen carries over what is left then.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from wijkdesk.domain.money import format_cents
from wijkdesk.services import afgesloten, audit, budget, changes, common, jaren
from wijkdesk.services.errors import OverrideRequired, ValidationError
from wijkdesk.store.models import Bijeenkomst, Doel, Idee, Jaarafsluiting, Meedoenbudget, Overheveling, Wijk

# Ideas and goals that are not finished: they roll over to the next year at a year end.
OPEN_IDEE = ("nieuw", "in onderzoek", "gekozen", "geparkeerd")
OPEN_DOEL = ("concept", "lopend")

# Re-exported for callers that close and check years in one place.
afsluiting = afgesloten.afsluiting
is_gesloten = afgesloten.is_gesloten


@dataclass(frozen=True)
class Voorstel:
    """What closing a wijk's year would do: shown in the dialog before the user confirms."""

    wijk_id: int
    wijk_naam: str
    jaar: int
    heeft_budget: bool
    resterend_cents: int  # left before this year's own carry-out (negative: overspent)
    volgend_budget_bestaat: bool
    ideeen: int  # open ideas that roll over
    doelen: int  # open goals that roll over
    gesloten: bool

    @property
    def volgend_jaar(self) -> int:
        return self.jaar + 1

    @property
    def overheveling_cents(self) -> int:
        """What would be carried over: the money left, never a shortfall."""
        return max(self.resterend_cents, 0)


def _wijk_jaar(wijk, jaar) -> tuple[Wijk, int]:
    row = common.get(Wijk, wijk, "wijk")
    return row, common.integer("jaar", jaar, label="Jaar", minimum=2000, maximum=2099, required=True)


def open_ideeen(wijk_id: int, jaar: int) -> list[int]:
    """Ids of the wijk's ideas of `jaar` (services.jaren) that are not finished."""
    query = (Idee.select(Idee.id).join(Bijeenkomst, JOIN.LEFT_OUTER, on=(Idee.bijeenkomst == Bijeenkomst.id))
             .where((Idee.wijk == wijk_id) & Idee.status.in_(OPEN_IDEE) & jaren.idee_in_jaar(jaar))
             .order_by(Idee.id))
    return [i for (i,) in query.tuples()]


def open_doelen(wijk_id: int, jaar: int) -> list[int]:
    """Ids of the wijk's goals whose home year is `jaar` and that are not finished or stopped."""
    query = (Doel.select(Doel.id)
             .where((Doel.wijk == wijk_id) & Doel.status.in_(OPEN_DOEL) & jaren.doel_thuisjaar_is(jaar))
             .order_by(Doel.id))
    return [i for (i,) in query.tuples()]


def voorstel(wijk, jaar) -> Voorstel:
    """What `sluit_jaar` would do now, without doing it."""
    wijk, jaar = _wijk_jaar(wijk, jaar)
    this = budget.get_budget(wijk, jaar)
    overview = budget.overview_for_budget(this)
    return Voorstel(wijk.id, wijk.naam, jaar, this is not None,
                    overview.resterend_voor_overheveling_cents if this is not None else 0,
                    budget.get_budget(wijk, jaar + 1) is not None,
                    len(open_ideeen(wijk.id, jaar)), len(open_doelen(wijk.id, jaar)), is_gesloten(wijk, jaar))


def default_reden(jaar: int) -> str:
    """The reason the dialog proposes for a carry-over (the user may write another)."""
    return f"Niet besteed in {jaar}; overgeheveld naar {jaar + 1} bij de jaarafsluiting."


def sluit_jaar(wijk, jaar, *, reden_overheveling: str = "", overhevelen: bool = True,
               reden: str = "") -> Jaarafsluiting:
    """Close a wijk's year (see the module's text); one change. Refused in Dutch when it is closed already
    or when money is carried over without a reason."""
    wijk, jaar = _wijk_jaar(wijk, jaar)
    reden = common.text("reden", reden, label="Toelichting", max_len=5_000)
    reden_overheveling = common.text("reden_overheveling", reden_overheveling, label="Reden van de overheveling",
                                     max_len=5_000)
    existing = afgesloten.afsluiting(wijk, jaar)
    if existing is not None and existing.heropend_op is None:
        raise ValidationError("jaar", f"{jaar} is voor {wijk.naam} al afgesloten op "
                                      f"{existing.gesloten_op:%d-%m-%Y}. Heropen het eerst als er iets moet veranderen.")
    volgend = jaar + 1
    with changes.change(f"{wijk.naam} {jaar} afsluiten"):
        this = budget.get_budget(wijk, jaar)
        left = budget.overview_for_budget(this).resterend_voor_overheveling_cents if this is not None else 0
        if overhevelen and left > 0:
            if not reden_overheveling:
                raise ValidationError("reden_overheveling", f"Geef een reden voor de overheveling van "
                                                            f"{format_cents(left)} naar {volgend}; die wordt vastgelegd.")
            if afgesloten.is_gesloten(wijk, volgend):
                raise ValidationError("jaar", f"{volgend} is voor {wijk.naam} al afgesloten: daar kan geen geld meer "
                                              f"heen. Heropen {volgend} eerst, of sluit {jaar} af zonder overheveling.")
            target = budget.get_budget(wijk, volgend) or common.create_row(Meedoenbudget, {
                "wijk": wijk, "jaar": volgend, "bedrag_cents": 0,
                "notities": f"Aangemaakt bij de jaarafsluiting van {jaar}: stel het bedrag van {volgend} nog in."})
            common.create_row(Overheveling, {"van_budget": this, "naar_budget": target, "bedrag_cents": left,
                                             "datum": dt.date.today(), "reden": reden_overheveling})
        rolled = f"doorgeschoven naar {volgend} bij de jaarafsluiting van {jaar}"
        for idee_id in open_ideeen(wijk.id, jaar):
            common.update_row(Idee, idee_id, "idee", {"jaar": volgend}, lambda v, _c: v, reden=rolled)
        for doel_id in open_doelen(wijk.id, jaar):
            common.update_row(Doel, doel_id, "doel", {"jaar": volgend}, lambda v, _c: v, reden=rolled)
        budget.forget_year_state()  # what money_guard cached in this change about closed years and carry-over
        values = {"gesloten_op": dt.datetime.now().replace(microsecond=0), "gesloten_door": audit.current_user(),
                  "reden": reden, "heropend_op": None, "heropend_reden": ""}
        if existing is None:
            return common.create_row(Jaarafsluiting, {"wijk": wijk, "jaar": jaar, **values}, reden=reden)
        return common.update_row(Jaarafsluiting, existing, "jaarafsluiting", values, lambda v, _c: v,
                                 reden=reden, actie="afgesloten")


def heropen_jaar(wijk, jaar, reden: str, override_reden: str = "") -> Jaarafsluiting:
    """Reopen a closed year, with a reason: its carry-over goes back to it (one change).

    When the next year has committed the money carried in, taking it back leaves that year short:
    refused (OverrideRequired) unless `override_reden` says why.
    """
    wijk, jaar = _wijk_jaar(wijk, jaar)
    reden = common.text("reden", reden, label="Reden", max_len=5_000)
    if not reden:
        raise ValidationError("reden", f"Geef een reden op waarom {jaar} weer open gaat; die wordt vastgelegd.")
    closing = afgesloten.afsluiting(wijk, jaar)
    if closing is None or closing.heropend_op is not None:
        raise ValidationError("jaar", f"{jaar} is voor {wijk.naam} niet afgesloten: er is niets te heropenen.")
    this = budget.get_budget(wijk, jaar)
    carries = list(Overheveling.select().where(Overheveling.van_budget == this)) if this is not None else []
    for carry in carries:
        target = common.get(Meedoenbudget, carry.naar_budget_id, "budget")
        if afgesloten.is_gesloten(wijk, target.jaar):
            raise ValidationError("jaar", f"Het geld van {jaar} is overgeheveld naar {target.jaar}, en dat jaar is ook "
                                          f"afgesloten. Heropen eerst {target.jaar}.")
    with changes.change(f"{wijk.naam} {jaar} heropenen"):
        changes.override(override_reden)
        for carry in carries:
            common.delete_row(carry, "De overheveling", reden=f"jaar {jaar} heropend: {reden}")
        budget.forget_year_state()
        for target_id in {c.naar_budget_id for c in carries}:
            after = budget.overview_for_budget(Meedoenbudget.get_by_id(target_id))
            if after.resterend_cents < 0 and not override_reden.strip():
                target_jaar = Meedoenbudget.get_by_id(target_id).jaar
                raise OverrideRequired(
                    f"Heropenen haalt het overgehevelde geld weer uit {target_jaar}; dan is {target_jaar} overschreden "
                    f"met {format_cents(-after.resterend_cents)}. Geef een reden op om toch door te gaan; "
                    "die wordt vastgelegd.")
        values = {"heropend_op": dt.datetime.now().replace(microsecond=0), "heropend_reden": reden}
        why = f"{reden}; afwijking: {override_reden.strip()}" if override_reden.strip() else reden
        return common.update_row(Jaarafsluiting, closing, "jaarafsluiting", values, lambda v, _c: v,
                                 reden=why, actie="heropend")


@dataclass(frozen=True)
class OverhevelingRegel:
    """One carry-over as the Budget tab, the export and the jaarverslag show it."""

    id: int
    uuid: str
    wijk_naam: str
    van_jaar: int
    naar_jaar: int
    bedrag_cents: int
    datum: dt.date
    reden: str


def overhevelingen(wijk_id: int | None = None, jaar: int | None = None) -> list[OverhevelingRegel]:
    """Carry-overs of a wijk (or all), into or out of `jaar` (or all years), oldest first."""
    van = Meedoenbudget.alias("van")
    naar = Meedoenbudget.alias("naar")
    query = (Overheveling
             .select(Overheveling.id, Overheveling.uuid, Wijk.naam, van.jaar, naar.jaar, Overheveling.bedrag_cents,
                     Overheveling.datum, Overheveling.reden)
             .join(van, on=(Overheveling.van_budget == van.id))
             .join(Wijk, on=(van.wijk == Wijk.id))
             .switch(Overheveling).join(naar, on=(Overheveling.naar_budget == naar.id)))
    if wijk_id is not None:
        query = query.where(van.wijk == wijk_id)
    if jaar is not None:
        query = query.where((van.jaar == jaar) | (naar.jaar == jaar))
    query = query.order_by(Wijk.naam, van.jaar, Overheveling.id)
    return [OverhevelingRegel(*row) for row in query.tuples()]
