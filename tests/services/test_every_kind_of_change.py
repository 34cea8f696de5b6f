"""Undo and redo of the kinds of change the demo does not make: deletes (with what they own), archiving,
unlinking, settings, attachments, the year end and its reopening, a withdrawn ballot, a finance import.

tests/services/test_changes.py replays every change of the demo (creates and updates only); this one
makes each other kind on the demo data as the window and the command line do (a service call inside
one change), then undoes them newest first and redoes them oldest first. After every step the whole
database (the audit log aside) must equal its state before or after that change, and every row the step
put back or took away again must have its own audit row saying "ongedaan gemaakt" or "opnieuw gedaan".
"""
from __future__ import annotations

import datetime as dt

import openpyxl

from tests.services.test_changes import state_digest
from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.services import (bijeenkomsten, bijlagen, budget, changes, doelen, groepen, ideeen, instellingen,
                               jaarafsluiting, wijken)
from wijkdesk.services.stemronde import stemmen
from wijkdesk.store.models import (AuditLog, Bewonersgroep, Bijlage, DoelIdee, Idee, Stembiljet, Uitgave, Wijk)


def _finance_paid_everything(exported, out):
    """The finance department fills in a paid date for every expense not yet paid, and sends it back."""
    wb = openpyxl.load_workbook(exported)
    ws = wb["Uitgaven"]
    header = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        cells = dict(zip(header, row))
        if cells["WijkDesk-ID"].value and cells["Status"].value in ("open", "goedgekeurd"):
            cells["Betaald op"].value = dt.datetime(2026, 11, 20)
    wb.save(out)
    return out


def test_every_other_kind_of_change_undoes_and_redoes_with_audit_rows(demo_db, tmp_path):
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.exchange.excel_import import import_workbook

    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    receipt = tmp_path / "bon.pdf"
    receipt.write_bytes(b"%PDF-1.4 een bonnetje\n")
    exported = export_workbook(tmp_path / "naar-financien.xlsx", wijk=wijk.naam, jaar=2026, receipts=False)
    assert exported.rows
    back = _finance_paid_everything(tmp_path / "naar-financien.xlsx", tmp_path / "van-financien.xlsx")

    # Rows to take away again: made first, outside the recording (their creation is the demo's kind).
    spare_wijk = wijken.create_wijk("Zandweerd")
    spare_budget = budget.set_budget(spare_wijk, 2027, 100_000)
    spare_groep = groepen.create_groep(wijk, "Buurtkoor")
    spare_idee = ideeen.create_idee(wijk, "Jeu-de-boulesbaan", ingediend_door_groep=spare_groep)
    spare_avond = bijeenkomsten.create_bijeenkomst(wijk, "12-12-2026", "Extra bewonersavond")
    link = DoelIdee.select().first()
    ballot = Stembiljet.select().where(Stembiljet.geldig == True).first()  # noqa: E712
    expense = Uitgave.select().first()

    steps = [
        ("Idee verwijderen", lambda: ideeen.delete_idee(spare_idee)),
        ("Groep archiveren", lambda: groepen.archive_groep(spare_groep)),
        ("Groep verwijderen", lambda: groepen.delete_groep(spare_groep)),
        ("Bijeenkomst verwijderen", lambda: bijeenkomsten.delete_bijeenkomst(spare_avond)),
        ("Idee loskoppelen", lambda: doelen.unlink_idee(link.doel_id, link.idee_id)),
        ("Budgetregels instellen", lambda: instellingen.set_budget_rules(
            BudgetRules(verantwoording_weken=9), wijk.id, 2026)),
        ("Bijlage toevoegen", lambda: bijlagen.add("uitgave", expense.id, receipt)),
        ("Bijlage verwijderen", lambda: bijlagen.remove(Bijlage.select().order_by(Bijlage.id.desc()).first())),
        ("Biljet intrekken", lambda: stemmen.withdraw_ballot(ballot, "twee keer ingevoerd")),
        ("Jaar 2025 afsluiten", lambda: jaarafsluiting.sluit_jaar(
            wijk, 2025, reden_overheveling="Lopende activiteiten van 2025")),
        ("Jaar 2025 heropenen", lambda: jaarafsluiting.heropen_jaar(wijk, 2025, "Factuur kwam te laat")),
        ("Import van financiën", lambda: import_workbook(back)),
        ("Budget verwijderen", lambda: budget.delete_budget(spare_budget)),
        ("Wijk verwijderen", lambda: wijken.delete_wijk(spare_wijk)),
    ]
    states = [state_digest()]
    made = []
    for text, step in steps:
        with changes.change(text) as c:
            step()
        assert c.rows, f"{text}: veranderde niets"
        made.append(c)
        states.append(state_digest())
        assert states[-1] != states[-2], text

    kinds = {(r.model_name, "weg" if r.after is None else "nieuw" if r.before is None else "anders")
             for c in made for r in c.rows}
    for expected in [("Idee", "weg"), ("Bewonersgroep", "anders"), ("Bewonersgroep", "weg"), ("Bijeenkomst", "weg"),
                     ("DoelIdee", "weg"), ("Instelling", "nieuw"), ("Bijlage", "nieuw"), ("Bijlage", "weg"),
                     ("Stembiljet", "nieuw"), ("Jaarafsluiting", "nieuw"), ("Overheveling", "nieuw"),
                     ("Overheveling", "weg"), ("Uitgave", "anders"), ("Meedoenbudget", "weg"), ("Wijk", "weg")]:
        assert expected in kinds, (expected, sorted(k for k in kinds if k[0] == expected[0]))

    def audited(c, actie) -> int:
        return AuditLog.select().where(AuditLog.actie == actie, AuditLog.reden == c.text).count()

    for index in range(len(made) - 1, -1, -1):
        c = made[index]
        before = audited(c, "ongedaan gemaakt")
        changes.undo(c)
        assert state_digest() == states[index], c.text
        assert audited(c, "ongedaan gemaakt") - before == len(c.rows), c.text
    assert Idee.get_or_none(Idee.id == spare_idee.id) is not None
    assert Bewonersgroep.get_by_id(spare_groep.id).gearchiveerd is False
    for index, c in enumerate(made):
        before = audited(c, "opnieuw gedaan")
        changes.redo(c)
        assert state_digest() == states[index + 1], c.text
        assert audited(c, "opnieuw gedaan") - before == len(c.rows), c.text
    assert Wijk.get_or_none(Wijk.id == spare_wijk.id) is None
