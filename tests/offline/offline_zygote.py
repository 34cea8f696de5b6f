"""Fork server of the offline kill test: imports WijkDesk once, then runs each job in a forked child.

Reads one JSON job per line on stdin: `{"data_dir", "op": "terugbrengen"|"meenemen", "copy", "server",
"houd", "kill_at", "kill_after"}`. `kill_at` names a moment in services/offline.py (`_checkpoint`) where
the child kills itself with SIGKILL; `kill_after` (seconds) has the parent kill it then if still running.
Answers one JSON line per job: `{"killed": bool, "code": int|null, "seconds": float}`.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk import paths  # noqa: E402
from wijkdesk.services import offline  # noqa: E402
import wijkdesk.store.database  # noqa: E402,F401


def _run(job: dict) -> int:
    paths.set_data_dir(job["data_dir"])
    kill_at = job.get("kill_at")
    if kill_at:
        def hook(name: str) -> None:
            if name == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
        offline._checkpoint_hook = hook
    if job["op"] == "meenemen":
        offline.take_wijk(job["server"], job["wijk"], job["copy"])
    else:
        offline.bring_back(job["copy"], houd=job.get("houd"))
    return 0


def _child(job: dict) -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    code = 98
    try:
        code = _run(job)
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
