"""Icons from resources/icons (drawn by tools/make_icons.py), cached by name."""
from __future__ import annotations

import logging

from PySide6.QtGui import QIcon

from wijkdesk import paths

log = logging.getLogger(__name__)
_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """The icon `resources/icons/<name>.png`; an empty icon (and a log line) when it is missing."""
    if name not in _cache:
        path = paths.resource("icons", f"{name}.png")
        if not path.exists():
            log.warning("Pictogram ontbreekt: %s", path)
            _cache[name] = QIcon()
        else:
            _cache[name] = QIcon(str(path))
    return _cache[name]


def app_icon() -> QIcon:
    return icon("wijkdesk")
