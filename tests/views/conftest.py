"""Fixtures for the views tests: a small seeded wijk made with plain model calls."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def seeded(db):
    """One wijk with a budget, groups, persons, ideas, goals, grants and expenses; returns the wijk."""
    from wijkdesk.store import models as m

    wijk = m.Wijk.create(naam="Keizerslanden", wijkmanager="A. de Vries")
    m.Wijk.create(naam="Colmschate")
    groep = m.Bewonersgroep.create(wijk=wijk, naam="Buurtvereniging Zandweerd", thema="Groen")
    m.Bewonersgroep.create(wijk=wijk, naam="Werkgroep Speeltuin", soort="werkgroep", thema="Spelen")
    anna = m.Persoon.create(naam="Anna Jansen", email="anna@example.nl")
    m.Lidmaatschap.create(persoon=anna, groep=groep, rol="contactpersoon")
    budget = m.Meedoenbudget.create(wijk=wijk, jaar=2026, bedrag_cents=2_500_000)
    titels = ["Bankjes in het park", "Buurtfeest", "Moestuin", "Zebrapad bij school", "Kerstmarkt"]
    for i, titel in enumerate(titels):
        m.Idee.create(wijk=wijk, titel=titel, thema="Groen" if i % 2 else "Verkeer",
                      geschatte_kosten_cents=10000 * (i + 1), ingediend_door_groep=groep if i % 2 else None)
    doel = m.Doel.create(wijk=wijk, titel="Drie bankjes geplaatst", deadline=dt.date(2026, 3, 1),
                         status="lopend", voortgang=40, eigenaar_groep=groep)
    m.Doel.create(wijk=wijk, titel="Moestuin aangelegd", deadline=dt.date(2099, 1, 1))
    m.Voortgang.create(doel=doel, datum=dt.date(2026, 2, 1), percentage=40, toelichting="Offertes binnen")
    toek = m.Toekenning.create(budget=budget, doel=doel, omschrijving="Bankjes", bedrag_cents=300_000,
                               zaaknummer="Z-2026-001")
    m.Uitgave.create(budget=budget, toekenning=toek, doel=doel, datum=dt.date(2026, 2, 10),
                     bedrag_cents=125_050, omschrijving="Bank eikenhout", leverancier="Houthandel")
    m.Uitgave.create(budget=budget, datum=dt.date(2026, 2, 12), bedrag_cents=4_500,
                     omschrijving="Koffie bewonersavond", leverancier="Albert Heijn")
    return wijk


def pytest_collection_modifyitems(config, items):
    """In the views tests an unexpected Qt warning fails the test (the offscreen plugin's own notes aside)."""
    here = str(__import__("pathlib").Path(__file__).parent)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints", "QFont::setPointSize"))


@pytest.fixture
def demo_window_factory(qtbot, demo_db_path):
    """Makes the main window on the demo data, shown off-screen at 1366x768, Keizerslanden 2026.

    The language installed when it is called is kept (create_main_window would apply the settings' one).
    """
    from wijkdesk.store.database import close_database
    from wijkdesk.store.models import Wijk
    from wijkdesk.views import app

    windows = []

    def make():
        original = app.apply_settings
        app.apply_settings = lambda settings: None
        try:
            # The demo was built once for the session and copied here (demo_db_path): the window opens
            # it as a user's database; demo=True only fills an empty one.
            window = app.create_main_window(demo_db_path, demo=True)
        finally:
            app.apply_settings = original
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.set_scope(Wijk.get(Wijk.naam == "Keizerslanden").id, 2026)
        windows.append(window)
        _settle(qtbot)
        return window

    yield make
    for window in windows:
        window.close()
    _settle(qtbot)
    close_database()


def _settle(qtbot) -> None:
    """Let background work (the budget overview) finish and its result arrive on the main thread."""
    from PySide6.QtWidgets import QApplication

    from wijkdesk.views import background

    # Rounds of events, not a sleep: the finished work's result is already posted to the main thread when
    # wait() returns (a 5 ms wait per round idled a core for ~30 ms in each of the window tests).
    for _ in range(3):
        assert background.wait(10_000), "achtergrondtaak blijft hangen"
        for _ in range(3):
            QApplication.processEvents()


@pytest.fixture
def settle(qtbot):
    """Call to wait for background work and its delivery (the budget figures)."""
    return lambda: _settle(qtbot)


@pytest.fixture
def demo_window(demo_window_factory):
    """The main window on the demo data (Dutch), shown off-screen at 1366x768, Keizerslanden 2026."""
    return demo_window_factory()


@pytest.fixture
def dialogs(monkeypatch):
    """Modal dialogs answered by the test: `dialogs.answer(Cls, fill)` makes Cls.exec() fill the form and press OK.

    Confirmations say yes (and are recorded in `dialogs.confirmed`); warnings are recorded in
    `dialogs.warnings` instead of blocking the test.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    class Dialogs:
        confirmed: list[str] = []
        warnings: list[str] = []
        shown: list[QDialog] = []

        def answer(self, cls, fill=lambda dialog: None):
            def fake_exec(dialog):
                self.shown.append(dialog)
                dialog.show()
                fill(dialog)
                if dialog.result() == 0 and not dialog.isHidden():
                    dialog.accept()
                result = dialog.result()
                dialog.hide()
                # As after a real modal dialog: the window that opened it is active again.
                window = dialog.parentWidget().window() if dialog.parentWidget() else None
                if window is not None:
                    window.activateWindow()
                return result

            monkeypatch.setattr(cls, "exec", fake_exec)

    helper = Dialogs()
    helper.confirmed, helper.warnings, helper.shown = [], [], []

    def fake_confirm(parent, title, text, yes_text):
        helper.confirmed.append(text)
        return True

    for module in ("wijkdesk.views.dialogs", "wijkdesk.views.tabs.ideeen_tab", "wijkdesk.views.tabs.doelen_tab",
                   "wijkdesk.views.tabs.groepen_tab", "wijkdesk.views.tabs.budget_tab"):
        monkeypatch.setattr(f"{module}.confirm", fake_confirm)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: helper.warnings.append(text)))
    return helper


@pytest.fixture(autouse=True)
def no_unexpected_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the test run: fail the test instead."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(dialog, *args, **kwargs):
        raise AssertionError(f"onverwachte dialoog: {type(dialog).__name__} {dialog.windowTitle()!r}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
