"""Demo data and `wijkdesk check`, through the same functions the command line uses."""
import sqlite3
from collections import Counter

import pytest

from wijkdesk.cli import main
from wijkdesk.domain.workflow import IDEE_STATUSSEN
from wijkdesk.services import budget, check, demo, wijken
from wijkdesk.services.errors import ServiceError
from wijkdesk.store.models import Doel, Idee, Meedoenbudget, Uitgave, Voortgang


def test_demo_covers_the_whole_cycle(db):
    counts = demo.fill_demo()
    assert counts["wijken"] == 3 and counts["ideeen"] >= 30
    statuses = Counter(i.status for i in Idee.select())
    assert set(statuses) == set(IDEE_STATUSSEN)
    assert {b.jaar for b in Meedoenbudget.select()} == {2025, 2026}
    assert Voortgang.select().count() > 0 and Doel.select().where(Doel.voortgang == 100).exists()
    assert Uitgave.select().where(Uitgave.status == "betaald").exists()
    for wijk in wijken.list_wijken():
        for year in (2025, 2026):
            assert budget.budget_overview(wijk, year).resterend_cents >= 0
    assert check.run_checks() == []


def test_demo_refuses_database_with_data(db):
    wijken.create_wijk("Zandweerd")
    with pytest.raises(ServiceError, match="bevat al gegevens"):
        demo.fill_demo()


def test_cli_demo_and_check_exit_codes(tmp_path, capsys, data_dir):
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["demo", "--db", str(path)]) == 1
    assert "bevat al gegevens" in capsys.readouterr().err
    assert main(["check", "--db", str(path)]) == 0
    assert "gezond" in capsys.readouterr().out
    with sqlite3.connect(path) as con:
        con.execute("UPDATE uitgave SET bedrag_cents = 12.5 WHERE id = 1")
        con.execute("UPDATE doel SET voortgang = 3 WHERE id = 1")
        con.execute("UPDATE idee SET status = 'vergeten' WHERE id = 1")
    assert main(["check", "--db", str(path)]) == 1
    out = capsys.readouterr().out
    assert "geen hele centen" in out and "laatste melding" in out and "onbekende status 'vergeten'" in out
    assert main(["check", "--db", str(tmp_path / "bestaat-niet.db")]) == 2
    notdb = tmp_path / "brief.txt"
    notdb.write_text("geen database")
    assert main(["check", "--db", str(notdb)]) == 2
    assert "geen WijkDesk-database" in capsys.readouterr().err
    assert notdb.read_text() == "geen database"


def test_check_finds_over_commit_without_reason(demo_db):
    grant_budget = Meedoenbudget.select().first()
    Meedoenbudget.update(bedrag_cents=1).where(Meedoenbudget.id == grant_budget.id).execute()
    problems = check.run_checks()
    assert any("overschreden" in p for p in problems)


def test_demo_has_no_payments_in_the_future(demo_db):
    import datetime as dt

    # The session's demo is filled as of 26-11-2026, fill_demo's default day.
    assert not Uitgave.select().where(Uitgave.betaald_op > dt.date(2026, 11, 26)).exists()
    assert not Uitgave.select().where(Uitgave.datum > dt.date(2026, 11, 26)).exists()


def test_demo_activities_end_well_after_their_decision(demo_db):
    """A demo grant's activity ends (and its verantwoording is due) well after the grant was decided, its goal's
    deadline too, and the goal's progress lies between the bewonersavond and the demo's day. The demo once had
    a grant decided 19-09-2026 whose activity ended 15-06-2026, its verantwoording due 14-09-2026."""
    import datetime as dt

    from wijkdesk.services import verantwoording
    from wijkdesk.store.models import Toekenning

    demo_day = dt.date(2026, 11, 26)  # fill_demo's default day, as the session's demo is filled
    grants = list(Toekenning.select())
    assert len(grants) == 18 and all(g.doel_id for g in grants)  # every demo grant is a goal's
    for grant in grants:
        decided, ends = grant.besluitdatum, grant.activiteit_einddatum
        assert decided and ends and ends >= decided + dt.timedelta(days=60), (grant.omschrijving, decided, ends)
        assert verantwoording.grant_deadline(grant) > decided
        doel = Doel.get_by_id(grant.doel_id)
        assert doel.deadline == ends and doel.deadline > decided
        for entry in Voortgang.select().where(Voortgang.doel == doel.id):
            # the request came in on the evening the idea was chosen (services/demo.py _demo_request)
            assert grant.aanvraag_ontvangen_op <= entry.datum <= demo_day, (doel.titel, entry.datum)


def test_check_accepts_a_budget_lowered_with_reason(db):
    from wijkdesk.services import groepen

    wijk = wijken.create_wijk("Zandweerd")
    groep = groepen.create_groep(wijk, "Werkgroep")
    budget.set_budget(wijk, 2026, 100_000)
    budget.create_toekenning(wijk, 2026, 90_000, groep=groep)
    budget.set_budget(wijk, 2026, 50_000, override_reden="Bezuiniging gemeente")
    assert check.run_checks() == []


def test_check_finds_links_across_wijken(demo_db):
    from wijkdesk.store.models import Bewonersgroep, Wijk

    other = Wijk.select().order_by(Wijk.id.desc()).first()
    idee = Idee.select().where(Idee.ingediend_door_groep.is_null(False) & (Idee.wijk != other)).first()
    foreign_group = Bewonersgroep.select().where(Bewonersgroep.wijk == other).first()
    Idee.update(ingediend_door_groep=foreign_group).where(Idee.id == idee.id).execute()  # bypassing services
    assert f"Idee {idee.id} is ingediend door een groep uit een andere wijk." in check.run_checks()
