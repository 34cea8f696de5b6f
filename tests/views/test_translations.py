"""English ships: every interface text has a translation, the .qm is compiled from the .ts, and it loads."""
from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as ut  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^}]*\}|%p|<[^>]+>")


def _messages(ts: Path):
    for message in ET.parse(ts).iter("message"):
        yield message.find("source").text, message.find("translation")


def test_every_text_in_the_ts_is_translated_with_the_same_placeholders():
    count = 0
    for source, translation in _messages(ut.ts_file("en")):
        count += 1
        assert translation.get("type") != "unfinished" and (translation.text or "").strip(), source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text)), source
    assert count > 300


def test_the_ts_holds_every_text_of_the_current_code(tmp_path):
    """lupdate over the code adds nothing untranslated: run tools/update_translations.py and translate."""
    fresh = tmp_path / "wijkdesk_en.ts"
    shutil.copy(ut.ts_file("en"), fresh)
    ut.lupdate(fresh, "en")
    untranslated = [s for s, t in _messages(fresh) if t.get("type") == "unfinished" or not (t.text or "").strip()]
    assert untranslated == [], "nieuwe teksten zonder vertaling: vul ze in resources/i18n/wijkdesk_en.ts"


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = tmp_path / "wijkdesk_en.qm"
    ut.lrelease(ut.ts_file("en"), fresh)
    assert ut.qm_file("en").read_bytes() == fresh.read_bytes(), "draai tools/update_translations.py"


@pytest.fixture
def english(qapp):
    from wijkdesk.views import i18n

    i18n.install("en")
    yield
    i18n.install("nl")


def test_window_in_english(english, demo_window_factory):
    window = demo_window_factory()
    assert [window.tabs.tabText(i) for i in range(4)] == ["Resident groups", "Ideas", "Goals", "Budget"]
    assert window.ideeen_tab.capture.placeholderText() == "New idea: type the title and press Enter"
    assert window.ideeen_tab.filter_edit.placeholderText() == "Search (Ctrl+F)…", "text of a base class"
    assert window.menu("bestand").title() == "&File"
    statuses = {window.ideeen_tab.model.data(window.ideeen_tab.model.index(r, 2))
                for r in range(window.ideeen_tab.model.rowCount())}
    assert "chosen" in statuses and "gekozen" not in statuses
    assert window.remaining_text().startswith("Remaining")


def test_dutch_is_the_default(demo_window):
    assert demo_window.menu("bestand").title() == "&Bestand"
    assert demo_window.tabs.tabText(1) == "Ideeën"
