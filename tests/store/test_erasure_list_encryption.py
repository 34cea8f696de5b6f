"""Issue 12 review: the erasure list beside an encrypted database is encrypted with it.

Its salted hashes let whoever finds the laptop confirm guessed names and 06-numbers, so beside an
encrypted database the raw bytes must give neither the salt nor the JSON; restore, `check`, and
versleutel / wachtwoord / ontsleutel (also killed halfway) must keep it readable by WijkDesk.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from wijkdesk.cli import main
from wijkdesk.services import wissen
from wijkdesk.services.check import run_checks
from wijkdesk.store import backups, cipher, encryption, erasures
from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import Persoon

from store_helpers import DEMO_PASSPHRASE

PASSPHRASE = "lange zomeravond 2026"
OTHER = "herfststorm boven de wijk"


@pytest.fixture(autouse=True)
def empty_keyring():
    cipher.forget()
    cipher.set_passphrase_source(None)
    yield
    close_database()
    cipher.forget()
    cipher.set_passphrase_source(None)


@pytest.fixture
def demo_at(demo_template, encrypted_demo_template, copy_template):
    """demo_at(path, passphrase=None): the demo at `path`, open, as `open_database(new, passphrase)` and
    `fill_demo()` leave it: a copy of the session's template of that kind (made exactly so), opened
    without a start backup (a new database has none)."""
    def make(path, passphrase=None):
        assert passphrase in (None, DEMO_PASSPHRASE)
        copy_template(demo_template if passphrase is None else encrypted_demo_template, path)
        open_database(path, passphrase=passphrase, backup=False)

    return make


def _someone() -> Persoon:
    return Persoon.select().where(Persoon.telefoon.is_null(False)).order_by(Persoon.id).first()


def _raw_is_sealed(path, salt: bytes) -> None:
    raw = path.read_bytes()
    assert salt.hex().encode() not in raw and salt.hex().upper().encode() not in raw
    assert b"zout" not in raw and b"personen" not in raw
    with pytest.raises(ValueError):  # not JSON (UnicodeDecodeError and JSONDecodeError are ValueErrors)
        json.loads(raw.decode("utf-8"))
    assert cipher.is_encrypted(path)


def test_plain_database_keeps_a_plain_readable_list(demo_at, data_dir):
    """The control: the same steps on a plain database give a readable JSON list (today's behaviour)."""
    path = data_dir / "plain.db"
    demo_at(path)
    wissen.erase_person(_someone())
    raw = json.loads(erasures.list_path(path).read_text(encoding="utf-8"))
    assert bytes.fromhex(raw["zout"]) == erasures.load(path).salt and len(raw["personen"]) == 1


def test_encrypted_database_encrypts_the_list_and_a_restore_still_erases_again(demo_at, data_dir, tmp_path,
                                                                                monkeypatch, capsys):
    path = data_dir / "versleuteld.db"
    demo_at(path, PASSPHRASE)
    person = _someone()
    name = person.naam
    before = backups.export_backup(path, tmp_path / "usb" / "kopie.db")  # a copy the erase cannot reach
    wissen.erase_person(person)
    salt = erasures.load(path).salt
    _raw_is_sealed(erasures.list_path(path), salt)
    assert not run_checks()
    close_database()
    cipher.forget()

    # Restore the pre-erase backup as the user does (command line, passphrase from the environment).
    monkeypatch.setenv(cipher.PASSPHRASE_ENV, PASSPHRASE)
    assert main(["backup", "--db", str(path), "--restore", str(before)]) == 0
    assert "opnieuw gewist" in capsys.readouterr().out
    assert main(["check", "--db", str(path)]) == 0
    cipher.forget()
    open_database(path, passphrase=PASSPHRASE)
    assert not Persoon.select().where(Persoon.naam == name).exists()
    assert erasures.load(path).salt == salt
    _raw_is_sealed(erasures.list_path(path), salt)


def test_without_the_passphrase_the_list_does_not_open(demo_at, data_dir):
    path = data_dir / "versleuteld.db"
    demo_at(path, PASSPHRASE)
    wissen.erase_person(_someone())
    close_database()
    cipher.forget()
    with pytest.raises(erasures.BackupError, match="onleesbaar"):
        erasures.load(path)


def test_versleutel_wachtwoord_ontsleutel_convert_the_list_along(demo_at, data_dir):
    path = data_dir / "wijk.db"
    demo_at(path)
    wissen.erase_person(_someone())
    erased = erasures.load(path)
    close_database()
    listed = erasures.list_path(path)
    assert json.loads(listed.read_text(encoding="utf-8"))["zout"] == erased.salt.hex()  # plain to begin with

    encryption.encrypt(path, PASSPHRASE)
    _raw_is_sealed(listed, erased.salt)
    cipher.forget()
    open_database(path, passphrase=PASSPHRASE)
    assert erasures.load(path).persons == erased.persons and not run_checks()
    close_database()

    encryption.change_passphrase(path, PASSPHRASE, OTHER)
    _raw_is_sealed(listed, erased.salt)
    cipher.forget()
    open_database(path, passphrase=OTHER)  # only the new passphrase is known: the list opens with it
    assert erasures.load(path).persons == erased.persons and not run_checks()
    close_database()

    encryption.decrypt(path, OTHER)
    cipher.forget()
    raw = json.loads(listed.read_text(encoding="utf-8"))
    assert raw["zout"] == erased.salt.hex() and raw["personen"] == erased.persons
    open_database(path)
    assert not run_checks()


def test_encrypt_killed_before_the_list_was_converted_is_finished_at_the_next_start(demo_at, data_dir, monkeypatch):
    """A kill after the database was encrypted but before the list: the next open encrypts the list."""
    path = data_dir / "wijk.db"
    demo_at(path)
    wissen.erase_person(_someone())
    erased = erasures.load(path)
    close_database()
    monkeypatch.setattr(erasures, "convert", lambda *_a, **_k: False)  # "killed" before this step
    encryption.encrypt(path, PASSPHRASE)
    monkeypatch.undo()
    listed = erasures.list_path(path)
    assert not cipher.is_encrypted(listed)  # the state a kill leaves behind
    cipher.forget()
    open_database(path, passphrase=PASSPHRASE)
    _raw_is_sealed(listed, erased.salt)
    assert erasures.load(path).persons == erased.persons


def test_decrypt_killed_before_the_rename_leaves_a_list_the_next_start_seals_again(demo_at, data_dir, monkeypatch):
    """Decrypting makes the list plain just before the database's rename; a kill at the rename leaves an
    encrypted database beside a plain list, which the next open encrypts again (not a locked list)."""
    path = data_dir / "wijk.db"
    demo_at(path, PASSPHRASE)
    wissen.erase_person(_someone())
    erased = erasures.load(path)
    close_database()

    real_replace = os.replace

    def killed(src, dst):
        if Path(dst) == path:
            raise KeyboardInterrupt  # stands in for the kill at the database's rename
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        encryption.decrypt(path, PASSPHRASE)
    monkeypatch.undo()
    listed = erasures.list_path(path)
    assert cipher.is_encrypted(path) and not cipher.is_encrypted(listed)
    cipher.forget()
    open_database(path, passphrase=PASSPHRASE)
    _raw_is_sealed(listed, erased.salt)
    assert erasures.load(path).persons == erased.persons
