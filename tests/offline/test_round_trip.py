"""Meenemen and terugbrengen through the services the window and the command line use (SQLite <-> SQLite).

Every change is made the way a user makes it (services on an opened database); the files are then read
directly, so a test fails when a row is lost, doubled or overwritten without a decision.
"""
from __future__ import annotations

import datetime as dt

import pytest

from offline_helpers import TABLES, WIJK, one, opened, rows, uuids


def _wijk_id(path):
    return one(path, "SELECT id FROM wijk WHERE naam = ?", (WIJK,))


def _ideas(path):
    return dict(rows(path, "SELECT uuid, titel FROM idee WHERE wijk_id = ?", (_wijk_id(path),)))


def _free_expense(path) -> str:
    """An expense of the wijk that nothing refers to (so it may be deleted)."""
    return one(path, "SELECT u.uuid FROM uitgave u JOIN meedoenbudget b ON u.budget_id = b.id "
                     "WHERE b.wijk_id = ? ORDER BY u.id LIMIT 1", (_wijk_id(path),))


def test_the_copy_holds_the_wijk_and_what_it_refers_to_and_nothing_else(server, copy):
    from wijkdesk.services import budget

    wid = _wijk_id(server)
    assert uuids(copy, "wijk") == [one(server, "SELECT uuid FROM wijk WHERE id = ?", (wid,))]
    assert sorted(_ideas(copy)) == sorted(_ideas(server))
    expenses = rows(server, "SELECT u.uuid, u.bedrag_cents FROM uitgave u JOIN meedoenbudget b ON u.budget_id = b.id "
                            "WHERE b.wijk_id = ?", (wid,))
    assert sorted(rows(copy, "SELECT uuid, bedrag_cents FROM uitgave")) == sorted(expenses)
    members = rows(server, "SELECT DISTINCT p.uuid FROM persoon p JOIN lidmaatschap l ON l.persoon_id = p.id "
                           "JOIN bewonersgroep g ON l.groep_id = g.id WHERE g.wijk_id = ?", (wid,))
    assert {u for (u,) in members} <= set(uuids(copy, "persoon"))
    assert len(uuids(copy, "persoon")) < len(uuids(server, "persoon"))  # not everyone in the city
    # Every row keeps its version as the base of a later comparison.
    assert one(copy, "SELECT count(*) FROM offline_basis WHERE tabel = 'Uitgave'") == len(expenses)
    # It is an ordinary WijkDesk database: opened and used through the services.
    with opened(copy):
        jaar = one(copy, "SELECT max(jaar) FROM meedoenbudget")
        overview = budget.budget_overview(one(copy, "SELECT id FROM wijk"), jaar)
        assert overview.budget_cents > 0


def test_round_trip_with_changes_on_both_sides_then_a_second_send_changes_nothing(server, copy):
    from wijkdesk.services import budget, ideeen, offline

    ideas = sorted(_ideas(server))
    a, b = ideas[0], ideas[1]
    gone = _free_expense(server)
    jaar = one(server, "SELECT max(jaar) FROM meedoenbudget WHERE wijk_id = ?", (_wijk_id(server),))
    with opened(server):  # meanwhile at the town hall
        ideeen.update_idee(one(server, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Titel van de server")
        budget.create_uitgave(_wijk_id(server), jaar, 150, "Postzegels (server)", dt.date(jaar, 3, 1),
                              override_reden="test")
    with opened(copy):  # at the community centre, offline
        cid = one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,))
        ideeen.update_idee(cid, thema="Groen")  # another field of the same idea: no conflict
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (b,)), omschrijving="Offline aangevuld")
        ideeen.create_idee(one(copy, "SELECT id FROM wijk"), "Nieuw idee van de avond")
        budget.delete_uitgave(one(copy, "SELECT id FROM uitgave WHERE uuid = ?", (gone,)), override_reden="test")
    before_ideas = one(server, "SELECT count(*) FROM idee")

    result = offline.bring_back(copy)

    assert result.status == "verzonden"
    assert result.counts["toegevoegd"] >= 1 and result.counts["verwijderd"] == 1
    assert one(server, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Titel van de server"
    assert one(server, "SELECT thema FROM idee WHERE uuid = ?", (a,)) == "Groen"
    assert one(server, "SELECT omschrijving FROM idee WHERE uuid = ?", (b,)) == "Offline aangevuld"
    assert one(server, "SELECT count(*) FROM idee WHERE titel = 'Nieuw idee van de avond'") == 1
    assert one(server, "SELECT count(*) FROM idee") == before_ideas + 1
    assert one(server, "SELECT count(*) FROM uitgave WHERE uuid = ?", (gone,)) == 0
    assert one(server, "SELECT count(*) FROM uitgave WHERE omschrijving = 'Postzegels (server)'") == 1
    # The server's audit log says who did what offline and that it was brought back.
    assert one(server, "SELECT count(*) FROM audit_log WHERE actie = 'teruggebracht'") == 1
    assert one(server, "SELECT count(*) FROM audit_log WHERE actie = 'verwijderd' AND rij_uuid = ?", (gone,)) >= 1
    # The copy now has the server's side too.
    assert one(copy, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Titel van de server"
    assert one(copy, "SELECT count(*) FROM uitgave WHERE omschrijving = 'Postzegels (server)'") == 1
    # The row version moved on where the server's row was changed from the laptop.
    assert one(server, "SELECT versie FROM idee WHERE uuid = ?", (b,)) >= 2

    snapshot = {t: rows(server, f"SELECT * FROM {t} ORDER BY id") for t in TABLES + ["audit_log"]}
    again = offline.bring_back(copy)
    assert again.status == "niets te verzenden"
    assert {t: rows(server, f"SELECT * FROM {t} ORDER BY id") for t in TABLES + ["audit_log"]} == snapshot


def test_a_field_changed_on_both_sides_is_listed_and_nothing_is_sent_until_decided(server, copy):
    from wijkdesk.services import ideeen, offline

    a = sorted(_ideas(server))[0]
    with opened(server):
        ideeen.update_idee(one(server, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Server zegt dit")
    with opened(copy):
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Laptop zegt dat")
        ideeen.create_idee(one(copy, "SELECT id FROM wijk"), "Ook nieuw")
    count = one(server, "SELECT count(*) FROM idee")

    with pytest.raises(offline.ConflictsFound) as found:
        offline.bring_back(copy)

    [conflict] = found.value.conflicts
    assert conflict.key == f"Idee/{a}/titel"
    assert "Server zegt dit" in conflict.describe() and "Laptop zegt dat" in conflict.describe()
    assert one(server, "SELECT count(*) FROM idee") == count  # nothing sent, not even the new idea
    assert one(server, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Server zegt dit"

    offline.bring_back(copy, decisions={conflict.key: "mijn"})
    assert one(server, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Laptop zegt dat"
    assert one(server, "SELECT count(*) FROM idee") == count + 1


def test_a_conflict_says_who_changed_the_row_in_the_destination_and_when(server, copy):
    """To choose between 'mijn' and 'hun', the user sees who made 'hun' and when (the destination's audit log)."""
    from wijkdesk.services import audit, ideeen, offline

    a = sorted(_ideas(server))[0]
    before = dt.datetime.now().replace(microsecond=0) - dt.timedelta(seconds=1)
    audit.set_current_user("Bert")
    try:
        with opened(server):
            ideeen.update_idee(one(server, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Bert zegt dit")
    finally:
        audit.set_current_user(None)
    with opened(copy):
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Anna zegt dat")

    with pytest.raises(offline.ConflictsFound) as found:
        offline.bring_back(copy)

    [conflict] = found.value.conflicts
    assert conflict.door == "Bert"
    assert before <= conflict.op <= dt.datetime.now() + dt.timedelta(seconds=1)
    assert f"daar gewijzigd door Bert op {conflict.op:%d-%m-%Y} om {conflict.op:%H:%M}" in conflict.describe()


def test_keep_theirs_keeps_the_server_and_the_copy_follows(server, copy):
    from wijkdesk.services import ideeen, offline

    a = sorted(_ideas(server))[0]
    with opened(server):
        ideeen.update_idee(one(server, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Server")
    with opened(copy):
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Laptop")

    offline.bring_back(copy, houd="hun")

    assert one(server, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Server"
    assert one(copy, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Server"


def test_deleted_here_but_changed_there_is_a_conflict_of_the_whole_row(server, copy):
    from wijkdesk.services import budget, offline

    gone = _free_expense(server)
    with opened(server):
        budget.update_uitgave(one(server, "SELECT id FROM uitgave WHERE uuid = ?", (gone,)), leverancier="Bakker")
    with opened(copy):
        budget.delete_uitgave(one(copy, "SELECT id FROM uitgave WHERE uuid = ?", (gone,)), override_reden="test")

    with pytest.raises(offline.ConflictsFound) as found:
        offline.bring_back(copy)
    [conflict] = found.value.conflicts
    assert conflict.key == f"Uitgave/{gone}/*" and "hier verwijderd" in conflict.describe()
    assert one(server, "SELECT leverancier FROM uitgave WHERE uuid = ?", (gone,)) == "Bakker"

    offline.bring_back(copy, decisions={conflict.key: "hun"})
    assert one(server, "SELECT leverancier FROM uitgave WHERE uuid = ?", (gone,)) == "Bakker"
    assert one(copy, "SELECT leverancier FROM uitgave WHERE uuid = ?", (gone,)) == "Bakker"  # back in the copy


def test_two_expenses_that_each_fit_but_together_overcommit_need_a_reason(server, copy):
    from wijkdesk.services import budget, offline
    from wijkdesk.services.errors import OverrideRequired

    wid = _wijk_id(server)
    jaar = one(server, "SELECT max(jaar) FROM meedoenbudget WHERE wijk_id = ?", (wid,))
    with opened(server):
        left = budget.budget_overview(wid, jaar).resterend_cents
    assert left > 200
    half = left // 2 + 100  # cents: each fits alone; both do not
    with opened(server):
        budget.create_uitgave(wid, jaar, half, "Podium (server)", dt.date(jaar, 5, 1))
    with opened(copy):
        budget.create_uitgave(one(copy, "SELECT id FROM wijk"), jaar, half, "Geluid (laptop)", dt.date(jaar, 5, 1))
    count = one(server, "SELECT count(*) FROM uitgave")

    with pytest.raises(OverrideRequired):
        offline.bring_back(copy)
    assert one(server, "SELECT count(*) FROM uitgave") == count

    offline.bring_back(copy, reden="Wethouder akkoord met overschrijding")
    assert one(server, "SELECT count(*) FROM uitgave") == count + 1
    assert one(server, "SELECT count(*) FROM audit_log WHERE reden LIKE '%Wethouder akkoord%'") >= 1


def test_a_wijk_moves_to_another_laptop_without_a_server(server, copy, data_dir):
    from wijkdesk.services import ideeen, offline, wijken

    other = data_dir / "andere-laptop.db"
    with opened(other):  # a laptop that has never seen this wijk
        wijken.create_wijk("Elders")
    with opened(copy):
        ideeen.create_idee(one(copy, "SELECT id FROM wijk"), "Meegenomen idee")

    result = offline.bring_back(copy, target=other)

    assert result.status == "verzonden"
    assert uuids(other, "idee") == uuids(copy, "idee")
    assert one(other, "SELECT count(*) FROM wijk WHERE naam = ?", (WIJK,)) == 1
    assert sorted(rows(other, "SELECT uuid, bedrag_cents FROM uitgave")) == sorted(
        rows(copy, "SELECT uuid, bedrag_cents FROM uitgave"))
    # The copy now belongs to that laptop: a second send there changes nothing.
    assert offline.copy_origin(copy).bron == str(other.resolve())
    assert offline.bring_back(copy).status == "niets te verzenden"


def test_receipts_travel_both_ways(server, data_dir, tmp_path):
    from wijkdesk.services import budget, offline

    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4 kassabon server\n")
    wid = _wijk_id(server)
    jaar = one(server, "SELECT max(jaar) FROM meedoenbudget WHERE wijk_id = ?", (wid,))
    with opened(server):
        budget.create_uitgave(wid, jaar, 200, "Met bon", dt.date(jaar, 2, 2), bonnetje_bron=receipt,
                              override_reden="test")
    copy = data_dir / "laptop.db"
    taken = offline.take_wijk(server, WIJK, copy)
    assert taken.bijlagen == 1
    stored = one(copy, "SELECT bonnetje FROM uitgave WHERE omschrijving = 'Met bon'")
    assert stored.startswith("laptop-bijlagen/")
    assert (data_dir / stored).read_bytes() == receipt.read_bytes()

    second = tmp_path / "bon2.jpg"
    second.write_bytes(b"\xff\xd8 foto van de laptop")
    with opened(copy):
        budget.create_uitgave(one(copy, "SELECT id FROM wijk"), jaar, 300, "Bon van de laptop",
                              dt.date(jaar, 2, 3), bonnetje_bron=second, override_reden="test")
    assert offline.bring_back(copy).status == "verzonden"
    back = one(server, "SELECT bonnetje FROM uitgave WHERE omschrijving = 'Bon van de laptop'")
    assert back.startswith("server-bijlagen/")
    assert (data_dir / back).read_bytes() == second.read_bytes()
    assert offline.bring_back(copy).status == "niets te verzenden"  # paths differ, content does not


def test_refusals_are_dutch_and_change_nothing(server, copy, data_dir):
    from wijkdesk.services import offline

    with pytest.raises(offline.OfflineError, match="geen wijk 'Nergenshuizen'.*Keizerslanden"):
        offline.take_wijk(server, "Nergenshuizen", data_dir / "x.db")
    assert not (data_dir / "x.db").exists()
    with pytest.raises(offline.OfflineError, match="bestaat al"):
        offline.take_wijk(server, WIJK, copy)
    with pytest.raises(offline.OfflineError, match="geen meegenomen wijk"):
        offline.bring_back(server, target=copy)
    cancelled = data_dir / "afgebroken.db"
    with pytest.raises(offline.Cancelled):
        offline.take_wijk(server, WIJK, cancelled, cancelled=lambda: True)
    assert not cancelled.exists()


def test_every_model_has_a_place_in_a_wijk():
    """A new model that no rule in store/wijk_rows.py places would silently stay behind on the server."""
    from wijkdesk.store import wijk_rows
    from wijkdesk.store.models import ALL_MODELS

    assert wijk_rows.uncovered_models() == []
    assert {m.__name__ for m in wijk_rows.wijk_models()} == {m.__name__ for m in ALL_MODELS}


def test_merge_rules_of_one_row():
    from wijkdesk.domain.three_way import BOTH_CHANGED, merge_row

    fields = ["titel", "thema"]
    base = {"titel": "A", "thema": "x"}
    # changed here only -> sent; changed there only -> kept; both the same -> nothing
    assert merge_row("Idee", "u", base, {"titel": "B", "thema": "x"}, base, fields).values == {"titel": "B"}
    assert merge_row("Idee", "u", base, base, {"titel": "C", "thema": "x"}, fields).action is None
    assert merge_row("Idee", "u", base, {"titel": "D", "thema": "x"}, {"titel": "D", "thema": "x"}, fields).action is None
    both = merge_row("Idee", "u", base, {"titel": "B", "thema": "y"}, {"titel": "C", "thema": "x"}, fields)
    assert [(c.veld, c.soort) for c in both.conflicts] == [("titel", BOTH_CHANGED)] and both.values == {"thema": "y"}
    mine = merge_row("Idee", "u", base, {"titel": "B", "thema": "x"}, {"titel": "C", "thema": "x"}, fields,
                     {"Idee/u/titel": "mijn"})
    assert mine.values == {"titel": "B"} and not mine.conflicts
    theirs = merge_row("Idee", "u", base, {"titel": "B", "thema": "x"}, {"titel": "C", "thema": "x"}, fields,
                       default="hun")
    assert theirs.action is None and not theirs.conflicts
    # deletes
    assert merge_row("Idee", "u", base, None, base, fields).action == "delete"
    assert merge_row("Idee", "u", base, None, {"titel": "C", "thema": "x"}, fields).conflicts[0].veld == "*"
    assert merge_row("Idee", "u", base, base, None, fields).action is None
    assert merge_row("Idee", "u", None, base, None, fields).action == "insert"


def test_a_person_added_offline_without_a_group_yet_comes_back(server, copy):
    from wijkdesk.services import groepen, offline

    with opened(copy):
        groepen.create_persoon("Nieuwe bewoner", telefoon="06-12345678")
    assert one(copy, "SELECT count(*) FROM persoon WHERE naam = 'Nieuwe bewoner'") == 1
    offline.bring_back(copy)
    assert one(server, "SELECT telefoon FROM persoon WHERE naam = 'Nieuwe bewoner'") == "06-12345678"


def test_with_nothing_to_send_the_copy_still_gets_what_changed_there(server, copy):
    from wijkdesk.services import ideeen, offline

    a = sorted(_ideas(server))[0]
    with opened(server):
        ideeen.update_idee(one(server, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Nieuw op het stadhuis")
    assert offline.bring_back(copy).status == "niets te verzenden"
    assert one(copy, "SELECT titel FROM idee WHERE uuid = ?", (a,)) == "Nieuw op het stadhuis"
    with opened(copy):  # a later change here is no conflict with that one
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,)), thema="Later")
    assert offline.bring_back(copy).status == "verzonden"


def test_a_photo_attached_to_an_expense_travels_with_its_file(server, data_dir, tmp_path):
    from wijkdesk.services import bijlagen, offline

    photo = tmp_path / "foto-buurtfeest.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 foto van het buurtfeest")
    expense = one(server, "SELECT u.id FROM uitgave u JOIN meedoenbudget b ON u.budget_id = b.id "
                          "WHERE b.wijk_id = ? ORDER BY u.id LIMIT 1", (_wijk_id(server),))
    with opened(server):
        bijlagen.add("uitgave", expense, photo, omschrijving="Buurtfeest")
    copy = data_dir / "laptop.db"
    offline.take_wijk(server, WIJK, copy)
    stored = one(copy, "SELECT pad FROM bijlage WHERE omschrijving = 'Buurtfeest'")
    assert stored.startswith("laptop-bijlagen/") and (data_dir / stored).read_bytes() == photo.read_bytes()
    second = tmp_path / "bon.png"
    second.write_bytes(b"\x89PNG bon van de laptop")
    with opened(copy):
        bijlagen.add("uitgave", one(copy, "SELECT id FROM uitgave ORDER BY id LIMIT 1"), second, omschrijving="Laptop")
    assert offline.bring_back(copy).status == "verzonden"
    back = one(server, "SELECT pad FROM bijlage WHERE omschrijving = 'Laptop'")
    assert back.startswith("server-bijlagen/") and (data_dir / back).read_bytes() == second.read_bytes()


def test_the_base_records_each_rows_version_at_the_time(server, copy):
    from wijkdesk.services import ideeen, offline

    a = sorted(_ideas(server))[0]
    taken = one(copy, "SELECT versie FROM offline_basis WHERE tabel = 'Idee' AND uuid = ?", (a,))
    assert taken == one(server, "SELECT versie FROM idee WHERE uuid = ?", (a,))
    with opened(copy):
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Andere titel")
    offline.bring_back(copy)
    assert one(copy, "SELECT versie FROM offline_basis WHERE tabel = 'Idee' AND uuid = ?", (a,)) == one(
        server, "SELECT versie FROM idee WHERE uuid = ?", (a,)) > taken


def test_a_laptop_that_has_its_own_wijk_of_that_name_is_refused_without_saying_meanwhile(server, copy, data_dir):
    """Moving a wijk to a laptop that has its OWN wijk of the same name (never taken from the copy's
    source): the message said the row was made there "intussen" (meanwhile), which reads as if someone
    just did it; it exists there already. Nothing is sent."""
    from wijkdesk.services import offline, wijken

    other = data_dir / "andere-laptop.db"
    with opened(other):
        wijken.create_wijk(WIJK)
    before = rows(other, "SELECT uuid, naam, versie FROM wijk")

    with pytest.raises(offline.OfflineError) as refused:
        offline.bring_back(copy, target=other)

    message = str(refused.value)
    assert WIJK in message and "al bestaat" in message and "intussen" not in message, message
    assert rows(other, "SELECT uuid, naam, versie FROM wijk") == before
    assert one(other, "SELECT count(*) FROM idee") == 0


def test_a_conflict_on_an_amount_is_shown_in_euros():
    """Found by hand: the conflict list showed 'bedrag_cents' with '12000' where the user knows € 120,00."""
    from wijkdesk.domain import three_way
    from wijkdesk.services import offline

    conflict = offline.ConflictRow(three_way.Conflict("Uitgave", "u", "bedrag_cents", three_way.BOTH_CHANGED,
                                                      12000, 15000, 13550), "uitgave", "Koffie en thee")
    assert conflict.describe() == ("uitgave 'Koffie en thee', veld bedrag: basis € 120,00, mijn € 150,00, "
                                   "hun € 135,50")


def test_a_copy_of_an_encrypted_database_is_encrypted_with_its_receipts_and_comes_back(server, data_dir, tmp_path):
    """The residents' data goes on a laptop to the community centre: a copy of an encrypted database is
    encrypted too (the same passphrase), receipts included, and nothing of it is readable on disk. Before,
    `meenemen` of an encrypted database wrote a plain file (found in the issue 15 review)."""
    from wijkdesk.services import budget, ideeen, offline
    from wijkdesk.store import attachments, cipher, encryption
    from wijkdesk.store.database import PassphraseRequiredError, close_database, open_database
    from wijkdesk.store.models import Idee, Uitgave

    passphrase = "wijkavond in de Worp 2026"
    bon = tmp_path / "bon.pdf"
    bon.write_bytes(b"%PDF-1.4 bonnetje van de koffie voor de bewonersavond")
    with opened(server):
        budget.update_uitgave(Uitgave.select().order_by(Uitgave.id).first(), bonnetje_bron=bon)
    encryption.encrypt(server, passphrase)
    cipher.forget()
    try:
        copy = data_dir / "laptop.db"
        assert offline.take_wijk(server, WIJK, copy, passphrase=passphrase).versleuteld

        assert cipher.is_encrypted(copy)
        raw = copy.read_bytes()
        assert WIJK.encode() not in raw and b"Keizers" not in raw
        receipts = [p for p in attachments.folder(copy).rglob("*") if p.is_file()]
        assert receipts, "the receipt travels with the copy"
        for receipt in receipts:
            assert cipher.is_encrypted(receipt) and b"bonnetje" not in receipt.read_bytes()

        cipher.forget()  # another start of WijkDesk on the laptop: only the passphrase opens the copy
        with pytest.raises(PassphraseRequiredError):
            open_database(copy, backup=False)
        open_database(copy, backup=False, passphrase=passphrase)
        try:
            idee = Idee.select().order_by(Idee.id).first()
            ideeen.update_idee(idee.id, titel="Op de bewonersavond veranderd")
        finally:
            close_database()
        assert offline.bring_back(copy).status == "verzonden"
        open_database(server, backup=False, passphrase=passphrase)
        try:
            assert Idee.get(Idee.uuid == idee.uuid).titel == "Op de bewonersavond veranderd"
        finally:
            close_database()
    finally:
        cipher.forget()
