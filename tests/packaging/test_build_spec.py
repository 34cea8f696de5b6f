"""build.spec: what it asks PyInstaller to build, checked without building (the frozen test builds)."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import wijkdesk

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_one_folder_windowed_program_named_wijkdesk(spec_run):
    calls, _ = spec_run
    exe, coll = calls["EXE"].kwargs, calls["COLLECT"].kwargs
    assert exe["name"] == "wijkdesk" and coll["name"] == "wijkdesk"
    assert exe["exclude_binaries"] is True  # one folder: binaries go to COLLECT, not into the exe
    assert exe["console"] is False
    assert Path(exe["icon"]).is_file() and exe["icon"].endswith("wijkdesk.ico")


def test_version_resource_is_generated_from_the_package_version(spec_run):
    calls, work = spec_run
    text = (work / "version_info.txt").read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{wijkdesk.__version__}')" in text
    if sys.platform == "win32":
        assert calls["EXE"].kwargs["version"] == str(work / "version_info.txt")


def test_every_resource_file_goes_to_resources_in_the_bundle(spec_run):
    calls, _ = spec_run
    datas = calls["Analysis"].kwargs["datas"]
    bundled = {(Path(dest) / Path(src).name).as_posix() for src, dest in datas
               if Path(dest).parts[:1] == ("resources",)}
    on_disk = {
        ("resources" / p.relative_to(PROJECT_ROOT / "resources")).as_posix()
        for p in (PROJECT_ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts"
    }
    assert on_disk and bundled == on_disk
    assert "resources/icons/wijkdesk.ico" in bundled


def test_what_holidays_loads_at_run_time_is_bundled(spec_run):
    """The holidays package reads its version from its dist-info and the Dutch names from NL.mo at run
    time (asked for in Dutch, a missing catalogue raises): neither is an import the analysis follows."""
    calls, _ = spec_run
    datas = calls["Analysis"].kwargs["datas"]
    bundled = {(Path(dest) / Path(src).name).as_posix() for src, dest in datas}
    assert "holidays/locale/nl/LC_MESSAGES/NL.mo" in bundled
    assert any(dest.startswith("holidays-") and dest.endswith(".dist-info") for _src, dest in datas)
    assert "holidays.countries.netherlands" in calls["Analysis"].kwargs["hiddenimports"]


def test_every_subcommand_module_is_collected(spec_run):
    """cli.py imports subcommands by name, which PyInstaller's analysis cannot see."""
    calls, _ = spec_run
    hidden = set(calls["Analysis"].kwargs["hiddenimports"])
    modules = {p.stem for p in (PROJECT_ROOT / "wijkdesk" / "commands").glob("*.py") if p.stem != "__init__"}
    assert {"gui", "selftest"} <= modules
    for name in modules:
        assert f"wijkdesk.commands.{name}" in hidden
    assert "wijkdesk.cli" in hidden and "wijkdesk.selftest" in hidden
    assert {"sqlcipher3.dbapi2", "sqlcipher3._sqlite3"} <= hidden  # encrypted databases (issue 12)


def test_the_package_modules_are_the_ones_python_finds(spec_run):
    """build.spec lists wijkdesk's modules from the source tree (no child process importing them): the
    same names as walking the package the way PyInstaller's collect_submodules does."""
    import pkgutil

    def walk(path: str, prefix: str):  # pkgutil.walk_packages without importing every package
        for module in pkgutil.iter_modules([path], prefix):
            yield module.name
            if module.ispkg:
                yield from walk(str(Path(path) / module.name.rsplit(".", 1)[-1]), module.name + ".")

    calls, _ = spec_run
    listed = {name for name in calls["Analysis"].kwargs["hiddenimports"] if name.split(".")[0] == "wijkdesk"}
    walked = {"wijkdesk", *walk(wijkdesk.__path__[0], "wijkdesk.")}
    assert len(walked) > 150 and listed == walked


def _qt_modules_imported_by_the_package() -> set[str]:
    found = set()
    for path in (PROJECT_ROOT / "wijkdesk").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                found.add(node.module.split(".")[1])
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                found.update(alias.name for alias in node.names if alias.name.startswith("Qt"))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("PySide6."):
                        found.add(alias.name.split(".")[1])
    return found


def test_excluded_qt_modules_are_not_used_by_the_app(spec_run):
    calls, _ = spec_run
    excluded = {name.split(".", 1)[1] for name in calls["Analysis"].kwargs["excludes"] if name.startswith("PySide6.")}
    used = _qt_modules_imported_by_the_package()
    assert {"QtCore", "QtGui", "QtWidgets"} & used
    assert not used & excluded, f"build.spec laat Qt-modules weg die de app gebruikt: {used & excluded}"
    assert {"QtQml", "QtQuick", "QtNetwork", "QtPdf"} <= excluded


def test_test_only_python_packages_are_excluded(spec_run):
    calls, _ = spec_run
    excludes = set(calls["Analysis"].kwargs["excludes"])
    assert {"tkinter", "numpy", "pytest", "pabutools", "hypothesis"} <= excludes
    assert not re.search(r"\b(peewee|openpyxl)\b", " ".join(excludes))
