"""Compile the Designer forms in forms/*.ui to Python modules in wijkdesk/views/forms/ui_*.py.

PySide6's runtime `loadUiType` calls the external pyside6-uic program, which does not exist inside a
PyInstaller build, so the forms are compiled ahead of time and the generated modules are committed.
tests/views/test_forms_up_to_date.py fails when a committed module differs from its .ui.

Run: /work/venv/bin/python tools/build_forms.py
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "wijkdesk" / "views" / "forms"


def uic_program() -> str:
    """pyside6-uic next to the running Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic niet gevonden: installeer PySide6 in deze Python-omgeving.")
    return found


def compile_ui(ui_file: Path) -> str:
    """The Python source pyside6-uic makes of one .ui file."""
    result = subprocess.run([uic_program(), "-g", "python", str(ui_file)],
                            capture_output=True, text=True, check=True)
    return result.stdout


def module_path(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def comparable(source: str) -> str:
    """The generated code without uic's banner (its Qt version line changes with every release)."""
    return "\n".join(line for line in source.splitlines() if not line.startswith("##"))


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists():
        init.write_text('"""Designer forms compiled by tools/build_forms.py: do not edit, edit forms/*.ui."""\n')
    written = 0
    for ui_file in sorted(FORMS.glob("*.ui")):
        source = compile_ui(ui_file)
        target = module_path(ui_file)
        if not target.exists() or comparable(target.read_text(encoding="utf-8")) != comparable(source):
            target.write_text(source, encoding="utf-8")
            written += 1
            print(f"{ui_file.name} -> {target.relative_to(ROOT)}")
    print(f"{written} formulier(en) bijgewerkt.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
