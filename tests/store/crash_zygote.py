"""Fork server of the crash harness: imports WijkDesk once, then runs each job in a forked child.

Starting Python with PySide6 and WijkDesk takes most of a second; a fork takes milliseconds, so the
harness can kill hundreds of runs in a minute or two. Reads one JSON job per line on stdin:
`{"data_dir", "op", "db", "arg", "crash_at", "kill_after"}` (see crash_child.py for op and crash_at;
or `{"script", "argv"}`: a child script of the tests, run as its own process would run it;
`kill_after` seconds: SIGKILL the child then if still running; optional `timeout` seconds, after which
a hung child is killed and `timed_out` answered; optional `env`, variables set in the
child, and `output`, a file for the child's stdout and stderr, else they are dropped). Answers one JSON
line per job: `{"killed": bool, "code": int|null, "seconds": float, "timed_out": bool}`.

One fork server serves a whole test session (per xdist worker: the `zygote` fixture in conftest.py):
each job runs in a fresh fork of the same imported state, so it starts as a new process would.
"""
from __future__ import annotations

import json
import os
import runpy
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import crash_child  # noqa: E402
import wijkdesk.cli  # noqa: E402,F401  (loaded once, before forking)
import wijkdesk.commands.backup  # noqa: E402,F401
import wijkdesk.exchange.excel_import  # noqa: E402,F401
import wijkdesk.services.demo  # noqa: E402,F401
import wijkdesk.store.database  # noqa: E402,F401


def _child(job: dict) -> None:
    out = os.open(job.get("output") or os.devnull, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.environ.update(job.get("env") or {})
    code = 98
    try:
        crash_child.inject(job.get("crash_at") or "")
        if job.get("script"):  # a child script of the tests, run as `python SCRIPT ARGV...` would run it
            sys.argv = [job["script"], *job.get("argv", [])]
            runpy.run_path(job["script"], run_name="__main__")
            code = 0
        else:
            code = crash_child.run_operation(job["data_dir"], job["op"], job["db"], job.get("arg") or "")
    except SystemExit as exc:  # sys.exit(n) in the operation or script: its exit code, as a process's
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except BaseException:  # noqa: BLE001  (any exit that is not a kill counts as "not killed")
        traceback.print_exc()  # into `output` when the test keeps it
        sys.stderr.flush()
        code = 99
    os._exit(int(code or 0))


def main() -> None:
    for line in sys.stdin:
        job = json.loads(line)
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            _child(job)
        kill_after = job.get("kill_after")
        timeout = job.get("timeout")  # a hung child: killed and reported as timed out, not as a kill
        status = None
        timed_out = False
        if kill_after is not None or timeout is not None:
            deadline = started + float(kill_after if kill_after is not None else timeout)
            while status is None:
                done, st = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = st
                elif time.monotonic() >= deadline:
                    timed_out = kill_after is None
                    os.kill(pid, signal.SIGKILL)
                    _, status = os.waitpid(pid, 0)
                else:
                    time.sleep(0.0005)
        if status is None:
            _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        print(json.dumps({"killed": killed, "code": code, "seconds": time.monotonic() - started,
                          "timed_out": timed_out}), flush=True)


if __name__ == "__main__":
    main()
