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
    passphrase: str | None = None  # `selftest --versleuteld`: the temporary database is encrypted


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

    from wijkdesk import logsetup

    app = QApplication.instance()
    if app is None:
        app = QApplication(["wijkdesk"])
        # Qt's own remarks (such as the offscreen plug-in's) go to the log, not between the results.
        logsetup.install_qt_message_handler()
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
    """Every translation under resources/ loads, and Qt's own Dutch texts are there."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    loaded = []
    app_translators = {}
    for qm in sorted(paths.resources_dir().rglob("*.qm")):
        translator = QTranslator()
        if not translator.load(str(qm)) or translator.isEmpty():
            raise CheckFailed(f"vertaling {qm.name} laadt niet")
        loaded.append(qm.name)
        if qm.name.startswith("wijkdesk_"):
            app_translators[qm.stem.split("_", 1)[1]] = translator
    # The app's own English translation: present, and it really translates a tab title.
    if "en" not in app_translators:
        raise CheckFailed(f"wijkdesk_en.qm ontbreekt onder {paths.resources_dir()}")
    english = app_translators["en"].translate("MainWindow", "Ideeën")
    if not english or english == "Ideeën":
        raise CheckFailed("wijkdesk_en.qm vertaalt de tabbladnaam 'Ideeën' niet")
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

    ctx.database = open_database(ctx.db_path, passphrase=ctx.passphrase)
    version = migrations.get_version(ctx.database)
    if version != migrations.LATEST_VERSION:
        raise CheckFailed(f"schema {version}, verwacht {migrations.LATEST_VERSION}")
    return f"{ctx.db_path.name}, schema {version}" + (", versleuteld" if ctx.passphrase else "")


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


def check_main_window(ctx: SelftestContext) -> str:
    """Build the main window as the app does, show it off-screen and visit every tab."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QTabWidget

    from wijkdesk.views.app import create_main_window

    window = create_main_window(ctx.db_path)
    if window is None:
        raise CheckFailed("het venster is niet gemaakt (de database werd niet geopend)")
    _dont_show(window)
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    tabs = window.findChild(QTabWidget)
    if tabs is None or tabs.count() == 0:
        raise CheckFailed("het venster heeft geen tabbladen")
    seen = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page, title = tabs.widget(index), tabs.tabText(index).replace("&", "")
        if not page.isVisible():
            raise CheckFailed(f"tabblad {title} wordt niet getoond")
        rows = sum(view.model().rowCount() for view in page.findChildren(QAbstractItemView)
                   if view.model() is not None and view.isVisibleTo(page))
        if rows == 0:
            raise CheckFailed(f"tabblad {title} toont geen rijen, terwijl er voorbeeldgegevens zijn")
        seen.append(f"{title} ({rows})")
    image = window.grab()  # paints the whole widget tree: fonts, styles and icons must all work
    if image.isNull() or image.width() < 100:
        raise CheckFailed("het venster kan niet worden getekend")
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return f"{tabs.count()} tabbladen: " + ", ".join(seen)


def check_excel(ctx: SelftestContext) -> str:
    """Write the finance workbook, read it with openpyxl, and import it back (as a dry run)."""
    from openpyxl import load_workbook

    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.exchange.excel_import import import_workbook

    target = ctx.work_dir / "export.xlsx"
    result = export_workbook(target)
    if not target.is_file():
        raise CheckFailed(f"{target.name} is niet geschreven")
    wb = load_workbook(target, read_only=True)
    try:
        missing = {"Overzicht", "Toekenningen", "Uitgaven", "Ideeën", "Doelen", "Info"} - set(wb.sheetnames)
        if missing:
            raise CheckFailed(f"bladen ontbreken: {', '.join(sorted(missing))}")
        uitgaven_rows = sum(1 for row in wb["Uitgaven"].iter_rows(min_row=2, values_only=True)
                            if any(value is not None for value in row))
    finally:
        wb.close()
    if uitgaven_rows < result.rows.get("uitgaven", 0) or result.rows.get("uitgaven", 0) == 0:
        raise CheckFailed(f"blad Uitgaven heeft {uitgaven_rows} rijen, de export meldde {result.rows}")
    report = import_workbook(target, dry_run=True)
    if not report.ok:
        raise CheckFailed("teruglezen: " + "; ".join(str(p) for p in report.problems[:3]))
    changed = report.count("nieuw") + report.count("bijwerken")
    if changed:
        raise CheckFailed(f"teruglezen van een ongewijzigde export zou {changed} rijen wijzigen")
    return (f"{target.name}: {result.rows.get('uitgaven')} uitgaven, {result.rows.get('ideeen')} ideeën; "
            f"teruggelezen, {report.count('ongewijzigd')} rijen ongewijzigd")


def check_encryption(ctx: SelftestContext) -> str:
    """SQLCipher is in the build and works: a test file is unreadable without its key and refuses a
    wrong one; with --versleuteld, no demo name is readable in the database file or its backups."""
    import secrets

    from wijkdesk.store import backups, cipher

    if not cipher.available():
        raise CheckFailed("het onderdeel sqlcipher3 ontbreekt: versleutelde databases gaan niet open")
    probe = ctx.work_dir / "versleuteling-proef.db"
    key = cipher.FileKey.for_salt(cipher.Passphrase(secrets.token_urlsafe(16)), secrets.token_bytes(16))
    conn = cipher.connect(probe, key)
    try:
        conn.execute("CREATE TABLE proef (tekst TEXT)")
        conn.execute("INSERT INTO proef VALUES ('Dirk Dekker 06 77446522')")
        conn.commit()
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        conn.close()
    if b"Dekker" in probe.read_bytes() or not cipher.is_encrypted(probe):
        raise CheckFailed("het proefbestand is leesbaar zonder wachtwoord")
    wrong = cipher.FileKey.for_salt(cipher.Passphrase("fout wachtwoord"), key.salt)
    conn = cipher.connect(probe, wrong)
    try:
        conn.execute("SELECT count(*) FROM proef").fetchone()
        raise CheckFailed("een verkeerd wachtwoord opent het proefbestand")
    except cipher.DatabaseError:
        pass
    finally:
        conn.close()
    detail = f"SQLCipher {version}; proefbestand onleesbaar zonder wachtwoord"
    if ctx.passphrase:
        from wijkdesk.store.database import current
        from wijkdesk.store.models import Persoon

        opened = current()
        if opened is None or not opened.encrypted:
            raise CheckFailed("de zelftestdatabase is niet versleuteld geopend")
        names = [p.naam.encode("utf-8") for p in Persoon.select()]
        files = [ctx.db_path] + [b.path for b in backups.list_backups(ctx.db_path)]
        readable = [f.name for f in files if any(n in f.read_bytes() for n in names)]
        if readable or not names:
            raise CheckFailed(f"namen leesbaar in {', '.join(readable)}" if readable else "geen personen")
        detail += f"; database en {len(files) - 1} reservekopie(ën) versleuteld, geen naam leesbaar"
    return detail


def check_vote_count(ctx: SelftestContext) -> str:
    """Count a small built-in election with both rules; the outcomes are known by hand.

    Budget 100 euro, 11 voters. Six vote for A and B (50 each), one for A only, four for C (36).
    Greedy takes the most votes first: A (7), B (6); C no longer fits. Equal shares gives every
    voter 100/11: A's seven supporters pay 50, then B's six have too little left, while C's four
    can pay 36 together: A and C.
    """
    from wijkdesk.domain.voting import Election, Project, decide

    election = Election(
        budget=10000,
        projects=[Project("A", 5000, "Speeltuin"), Project("B", 5000, "Bankjes"),
                  Project("C", 3600, "Buurtmoestuin")],
        ballots=[{"A": 1, "B": 1}] * 6 + [{"A": 1}] + [{"C": 1}] * 4,
    )
    expected = {"greedy": ["A", "B"], "equal-shares": ["A", "C"]}
    found = {rule: sorted(decide(election, rule).selected) for rule in expected}
    if found != expected:
        raise CheckFailed(f"uitkomst {found}, verwacht {expected}")
    return "meeste stemmen: A, B; equal shares: A, C (zoals verwacht)"


def check_working_days(ctx: SelftestContext) -> str:
    """The Dutch holidays load (the package's country module, version metadata and Dutch names are
    looked up at run time, so a build can miss them) and a decision term skips Koningsdag.

    Friday 24-04-2026 plus one working day: the weekend and Koningsdag (Monday 27-04-2026) do not count.
    """
    import datetime as dt

    from wijkdesk.domain.working_days import add_working_days, holiday_name

    name = holiday_name(dt.date(2026, 4, 27))
    if name != "Koningsdag":
        raise CheckFailed(f"27-04-2026 heet '{name}', verwacht 'Koningsdag'")
    found = add_working_days(dt.date(2026, 4, 24), 1)
    if found != dt.date(2026, 4, 28):
        raise CheckFailed(f"24-04-2026 + 1 werkdag = {found:%d-%m-%Y}, verwacht 28-04-2026")
    return "24-04-2026 + 1 werkdag = 28-04-2026 (Koningsdag telt niet mee)"


def check_server_driver(ctx: SelftestContext) -> str:
    """The PostgreSQL driver for a database on a server is there with its own libpq (psycopg's binary
    wheel: psycopg picks it at import time, so a build can miss it and fall back to a libpq that a
    Windows laptop does not have). No server is needed: only the driver is loaded."""
    try:
        import psycopg
    except ImportError as exc:
        raise CheckFailed(f"psycopg ontbreekt: {exc}") from exc
    if psycopg.pq.__impl__ not in ("binary", "c"):
        raise CheckFailed(f"psycopg gebruikt '{psycopg.pq.__impl__}' in plaats van zijn eigen libpq (binary)")
    from wijkdesk.store import server

    if server.parse("postgresql://wijkkoppel@db.gemeente.nl/wijkdesk").short != "wijkdesk op db.gemeente.nl":
        raise CheckFailed("een serveradres wordt niet goed gelezen")
    version = psycopg.pq.version()
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {version // 10000}.{version % 100}"


SELFTEST_CHECKS: list[Check] = [
    Check("Versie", check_version),
    Check("Qt starten", check_qt_application),
    Check("Hulpbestanden en pictogram", check_resources, needs=("Qt starten",)),
    Check("Vertalingen", check_translations, needs=("Qt starten",)),
    Check("Tijdelijke database maken", check_create_database),
    Check("Voorbeeldgegevens", check_demo_data, needs=("Tijdelijke database maken",)),
    Check("Reservekopie bij openen", check_backup_on_reopen, needs=("Voorbeeldgegevens",)),
    Check("Hoofdvenster en tabbladen", check_main_window, needs=("Qt starten", "Voorbeeldgegevens")),
    Check("Excel-export en teruglezen", check_excel, needs=("Voorbeeldgegevens",)),
    Check("Stemmen tellen", check_vote_count),
    Check("Werkdagen en feestdagen", check_working_days),
    Check("Databasecontrole", check_database, needs=("Voorbeeldgegevens",)),
    Check("Versleuteling", check_encryption, needs=("Tijdelijke database maken",)),
    Check("Databaseserver (PostgreSQL-stuurprogramma)", check_server_driver),
]


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------

def _close_everything(ctx: SelftestContext) -> None:
    """Close windows and the database so the temporary folder can be removed (Windows locks open files)."""
    if ctx.app is not None:
        from PySide6.QtWidgets import QApplication

        from wijkdesk.views import background

        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        # Background work of the window (views/background.py) holds its own SQLite connection
        # until it finishes: wait for it, or the folder cannot be removed on Windows.
        background.wait(10_000)
        QApplication.processEvents()
    try:
        from wijkdesk.store.database import close_database

        close_database()
    except Exception:  # the database module itself may be what is broken; cleanup goes on
        log.exception("Database sluiten mislukt")
    try:
        from wijkdesk.store import cipher

        cipher.forget()  # the self-test's passphrases leave memory with it
    except Exception:
        log.exception("Wachtwoorden vergeten mislukt")


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


def run_selftest(out: TextIO | None = None, checks: list[Check] | None = None, keep: bool = False,
                 encrypted: bool = False) -> int:
    """Run every check, print one line each, clean up; 0 if all passed, 1 otherwise.

    With `encrypted` the temporary database is an encrypted one (a random passphrase, kept in memory).
    """
    out = out or sys.stdout
    checks = SELFTEST_CHECKS if checks is None else checks
    platform = choose_qt_platform()
    work_dir = Path(tempfile.mkdtemp(prefix="wijkdesk-selftest-"))
    previous_data_dir = paths._data_dir_override
    paths.set_data_dir(work_dir / "data")
    ctx = SelftestContext(work_dir=work_dir, db_path=work_dir / "data" / "zelftest.db")
    if encrypted:
        import secrets

        ctx.passphrase = secrets.token_urlsafe(24)
    results: list[CheckResult] = []
    passed: set[str] = set()

    def report(result: CheckResult) -> None:
        results.append(result)
        if result.ok:
            passed.add(result.name)
        status = "OK  " if result.ok else "FOUT"
        print(f"{status} {result.name}: {result.detail}", file=out, flush=True)

    print(f"WijkDesk-zelftest (Qt-platform: {platform}, tijdelijke map: {work_dir}"
          f"{', versleutelde database' if encrypted else ''})", file=out, flush=True)
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
