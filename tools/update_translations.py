"""Update the translation sources and compile them: resources/i18n/wijkdesk_<lang>.ts -> .qm.

Dutch is the source language (the texts in the code); English ships. Steps:
  1. pyside6-lupdate collects every tr()/translate() text of the views and the Designer forms into
     the .ts file (keeping translations already made, dropping texts that no longer exist);
  2. a translator fills in the new texts (Qt Linguist: pyside6-linguist resources/i18n/wijkdesk_en.ts);
  3. pyside6-lrelease compiles the .ts into the .qm the program loads.
Run: /work/venv/bin/python tools/update_translations.py [--no-update]   (--no-update: only compile)
tests/views/test_translations.py fails when a text has no translation or the .qm is older than the .ts.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)
# Sub-packages of views/ that keep their own texts elsewhere may be listed here to skip them.
SKIP_DIRS = {"forms", "__pycache__"}


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def sources() -> list[Path]:
    """The files whose texts are translated: views/**/*.py (not the compiled forms) and forms/*.ui."""
    views = ROOT / "wijkdesk" / "views"
    files = [p for p in sorted(views.rglob("*.py")) if not (set(p.relative_to(views).parts[:-1]) & SKIP_DIRS)]
    return files + sorted((ROOT / "forms").glob("*.ui"))


def ts_file(language: str) -> Path:
    return I18N / f"wijkdesk_{language}.ts"


def qm_file(language: str) -> Path:
    return I18N / f"wijkdesk_{language}.qm"


def lupdate(target: Path, language: str) -> None:
    args = [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
            "-source-language", "nl_NL", "-target-language", language]
    subprocess.run(args + [str(p) for p in sources()] + ["-ts", str(target)], check=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def main(argv: list[str]) -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if "--no-update" not in argv:
            lupdate(ts_file(language), language)
        lrelease(ts_file(language), qm_file(language))
        print(f"{ts_file(language).relative_to(ROOT)} -> {qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
