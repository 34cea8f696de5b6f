"""'Bestand > Invoer delen met een andere laptop': save the entries of the round chosen in the Stemronde
tab to a file, or add the entries of the other laptop's file to it (by id: the same file twice changes
nothing; a file of another round or with other rules is refused with the reason)."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from wijkdesk.services.stemronde import rondes
from wijkdesk.services.errors import ServiceError

log = logging.getLogger(__name__)
PATTERN = "WijkDesk-invoer (*.wijkdesk-invoer)"


def save_entries(window, path: Path | None = None) -> Path | None:
    from wijkdesk.exchange import invoer_bestand

    ronde_id = getattr(window.stemronde_tab, "ronde_id", None)
    if ronde_id is None:
        QMessageBox.information(window, QCoreApplication.translate("laptops", "Geen stemronde"),
                                QCoreApplication.translate("laptops", "Kies eerst een stemronde in het tabblad Stemronde."))
        return None
    ronde = rondes.get_ronde(ronde_id)
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("laptops", "Invoer bewaren voor een andere laptop"),
            str(Path.home() / f"invoer-{ronde.id}{invoer_bestand.SUFFIX}"), PATTERN)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        count = invoer_bestand.write_entries(ronde_id, path)
    except (ServiceError, OSError) as exc:
        QMessageBox.warning(window, QCoreApplication.translate("laptops", "Niet bewaard"), str(exc))
        return None
    window.statusBar().showMessage(QCoreApplication.translate(
        "laptops", "{0} invoer(en) van '{1}' bewaard in {2}").format(count, ronde.titel, path), 10_000)
    return path


def add_entries(window, path: Path | None = None) -> tuple[int, int] | None:
    from wijkdesk.exchange import invoer_bestand

    tab = window.stemronde_tab
    ronde_id = getattr(tab, "ronde_id", None)
    if ronde_id is None:
        QMessageBox.information(window, QCoreApplication.translate("laptops", "Geen stemronde"),
                                QCoreApplication.translate("laptops", "Kies eerst een stemronde in het tabblad Stemronde."))
        return None
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("laptops", "Invoer van een andere laptop toevoegen"), str(Path.home()),
            PATTERN)
        if not chosen:
            return None
        path = Path(chosen)
    try:
        added, known = invoer_bestand.add_entries(ronde_id, path)
    except ServiceError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("laptops", "Niet toegevoegd"), str(exc))
        return None
    window.context.notify(rondes.TABLES)
    window.statusBar().showMessage(QCoreApplication.translate(
        "laptops", "{0} invoer(en) toegevoegd; {1} waren er al.").format(added, known), 10_000)
    return added, known


def install(window) -> None:
    menu = QMenu(QCoreApplication.translate("laptops", "Invoer delen met een andere laptop"), window)
    menu.setObjectName("menu_laptops")
    save = QAction(QCoreApplication.translate("laptops", "Invoer van de stemronde bewaren…"), window)
    save.setObjectName("invoer_bewaren")
    save.triggered.connect(lambda: save_entries(window))
    add = QAction(QCoreApplication.translate("laptops", "Invoer van een andere laptop toevoegen…"), window)
    add.setObjectName("invoer_toevoegen")
    add.triggered.connect(lambda: add_entries(window))
    menu.addActions([save, add])
    window.add_action("bestand", menu.menuAction())
