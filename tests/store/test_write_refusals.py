"""Where WijkDesk cannot write: a read-only database file, a name too long for the files beside it
(issue 10, defects 7 and 12). Each ends in a Dutch message and exit 2, never a traceback, and the
file is unchanged."""
from __future__ import annotations

import pytest

from wijkdesk.cli import main
from wijkdesk.store.database import NameTooLongError, ReadOnlyError, close_database, open_database
from wijkdesk.store.models import Wijk

from store_helpers import read_only_file, snapshot


@pytest.mark.parametrize("dry_run", [False, True])
def test_import_into_a_read_only_database_file(filled_db_path, tmp_path, capsys, dry_run):
    workbook = tmp_path / "sjabloon.xlsx"
    assert main(["template", "--out", str(workbook)]) == 0
    capsys.readouterr()
    before = snapshot(filled_db_path)
    with read_only_file(filled_db_path):
        code = main(["import", "--db", str(filled_db_path), str(workbook)] + (["--dry-run"] if dry_run else []))
        err = capsys.readouterr().err
        assert code == 2, err
        assert "alleen-lezen" in err and "Traceback" not in err and "peewee" not in err
        # reading still works
        assert main(["check", "--db", str(filled_db_path)]) == 0
    assert snapshot(filled_db_path) == before


def test_read_only_database_file_refused_before_any_write(filled_db_path):
    before = filled_db_path.read_bytes()
    with read_only_file(filled_db_path):
        with pytest.raises(ReadOnlyError, match="alleen-lezen"):
            open_database(filled_db_path)
        open_database(filled_db_path, readonly=True)
        assert Wijk.select().count() == 1
        close_database()
    assert filled_db_path.read_bytes() == before


def test_name_too_long_says_so(data_dir, capsys):
    path = data_dir / ("w" * 247 + ".db")  # 250 characters: fits, but `.lock` and `-journal` do not
    assert main(["demo", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "te lang" in err and "250" in err and "alleen-lezen" not in err
    with pytest.raises(NameTooLongError):
        open_database(path)
    assert list(data_dir.iterdir()) == [] or all(p.name.startswith("logs") for p in data_dir.iterdir())


def test_read_only_folder_check_and_backup_read_it(filled_db_path, tmp_path, capsys):
    """A database on a write-protected stick: check and backup --to read it; nothing is called
    'beschadigd' and nothing is made beside it."""
    from store_helpers import read_only_folder

    elsewhere = tmp_path / "kopie.db"
    with read_only_folder(filled_db_path.parent):
        assert main(["check", "--db", str(filled_db_path)]) == 0, capsys.readouterr().err
        assert main(["backup", "--db", str(filled_db_path), "--to", str(elsewhere)]) == 0, \
            capsys.readouterr().err
        code = main(["backup", "--db", str(filled_db_path)])  # into the backup folder beside it: cannot
        err = capsys.readouterr().err
        assert code == 2 and "beschadigd" not in err and "Traceback" not in err
        assert sorted(p.name for p in filled_db_path.parent.iterdir()) == ["logs", "test.db"] or \
            sorted(p.name for p in filled_db_path.parent.iterdir()) == ["test.db"]
    assert snapshot(elsewhere) == snapshot(filled_db_path)


def test_backup_into_a_read_only_folder_says_so_in_dutch_and_where_else(filled_db_path, capsys):
    """The backup folder beside a database on a write-protected stick cannot be made: Dutch words for
    that (not the system's 'Read-only file system') and the way out, a copy elsewhere with --to."""
    from store_helpers import read_only_folder

    with read_only_folder(filled_db_path.parent):
        assert main(["backup", "--db", str(filled_db_path)]) == 2
    err = capsys.readouterr().err
    assert "alleen-lezen" in err and "--to" in err, err
    assert "Read-only file system" not in err and "Traceback" not in err
