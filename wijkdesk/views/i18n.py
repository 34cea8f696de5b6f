"""The interface language: Dutch is the source text, English ships as resources/i18n/wijkdesk_en.qm.

Qt's own texts (buttons of standard dialogs such as 'Cancel') come from Qt's qtbase_<lang>.qm, so that
a Dutch interface says 'Annuleren'.
"""
from __future__ import annotations

import logging
import re
import struct
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wijkdesk import paths

log = logging.getLogger(__name__)

LANGUAGES = {"nl": "Nederlands", "en": "English"}
DEFAULT_LANGUAGE = "nl"
_installed: list[QTranslator] = []
_current = {"language": DEFAULT_LANGUAGE}
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


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
    _current["language"] = language
    log.info("Taal: %s", language)
    return language


def current() -> str:
    return _current["language"]


# --- steps already on the undo stack when the language changes ----------------------------------------
# An undo step's name is translated when the step is made; after a switch of language the steps made
# before it would still be named in the old language. The compiled translation (.qm) holds every source
# text with its translation, so a name is matched against the templates of the old language and
# rebuilt from the same template in the new one, its {0}, {1} parts carried over.


def _qm_messages(language: str) -> list[tuple[str, str]]:
    """(Dutch source, translation) of every message in wijkdesk_<language>.qm (Qt's .qm format)."""
    path = i18n_dir() / f"wijkdesk_{language}.qm"
    try:
        data = path.read_bytes()
    except OSError:
        return []
    if not data.startswith(QM_MAGIC):
        return []
    out, pos = [], len(QM_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        block, pos = data[pos + 5:pos + 5 + length], pos + 5 + length
        if tag == 0x69:  # the messages block
            out.extend(_read_messages(block))
    return out


def _read_messages(block: bytes) -> list[tuple[str, str]]:
    out, pos, source, translation = [], 0, None, None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == 1:  # end of one message
            if source and translation:
                out.append((source, translation))
            source = translation = None
        elif tag in (3, 6, 7, 8):  # translation (UTF-16), source text, context, comment (UTF-8)
            length = struct.unpack(">I", block[pos:pos + 4])[0]
            pos += 4
            if length == 0xFFFFFFFF:
                continue
            raw, pos = block[pos:pos + length], pos + length
            if tag == 3:
                translation = raw.decode("utf-16-be", "replace")
            elif tag == 6:
                source = raw.decode("utf-8", "replace")
        elif tag in (5, 9):  # obsolete tags without a payload we need
            continue
        else:
            break  # an unknown tag: stop rather than misread
    return out


@lru_cache(maxsize=8)
def _templates(from_language: str, to_language: str) -> tuple:
    """(compiled pattern, template in the new language) for every text with {n} parts, longest first."""
    foreign = "en" if "en" in (from_language, to_language) else to_language
    pairs = _qm_messages(foreign)
    if from_language != DEFAULT_LANGUAGE:
        pairs = [(translation, source) for source, translation in pairs]
    out = []
    for old, new in pairs:
        parts = re.split(r"(\{\d\})", old)
        if len(parts) == 1:
            out.append((re.compile(re.escape(old) + r"\Z"), new, ()))
            continue
        pattern, order = "", []
        for part in parts:
            if re.fullmatch(r"\{\d\}", part):
                pattern += "(.*?)"
                order.append(int(part[1]))
            else:
                pattern += re.escape(part)
        out.append((re.compile(pattern + r"\Z", re.DOTALL), new, tuple(order)))
    out.sort(key=lambda item: -len(item[0].pattern))
    return tuple(out)


def retranslate(text: str, from_language: str, to_language: str) -> str:
    """`text`, made by a translated template in `from_language`, in `to_language`; unchanged if unknown."""
    if from_language == to_language or not text:
        return text
    for pattern, new, order in _templates(from_language, to_language):
        match = pattern.match(text)
        if match is None:
            continue
        values = dict(zip(order, match.groups()))
        # The parts may be translated words themselves ('gekozen' in "Status van ... naar 'gekozen'").
        values = {k: retranslate_word(v, from_language, to_language) for k, v in values.items()}
        try:
            return new.format(*[values.get(i, "") for i in range(max(values, default=-1) + 1)])
        except (IndexError, KeyError, ValueError):
            return text
    return text


def retranslate_word(text: str, from_language: str, to_language: str) -> str:
    for pattern, new, order in _templates(from_language, to_language):
        if not order and pattern.match(text):
            return new
    return text


def retranslate_undo_steps(stack, from_language: str, to_language: str) -> None:
    """Rename the steps on `stack` (a QUndoStack) into the language just installed."""
    for index in range(stack.count()):
        command = stack.command(index)
        command.setText(retranslate(command.text(), from_language, to_language))
