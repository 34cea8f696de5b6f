"""Retention (AVG art. 5: keep personal data no longer than needed): who is up for review.

A person is listed as "bewaartermijn verlopen" when
  - their consent (`toestemming_op`) is older than the consent term, or none was recorded and they
    have been on file longer than that term; or
  - they are in no group any more, and both leaving their last group and their last consent are
    longer ago than the leavers' term.
One action then erases them (`services.wissen.erase_person`) or renews their consent (today).

When someone left a group is read from the audit log: the row that created a membership names the
person's UUID, the row that removed it has the time. The terms are arguments (`Termijnen`), with
defaults; the window keeps the chosen ones.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from wijkdesk.domain.dates import format_date
from wijkdesk.services import common, groepen
from wijkdesk.store.models import AuditLog, Bewonersgroep, Lidmaatschap, Persoon

DEFAULT_TOESTEMMING_MAANDEN = 24
DEFAULT_VERTROKKEN_MAANDEN = 12
MAX_MAANDEN = 120


@dataclass(frozen=True)
class Termijnen:
    """How long consent holds, and how long a person is kept after leaving their last group (months)."""

    toestemming_maanden: int = DEFAULT_TOESTEMMING_MAANDEN
    vertrokken_maanden: int = DEFAULT_VERTROKKEN_MAANDEN

    def checked(self) -> "Termijnen":
        """The same terms, refused with a Dutch message when out of range."""
        for field, label in (("toestemming_maanden", "Bewaartermijn na toestemming"),
                             ("vertrokken_maanden", "Bewaartermijn na vertrek uit de groep")):
            common.integer(field, getattr(self, field), label=label, minimum=1, maximum=MAX_MAANDEN, required=True)
        return self


@dataclass(frozen=True)
class Verlopen:
    """A person whose retention term has passed, with why and since when."""

    persoon_id: int
    naam: str
    groepen: tuple[str, ...]
    reden: str
    verlopen_op: dt.date


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the last day of that month when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for candidate in range(day.day, 0, -1):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def months_after(day: dt.date, months: int) -> dt.date:
    return months_before(day, -months)


def left_last_group(persoon: Persoon) -> dt.date | None:
    """When the person's last membership was removed (from the audit log); None when never in a group."""
    created = (AuditLog.select(AuditLog.rij_uuid, AuditLog.wijzigingen)
               .where((AuditLog.tabel == "lidmaatschap") & (AuditLog.actie == "aangemaakt")
                      & AuditLog.wijzigingen.contains(persoon.uuid)))
    membership_uuids = [row.rij_uuid for row in created
                        if persoon.uuid in json.dumps(json.loads(row.wijzigingen or "{}").get("persoon"))]
    if not membership_uuids:
        return None
    last = (AuditLog.select(AuditLog.tijd)
            .where((AuditLog.tabel == "lidmaatschap") & (AuditLog.actie == "verwijderd")
                   & AuditLog.rij_uuid.in_(membership_uuids))
            .order_by(AuditLog.tijd.desc()).first())
    return last.tijd.date() if last else None


def verlopen(termijnen: Termijnen | None = None, today: dt.date | None = None) -> list[Verlopen]:
    """Every person whose retention term has passed, longest expired first."""
    termijnen = (termijnen or Termijnen()).checked()
    today = today or dt.date.today()
    consent_limit = months_before(today, termijnen.toestemming_maanden)
    left_limit = months_before(today, termijnen.vertrokken_maanden)
    groups: dict[int, list[str]] = {}
    for lid in Lidmaatschap.select(Lidmaatschap.persoon, Bewonersgroep.naam).join(Bewonersgroep):
        groups.setdefault(lid.persoon_id, []).append(lid.groep.naam)
    found = []
    for persoon in Persoon.select().order_by(Persoon.naam):
        consent = persoon.toestemming_op
        in_groups = tuple(sorted(groups.get(persoon.id, [])))
        reasons = []
        if consent is not None and consent < consent_limit:
            reasons.append((months_after(consent, termijnen.toestemming_maanden),
                            f"toestemming van {format_date(consent)} is ouder dan "
                            f"{_months(termijnen.toestemming_maanden)}"))
        elif consent is None and persoon.aangemaakt_op.date() < consent_limit:
            reasons.append((months_after(persoon.aangemaakt_op.date(), termijnen.toestemming_maanden),
                            f"geen toestemming vastgelegd, bewaard sinds {format_date(persoon.aangemaakt_op.date())}"))
        if not in_groups:
            left = left_last_group(persoon) or persoon.aangemaakt_op.date()
            since = max(left, consent) if consent else left
            if since < left_limit:
                reasons.append((months_after(since, termijnen.vertrokken_maanden),
                                f"in geen groep meer sinds {format_date(left)} (langer dan "
                                f"{_months(termijnen.vertrokken_maanden)})"))
        if reasons:
            reasons.sort()
            found.append(Verlopen(persoon.id, persoon.naam, in_groups, "; ".join(r for _d, r in reasons),
                                  reasons[0][0]))
    return sorted(found, key=lambda v: (v.verlopen_op, v.naam.lower()))


def _months(n: int) -> str:
    return "1 maand" if n == 1 else f"{n} maanden"


def renew(persoon, today: dt.date | None = None) -> Persoon:
    """The person gave consent again: consent date today (they leave the review list)."""
    return groepen.update_persoon(persoon, toestemming_op=today or dt.date.today())
