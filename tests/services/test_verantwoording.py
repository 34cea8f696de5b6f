"""Verantwoording of a grant: due date from the wijk's rules, band checklist, verantwoord only when complete
or with a reason, late ones, counts; the finance export's due dates from the same function."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from wijkdesk.domain.budget_rules import BudgetRules, verantwoording_checklist
from wijkdesk.exchange import excel_export
from wijkdesk.services import budget, changes, instellingen, verantwoording
from wijkdesk.services.errors import ValidationError
from wijkdesk.store.models import AuditLog, Toekenning

TODAY = dt.date(2026, 11, 20)


def _grant(wijk, bedrag=100_000, einde="1-6-2026", status="toegekend", jaar=2026, omschrijving="Buurtfeest"):
    grant = budget.create_toekenning(wijk, jaar, bedrag, omschrijving=omschrijving, activiteit_einddatum=einde)
    if status != "toegekend":
        budget.change_toekenning_status(grant, status, reden="test")
    return budget.get_toekenning(grant.id)


def _weeks(n: int) -> BudgetRules:
    rules = BudgetRules()
    rules.verantwoording_weken = n
    return rules


def test_the_band_decides_the_checklist_by_the_amount():
    assert [c for c, _t in verantwoording_checklist(500_000)] == ["bonnen", "besteding"]
    assert "activiteitenverslag" in [c for c, _t in verantwoording_checklist(500_001)]
    assert "accountantsverklaring" not in [c for c, _t in verantwoording_checklist(5_000_000)]
    assert "accountantsverklaring" in [c for c, _t in verantwoording_checklist(5_000_001)]


def test_due_date_follows_the_wijks_term_for_the_grants_budget_year(wijk, budget_2026):
    grant = _grant(wijk, einde="1-6-2026")
    assert verantwoording.grant_deadline(grant) == dt.date(2026, 6, 1) + dt.timedelta(weeks=13)
    instellingen.set_budget_rules(_weeks(4), wijk.id, 2026)
    assert verantwoording.grant_deadline(grant) == dt.date(2026, 6, 29)
    assert verantwoording.stand(grant.id, TODAY).deadline == dt.date(2026, 6, 29)
    instellingen.set_budget_rules(_weeks(30), wijk.id)  # a wijk-wide term does not beat the year's own
    assert verantwoording.grant_deadline(grant) == dt.date(2026, 6, 29)


def test_the_finance_export_writes_the_same_due_date(wijk, budget_2026, tmp_path):
    grant = _grant(wijk, einde="1-6-2026")
    instellingen.set_budget_rules(_weeks(5), wijk.id, 2026)
    out = tmp_path / "financien.xlsx"
    excel_export.export_workbook(out)
    from openpyxl import load_workbook

    rows = list(load_workbook(out)["Toekenningen"].iter_rows(values_only=True))
    column = rows[0].index("Verantwoording uiterlijk")
    written = rows[1][column]
    expected = verantwoording.grant_deadline(grant)
    assert expected == dt.date(2026, 7, 6)
    assert (written.date() if isinstance(written, dt.datetime) else written) == expected


def test_verantwoord_is_refused_until_the_checklist_is_complete(wijk, budget_2026):
    grant = _grant(wijk, bedrag=600_000)  # activity report + financial report band
    with pytest.raises(ValidationError, match="nog niet afgevinkt") as refused:
        verantwoording.mark_verantwoord(grant.id)
    assert "Activiteitenverslag" in str(refused.value)
    assert budget.get_toekenning(grant.id).status == "toegekend"
    codes = [c for c, _t in verantwoording_checklist(600_000)]
    verantwoording.save(grant.id, verslag="Feest met 80 buren.", afgevinkt_codes=codes[:-1])
    with pytest.raises(ValidationError):
        budget.change_toekenning_status(grant.id, "verantwoord")  # the status dialog's path is guarded too
    verantwoording.save(grant.id, afgevinkt_codes=codes)
    done = verantwoording.mark_verantwoord(grant.id, op="15-9-2026")
    assert (done.status, done.verantwoord_op, done.verantwoord_reden) == ("verantwoord", dt.date(2026, 9, 15), "")
    row = Toekenning.get_by_id(grant.id)
    assert json.loads(row.verantwoording_afgevinkt) == codes
    assert row.verantwoording_verslag == "Feest met 80 buren."


def test_an_incomplete_checklist_with_a_written_reason_is_verantwoord_and_the_reason_kept(wijk, budget_2026):
    grant = _grant(wijk)
    with pytest.raises(ValidationError):
        verantwoording.mark_verantwoord(grant.id, reden="   ")
    done = verantwoording.mark_verantwoord(grant.id, reden="Bonnen bij de penningmeester ingezien.")
    assert done.status == "verantwoord" and done.verantwoord_op == dt.date.today()
    assert Toekenning.get_by_id(grant.id).verantwoord_reden == "Bonnen bij de penningmeester ingezien."
    back = budget.change_toekenning_status(grant.id, "toegekend")  # reopened: no longer verantwoord
    assert (back.verantwoord_op, back.verantwoord_reden) == (None, "")


def test_saving_the_checklist_is_one_undoable_audited_change(wijk, budget_2026):
    grant = _grant(wijk)
    with changes.change("Verantwoording") as made:
        verantwoording.save(grant.id, verslag="Verslag", afgevinkt_codes=["bonnen"])
    assert AuditLog.select().where(AuditLog.rij_uuid == grant.uuid, AuditLog.actie == "gewijzigd").count() == 1
    changes.undo(made)
    row = Toekenning.get_by_id(grant.id)
    assert (row.verantwoording_verslag, row.verantwoording_afgevinkt) == ("", "[]")
    changes.redo(made)
    assert json.loads(Toekenning.get_by_id(grant.id).verantwoording_afgevinkt) == ["bonnen"]


def test_unknown_checklist_codes_and_a_too_long_report_change_nothing(wijk, budget_2026):
    grant = _grant(wijk)
    with pytest.raises(ValidationError, match="Onbekend punt"):
        verantwoording.save(grant.id, verslag="goed", afgevinkt_codes=["bonnen", "smoesje"])
    with pytest.raises(ValidationError, match="te lang"):
        verantwoording.save(grant.id, verslag="x" * (verantwoording.MAX_VERSLAG + 1))
    row = Toekenning.get_by_id(grant.id)
    assert (row.verantwoording_verslag, row.verantwoording_afgevinkt) == ("", "[]")


def test_late_ones_are_granted_grants_past_their_due_date_only(wijk, budget_2026):
    late = _grant(wijk, einde="1-6-2026", omschrijving="Te laat")  # due 31-08-2026
    _grant(wijk, einde="1-10-2026", omschrijving="Nog op tijd")  # due 31-12-2026
    _grant(wijk, einde=None, omschrijving="Geen einde")
    done = _grant(wijk, einde="1-1-2026", omschrijving="Klaar")
    verantwoording.mark_verantwoord(done.id, reden="ingezien", op="1-5-2026")
    _grant(wijk, einde="1-1-2026", status="ingetrokken", omschrijving="Ingetrokken")
    found = verantwoording.te_laat_grants(today=TODAY)
    assert [(t.toekenning_id, t.deadline, t.dagen) for t in found] == [(late.id, dt.date(2026, 8, 31), 81)]
    assert verantwoording.notice(today=TODAY) == "1 verantwoording te laat"
    assert verantwoording.stand(late.id, TODAY).te_laat
    assert not verantwoording.stand(done.id, TODAY).te_laat
    # the same answer in SQL, as the Budget tab's "te laat" filter asks it
    in_sql = Toekenning.select(Toekenning.id).where(verantwoording.te_laat_condition(wijk.id, 2026, TODAY))
    assert [r.id for r in in_sql] == [late.id]
    # on the due date itself it is not late yet
    assert verantwoording.count_te_laat(today=dt.date(2026, 8, 31)) == 0
    assert verantwoording.count_te_laat(today=dt.date(2026, 9, 1)) == 1


def test_a_shorter_term_makes_more_late_and_the_notice_counts_them(wijk, budget_2026):
    for n in range(3):
        _grant(wijk, einde=f"{n + 1}-9-2026", omschrijving=f"Activiteit {n}")
    assert verantwoording.notice(today=TODAY) == ""
    instellingen.set_budget_rules(_weeks(2), wijk.id, 2026)
    assert verantwoording.notice(today=TODAY) == "3 verantwoordingen te laat"
    assert len(list(Toekenning.select().where(verantwoording.te_laat_condition(wijk.id, 2026, TODAY)))) == 3


def test_counts_for_the_jaarverslag(wijk, budget_2026):
    on_time = _grant(wijk, einde="1-3-2026")
    verantwoording.mark_verantwoord(on_time.id, reden="ok", op="1-4-2026")
    too_late = _grant(wijk, einde="1-3-2026")
    verantwoording.mark_verantwoord(too_late.id, reden="ok", op="1-11-2026")
    _grant(wijk, einde="1-6-2026")  # late
    _grant(wijk, einde="1-11-2026")  # open
    _grant(wijk, einde=None)
    telling = verantwoording.counts(wijk.id, 2026, TODAY)
    assert (telling.verantwoord, telling.verantwoord_op_tijd, telling.te_laat, telling.open,
            telling.zonder_einddatum) == (2, 1, 1, 1, 1)
    assert verantwoording.counts(wijk.id, 2025, TODAY).totaal == 0


def test_export_status_phrases(wijk, budget_2026):
    assert verantwoording.export_status("verantwoord", None, dt.date(2026, 3, 12)) == "verantwoord op 12-03-2026"
    assert verantwoording.export_status("toegekend", dt.date(2026, 1, 1), None, wijk.id, 2026, TODAY) \
        == "te laat (uiterlijk 02-04-2026)"
    assert verantwoording.export_status("toegekend", dt.date(2026, 11, 1), None, wijk.id, 2026, TODAY) \
        == "open (uiterlijk 31-01-2027)"
    assert verantwoording.export_status("toegekend", None, None, wijk.id, 2026, TODAY) == "geen einddatum"
    assert verantwoording.export_status("ingetrokken", dt.date(2026, 1, 1), None, wijk.id, 2026, TODAY) == ""


def test_the_financial_summary_counts_only_counting_expenses_under_the_grant(wijk, budget_2026, tmp_path):
    grant = _grant(wijk, bedrag=50_000)
    budget.create_uitgave(wijk, 2026, 12_50, "Slingers", "1-5-2026", toekenning=grant)
    bon = tmp_path / "bon.pdf"
    bon.write_bytes(b"%PDF bon")
    budget.create_uitgave(wijk, 2026, 20_00, "Huur", "2-5-2026", toekenning=grant, bonnetje_bron=bon)
    weg = budget.create_uitgave(wijk, 2026, 99_00, "Fout", "3-5-2026", toekenning=grant)
    budget.change_uitgave_status(weg.id, "afgewezen", reden="dubbel")
    s = verantwoording.stand(grant.id, TODAY)
    assert (s.bedrag_cents, s.uitgegeven_cents, s.resterend_cents) == (50_000, 3_250, 46_750)
    assert (s.uitgaven, s.uitgaven_met_bon) == (2, 1)
    assert s.punten[0].hint == "1 van 2 uitgaven hebben een bon of bijlage"


def test_per_jaar_lists_the_counting_grants_with_due_date_and_late_flag(wijk, budget_2026):
    late = _grant(wijk, einde="1-6-2026", omschrijving="Laat")
    done = _grant(wijk, einde="1-3-2026", bedrag=700_000, omschrijving="Klaar")
    verantwoording.mark_verantwoord(done.id, reden="ok", op="1-4-2026")
    _grant(wijk, einde="1-1-2026", status="ingetrokken")
    rows = verantwoording.per_jaar(wijk.id, 2026, TODAY)
    assert [(r.toekenning_id, r.band, r.uiterlijk, r.verantwoord_op, r.te_laat) for r in rows] == [
        (done.id, "verslag", dt.date(2026, 5, 31), dt.date(2026, 4, 1), False),
        (late.id, "beperkt", dt.date(2026, 8, 31), None, True)]
