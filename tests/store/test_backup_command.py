"""`wijkdesk backup` and the database options of every command, through the real CLI entry point."""
from __future__ import annotations

import datetime as dt

import pytest

from wijkdesk import cli, paths
from wijkdesk.cli import main
from wijkdesk.store import backups
from wijkdesk.store.database import close_database, open_database
from wijkdesk.store.models import Idee

from store_helpers import damage, snapshot


def test_backup_into_backup_folder_and_list(filled_db_path, capsys):
    assert main(["backup", "--db", str(filled_db_path)]) == 0
    made = backups.list_backups(filled_db_path)
    assert len(made) == 1 and made[0].reason == "handmatig"
    assert str(made[0].path) in capsys.readouterr().out
    assert snapshot(made[0].path) == snapshot(filled_db_path)

    assert main(["backup", "--db", str(filled_db_path), "--list"]) == 0
    out = capsys.readouterr().out
    assert made[0].path.name in out and "nieuwste eerst" in out
    assert made[0].made_at.strftime("%d-%m-%Y %H:%M:%S") in out


def test_backup_to_file_refuses_to_overwrite(filled_db_path, tmp_path, capsys):
    dest = tmp_path / "usb" / "kopie.db"
    assert main(["backup", "--db", str(filled_db_path), "--to", str(dest)]) == 0
    assert snapshot(dest) == snapshot(filled_db_path)
    before = dest.read_bytes()
    assert main(["backup", "--db", str(filled_db_path), "--to", str(dest)]) == 2
    err = capsys.readouterr().err
    assert "bestaat al" in err and "Traceback" not in err
    assert dest.read_bytes() == before


def test_backup_of_missing_or_damaged_database_exit_2(filled_db_path, tmp_path, capsys):
    assert main(["backup", "--db", str(tmp_path / "weg.db")]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    backups.make_backup(filled_db_path, now=dt.datetime(2026, 1, 5, 8, 0))
    damage(filled_db_path)
    assert main(["backup", "--db", str(filled_db_path)]) == 2
    err = capsys.readouterr().err
    assert "beschadigd" in err and "--restore" in err
    assert len(backups.list_backups(filled_db_path)) == 1


def test_restore_newest_good_backup_from_the_command_line(filled_db_path, capsys):
    good = backups.make_backup(filled_db_path, now=dt.datetime(2026, 1, 5, 8, 0))
    expected = snapshot(filled_db_path)
    damage(filled_db_path)
    damaged = filled_db_path.read_bytes()
    # the damaged message names the exact command; run it
    assert main(["check", "--db", str(filled_db_path)]) == 2
    err = capsys.readouterr().err
    assert f'--restore "{good}"' in err
    assert main(["backup", "--db", str(filled_db_path), "--restore", str(good)]) == 0
    out = capsys.readouterr().out
    aside = next(filled_db_path.parent.glob("test-vervangen-*.db"))
    assert str(aside) in out and "niet gewist" in out
    assert aside.read_bytes() == damaged
    assert snapshot(filled_db_path) == expected
    assert main(["check", "--db", str(filled_db_path)]) == 0


def test_restore_without_file_takes_newest_good(filled_db_path, capsys):
    old = backups.make_backup(filled_db_path, now=dt.datetime(2026, 1, 5, 8, 0))
    open_database(filled_db_path, backup=False)
    Idee.delete().execute()
    close_database()
    newest = backups.make_backup(filled_db_path, now=dt.datetime(2026, 1, 6, 8, 0))
    damage(newest)
    assert main(["backup", "--db", str(filled_db_path), "--restore"]) == 0
    assert str(old) in capsys.readouterr().out
    open_database(filled_db_path)
    assert Idee.select().count() == 40
    close_database()


def test_restore_without_any_backup_changes_nothing(filled_db_path, capsys):
    before = filled_db_path.read_bytes()
    assert main(["backup", "--db", str(filled_db_path), "--restore"]) == 2
    assert "geen goede reservekopie" in capsys.readouterr().err
    assert filled_db_path.read_bytes() == before


def test_writing_commands_respect_the_lock(holder, filled_db_path, capsys):
    backup = backups.make_backup(filled_db_path)  # reading is fine while another WijkDesk writes
    before = filled_db_path.read_bytes()
    for argv in (["backup", "--db", str(filled_db_path), "--restore", str(backup)],
                 ["demo", "--db", str(filled_db_path)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert f"proces {holder.pid}" in err and "alleen-lezen" in err and "Traceback" not in err
    assert filled_db_path.read_bytes() == before
    assert main(["backup", "--db", str(filled_db_path)]) == 0


def test_cloud_path_warning_on_stderr(data_dir, capsys):
    path = data_dir / "Dropbox" / "wijkdesk.db"
    assert main(["demo", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert "Dropbox synchroniseert" in err
    assert main(["check", "--db", str(data_dir / "lokaal.db")]) == 2
    assert "synchroniseert" not in capsys.readouterr().err


# Commands whose required arguments must be given for the parser to accept them.
REQUIRED_ARGS = {"pb-outcome": ["x.pb", "--rule", "greedy"], "export": ["--out", "x.xlsx"],
                 "template": ["--out", "x.xlsx"], "import": ["x.xlsx"], "erase-person": ["--id", "1"],
                 "pdf": ["overzicht"], "rapport": ["--year", "2026", "--out", "x.pdf", "--alle-wijken"],
                 "meenemen": ["--wijk", "Keizerslanden", "--naar", "k.db"], "server-import": ["--to", "k.db"]}
# Subcommand names as the parser knows them (module `pb_outcome` registers `pb-outcome`, `import_` `import`).
COMMAND_NAMES = list(cli.build_parser()._subparsers._group_actions[0].choices)


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_data_dir_before_or_after_every_command(command, tmp_path):
    parser = cli.build_parser()
    extra = REQUIRED_ARGS.get(command, [])
    for argv in (["--data-dir", str(tmp_path), command, *extra], [command, *extra, "--data-dir", str(tmp_path)],
                 [f"--data-dir={tmp_path}", command, *extra]):
        args = parser.parse_args(argv)
        assert args.data_dir == str(tmp_path), argv
    if not hasattr(args, "db"):
        return  # a command without a database (selftest uses a temporary one)
    paths.set_data_dir(tmp_path)
    try:
        assert cli.database_path(parser.parse_args([command, *extra])) == tmp_path / "wijkdesk.db"
        assert cli.database_path(parser.parse_args([command, *extra, "--db", "x.db"])).name == "x.db"
    finally:
        paths.set_data_dir(None)


def test_data_dir_drives_the_default_database(data_dir, tmp_path):
    folder = tmp_path / "andere-map"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert (folder / "wijkdesk.db").exists()
    assert main([f"--data-dir={folder}", "backup"]) == 0
    assert len(backups.list_backups(folder / "wijkdesk.db")) == 1
    assert main(["--data-dir", str(folder), "check"]) == 0
    assert not (data_dir / "wijkdesk.db").exists()


def test_gui_without_subcommand_keeps_data_dir(tmp_path):
    assert cli._insert_gui([f"--data-dir={tmp_path}", "--db", "x.db"]) == [
        f"--data-dir={tmp_path}", "gui", "--db", "x.db"]


def test_check_reads_alongside_an_open_wijkdesk(holder, filled_db_path, capsys):
    before = filled_db_path.read_bytes()
    assert main(["check", "--db", str(filled_db_path)]) == 0
    assert "gezond" in capsys.readouterr().out
    assert filled_db_path.read_bytes() == before



@pytest.mark.parametrize("tamper", [
    "CREATE TRIGGER evil AFTER INSERT ON audit_log BEGIN DELETE FROM uitgave; END",
    "DROP TABLE idee_tekst_data",  # not ours to check: the text index is made again at the open
    "DROP TABLE bijlage",
    "PRAGMA user_version = 1; CREATE TRIGGER evil AFTER INSERT ON idee BEGIN DELETE FROM uitgave; END",
])
def test_restore_of_a_file_another_program_changed_is_refused_before_anything_is_replaced(
        filled_db_path, tmp_path, capsys, tamper):
    """Found by attack: such a file passed the restore's check (a wijk table, a known schema), was put in
    place, and the open after it refused it: the database no longer opened, the message said nothing
    had changed."""
    import shutil
    import sqlite3

    bad = tmp_path / "bad.db"
    shutil.copy(filled_db_path, bad)
    conn = sqlite3.connect(bad)
    conn.executescript(tamper)
    conn.close()
    expected, before = snapshot(filled_db_path), filled_db_path.read_bytes()
    code = main(["backup", "--db", str(filled_db_path), "--restore", str(bad)])
    err = capsys.readouterr().err
    if "idee_tekst" in tamper:  # derived data: restored, and made again at the open
        assert code == 0, err
        assert snapshot(filled_db_path) == expected
        return
    assert code == 2 and "Traceback" not in err
    assert "kan niet worden teruggezet" in err and "niets gewijzigd" in err, err
    assert filled_db_path.read_bytes() == before
    assert not list(filled_db_path.parent.glob("test-vervangen-*.db"))
    assert main(["check", "--db", str(filled_db_path)]) == 0
