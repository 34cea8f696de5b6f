"""An uncaught exception in the window: log it with its traceback and tell the user where the log is."""
from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from wijkdesk import logsetup
from wijkdesk.services.storage_errors import storage_error_message

log = logging.getLogger(__name__)
_showing = False


def message_for(exc: BaseException) -> str:
    """What the dialog says: that something went wrong, that nothing typed before was lost, where the log is."""
    return QCoreApplication.translate(
        "crash",
        "Er ging iets mis in WijkDesk: {error}\n\n"
        "Wat u eerder hebt opgeslagen, is bewaard: elke wijziging wordt meteen opgeslagen. "
        "Het laatste dat u deed, is misschien niet gelukt; controleer dat.\n\n"
        "De details staan in het logboek:\n{log}\n\n"
        "Stuur dat bestand mee als u dit meldt."
    ).format(error=f"{type(exc).__name__}: {exc}", log=logsetup.log_file())


def storage_message_for(exc: BaseException) -> str | None:
    """A full disk or a file that became read-only while working: no bug, so no "Onverwachte fout".

    SQLite has then undone the change itself; the message says so and what to do.
    """
    message = storage_error_message(exc)
    if message is None:
        return None
    return QCoreApplication.translate("crash", "Niet opgeslagen: {message}").format(message=message)


def handle_exception(exc_type, exc, tb) -> None:
    """sys.excepthook for the GUI: log, then show a dialog (one at a time)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    storage = storage_message_for(exc)
    log.log(logging.WARNING if storage else logging.CRITICAL, "%s:\n%s",
            "Niet opgeslagen" if storage else "Onverwachte fout",
            "".join(traceback.format_exception(exc_type, exc, tb)))
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        if storage:
            icon, title, text = QMessageBox.Icon.Warning, QCoreApplication.translate("crash", "Niet opgeslagen"), storage
        else:
            icon, title, text = (QMessageBox.Icon.Critical, QCoreApplication.translate("crash", "Onverwachte fout"),
                                 message_for(exc))
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setTextInteractionFlags(box.textInteractionFlags())
        box.exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
