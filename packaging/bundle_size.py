"""Print the size of a built dist/wijkdesk folder: `python packaging/bundle_size.py dist/wijkdesk`.

Counts regular files once: PyInstaller on Linux links some libraries into _internal/ with symlinks,
which `stat` would count twice. Used for the size figures in the release workflow and the report.
"""
from __future__ import annotations

import sys
from pathlib import Path


def folder_size(folder: Path | str) -> int:
    """Bytes in regular files under `folder`, symlinks not followed."""
    total = 0
    for path in Path(folder).rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def main(argv: list[str]) -> int:
    for folder in argv or ["dist/wijkdesk"]:
        if not Path(folder).is_dir():
            print(f"{folder}: geen map", file=sys.stderr)
            return 2
        print(f"{folder}: {folder_size(folder) / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
