"""Run `wijkdesk server-import SOURCE --to TARGET` and die by SIGKILL right after the named step."""
import os
import signal
import sys

sys.path.insert(0, os.getcwd())

from wijkdesk import paths  # noqa: E402
from wijkdesk.cli import main  # noqa: E402
from wijkdesk.store import transfer  # noqa: E402

source, target, where, data_dir = sys.argv[1:5]
paths.set_server_attachments_dir(os.path.join(data_dir, "gedeeld"))


def hook(name: str) -> None:
    if name == where:
        os.kill(os.getpid(), signal.SIGKILL)


transfer._checkpoint_hook = hook
sys.exit(main(["--data-dir", data_dir, "server-import", "--db", source, "--to", target]))
