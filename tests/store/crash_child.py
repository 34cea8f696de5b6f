"""Child process of the crash tests: runs one WijkDesk command and kills itself at an injected point.

    python crash_child.py DATA_DIR OPERATION DB [ARG]

OPERATION is `restore BACKUP`, `backup`, `backup-to DEST`, `demo`, `import XLSX`, `versleutel PASSPHRASE_FILE`, `open` (the first
open after a restore) or `write` (a change in one transaction). The environment variable
`CRASH_AT=<name>:<n>` kills this process with SIGKILL just before the n-th call of `os.replace`,
`os.fsync` or `os.rename` (name `replace`, `fsync`, `rename`), the moments where a half-done file
operation would show. Only this test child wraps them; WijkDesk itself knows nothing of it.
Prints `start` when the command begins, so the parent can also kill it at a random moment.
"""
from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def inject(spec: str) -> None:
    if not spec:
        return
    name, _, count = spec.partition(":")
    target, left = int(count), [int(count)]

    def wrap(original):
        def wrapper(*args, **kwargs):
            left[0] -= 1
            if left[0] == 0:
                os.kill(os.getpid(), signal.SIGKILL)
            return original(*args, **kwargs)
        return wrapper

    assert target > 0
    setattr(os, name, wrap(getattr(os, name)))


def main(data_dir: str, operation: str, db: str, arg: str = "") -> int:
    inject(os.environ.get("CRASH_AT", ""))
    print("start", flush=True)
    return run_operation(data_dir, operation, db, arg)


def run_operation(data_dir: str, operation: str, db: str, arg: str = "") -> int:
    from wijkdesk import cli, paths

    paths.set_data_dir(data_dir)
    if operation == "restore":
        return cli.main(["--data-dir", data_dir, "backup", "--db", db, "--restore", arg])
    if operation == "backup":
        return cli.main(["--data-dir", data_dir, "backup", "--db", db])
    if operation == "backup-to":
        return cli.main(["--data-dir", data_dir, "backup", "--db", db, "--to", arg])
    if operation == "demo":
        return cli.main(["--data-dir", data_dir, "demo", "--db", db])
    if operation == "versleutel":
        return cli.main(["--data-dir", data_dir, "versleutel", "--db", db, "--new-passphrase-file", arg])
    if operation == "import":
        return cli.main(["--data-dir", data_dir, "import", "--db", db, arg])
    if operation == "open":
        from wijkdesk.store.database import close_database, open_database

        open_database(db)
        close_database()
        return 0
    if operation == "write":
        from wijkdesk.store import models as m
        from wijkdesk.store.database import close_database, open_database

        open_database(db, backup=False)
        with m.db.atomic():
            wijk = m.Wijk.get()
            for i in range(200):
                m.Idee.create(wijk=wijk, titel=f"Kill-idee {i}", omschrijving="x" * 400)
        close_database()
        return 0
    raise SystemExit(f"unknown operation {operation}")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
