"""A .pb file as a stemronde and a stemronde as a .pb file, through the services."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import PABULIB_DIR
from wijkdesk.domain.voting import Satisfaction, decide
from wijkdesk.exchange.pabulib import read_pb
from wijkdesk.exchange.pabulib_ronde import export_pb, export_pb_file, import_pb
from wijkdesk.services import wijken
from wijkdesk.services.stemronde import rondes, stemmen, uitslag
from wijkdesk.store.models import AuditLog, Idee, Stembiljet

DATA = Path(__file__).parent / "data"


@pytest.fixture
def wijk(db):
    return wijken.create_wijk("Keizerslanden")


def test_import_makes_ideas_round_and_anonymous_ballots(wijk):
    ronde = import_pb(wijk, DATA / "approval_crlf.pb")
    assert ronde.titel == "Handgeschreven voorbeeld: goedkeuring, CRLF"
    assert (ronde.stemwijze, ronde.regel, ronde.budget_cents, ronde.status) == ("goedkeuring", "greedy", 1_000_000, "open")
    links = rondes.ronde_ideeen(ronde)
    assert [(l.nummer, l.idee.titel, l.kosten_cents) for l in links] == [
        (1, "Bankjes; en een tafel", 600_000), (2, "Speeltuin", 500_000), (3, 'Buurtfeest "zomer"', 300_000),
        (4, "Nieuw buurthuis", 2_000_000)]
    assert "pabulib-project L10/01/IX" in links[0].idee.omschrijving
    assert Idee.select().where(Idee.wijk == wijk).count() == 4
    ballots = [stemmen.choices_of(b) for b in stemmen.current_ballots(ronde).values()]
    assert ballots == [{1: 1, 2: 1}, {1: 1, 3: 1}, {2: 1, 4: 1}, {1: 1, 2: 1, 3: 1}, {}]
    assert AuditLog.select().where(AuditLog.actie == "geïmporteerd").count() == 1
    # same outcome as the file's own rule run on the file (greedy by votes, ties to the lowest number)
    result = uitslag.compute_uitslag(ronde)
    assert [i.nummer for i in result.gekozen] == [1, 3]  # 1 and 2 tie at 3 votes: number 1 first
    assert result.stand.blanco == 1


def test_points_file_becomes_a_points_round(wijk):
    ronde = import_pb(wijk, DATA / "cumulative_lf.pb")
    assert (ronde.stemwijze, ronde.punten_per_kiezer) == ("punten", 5)
    assert [stemmen.choices_of(b) for b in stemmen.current_ballots(ronde).values()] == [{1: 4, 3: 1}, {2: 5}, {2: 2, 3: 3}]


def test_export_has_anonymous_ids_and_reads_back_the_same(wijk, tmp_path):
    ronde = import_pb(wijk, DATA / "approval_crlf.pb")
    stemmen.enter_ballot(ronde, "9", keep_invalid=True)  # invalid: not exported
    uitslag.fix_uitslag(ronde)
    path = export_pb_file(ronde, tmp_path / "ronde.pb")
    pb = read_pb(path)
    assert [v["voter_id"] for v in pb.votes] == ["1", "2", "3", "4", "5"]
    assert "v1" not in path.read_text()  # the file's voter ids were never imported
    assert pb.meta["budget"] == "10000" and pb.meta["vote_type"] == "approval" and pb.meta["currency"] == "EUR"
    assert [(p["project_id"], p["cost"], p["selected"]) for p in pb.projects] == [
        ("1", "6000", "1"), ("2", "5000", "0"), ("3", "3000", "1"), ("4", "20000", "0")]
    original = Counter(frozenset(b) for b in read_pb(DATA / "approval_crlf.pb").election().ballots)
    exported = Counter(frozenset(b) for b in pb.election().ballots)
    mapping = {"L10/01/IX": "1", "B2": "2", "c-3": "3", "x9": "4"}
    assert exported == Counter(frozenset(mapping[p] for p in b) for b in original.elements())
    again = import_pb(wijk, path, titel="Opnieuw ingelezen")
    assert [i.nummer for i in uitslag.compute_uitslag(again).gekozen] == [i.nummer for i in uitslag.compute_uitslag(ronde).gekozen]


def test_tally_round_export_only_for_choose_one(wijk):
    from wijkdesk.services import ideeen
    from wijkdesk.services.errors import ValidationError

    ideas = [ideeen.create_idee(wijk, t, geschatte_kosten_cents=c) for t, c in (("A", 100), ("B", 200))]
    ronde = rondes.create_ronde(wijk, "Handen", 300, idee_ids=[i.id for i in ideas], invoerwijze="telling")
    stemmen.enter_tally(ronde, rondes.ronde_ideeen(ronde)[0], 3)
    with pytest.raises(ValidationError, match="stemmen per kiezer"):
        export_pb(ronde)
    keuze = rondes.create_ronde(wijk, "Eén keuze", 300, idee_ids=[i.id for i in ideas], invoerwijze="telling",
                                stemwijze="een_keuze")
    stemmen.enter_tally(keuze, rondes.ronde_ideeen(keuze)[0], 2)
    stemmen.enter_tally(keuze, rondes.ronde_ideeen(keuze)[1], 1)
    assert [v["vote"] for v in export_pb(keuze).votes] == ["1", "1", "2"]


def test_real_amsterdam_file_imports_fast_and_decides_like_the_rule(wijk):
    path = PABULIB_DIR / "Netherlands_Amsterdam_309.pb"
    if not path.exists():
        pytest.skip(f"{path} ontbreekt")
    start = time.perf_counter()
    ronde = import_pb(wijk, path)
    took = time.perf_counter() - start
    rondes.update_ronde(ronde, titel="Amsterdam 309")  # the name is not a rule: allowed after the votes
    assert Stembiljet.select().where(Stembiljet.ronde == ronde).count() == 14411
    election = read_pb(path).election()
    expected = decide(election, "greedy", Satisfaction.COST, skip_unsupported=True).selected
    number_of = {p["project_id"]: i for i, p in enumerate(read_pb(path).projects, start=1)}
    assert [i.nummer for i in uitslag.compute_uitslag(ronde).gekozen] == [number_of[p] for p in expected]
    print(f"import of 14,411 ballots took {took:.2f} s")


def test_exported_file_breaks_a_tie_like_the_app(wijk, tmp_path):
    """Ideas 9 and 10 tie; the app takes 9 (lowest number). As text "10" < "9", so plain ids would flip it."""
    from wijkdesk.services import ideeen

    ideas = [ideeen.create_idee(wijk, f"Idee {n}", geschatte_kosten_cents=100_000) for n in range(1, 11)]
    ronde = rondes.create_ronde(wijk, "Tien ideeën", 100_000, idee_ids=[i.id for i in ideas])
    for text in ("9 10", "9 10"):
        stemmen.enter_ballot(ronde, text)
    assert [i.nummer for i in uitslag.compute_uitslag(ronde).gekozen] == [9]
    pb = read_pb(export_pb_file(ronde, tmp_path / "tien.pb"))
    for rule in ("greedy", "equal-shares"):
        selected = decide(pb.election(), rule, Satisfaction.COST, skip_unsupported=True).selected
        assert [int(p) for p in selected] == [9], rule
    assert [i.nummer for i in uitslag.compute_uitslag(import_pb(wijk, tmp_path / "tien.pb")).gekozen] == [9]
