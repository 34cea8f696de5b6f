"""Fork server for command-line tests: imports WijkDesk once, then runs each `wijkdesk ...` in a forked child.

A `python -m wijkdesk ...` spends about a second importing Qt, peewee, reportlab and the app before it
does anything; a test that runs the command seven times paid that seven times. Here each command is
still its own process, started from the same entry point (`wijkdesk.cli.main`, as `python -m wijkdesk`),
with its own environment, folder, stdin (empty), stdout and stderr, and it ends as a process ends
(`sys.exit`: atexit, logging shutdown, interpreter teardown). Only the imports were done before the fork.
Nothing else runs in the server: no settings, no data folder, no database.

Reads one JSON job per line on stdin: `{"argv", "env", "cwd", "out", "err", "timeout"}`; answers one JSON
line per job: `{"code": int|null, "signal": int|null}`. The parent side is tests/cli_fork.py.
"""
from __future__ import annotations

import gc
import importlib
import json
import os
import pkgutil
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import wijkdesk.commands  # noqa: E402
from wijkdesk import cli  # noqa: E402

# What the commands import when they run (inside their handlers), imported here once.
for _module in pkgutil.iter_modules(wijkdesk.commands.__path__, "wijkdesk.commands."):
    importlib.import_module(_module.name)
for _name in ("wijkdesk.exchange.pdf.jaarverslag", "wijkdesk.exchange.pdf.aanvraag",
              "wijkdesk.exchange.pdf.documents", "wijkdesk.exchange.excel_export", "wijkdesk.store.database"):
    importlib.import_module(_name)
# What was imported stays out of the cyclic garbage collector: each child's exit (its last collection)
# then costs what the command made, not a walk over every imported module again (0.2 s -> 0.07 s CPU).
gc.freeze()


def _serve() -> dict | None:
    """Answer jobs until stdin ends (returns None); in a forked child, return its job."""
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            return job
        deadline = time.monotonic() + float(job.get("timeout") or 300)
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
            time.sleep(0.002)
        answer = {"code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
                  "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None}
        print(json.dumps(answer), flush=True)
    return None


def _become(job: dict) -> None:
    """Turn the forked child into the command's process: its folder, environment and standard files."""
    os.chdir(job["cwd"])
    os.environ.clear()
    os.environ.update(job["env"])
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    for fd, path in ((1, job["out"]), (2, job["err"])):
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    encoding = job["env"].get("PYTHONIOENCODING") or "utf-8"
    sys.stdout = open(1, "w", encoding=encoding, errors="backslashreplace", closefd=False)
    sys.stderr = open(2, "w", encoding=encoding, errors="backslashreplace", closefd=False)
    sys.argv = [str(ROOT / "wijkdesk" / "__main__.py"), *job["argv"]]
    tempfile.tempdir = None  # chosen again from this environment's TMPDIR, as a new process does


if __name__ == "__main__":
    work = _serve()
    if work is not None:
        _become(work)
        sys.exit(cli.main())  # as wijkdesk/__main__.py does
