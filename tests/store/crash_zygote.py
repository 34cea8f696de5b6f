"""Fork server of the crash harness: imports WijkDesk once, then runs each job in a forked child.

Starting Python with PySide6 and WijkDesk takes most of a second; a fork takes milliseconds, so the
harness can kill hundreds of runs in a minute or two. Reads one JSON job per line on stdin:
`{"data_dir", "op", "db", "arg", "crash_at", "kill_after"}` (see crash_child.py for op and crash_at;
`kill_after` seconds: SIGKILL the child then if still running). Answers one JSON line per job:
`{"killed": bool, "code": int|null, "seconds": float}`.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import time
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
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    code = 98
    try:
        crash_child.inject(job.get("crash_at") or "")
        code = crash_child.run_operation(job["data_dir"], job["op"], job["db"], job.get("arg") or "")
    except BaseException:  # noqa: BLE001  (any exit that is not a kill counts as "not killed")
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
        status = None
        if kill_after is not None:
            deadline = started + float(kill_after)
            while status is None:
                done, st = os.waitpid(pid, os.WNOHANG)
                if done:
                    status = st
                elif time.monotonic() >= deadline:
                    os.kill(pid, signal.SIGKILL)
                else:
                    time.sleep(0.0005)
        if status is None:
            _, status = os.waitpid(pid, 0)
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
        print(json.dumps({"killed": killed, "code": code, "seconds": time.monotonic() - started}), flush=True)


if __name__ == "__main__":
    main()
