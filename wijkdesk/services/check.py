"""`wijkdesk check`: is the database sound? Integrity, references, money and totals, in Dutch."""
from __future__ import annotations

from peewee import DatabaseError, IntegerField, SqliteDatabase

from wijkdesk.domain import workflow
from wijkdesk.domain.money import format_cents
from wijkdesk.services import budget as budget_service
from wijkdesk.store import models, sqlite_file, text_index
from wijkdesk.store.models import (
    ALL_MODELS, Besluit, Doel, Idee, Meedoenbudget, Toekenning, Uitgave, Voortgang, db,
)

STATUS_COLUMNS = [
    (Idee, workflow.IDEE_STATUSSEN, "idee"),
    (Doel, workflow.DOEL_STATUSSEN, "doel"),
    (Toekenning, workflow.TOEKENNING_STATUSSEN, "toekenning"),
    (Uitgave, workflow.UITGAVE_STATUSSEN, "uitgave"),
]


def run_checks() -> list[str]:
    """Every problem found, as a Dutch sentence; an empty list means the database is sound."""
    problems: list[str] = []
    for check in (_integrity, _money_columns, _statuses, _references, _budgets, _progress, _besluiten,
                  _erased_persons_back, _plain_copies_of_encrypted, _attachments, _text_indexes):
        problems.extend(check())
    return problems


def _integrity() -> list[str]:
    database = db.obj
    if not isinstance(database, SqliteDatabase):
        return []
    # The text indexes are left to their own check below (_text_indexes): derived data, made again at the
    # next open. SQLCipher's newer SQLite checks them here too, and stopped `check` with MemoryError.
    result = sqlite_file.check_rows(database.connection(), "integrity_check")
    problems = [] if result == ["ok"] else [f"Het databasebestand is beschadigd: {r}" for r in result[:20]]
    for table, rowid, parent, _fk in database.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"Tabel {table}, rij {rowid}: verwijst naar een {parent} die niet bestaat.")
    return problems


# What a text index of a file can be found to be, as `check` says it (text_index.sqlite_state).
_INDEX_STATES = {
    "foreign": "is gewijzigd door een ander programma",
    "stale": "is niet bijgewerkt met de nieuwste gegevens",
    "damaged": "is beschadigd",
}
_INDEXED_ROWS = {"idee": "ideeën", "doel": "doelen", "toekenning": "toekenningen", "uitgave": "uitgaven"}


def _text_indexes() -> list[str]:
    """The lists' search indexes in a file. They are derived data, made again from the rows at the next
    open to work in; said here because another program changed the file, and until then the lists'
    filters read every row (or, read-only, find too little)."""
    if not isinstance(db.obj, SqliteDatabase):
        return []
    problems = []
    for table in text_index.INDEXED:
        try:
            state = text_index.sqlite_state(db.obj, table)
        except (DatabaseError, MemoryError):
            state = "damaged"
        if state in _INDEX_STATES:
            problems.append(
                f"De zoekindex van de {_INDEXED_ROWS[table]} {_INDEX_STATES[state]}: zoeken in die lijst "
                "gebruikt hem nu niet. Er gaat niets verloren: WijkDesk maakt hem opnieuw uit de gegevens "
                "zelf zodra u de database opent om in te werken (niet alleen-lezen).")
    return problems


def _money_columns() -> list[str]:
    """Money is integer cents: a REAL or TEXT value in a *_cents column is a bug that loses cents."""
    if not isinstance(db.obj, SqliteDatabase):
        return []  # PostgreSQL enforces the column type itself
    problems = []
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if field.name.endswith("_cents") and isinstance(field, IntegerField):
                table, column = model._meta.table_name, field.column_name
                bad = db.execute_sql(
                    f'SELECT COUNT(*) FROM "{table}" WHERE typeof("{column}") NOT IN (\'integer\', \'null\')'
                ).fetchone()[0]
                if bad:
                    problems.append(f"{bad} bedrag(en) in {table}.{column} zijn geen hele centen.")
    return problems


def _statuses() -> list[str]:
    problems = []
    for model, allowed, what in STATUS_COLUMNS:
        for row in model.select(model.id, model.status).where(model.status.not_in(allowed)):
            problems.append(f"{what.capitalize()} {row.id} heeft een onbekende status '{row.status}'.")
    for row in Uitgave.select().where((Uitgave.status == "betaald") & Uitgave.betaald_op.is_null()):
        problems.append(f"Uitgave {row.id} ('{row.omschrijving}') is betaald maar heeft geen betaaldatum.")
    return problems


def _references() -> list[str]:
    """Links that must stay within one wijk and one budget."""
    problems = []
    query = (Uitgave.select(Uitgave.id, Uitgave.omschrijving).join(Toekenning)
             .where(Toekenning.budget != Uitgave.budget))
    for row in query:
        problems.append(f"Uitgave {row.id} ('{row.omschrijving}') hangt onder een toekenning van een ander budget.")
    wrong_wijk = [
        (Toekenning.select(Toekenning.id).join(Doel).switch(Toekenning).join(Meedoenbudget)
         .where(Doel.wijk != Meedoenbudget.wijk), "Toekenning {} is voor een doel in een andere wijk dan haar budget."),
        (Toekenning.select(Toekenning.id).join(models.Bewonersgroep).switch(Toekenning).join(Meedoenbudget)
         .where(models.Bewonersgroep.wijk != Meedoenbudget.wijk),
         "Toekenning {} is voor een groep in een andere wijk dan haar budget."),
        (Uitgave.select(Uitgave.id).join(Doel).switch(Uitgave).join(Meedoenbudget)
         .where(Doel.wijk != Meedoenbudget.wijk), "Uitgave {} is voor een doel in een andere wijk dan haar budget."),
        (Idee.select(Idee.id).join(models.Bewonersgroep).where(models.Bewonersgroep.wijk != Idee.wijk),
         "Idee {} is ingediend door een groep uit een andere wijk."),
        (Idee.select(Idee.id).join(models.Bijeenkomst).where(models.Bijeenkomst.wijk != Idee.wijk),
         "Idee {} hoort bij een bijeenkomst in een andere wijk."),
        (models.DoelIdee.select(models.DoelIdee.id).join(Doel).switch(models.DoelIdee).join(Idee)
         .where(Doel.wijk != Idee.wijk), "Koppeling {} verbindt een doel en een idee uit verschillende wijken."),
    ]
    for query, text in wrong_wijk:
        problems.extend(text.format(row.id) for row in query)
    return problems


def _has_override_reason(budget: Meedoenbudget) -> bool:
    """An over-commitment is accounted for when a reason was given on the budget or one of its rows."""
    if (Toekenning.select().where((Toekenning.budget == budget) & (Toekenning.override_reden != "")).exists()
            or Uitgave.select().where((Uitgave.budget == budget) & (Uitgave.override_reden != "")).exists()):
        return True
    # Lowering the budget itself below what is committed: its reason is in the audit log.
    return models.AuditLog.select().where((models.AuditLog.rij_uuid == budget.uuid)
                                          & models.AuditLog.reden.contains(budget_service.OVERRIDE_MARKER)).exists()


def _budgets() -> list[str]:
    """Over-committed budgets and over-spent grants need an override reason somewhere."""
    problems = []
    for budget in Meedoenbudget.select(Meedoenbudget, models.Wijk).join(models.Wijk):
        overview = budget_service.overview_for_budget(budget)
        if overview.resterend_cents < 0 and not _has_override_reason(budget):
            problems.append(f"Budget {budget.wijk.naam} {budget.jaar} is overschreden met "
                            f"{format_cents(-overview.resterend_cents)} zonder vastgelegde reden.")
        for t_id, over in overview.overspend_cents.items():
            grant = Toekenning.get_by_id(t_id)
            has_reason = grant.override_reden or Uitgave.select().where(
                (Uitgave.toekenning == grant) & (Uitgave.override_reden != "")).exists()
            if not has_reason:
                problems.append(f"Aan toekenning {grant.id} ({grant.zaaknummer or grant.omschrijving}) is "
                                f"{format_cents(grant.bedrag_cents + over)} uitgegeven, meer dan "
                                f"{format_cents(grant.bedrag_cents)}, zonder vastgelegde reden.")
    counting = sorted(workflow.UITGAVE_TELT_MEE)
    query = (Uitgave.select(Uitgave.id, Uitgave.omschrijving, Toekenning.status).join(Toekenning)
             .where(Uitgave.status.in_(counting) & Toekenning.status.not_in(sorted(workflow.TOEKENNING_TELT_MEE))))
    for row in query.objects():
        problems.append(f"Uitgave {row.id} ('{row.omschrijving}') telt mee maar hangt onder een toekenning "
                        f"die {row.status} is.")
    return problems


def _progress() -> list[str]:
    problems = []
    for row in Voortgang.select().where((Voortgang.percentage < 0) | (Voortgang.percentage > 100)):
        problems.append(f"Voortgangsmelding {row.id} heeft {row.percentage}%: dat moet tussen 0 en 100 liggen.")
    for doel in Doel.select():
        latest = (Voortgang.select().where(Voortgang.doel == doel)
                  .order_by(Voortgang.datum.desc(), Voortgang.id.desc()).first())
        expected = latest.percentage if latest else 0
        if doel.voortgang != expected:
            problems.append(f"Doel {doel.id} ('{doel.titel}') toont {doel.voortgang}% maar de laatste melding is {expected}%.")
    return problems


def _besluiten() -> list[str]:
    tables = {m._meta.table_name: m for m in ALL_MODELS}
    problems = []
    for besluit in Besluit.select().where(Besluit.onderwerp_uuid != ""):
        model = tables.get(besluit.onderwerp_tabel)
        if model is None or not model.select().where(model.uuid == besluit.onderwerp_uuid).exists():
            problems.append(f"Besluit {besluit.id} verwijst naar iets dat niet (meer) bestaat.")
    return problems


def _erased_persons_back() -> list[str]:
    """AVG: a person on the erasure list who is in the database again (an older copy put back by hand)."""
    from wijkdesk.services import wissen
    from wijkdesk.services.errors import ServiceError
    from wijkdesk.store import database

    opened = database.current()
    if opened is None or opened.attachments_anchor is None:
        return []
    try:
        back = wissen.returned_persons(opened.attachments_anchor)
    except ServiceError as exc:  # an unreadable erasure list: say so, do not call the database sound
        return [str(exc)]
    if not back:
        return []
    return [f"{len(back)} persoon/personen die eerder zijn gewist (AVG) staan weer in de database, waarschijnlijk "
            "door een teruggezette oudere kopie. Open de database in WijkDesk: dan worden zij meteen "
            "opnieuw gewist."]


def _plain_copies_of_encrypted() -> list[str]:
    """An encrypted database whose backups are still readable: `versleutel` was interrupted."""
    from wijkdesk.store import database, encryption

    opened = database.current()
    if opened is None or opened.path is None or not opened.encrypted:
        return []
    plain = encryption.plain_copies(opened.path)
    if not plain:
        return []
    return [f"{len(plain)} reservekopie(ën) van deze versleutelde database zijn niet versleuteld (het "
            f"versleutelen is onderbroken), bijvoorbeeld {plain[0].name}: iedereen kan ze lezen. Open de "
            "database eenmaal in WijkDesk: dan worden ze alsnog versleuteld."]


def _attachments() -> list[str]:
    """Receipts and attachments (Bijlage) the database names: missing beside the database, or altered since
    they were stored."""
    from wijkdesk.store import attachments
    from wijkdesk.store.database import current

    opened = current()
    if opened is None or opened.attachments_anchor is None:
        return []
    problems = []
    for row in Uitgave.select(Uitgave.id, Uitgave.omschrijving, Uitgave.bonnetje).where(Uitgave.bonnetje != ""):
        problem = attachments.problem(opened.attachments_anchor, row.bonnetje)
        if problem == "ontbreekt":
            problems.append(f"Het bonnetje van uitgave {row.id} ('{row.omschrijving}') ontbreekt: {row.bonnetje}. "
                            "Zet het bestand terug (uit een reservekopie van de map) of koppel het opnieuw.")
        elif problem == "gewijzigd":
            problems.append(f"Het bonnetje van uitgave {row.id} ('{row.omschrijving}') is gewijzigd sinds het werd "
                            f"bewaard: {row.bonnetje}. Zet het oorspronkelijke bestand terug.")
    from wijkdesk.services import bijlagen

    problems.extend(bijlagen.problems(opened.attachments_anchor))
    return problems
