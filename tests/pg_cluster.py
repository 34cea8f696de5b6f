"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl on a Unix socket in a temporary folder.

No network (listen_addresses is empty), no password (trust on the socket only), no durability (fsync
off: the cluster is removed after the session anyway), so it starts in about a second. initdb refuses
to run as root, so under root (CI) the cluster belongs to the `postgres` user that Debian's package
creates (or `nobody`), and the programs run through `runuser`; root's client connects through the
socket all the same. One cluster per test session; each test gets its own database, copied from a
template database with `CREATE DATABASE ... TEMPLATE` (a file copy, a few tens of milliseconds).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "wijkdesk"


def find_program(name: str) -> str | None:
    """`name` on the PATH, else in Debian's /usr/lib/postgresql/<version>/bin (the newest)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return candidates[-1] if candidates else None


def available() -> bool:
    return find_program("initdb") is not None and find_program("pg_ctl") is not None


class Cluster:
    """One running cluster; `url(name)` is a libpq URL for a database in it."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="wdpg-"))  # short: a socket path has ~100 bytes
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.owner: str | None = None
        self._admin = None
        self._counter = 0

    # --- life -----------------------------------------------------------------------------------

    def _as_owner(self, command: list[str]) -> list[str]:
        if self.owner is None:
            return command
        return ["runuser", "-u", self.owner, "--"] + command

    def start(self) -> "Cluster":
        initdb, pg_ctl = find_program("initdb"), find_program("pg_ctl")
        if os.geteuid() == 0:
            self.owner = _unprivileged_user()
            uid = pwd.getpwnam(self.owner).pw_uid
            os.chown(self.folder, uid, -1)
        subprocess.run(self._as_owner([initdb, "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                                       "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.folder)
        options = (f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=60 -c shared_buffers=16MB")
        subprocess.run(self._as_owner([pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.log),
                                       "-w", "-t", "60", "start"]),
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=self.folder)
        return self

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        pg_ctl = find_program("pg_ctl")
        if self.data.exists():
            subprocess.run(self._as_owner([pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop"]),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=self.folder)
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- databases ------------------------------------------------------------------------------

    def url(self, name: str) -> str:
        return f"postgresql:///{name}?host={self.folder}&user={SUPERUSER}"

    def admin(self):
        """An autocommit connection to the `postgres` database, for CREATE/DROP DATABASE."""
        import psycopg

        if self._admin is None or self._admin.closed:
            self._admin = psycopg.connect(self.url("postgres"), autocommit=True)
        return self._admin

    def new_name(self, prefix: str = "t") -> str:
        self._counter += 1
        return f"{prefix}_{os.getpid()}_{self._counter}_{int(time.time() * 1000) % 100000}"

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new database (empty, or a copy of `template`); returns its name."""
        name = name or self.new_name()
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}" STRATEGY FILE_COPY'
        self.admin().execute(sql)
        return name

    def drop_database(self, name: str) -> None:
        self.admin().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _unprivileged_user() -> str:
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("Geen gebruiker zonder rootrechten gevonden voor initdb (postgres of nobody).")
