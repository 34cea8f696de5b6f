"""A pabulib .pb file as a stemronde, and a stemronde as a .pb file (with anonymous voter ids).

Import: every project becomes an idea of the wijk (status nieuw) on the round's ballot, numbered
1, 2, 3... in file order (the file's id is kept in the idea's description); every vote becomes a
ballot, checked against the round's rules (a ballot that breaks them is kept as invalid, with the
reason). Amounts in the file are taken as euros. Voter ids are not imported.

Export: the valid ballots of the first entry, numbered 1..n after sorting them by content, so that
neither the paper number nor the order of entry can be traced back to a person. Project ids are the
ballot numbers padded to one width (`01`..`12`), so that tools which break ties by id as text (pabutools,
`pb-outcome`) give the same outcome as the app.
"""
from __future__ import annotations

import datetime as dt
import logging
from fractions import Fraction
from pathlib import Path

from wijkdesk.exchange.pabulib import PbFile, amount_text, exact_number, parse_amount, read_pb, write_pb
from wijkdesk.services import changes, ideeen
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.services.errors import ValidationError

log = logging.getLogger(__name__)

STEMWIJZE_OF = {"approval": "goedkeuring", "ordinal": "goedkeuring", "choose-1": "een_keuze",
                "cumulative": "punten", "scoring": "punten"}
VOTE_TYPE_OF = {"goedkeuring": "approval", "budget": "approval", "een_keuze": "choose-1", "punten": "cumulative"}


def _cents(amount, what: str) -> int:
    value = Fraction(amount) * 100
    if value.denominator != 1:
        raise ValidationError("kosten_cents", f"{what}: {amount_text(amount)} heeft meer dan twee cijfers achter de komma.")
    return int(value)


def _int_meta(pb: PbFile, key: str) -> int | None:
    text = pb.meta.get(key, "").strip()
    try:  # exact_number, not Fraction(text): "1e999999999" would build a billion-digit integer
        value = exact_number(text) if text else None
    except ValueError:
        return None
    return int(value) if value is not None and value.denominator == 1 and value > 0 else None


def _rule_settings(pb: PbFile) -> dict:
    rule = pb.meta.get("rule", "").strip().lower()
    if rule.startswith("equalshares"):
        settings = {"regel": "equal_shares", "tevredenheid": "kosten"}
        if "add1" in rule:
            settings.update(aanvulling="verhogen", verhoging_cents=100)
        return settings
    return {"regel": "greedy"}


def import_pb(wijk, path, titel: str | None = None, bijeenkomst=None) -> rondes.Stemronde:
    """Read a .pb file into a new stemronde of `wijk`; returns the round (open, with its ballots)."""
    pb = read_pb(path)
    stemwijze = STEMWIJZE_OF[pb.vote_type]
    points = stemwijze == "punten"
    ballots_by_id = pb.ballots(use_points=points)
    settings = _rule_settings(pb)
    if stemwijze == "goedkeuring":
        k = _int_meta(pb, "max_length")
        if k is not None and k < len(pb.projects):
            settings["max_keuzes"] = k
    elif points:
        settings["punten_per_kiezer"] = _int_meta(pb, "max_sum_points") or max(
            (sum(b.values()) for b in ballots_by_id), default=1) or 1
        max_points = _int_meta(pb, "max_points")
        if max_points is not None and max_points < settings["punten_per_kiezer"]:
            settings["max_punten_per_idee"] = max_points
    name = titel or pb.meta.get("description") or Path(path).stem
    budget = _cents(pb.budget, "Budget")
    with changes.change():
        ronde = rondes.create_ronde(wijk, name[:150], budget, stemwijze=stemwijze, invoerwijze="biljetten",
                                    bijeenkomst=bijeenkomst, **settings)
        nummer_of = {}
        for nummer, project in enumerate(pb.projects, start=1):
            pid = project["project_id"]
            kosten = _cents(parse_amount(project["cost"], f"kosten van project {pid}"), f"Kosten van project {pid}")
            idee = ideeen.create_idee(
                ronde.wijk_id, (project.get("name") or f"Project {pid}")[:200],
                omschrijving=(project.get("description", "") + f"\n(pabulib-project {pid} uit {Path(path).name})").strip(),
                thema=project.get("category", "").split(",")[0].strip()[:100],
                geschatte_kosten_cents=kosten)
            rondes.add_idee(ronde, idee, kosten=kosten, nummer=nummer)
            nummer_of[pid] = nummer
        ballots = [{nummer_of[pid]: pts for pid, pts in b.items()} for b in ballots_by_id]
        valid, invalid = stemmen.import_ballots(ronde, ballots, f"pabulib-bestand {Path(path).name}")
    log.info("pabulib %s ingelezen als stemronde %s: %d geldig, %d ongeldig", path, ronde.id, valid, invalid)
    return rondes.get_ronde(ronde)


def export_pb(ronde) -> PbFile:
    """The round as pabulib data: projects with their cost in euros, the valid ballots, anonymous ids."""
    ronde = rondes.get_ronde(ronde)
    links = rondes.ronde_ideeen(ronde)
    counts = stemmen.stand(ronde)
    if ronde.invoerwijze == "telling":
        if ronde.stemwijze != "een_keuze":
            raise ValidationError("invoerwijze", "Een telling per idee zegt niet wie wat koos; een .pb-bestand heeft "
                                                 "stemmen per kiezer nodig (alleen bij één keuze gaat dat wel).")
        ballots = [{link.nummer: 1} for link in links for _ in range(counts.per_idee[link.id])]
    else:
        ballots = [stemmen.choices_of(b) for b in stemmen.current_ballots(ronde).values() if b.geldig]
    points = ronde.stemwijze == "punten"
    rows = sorted(ballots, key=lambda b: (sorted(b.items())))
    meta = {
        "description": ronde.titel,
        "country": "Netherlands",
        "unit": ronde.wijk.naam,
        "instance": str(ronde.bijeenkomst.datum.year if ronde.bijeenkomst_id else dt.date.today().year),
        "num_projects": str(len(links)),
        "num_votes": str(len(rows)),
        "budget": amount_text(Fraction(ronde.budget_cents, 100)),
        "vote_type": VOTE_TYPE_OF[ronde.stemwijze],
        "rule": "greedy" if ronde.regel == "greedy" else
                ("equalshares/add1" if ronde.aanvulling == "verhogen" else "equalshares"),
        "currency": "EUR",
        "language": "nl",
    }
    if ronde.max_keuzes:
        meta["max_length"] = str(ronde.max_keuzes)
    if ronde.stemwijze == "budget":
        meta["max_sum_cost"] = meta["budget"]
    if points:
        meta["max_sum_points"] = str(ronde.punten_per_kiezer)
        if ronde.max_punten_per_idee:
            meta["max_points"] = str(ronde.max_punten_per_idee)
    # Ids padded to one width ("01".."12"): rules on the file (pabutools, pb-outcome) break ties by id as
    # text, so only then does a tie go to the lowest ballot number there too, as in the app.
    width = len(str(max((link.nummer for link in links), default=1)))

    def pid(nummer: int) -> str:
        return str(nummer).zfill(width)

    project_columns = ["project_id", "cost", "votes", "name"]
    fixed = ronde.status == "gesloten"
    if fixed:
        project_columns.append("selected")
    projects = []
    for link in links:
        row = {"project_id": pid(link.nummer), "cost": amount_text(Fraction(link.kosten_cents, 100)),
               "votes": str(sum(1 for b in rows if link.nummer in b)), "name": link.idee.titel}
        if fixed:
            row["selected"] = "1" if link.uitslag == "gekozen" else "0"
        projects.append(row)
    vote_columns = ["voter_id", "vote"] + (["points"] if points else [])
    votes = []
    for i, ballot in enumerate(rows, start=1):
        items = sorted(ballot.items())
        row = {"voter_id": str(i), "vote": ",".join(pid(n) for n, _ in items)}
        if points:
            row["points"] = ",".join(str(p) for _, p in items)
        votes.append(row)
    return PbFile(meta, project_columns, projects, vote_columns, votes)


def export_pb_file(ronde, path) -> Path:
    """Write the round to `path` as a .pb file."""
    path = Path(path)
    try:
        write_pb(export_pb(ronde), path)
    except OSError as exc:
        raise ValidationError("bestand", f"Kan '{path}' niet schrijven: {exc.strerror or exc}.") from None
    return path
