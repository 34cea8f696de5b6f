"""`wijkdesk server-import`: a laptop's database to the server and back, all or nothing, verified."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from peewee import sort_models

from wijkdesk.cli import main
from wijkdesk.store import migrations, transfer
from wijkdesk.store.models import ALL_MODELS

CHILD = Path(__file__).with_name("server_import_child.py")




def _plain_rows(location) -> dict[str, list[tuple]]:
    from wijkdesk.store.database import close_database, open_database

    open_database(location)
    try:
        out = {}
        for model in sort_models(ALL_MODELS):
            names = [f.name for f in model._meta.sorted_fields if f.name not in ("bonnetje", "pad")]
            out[model._meta.table_name] = [tuple(r[n] for n in names)
                                           for r in model.select().order_by(model.id).dicts()]
        return out
    finally:
        close_database()


@pytest.fixture
def laptop(demo_db_path) -> Path:
    """The demo database on a laptop, with one receipt attached."""
    from wijkdesk.services import budget
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Uitgave

    open_database(demo_db_path)
    bon = demo_db_path.parent / "bon.pdf"
    bon.write_bytes(b"%PDF-1.4 bonnetje verf")
    budget.update_uitgave(Uitgave.select().order_by(Uitgave.id).first(), bonnetje_bron=bon)
    close_database()
    return demo_db_path


def test_laptop_to_server_and_back_is_the_same_database(laptop, pg_url, data_dir, capsys):
    before = _plain_rows(laptop)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "Gekopieerd en gecontroleerd" in out and "uitgave" in out and "€" in out
    assert _plain_rows(pg_url) == before
    # The receipt moved into the shared folder and the server's row names it there.
    from wijkdesk.services import budget
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Uitgave

    open_database(pg_url)
    row = Uitgave.select().where(Uitgave.bonnetje != "").get()
    assert row.bonnetje.startswith("wijkdesk-bijlagen/")
    assert budget.receipt_file(row).read_bytes() == b"%PDF-1.4 bonnetje verf"
    # The id sequences go on after the copied ids: a new row does not clash.
    from wijkdesk.services import wijken

    wijken.create_wijk("Nieuwe wijk na import")
    close_database()
    assert main(["check", "--db", pg_url]) == 0

    back = data_dir / "terug.db"
    assert main(["server-import", "--db", pg_url, "--to", str(back)]) == 0
    again = _plain_rows(back)
    assert {t: rows for t, rows in again.items() if t not in ("wijk", "audit_log")} == \
        {t: rows for t, rows in before.items() if t not in ("wijk", "audit_log")}
    assert len(again["wijk"]) == len(before["wijk"]) + 1
    assert main(["check", "--db", str(back)]) == 0


def test_a_target_that_holds_data_is_refused_and_left_alone(laptop, pg_url, data_dir, capsys):
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    before = _plain_rows(pg_url)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 2
    assert "nieuwe, lege database" in capsys.readouterr().err
    assert _plain_rows(pg_url) == before
    existing = data_dir / "bestaat.db"
    existing.write_bytes(laptop.read_bytes())
    size = existing.stat().st_size
    assert main(["server-import", "--db", pg_url, "--to", str(existing)]) == 2
    assert existing.stat().st_size == size


def test_a_server_database_wijkdesk_only_opened_is_filled(laptop, pg_url, data_dir, capsys):
    """Opened once with WijkDesk (Instellingen > Bestanden, or `wijkdesk check --db URL`): the tables are
    made, nothing is saved. That is as empty as a new database; it used to be refused as "bevat al een
    WijkDesk-database". One saved row makes it a database with data again: refused, left alone."""
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_url)
    close_database()
    before = _plain_rows(laptop)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0, capsys.readouterr().err
    assert _plain_rows(pg_url) == before


def test_a_server_database_with_one_saved_row_is_refused(laptop, pg_url, data_dir, capsys):
    from wijkdesk.services import wijken
    from wijkdesk.store.database import close_database, open_database

    open_database(pg_url)
    wijken.create_wijk("Alleen deze wijk")
    close_database()
    before = _plain_rows(pg_url)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 2
    assert "nieuwe, lege database" in capsys.readouterr().err
    assert _plain_rows(pg_url) == before


def test_file_to_file_and_a_server_to_itself_are_refused(laptop, pg_url, data_dir, capsys):
    assert main(["server-import", "--db", str(laptop), "--to", str(data_dir / "x.db")]) == 2
    assert "backup --to" in capsys.readouterr().err
    assert not (data_dir / "x.db").exists()
    assert main(["server-import", "--db", pg_url, "--to", pg_url]) == 2


def _server_is_empty(url: str) -> bool:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 0


def test_a_failed_check_undoes_everything_on_the_server(laptop, pg_url, monkeypatch, capsys):
    real = transfer.figures_of
    calls = []

    def off_by_one_cent(database):
        figures = real(database)
        calls.append(1)
        if len(calls) == 2:  # the target's figures: one cent short on the expenses
            figures["uitgave"].sums["bedrag_cents"] -= 1
        return figures

    monkeypatch.setattr(transfer, "figures_of", off_by_one_cent)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 2
    err = capsys.readouterr().err
    assert "klopt niet" in err and "uitgave" in err
    assert _server_is_empty(pg_url)


@pytest.mark.parametrize("where", ["idee", "uitgave", "gecontroleerd"])
def test_kill_9_halfway_leaves_the_server_database_empty(laptop, pg_url, data_dir, where, zygote, tmp_path):
    # the child: a fork of the session's fork server (conftest.zygote), as `python CHILD ...` would run
    child = zygote.run(tmp_path / "kind.txt", script=str(CHILD), argv=[str(laptop), pg_url, where, str(data_dir)])
    assert child.returncode == -9, child.stderr
    assert _server_is_empty(pg_url)
    # And the copy can simply be made again.
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    assert migrations.LATEST_VERSION


def test_kill_9_halfway_to_a_file_leaves_no_file(pg_url, laptop, data_dir, zygote, tmp_path):
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    target = data_dir / "kopie.db"
    child = zygote.run(tmp_path / "kind.txt", script=str(CHILD), argv=[pg_url, str(target), "uitgave", str(data_dir)])
    assert child.returncode == -9, child.stderr
    assert not target.exists()
    assert main(["server-import", "--db", pg_url, "--to", str(target)]) == 0
    assert main(["check", "--db", str(target)]) == 0
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_laptop_with_receipts_needs_the_shared_folder(laptop, pg_url, capsys):
    from wijkdesk import paths

    paths.set_server_attachments_dir(None)
    os.environ.pop(paths.SERVER_ATTACHMENTS_ENV, None)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 2
    assert "gedeelde map" in capsys.readouterr().err
    assert _server_is_empty(pg_url)


def test_the_server_has_planner_statistics_right_after_the_import(laptop, pg_url, data_dir, capsys):
    """A bulk load is followed by ANALYZE: the server plans the first lists with real row counts instead
    of waiting for autovacuum (a minute or more)."""
    import psycopg

    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    with psycopg.connect(pg_url) as conn:
        analysed = {t for (t,) in conn.execute("SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = "
                                               "current_schema()")}
        uitgaven = conn.execute("SELECT reltuples FROM pg_class WHERE relname = 'uitgave'").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM uitgave").fetchone()[0]
    assert {"uitgave", "toekenning", "idee", "doel", "meedoenbudget"} <= analysed
    assert uitgaven == count > 0


def test_after_the_import_the_server_can_answer_from_its_covering_indexes(laptop, pg_url):
    """The import ends with a VACUUM (ANALYZE) of the copied tables (after its commit): the new pages are
    marked all-visible, so the spent money of a screen of grants is an index-only sum from the first
    minute, not only once autovacuum comes round (server.vacuum_after_bulk_load)."""
    import psycopg

    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    with psycopg.connect(pg_url) as conn:
        for table in ("uitgave", "toekenning", "idee"):
            pages, visible, analysed = conn.execute(
                "SELECT c.relpages, c.relallvisible, s.last_vacuum IS NOT NULL FROM pg_class c "
                "JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.relname = %s", (table,)).fetchone()
            assert pages > 0 and visible == pages and analysed, (table, pages, visible, analysed)


def test_a_refused_vacuum_leaves_the_import_standing(laptop, pg_url, monkeypatch, caplog):
    """A server that refuses the VACUUM (another owner, a standby): the copy stands, the log says why."""
    from peewee import DatabaseError

    from wijkdesk.store import server

    real = server.ServerDatabase.execute_sql

    def refuse_vacuum(self, sql, params=None, *args, **kwargs):
        if sql.startswith("VACUUM"):
            raise DatabaseError("must be owner of table uitgave")
        return real(self, sql, params, *args, **kwargs)

    monkeypatch.setattr(server.ServerDatabase, "execute_sql", refuse_vacuum)
    assert main(["server-import", "--db", str(laptop), "--to", pg_url]) == 0
    monkeypatch.undo()
    assert "niet opgeruimd na het laden" in caplog.text
    assert _plain_rows(pg_url) == _plain_rows(laptop)
