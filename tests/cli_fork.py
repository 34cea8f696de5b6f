"""`wijkdesk ...` as a real process, forked from a server that imported WijkDesk once (tests/cli_zygote.py).

`WijkdeskCli.run(*args)` answers what `subprocess.run([sys.executable, "-m", "wijkdesk", *args],
capture_output=True, text=True)` answers (a CompletedProcess: returncode, stdout, stderr), with the
environment and folder of the calling test, in a fraction of the time. POSIX only (fork); elsewhere it
runs the plain subprocess.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ZYGOTE = Path(__file__).with_name("cli_zygote.py")


class WijkdeskCli:
    def __init__(self) -> None:
        self.process = None
        self.lock = threading.Lock()
        self.folder = Path(tempfile.mkdtemp(prefix="wijkdesk-cli-"))
        self.count = 0

    def _server(self) -> subprocess.Popen:
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen([sys.executable, str(ZYGOTE)], cwd=ROOT, stdin=subprocess.PIPE,
                                            stdout=subprocess.PIPE, text=True)
        return self.process

    def run(self, *args: str, env: dict | None = None, cwd=None, timeout: float = 300) -> subprocess.CompletedProcess:
        argv = [str(a) for a in args]
        env = dict(os.environ if env is None else env)
        cwd = str(cwd or os.getcwd())
        if not hasattr(os, "fork"):
            return subprocess.run([sys.executable, "-m", "wijkdesk", *argv], capture_output=True, text=True,
                                  env=env, cwd=cwd, timeout=timeout)
        with self.lock:
            self.count += 1
            out, err = self.folder / f"{self.count}.out", self.folder / f"{self.count}.err"
            server = self._server()
            server.stdin.write(json.dumps({"argv": argv, "env": env, "cwd": cwd, "out": str(out),
                                           "err": str(err), "timeout": timeout}) + "\n")
            server.stdin.flush()
            answer = server.stdout.readline()
        if not answer:
            raise RuntimeError("de fork-server van de opdrachtregeltests is gestopt")
        answer = json.loads(answer)
        code = answer["code"] if answer["code"] is not None else -answer["signal"]
        try:
            return subprocess.CompletedProcess([sys.executable, "-m", "wijkdesk", *argv], code,
                                               out.read_text(encoding="utf-8", errors="replace"),
                                               err.read_text(encoding="utf-8", errors="replace"))
        finally:
            out.unlink(missing_ok=True)
            err.unlink(missing_ok=True)

    def close(self) -> None:
        if self.process is not None:
            self.process.stdin.close()
            self.process.wait(timeout=60)
            self.process.stdout.close()
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()


@pytest.fixture(scope="session")
def wijkdesk_cli():
    """`wijkdesk_cli.run("rapport", ...)`: `python -m wijkdesk rapport ...` as its own process, forked
    from a server that imported WijkDesk once. Import this fixture into a folder's conftest.py."""
    cli = WijkdeskCli()
    yield cli
    cli.close()
