"""Helpers for the packaging tests: run build.spec's Python with PyInstaller's build steps recorded."""
from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from tests.cli_fork import wijkdesk_cli  # noqa: F401  (fixture: the wijkdesk command, forked)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SPEC = PROJECT_ROOT / "build.spec"


class Recorder:
    """Stands in for one of PyInstaller's spec classes (Analysis, PYZ, EXE, COLLECT) and keeps its arguments."""

    def __init__(self, kind, calls):
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        obj = type(self.kind, (), {})()
        obj.args, obj.kwargs = args, kwargs
        # Analysis results that the spec filters afterwards: (dest, src, typecode) tuples.
        obj.binaries, obj.datas, obj.pure, obj.scripts = [], list(kwargs.get("datas", [])), [], []
        self.calls[self.kind] = obj
        return obj


@pytest.fixture(scope="session")
def spec_run(tmp_path_factory):
    """Execute build.spec as PyInstaller would, with the build steps recorded instead of run."""
    calls = {}
    work = tmp_path_factory.mktemp("specwork")
    namespace = {name: Recorder(name, calls) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace.update(SPECPATH=str(PROJECT_ROOT), workpath=str(work), DISTPATH=str(work / "dist"))
    runpy.run_path(str(SPEC), init_globals=namespace)
    return calls, work
