"""Settings dialog, wijken dialog, what the window remembers, undo across tabs, the crash dialog."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt

from wijkdesk.services import audit
from wijkdesk.store.models import AuditLog, Idee, Uitgave, Wijk
from wijkdesk.views.settings_dialog import SettingsDialog
from wijkdesk.views.wijk_dialog import WijkDialog


def test_settings_user_name_goes_into_the_audit_log(demo_window, dialogs, qtbot):
    def fill(dialog):
        dialog.form.gebruiker.setText("Sanne de Vries")

    dialogs.answer(SettingsDialog, fill)
    demo_window.settings_action.trigger()
    try:
        assert demo_window.context.settings.value("gebruiker") == "Sanne de Vries"
        tab = demo_window.ideeen_tab
        demo_window.tabs.setCurrentWidget(tab)
        qtbot.keyClicks(tab.capture, "Idee van Sanne")
        qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
        idee = Idee.get(Idee.titel == "Idee van Sanne")
        assert AuditLog.get(AuditLog.rij_uuid == idee.uuid).gebruiker == "Sanne de Vries"
    finally:
        audit.set_current_user(None)


def test_settings_rules_are_kept_and_a_bad_amount_is_refused(demo_window, dialogs):
    seen = {}

    def bad(dialog):
        dialog.form.advies_drempel_cents.setText("veel")
        dialog.accept()
        seen["open"] = dialog.result() == 0
        seen["error"] = dialog.form.advies_drempel_cents_fout.text()
        dialog.reject()

    dialogs.answer(SettingsDialog, bad)
    demo_window.settings_action.trigger()
    assert seen["open"] and seen["error"]

    def good(dialog):
        dialog.form.dagen_vooraf.setValue(21)
        dialog.form.verboden_woorden.setPlainText("consumpties: koffie, thee\ncadeautjes: cadeau")
        dialog._add_cap("straatfeest", "150,00")

    dialogs.answer(SettingsDialog, good)
    demo_window.settings_action.trigger()
    rules = demo_window.context.budget_rules()
    assert rules.min_dagen_vooraf == 21
    assert rules.verboden == {"consumpties": ["koffie", "thee"], "cadeautjes": ["cadeau"]}
    assert rules.plafonds_cents["straatfeest"] == 15_000


def test_language_switch_is_requested(demo_window, dialogs, qtbot):
    dialogs.answer(SettingsDialog, lambda d: d.form.taal.setCurrentIndex(d.form.taal.findData("en")))
    with qtbot.waitSignal(demo_window.language_change_requested) as blocker:
        demo_window.settings_action.trigger()
    assert blocker.args == ["en"]
    assert demo_window.context.settings.value("taal") == "en"


def test_new_wijk_and_refused_duplicate(demo_window, dialogs):
    seen = {}

    def fill(dialog):
        dialog.form.naam.setText("Keizerslanden")
        dialog.accept()
        seen["error"] = dialog.form.naam_fout.text()
        dialog.form.naam.setText("Zandweerd")
        dialog.form.wijkmanager.setText("Piet Jansen")

    dialogs.answer(WijkDialog, fill)
    from wijkdesk.views.wijk_dialog import WijkenDialog

    manager = WijkenDialog(demo_window.context, demo_window)
    manager.new_wijk()
    assert "al een wijk" in seen["error"]
    assert Wijk.get(Wijk.naam == "Zandweerd").wijkmanager == "Piet Jansen"
    assert demo_window.wijk_combo.findText("Zandweerd") >= 0, "the selector lists the new wijk"
    demo_window.context.undo_stack.undo()
    assert Wijk.get_or_none(Wijk.naam == "Zandweerd") is None
    assert demo_window.wijk_combo.findText("Zandweerd") < 0


def test_window_remembers_tab_wijk_year_and_columns(demo_window, qtbot, db_path):
    from wijkdesk.views.app import create_main_window

    voorstad = Wijk.get(Wijk.naam == "Voorstad")
    demo_window.resize(780, 560)  # within the offscreen screen (800x600), so the geometry restores as is
    qtbot.wait(10)
    demo_window.set_scope(voorstad.id, 2025)
    demo_window.tabs.setCurrentWidget(demo_window.doelen_tab)
    header = demo_window.doelen_tab.table.horizontalHeader()
    header.resizeSection(0, 333)
    demo_window.doelen_tab.splitter.setSizes([700, 300])
    sizes = demo_window.doelen_tab.splitter.sizes()
    demo_window.close()
    again = create_main_window(db_path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == demo_window.size()
    assert again.current_tab() is again.doelen_tab
    assert (again.context.wijk_id, again.context.jaar) == (voorstad.id, 2025)
    assert again.doelen_tab.table.horizontalHeader().sectionSize(0) == 333
    assert again.doelen_tab.splitter.sizes() == sizes


def test_undo_works_across_tabs(demo_window, qtbot, dialogs):
    from wijkdesk.views.tabs.budget_tab import UitgaveDialog

    ideeen = demo_window.ideeen_tab
    demo_window.tabs.setCurrentWidget(ideeen)
    qtbot.keyClicks(ideeen.capture, "Eerst dit idee")
    qtbot.keyClick(ideeen.capture, Qt.Key.Key_Return)
    demo_window.tabs.setCurrentWidget(demo_window.budget_tab)
    dialogs.answer(UitgaveDialog, lambda d: (d.form.omschrijving.setText("Dan deze uitgave"),
                                             d.form.bedrag_cents.setText("10,00")))
    demo_window.budget_tab.new_expense()
    assert demo_window.undo_action.text().endswith("Uitgave 'Dan deze uitgave' toevoegen")
    demo_window.budget_tab.table.setFocus()
    qtbot.keyClick(demo_window.budget_tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(demo_window.budget_tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not Uitgave.select().where(Uitgave.omschrijving == "Dan deze uitgave").exists()
    assert not Idee.select().where(Idee.titel == "Eerst dit idee").exists()
    demo_window.tabs.setCurrentWidget(ideeen)
    assert all(r.titel != "Eerst dit idee" for r in ideeen.model.rows()), "the other tab refreshed too"


def test_undo_that_is_refused_now_is_explained_and_leaves_the_stack(demo_window, qtbot, dialogs):
    from wijkdesk.services import budget, doelen

    tab = demo_window.doelen_tab
    demo_window.tabs.setCurrentWidget(tab)
    tab.new_item()
    doel_id = tab.current_row().id
    # Meanwhile money is granted to the new goal, so deleting it (the undo) must be refused.
    budget.create_toekenning(demo_window.context.wijk_id, 2026, 100, doel=doel_id, omschrijving="Geld")
    stack = demo_window.context.undo_stack
    stack.undo()
    assert doelen.Doel.get_or_none(doelen.Doel.id == doel_id) is not None
    assert dialogs.warnings and "toekenning" in dialogs.warnings[-1]
    assert stack.count() == 0, "the command that could not be undone left the stack"


def test_uncaught_exception_is_logged_and_names_the_log(qapp, data_dir, monkeypatch, caplog):
    from PySide6.QtWidgets import QMessageBox

    from wijkdesk import logsetup
    from wijkdesk.views import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    try:
        raise RuntimeError("kapot")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL):
            crash.handle_exception(type(exc), exc, exc.__traceback__)
    assert "kapot" in caplog.text and "Traceback" in caplog.text
    assert shown and str(logsetup.log_file()) in shown[0] and "RuntimeError: kapot" in shown[0]


def test_database_chosen_in_the_settings_is_opened_next_time(data_dir, tmp_path):
    from wijkdesk import paths
    from wijkdesk.views.app import chosen_database, open_settings

    assert chosen_database(paths.default_database_path()) == paths.default_database_path()
    settings = open_settings()
    settings.setValue("database", str(tmp_path / "elders.db"))
    settings.sync()
    assert chosen_database(paths.default_database_path()) == tmp_path / "elders.db"
    assert chosen_database(tmp_path / "via-db.db") == tmp_path / "via-db.db", "--db wins"


def test_read_only_database_refuses_changes_with_a_message(demo_window, qtbot, dialogs):
    context = demo_window.context
    context.readonly = True
    try:
        tab = demo_window.ideeen_tab
        demo_window.tabs.setCurrentWidget(tab)
        before = Idee.select().count()
        qtbot.keyClicks(tab.capture, "Mag niet")
        qtbot.keyClick(tab.capture, Qt.Key.Key_Return)
        assert Idee.select().count() == before
        assert dialogs.warnings and "alleen-lezen" in dialogs.warnings[-1]
    finally:
        context.readonly = False


def test_spending_rules_are_kept_in_the_database_per_wijk_and_year(demo_window, dialogs, qtbot):
    """The rules belong to the data: set for Keizerslanden 2026 they leave other wijken alone, come back
    through the services (a second laptop sees them), and the step can be undone."""
    from wijkdesk.services import instellingen

    keizer = Wijk.get(Wijk.naam == "Keizerslanden")
    voorstad = Wijk.get(Wijk.naam == "Voorstad")
    seen = {}

    def set_term(dialog):
        seen["scope"] = dialog.form.regels_voor.currentText()
        dialog.form.verantwoording_weken.setValue(6)

    dialogs.answer(SettingsDialog, set_term)
    demo_window.settings_action.trigger()
    assert seen["scope"] == "voor Keizerslanden in 2026"
    assert instellingen.budget_rules(keizer.id, 2026).verantwoording_weken == 6
    assert instellingen.budget_rules(keizer.id, 2025).verantwoording_weken == 13
    assert instellingen.budget_rules(voorstad.id, 2026).verantwoording_weken == 13
    assert demo_window.context.settings.value("budgetregels", "") in ("", None)  # not in QSettings
    assert demo_window.context.undo_stack.undoText() == "Budgetregels voor Keizerslanden 2026"
    demo_window.context.undo_stack.undo()
    assert instellingen.budget_rules(keizer.id, 2026).verantwoording_weken == 13


def test_rules_an_older_version_kept_in_the_settings_move_into_the_database(demo_window):
    import json

    from wijkdesk.services import instellingen

    context = demo_window.context
    context.settings.setValue("budgetregels", json.dumps({"min_dagen_vooraf": 30}))
    context.adopt_rules_from_settings()
    assert instellingen.budget_rules().min_dagen_vooraf == 30
    assert not context.settings.value("budgetregels", "")
