"""Numbered schema steps. The schema version lives in `PRAGMA user_version` (SQLite).

A new database gets the current schema at once (`create_tables`) and the latest version number.
An older database runs each missing step in its own transaction, which also bumps the version, so a
crash between steps leaves a database at a known version. A step must not use a model class whose
definition may change later: once a step has shipped, it is frozen (copy the fields it needs).
"""
from __future__ import annotations

import logging
from typing import Callable

from peewee import Database

from wijkdesk.store import models

log = logging.getLogger(__name__)


def _step_2_voting(db: Database) -> None:
    """Version 2: voting rounds (Stemronde, RondeIdee, Telling, Stembiljet)."""
    db.create_tables(models.VOTING_MODELS, safe=True)


# version -> step that upgrades a database from version-1 to version
STEPS: dict[int, Callable[[Database], None]] = {
    2: _step_2_voting,
}
LATEST_VERSION = max(STEPS, default=1)


def get_version(db: Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def _set_version(db: Database, version: int) -> None:
    # PRAGMA takes no parameters; version is an int we own.
    db.execute_sql(f"PRAGMA user_version = {int(version)}")


def create_schema(db: Database) -> None:
    """A new, empty database: the whole current schema and the latest version, in one transaction."""
    with db.atomic():
        db.create_tables(models.ALL_MODELS)
        _set_version(db, LATEST_VERSION)


def pending_steps(db: Database) -> list[int]:
    current = get_version(db)
    return [v for v in sorted(STEPS) if v > current]


def migrate(db: Database) -> list[int]:
    """Run every missing step, each in one transaction with its version bump. Returns the versions run."""
    done = []
    for version in pending_steps(db):
        log.info("Database bijwerken naar schema-versie %d", version)
        with db.atomic():
            STEPS[version](db)
            _set_version(db, version)
        done.append(version)
    return done
