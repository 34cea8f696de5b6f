"""`wijkdesk selftest` from the source tree (the frozen test runs the same in the package)."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from wijkdesk import paths, selftest

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Every part of the program the self-test must exercise (issue 6, point 2).
REQUIRED_CHECKS = [
    "Versie",
    "Qt starten",
    "Hulpbestanden en pictogram",
    "Vertalingen",
    "Tijdelijke database maken",
    "Voorbeeldgegevens",
    "Reservekopie bij openen",
    "Hoofdvenster en tabbladen",
    "Excel-export en teruglezen",
    "Stemmen tellen",
    "Werkdagen en feestdagen",
    "Databasecontrole",
    "Versleuteling",
    "Databaseserver (PostgreSQL-stuurprogramma)",
    "Opruimen",
]


def parse_selftest_output(text: str) -> dict[str, str]:
    """{'check name': 'OK' or 'FOUT'} from the self-test's output lines."""
    results = {}
    for line in text.splitlines():
        for status in ("OK", "FOUT"):
            if line.startswith(status + " "):
                name = line[len(status):].strip().split(":", 1)[0]
                results[name] = status
    return results


def test_selftest_command_passes_from_source(tmp_path, wijkdesk_cli):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               TMPDIR=str(tmp_path), TEMP=str(tmp_path), TMP=str(tmp_path))
    result = wijkdesk_cli.run("selftest", cwd=PROJECT_ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = parse_selftest_output(result.stdout)
    assert [name for name in REQUIRED_CHECKS if checks.get(name) != "OK"] == []
    assert "FOUT" not in checks.values()
    assert "Zelftest geslaagd" in result.stdout
    assert "broncode" in result.stdout
    assert list(tmp_path.iterdir()) == []  # the temporary folder is gone


def test_a_failing_check_fails_the_selftest_and_skips_what_depends_on_it(qapp):
    def broken(ctx):
        raise selftest.CheckFailed("expres kapot")

    seen = {}

    def dependent(ctx):
        seen["ran"] = True

    checks = [
        selftest.Check("Versie", selftest.check_version),
        selftest.Check("Kapot", broken),
        selftest.Check("Afhankelijk", dependent, needs=("Kapot",)),
    ]
    out = io.StringIO()
    assert selftest.run_selftest(out=out, checks=checks) == 1
    results = parse_selftest_output(out.getvalue())
    assert results == {"Versie": "OK", "Kapot": "FOUT", "Afhankelijk": "FOUT", "Opruimen": "OK"}
    assert "expres kapot" in out.getvalue() and "overgeslagen" in out.getvalue()
    assert "ran" not in seen
    assert "MISLUKT" in out.getvalue()


def test_an_unexpected_exception_is_a_fout_not_a_crash(qapp):
    def crashes(ctx):
        return 1 / 0

    out = io.StringIO()
    assert selftest.run_selftest(out=out, checks=[selftest.Check("Deling", crashes)]) == 1
    assert "FOUT Deling: ZeroDivisionError" in out.getvalue()


def test_missing_resources_are_reported(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nergens")
    out = io.StringIO()
    checks = [selftest.Check("Qt starten", selftest.check_qt_application),
              selftest.Check("Hulpbestanden en pictogram", selftest.check_resources, needs=("Qt starten",))]
    assert selftest.run_selftest(out=out, checks=checks) == 1
    assert "FOUT Hulpbestanden en pictogram: map met hulpbestanden ontbreekt" in out.getvalue()


def test_a_broken_icon_is_reported(qapp, tmp_path, monkeypatch):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "wijkdesk.png").write_bytes(b"geen plaatje")
    (tmp_path / "icons" / "wijkdesk.ico").write_bytes(b"ook niet")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    out = io.StringIO()
    checks = [selftest.Check("Qt starten", selftest.check_qt_application),
              selftest.Check("Hulpbestanden en pictogram", selftest.check_resources, needs=("Qt starten",))]
    assert selftest.run_selftest(out=out, checks=checks) == 1
    assert "FOUT Hulpbestanden en pictogram: pictogram wijkdesk.png laadt niet" in out.getvalue()


def test_selftest_leaves_the_users_data_folder_alone(qapp, tmp_path):
    user_folder = tmp_path / "gebruiker"
    paths.set_data_dir(user_folder)
    try:
        out = io.StringIO()
        checks = [selftest.Check("Tijdelijke database maken", selftest.check_create_database)]
        assert selftest.run_selftest(out=out, checks=checks) == 0
        assert paths.data_dir() == user_folder  # restored afterwards
    finally:
        paths.set_data_dir(None)
    assert not user_folder.exists()


def test_offscreen_is_chosen_only_without_a_display(monkeypatch):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert selftest.choose_qt_platform() == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert selftest.choose_qt_platform() == "native"
    assert "QT_QPA_PLATFORM" not in os.environ


def test_a_database_problem_fails_the_database_check(qapp):
    def spoil(ctx):
        from wijkdesk.store.models import Idee

        Idee.update(status="zoekgeraakt").where(Idee.id == Idee.select().first().id).execute()

    checks = [
        selftest.Check("Tijdelijke database maken", selftest.check_create_database),
        selftest.Check("Voorbeeldgegevens", selftest.check_demo_data),
        selftest.Check("Bederven", spoil),
        selftest.Check("Databasecontrole", selftest.check_database),
    ]
    out = io.StringIO()
    assert selftest.run_selftest(out=out, checks=checks) == 1
    assert "FOUT Databasecontrole: 1 problemen" in out.getvalue()
    assert "zoekgeraakt" in out.getvalue()


def test_an_empty_tab_fails_the_window_check(qapp):
    checks = [
        selftest.Check("Qt starten", selftest.check_qt_application),
        selftest.Check("Tijdelijke database maken", selftest.check_create_database),
        selftest.Check("Hoofdvenster en tabbladen", selftest.check_main_window),  # no demo data: empty tabs
    ]
    out = io.StringIO()
    assert selftest.run_selftest(out=out, checks=checks) == 1
    assert "toont geen rijen" in out.getvalue()


def test_the_vote_check_knows_the_outcome_by_hand(monkeypatch):
    """The check compares with fixed outcomes: a rule that picked differently would be a FOUT."""
    import wijkdesk.domain.voting as voting

    assert selftest.check_vote_count(None).startswith("meeste stemmen")
    real = voting.decide
    monkeypatch.setattr(voting, "decide", lambda election, rule: real(election, "greedy"))
    try:
        selftest.check_vote_count(None)
    except selftest.CheckFailed as exc:
        assert "verwacht" in str(exc)
    else:
        raise AssertionError("een verkeerde uitkomst bleef onopgemerkt")


def test_missing_app_translation_is_reported(qapp, tmp_path, monkeypatch):
    (tmp_path / "icons").mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    out = io.StringIO()
    checks = [selftest.Check("Vertalingen", selftest.check_translations)]
    assert selftest.run_selftest(out=out, checks=checks) == 1
    assert "FOUT Vertalingen: wijkdesk_en.qm ontbreekt" in out.getvalue()


def test_keep_leaves_the_temporary_folder_for_whoever_investigates(qapp):
    out = io.StringIO()
    checks = [selftest.Check("Tijdelijke database maken", selftest.check_create_database)]
    assert selftest.run_selftest(out=out, checks=checks, keep=True) == 0
    line = next(line for line in out.getvalue().splitlines() if line.startswith("OK   Opruimen"))
    kept = Path(line.split("bewaard op verzoek: ", 1)[1])
    try:
        assert (kept / "data" / "zelftest.db").is_file()
    finally:
        import shutil

        shutil.rmtree(kept)
