"""Child process of test_sigkill.py: writes many committed transactions until it is killed.

Reports on stdout, flushed: `begin N` before transaction N and `commit N` after it has committed,
so the parent knows exactly which batches must survive. Each batch is a wijk's worth of ideas with
audit rows, written through the models in one transaction, like a large import would.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk.store import models as m  # noqa: E402
from wijkdesk.store.database import open_database  # noqa: E402

ROWS_PER_BATCH = 1500
TEXT = "Een moestuin achter het buurthuis, met bakken op kniehoogte voor ouderen. " * 6


def main(path: str, max_batches: int) -> None:
    open_database(path)
    wijk = m.Wijk.create(naam="Keizerslanden")
    groep = m.Bewonersgroep.create(wijk=wijk, naam="Bewonersgroep Keizerslanden")
    for batch in range(max_batches):
        print(f"begin {batch}", flush=True)
        with m.db.atomic():
            rows = [{"wijk": wijk.id, "ingediend_door_groep": groep.id, "titel": f"batch {batch} idee {i}",
                     "omschrijving": TEXT, "geschatte_kosten_cents": batch * 10_000 + i,
                     "uuid": f"{batch:08d}-0000-4000-8000-{i:012d}"}
                    for i in range(ROWS_PER_BATCH)]
            for start in range(0, len(rows), 100):
                m.Idee.insert_many(rows[start:start + 100]).execute()
            m.AuditLog.create(actie="aangemaakt", tabel="idee", rij_uuid=rows[0]["uuid"],
                              wijzigingen=f'{{"batch": {batch}}}')
        print(f"commit {batch}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
