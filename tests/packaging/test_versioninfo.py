"""packaging/versioninfo.py: the Windows version resource from the one version number."""
from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]

sys.path.insert(0, str(PROJECT_ROOT / "packaging"))
import versioninfo  # noqa: E402


@pytest.mark.parametrize("version, expected", [
    ("0.1.0", (0, 1, 0, 0)),
    ("1.2", (1, 2, 0, 0)),
    ("2.10.3.7", (2, 10, 3, 7)),
    ("1.4.0rc2", (1, 4, 0, 0)),
    ("3.0.0.dev5", (3, 0, 0, 0)),
])
def test_version_tuple(version, expected):
    assert versioninfo.version_tuple(version) == expected


@pytest.mark.parametrize("version", ["", "v1.0", "1.70000.0"])
def test_version_tuple_refuses_what_windows_cannot_hold(version):
    with pytest.raises(ValueError):
        versioninfo.version_tuple(version)


def _evaluate(text: str) -> dict:
    """Evaluate the version file the way PyInstaller does (an expression of its structure classes)."""
    def make(kind):
        def build(*args, **kwargs):
            return {"kind": kind, "args": args, "kwargs": kwargs}
        return build

    names = {n: make(n) for n in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                                   "StringStruct", "VarFileInfo", "VarStruct")}
    expression = ast.parse(text, mode="eval")  # a syntax error fails here, as it would in PyInstaller
    return eval(compile(expression, "version_info", "eval"), {"__builtins__": {}}, names)


def test_version_file_carries_the_version_everywhere(tmp_path):
    path = versioninfo.write_version_file("2.3.4", tmp_path / "v.txt")
    info = _evaluate(path.read_text(encoding="utf-8"))
    ffi = info["kwargs"]["ffi"]["kwargs"]
    assert ffi["filevers"] == (2, 3, 4, 0) and ffi["prodvers"] == (2, 3, 4, 0)
    table = info["kwargs"]["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["FileVersion"] == "2.3.4" and strings["ProductVersion"] == "2.3.4"
    assert strings["OriginalFilename"] == "wijkdesk.exe"
