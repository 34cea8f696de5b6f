"""Run the built program as a user would: `wijkdesk --version` and `wijkdesk selftest`.

    python packaging/check_frozen.py dist/wijkdesk

Used by the release workflow after `pyinstaller build.spec`; prints both outputs and the folder's
size, and exits non-zero if either command fails. (A windowed program started straight from
PowerShell returns before it finishes; through a pipe, as here, we wait for it and get its output.)
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bundle_size import folder_size


def program_in(folder: Path) -> Path:
    return folder / ("wijkdesk.exe" if sys.platform == "win32" else "wijkdesk")


def run(program: Path, *args: str) -> int:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    result = subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                            errors="replace", env=env, timeout=600)
    print(f"$ {program.name} {' '.join(args)}  (uitkomst {result.returncode})")
    print(result.stdout, end="")
    if result.stderr:
        print(result.stderr, end="", file=sys.stderr)
    return result.returncode


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "dist/wijkdesk")
    program = program_in(folder)
    if not program.is_file():
        print(f"Geen programma gevonden: {program}", file=sys.stderr)
        return 2
    print(f"{folder}: {folder_size(folder) / 2**20:.1f} MiB")
    failures = sum(1 for args in (("--version",), ("selftest",)) if run(program, *args) != 0)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
