"""The Excel actions in the window (pytest-qt): background export with delayed progress and Cancel,
a failure shown in Dutch, the import preview that lists every problem before anything is written."""
from __future__ import annotations

import datetime as dt
import os
import threading
import time
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from tests.exchange.books import UITGAVE_HEADER, good_uitgave, write_book
from tests.exchange.conftest import seed_world
from tests.exchange.helpers import db_fingerprint, sheet_dicts_calamine

# The pictures in docs/images are rendered by these tests when WIJKDESK_RENDER_DOCS=1 is set;
# otherwise they go to a temporary folder (the grab is still made and checked).
DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "images"


@pytest.fixture
def images(tmp_path) -> Path:
    if os.environ.get("WIJKDESK_RENDER_DOCS") == "1":
        return DOCS_IMAGES
    folder = tmp_path / "images"
    folder.mkdir()
    return folder


def save_picture(widget, folder: Path, name: str) -> None:
    pixmap = widget.grab()
    assert not pixmap.isNull() and pixmap.width() > 200
    assert pixmap.save(str(folder / name))

pytestmark = [pytest.mark.sqlite_only,  # the window's tests run on SQLite; the services' on both backends
              pytest.mark.qt_log_level_fail("WARNING"),
              pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize")]


@pytest.fixture
def window(qtbot, db, db_path, monkeypatch):
    """The main window on the seeded test world, Keizerslanden 2026; message boxes are recorded."""
    from wijkdesk.store.database import close_database
    from wijkdesk.store.models import Wijk
    from wijkdesk.views.app import create_main_window

    seed_world()
    close_database()
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(("warning", text)))
    win = create_main_window(db_path)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    win.set_scope(Wijk.get(Wijk.naam == "Keizerslanden").id, 2026)
    win.shown_messages = shown
    yield win
    task = win.excel_actions.task
    if task is not None:
        task.stop()
    win.close()
    close_database()


@pytest.fixture
def out_dir(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def _wait_end(qtbot, actions, timeout=30_000) -> str:
    with qtbot.waitSignal(actions.task_ended, timeout=timeout) as blocker:
        pass
    return blocker.args[0]


def test_actions_in_bestand_menu_and_toolbar(window):
    actions = window.excel_actions
    menu = [a.objectName() for a in window.menu("bestand").actions()]
    assert {"excel_export", "excel_sjabloon", "excel_import"} <= set(menu)
    toolbar = window.toolbar.actions()
    assert actions.export_action in toolbar and actions.import_action in toolbar
    assert actions.export_action.text() == "Exporteren naar Excel…"


def test_export_runs_in_a_worker_thread_and_writes_the_workbook(window, qtbot, out_dir, monkeypatch):
    from wijkdesk.exchange import excel_export

    threads = []
    real = excel_export.export_workbook

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(excel_export, "export_workbook", recording)
    actions = window.excel_actions
    target = out_dir / "financien.xlsx"
    with qtbot.waitSignal(actions.task_ended, timeout=30_000) as ended:
        actions.start_export(target, "Keizerslanden", 2026)
        assert not actions.export_action.isEnabled()  # one export at a time
    assert ended.args == ["gelukt"]
    assert threads and threads[0] is not threading.main_thread()
    assert actions.export_action.isEnabled()
    assert len(sheet_dicts_calamine(target, "Uitgaven")) == 3
    kind, text = window.shown_messages[-1]
    assert kind == "info" and str(target) in text and "persoonsgegevens van bewoners weggelaten" in text
    assert "Werkmap opgeslagen" in window.statusBar().currentMessage()


def _slow_uitgaven(monkeypatch, started: threading.Event):
    """Make the Uitgaven sheet take long (checking for Cancel as the real loop does)."""
    from wijkdesk.exchange import excel_export

    def slow(wb, filt, scrubber, tracker, *_receipts):
        started.set()
        for _ in range(2000):
            tracker.check()
            time.sleep(0.005)

    monkeypatch.setattr(excel_export, "_write_uitgaven", slow)


def test_progress_appears_after_a_delay_and_cancel_leaves_no_file(window, qtbot, out_dir, monkeypatch, images):
    started = threading.Event()
    _slow_uitgaven(monkeypatch, started)
    actions = window.excel_actions
    target = out_dir / "financien.xlsx"
    target.write_bytes(b"vorige versie")
    actions.start_export(target, None, None)
    progress = actions.progress
    assert progress is not None and not progress.isVisible()  # not at once: most exports are quick
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    assert started.wait(10)
    qtbot.waitUntil(lambda: progress.labelText() == "Exporteren naar Excel: Uitgaven", timeout=5_000)
    save_picture(progress, images, "excel-voortgang.png")
    cancel_button = progress.findChild(QPushButton)
    assert cancel_button.text() == "Annuleren"
    with qtbot.waitSignal(actions.task_ended, timeout=30_000) as ended:
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    assert ended.args == ["afgebroken"]
    assert target.read_bytes() == b"vorige versie"
    assert sorted(p.name for p in out_dir.iterdir()) == ["financien.xlsx"]
    assert "niets opgeslagen" in window.statusBar().currentMessage()
    assert actions.export_action.isEnabled()


def test_quick_work_never_shows_the_progress_dialog(qtbot):
    import shiboken6

    from wijkdesk.views.excel.progress import DelayedProgress

    shown, cancelled = [], []

    class Probe(DelayedProgress):
        def showEvent(self, event):
            shown.append(event)
            super().showEvent(event)

    quick = Probe("Exporteren", lambda: cancelled.append(1), delay_ms=150)
    quick.update_progress(3, 10, "Uitgaven")
    quick.finish()  # done within the delay
    # It cleans itself up (deleteLater): once gone, its delay timer can no longer show it.
    qtbot.waitUntil(lambda: not shiboken6.isValid(quick), timeout=2_000)
    assert shown == [] and not cancelled
    slow = Probe("Exporteren", lambda: cancelled.append(1), delay_ms=150)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=2_000)  # still busy after the delay: now it shows
    slow.finish()


def test_export_failure_is_shown_in_dutch(window, qtbot, tmp_path):
    actions = window.excel_actions
    with qtbot.waitSignal(actions.task_ended, timeout=30_000) as ended:
        actions.start_export(tmp_path / "bestaat-niet" / "x.xlsx", None, None)
    assert ended.args == ["mislukt"]
    kind, text = window.shown_messages[-1]
    assert kind == "warning" and "bestaat niet" in text and "Traceback" not in text


def test_export_dialog_defaults_and_refuses_missing_folder(window, qtbot, tmp_path):
    dialog = window.excel_actions.export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.wijk_name() == "Keizerslanden" and dialog.jaar() == 2026
    assert dialog.target().name == "WijkDesk-financien-Keizerslanden-2026.xlsx"
    dialog.wijk_combo.setCurrentIndex(0)
    dialog.jaar_combo.setCurrentIndex(0)
    assert (dialog.wijk_name(), dialog.jaar()) == (None, None)
    assert dialog.target().name == "WijkDesk-financien-alle-wijken.xlsx"
    dialog.path_edit.setText(str(tmp_path / "nergens" / "x"))
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "bestaat niet" in dialog.error_label.text()
    dialog.path_edit.setText(str(tmp_path / "x"))
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.target() == tmp_path / "x.xlsx"


def test_export_dialog_picture(window, qtbot, images):
    dialog = window.excel_actions.export_dialog()
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(r"C:\Users\wijkmanager\Documents\WijkDesk-financien-Keizerslanden-2026.xlsx")
    dialog.show()
    qtbot.waitExposed(dialog)
    save_picture(dialog, images, "excel-export.png")


def _bad_book(folder: Path) -> Path:
    return write_book(folder / "van-de-groep.xlsx", {"Uitgaven": [
        UITGAVE_HEADER, good_uitgave(), good_uitgave(Bedrag="twaalf euro", Factuurnummer="X"),
        good_uitgave(Datum="31-02-2026", Factuurnummer="Y"), good_uitgave(Wijk="Atlantis", Factuurnummer="Z")]})


def test_preview_lists_every_problem_and_blocks_import(window, qtbot, out_dir, images):
    from wijkdesk.exchange.excel_import import import_workbook
    from wijkdesk.views.excel.import_dialog import ImportPreviewDialog

    report = import_workbook(_bad_book(out_dir), dry_run=True)
    dialog = ImportPreviewDialog(report, window)
    qtbot.addWidget(dialog)
    assert dialog.problem_model.rowCount() == len(report.problems) == 3
    cells = [[dialog.problem_model.item(r, c).text() for c in range(4)] for r in range(3)]
    assert cells[0][:3] == ["Uitgaven", "3", "Bedrag"] and "is geen bedrag" in cells[0][3]
    assert cells[1][:3] == ["Uitgaven", "4", "Datum"]
    assert cells[2][:3] == ["Uitgaven", "5", "Wijk"] and "Atlantis" in cells[2][3]
    assert dialog.row_model.rowCount() == 4
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_check.isVisibleTo(dialog)
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.skip_invalid()
    assert "3 problemen gevonden" in dialog.summary_label.text()
    dialog.skip_check.setChecked(False)
    dialog.show()
    qtbot.waitExposed(dialog)
    save_picture(dialog, images, "excel-import-voorvertoning.png")


def test_import_flow_preview_then_save_through_the_worker(window, qtbot, out_dir, monkeypatch):
    """Export, finance fills in paid dates, import: preview (nothing written), confirm, rows updated."""
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.store.models import Uitgave, db
    from wijkdesk.views.excel.import_dialog import ImportPreviewDialog

    exported = out_dir / "export.xlsx"
    export_workbook(exported)
    wb = openpyxl.load_workbook(exported)
    ws = wb["Uitgaven"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        if row[header.index("Status")].value == "open":
            row[header.index("Betaald op")].value = dt.date(2026, 6, 1)
    wb.save(exported)

    previews = []

    def accept(dialog):
        previews.append((dialog.problem_model.rowCount(), dialog.import_button.isEnabled(),
                         db_fingerprint(db)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    before = db_fingerprint(db)
    changed = []
    window.context.data_changed.connect(changed.append)
    actions = window.excel_actions
    with qtbot.waitSignals([actions.task_ended, actions.task_ended], timeout=60_000):
        actions.start_preview(exported)
    qtbot.waitUntil(lambda: not actions.busy(), timeout=30_000)
    assert previews == [(0, True, before)]  # the preview wrote nothing
    paid = Uitgave.select().where(Uitgave.betaald_op == dt.date(2026, 6, 1)).count()
    assert paid == 3
    assert changed and "uitgave" in changed[-1]
    assert "Import opgeslagen" in window.shown_messages[-1][1]
    # The whole import is one step on the undo stack: Ctrl+Z takes it back, Ctrl+Shift+Z makes it again.
    stack = window.context.undo_stack
    assert stack.undoText().startswith("Excel-import export.xlsx")
    stack.undo()
    assert Uitgave.select().where(Uitgave.betaald_op == dt.date(2026, 6, 1)).count() == 0
    stack.redo()
    assert Uitgave.select().where(Uitgave.betaald_op == dt.date(2026, 6, 1)).count() == 3


def test_export_dialog_asks_before_replacing_an_existing_workbook(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    earlier = tmp_path / "vorige.xlsx"
    earlier.write_bytes(b"de werkmap van vorige maand")
    answers, asked = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes], []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = window.excel_actions.export_dialog()
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(earlier))
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "bestaat al" in asked[0]
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert earlier.read_bytes() == b"de werkmap van vorige maand"  # replaced only when the export runs


def test_cancel_in_the_progress_dialog_keeps_no_imported_row(window, qtbot, out_dir, monkeypatch):
    """The issue: Cancel pressed in a sheet of 380 rows committed all of them. Now the worker sees
    Cancel at its next row and rolls the whole import back."""
    from wijkdesk.services import budget
    from wijkdesk.store.models import db

    book = write_book(out_dir / "380.xlsx", {"Uitgaven": [UITGAVE_HEADER, *(
        good_uitgave(Factuurnummer=f"C-{i}", Bedrag="1,00") for i in range(380))]})
    before = db_fingerprint(db)
    reached, go, created = threading.Event(), threading.Event(), []
    real = budget.create_uitgave

    def create(*args, **kwargs):
        created.append(1)
        if len(created) == 250:  # past the old check at row 200: the worker waits for the click
            reached.set()
            go.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(budget, "create_uitgave", create)
    actions = window.excel_actions
    actions.start_import(book, skip_invalid=False)
    progress = actions.progress
    assert reached.wait(30)
    qtbot.waitUntil(progress.isVisible, timeout=5_000)
    cancel_button = progress.findChild(QPushButton)
    with qtbot.waitSignal(actions.task_ended, timeout=30_000) as ended:
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
        go.set()
    assert ended.args == ["afgebroken"]
    assert db_fingerprint(db) == before
    assert "niets opgeslagen" in window.statusBar().currentMessage()
    assert actions.import_action.isEnabled()


def test_preview_of_thousands_of_bad_rows_lists_the_first_hundred_and_counts_the_rest(window, qtbot, out_dir):
    from tests.exchange import hostile_books as hb
    from wijkdesk.exchange.excel_import import import_workbook
    from wijkdesk.views.excel.import_dialog import ImportPreviewDialog

    book = hb.book_with_rows(out_dir / "fout.xlsx", (
        hb.expense_row(r, cells={"D": hb.text_cell(f"D{r}", "twaalf euro")}) for r in range(2, 1_502)))
    report = import_workbook(book, dry_run=True)
    dialog = ImportPreviewDialog(report, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tabs.tabText(0) == "Problemen (1500)"
    assert "1500 problemen gevonden" in dialog.summary_label.text()
    view, model = dialog.problem_view, dialog.problem_model
    assert model.rowCount() == 101
    last = model.index(100, 3)
    view.scrollTo(last)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(last).center())
    assert view.currentIndex().row() == 100
    assert view.currentIndex().data().startswith("… en nog 1400 problemen")
    assert not dialog.import_button.isEnabled()


def test_damaged_workbook_chosen_in_the_window_gets_one_dutch_message(window, qtbot, out_dir, monkeypatch):
    """Uit Excel on the toolbar, a file with text in a number cell: a warning naming sheet and cell,
    nothing written, no traceback."""
    from PySide6.QtWidgets import QFileDialog

    from tests.exchange import hostile_books as hb
    from wijkdesk.store.models import db

    book = hb.book_with_rows(out_dir / "kapot.xlsx", [hb.expense_row(2, cells={"D": '<c r="D2"><v>abc</v></c>'})])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(book), "")))
    before = db_fingerprint(db)
    button = window.toolbar.widgetForAction(window.excel_actions.import_action)
    with qtbot.waitSignal(window.excel_actions.task_ended, timeout=30_000) as ended:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ended.args == ["mislukt"]
    kind, text = window.shown_messages[-1]
    assert kind == "warning"
    assert "kapot.xlsx: het bestand is beschadigd in blad 'Uitgaven', cel D2: 'abc' is geen getal" in text
    assert "Traceback" not in text
    assert db_fingerprint(db) == before


def test_export_on_a_full_disk_says_so_in_dutch(window, qtbot, out_dir, monkeypatch):
    """The window's words for a full disk are the command line's: no 'No space left on device'."""
    import errno

    from wijkdesk.exchange import excel_export

    def full(wb, tmp):
        tmp.write_bytes(b"PK")  # a half file, as a real full disk leaves it
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp))

    monkeypatch.setattr(excel_export, "save_workbook", full)
    actions = window.excel_actions
    with qtbot.waitSignal(actions.task_ended, timeout=30_000) as ended:
        actions.start_export(out_dir / "financien.xlsx", "Keizerslanden", 2026)
    assert ended.args == ["mislukt"]
    kind, text = window.shown_messages[-1]
    assert kind == "warning" and "De schijf is vol" in text and "Maak ruimte vrij" in text, text
    assert "No space" not in text
    assert list(out_dir.iterdir()) == []  # neither the workbook nor its half temporary file


def test_the_export_dialog_names_every_sheet_the_workbook_gets(window, qtbot, tmp_path):
    """The dialog's text lists the sheets; it missed Overhevelingen (added at the year end) and the receipts."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QLabel

    from wijkdesk.exchange.excel_export import export_workbook

    dialog = window.excel_actions.export_dialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "export_uitleg").text()
    export_workbook(tmp_path / "f.xlsx", receipts=False)
    sheets = load_workbook(tmp_path / "f.xlsx", read_only=True).sheetnames
    assert "Overhevelingen" in sheets
    assert [name for name in sheets if name not in text] == []
    assert "bonnetjes" in text


def test_the_file_dialog_starts_where_the_last_workbook_was_read(window, qtbot, out_dir, monkeypatch):
    """Found clicking through the window: 'Uit Excel' always opened in the home folder. Now the second
    time it starts in the folder of the workbook read the first time (kept per user in the settings)."""
    from PySide6.QtWidgets import QFileDialog

    from tests.exchange import hostile_books as hb

    stick = out_dir / "usb stick"
    stick.mkdir()
    book = hb.book_with_rows(stick / "kapot.xlsx", [hb.expense_row(2, cells={"D": '<c r="D2"><v>abc</v></c>'})])
    starts = []

    def choose(parent, caption, start, *rest, **kw):
        starts.append(Path(start))
        return str(book), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    button = window.toolbar.widgetForAction(window.excel_actions.import_action)
    for _ in range(2):
        with qtbot.waitSignal(window.excel_actions.task_ended, timeout=30_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert starts[0] != stick and starts[1] == stick
