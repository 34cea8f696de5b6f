"""The offline round trip with a PostgreSQL server as the source and the destination: meenemen from the
server, changes on both sides, a conflict listed and decided, a receipt each way, a second send that
changes nothing. The server is read through the models, the copy through its file."""
from __future__ import annotations

import datetime as dt

import pytest

from offline_helpers import WIJK, one, opened, rows


def _server(url, fn):
    """Run `fn()` on the server database as the window would (opened, bound), then close it."""
    from wijkdesk.store.database import close_database, open_database

    open_database(url)
    try:
        return fn()
    finally:
        close_database()


def test_round_trip_against_a_postgresql_server(pg_server, data_dir, tmp_path):
    from wijkdesk.services import budget, ideeen, offline
    from wijkdesk.store.models import AuditLog, Idee, Meedoenbudget, Uitgave, Wijk

    url = pg_server
    copy = data_dir / "laptop.db"
    taken = offline.take_wijk(url, WIJK, copy)
    assert offline.copy_origin(copy).bron.startswith("postgresql://")

    def wijk_facts():
        w = Wijk.get(Wijk.naam == WIJK)
        ideas = sorted(i.uuid for i in Idee.select().where(Idee.wijk == w))
        expenses = sorted(u.uuid for u in Uitgave.select().join(Meedoenbudget).where(Meedoenbudget.wijk == w))
        jaar = max(b.jaar for b in Meedoenbudget.select().where(Meedoenbudget.wijk == w))
        return w.id, ideas, expenses, jaar

    wid, ideas, expenses, jaar = _server(url, wijk_facts)
    assert sorted(u for (u,) in rows(copy, "SELECT uuid FROM idee")) == ideas
    assert sorted(u for (u,) in rows(copy, "SELECT uuid FROM uitgave")) == expenses
    assert taken.counts["Uitgave"] == len(expenses)

    a, b = ideas[0], ideas[1]
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4 bon van de laptop\n")

    def on_server():
        ideeen.update_idee(Idee.get(Idee.uuid == a).id, titel="Server")
        ideeen.update_idee(Idee.get(Idee.uuid == b).id, thema="Van de server")

    _server(url, on_server)
    with opened(copy):
        cw = one(copy, "SELECT id FROM wijk")
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (a,)), titel="Laptop")
        ideeen.update_idee(one(copy, "SELECT id FROM idee WHERE uuid = ?", (b,)), omschrijving="Offline")
        ideeen.create_idee(cw, "Nieuw op de avond")
        budget.create_uitgave(cw, jaar, 250, "Bon van de laptop", dt.date(jaar, 4, 1), bonnetje_bron=receipt,
                              override_reden="test")

    with pytest.raises(offline.ConflictsFound) as found:
        offline.bring_back(copy)
    assert [c.key for c in found.value.conflicts] == [f"Idee/{a}/titel"]
    assert _server(url, lambda: Idee.select().where(Idee.titel == "Nieuw op de avond").count()) == 0

    result = offline.bring_back(copy, decisions={f"Idee/{a}/titel": "mijn"})
    assert result.status == "verzonden"

    def after():
        idee_a, idee_b = Idee.get(Idee.uuid == a), Idee.get(Idee.uuid == b)
        bon = Uitgave.get(Uitgave.omschrijving == "Bon van de laptop")
        return (idee_a.titel, idee_a.versie, idee_b.thema, idee_b.omschrijving,
                Idee.select().where(Idee.titel == "Nieuw op de avond").count(), bon.bonnetje,
                AuditLog.select().where(AuditLog.actie == "teruggebracht").count(), AuditLog.select().count())

    titel, versie, thema, omschrijving, new, bon, marks, audit_rows = _server(url, after)
    assert (titel, thema, omschrijving, new, marks) == ("Laptop", "Van de server", "Offline", 1, 1)
    assert versie >= 2
    assert (data_dir / "gedeeld" / bon).read_bytes() == receipt.read_bytes()
    assert one(copy, "SELECT thema FROM idee WHERE uuid = ?", (b,)) == "Van de server"

    assert offline.bring_back(copy).status == "niets te verzenden"
    assert _server(url, after)[-1] == audit_rows  # nothing written the second time
