"""The Stemronde part of the window: a tab for voting rounds and a beamer window.

`install(window)` is the one place the main window calls: it adds the tab and the menu action.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from wijkdesk.views.icons import icon

log = logging.getLogger(__name__)


def install(window) -> "StemrondeTab":  # noqa: F821 (imported below)
    """Add the Stemronde tab and 'Beeld > Beamer tonen' (F5) to `window` (a MainWindow)."""
    from wijkdesk.views.stemronde.tab import StemrondeTab

    tab = StemrondeTab(window.context, window)
    window.stemronde_tab = tab
    window.add_tab(tab, tab.title(), icon("stemronde"))
    action = QAction(icon("beamer"), QCoreApplication.translate("StemrondeTab", "Beamer tonen (stemronde)"), window)
    action.setObjectName("beamer_actie")
    action.setShortcut(QKeySequence("F5"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(QCoreApplication.translate(
        "StemrondeTab", "De stand of de uitslag van de gekozen stemronde op een tweede scherm"))

    def show_beamer() -> None:
        window.tabs.setCurrentWidget(tab)
        tab.open_beamer()

    action.triggered.connect(show_beamer)
    window.add_action("beeld", action)
    if hasattr(window, "show_doel"):
        tab.goals_made.connect(lambda ids: window.show_doel(ids[0]) if ids else None)
    return tab
