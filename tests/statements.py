"""The SQL statements a piece of work sends, for tests that keep round trips to a server few.

On PostgreSQL every statement is a round trip (0.2-1.5 ms on this machine's socket); a screen that
reads the same row twice, or a rule it does not need, is slower there in a way SQLite hides."""
from __future__ import annotations

import re
from contextlib import contextmanager

import pytest


@contextmanager
def statements_sent():
    """Yields a list that collects the SQL of every statement sent inside the block."""
    from wijkdesk.store.models import db

    sent: list[str] = []
    real = type(db.obj).execute_sql

    def execute_sql(self, sql, params=None, *args, **kwargs):
        sent.append(sql)
        return real(self, sql, params, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(type(db.obj), "execute_sql", execute_sql)
        yield sent


def tables_read(sent: list[str]) -> list[str]:
    """The first table named after FROM in each SELECT, in order."""
    return [re.search(r'FROM "(\w+)"', sql).group(1) for sql in sent if sql.lstrip().startswith("SELECT")]
