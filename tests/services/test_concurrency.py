"""Several people at once on one database (issue 15 point 2): row versions and money checks.

Two users are two connections to the same database: a second peewee database on the same SQLite file
(swapped into the models' proxy for a block), threads (peewee gives every thread its own connection),
or a second process (fixture `second_user` in tests/conftest.py). Every write goes through the same services the window and the CLI use.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wijkdesk.services import audit, budget, changes, common, ideeen, wijken
from wijkdesk.services.errors import ConflictError, OverrideRequired, ServiceError
from wijkdesk.store import models
from wijkdesk.store.models import AuditLog, Idee, Toekenning

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def anna(db):
    """The first user, on the fixture's connection."""
    audit.set_current_user("Anna")
    yield "Anna"
    audit.set_current_user(None)


def edit(idee_id: int, versie: int | None, **fields) -> Idee:
    """What a window's pane does: one change that names the version the user started editing from."""
    with changes.change("Idee wijzigen", versies={("Idee", idee_id): versie}):
        return ideeen.update_idee(idee_id, **fields)


def audit_rows(idee_id: int) -> list[tuple[str, str]]:
    uuid = Idee.get_by_id(idee_id).uuid
    return [(r.gebruiker, r.actie) for r in AuditLog.select().where(AuditLog.rij_uuid == uuid).order_by(AuditLog.id)]


def test_second_save_on_a_row_changed_meanwhile_is_refused_naming_who_and_when(second_user, anna):
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Bankjes")
    started_from = idee.versie  # Anna opens the idea in her pane

    with second_user("Bert"):  # Bert, on his own connection, saves first
        bert = ideeen.get_idee(idee.id)
        edit(idee.id, bert.versie, titel="Bankjes bij de vijver")

    with pytest.raises(ConflictError) as refused:
        edit(idee.id, started_from, titel="Bankjes op het plein", thema="Groen")
    message = str(refused.value)
    bert_audit = AuditLog.select().where(AuditLog.gebruiker == "Bert").get()
    assert "gewijzigd door Bert" in message
    assert f"{bert_audit.tijd:%d-%m-%Y} om {bert_audit.tijd:%H:%M}" in message
    assert "titel" in message  # what Bert changed
    assert (refused.value.model_name, refused.value.row_id, refused.value.door) == ("Idee", idee.id, "Bert")

    # Nothing of Anna's save was written, Bert's is whole: no update lost.
    fresh = Idee.get_by_id(idee.id)
    assert (fresh.titel, fresh.thema, fresh.versie) == ("Bankjes bij de vijver", "", started_from + 1)
    assert audit_rows(idee.id) == [("Anna", "aangemaakt"), ("Bert", "gewijzigd")]

    # From the fresh row Anna's save goes through, on top of Bert's.
    edit(idee.id, fresh.versie, thema="Groen")
    fresh = Idee.get_by_id(idee.id)
    assert (fresh.titel, fresh.thema, fresh.versie) == ("Bankjes bij de vijver", "Groen", started_from + 2)


def test_update_row_and_delete_row_check_the_version_they_are_given(second_user, anna):
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Pannakooi")
    with second_user("Bert"):
        ideeen.update_idee(idee.id, omschrijving="Bij de school")
    with pytest.raises(ConflictError, match="Bert"):
        common.update_row(Idee, idee.id, "idee", {"titel": "Pannaveld"}, lambda v, _c: v, versie=idee.versie)
    with pytest.raises(ConflictError, match="Bert"):
        common.delete_row(Idee.get_by_id(idee.id), "Het idee", versie=idee.versie)
    assert Idee.get_by_id(idee.id).titel == "Pannakooi"
    # Deleting the row as Anna sees it now is fine.
    common.delete_row(Idee.get_by_id(idee.id), "Het idee", versie=idee.versie + 1)
    assert Idee.get_or_none(Idee.id == idee.id) is None


def test_every_write_raises_the_version_raw_writes_too(anna):
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Moestuin")
    assert idee.versie == 1
    ideeen.update_idee(idee.id, titel="Moestuin aan de Dreef")
    assert Idee.get_by_id(idee.id).versie == 2
    ideeen.update_idee(idee.id, titel="Moestuin aan de Dreef")  # nothing differs: no new version
    assert Idee.get_by_id(idee.id).versie == 2
    with changes.change("Thema's in bulk"):  # a raw write registered with the change
        changes.touch_ids(Idee, [idee.id])
        Idee.update(thema="Groen").where(Idee.id == idee.id).execute()
    assert Idee.get_by_id(idee.id).versie == 3
    # A raw write to a row whose expected version is stale is refused before it writes.
    with pytest.raises(ConflictError):
        with changes.change("Thema's in bulk", versies={("Idee", idee.id): 2}):
            changes.touch_ids(Idee, [idee.id])
            Idee.update(thema="Blauw").where(Idee.id == idee.id).execute()
    assert (Idee.get_by_id(idee.id).thema, Idee.get_by_id(idee.id).versie) == ("Groen", 3)


def test_two_saves_at_the_same_moment_one_wins_the_other_is_refused(anna):
    """Two threads (two connections) save the same row from the same version at once."""
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Buurtfeest")
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def save(title: str) -> None:
        try:
            start.wait()
            edit(idee.id, 1, titel=title)
            outcome[title] = "opgeslagen"
        except ServiceError as exc:
            outcome[title] = exc
        finally:
            models.db.close()  # this thread's own connection

    threads = [threading.Thread(target=save, args=(t,)) for t in ("Buurtfeest in juni", "Buurtfeest in juli")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    won = [t for t, o in outcome.items() if o == "opgeslagen"]
    lost = [o for o in outcome.values() if isinstance(o, ConflictError)]
    assert len(won) == 1 and len(lost) == 1, outcome
    fresh = Idee.get_by_id(idee.id)
    assert (fresh.titel, fresh.versie) == (won[0], 2)
    assert [a for _u, a in audit_rows(idee.id)] == ["aangemaakt", "gewijzigd"]


CHILD = """
import sys
sys.path.insert(0, {root!r})
from wijkdesk.services import audit, changes, ideeen
from wijkdesk.store.database import connect
connect({path!r})
audit.set_current_user("Bert")
with changes.change("Idee wijzigen", versies={{("Idee", {idee_id}): {versie}}}):
    ideeen.update_idee({idee_id}, titel="Speeltuin met glijbaan")
print("opgeslagen")
"""


def test_a_second_process_saves_first_and_the_first_window_is_refused(db_location, anna):
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Speeltuin")
    code = CHILD.format(root=str(PROJECT_ROOT), path=str(db_location), idee_id=idee.id, versie=idee.versie)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "opgeslagen", done.stderr
    with pytest.raises(ConflictError, match="gewijzigd door Bert"):
        edit(idee.id, idee.versie, titel="Speeltuin met schommel")
    assert Idee.get_by_id(idee.id).titel == "Speeltuin met glijbaan"
    edit(idee.id, idee.versie + 1, thema="Spelen")  # from the fresh version
    assert read_elsewhere(db_location, idee.id) == ("Speeltuin met glijbaan", "Spelen", 3)


def read_elsewhere(location, idee_id: int) -> tuple:
    """The idea as a fresh, independent connection reads it: what is really stored, not what this
    process's own connection remembers (a -wal deleted under it would still show its writes to it)."""
    if str(location).startswith("postgresql"):
        import psycopg

        with psycopg.connect(str(location)) as conn:
            return conn.execute("SELECT titel, thema, versie FROM idee WHERE id = %s", (idee_id,)).fetchone()
    import sqlite3

    conn = sqlite3.connect(str(location))
    try:
        return conn.execute("SELECT titel, thema, versie FROM idee WHERE id = ?", (idee_id,)).fetchone()
    finally:
        conn.close()


@pytest.mark.sqlite_only
def test_the_window_asking_whether_its_file_is_an_offline_copy_keeps_its_wal(db_location, anna):
    """Found under Xvfb: the window's question 'is this an offline copy?' opened the live file a second
    time (a raw header read, SQLCipher's own SQLite) and closed it, which drops the POSIX locks SQLite
    holds for the open connection. A second program closing the file then deleted its -wal, and every
    later save of the window went into the deleted file: lost without a word."""
    from wijkdesk.services import offline

    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Speeltuin")
    assert offline.copy_origin(db_location) is None  # what the window asks at every refresh
    code = CHILD.format(root=str(PROJECT_ROOT), path=str(db_location), idee_id=idee.id, versie=idee.versie)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "opgeslagen", done.stderr
    assert Path(f"{db_location}-wal").exists(), "the second program deleted the window's -wal"
    edit(idee.id, idee.versie + 1, thema="Spelen")
    assert read_elsewhere(db_location, idee.id) == ("Speeltuin met glijbaan", "Spelen", 3)


def test_undo_refuses_naming_who_changed_the_row_and_redo_keeps_working(second_user, anna):
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Bankjes")
    with changes.change("Titel wijzigen") as mine:
        ideeen.update_idee(idee.id, titel="Bankjes langs de route")
    changes.undo(mine)
    changes.redo(mine)
    assert Idee.get_by_id(idee.id).titel == "Bankjes langs de route"
    # The versions only go up: after undo and redo the row is at 4, never back at an earlier number,
    # so a pane that still holds version 2 (from before the undo) is refused.
    assert Idee.get_by_id(idee.id).versie == 4
    with pytest.raises(ConflictError):
        edit(idee.id, 2, thema="Groen")

    with second_user("Bert"):
        ideeen.update_idee(idee.id, titel="Bankjes bij de vijver")
    with pytest.raises(ServiceError, match="door Bert op"):
        changes.undo(mine)
    assert Idee.get_by_id(idee.id).titel == "Bankjes bij de vijver"


# --- money checks across users ------------------------------------------------------------------


@pytest.fixture
def budget_100(anna):
    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, 10_000)  # € 100,00
    return wijk


def test_two_grants_that_each_fit_but_together_over_commit_the_second_needs_a_reason(second_user, budget_100):
    wijk = budget_100
    # Bert's connection has checked this budget before, so it holds a committed total of its own.
    with second_user("Bert"):
        budget.create_toekenning(wijk, 2026, 1_000, omschrijving="Koffie")
    budget.create_toekenning(wijk, 2026, 6_000, omschrijving="Speeltuin")  # Anna: 70 of 100
    with second_user("Bert"):
        with pytest.raises(OverrideRequired, match="overschreden"):
            budget.create_toekenning(wijk, 2026, 5_000, omschrijving="Buurtfeest")  # fits alone, not with Anna's
        assert Toekenning.select().count() == 2
        budget.create_toekenning(wijk, 2026, 5_000, omschrijving="Buurtfeest", override_reden="Wethouder akkoord")
    assert budget.budget_overview(wijk, 2026).vastgelegd_cents == 12_000


def test_two_grants_at_the_same_moment_the_second_sees_the_first(budget_100, monkeypatch):
    """Two connections grant from the same budget at once; the check of the one that goes second must
    count the first (SQLite: the write lock taken at BEGIN IMMEDIATE; a server: the budget row lock)."""
    wijk = budget_100
    check = budget._MoneyWatch.check

    def slow_check(self, written):
        # Widen the windows: between writing the grant and reading the totals, and between reading them
        # and the commit (where, without the server's row lock, both grants passed on PostgreSQL).
        time.sleep(0.2)
        result = check(self, written)
        time.sleep(0.2)
        return result

    monkeypatch.setattr(budget._MoneyWatch, "check", slow_check)
    start = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def grant(name: str) -> None:
        try:
            start.wait()
            budget.create_toekenning(wijk, 2026, 6_000, omschrijving=name)
            outcome[name] = "toegekend"
        except ServiceError as exc:
            outcome[name] = exc
        except Exception as exc:  # noqa: BLE001 - a driver error ("database is locked") fails the test below
            outcome[name] = exc
        finally:
            models.db.close()

    threads = [threading.Thread(target=grant, args=(n,)) for n in ("Speeltuin", "Buurtfeest")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    granted = [n for n, o in outcome.items() if o == "toegekend"]
    refused = [o for o in outcome.values() if isinstance(o, OverrideRequired)]
    assert len(granted) == 1 and len(refused) == 1, outcome
    assert [t.omschrijving for t in Toekenning.select()] == granted
    assert budget.budget_overview(wijk, 2026).vastgelegd_cents == 6_000
