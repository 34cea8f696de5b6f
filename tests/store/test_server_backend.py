"""A database on a PostgreSQL server: choosing it, refusing what is not one, and opening it.

The first tests need no server at all (a URL must never become a file name, a password never reaches
a message or the log); the rest run on the throwaway cluster (`pg_url`, see tests/conftest.py).
"""
from __future__ import annotations

import os

import pytest

from wijkdesk.cli import main
from wijkdesk.store import migrations, server
from wijkdesk.store.errors import DatabaseOpenError, NewerSchemaError, NotADatabaseError

# Port 1 on this machine: nothing listens there, so the connection is refused at once.
UNREACHABLE = "postgresql://wijkkoppel@127.0.0.1:1/wijkdesk"
COMMANDS = [
    ["demo"], ["check"], ["export", "--out", "uit.xlsx"], ["import", "in.xlsx"], ["bewaartermijn"],
    ["erase-person", "--naam", "Iemand", "--ja"], ["template", "--out", "sjabloon.xlsx"],
    ["backup"], ["backup", "--list"], ["backup", "--to", "kopie.db"], ["versleutel"], ["ontsleutel"],
    ["wachtwoord"], ["pdf", "poster", "--out", "p.pdf"],
    ["rapport", "--alle-wijken", "--year", "2026", "--out", "r.pdf"],
    ["meenemen", "--wijk", "Keizerslanden", "--naar", "mee.db"],
]


def _run_in(folder, argv):
    old = os.getcwd()
    os.chdir(folder)
    try:
        return main(argv)
    finally:
        os.chdir(old)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("location", [UNREACHABLE, "postgres://x@127.0.0.1:1/db", "mysql://x@host/db",
                                      "server:bestaat_niet_h15a", "postgresql:wijkdesk"])
def test_no_command_takes_a_server_location_for_a_file_name(tmp_path, data_dir, monkeypatch, capsys,
                                                            command, location):
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "geen-services.conf"))
    monkeypatch.setenv("PGSYSCONFDIR", str(tmp_path))
    work = tmp_path / "werkmap"
    work.mkdir()
    (work / "in.xlsx").write_bytes(b"PK")  # the import must not get as far as reading it
    argv = command[:1] + ["--db", location] + command[1:]
    if command[0] == "pdf":
        argv = ["pdf", "poster", "--db", location, "--ronde", "1", "--out", "p.pdf"]
    code = _run_in(work, argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("Fout: ") and "Traceback" not in err
    assert sorted(p.name for p in work.iterdir()) == ["in.xlsx"], "a file or folder was made"
    assert not any(p.name.startswith(("postgresql", "postgres", "mysql", "server")) for p in data_dir.rglob("*"))


def test_a_password_in_the_url_is_refused_and_never_shown_or_logged(tmp_path, data_dir, capsys):
    code = _run_in(tmp_path, ["demo", "--db", "postgresql://wijkkoppel:Geheim123@127.0.0.1:1/wijkdesk"])
    err = capsys.readouterr().err
    assert code == 2
    assert "Geheim123" not in err and "pgpass" in err
    logged = "".join(p.read_text(encoding="utf-8", errors="replace") for p in data_dir.rglob("*.log*"))
    assert "Geheim123" not in logged
    with pytest.raises(DatabaseOpenError):
        server.parse("postgresql://u@h/db?password=Geheim123")


@pytest.mark.parametrize("secret", ["p/ss_Geheim", "p@ss_Geheim", "ge#heim_Geheim", "ge?heim_Geheim",
                                    "ge heim_Geheim"])
def test_a_password_with_a_url_character_in_it_is_refused_and_never_shown(tmp_path, data_dir, capsys, secret):
    """A password holding /, @, ?, # or a space: urlsplit ends the user part at the first of those (so
    'u:p/ss@h' read as host 'u', port 'p', no password): it was accepted, kept in the settings and
    printed in every message."""
    location = f"postgresql://wijkkoppel:{secret}@127.0.0.1:1/wijkdesk"
    code = _run_in(tmp_path, ["demo", "--db", location])
    err = capsys.readouterr().err
    assert code == 2
    assert "pgpass" in err and "Geheim" not in err and "heim" not in err
    logged = "".join(p.read_text(encoding="utf-8", errors="replace") for p in data_dir.rglob("*.log*"))
    assert "Geheim" not in logged
    # The settings dialog asks the same question before it keeps a location.
    from wijkdesk.services import database

    problem = database.server_location_problem(location)
    assert problem and "Geheim" not in problem
    if " " not in secret:  # in free text a space ends the word; parse refuses such an address first
        assert "Geheim" not in server.redact(f"verbinding {location} mislukt")


def test_redact_removes_passwords_in_every_form():
    said = server.redact("postgresql://anna:s3cr%40t@db.gemeente.nl:5432/wd and host=x password='a b' "
                         "?password=zz&user=u password=plain")
    for secret in ("s3cr", "a b", "zz", "plain"):
        assert secret not in said
    assert "anna" in said and "db.gemeente.nl" in said


def test_a_windows_path_and_a_relative_name_with_a_colon_are_files():
    assert not server.looks_like_server("C:\\Gegevens\\wijk.db")
    assert not server.looks_like_server("./postgresql:x.db")
    assert server.looks_like_server("postgresql://h/db") and server.looks_like_server("server:wijk")


def test_a_named_connection_is_a_libpq_service(tmp_path, pg_cluster, pg_demo_template, data_dir, monkeypatch,
                                               capsys):
    """`--db server:NAAM` reads host, database and user from the service file (no password anywhere)."""
    name = pg_cluster.create_database(template=pg_demo_template)
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[wijkdesk_test]\nhost={pg_cluster.folder}\ndbname={name}\nuser=wijkdesk\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    try:
        assert main(["check", "--db", "server:wijkdesk_test"]) == 0
        out = capsys.readouterr().out
        assert "server:wijkdesk_test" in out
        assert main(["check", "--db", "server:een_andere"]) == 2
        assert "pg_service.conf" in capsys.readouterr().err
    finally:
        pg_cluster.drop_database(name)


def test_a_new_server_database_gets_the_schema_and_its_version_in_a_table(pg_url):
    from wijkdesk.services import wijken
    from wijkdesk.store.database import close_database, current, open_database

    database = open_database(pg_url)
    assert current().is_server and current().path is None
    assert migrations.get_version(database) == migrations.LATEST_VERSION
    assert migrations.SERVER_VERSION_TABLE in database.get_tables()
    wijken.create_wijk("Keizerslanden")
    close_database()
    open_database(pg_url)  # opened again: nothing made anew, the row is there
    assert [w.naam for w in wijken.list_wijken()] == ["Keizerslanden"]


def test_newer_foreign_and_empty_server_databases_are_refused_unchanged(pg_url):
    import psycopg

    from wijkdesk.store.database import close_database, open_database

    with pytest.raises(DatabaseOpenError, match="leeg"):
        open_database(pg_url, readonly=True)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE klanten (id int)")
    with pytest.raises(NotADatabaseError, match="geen WijkDesk-database"):
        open_database(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE klanten")
    open_database(pg_url)
    close_database()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"UPDATE {migrations.SERVER_VERSION_TABLE} SET versie = versie + 1")
    with pytest.raises(NewerSchemaError):
        open_database(pg_url)


def test_read_only_on_the_server_refuses_writes(pg_url):
    from wijkdesk.services import wijken
    from wijkdesk.services.errors import ServiceError
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_url)
    wijken.create_wijk("Keizerslanden")
    close_database()
    open_database(pg_url, readonly=True)
    with pytest.raises(Exception) as caught:
        wijken.create_wijk("Rivierenwijk")
    assert "read-only" in str(caught.value) or isinstance(caught.value, ServiceError)
    close_database()
    open_database(pg_url)
    assert [w.naam for w in wijken.list_wijken()] == ["Keizerslanden"]


def test_a_passphrase_for_a_server_database_is_refused(pg_url):
    from wijkdesk.store.database import open_database

    with pytest.raises(DatabaseOpenError, match="versleuteling"):
        open_database(pg_url, passphrase="een lang wachtwoord")


def test_undo_puts_a_deleted_parent_and_child_back_on_the_server(pg_url):
    """Foreign keys on the server are deferrable, so undo restores rows in one transaction like SQLite."""
    from wijkdesk.services import budget, changes, groepen, wijken
    from wijkdesk.store.database import open_database
    from wijkdesk.store.models import Lidmaatschap, Persoon

    open_database(pg_url)
    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, 100_000)
    groep = groepen.create_groep(wijk, "Werkgroep Groen")
    groepen.add_new_lid(groep, "voorzitter", naam="Anna Jansen")
    with changes.change("Persoon weg") as made:
        groepen.remove_persoon(Persoon.get())
    assert Persoon.select().count() == 0 and Lidmaatschap.select().count() == 0
    changes.undo(made)
    assert [(m.persoon.naam, m.rol) for m in Lidmaatschap.select()] == [("Anna Jansen", "voorzitter")]


def test_erase_person_on_the_server_by_command(pg_url, capsys):
    """The AVG erase on a server database: rows and free text scrubbed, the erasure list in the shared folder."""
    import psycopg

    from wijkdesk.services import groepen, ideeen, wijken
    from wijkdesk.store import erasures
    from wijkdesk.store.database import close_database, current, open_database

    open_database(pg_url)
    wijk = wijken.create_wijk("Keizerslanden")
    groep = groepen.create_groep(wijk, "Werkgroep Groen")
    dirk = groepen.add_new_lid(groep, "lid", naam="Dirk Dekker", email="dirk.dekker@voorbeeld.nl").persoon
    ideeen.create_idee(wijk, "Bankjes", omschrijving="Bel Dirk Dekker over de bankjes", ingediend_door_persoon=dirk)
    anchor = current().attachments_anchor
    close_database()
    assert main(["erase-person", "--db", pg_url, "--naam", "Dirk Dekker", "--ja"]) == 0
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM persoon").fetchone()[0] == 0
        texts = " ".join(str(r) for r in conn.execute("SELECT omschrijving FROM idee").fetchall())
        audit = " ".join(str(r) for r in conn.execute("SELECT wijzigingen, reden FROM audit_log").fetchall())
    assert "Dekker" not in texts
    assert "Dekker" not in audit and "dirk.dekker" not in audit
    assert len(erasures.load(anchor).persons) == 1


def test_several_wijkdesks_opening_a_new_server_database_at_once_make_it_once(pg_url, data_dir):
    """The first makes the schema under an advisory lock; the others wait and find it made."""
    import subprocess
    import sys
    from pathlib import Path

    import psycopg

    code = ("import sys; from wijkdesk import paths; paths.set_data_dir(sys.argv[2]); "
            "from wijkdesk.store.database import open_database, close_database; "
            "open_database(sys.argv[1]); close_database()")
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url, str(data_dir)], cwd=root,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    assert [r for r, _err in results] == [0, 0, 0, 0], [err for _r, err in results]
    with psycopg.connect(pg_url) as conn:
        assert conn.execute(f"SELECT versie FROM {migrations.SERVER_VERSION_TABLE}").fetchall() == [
            (migrations.LATEST_VERSION,)]


def test_money_sums_are_integer_cents_on_the_server_as_on_sqlite(pg_url):
    """SUM(bigint) is NUMERIC on PostgreSQL: read as int, so formatting and the domain accept it."""
    from wijkdesk.domain.money import format_cents
    from wijkdesk.services import budget, wijken
    from wijkdesk.store.database import open_database
    from wijkdesk.store.models import Uitgave, db

    open_database(pg_url)
    wijk = wijken.create_wijk("Keizerslanden")
    budget.set_budget(wijk, 2026, 100_000)
    budget.create_uitgave(wijk, 2026, "12,34", "Verf", "1-3-2026")
    budget.create_uitgave(wijk, 2026, "0,11", "Kwast", "2-3-2026")
    total = db.execute_sql("SELECT SUM(bedrag_cents) FROM uitgave").fetchone()[0]
    assert type(total) is int and total == 1245
    assert format_cents(total) == "€ 12,45"
    assert type(db.execute_sql("SELECT AVG(bedrag_cents) FROM uitgave").fetchone()[0]).__name__ == "Decimal"
    assert Uitgave.select().count() == 2


def test_a_connection_the_server_dropped_is_made_again_and_the_lost_save_is_told_in_dutch(pg_url, pg_cluster):
    """The server (a restart, a firewall closing an idle connection) drops the window's connection: the
    save that meets it is rolled back and said in Dutch (not 'Onverwachte fout: OperationalError'), and
    the next save connects again (before: every later save failed with 'the connection is closed'
    until WijkDesk was restarted; seen under Xvfb)."""
    from wijkdesk.services import ideeen, wijken
    from wijkdesk.services.storage_errors import SERVER_GONE, storage_error_message
    from wijkdesk.store.database import open_database
    from wijkdesk.store.models import Idee

    open_database(pg_url)
    wijk = wijken.create_wijk("Keizerslanden")
    idee = ideeen.create_idee(wijk, "Bankjes")
    name = pg_url.split("///")[1].split("?")[0]
    pg_cluster.admin().execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        (name,))
    with pytest.raises(Exception) as lost:
        ideeen.update_idee(idee.id, titel="Bankjes langs de route")
    assert storage_error_message(lost.value) == SERVER_GONE
    ideeen.update_idee(idee.id, titel="Bankjes bij de vijver")  # connects again by itself
    assert Idee.get_by_id(idee.id).titel == "Bankjes bij de vijver"


@pytest.mark.parametrize("readonly", [False, True])
def test_the_servers_jit_is_off_for_wijkdesk_and_read_only_stays_read_only(pg_url, readonly):
    """JIT compilation cost 100-200 ms per query the planner costs high (a wijk-year's goal money at city
    scale), where the query itself takes milliseconds: WijkDesk's connections switch it off, the
    read-only connection keeps its read-only transactions too."""
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import db

    open_database(pg_url)
    close_database()
    open_database(pg_url, readonly=readonly)
    try:
        assert db.execute_sql("SHOW jit").fetchone()[0] == "off"
        expected = "on" if readonly else "off"
        assert db.execute_sql("SHOW default_transaction_read_only").fetchone()[0] == expected
    finally:
        close_database()


def test_a_database_in_a_schema_with_capitals_and_spaces_opens_twice(pg_url):
    """Found by review: the schema check read `current_schema()::regnamespace`, which reads the name again
    as an identifier: a schema "Wijk Oost" (set by the server's administrator as the search path) made
    every open after the first stop with 'invalid name syntax'."""
    import psycopg

    from wijkdesk.services import wijken
    from wijkdesk.store.database import close_database, open_database

    with psycopg.connect(pg_url, autocommit=True) as admin:
        name = admin.execute("SELECT current_database()").fetchone()[0]
        admin.execute('CREATE SCHEMA "Wijk Oost"')
        admin.execute(f'ALTER DATABASE "{name}" SET search_path = "Wijk Oost"')
    open_database(pg_url)
    wijken.create_wijk("Keizerslanden")
    close_database()
    open_database(pg_url)
    assert [w.naam for w in wijken.list_wijken()] == ["Keizerslanden"]
    close_database()
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM \"Wijk Oost\".wijk").fetchone()[0] == 1
