"""Helpers for the database lifecycle tests: sample rows, damage, table snapshots."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path



def fill_sample(n_ideas: int = 40) -> None:
    """A wijk with groups, ideas and money, written through the models (enough rows for many pages)."""
    from wijkdesk.store import models as m

    wijk = m.Wijk.create(naam="Keizerslanden", wijkmanager="Anouk de Vries")
    groep = m.Bewonersgroep.create(wijk=wijk, naam="Bewonersgroep Keizerslanden")
    budget = m.Meedoenbudget.create(wijk=wijk, jaar=2026, bedrag_cents=45_000_00)
    with m.db.atomic():
        for i in range(n_ideas):
            m.Idee.create(wijk=wijk, titel=f"Idee {i}", omschrijving="Moestuin bij het buurthuis " * 8,
                          geschatte_kosten_cents=1000 + i, ingediend_door_groep=groep)
    m.Uitgave.create(budget=budget, datum=dt.date(2026, 3, 1), bedrag_cents=12_50, omschrijving="Koffie")


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, read with plain sqlite3 (independent of the models)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()


def damage(path: Path, table: str = "idee") -> None:
    """Overwrite the root page of `table` with garbage, as a bad sector or a sync client would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    conn.close()
    for ext in ("-wal", "-shm"):
        assert not Path(str(path) + ext).exists(), "checkpoint first: close every connection"
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xa5" * page_size)
