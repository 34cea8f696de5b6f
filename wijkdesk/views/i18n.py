"""The interface language: Dutch is the source text, English ships as resources/i18n/wijkdesk_en.qm.

Qt's own texts (buttons of standard dialogs such as 'Cancel') come from Qt's qtbase_<lang>.qm, so that
a Dutch interface says 'Annuleren'.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wijkdesk import paths

log = logging.getLogger(__name__)

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []


def i18n_dir():
    return paths.resource("i18n")


def install(language: str) -> str:
    """Switch the application's translators to `language` ('nl' or 'en'); returns the language used."""
    app = QCoreApplication.instance()
    if language not in LANGUAGES:
        log.warning("Onbekende taal %r; Nederlands gebruikt", language)
        language = DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_translations) or qt_translator.load(f"qtbase_{language}", str(i18n_dir())):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language != DEFAULT_LANGUAGE:
        own = QTranslator(app)
        if own.load(f"wijkdesk_{language}", str(i18n_dir())):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("Vertaling wijkdesk_%s.qm niet gevonden in %s", language, i18n_dir())
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands))
    from wijkdesk.views import labels

    labels.clear_cache()
    log.info("Taal: %s", language)
    return language
