"""A voting round in the demo data: an open round with paper ballots, so the Stemronde tab and the
beamer have something to show (the outcome is not fixed, so no idea changes status)."""
from __future__ import annotations

import datetime as dt
import logging
import random

from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.store.models import Bijeenkomst, Idee, Wijk

log = logging.getLogger(__name__)


def fill(today: dt.date) -> int:
    """One open round in the first wijk, with 40 ballots (one of them invalid); returns 1, or 0 when the
    wijk has too few open ideas with a cost."""
    rng = random.Random(11)  # its own generator: the rest of the demo stays as it was
    wijk = Wijk.select().order_by(Wijk.id).first()
    if wijk is None:
        return 0
    ideas = list(Idee.select().where(Idee.wijk == wijk, Idee.status.in_(["nieuw", "in onderzoek"]),
                                     Idee.geschatte_kosten_cents.is_null(False)).order_by(Idee.id).limit(6))
    if len(ideas) < 2:
        return 0
    meeting = (Bijeenkomst.select().where(Bijeenkomst.wijk == wijk, Bijeenkomst.datum <= today)
               .order_by(Bijeenkomst.datum.desc()).first())
    total = sum(i.geschatte_kosten_cents for i in ideas)
    budget = max(total * 6 // 10 // 100_000 * 100_000, 100_000)  # about 60%: not everything fits
    ronde = rondes.create_ronde(wijk, "Stemronde bewonersavond (voorbeeld)", budget,
                                   idee_ids=[i.id for i in ideas], bijeenkomst=meeting.id if meeting else None,
                                   regel="equal_shares", aanvulling="greedy", max_keuzes=3)
    numbers = list(range(1, len(ideas) + 1))
    weights = [rng.randint(1, 5) for _ in numbers]  # some ideas are more popular than others
    for _ in range(39):
        picks = set(rng.choices(numbers, weights, k=rng.randint(1, 3)))
        stemmen.enter_ballot(ronde, " ".join(str(n) for n in sorted(picks)))
    stemmen.enter_ballot(ronde, " ".join(str(n) for n in numbers[:4]), keep_invalid=True)
    log.info("Voorbeeld-stemronde gemaakt in %s", wijk.naam)
    return 1
