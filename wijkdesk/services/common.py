"""Shared pieces of the services: look-ups, field validation, change tracking, snapshots for undo."""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from peewee import ForeignKeyField, Model

from wijkdesk.domain.dates import DateError, parse_date
from wijkdesk.domain.money import MAX_CENTS, MoneyError, parse_cents
from wijkdesk.services import changes
from wijkdesk.services.errors import InUseError, NotFoundError, ServiceError, ValidationError
from wijkdesk.store import models
from wijkdesk.store.models import BaseModel, Besluit

# Fields a caller may never set through **changes: identity and bookkeeping.
PROTECTED = {"id", "uuid", "aangemaakt_op", "gewijzigd_op", "versie"}


def get(model: type[BaseModel], ref, label: str | None = None) -> BaseModel:
    """The row for an id or a row (re-read, so it is fresh); NotFoundError in Dutch when it is gone."""
    row_id = ref.id if isinstance(ref, Model) else ref
    try:
        return model.get_by_id(int(row_id))
    except (model.DoesNotExist, TypeError, ValueError):
        name = label or model.__name__.lower()
        raise NotFoundError(f"Deze {name} bestaat niet (meer); misschien is hij net verwijderd.") from None


def find(model: type[BaseModel], row_id) -> BaseModel | None:
    """The row for an id, or None (no id, or gone): what a detail pane shows."""
    if row_id is None:
        return None
    try:
        return model.get_by_id(int(row_id))  # SQL written once per table (store.models.read_by_id)
    except model.DoesNotExist:
        return None


def text(field: str, value, *, label: str, required: bool = False, max_len: int = 200) -> str:
    """Trimmed text; refuses an empty required field and too-long text."""
    value = "" if value is None else str(value)
    value = value.strip()
    if required and not value:
        raise ValidationError(field, f"{label} is verplicht: vul het in.")
    if len(value) > max_len:
        raise ValidationError(field, f"{label} is te lang ({len(value)} tekens); hoogstens {max_len}.")
    return value


def cents(field: str, value, *, label: str, required: bool = True, allow_negative: bool = False,
          allow_zero: bool = True) -> int | None:
    """An amount in cents from an int (cents) or typed text; never a float."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, f"{label} is verplicht: vul een bedrag in, bijvoorbeeld 12,50.")
        return None
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError(field, f"{label}: intern fout type bedrag ({type(value).__name__}); gebruik centen.")
    if isinstance(value, str):
        try:
            value = parse_cents(value)
        except MoneyError as exc:
            raise ValidationError(field, f"{label}: {exc}") from None
    if not isinstance(value, int):
        raise ValidationError(field, f"{label}: geen geldig bedrag.")
    if abs(value) > MAX_CENTS:
        raise ValidationError(field, f"{label} is te groot.")
    if value < 0 and not allow_negative:
        raise ValidationError(field, f"{label} mag niet negatief zijn.")
    if value == 0 and not allow_zero:
        raise ValidationError(field, f"{label} moet groter dan € 0,00 zijn.")
    return value


def date(field: str, value, *, label: str, required: bool = False) -> dt.date | None:
    """A date from a date or typed text (26-11-2026)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, f"{label} is verplicht: vul een datum in als dd-mm-jjjj.")
        return None
    try:
        result = parse_date(value)
    except DateError as exc:
        raise ValidationError(field, f"{label}: {exc}") from None
    if not 1900 <= result.year <= 2200:
        raise ValidationError(field, f"{label}: het jaar {result.year} klopt niet.")
    return result


def integer(field: str, value, *, label: str, minimum: int | None = None, maximum: int | None = None,
            required: bool = False) -> int | None:
    """A whole number within bounds, from an int or typed text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, f"{label} is verplicht.")
        return None
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError(field, f"{label} moet een geheel getal zijn.")
    try:
        value = int(str(value).strip()) if isinstance(value, str) else int(value)
    except ValueError:
        raise ValidationError(field, f"{label} moet een geheel getal zijn, zoals 12.") from None
    if minimum is not None and value < minimum:
        raise ValidationError(field, f"{label} moet minstens {minimum} zijn.")
    if maximum is not None and value > maximum:
        raise ValidationError(field, f"{label} mag hoogstens {maximum} zijn.")
    return value


def choice(field: str, value, options: Iterable[str], *, label: str) -> str:
    options = tuple(options)
    if value not in options:
        raise ValidationError(field, f"{label}: '{value}' kan niet; kies uit {', '.join(options)}.")
    return value


def refuse_wijk_move(values: dict, current: BaseModel | None, what: str) -> None:
    """A row that others refer to stays in its wijk: moving it would split it from its links."""
    if current is None or "wijk" not in values:
        return
    new = values["wijk"]
    if (new.id if isinstance(new, Model) else new) == current.wijk_id:
        return
    found = references(current)
    if found:
        raise ValidationError("wijk", f"{what} kan niet naar een andere wijk: er horen nog {', '.join(found)} bij.")


def check_fields(model: type[BaseModel], changes: dict) -> None:
    """Refuse unknown or protected field names: a programming error, said plainly."""
    for name in changes:
        if name in PROTECTED or name not in model._meta.fields:
            raise ValidationError(name, f"Het veld '{name}' bestaat niet of mag niet worden gewijzigd.")


def field_value(row: BaseModel, name: str):
    """A field's value as stored: the id for a foreign key (no extra query)."""
    field = row._meta.fields[name]
    if isinstance(field, ForeignKeyField):
        return row.__data__.get(name)
    return getattr(row, name)


def apply(row: BaseModel, values: dict) -> dict:
    """Set validated values on `row`; returns {field: (old, new)} for the ones that changed.

    References are reported by UUID, not by local id: ids differ between laptops, UUIDs do not.
    """
    diff = {}
    for name, new in values.items():
        old = field_value(row, name)
        new_plain = new.id if isinstance(new, Model) else new
        if old != new_plain:
            field = row._meta.fields[name]
            if isinstance(field, ForeignKeyField):
                diff[name] = (_uuid_of(field.rel_model, old), _uuid_of(field.rel_model, new_plain))
            else:
                diff[name] = (old, new_plain)
            setattr(row, name, new)
    return diff


def _uuid_of(model: type[BaseModel], row_id):
    if row_id is None:
        return None
    return model.select(model.uuid).where(model.id == row_id).scalar()


# --- Snapshots: what undo needs to put a deleted row (and the rows it owns) back -----------------

Snapshot = list[tuple[str, dict[str, Any]]]


def snapshot_rows(rows: Iterable[BaseModel]) -> Snapshot:
    """Every column of each row, by model name, so `restore` can re-insert them as they were."""
    return [(type(r).__name__, dict(r.__data__)) for r in rows]


def restore(snapshot: Snapshot) -> None:
    """Put rows back as they were in a snapshot, with their original ids and UUIDs (parents first).

    A row that was deleted is inserted again; a row that still exists (same UUID: one whose reference
    the delete cleared, such as an idea of an erased person) gets its snapshot values back. When the
    id has since been given to another row, undo is refused rather than overwrite that row.
    """
    with changes.change():
        for model_name, data in snapshot:
            model = getattr(models, model_name)
            existing = model.get_or_none(model.uuid == data["uuid"])
            if existing is not None:
                changes.touch(existing)
                # Not the snapshot's version: the change gives the row its next one when it ends.
                model.update(**{k: v for k, v in data.items() if k not in ("id", "uuid", "versie")}).where(
                    model.id == existing.id).execute()
                continue
            if model.select().where(model.id == data["id"]).exists():
                raise ServiceError("Ongedaan maken kan niet meer: er is intussen een andere rij op deze plek "
                                   "gekomen. Voer het verwijderde opnieuw in.")
            model.insert(**data).execute()
            changes.created_ids(model, [data["id"]])
            audit_record("hersteld", model.get_by_id(data["id"]), {}, "ongedaan gemaakt")


# Dutch names of what each table holds (one, many), for messages about references.
NAMES = {
    "Wijk": ("wijk", "wijken"), "Bewonersgroep": ("bewonersgroep", "bewonersgroepen"),
    "Persoon": ("persoon", "personen"), "Lidmaatschap": ("lid", "leden"),
    "Bijeenkomst": ("bijeenkomst", "bijeenkomsten"), "Idee": ("idee", "ideeën"), "Doel": ("doel", "doelen"),
    "DoelIdee": ("koppeling met een doel", "koppelingen met doelen"),
    "Voortgang": ("voortgangsmelding", "voortgangsmeldingen"), "Meedoenbudget": ("budget", "budgetten"),
    "Toekenning": ("toekenning", "toekenningen"), "Uitgave": ("uitgave", "uitgaven"),
    "Besluit": ("besluit", "besluiten"), "Stemronde": ("stemronde", "stemrondes"),
    "RondeIdee": ("plaats op een stembiljet", "plaatsen op een stembiljet"),
    "Telling": ("telling", "tellingen"), "Stembiljet": ("stembiljet", "stembiljetten"),
    "Instelling": ("instelling", "instellingen"), "Bijlage": ("bijlage", "bijlagen"),
    "Jaarafsluiting": ("jaarafsluiting", "jaarafsluitingen"), "Overheveling": ("overheveling", "overhevelingen"),
    "Begrotingsregel": ("begrotingsregel", "begrotingsregels"),
}


def count_phrase(count: int, model_name: str) -> str:
    """'1 toekenning', '3 toekenningen'."""
    one, many = NAMES.get(model_name, (model_name.lower(), model_name.lower()))
    return f"{count} {one if count == 1 else many}"


def references(row: BaseModel, owned: Iterable[type[BaseModel]] = ()) -> list[str]:
    """What still refers to `row`, as Dutch phrases ('3 ideeën'), leaving out rows it owns.

    Besides foreign keys this counts decisions (Besluit) that name the row by its UUID.
    """
    owned = set(owned)
    found = []
    for field, model in row._meta.backrefs.items():
        if model in owned or model is type(row) and field.name == "vervangt":
            continue
        count = model.select().where(field == row.id).count()
        if count:
            found.append(count_phrase(count, model.__name__))
    decisions = Besluit.select().where(Besluit.onderwerp_uuid == row.uuid).count()
    if decisions:
        found.append(count_phrase(decisions, "Besluit"))
    # Attachments name their grant, expense, goal or progress entry by UUID: deleting it would orphan them.
    attached = models.Bijlage.select().where(models.Bijlage.onderwerp_uuid == row.uuid).count()
    if attached:
        found.append(count_phrase(attached, "Bijlage"))
    return found


def refuse_if_referenced(row: BaseModel, what: str, owned: Iterable[type[BaseModel]] = (), hint: str = "") -> None:
    """InUseError naming every kind of row that still refers to `row`: never a silent cascade."""
    found = references(row, owned)
    if found:
        raise InUseError(f"{what} kan niet worden verwijderd: er horen nog {', '.join(found)} bij. {hint}".strip())


# --- The one way every service creates, changes and deletes a row --------------------------------


def create_row(model: type[BaseModel], values: dict, reden: str = "") -> BaseModel:
    """Insert validated values and write the audit row, in one transaction (the open change, if any)."""
    with changes.change():
        row = models.insert_row(model, values)
        changes.created(row)
        audit_record("aangemaakt", row, {k: (None, v) for k, v in values.items()}, reden)
    return row


def update_row(model: type[BaseModel], ref, label: str, changes_: dict, validate, reden: str = "",
               actie: str = "gewijzigd", versie: int | None = None) -> BaseModel:
    """Validate `changes_` against the current row, save what differs, audit it; one transaction.

    `versie`: the version the user started editing from (the window's pane or dialog); a row changed
    meanwhile is refused with a ConflictError naming who and when (services.changes). Without it the
    row as read now is the starting point (a command line or an import decides on fresh data).
    """
    check_fields(model, changes_)
    with changes.change():
        row = get(model, ref, label)
        changes.expect(model, row.id, versie)
        changes.touch(row)
        diff = apply(row, validate(changes_, row))
        if diff:
            _save_versioned(row, diff)
            audit_record(actie, row, diff, reden)
    return row


def _save_versioned(row: BaseModel, diff: dict) -> None:
    """Write the changed fields with the next version, only if the row still has the version it was
    read at (UPDATE ... WHERE id = ? AND versie = ?): a save on a row another user changed in between
    writes nothing and is refused, never overwrites."""
    model = type(row)
    old = row.versie
    row.gewijzigd_op = models._now()
    fields = [model._meta.fields[name] for name in diff if name not in ("gewijzigd_op", "versie")]
    fields += [model.gewijzigd_op, model.versie]
    values = [f.db_value(row.__data__[f.name]) for f in fields[:-1]] + [old + 1, row.id, old]
    if model._meta.database.execute_sql(_update_sql(model, tuple(f.name for f in fields)), values).rowcount != 1:
        raise changes.conflict(model, row.id)
    row.versie = old + 1


_UPDATE_SQL: dict[tuple, str] = {}


def _update_sql(model: type[BaseModel], names: tuple[str, ...]) -> str:
    """UPDATE ... SET <names> WHERE id = ? AND versie = ?, written once per table, fields and backend:
    peewee built the statement's text anew for every save (181 of them in the demo)."""
    param = model._meta.database.param  # "?" on SQLite, "%s" on the server
    key = (model, names, param)
    sql = _UPDATE_SQL.get(key)
    if sql is None:
        sets = ", ".join(f'"{model._meta.fields[n].column_name}" = {param}' for n in names)
        sql = (f'UPDATE "{model._meta.table_name}" SET {sets} WHERE "{model.id.column_name}" = {param} '
               f'AND "{model.versie.column_name}" = {param}')
        _UPDATE_SQL[key] = sql
    return sql


def delete_row(row: BaseModel, what: str, owned: Iterable[BaseModel] = (), hint: str = "",
               reden: str = "", versie: int | None = None, check_only: bool = False) -> Snapshot | None:
    """Delete `row` and the rows it owns (given), refusing when anything else refers to it.

    `check_only`: raise the refusal the delete would raise, delete nothing (the window asks before it
    asks 'Verwijderen?': a user confirmed, and was then told it could not be done).

    Every deleted row, owned ones included, gets its own audit row; the open change keeps their
    before-images for undo. The returned snapshot is for callers that keep their own copy.
    """
    owned = list(owned)
    with changes.change():
        changes.expect(type(row), row.id, versie)
        refuse_if_referenced(row, what, owned={type(o) for o in owned}, hint=hint)
        # An owned row (a goal's progress entry) with attachments would leave them naming nothing.
        attached = (models.Bijlage.select().where(models.Bijlage.onderwerp_uuid.in_([o.uuid for o in owned])).count()
                    if owned else 0)
        if attached:
            raise InUseError(f"{what} kan niet worden verwijderd: er horen nog {count_phrase(attached, 'Bijlage')} "
                             "bij de onderdelen ervan (zoals voortgangsmeldingen). Verwijder die bijlagen eerst.")
        if check_only:
            return None
        snap = snapshot_rows([row, *owned])
        for child in owned:
            changes.touch(child)
            audit_record("verwijderd", child, {}, f"met {type(row).__name__.lower()} {row.uuid}")
            child.delete_instance()
        changes.touch(row)
        audit_record("verwijderd", row, {}, reden)
        # Only the version the row was read at: a row another user changed in between stays.
        model = type(row)
        if model.delete().where((model.id == row.id) & (model.versie == row.versie)).execute() != 1:
            raise changes.conflict(model, row.id)
    return snap


def audit_record(actie, row, diff, reden=""):
    """The audit row of one written row, marked as audited in the open change."""
    return changes.record(actie, row, diff, reden)
