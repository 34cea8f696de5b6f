"""Logging: one rotating log file in the data folder; Qt's own messages go into it too."""
from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from wijkdesk import paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return paths.log_dir() / "wijkdesk.log"


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file (1 MB x 5) in the data folder; returns the file's path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_wijkdesk", False):
            root.removeHandler(handler)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._wijkdesk = True
    root.addHandler(handler)
    root.setLevel(level)
    return path


def install_qt_message_handler() -> None:
    """Route Qt's warnings (qWarning and friends) into Python logging."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type, context, message):
        where = f" ({context.file}:{context.line})" if context.file else ""
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s%s", message, where)

    qInstallMessageHandler(handler)
