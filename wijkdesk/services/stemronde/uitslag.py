"""The outcome (uitslag) of a stemronde: chosen ideas by the round's rule, what-if, manual changes with
a reason, fixing the outcome, and the chosen ideas as goals."""
from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from wijkdesk.domain import workflow
from wijkdesk.domain.money import format_cents
from wijkdesk.domain.voting import Election, Outcome, Project, Satisfaction, decide, what_if as domain_what_if
from wijkdesk.domain.voting.election import scores_from_tally
from wijkdesk.domain.voting.equal_shares import MAX_INCREMENT_ROUNDS, TooManyRounds, increment_too_small
from wijkdesk.domain.voting.greedy import greedy
from wijkdesk.services import bijeenkomsten, changes, common, doelen, ideeen
from wijkdesk.services.errors import ValidationError
from wijkdesk.services.stemronde.rondes import DEFAULT_VERHOGING_CENTS, LABELS, get_ronde, ronde_ideeen, set_status
from wijkdesk.services.stemronde.stemmen import (Stand, choices_of, current_ballots, current_tallies,
                                                  require_agreement, second_entry_started, stand)
from wijkdesk.store.models import RondeIdee, Stemronde

log = logging.getLogger(__name__)


# Who decided, on the decisions the stemronde writes (a body, never a person's name).
UITSLAG_DOOR = "de bewoners (stemronde)"
HANDMATIG_DOOR = "het wijkkoppel (handmatige wijziging)"


def _pid(nummer: int) -> str:
    """Zero-padded ids: text order is number order, so a tie goes to the lowest ballot number."""
    return f"{nummer:04d}"


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
    volgens_regel: Outcome | None = None  # what the rule itself chose, before manual changes

    @property
    def gekozen(self) -> list[IdeeUitslag]:
        return sorted((i for i in self.ideeen if i.gekozen), key=lambda i: i.volgorde)

    @property
    def besteed_cents(self) -> int:
        return sum(i.kosten_cents for i in self.ideeen if i.gekozen)

    @property
    def over_cents(self) -> int:
        return self.budget_cents - self.besteed_cents


def _volgens_regel(ronde: Stemronde) -> Outcome:
    election, _by_pid, scores = election_of(ronde)
    satisfaction = Satisfaction.COST if ronde.tevredenheid == "kosten" else Satisfaction.CARDINALITY
    use_points = ronde.stemwijze == "punten"
    if scores is not None:
        return greedy(election, satisfaction, skip_unsupported=True, scores=scores)
    rule = "greedy" if ronde.regel == "greedy" else "equal-shares"
    completion = {"geen": "none", "greedy": "greedy", "verhogen": "increment"}[ronde.aanvulling] \
        if rule == "equal-shares" else "none"
    step = (ronde.verhoging_cents or DEFAULT_VERHOGING_CENTS) if completion == "increment" else None
    if step is not None:
        _require_few_steps(election, step)
    try:
        return decide(election, rule, satisfaction, completion=completion, increment=step, use_points=use_points,
                      skip_unsupported=True, max_rounds=MAX_INCREMENT_ROUNDS)
    except TooManyRounds as exc:
        raise ValidationError("verhoging_cents", (
            f"Geen uitslag: het aanvullen (aandeel per kiezer verhogen, {format_cents(step)} per stap) is na "
            f"{_count(exc.rounds)} stappen nog niet klaar, en zou zo heel lang duren. {_REMEDY}")) from None


# Rules are fixed once votes are in: another step means a new round (the button on the Stemronde tab), which
# takes the ideas along but not the ballots (a new vote under new rules; rondes.new_round_from). Said, so
# that nobody finds out after starting one (found clicking through).
_BALLOTS_STAY = " De stembiljetten gaan niet mee naar de nieuwe ronde: die worden daar opnieuw ingevoerd."
_REMEDY = ("Begin met 'Nieuwe ronde met andere regels…' een ronde met een grotere verhoging per stap of een "
           "andere aanvulling." + _BALLOTS_STAY)


def _count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def _require_few_steps(election: Election, step_cents: int) -> None:
    """Completion 'verhogen' refused up front when adding the budget once more would take more steps than
    every caller allows (the rule the command line's pb-outcome has too), naming the smallest step."""
    smallest = increment_too_small(election.budget, len(election.ballots), step_cents, unit=1)
    if smallest is not None:
        raise ValidationError("verhoging_cents", (
            f"Geen uitslag: met een verhoging van {format_cents(step_cents)} per stap zou het aanvullen "
            f"(aandeel per kiezer verhogen) bij {len(election.ballots)} kiezers meer dan "
            f"{_count(MAX_INCREMENT_ROUNDS)} stappen kosten, en heel lang duren. Begin met 'Nieuwe ronde met "
            f"andere regels…' een ronde met een verhoging per stap van minstens {format_cents(int(smallest))}, "
            "of met een andere aanvulling." + _BALLOTS_STAY))


def compute_uitslag(ronde) -> Uitslag:
    """The outcome by the round's rule, with manual changes applied. Refused while entries disagree, and
    (ValidationError on 'verhoging_cents') when completion 'verhogen' would take too many steps."""
    ronde = get_ronde(ronde)
    require_agreement(ronde)
    counts = stand(ronde)
    result = _volgens_regel(ronde)
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


def wat_als(ronde, nummers: Iterable[int]) -> WatAls:
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


def fix_uitslag(ronde) -> Uitslag:
    """Write the outcome down (gesloten) and keep it as a Besluit; no more votes after this."""
    ronde = get_ronde(ronde)
    if ronde.status != "open":
        raise ValidationError("status", "Alleen een open ronde met stemmen kan worden vastgesteld."
                              if ronde.status == "concept" else f"Deze ronde is al {ronde.status}.")
    if ronde.vier_ogen and not second_entry_started(ronde):
        raise ValidationError("vier_ogen", "Deze ronde vraagt een tweede invoer door iemand anders; die ontbreekt nog.")
    result = compute_uitslag(ronde)
    with changes.change():
        for idea in result.ideeen:
            changes.touch_ids(RondeIdee, [idea.ronde_idee_id])
            RondeIdee.update(uitslag="gekozen" if idea.gekozen else "niet_gekozen", uitslag_volgorde=idea.volgorde,
                             uitslag_reden=idea.reden).where(RondeIdee.id == idea.ronde_idee_id).execute()
        set_status(ronde, "gesloten", reden="uitslag vastgesteld")
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