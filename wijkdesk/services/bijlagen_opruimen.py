"""Attachment files no row refers to any more are removed, at a moment no undo step can need them.

A receipt or attachment stays on disk when its row goes or no longer names it: undo must find the
file again, and undo steps live only in the running window. So the clean-up runs where none exist:
when the window opens its database (before its undo stack is made), and on request
(`wijkdesk check --opruimen`, which takes the database's lock, so never beside an open window).
Backups keep their own links to the files (store/backups.copy_attachments), so a file removed here
is still in every backup that refers to it.

Each database owns the folder `<name>-bijlagen` beside it: a copy made under another name carries its
own folder (backup --to, meenemen). Files are kept when a row names them by this folder or by the
folder of an older name of the same database (a restore under another name), and when a database a
restore put aside (`<name>-vervangen-<time>.db`, beside it and sharing its folder) names them.
"""
from __future__ import annotations

import logging
from pathlib import Path

from wijkdesk.store import attachments, backups
from wijkdesk.store.database import current
from wijkdesk.store.models import Bijlage, Uitgave

log = logging.getLogger(__name__)


def referenced() -> list[str]:
    """Every stored attachment path a row names: expense receipts and attachment rows (Bijlage)."""
    paths = [p for (p,) in Uitgave.select(Uitgave.bonnetje).where(Uitgave.bonnetje != "").distinct().tuples()]
    paths += [p for (p,) in Bijlage.select(Bijlage.pad).where(Bijlage.pad != "").distinct().tuples()]
    return paths


def remove_unreferenced() -> list[Path]:
    """Remove the files of the open database's attachment folder that no row names; returns them.

    Nothing is removed when no row names any attachment while the folder holds files: that is a
    database replaced by a new, empty one (or one that lost its rows), and its files may belong to
    the old one the user still has elsewhere.
    """
    opened = current()
    if opened is None or opened.path is None or opened.readonly:
        return []
    db_path = Path(opened.path)
    names = referenced()
    # A restore put the database it replaced aside (`<name>-vervangen-<time>.db`, never deleted): its
    # rows name files in this same folder, and the user may go back to it.
    for aside in backups.set_aside_files(db_path):
        named = backups.attachments_named_by(aside)
        if named is None:
            log.warning("Bijlagen niet opgeruimd: %s (opzijgezet bij het terugzetten) is niet te lezen", aside.name)
            return []
        names += named
    if not names:
        if attachments.stored_files(db_path):
            log.warning("Bijlagen niet opgeruimd: geen rij in %s verwijst naar een bijlage, maar de map %s is niet "
                        "leeg", db_path.name, attachments.folder(db_path).name)
        return []
    removed = attachments.remove_unreferenced(db_path, names)
    if removed:
        # File names are content hashes: no personal data in the log.
        log.info("%d bijlage(n) opgeruimd waar geen rij meer naar verwijst: %s", len(removed),
                 ", ".join(p.name for p in removed[:20]))
    return removed
