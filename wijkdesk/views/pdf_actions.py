"""The paper of the evening from the window ('Bestand > Papieren van de avond', the Bijeenkomsten tab) and a
grant's request ('Aanvraag afdrukken' in the Budget tab and the grant dialog).

Each action asks where to save (a name is proposed), writes the PDF through `exchange.pdf` (the same
code as `wijkdesk pdf ...`) and offers to open it. A refusal (no fixed outcome yet, a folder that
cannot be written) is shown as it is; nothing half-written is left.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from wijkdesk.services.errors import ServiceError

log = logging.getLogger(__name__)


def _ask_path(parent: QWidget, title: str, name: str, pattern: str = "PDF (*.pdf)") -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    safe = re.sub(r"[^\w.-]+", "-", name).strip("-") or "document"
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / safe), pattern)
    return Path(chosen) if chosen else None


def _run(parent: QWidget, path: Path, make) -> bool:
    try:
        make(path)
    except (ServiceError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("pdf_actions", "Niet gemaakt"), str(exc))
        return False
    parent.window().statusBar().showMessage(QCoreApplication.translate("pdf_actions", "Opgeslagen: {0}").format(path), 8000) \
        if hasattr(parent.window(), "statusBar") else None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return True


def save_besluitenlijst(parent: QWidget, bijeenkomst_id: int) -> Path | None:
    from wijkdesk.exchange import pdf
    from wijkdesk.services import bijeenkomsten

    meeting = bijeenkomsten.find_bijeenkomst(bijeenkomst_id)
    if meeting is None:
        return None
    path = _ask_path(parent, QCoreApplication.translate("pdf_actions", "Besluitenlijst opslaan"), f"besluitenlijst-{meeting.datum:%Y-%m-%d}.pdf")
    if path is None:
        return None
    return path if _run(parent, path, lambda p: pdf.besluitenlijst(bijeenkomst_id, p)) else None


def save_aanvraag(parent: QWidget, toekenning_id: int | None) -> Path | None:
    """'Aanvraag afdrukken': the request of a grant as the group signs it (same as `wijkdesk pdf aanvraag`)."""
    from wijkdesk.exchange import pdf
    from wijkdesk.exchange.pdf.aanvraag import suggested_name

    if toekenning_id is None:
        QMessageBox.information(parent, QCoreApplication.translate("pdf_actions", "Geen toekenning"),
                                QCoreApplication.translate("pdf_actions", "Kies eerst een toekenning in de lijst."))
        return None
    try:
        name = suggested_name(toekenning_id)
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("pdf_actions", "Niet gemaakt"), str(exc))
        return None
    path = _ask_path(parent, QCoreApplication.translate("pdf_actions", "Aanvraag opslaan"), name)
    return path if path and _run(parent, path, lambda p: pdf.aanvraag_pdf(toekenning_id, p)) else None


def save_for_round(parent: QWidget, kind: str, ronde_id: int | None) -> Path | None:
    """kind: proces-verbaal, stembiljetten, stickerposter or poster; of the round chosen in the Stemronde tab."""
    from wijkdesk.exchange import pdf
    from wijkdesk.services.stemronde import rondes, stemmen

    if ronde_id is None:
        QMessageBox.information(parent, QCoreApplication.translate("pdf_actions", "Geen stemronde"),
                                QCoreApplication.translate("pdf_actions", "Kies eerst een stemronde in het tabblad Stemronde."))
        return None
    ronde = rondes.get_ronde(ronde_id)
    if kind == "stembiljetten":
        start = stemmen.next_volgnummer(ronde)
        aantal, ok = QInputDialog.getInt(parent, QCoreApplication.translate("pdf_actions", "Stembiljetten"),
                                         QCoreApplication.translate("pdf_actions", "Hoeveel stembiljetten? (ze krijgen nummer {0} en verder)").format(start),
                                         50, 1, pdf.documents.MAX_BALLOTS)
        if not ok:
            return None
        path = _ask_path(parent, QCoreApplication.translate("pdf_actions", "Stembiljetten opslaan"), f"stembiljetten-{ronde.titel}.pdf")
        return path if path and _run(parent, path, lambda p: pdf.stembiljetten(ronde_id, p, aantal, start)) else None
    if kind == "poster":
        path = _ask_path(parent, QCoreApplication.translate("pdf_actions", "Poster opslaan"), f"dit-kiest-de-wijk-{ronde.titel}.pdf")
        return path if path and _run(parent, path, lambda p: pdf.poster(ronde_id, p, png=p.with_suffix(".png"))) \
            else None
    make = {"proces-verbaal": pdf.proces_verbaal, "stickerposter": pdf.stickerposter}[kind]
    path = _ask_path(parent, QCoreApplication.translate("pdf_actions", "Opslaan"), f"{kind}-{ronde.titel}.pdf")
    return path if path and _run(parent, path, lambda p: make(ronde_id, p)) else None


def install(window) -> None:
    """'Bestand > Papieren van de avond': the documents of the round chosen in the Stemronde tab."""
    menu = QMenu(QCoreApplication.translate("pdf_actions", "Papieren van de avond (pdf)"), window)
    menu.setObjectName("menu_pdf")
    window.add_action("bestand", menu.menuAction())
    entries = [("proces-verbaal", QCoreApplication.translate("pdf_actions", "Proces-verbaal van de stemronde…")),
               ("stembiljetten", QCoreApplication.translate("pdf_actions", "Stembiljetten om te knippen…")),
               ("stickerposter", QCoreApplication.translate("pdf_actions", "Stickerposters (één pagina per idee)…")),
               ("poster", QCoreApplication.translate("pdf_actions", "Poster 'Dit kiest de wijk' (pdf en png)…"))]
    for kind, text in entries:
        action = QAction(text, window)
        action.setObjectName(f"pdf_{kind}")
        action.triggered.connect(lambda _c=False, k=kind: save_for_round(
            window, k, getattr(getattr(window, "stemronde_tab", None), "ronde_id", None)))
        menu.addAction(action)
    meeting = QAction(QCoreApplication.translate("pdf_actions", "Besluitenlijst van de bijeenkomst…"), window)
    meeting.setObjectName("pdf_besluitenlijst")
    meeting.triggered.connect(lambda: window.bijeenkomsten_tab.save_besluitenlijst())
    menu.addAction(meeting)
