"""One change, one unit of work: services.changes without a window (undo, redo, audit, money rules)."""
from __future__ import annotations

import datetime as dt
import functools
import json

import pytest

from wijkdesk.services import budget, changes, demo, doelen, groepen, ideeen
from wijkdesk.services.errors import OverrideRequired, ServiceError
from wijkdesk.store.models import ALL_MODELS, AuditLog, Doel, Idee


def state() -> dict:
    """Every row of every table but the (append-only) audit log, by table and id, without the row
    version: undo puts the content back under a new version (see versions())."""
    return {m._meta.table_name: {r["id"]: {k: v for k, v in r.items() if k != "versie"} for r in m.select().dicts()}
            for m in ALL_MODELS if m is not AuditLog}


def versions() -> dict:
    """(table, id) -> versie of every row but the audit log's."""
    return {(m._meta.table_name, r.id): r.versie for m in ALL_MODELS if m is not AuditLog for r in m.select()}


@functools.lru_cache(maxsize=2)
def _digest_sql(server: bool) -> str:
    parts = []
    for m in sorted((m for m in ALL_MODELS if m is not AuditLog), key=lambda m: m._meta.table_name):
        table = f'"{m._meta.table_name}"'
        names = [f'"{f.column_name}"' for f in m._meta.sorted_fields if f.name != "versie"]
        if server:
            parts.append(f"(SELECT string_agg(ROW({', '.join(names)})::text, chr(10) ORDER BY id) FROM {table})")
        else:
            row = " || ',' || ".join(f"quote({n})" for n in names)
            parts.append(f"(SELECT group_concat({row}, char(10)) FROM (SELECT * FROM {table} ORDER BY id))")
    return "SELECT " + ", ".join(parts)


def state_digest() -> int:
    """A cheap fingerprint of `state()` (every row but the audit log's, versions left out), for comparing
    hundreds of states: one statement that the database answers with one text per table, each row as its
    literal values (SQLite's quote(), PostgreSQL's row text), in id order. Equal texts mean equal rows.
    One round trip instead of one per table: on a server the demo's ~750 states cost 18,000 round trips.
    SQLite's group_concat follows the ordered subquery (its own ORDER BY needs SQLite 3.44); were the order
    ever lost, equal states would differ and the test fail, never pass wrongly."""
    from wijkdesk.store.database import current
    from wijkdesk.store.models import db

    return hash(tuple(db.execute_sql(_digest_sql(current().is_server)).fetchone()))


def audit_count() -> int:
    return AuditLog.select().count()


def test_a_change_is_one_transaction_and_says_what_it_touched(wijk):
    with changes.change("Idee toevoegen en wijzigen") as c:
        idee = ideeen.create_idee(wijk, "Bankjes")
        ideeen.update_idee(idee, thema="Groen")
    assert c.tables == {"idee", "audit_log"}
    assert [(r.model_name, r.before, r.after["thema"]) for r in c.rows] == [("Idee", None, "Groen")]

    with pytest.raises(ServiceError):
        with changes.change("Half werk"):
            ideeen.create_idee(wijk, "Geveltuinen")
            ideeen.create_idee(wijk, "")  # refused: the first one must not survive
    assert [i.titel for i in Idee.select()] == ["Bankjes"]


def test_undo_and_redo_restore_states_and_write_audit_rows(wijk, groep):
    idee = ideeen.create_idee(wijk, "Moestuin", ingediend_door_groep=groep, geschatte_kosten_cents=35_000)
    before, audits = state(), audit_count()
    with changes.change("Maak doel van 'Moestuin'") as c:
        doel = doelen.doel_from_idee(idee)
    after = state()
    assert Idee.get_by_id(idee.id).status == "gekozen"
    assert {"doel", "doel_idee", "idee"} <= c.tables

    written = audit_count()
    changes.undo(c)
    assert state() == before
    undo_rows = list(AuditLog.select().where(AuditLog.id > 0).order_by(AuditLog.id.desc()).limit(len(c.rows)))
    assert audit_count() == written + len(c.rows)
    assert {r.actie for r in undo_rows} == {"ongedaan gemaakt"}
    # The idea's way back from gekozen to nieuw is in the log (it was missing when views restored rows).
    idea_row = next(r for r in undo_rows if r.tabel == "idee")
    assert json.loads(idea_row.wijzigingen)["status"] == ["gekozen", "nieuw"]

    undone = versions()
    changes.redo(c)
    assert state() == after  # same ids and UUIDs again
    # Every row undo and redo changed in place got a newer version each time (never an old one back).
    idea_key = ("idee", idee.id)
    assert versions()[idea_key] == undone[idea_key] + 1
    assert audit_count() == written + 2 * len(c.rows)
    assert Doel.get_by_id(doel.id).titel == "Moestuin"
    assert audits < written


def test_undo_is_refused_when_the_data_moved_on(wijk):
    with changes.change("Idee toevoegen") as c:
        idee = ideeen.create_idee(wijk, "Pannakooi")
    ideeen.update_idee(idee, titel="Pannakooi bij de school")  # a change outside this one
    keep = state()
    with pytest.raises(ServiceError, match="intussen"):
        changes.undo(c)
    assert state() == keep


def test_undo_of_a_delete_that_breaks_the_money_rules_is_refused(wijk, budget_2026):
    uitgave = budget.create_uitgave(wijk, 2026, 400_000, "Bankjes", "1-3-2026")
    budget.create_uitgave(wijk, 2026, 10_000, "Koffie", "1-3-2026")  # keeps the new expense off id 1
    with changes.change("Uitgave verwijderen") as c:
        budget.delete_uitgave(uitgave)
    budget.create_uitgave(wijk, 2026, 690_000, "Speeltoestel", "2-3-2026")
    keep = state()
    with pytest.raises(OverrideRequired):
        changes.undo(c)
    assert state() == keep


def test_redo_of_an_accepted_override_does_not_ask_again(wijk, budget_2026):
    with changes.change("Dure uitgave") as c:
        budget.create_uitgave(wijk, 2026, 1_200_000, "Speeltoestel", "1-3-2026", override_reden="raad besloot")
    assert c.override_reden == "raad besloot"
    changes.undo(c)
    changes.redo(c)
    assert budget.budget_overview(wijk, 2026).resterend_cents == -200_000


def test_raw_writes_inside_a_change_are_audited_and_undone(wijk, groep):
    persoon = groepen.create_persoon("Anja Bakker", email="anja@example.nl")
    groepen.add_lid(groep, persoon)
    idee = ideeen.create_idee(wijk, "Taalcafé", ingediend_door_persoon=persoon)
    before = state()
    with changes.change("Anja wissen") as c:
        groepen.remove_persoon(persoon)
    assert Idee.get_by_id(idee.id).ingediend_door_persoon_id is None
    idea_audit = AuditLog.select().where((AuditLog.tabel == "idee") & (AuditLog.rij_uuid == idee.uuid)).order_by(
        AuditLog.id.desc()).first()
    assert idea_audit.actie == "gewijzigd"  # the cleared reference is logged, not silent
    changes.undo(c)
    assert state() == before
    # Personal data never reaches the log, not even through undo.
    assert "anja" not in " ".join(r.wijzigingen.lower() for r in AuditLog.select())


def test_voortgang_undo_puts_the_goal_percentage_back(wijk):
    doel = doelen.create_doel(wijk, "Moestuin")
    before = state()
    with changes.change("Voortgang 40 %") as c:
        doelen.add_voortgang(doel, 40, datum="1-3-2026")
    assert Doel.get_by_id(doel.id).voortgang == 40
    changes.undo(c)
    assert state() == before


def test_the_state_fingerprint_sees_a_changed_value_a_new_row_and_a_deleted_row(groep):
    """The fingerprint the demo test compares must be able to differ: not for the row version alone."""
    from wijkdesk.store.models import Bewonersgroep, db

    first = state_digest()
    assert state_digest() == first
    Bewonersgroep.update(versie=Bewonersgroep.versie + 1).where(Bewonersgroep.id == groep.id).execute()
    assert state_digest() == first  # the version is left out on purpose (undo writes a new one)
    Bewonersgroep.update(naam="Werkgroep Groen.").where(Bewonersgroep.id == groep.id).execute()
    changed = state_digest()
    assert changed != first
    Bewonersgroep.update(naam="Werkgroep Groen").where(Bewonersgroep.id == groep.id).execute()
    assert state_digest() == first
    db.execute_sql("DELETE FROM audit_log")
    assert state_digest() == first  # the audit log is not part of the state
    other = groepen.create_groep(groep.wijk, "Tweede groep")
    assert state_digest() not in (first, changed)
    Bewonersgroep.delete().where(Bewonersgroep.id == other.id).execute()
    assert state_digest() == first


def test_every_change_of_the_demo_undoes_and_redoes(db):
    """Every outermost service change the demo makes: undo gives the state before it, redo the one after."""
    states = [state_digest()]
    with changes.recording() as made:
        changes._listeners.append(lambda _c: states.append(state_digest()))
        try:
            demo.fill_demo(dt.date(2026, 11, 26))
        finally:
            changes._listeners.pop()
    assert len(made) > 200 and len(states) == len(made) + 1
    final = states[-1]
    for index in range(len(made) - 1, -1, -1):
        written = audit_count()
        changes.undo(made[index])
        assert state_digest() == states[index], made[index].text
        assert audit_count() == written + len(made[index].rows), made[index].text
    assert state_digest() == states[0]
    for index, c in enumerate(made):
        written = audit_count()
        changes.redo(c)
        assert state_digest() == states[index + 1]
        assert audit_count() == written + len(c.rows)
    assert state_digest() == final


def test_meeting_and_decision_changes_undo_exactly(wijk):
    from wijkdesk.services import bijeenkomsten

    eerste = bijeenkomsten.create_bijeenkomst(wijk, "1-3-2026", "Bewonersavond maart")
    tweede = bijeenkomsten.create_bijeenkomst(wijk, "1-4-2026", "Bewonersavond april")
    bijeenkomsten.set_nu_bezig(eerste)
    besluit = bijeenkomsten.record_besluit(wijk, "Bankjes plaatsen", bijeenkomst=eerste, besloten_door="de avond")
    for text, step in [("Nu bezig: april", lambda: bijeenkomsten.set_nu_bezig(tweede)),
                       ("Besluit vervangen", lambda: bijeenkomsten.replace_besluit(
                           besluit, "Vier bankjes plaatsen", "de avond", "begroting was te krap")),
                       ("Besluit intrekken", lambda: bijeenkomsten.withdraw_besluit(besluit, "gaat niet door"))]:
        before = state()
        with changes.change(text) as c:
            step()
        after = state()
        assert after != before and c.rows, text
        changes.undo(c)
        assert state() == before, text
        changes.redo(c)
        assert state() == after, text
        changes.undo(c)
