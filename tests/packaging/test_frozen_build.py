"""Build the package with build.spec and run it: `wijkdesk --version` and `wijkdesk selftest`, frozen.

Slow (a PyInstaller build): marked `frozen`, skipped locally unless `--run-frozen`; CI (CI=true) runs it.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import wijkdesk
from test_selftest import REQUIRED_CHECKS, parse_selftest_output

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from bundle_size import folder_size  # noqa: E402

pytestmark = pytest.mark.frozen

PROJECT_ROOT = Path(__file__).resolve().parents[2]
IS_WINDOWS = sys.platform == "win32"
BUILD_TIMEOUT_S = 15 * 60


@contextlib.contextmanager
def _work_folder(tmp: Path):
    """PyInstaller's work folder: kept between runs in build/ (ignored by git), so an unchanged tree
    reuses its analysis (PyInstaller itself checks every module, binary and spec input and analyses
    again when anything changed), and two test workers building at once take turns on it. Where
    fcntl is missing (Windows), a fresh folder per run."""
    try:
        import fcntl
    except ImportError:
        yield tmp / "work"
        return
    work = PROJECT_ROOT / "build" / "frozen-test"
    work.mkdir(parents=True, exist_ok=True)
    with open(work.parent / "frozen-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield work
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(scope="module")
def frozen_program(tmp_path_factory) -> Path:
    """Build dist/wijkdesk/ from build.spec into a temporary folder; returns the program's path."""
    out = tmp_path_factory.mktemp("frozen")
    started = time.perf_counter()
    with _work_folder(out) as work:
        result = subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(out / "dist"), "--workpath", str(work), str(PROJECT_ROOT / "build.spec")],
            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
        )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    program = out / "dist" / "wijkdesk" / ("wijkdesk.exe" if IS_WINDOWS else "wijkdesk")
    assert program.is_file()
    size = folder_size(program.parent)
    print(f"\nPyInstaller-build: {seconds:.1f} s, map {size / 2**20:.1f} MiB")
    return program


def _clean_env(home: Path) -> dict[str, str]:
    """No display and no QT_QPA_PLATFORM (the self-test must choose offscreen itself); a private home."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "WIJKDESK_DATA_DIR")}
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"),
               PYTHONIOENCODING="utf-8")
    if IS_WINDOWS:
        env.update(LOCALAPPDATA=str(home / "local"), APPDATA=str(home / "roaming"))
    return env


def _run(program: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *args], capture_output=True, text=True, encoding="utf-8",
                          errors="replace", env=env, timeout=300, cwd=program.parent.parent)


def test_frozen_version(frozen_program, tmp_path):
    result = _run(frozen_program, "--version", env=_clean_env(tmp_path / "home"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"WijkDesk {wijkdesk.__version__}"


def test_frozen_selftest(frozen_program, tmp_path):
    home = tmp_path / "home"
    result = _run(frozen_program, "selftest", env=_clean_env(home))
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = parse_selftest_output(result.stdout)
    assert [name for name in REQUIRED_CHECKS if checks.get(name) != "OK"] == []
    assert "FOUT" not in checks.values()
    assert "pakket (PyInstaller)" in result.stdout  # really the frozen program, not the source
    assert "platform 'offscreen'" in result.stdout or IS_WINDOWS
    assert str(frozen_program.parent) in result.stdout  # resources found inside the bundle
    # No database in the user's data folder: the self-test works in a temporary folder only
    # (its log lines do go to the user's normal log file, where support looks).
    assert not [p for p in home.rglob("*") if p.suffix in (".db", ".db-wal")]


def test_frozen_selftest_on_an_encrypted_database(frozen_program, tmp_path):
    """Issue 12: every check, window and Excel included, on an SQLCipher database in the package."""
    home = tmp_path / "home"
    result = _run(frozen_program, "selftest", "--versleuteld", env=_clean_env(home))
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = parse_selftest_output(result.stdout)
    assert [name for name in REQUIRED_CHECKS if checks.get(name) != "OK"] == []
    assert "FOUT" not in checks.values()
    assert "zelftest.db, schema" in result.stdout and ", versleuteld" in result.stdout
    assert "geen naam leesbaar" in result.stdout  # the database and its backups were checked raw
    assert "pakket (PyInstaller)" in result.stdout


def test_frozen_bundle_leaves_out_unused_qt(frozen_program):
    names = {p.name for p in frozen_program.parent.rglob("*")}
    # (OpenSSL is in since issue 15: a database on a server is reached over TLS, through psycopg's libpq.)
    unwanted = [n for n in names if any(part in n for part in ("Qt6Qml", "Qt6Quick", "Qt6Network", "Qt6Pdf",
                                                               "opengl32sw", "QtNetwork", "numpy"))]
    assert unwanted == []
    assert any("Qt6Widgets" in n for n in names)
    assert any(n in ("libqoffscreen.so", "qoffscreen.dll") for n in names)
