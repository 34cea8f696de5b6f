"""`wijkdesk selftest`: check that this installation works, frozen or from source.

A build that misses a Qt plug-in, an icon, a translation or a module fails on a laptop in a
community centre where nobody can fix it. The self-test runs each part of the program once on a
temporary database (with demo data) in a temporary data folder, prints one line per check
(`OK` or `FOUT`, in Dutch) and returns 0 only if every check passed. It never opens or changes the
user's own database or backups; its log lines go to the normal log file, where support looks.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TextIO

from wijkdesk import APP_NAME, ORG_NAME, __version__, paths

log = logging.getLogger(__name__)


class CheckFailed(Exception):
    """A check found a problem; the message says in Dutch what."""


@dataclass
class SelftestContext:
    """What the checks share: the temporary folder, the database, the Qt application."""

    work_dir: Path
    db_path: Path
    database: object | None = None
    app: object | None = None
    notes: dict = field(default_factory=dict)


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class Check:
    """One named check; `needs` names earlier checks that must have passed for it to make sense."""

    name: str
    run: Callable[[SelftestContext], str | None]
    needs: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# Environment: where Qt draws
# ---------------------------------------------------------------------------------------------

def has_display() -> bool:
    """True where a native window system is available (always on Windows and macOS)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def choose_qt_platform() -> str:
    """Use the native platform where there is a display (so its plug-in is tested too), else offscreen.

    Windows are never shown on the screen either way: see `_dont_show`.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return os.environ.get("QT_QPA_PLATFORM", "native")


def _dont_show(widget) -> None:
    """Let `widget` go through show/polish/layout like a real window without appearing on screen."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)


# ---------------------------------------------------------------------------------------------
# The checks
# ---------------------------------------------------------------------------------------------

def check_version(ctx: SelftestContext) -> str:
    frozen = "pakket (PyInstaller)" if paths.is_frozen() else "broncode"
    return f"WijkDesk {__version__}, {frozen}, Python {sys.version.split()[0]}"


def check_qt_application(ctx: SelftestContext) -> str:
    """Start Qt (widgets); reports which platform plug-in was loaded."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["wijkdesk"])
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationName(APP_NAME)
    ctx.app = app
    return f"Qt {pyside_version}, platform '{app.platformName()}'"


def check_resources(ctx: SelftestContext) -> str:
    """The resources folder is where paths.resource() looks, and the icon loads (PNG and ICO)."""
    from PySide6.QtGui import QIcon, QImageReader

    folder = paths.resources_dir()
    if not folder.is_dir():
        raise CheckFailed(f"map met hulpbestanden ontbreekt: {folder}")
    png = paths.resource("icons", "wijkdesk.png")
    ico = paths.resource("icons", "wijkdesk.ico")
    for path in (png, ico):
        if not path.is_file():
            raise CheckFailed(f"pictogram ontbreekt: {path}")
    icon = QIcon(str(png))
    if icon.isNull() or icon.pixmap(32, 32).isNull():
        raise CheckFailed(f"pictogram {png.name} laadt niet")
    reader = QImageReader(str(ico))
    if not reader.canRead():
        # The .ico reader is a Qt image-format plug-in: a build without it fails here.
        raise CheckFailed(f"{ico.name} kan niet worden gelezen (Qt-plug-in 'ico' ontbreekt?)")
    sizes = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        if image.isNull():
            raise CheckFailed(f"{ico.name}: {reader.errorString()}")
        sizes.append(image.width())
        reader.jumpToNextImage()
    return f"{folder} (pictogram {png.name}, {ico.name} met {len(sizes)} formaten)"


def check_translations(ctx: SelftestContext) -> str:
    """The app's translations under resources/translations and Qt's own Dutch texts load."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    loaded = []
    folder = paths.resource("translations")
    for qm in sorted(folder.glob("*.qm")) if folder.is_dir() else []:
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise CheckFailed(f"vertaling {qm.name} laadt niet")
        loaded.append(qm.name)
    # Qt's own texts (standard buttons such as 'Annuleren'): the build collects them from PySide6.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if not qt_translator.load(QLocale(QLocale.Language.Dutch), "qtbase", "_", qt_dir):
        raise CheckFailed(f"Qt-vertaling qtbase_nl ontbreekt in {qt_dir}")
    loaded.append("qtbase_nl.qm")
    return ", ".join(loaded)


def check_create_database(ctx: SelftestContext) -> str:
    from wijkdesk.store import migrations
    from wijkdesk.store.database import open_database

    ctx.database = open_database(ctx.db_path)
    version = migrations.get_version(ctx.database)
    if version != migrations.LATEST_VERSION:
        raise CheckFailed(f"schema {version}, verwacht {migrations.LATEST_VERSION}")
    return f"{ctx.db_path.name}, schema {version}"


def check_demo_data(ctx: SelftestContext) -> str:
    from wijkdesk.services.demo import fill_demo

    counts = fill_demo()
    empty = [what for what, n in counts.items() if n <= 0]
    if empty:
        raise CheckFailed(f"niets gemaakt voor: {', '.join(empty)}")
    return ", ".join(f"{n} {what}" for what, n in counts.items())


def check_backup_on_reopen(ctx: SelftestContext) -> str:
    """Close and open the database again, as at every start: the lock is released and a backup made."""
    from wijkdesk.store import database as store_database

    store_database.close_database()
    ctx.database = store_database.open_database(ctx.db_path)
    opened = store_database.current()
    backup = getattr(opened, "backup", None)
    if backup is None or not Path(backup).is_file():
        problem = getattr(opened, "backup_problem", None) or "geen reservekopie gemaakt"
        raise CheckFailed(problem)
    return f"{Path(backup).name} ({Path(backup).stat().st_size // 1024} KB)"


def check_database(ctx: SelftestContext) -> str:
    from wijkdesk.services.check import run_checks

    problems = run_checks()
    if problems:
        shown = "; ".join(problems[:3]) + (f" (en nog {len(problems) - 3})" if len(problems) > 3 else "")
        raise CheckFailed(f"{len(problems)} problemen: {shown}")
    return "geen problemen"


SELFTEST_CHECKS: list[Check] = [
    Check("Versie", check_version),
    Check("Qt starten", check_qt_application),
    Check("Hulpbestanden en pictogram", check_resources, needs=("Qt starten",)),
    Check("Vertalingen", check_translations, needs=("Qt starten",)),
    Check("Tijdelijke database maken", check_create_database),
    Check("Voorbeeldgegevens", check_demo_data, needs=("Tijdelijke database maken",)),
    Check("Reservekopie bij openen", check_backup_on_reopen, needs=("Voorbeeldgegevens",)),
    Check("Databasecontrole", check_database, needs=("Voorbeeldgegevens",)),
]


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------

def _close_everything(ctx: SelftestContext) -> None:
    """Close windows and the database so the temporary folder can be removed (Windows locks open files)."""
    if ctx.app is not None:
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.processEvents()
    try:
        from wijkdesk.store.database import close_database

        close_database()
    except Exception:  # the database module itself may be what is broken; cleanup goes on
        log.exception("Database sluiten mislukt")


def _remove_tree(folder: Path) -> None:
    """Remove `folder`; on Windows a just-closed file can stay locked for a moment, so retry briefly."""
    for attempt in range(10):
        try:
            shutil.rmtree(folder)
            return
        except FileNotFoundError:
            return
        except OSError:
            if attempt == 9:
                raise
            time.sleep(0.2)


def run_selftest(out: TextIO | None = None, checks: list[Check] | None = None, keep: bool = False) -> int:
    """Run every check, print one line each, clean up; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    checks = SELFTEST_CHECKS if checks is None else checks
    platform = choose_qt_platform()
    work_dir = Path(tempfile.mkdtemp(prefix="wijkdesk-selftest-"))
    previous_data_dir = paths._data_dir_override
    paths.set_data_dir(work_dir / "data")
    ctx = SelftestContext(work_dir=work_dir, db_path=work_dir / "data" / "zelftest.db")
    results: list[CheckResult] = []
    passed: set[str] = set()

    def report(result: CheckResult) -> None:
        results.append(result)
        if result.ok:
            passed.add(result.name)
        status = "OK  " if result.ok else "FOUT"
        print(f"{status} {result.name}: {result.detail}", file=out, flush=True)

    print(f"WijkDesk-zelftest (Qt-platform: {platform}, tijdelijke map: {work_dir})", file=out, flush=True)
    try:
        for check in checks:
            missing = [name for name in check.needs if name not in passed]
            if missing:
                report(CheckResult(check.name, False, f"overgeslagen: {', '.join(missing)} mislukte", 0.0))
                continue
            started = time.perf_counter()
            try:
                detail = check.run(ctx) or ""
                report(CheckResult(check.name, True, detail, time.perf_counter() - started))
            except Exception as exc:  # every failure becomes a FOUT line; the run goes on
                log.debug("Zelftest %s mislukt", check.name, exc_info=True)
                message = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
                report(CheckResult(check.name, False, message, time.perf_counter() - started))
                if not isinstance(exc, CheckFailed):
                    traceback.print_exc(file=sys.stderr)
    finally:
        _close_everything(ctx)
        paths.set_data_dir(previous_data_dir)
        started = time.perf_counter()
        if keep:
            report(CheckResult("Opruimen", True, f"map bewaard op verzoek: {work_dir}", 0.0))
        else:
            try:
                _remove_tree(work_dir)
                if work_dir.exists():
                    raise CheckFailed(f"{work_dir} bestaat nog")
                report(CheckResult("Opruimen", True, "tijdelijke map verwijderd", time.perf_counter() - started))
            except Exception as exc:
                report(CheckResult("Opruimen", False, f"{work_dir}: {exc}", time.perf_counter() - started))

    failed = [r for r in results if not r.ok]
    if failed:
        print(f"Zelftest MISLUKT: {len(failed)} van {len(results)} controles FOUT.", file=out, flush=True)
        return 1
    print(f"Zelftest geslaagd: alle {len(results)} controles OK.", file=out, flush=True)
    return 0
