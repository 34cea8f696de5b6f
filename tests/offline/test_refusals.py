"""Terugbrengen refuses what cannot be merged with a Dutch message, and then nothing changed anywhere."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from offline_helpers import WIJK, one, opened


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wijk_id(path):
    return one(path, "SELECT id FROM wijk WHERE naam = ?", (WIJK,))


def test_the_same_new_name_on_both_sides_is_refused_naming_the_row(server, copy):
    from wijkdesk.services import groepen, offline

    with opened(server):
        groepen.create_groep(_wijk_id(server), "Buurtpreventie")
    with opened(copy):
        groepen.create_groep(one(copy, "SELECT id FROM wijk"), "Buurtpreventie")
    before = one(server, "SELECT count(*) FROM bewonersgroep")

    with pytest.raises(offline.OfflineError, match="bewonersgroep 'Buurtpreventie' botst.*niets verzonden"):
        offline.bring_back(copy)
    assert one(server, "SELECT count(*) FROM bewonersgroep") == before
    assert one(copy, "SELECT count(*) FROM offline_verzending WHERE status = 'bezig'") == 0


def test_a_new_row_under_a_row_deleted_there_is_refused(server, copy):
    from wijkdesk.services import groepen, ideeen, offline

    with opened(server):
        gid = groepen.create_groep(_wijk_id(server), "Tijdelijke werkgroep").id
    copy2 = copy.with_name("laptop2.db")
    offline.take_wijk(server, WIJK, copy2)
    with opened(server):
        groepen.delete_groep(gid)
    with opened(copy2):
        group = one(copy2, "SELECT id FROM bewonersgroep WHERE naam = 'Tijdelijke werkgroep'")
        ideeen.create_idee(one(copy2, "SELECT id FROM wijk"), "Idee van de werkgroep", ingediend_door_groep=group)
    count = one(server, "SELECT count(*) FROM idee")

    with pytest.raises(offline.OfflineError, match="verwijst naar een bewonersgroep die in de bestemming"):
        offline.bring_back(copy2)
    assert one(server, "SELECT count(*) FROM idee") == count


def test_a_damaged_bookkeeping_or_a_foreign_file_is_refused(server, copy, data_dir):
    from wijkdesk.services import offline

    _edit(copy, "UPDATE offline_basis SET inhoud = '{kapot' WHERE rowid = (SELECT min(rowid) FROM offline_basis)")
    before = _sha(server)
    with pytest.raises(offline.OfflineError, match="beschadigd"):
        offline.bring_back(copy)
    assert _sha(server) == before
    text = data_dir / "tekst.db"
    text.write_text("geen database")
    with pytest.raises(offline.store_db.DatabaseOpenError, match="geen WijkDesk-database"):
        offline.bring_back(text)
    with pytest.raises(offline.store_db.DatabaseOpenError, match="geen WijkDesk-database"):
        offline.take_wijk(text, WIJK, data_dir / "n.db")
    assert not (data_dir / "n.db").exists()


def test_a_read_only_folder_for_the_copy_is_refused(server, tmp_path):
    import os

    from wijkdesk.services import offline

    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("root mag overal schrijven")
        with pytest.raises(offline.store_db.DatabaseOpenError, match="mag niet schrijven"):
            offline.take_wijk(server, WIJK, folder / "kopie.db")
    finally:
        os.chmod(folder, 0o755)


def test_cancel_before_the_commit_sends_nothing_and_a_later_run_sends_it(server, copy):
    from wijkdesk.services import ideeen, offline

    with opened(copy):
        ideeen.create_idee(one(copy, "SELECT id FROM wijk"), "Nog niet verzonden")
    seen = []

    def cancel_while_sending():  # the second tick: rows are being written, the journal has the send
        return seen.count("Verzenden") >= 2

    with pytest.raises(offline.Cancelled):
        offline.bring_back(copy, progress=lambda text, step, steps: seen.append(text), cancelled=cancel_while_sending)
    assert "Verzenden" in seen
    assert one(server, "SELECT count(*) FROM idee WHERE titel = 'Nog niet verzonden'") == 0
    assert one(copy, "SELECT count(*) FROM offline_verzending WHERE status = 'afgebroken'") == 1
    assert offline.bring_back(copy).status == "verzonden"
    assert one(server, "SELECT count(*) FROM idee WHERE titel = 'Nog niet verzonden'") == 1


def test_an_encrypted_copy_goes_and_comes_back(server, copy, monkeypatch):
    from wijkdesk.services import ideeen, offline
    from wijkdesk.store import cipher, encryption

    encryption.encrypt(copy, "lange zomeravond 2026")
    assert cipher.is_encrypted(copy)
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, "lange zomeravond 2026")
    cipher.set_passphrase_source(lambda path: "lange zomeravond 2026")
    try:
        from wijkdesk.store.database import close_database, open_database

        open_database(copy, backup=False, passphrase="lange zomeravond 2026")
        ideeen.create_idee(one_encrypted_wijk(), "Versleuteld meegenomen")
        close_database()
        assert offline.bring_back(copy).status == "verzonden"
    finally:
        cipher.set_passphrase_source(None)
        cipher.forget()
    assert one(server, "SELECT count(*) FROM idee WHERE titel = 'Versleuteld meegenomen'") == 1


def one_encrypted_wijk() -> int:
    from wijkdesk.store.models import Wijk

    return Wijk.select().where(Wijk.naam == WIJK).get().id


def test_the_same_ballot_number_typed_on_both_sides_is_refused(server, copy):
    from wijkdesk.services import audit, offline
    from wijkdesk.services.stemronde import stemmen

    ronde_uuid = one(server, "SELECT uuid FROM stemronde WHERE status = 'open' AND invoerwijze = 'biljetten'")
    audit.set_current_user("Tafel 1")
    try:
        with opened(server):
            stemmen.enter_ballot(one(server, "SELECT id FROM stemronde WHERE uuid = ?", (ronde_uuid,)), "1")
        with opened(copy):
            stemmen.enter_ballot(one(copy, "SELECT id FROM stemronde WHERE uuid = ?", (ronde_uuid,)), "2")
    finally:
        audit.set_current_user(None)  # back to the login name
    count = one(server, "SELECT count(*) FROM stembiljet")

    with pytest.raises(offline.OfflineError, match=r"Stembiljet \d+ \(eerste invoer\) is op beide plaatsen"):
        offline.bring_back(copy)
    assert one(server, "SELECT count(*) FROM stembiljet") == count


@pytest.mark.parametrize("change, says", [
    ("CREATE TRIGGER leeg AFTER INSERT ON audit_log BEGIN DELETE FROM uitgave; END; "
     "UPDATE idee SET titel = titel || ' x' WHERE id = (SELECT min(id) FROM idee);", "trigger leeg"),
    ("ALTER TABLE uitgave RENAME COLUMN leverancier TO iets;", "de tabel uitgave mist de kolom leverancier"),
])
def test_a_copy_another_program_changed_is_refused_and_nothing_changes(server, copy, change, says):
    """A trigger of another program on the copy ran inside terugbrengen's own writes to it (this one
    emptied the copy's expenses, and the next bring-back deleted them on the target); a renamed column
    stopped it with an SQL error. Refused in Dutch, as opening the copy is; both sides as they were."""
    from wijkdesk.services import offline

    conn = sqlite3.connect(copy)
    conn.executescript(change)
    conn.close()
    before = (_sha(server), _sha(copy))
    for _ in range(2):
        with pytest.raises(offline.store_db.DatabaseOpenError, match=f"{says}.*niets gewijzigd") as refused:
            offline.bring_back(copy)
        assert str(copy) in str(refused.value)  # the message names the copy
    assert (_sha(server), _sha(copy)) == before


def _edit(path, script: str) -> None:
    """Change a copy as another program would (plain SQL, committed)."""
    conn = sqlite3.connect(path)
    try:
        conn.executescript(script)
    finally:
        conn.close()


def _dump(path) -> list:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_rows_of_another_wijk_written_into_the_bookkeeping_are_refused_and_nothing_changes(server, copy, data_dir):
    """Found by attack: the bookkeeping of a copy of Rivierenwijk put into that of Keizerslanden made the
    send delete all paid expenses of Rivierenwijk (never taken along), and report success."""
    from wijkdesk.services import offline

    other = data_dir / "rivierenwijk.db"
    offline.take_wijk(server, "Rivierenwijk", other)
    conn = sqlite3.connect(copy)
    conn.execute("ATTACH ? AS r", (str(other),))
    conn.execute("INSERT INTO offline_basis SELECT * FROM r.offline_basis WHERE tabel = 'Uitgave'")
    added = conn.total_changes
    conn.commit()
    conn.close()
    assert added > 0
    before = _dump(server)
    with pytest.raises(offline.OfflineError, match="hoort in de bestemming niet bij deze wijk.*niets verzonden"):
        offline.bring_back(copy)
    assert _dump(server) == before


@pytest.mark.parametrize("column, value", [
    ("bedrag_cents", "'veel'"), ("bedrag_cents", "1e300"), ("bedrag_cents", "12.5"), ("status", "'hacked'"),
    ("datum", "'gisteren'"), ("betaald_op", "'31-02-2026'"),
])
def test_a_value_another_program_wrote_into_the_copy_is_refused_and_nothing_changes(server, copy, column, value):
    """Found by attack: 'veel' as an amount and 'hacked' as a status were sent and the export then stopped
    with a traceback; 1e300 and 'gisteren' stopped the send with one."""
    from wijkdesk.services import offline

    _edit(copy, f"UPDATE uitgave SET {column} = {value} WHERE id = (SELECT min(id) FROM uitgave)")
    before = _dump(server)
    with pytest.raises(offline.OfflineError, match="een waarde die daar niet kan staan.*niets verzonden"):
        offline.bring_back(copy)
    assert _dump(server) == before


def test_a_changed_value_of_the_right_kind_still_goes(server, copy):
    """The guards above refuse no ordinary change (a new amount and a new status, as the window makes them)."""
    from wijkdesk.services import offline

    conn = sqlite3.connect(copy)
    uitgave = conn.execute("SELECT uuid FROM uitgave ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("UPDATE uitgave SET bedrag_cents = 1234, versie = versie + 1 WHERE uuid = ?", (uitgave,))
    conn.commit()
    conn.close()
    result = offline.bring_back(copy)
    assert result.counts["gewijzigd"] == 1
    assert one(server, "SELECT bedrag_cents FROM uitgave WHERE uuid = ?", (uitgave,)) == 1234


@pytest.mark.parametrize("damage", [
    "UPDATE offline_bron SET waarde = '' WHERE sleutel = 'bron'",
    "UPDATE offline_basis SET inhoud = '[1, 2]' WHERE uuid = (SELECT uuid FROM uitgave ORDER BY id LIMIT 1)",
])
def test_an_emptied_source_or_a_bookkeeping_row_that_is_no_row_is_refused_in_dutch(server, copy, damage):
    """Found by attack: both stopped terugbrengen with a traceback (ValueError, AttributeError)."""
    from wijkdesk.services import offline

    _edit(copy, f"{damage}; UPDATE uitgave SET omschrijving = 'Gewijzigd offline', versie = versie + 1 "
                "WHERE id = (SELECT min(id) FROM uitgave)")
    before = _dump(server)
    with pytest.raises(offline.OfflineError, match="niets verzonden"):
        offline.bring_back(copy)
    with pytest.raises(offline.OfflineError, match="geen bestemming"):
        offline.bring_back(copy, "")
    assert _dump(server) == before
