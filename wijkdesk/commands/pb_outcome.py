"""`wijkdesk pb-outcome FILE.pb`: the outcome of a voting rule on a pabulib file.

Prints the chosen project ids in selection order, one per line (or JSON with `--json`).
Exit codes: 0 done; 1 the file was read but its contents are wrong; 2 the file cannot be read or an
option is wrong. Errors go to stderr in Dutch.
"""
from __future__ import annotations

import json
import logging
import math
import sys
from fractions import Fraction

from wijkdesk.commands.common import EXIT_ERROR as EXIT_USAGE, EXIT_OK, EXIT_PROBLEMS as EXIT_CONTENT

log = logging.getLogger(__name__)

SATISFACTIONS = ("cost", "cardinality")

# Completion "increment": a step of at least one cent per voter, and at most MAX_INCREMENT_ROUNDS steps
# (the rule every caller shares: see wijkdesk.domain.voting.equal_shares).
MIN_INCREMENT = Fraction(1, 100)


def register(sub) -> None:
    parser = sub.add_parser(
        "pb-outcome",
        help="uitkomst van een stemregel op een pabulib-bestand (.pb)",
        description="Berekent welke projecten een stemregel kiest uit een pabulib-bestand (.pb) "
                    "en toont hun id's in de volgorde waarin ze gekozen zijn.",
    )
    parser.add_argument("file", metavar="BESTAND.pb", help="het pabulib-bestand")
    parser.add_argument("--rule", required=True, choices=("greedy", "equal-shares"),
                        help="greedy (meeste stemmen) of equal-shares (Method of Equal Shares)")
    parser.add_argument("--satisfaction", default="cost", choices=SATISFACTIONS,
                        help="cost (standaard) of cardinality")
    parser.add_argument("--completion", default="none", choices=("none", "greedy", "increment"),
                        help="bij equal-shares: none (standaard), greedy of increment")
    parser.add_argument("--increment", default="1", metavar="STAP",
                        help="bij --completion increment: verhoging per kiezer per stap "
                             "(in de munteenheid van het bestand; standaard 1, minstens 0.01)")
    parser.add_argument("--points", action="store_true",
                        help="tel punten (cumulative/scoring-bestanden) in plaats van goedkeuring")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.add_argument("--explain", action="store_true",
                        help="toon ook per niet gekozen project waarom (op stderr bij --json)")
    parser.set_defaults(handler=run)


def _fail(message: str, code: int) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return code


def _too_many_rounds(budget, voters: int, increment) -> str | None:
    """Why `increment` is too small for this file (None when it is fine): adding the budget once more
    would take more than MAX_INCREMENT_ROUNDS steps of `increment` per voter."""
    from wijkdesk.domain.voting.equal_shares import MAX_INCREMENT_ROUNDS, increment_too_small
    from wijkdesk.exchange.pabulib import amount_text

    smallest = increment_too_small(budget, voters, increment, unit=MIN_INCREMENT)
    if smallest is None:
        return None
    return (f"--increment {amount_text(increment)} is te klein voor dit bestand: het budget over "
            f"{voters} kiezers verdelen zou meer dan {MAX_INCREMENT_ROUNDS} stappen kosten. Kies een "
            f"--increment van minstens {amount_text(smallest)}.")


def _json_amount(value):
    """Whole amounts as JSON numbers; a fraction as exact decimal text (never a float)."""
    value = Fraction(value)
    if value.denominator == 1:
        return value.numerator
    from wijkdesk.exchange.pabulib import amount_text

    return amount_text(value)


def _money_formatter(currency: str):
    symbol = "€" if currency.upper() in ("EUR", "") else currency.upper()

    def money(amount) -> str:
        from wijkdesk.domain.money import format_cents

        return f"{symbol} {format_cents(math.floor(Fraction(amount) * 100), symbol=False)}"

    return money


def run(args) -> int:
    from wijkdesk.domain.voting import Satisfaction, decide
    from wijkdesk.domain.voting.equal_shares import MAX_INCREMENT_ROUNDS, TooManyRounds
    from wijkdesk.exchange.pabulib import PabulibError, PabulibReadError, exact_number, read_pb

    if args.completion != "none" and args.rule != "equal-shares":
        return _fail("--completion hoort bij --rule equal-shares.", EXIT_USAGE)
    increment = None
    if args.completion == "increment":
        try:
            increment = exact_number(args.increment)
        except ValueError as exc:
            return _fail(f"--increment '{args.increment[:40]}' is geen bruikbare stap ({exc}); schrijf "
                         "bijvoorbeeld 1 of 0.5.", EXIT_USAGE)
        if increment <= 0:
            return _fail("--increment moet groter dan 0 zijn.", EXIT_USAGE)
        if increment < MIN_INCREMENT:
            return _fail(f"--increment {args.increment} is te klein: de stap moet minstens 0.01 zijn "
                         "(één cent per kiezer per stap); schrijf bijvoorbeeld 1 of 0.5.", EXIT_USAGE)
    try:
        pb = read_pb(args.file)
    except PabulibReadError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except PabulibError as exc:
        return _fail(f"{args.file}: {exc}", EXIT_CONTENT)
    try:
        election = pb.election(use_points=args.points)
    except PabulibError as exc:
        return _fail(f"{args.file}: {exc}", EXIT_CONTENT)
    if increment is not None and election.ballots:
        problem = _too_many_rounds(election.budget, len(election.ballots), increment)
        if problem:
            return _fail(problem, EXIT_USAGE)
    try:
        outcome = decide(election, args.rule, Satisfaction(args.satisfaction), completion=args.completion,
                         increment=increment, use_points=args.points, max_rounds=MAX_INCREMENT_ROUNDS)
    except TooManyRounds as exc:
        return _fail(f"{args.file}: {exc} Kies een grotere --increment (nu {args.increment}) of een andere "
                     "--completion.", EXIT_USAGE)
    log.info("pb-outcome %s: %s gekozen", args.file, len(outcome.selected))
    if args.json:
        print(json.dumps({
            "selected": outcome.selected,
            "budget": _json_amount(outcome.budget),
            "spent": _json_amount(outcome.spent),
            "rule": outcome.rule,
            "satisfaction": outcome.satisfaction,
            "completion": outcome.completion,
        }, ensure_ascii=False))
    else:
        for pid in outcome.selected:
            print(pid)
    if args.explain:
        money = _money_formatter(pb.meta.get("currency", ""))
        out = sys.stderr if args.json else sys.stdout
        print(f"Uitgegeven {money(outcome.spent)} van {money(outcome.budget)}; over {money(outcome.left)}.", file=out)
        for pid, why in outcome.not_chosen.items():
            print(f"{pid}: {why.text(money)}", file=out)
    return EXIT_OK
