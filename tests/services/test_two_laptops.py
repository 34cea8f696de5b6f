"""Two laptops at one evening: entries saved to a file on one and added to the same round on the other."""
from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from wijkdesk.exchange import invoer_bestand
from wijkdesk.services import audit, ideeen, invoer_delen, wijken
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import Stembiljet

CHILD = Path(__file__).with_name("laptop_merge_child.py")


@pytest.fixture
def laptops(data_dir):
    """Laptop A with a round of 4 ideas; laptop B a copy of A's database made before the evening."""
    a, b = data_dir / "laptop_a.db", data_dir / "laptop_b.db"
    open_database(a)
    wijk = wijken.create_wijk("Keizerslanden")
    ideas = [ideeen.create_idee(wijk, t, geschatte_kosten_cents=c) for t, c in
             (("Speeltuin", 60_000), ("Bankjes", 30_000), ("Buurtfeest", 20_000), ("Moestuin", 25_000))]
    ronde = rondes.create_ronde(wijk, "Stemronde november", 100_000, idee_ids=[i.id for i in ideas], max_keuzes=2)
    other = rondes.create_ronde(wijk, "Andere ronde", 100_000, idee_ids=[i.id for i in ideas])
    close_database()
    shutil.copy(a, b)
    yield {"a": a, "b": b, "ronde": ronde.id, "other": other.id}
    close_database()
    audit.set_current_user(None)


def _type_stack(path, ronde, numbers, user):
    open_database(path)
    audit.set_current_user(user)
    for n in numbers:
        stemmen.enter_ballot(ronde, ["1 2", "3", "", "2 4", "1 2 3"][n % 5], volgnummer=n, keep_invalid=True)
    close_database()


def _counts(path, ronde):
    open_database(path)
    try:
        result = stemmen.stand(ronde)
        return result.biljetten, dict(result.per_idee), Stembiljet.select().count()
    finally:
        close_database()


def test_entries_of_b_are_added_to_a_once(laptops, tmp_path):
    _type_stack(laptops["a"], laptops["ronde"], range(1, 51), "anouk")
    _type_stack(laptops["b"], laptops["ronde"], range(51, 101), "samir")
    open_database(laptops["b"])
    stemmen.correct_ballot(stemmen.current_ballots(laptops["ronde"])[60], "4", reden="verkeerd gelezen")
    stemmen.withdraw_ballot(stemmen.current_ballots(laptops["ronde"])[61], "geen stembiljet")
    out = tmp_path / "b.wijkdesk-invoer"
    assert invoer_bestand.write_entries(laptops["ronde"], out) == 52
    b_count = stemmen.stand(laptops["ronde"])
    close_database()
    open_database(laptops["a"])
    assert invoer_bestand.add_entries(laptops["ronde"], out) == (52, 0)
    merged = stemmen.stand(laptops["ronde"])
    assert merged.biljetten == 50 + b_count.biljetten == 99
    assert stemmen.current_ballots(laptops["ronde"])[60].keuzes == '{"4": 1}'
    assert 61 not in stemmen.current_ballots(laptops["ronde"])
    rows = Stembiljet.select().count()
    # the same file twice changes nothing
    assert invoer_bestand.add_entries(laptops["ronde"], out) == (0, 52)
    assert Stembiljet.select().count() == rows and stemmen.stand(laptops["ronde"]).per_idee == merged.per_idee
    close_database()


def test_a_file_of_another_round_or_with_other_rules_is_refused(laptops, tmp_path):
    _type_stack(laptops["b"], laptops["ronde"], range(1, 6), "samir")
    open_database(laptops["b"])
    out = tmp_path / "b.wijkdesk-invoer"
    invoer_bestand.write_entries(laptops["ronde"], out)
    close_database()
    open_database(laptops["a"])
    with pytest.raises(invoer_delen.MergeRefused, match="andere stemronde \\('Stemronde november'\\)"):
        invoer_bestand.add_entries(laptops["other"], out)
    rondes.update_ronde(laptops["ronde"], max_keuzes=3)  # laptop A changed the rules before its first vote
    with pytest.raises(invoer_delen.MergeRefused, match="regels of de ideeën"):
        invoer_bestand.add_entries(laptops["ronde"], out)
    assert Stembiljet.select().count() == 0
    close_database()


def test_a_ballot_number_taken_here_by_another_entry_refuses_the_whole_file(laptops, tmp_path):
    _type_stack(laptops["a"], laptops["ronde"], range(1, 11), "anouk")
    _type_stack(laptops["b"], laptops["ronde"], range(8, 20), "samir")  # 8..10 typed on both
    open_database(laptops["b"])
    out = tmp_path / "b.wijkdesk-invoer"
    invoer_bestand.write_entries(laptops["ronde"], out)
    close_database()
    open_database(laptops["a"])
    with pytest.raises(invoer_delen.MergeRefused, match="Stembiljet 8 \\(eerste invoer\\)"):
        invoer_bestand.add_entries(laptops["ronde"], out)
    assert Stembiljet.select().count() == 10
    close_database()


@pytest.mark.parametrize("damage", ["not json {", "[]", '{"soort": "iets anders"}'])
def test_a_damaged_file_is_refused_in_dutch(laptops, tmp_path, damage):
    out = tmp_path / "x.wijkdesk-invoer"
    out.write_text(damage, encoding="utf-8")
    open_database(laptops["a"])
    with pytest.raises(invoer_delen.MergeRefused, match="invoerbestand"):
        invoer_bestand.add_entries(laptops["ronde"], out)
    close_database()


def test_a_tampered_ballot_is_refused(laptops, tmp_path):
    _type_stack(laptops["b"], laptops["ronde"], range(1, 6), "samir")
    open_database(laptops["b"])
    out = tmp_path / "b.wijkdesk-invoer"
    invoer_bestand.write_entries(laptops["ronde"], out)
    close_database()
    data = json.loads(out.read_text(encoding="utf-8"))
    data["stembiljetten"][3]["geldig"] = True  # "1 2 3" breaks the rule of at most 2 ticks
    out.write_text(json.dumps(data), encoding="utf-8")
    open_database(laptops["a"])
    with pytest.raises(invoer_delen.MergeRefused, match="leest anders"):
        invoer_bestand.add_entries(laptops["ronde"], out)
    assert Stembiljet.select().count() == 0
    close_database()


def test_kill_9_halfway_leaves_none_of_the_entries(laptops, tmp_path):
    _type_stack(laptops["b"], laptops["ronde"], range(1, 1201), "samir")
    open_database(laptops["b"])
    out = tmp_path / "b.wijkdesk-invoer"
    invoer_bestand.write_entries(laptops["ronde"], out)
    close_database()
    before = _counts(laptops["a"], laptops["ronde"])
    child = subprocess.Popen([sys.executable, str(CHILD), str(laptops["a"]), str(out), str(laptops["ronde"])],
                             stdout=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.startswith("batch 500"), line  # the first 500 are written, the transaction is open
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(30)
    assert _counts(laptops["a"], laptops["ronde"]) == before  # none of the 1,200 survived
    # and afterwards the whole file goes in, once
    open_database(laptops["a"])
    assert invoer_bestand.add_entries(laptops["ronde"], out) == (1200, 0)
    close_database()
