"""Every Designer form is compiled, and the committed module matches its .ui (run tools/build_forms.py)."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_forms  # noqa: E402

UI_FILES = sorted((ROOT / "forms").glob("*.ui"))


def test_there_are_forms():
    assert len(UI_FILES) >= 10


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_module_is_up_to_date(ui_file):
    module = build_forms.module_path(ui_file)
    assert module.exists(), f"{module.name} ontbreekt: draai tools/build_forms.py"
    fresh = build_forms.compile_ui(ui_file)
    assert build_forms.comparable(module.read_text(encoding="utf-8")) == build_forms.comparable(fresh), (
        f"{module.name} is ouder dan {ui_file.name}: draai tools/build_forms.py"
    )


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_module_sets_up_its_widget(qtbot, ui_file):
    from PySide6.QtWidgets import QDialog, QWidget

    module = importlib.import_module(f"wijkdesk.views.forms.ui_{ui_file.stem}")
    (cls_name,) = [n for n in dir(module) if n.startswith("Ui_")]
    form = getattr(module, cls_name)()
    host = QDialog() if "Dialog" in cls_name else QWidget()
    qtbot.addWidget(host)
    form.setupUi(host)
    assert host.windowTitle()
