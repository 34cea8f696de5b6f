"""Take a wijk offline ("meenemen") and bring its changes back ("terugbrengen").

Meenemen copies one wijk, and every row it refers to, from a database (the server, or another laptop's
file) into a new SQLite file, with its receipts and attachments. The copy is an ordinary WijkDesk
database (every feature works offline) plus three bookkeeping tables (store/offline_ledger.py): where it
came from and every row as it was then (the base, with its version).

Terugbrengen compares, per row by UUID, the base, the copy and the target as it is now (a three-way
merge, domain/three_way.py): what changed only in the copy is sent (inserts, updates, deletes); what
changed on both sides is listed for a decision (keep mine / keep theirs, per row and field) and nothing
is written until every one is decided. All writes on the target are one change (one transaction,
audited, the money rules checked: an over-commit needs a reason). Afterwards the copy is made equal to
the target's wijk and that becomes the new base, so the laptop can go on offline and come back again.

Sending twice changes nothing (the second comparison finds nothing to send). A kill or a broken
connection halfway is safe: the send is noted in the copy's journal before the target's transaction,
which writes an audit row named by the send's token; a later run that finds the journal entry open
looks for that row to know whether the target committed (then only the copy's update is left) or not
(then it starts afresh). The same functions move a wijk between two laptop files, without a server.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from peewee import (BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, IntegrityError,
                    SqliteDatabase, TextField)

from wijkdesk.domain import three_way
from wijkdesk.domain.money import format_cents
from wijkdesk.services import changes
from wijkdesk.services.common import NAMES, count_phrase
from wijkdesk.services.errors import OverrideRequired, ServiceError  # noqa: F401  (OverrideRequired: callers)
from wijkdesk.store import attachments, cipher, migrations, wijk_rows
from wijkdesk.store import database as store_db
from wijkdesk.store import offline_ledger as ledger
from wijkdesk.store.lock import DatabaseLock
from wijkdesk.store.models import AuditLog, db

log = logging.getLogger(__name__)

MINE, THEIRS = three_way.MINE, three_way.THEIRS
MONEY_MODELS = ("Meedoenbudget", "Toekenning", "Uitgave")
# The field that names a row for the user in the conflict list and in messages (first one present).
_LABEL_FIELDS = ("naam", "titel", "omschrijving", "tekst", "sleutel", "zaaknummer", "actie")

Progress = Callable[[str, int, int], None]  # (what is being done, step, steps)


class OfflineError(ServiceError):
    """Meenemen or terugbrengen cannot go on; nothing was changed. The message says why and what to do."""


class Cancelled(OfflineError):
    """The user pressed Cancel before anything was committed."""


class ConflictsFound(OfflineError):
    """Rows changed on both sides and no decision was given for them; nothing was sent."""

    def __init__(self, conflicts: list["ConflictRow"]):
        self.conflicts = conflicts
        super().__init__(
            f"{len(conflicts)} {'wijziging is' if len(conflicts) == 1 else 'wijzigingen zijn'} zowel hier als in "
            "de database van bestemming gedaan. Er is niets verzonden: kies per regel 'mijn' (deze kopie) of "
            "'hun' (de bestemming) en breng de wijk opnieuw terug.")


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the user sees it: which row (Dutch kind + label), which field, the three values."""

    conflict: three_way.Conflict
    soort_rij: str      # 'uitgave'
    label: str          # 'Koffie en thee' (the row's name or title)
    door: str = ""      # who last changed the row in the destination (its audit log), to help the choice
    op: dt.datetime | None = None  # and when

    @property
    def key(self) -> str:
        return self.conflict.key

    def there(self) -> str:
        """'door Bert op 01-12-2026 om 05:46': the destination's last change of this row, or ''."""
        if self.op is None:
            return ""
        who = f"door {self.door} " if self.door else ""
        return f"{who}op {self.op:%d-%m-%Y} om {self.op:%H:%M}"

    def describe(self) -> str:
        c = self.conflict
        where = f"{self.soort_rij} '{self.label}'"
        if c.veld == three_way.WHOLE_ROW:
            what = ("hier verwijderd, daar gewijzigd" if c.soort == three_way.DELETED_HERE
                    else "hier gewijzigd, daar verwijderd")
            text = f"{where}: {what}"
        else:
            text = (f"{where}, veld {field_name(c.veld)}: basis {show_value(c.basis, c.veld)}, mijn "
                    f"{show_value(c.mijn, c.veld)}, hun {show_value(c.hun, c.veld)}")
        return text + (f" (daar gewijzigd {self.there()})" if self.there() else "")


def field_name(veld: str) -> str:
    """A field as the conflict list names it: 'bedrag' for bedrag_cents (its values are shown in euros)."""
    return veld[:-len("_cents")] if veld.endswith("_cents") else veld


def show_value(value, veld: str = "") -> str:
    """A value as the conflict list shows it (quoted text, an amount in euros, (leeg), (bijlage))."""
    if value is None:
        return "(leeg)"
    if veld.endswith("_cents") and isinstance(value, int) and not isinstance(value, bool):
        return format_cents(value)
    if isinstance(value, str) and value.startswith(wijk_rows.ATTACHMENT_PREFIX):
        return "(bijlage)"
    text = str(value)
    return repr(text if len(text) <= 60 else text[:57] + "...")


@dataclass
class TakeResult:
    path: Path
    wijk: str
    counts: dict[str, int]
    bijlagen: int
    versleuteld: bool = False  # encrypted with the source's passphrase


@dataclass
class BringResult:
    status: str                      # 'verzonden', 'niets te verzenden', 'hervat'
    target: str
    counts: dict[str, int] = field(default_factory=dict)  # 'toegevoegd'/'gewijzigd'/'verwijderd' -> rows
    decided: list[ConflictRow] = field(default_factory=list)

    def summary(self) -> str:
        if self.status == "niets te verzenden":
            return ("Er was niets te verzenden: de bestemming heeft alle wijzigingen van deze kopie al. De kopie "
                    "is bijgewerkt met wat daar intussen is gewijzigd.")
        parts = [f"{n} {'rij' if n == 1 else 'rijen'} {what}" for what, n in self.counts.items()
                 if n and what != "logboek"]
        if self.counts.get("logboek"):
            parts.append(f"{self.counts['logboek']} {'regel' if self.counts['logboek'] == 1 else 'regels'} "
                         "in het logboek")
        done = ", ".join(parts) if parts else "geen rijen"
        extra = " (een onderbroken verzending is afgemaakt)" if self.status == "hervat" else ""
        n = len(self.decided)
        decided = f"; {n} {'keuze' if n == 1 else 'keuzes'} toegepast" if n else ""
        return f"Teruggebracht naar {self.target}{extra}: {done}{decided}. De kopie is bijgewerkt."


def _tick(progress: Progress | None, cancelled: Callable[[], bool] | None, text: str, step: int, steps: int,
          may_cancel: bool = True) -> None:
    if progress is not None:
        progress(text, step, steps)
    if may_cancel and cancelled is not None and cancelled():
        raise Cancelled("Afgebroken. Er is niets gewijzigd.")


def location_text(location: Path | str) -> str:
    """How a database is named in the copy's bookkeeping: an absolute path, or a server address
    (without a password: store/server.py refuses one in a URL)."""
    if store_db.is_server_url(location):
        from wijkdesk.store import server

        return server.parse(str(location)).text
    return str(Path(location).expanduser().resolve())


# --- meenemen -----------------------------------------------------------------------------------------


def take_wijk(source: Path | str, wijk_naam: str, target: Path | str, *, passphrase: str | None = None,
              progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> TakeResult:
    """Copy wijk `wijk_naam` of the database `source` into the new SQLite file `target`, all or nothing."""
    target = Path(target)
    if not wijk_naam or not wijk_naam.strip():
        raise OfflineError("Geef de naam van de wijk die u wilt meenemen (--wijk NAAM).")
    if target.exists():
        raise OfflineError(f"Het bestand {target} bestaat al. Kies een nieuwe naam voor de kopie; een bestaand "
                           "bestand wordt nooit overschreven.")
    if not store_db.is_server_url(source) and Path(source).resolve() == target.resolve():
        raise OfflineError("De kopie moet een ander bestand zijn dan de database waar de wijk uit komt.")
    _tick(progress, cancelled, "Database openen", 0, 4)
    store_db.open_database(source, readonly=True, passphrase=passphrase)
    source_anchor = store_db.current().attachments_anchor  # the file, or the server's shared folder
    # A copy of an encrypted database is encrypted with the same passphrase (its own salt): the residents'
    # names and addresses go on a laptop to a community centre and must not lie there readable. Its
    # attachments are encrypted as they are written.
    source_key = store_db.current().key
    copy_key = cipher.new_file_key(source_key.passphrase) if source_key is not None else None
    try:
        source_db = db.obj
        with source_db.atomic():  # one consistent state of the source
            found = wijk_rows.find_wijk(source_db, naam=wijk_naam)
            if found is None:
                names = ", ".join(wijk_rows.wijk_names(source_db)) or "(geen)"
                raise OfflineError(f"Er is geen wijk '{wijk_naam.strip()}' in {source}. Wijken daar: {names}.")
            wijk_id, wijk_uuid, naam = found
            _tick(progress, cancelled, f"Wijk '{naam}' lezen", 1, 4)
            snapshot = wijk_rows.read_wijk(source_db, wijk_id, wijk_rows.Codec(source_db))
    finally:
        store_db.close_database()
    copied = []

    def fill():
        _tick(progress, cancelled, "Kopie schrijven", 2, 4)
        copy_db = db.obj
        with copy_db.atomic():
            ledger.create(copy_db)
            writer = wijk_rows.Writer(wijk_rows.Codec(copy_db, target),
                                      place_attachment=_placer(source_anchor, target, copied, copy_key))
            _write_all(writer, snapshot, lambda: _tick(progress, cancelled, "Kopie schrijven", 2, 4))
            ledger.write_base(copy_db, snapshot)
            ledger.write_origin(copy_db, ledger.Origin(location_text(source), wijk_uuid, naam, _now()))
        _tick(progress, cancelled, "Kopie controleren", 3, 4)

    made = store_db.build_new_database(target, fill, key=copy_key)
    if made is None and not target.exists():
        raise OfflineError(f"De kopie {target} kon niet worden gemaakt.")
    _tick(progress, None, "Klaar", 4, 4, may_cancel=False)
    counts = {name: len(rows) for name, rows in snapshot.items() if rows}
    log.info("Wijk meegenomen naar %s: %s", target, counts)
    return TakeResult(target, naam, counts, len(copied), copy_key is not None)


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def _placer(from_path: Path | None, to_path: Path | None, copied: list,
            key: cipher.FileKey | None = None) -> Callable[[str], str]:
    """Stores a portable attachment (`bijlage:3f/…`) in the attachment folder of `to_path`, copying the
    file from beside `from_path`; returns the value to store there."""

    def place(value: str) -> str:
        inside = value[len(wijk_rows.ATTACHMENT_PREFIX):]
        if from_path is None or to_path is None:  # a server keeps no attachment folder of its own here
            return f"{attachments.folder(to_path or Path('wijkdesk.db')).name}/{inside}"
        stored = f"{attachments.folder(from_path).name}/{inside}"
        source_file = attachments.readable_copy(from_path, stored)
        if not source_file.is_file():
            log.warning("Bijlage %s ontbreekt bij %s; de verwijzing gaat mee zonder bestand", inside, from_path)
            return f"{attachments.folder(to_path).name}/{inside}"
        placed = attachments.add(to_path, source_file, key)
        copied.append(placed)
        return placed

    return place


def _write_all(writer: wijk_rows.Writer, snapshot: dict, tick: Callable[[], None]) -> None:
    """Insert every row of a snapshot into an empty database, parents first."""
    for model in wijk_rows.wijk_models():
        rows = snapshot.get(model.__name__, {})
        items = list(rows.items())
        for start in range(0, len(items), 3000):
            writer.insert_many(model, items[start:start + 3000])
            tick()
        for uuid, row in rows.items():
            writer.set_self_references(model, uuid, row)


# --- terugbrengen --------------------------------------------------------------------------------------


def copy_origin(copy_path: Path | str) -> ledger.Origin | None:
    """Where the offline copy at `copy_path` came from (None: not a copy made by meenemen)."""
    opened = store_db.current()
    if opened is not None and opened.path is not None and Path(copy_path).resolve() == Path(opened.path).resolve():
        # The database this process has open (the window asks at every refresh): its own connection
        # answers. Opening the file again here (a raw read of its header, SQLCipher's own SQLite) and
        # closing it drops the POSIX locks SQLite holds for the open connection; a second program
        # closing the file then takes it for unused and deletes its -wal under the window's feet.
        return ledger.read_origin(db.obj)
    copy_db = _connect_copy(Path(copy_path), readonly=True)
    try:
        return ledger.read_origin(copy_db)
    finally:
        copy_db.close()


def _connect_copy(path: Path, readonly: bool = False) -> SqliteDatabase:
    """A connection to the copy file that is NOT bound to the models (they serve the target meanwhile)."""
    # Also refuses a copy whose tables another program changed (migrations.require_current_tables): a
    # trigger on it ran inside terugbrengen's own writes, and one emptied the copy's expenses, which the
    # next bring-back then deleted from the target.
    version = store_db.inspect_file(path)
    if version < migrations.LATEST_VERSION:
        raise OfflineError(f"De kopie {path} heeft een oudere opbouw (schema {version}). Open hem eenmaal in "
                           "WijkDesk (dan wordt hij bijgewerkt) en breng hem daarna terug.")
    key = store_db.cipher.key_for_file(path) if store_db.cipher.is_encrypted(path) else None
    if key is not None:
        database = store_db.cipher.EncryptedSqliteDatabase(
            str(path), key, pragmas=store_db.READONLY_PRAGMAS if readonly else store_db.SQLITE_PRAGMAS)
    elif readonly:
        database = SqliteDatabase(store_db.sqlite_file.readonly_uri(path), uri=True, pragmas=store_db.READONLY_PRAGMAS)
    else:
        database = SqliteDatabase(str(path), pragmas=store_db.SQLITE_PRAGMAS)
    database.connect()
    return database


def bring_back(copy_path: Path | str, target: Path | str | None = None, *,
               decisions: dict[str, str] | None = None, houd: str | None = None, reden: str = "",
               passphrase: str | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> BringResult:
    """Send the changes of the offline copy at `copy_path` to `target` (default: where it came from).

    `decisions` maps a conflict's key to 'mijn'/'hun'; `houd` ('mijn'/'hun') decides every other one.
    Raises ConflictsFound (nothing sent) when a conflict is left undecided, OverrideRequired when the
    result over-commits a budget and no `reden` is given, OfflineError for anything else; in every such
    case nothing changed on either side.
    """
    copy_path = Path(copy_path)
    lock = DatabaseLock(copy_path)
    _checkpoint("start")
    store_db.inspect_file(copy_path)
    lock.acquire()
    copy_db = None
    try:
        copy_db = _connect_copy(copy_path)
        origin = ledger.read_origin(copy_db)
        if origin is None:
            raise OfflineError(f"{copy_path} is geen meegenomen wijk (gemaakt met 'Wijk meenemen'): er is niets "
                               "om terug te brengen. Kies de kopie die u eerder hebt meegenomen.")
        target = target if target is not None else origin.bron
        if not str(target).strip():  # an empty --naar, or a copy whose record of its source was emptied
            raise OfflineError(f"Er is geen bestemming om {copy_path.name} naartoe te brengen. Geef de database "
                               "op waar de wijk naartoe moet (--naar). Er is niets verzonden.")
        if not store_db.is_server_url(target) and Path(target).resolve() == copy_path.resolve():
            raise OfflineError("De bestemming is de kopie zelf. Kies de database waar de wijk naartoe moet.")
        target_text = location_text(target)
        same_origin = target_text == origin.bron
        _tick(progress, cancelled, "Bestemming openen", 0, 5)
        store_db.open_database(target, create=False, passphrase=passphrase)
        try:
            target_path = store_db.current().attachments_anchor  # the file, or the server's shared folder
            pending = ledger.pending_send(copy_db)
            if pending is not None:
                if AuditLog.select().where(AuditLog.uuid == pending.token).exists():
                    # The target committed that send; only the copy's update was left.
                    _mirror(copy_db, copy_path, target_path, origin, pending.token, pending.doel)
                    return BringResult("hervat", pending.doel)
                with copy_db.atomic():
                    ledger.finish_send(copy_db, pending.token, "afgebroken", "niet aangekomen; opnieuw verzonden")
            return _send(copy_db, copy_path, origin, target_text, target_path, same_origin,
                         decisions or {}, houd, reden, progress, cancelled)
        finally:
            store_db.close_database()
    finally:
        if copy_db is not None:
            copy_db.close()
        lock.release()


def _send(copy_db, copy_path: Path, origin: ledger.Origin, target_text: str, target_path: Path | None,
          same_origin: bool, decisions: dict, houd: str | None, reden: str, progress, cancelled) -> BringResult:
    _tick(progress, cancelled, "Kopie lezen", 1, 5)
    with copy_db.atomic():
        copy_wijk = wijk_rows.find_wijk(copy_db, uuid=origin.wijk_uuid)
        if copy_wijk is None:
            raise OfflineError(f"De wijk '{origin.wijk_naam}' staat niet meer in de kopie {copy_path}. Er is niets "
                               "verzonden.")
        copy_codec = wijk_rows.Codec(copy_db, copy_path)
        mine = wijk_rows.read_wijk(copy_db, copy_wijk[0], copy_codec, everything=True)
        copy_rows = (mine, copy_codec)  # the copy stays locked: the mirror afterwards starts from this
        mine = {name: dict(rows) for name, rows in mine.items()}
        try:
            base = ledger.read_base(copy_db) if same_origin else {}
        except ValueError:  # a damaged JSON text: without the base, changes here cannot be told apart
            raise OfflineError(
                f"De boekhouding van de kopie {copy_path.name} (tabel offline_basis) is beschadigd: WijkDesk kan "
                "niet zien wat hier is gewijzigd. Er is niets verzonden. Bewaar deze kopie en neem contact op met "
                "wie WijkDesk beheert; typ de wijzigingen zo nodig over in de database van bestemming.") from None
    if not same_origin:
        # Another database than the one it came from: the base says nothing about it. Settings for every
        # wijk are that database's own business (they have other ids there); the rest goes as new or is
        # compared field by field.
        mine.pop("Instelling", None)
        mine["Instelling"] = {u: r for u, r in _copy_settings(copy_db, origin).items()}
    text = f"Wijk '{copy_wijk[2]}' terugbrengen van {copy_path.name}"
    result = BringResult("verzonden", target_text, {"toegevoegd": 0, "gewijzigd": 0, "verwijderd": 0})
    token = str(uuidlib.uuid4())
    _tick(progress, cancelled, "Vergelijken", 2, 5)
    with changes.change(text):
        target_db = db.obj
        codec = wijk_rows.Codec(target_db, target_path)
        there = wijk_rows.find_wijk(target_db, uuid=origin.wijk_uuid)
        theirs = wijk_rows.read_wijk(target_db, there[0], codec) if there else {}
        seen = {name: dict(rows) for name, rows in theirs.items()}  # + rows found outside the wijk
        merges = _merge(target_db, codec, base, mine, seen, decisions, houd)
        undecided = [c for m in merges for c in m.conflicts]
        if undecided:
            raise ConflictsFound(_with_last_change([_conflict_row(c, base, mine, seen) for c in undecided]))
        result.decided = [_conflict_row(c, base, mine, seen) for m in merges for c in m.decided]
        todo = [m for m in merges if m.action]
        _refuse_bad_values(todo)
        if not todo:
            result.status = "niets te verzenden"
        else:
            _tick(progress, cancelled, "Verzenden", 3, 5)
            with copy_db.atomic():
                ledger.begin_send(copy_db, token, target_text)
            _checkpoint("journal")
            try:
                _apply(todo, codec, target_path, copy_path, seen, reden, result, progress, cancelled)
                _tick(progress, cancelled, "Verzenden", 3, 5)
                summary = json.dumps(result.counts, sort_keys=True)
                reason = f"van offline kopie {copy_path.name}" + (f"; {reden.strip()}" if reden.strip() else "")
                AuditLog.insert(uuid=token, actie="teruggebracht", tabel="wijk", rij_uuid=origin.wijk_uuid,
                                gebruiker=_user(), wijzigingen=summary, reden=reason).execute()
                _checkpoint("before_commit")
            except BaseException:
                # Refused or cancelled before the commit: the change rolls back, so the send did not happen.
                with copy_db.atomic():
                    ledger.finish_send(copy_db, token, "afgebroken", "niet verzonden")
                raise
    _checkpoint("committed")
    _tick(progress, None, "Kopie bijwerken", 4, 5, may_cancel=False)
    if result.status == "niets te verzenden":
        # Nothing went, but what changed there since still comes to the copy (and becomes its base,
        # so a later send does not see those rows as changed on both sides).
        token = ""
    _mirror(copy_db, copy_path, target_path, origin, token, target_text, mine=copy_rows,
            base=base if same_origin else None, theirs=theirs if not token else None)
    _tick(progress, None, "Klaar", 5, 5, may_cancel=False)
    log.info("Wijk teruggebracht naar %s: %s", target_text, result.counts)
    return result


def _user() -> str:
    from wijkdesk.services import audit

    return audit.current_user()


def _copy_settings(copy_db, origin) -> dict:
    """The copy's settings that belong to its wijk (not those for every wijk)."""
    found = wijk_rows.find_wijk(copy_db, uuid=origin.wijk_uuid)
    codec = wijk_rows.Codec(copy_db)
    from wijkdesk.store.models import Instelling

    rows = {}
    for values in wijk_rows._select(Instelling, Instelling.wijk == found[0], copy_db):
        codec.learn(Instelling, values["id"], values["uuid"])
        uuid, row = codec.portable(Instelling, values)
        rows[uuid] = row
    return rows


def _merge(target_db, codec, base: dict, mine: dict, theirs: dict, decisions: dict, houd) -> list:
    merges = []
    for model in wijk_rows.wijk_models():
        name = model.__name__
        b, m, t = base.get(name, {}), mine.get(name, {}), theirs.get(name, {})
        wanted = [u for u in (set(m) | set(b)) if u not in t]
        outside: set[str] = set()
        if wanted:  # rows no longer in the target's wijk (moved, or deleted): look them up anywhere
            t = dict(t)
            found = wijk_rows.read_rows(target_db, model, wanted, codec)
            outside = set(found) if name not in wijk_rows.SHARED_MODELS else set()
            t.update(found)
            theirs.setdefault(name, {})
            theirs[name] = t
        fields = wijk_rows.content_fields(model)
        for uuid in sorted(set(m) | set(b)):
            merged = three_way.merge_row(name, uuid, b.get(uuid), m.get(uuid), t.get(uuid), fields,
                                         decisions, houd)
            if name == "AuditLog" and merged.action != "insert":
                continue  # the audit log is only ever added to
            if merged.action in ("update", "delete") and uuid in outside:
                raise OfflineError(_outside_message(name, merged.action, b.get(uuid), m.get(uuid), t.get(uuid)))
            if merged.action or merged.conflicts or merged.decided:
                if merged.action == "update":
                    _follow_bookkeeping(model, merged, m.get(uuid), t.get(uuid))
                merges.append(merged)
    return merges


def _outside_message(name: str, action: str, *rows) -> str:
    """A copy may change only rows of its own wijk. Found by attack: rows of another wijk written into the
    copy's bookkeeping (offline_basis) made a send delete all paid expenses of a wijk never taken along."""
    what = f"{_kind(name)} '{_label(name, *rows) or '?'}'"
    doing = "verwijderen" if action == "delete" else "wijzigen"
    return (f"De kopie wil de {what} {doing}, maar die hoort in de bestemming niet bij deze wijk (nu niet, of "
            "nooit: dan is de kopie met een ander programma gewijzigd). Er is niets verzonden. Neem de wijk "
            "opnieuw mee als dit niet klopt; hoort de rij intussen bij een andere wijk, wijzig hem dan daar.")


def _refuse_bad_values(todo: list) -> None:
    """Every value the send writes has the kind its field holds: whole numbers (cents) within 64 bits,
    dates as dates, yes/no as such, known statuses, text within its length. Found by attack: a copy edited
    with another program sent 'veel' as an amount and 'hacked' as a status, and the export then stopped
    with a traceback; 1e300 or 'gisteren' stopped the send itself with one. Import refuses the same."""
    from wijkdesk.services.check import STATUS_COLUMNS

    models_by_name = {m.__name__: m for m in wijk_rows.wijk_models()}
    statuses = {model.__name__: set(allowed) for model, allowed, _what in STATUS_COLUMNS}
    for m in todo:
        if m.action not in ("insert", "update") or m.model == "AuditLog":
            continue
        model = models_by_name[m.model]
        for name, value in m.values.items():
            field_ = model._meta.fields.get(name)
            allowed = statuses.get(m.model) if name == "status" else None
            if field_ is None or isinstance(field_, ForeignKeyField):
                continue  # references are checked where they are written (MissingReference)
            if _fits(field_, value) and (allowed is None or value in allowed):
                continue
            shown = show_value(value, name) if isinstance(value, (str, int, float, bool, type(None))) else "?"
            raise OfflineError(
                f"{_kind(m.model).capitalize()} '{_label(m.model, m.values) or m.uuid[:8]}' in de kopie heeft bij "
                f"'{field_name(name)}' een waarde die daar niet kan staan: {shown[:80]}. Er is niets verzonden. Is "
                "de kopie met een ander programma gewijzigd? Verbeter de waarde in WijkDesk, of neem de wijk "
                "opnieuw mee.")


def _fits(field_, value) -> bool:
    """Whether `value`, as a copy holds it, is one the field can hold."""
    if value is None:
        return field_.null
    if isinstance(field_, BooleanField):
        return value in (0, 1) and not isinstance(value, float)
    if isinstance(field_, IntegerField):
        return isinstance(value, int) and not isinstance(value, bool) and -2**63 <= value < 2**63
    if isinstance(field_, (DateTimeField, DateField)):
        if not isinstance(value, str):
            return False
        try:
            (dt.datetime if isinstance(field_, DateTimeField) else dt.date).fromisoformat(value)
        except ValueError:
            return False
        return True
    if isinstance(field_, (CharField, TextField)):
        return isinstance(value, str) and (not getattr(field_, "max_length", None) or len(value) <= field_.max_length)
    return True


def _follow_bookkeeping(model, merged: three_way.RowMerge, mine: dict, theirs: dict) -> None:
    """An update also moves the row's version on (one past the target's) and its last-changed time."""
    if wijk_rows.has_version(model):
        merged.values["versie"] = int(theirs.get("versie") or 1) + 1
    if "gewijzigd_op" in model._meta.fields:
        merged.values["gewijzigd_op"] = max(str(mine.get("gewijzigd_op") or ""), str(theirs.get("gewijzigd_op") or ""))


def _label(name: str, *rows) -> str:
    for row in rows:
        if row:
            for f in _LABEL_FIELDS:
                if row.get(f):
                    return str(row[f])[:80]
    return ""


def _conflict_row(c: three_way.Conflict, base, mine, theirs) -> ConflictRow:
    rows = [(s.get(c.model) or {}).get(c.uuid) for s in (mine, theirs, base)]
    return ConflictRow(c, NAMES.get(c.model, (c.model.lower(),))[0], _label(c.model, *rows) or c.uuid[:8])


def _with_last_change(conflicts: list[ConflictRow]) -> list[ConflictRow]:
    """The conflicts with who changed each row last in the destination and when (its audit log, bound now)."""
    wanted = {c.conflict.uuid for c in conflicts}
    last: dict[str, tuple[str, dt.datetime]] = {}
    if wanted:
        query = (AuditLog.select(AuditLog.rij_uuid, AuditLog.gebruiker, AuditLog.tijd)
                 .where(AuditLog.rij_uuid.in_(sorted(wanted))).order_by(AuditLog.tijd, AuditLog.id))
        for rij_uuid, gebruiker, tijd in query.tuples():
            last[rij_uuid] = (gebruiker, tijd)  # in time order: the latest stays
    return [ConflictRow(c.conflict, c.soort_rij, c.label, *last[c.conflict.uuid]) if c.conflict.uuid in last else c
            for c in conflicts]


def _apply(todo: list, codec, target_path, copy_path, theirs: dict, reden: str, result: BringResult,
           progress, cancelled) -> None:
    """Write the merged rows into the target (bound, inside the open change), money rules checked."""
    from wijkdesk.services import budget

    models_by_name = {m.__name__: m for m in wijk_rows.wijk_models()}
    order = {m.__name__: i for i, m in enumerate(wijk_rows.wijk_models())}

    def register(model, row_id, created):
        if model is AuditLog:
            return
        if created:
            changes.created_ids(model, [row_id])
        else:
            changes.touch_ids(model, [row_id])

    writer = wijk_rows.Writer(codec, on_write=register, place_attachment=_placer(copy_path, target_path, []))
    budget_ids = set()
    for m in todo:
        if m.model not in MONEY_MODELS:
            continue
        for row in (m.values, (theirs.get(m.model) or {}).get(m.uuid) or {}):
            ref = m.uuid if m.model == "Meedoenbudget" else row.get("budget")
            found = codec.id_for(models_by_name["Meedoenbudget"], ref) if ref else None
            if found is not None:
                budget_ids.add(found)
    if reden.strip():
        changes.override(reden)
    current = [None]
    try:
        with budget.money_guard_full(budget_ids, reden):
            inserts = sorted((m for m in todo if m.action == "insert"), key=lambda m: order[m.model])
            for model in wijk_rows.wijk_models():
                mine = [m for m in inserts if m.model == model.__name__]
                for start in range(0, len(mine), 300):
                    part = mine[start:start + 300]
                    current[0] = part[0] if len(part) == 1 else None
                    try:
                        writer.insert_many(model, [(m.uuid, m.values) for m in part])
                    except (IntegrityError, wijk_rows.MissingReference):
                        if len(part) == 1:
                            raise
                        for m in part:  # one by one, to name the row the database refuses
                            current[0] = m
                            writer.insert(model, m.uuid, m.values)
                    _tick(progress, cancelled, "Verzenden", 3, 5)
            for m in inserts:
                current[0] = m
                writer.set_self_references(models_by_name[m.model], m.uuid, m.values)
            for m in (m for m in todo if m.action == "update"):
                current[0] = m
                writer.update(models_by_name[m.model], m.uuid, m.values)
            deletes = sorted((m for m in todo if m.action == "delete"), key=lambda m: -order[m.model])
            for m in deletes:
                current[0] = m
                writer.clear_self_references(models_by_name[m.model], m.uuid)
            for m in deletes:
                current[0] = m
                writer.delete(models_by_name[m.model], m.uuid)
        _refuse_doubled_ballots(codec, todo)
    except IntegrityError as exc:
        m = current[0]
        # The first line only: PostgreSQL's DETAIL line quotes the values (a log holds no personal data).
        log.warning("Terugbrengen geweigerd door de database: %s", str(exc).splitlines()[0] if str(exc) else exc)
        raise OfflineError(_integrity_message(m, theirs)) from None
    except wijk_rows.MissingReference as exc:
        m = current[0]
        raise OfflineError(
            f"{_kind(m.model).capitalize()} '{_label(m.model, m.values) or m.uuid[:8]}' verwijst naar een "
            f"{_kind(exc.rel_model.__name__)} die in de bestemming intussen is verwijderd. Er is niets verzonden; "
            "kies bij die regel 'hun', of zet de verwijzing in deze kopie op iets anders.") from None
    for m in todo:
        key = "logboek" if m.model == "AuditLog" else {"insert": "toegevoegd", "update": "gewijzigd",
                                                       "delete": "verwijderd"}[m.action]
        result.counts[key] = result.counts.get(key, 0) + 1


def _refuse_doubled_ballots(codec, todo: list) -> None:
    """Two laptops that typed the same ballot number of a round (each its own entry): refused as the
    merge of entries between laptops refuses it (services/invoer_delen.py), never two ballots 12."""
    from peewee import fn

    from wijkdesk.store.models import Stembiljet

    rounds = {m.values.get("ronde") for m in todo if m.model == "Stembiljet" and m.action == "insert"}
    ids = [codec.id_for(Stembiljet.ronde.rel_model, uuid) for uuid in rounds if uuid]
    if not ids:
        return
    doubled = (Stembiljet.select(Stembiljet.volgnummer, Stembiljet.invoer)
               .where(Stembiljet.ronde.in_(ids), Stembiljet.vervangt.is_null())
               .group_by(Stembiljet.ronde, Stembiljet.invoer, Stembiljet.volgnummer)
               .having(fn.COUNT(Stembiljet.id) > 1).tuples().first())
    if doubled:
        volgnummer, invoer = doubled
        raise OfflineError(
            f"Stembiljet {volgnummer} ({'eerste' if invoer == 1 else 'tweede'} invoer) is op beide plaatsen "
            "ingevoerd, met een andere invoer. Er is niets verzonden: spreek af wie welke nummers invoert, "
            "verbeter of laat vervallen wat dubbel is (in deze kopie), en breng de wijk opnieuw terug.")


def _kind(model_name: str) -> str:
    return NAMES.get(model_name, (model_name.lower(),))[0]


def _integrity_message(m, theirs) -> str:
    if m is None:
        return "De bestemming weigert de wijzigingen. Er is niets verzonden."
    what = f"{_kind(m.model)} '{_label(m.model, m.values, (theirs.get(m.model) or {}).get(m.uuid)) or m.uuid[:8]}'"
    if m.action == "delete":
        return (f"De {what} is hier verwijderd, maar in de bestemming hoort er intussen iets anders bij. Er is niets "
                "verzonden; kies bij die regel 'hun' (bewaren) of verwijder eerst wat erbij hoort.")
    # "al bestaat", not "intussen gemaakt": on another laptop (--naar) the row may never have been new.
    return (f"De {what} botst met een rij die in de bestemming al bestaat (dezelfde naam, hetzelfde jaar "
            "of hetzelfde nummer). Er is niets verzonden; geef het hier een andere naam of verwijder het, en breng "
            "de wijk opnieuw terug.")


def _mirror(copy_db, copy_path: Path, target_path: Path | None, origin: ledger.Origin, token: str,
            target_text: str, mine: tuple | None = None, base: dict | None = None,
            theirs: dict | None = None) -> None:
    """Make the copy's wijk equal to the target's and make that the new base; close the send.

    The target is read now, unless `theirs` is given: what a transaction that wrote nothing read (one
    consistent state; anything later is "changed there" next time). `mine`, `base`: the copy and its
    base as this run read them under the copy's lock (saves reading 100,000 rows twice).
    One transaction on the copy: a kill leaves the send open, and the next run does this again."""
    target_db = db.obj
    there = wijk_rows.find_wijk(target_db, uuid=origin.wijk_uuid)
    if theirs is None:
        with target_db.atomic():
            theirs = wijk_rows.read_wijk(target_db, there[0], wijk_rows.Codec(target_db)) if there else {}
    with copy_db.atomic():
        copy_db.execute_sql("PRAGMA defer_foreign_keys = ON")
        if mine is not None:  # read by this run a moment ago, under the copy's lock
            mine, codec = mine
        else:
            here = wijk_rows.find_wijk(copy_db, uuid=origin.wijk_uuid)
            codec = wijk_rows.Codec(copy_db, copy_path)
            mine = wijk_rows.read_wijk(copy_db, here[0], codec, everything=True) if here else {}
        writer = wijk_rows.Writer(codec, place_attachment=_placer(target_path, copy_path, []))
        ordered = wijk_rows.wijk_models()
        for model in reversed(ordered):
            gone = [u for u in (mine.get(model.__name__) or {}) if u not in (theirs.get(model.__name__) or {})]
            for uuid in gone:
                writer.clear_self_references(model, uuid)
            for uuid in gone:
                writer.delete(model, uuid)
        _checkpoint("mirror")
        for model in ordered:
            have, want = mine.get(model.__name__) or {}, theirs.get(model.__name__) or {}
            writer.insert_many(model, [(uuid, row) for uuid, row in want.items() if uuid not in have])
            for uuid, row in want.items():
                if uuid not in have:
                    writer.set_self_references(model, uuid, row)
                else:
                    changed = {k: v for k, v in row.items() if have[uuid].get(k) != v}
                    writer.update(model, uuid, changed)
        ledger.write_base(copy_db, theirs, old=base)
        name = (there[2] if there else origin.wijk_naam)
        ledger.write_origin(copy_db, ledger.Origin(target_text, origin.wijk_uuid, name, _now()))
        if token:
            ledger.finish_send(copy_db, token, "klaar", "aangekomen")


# A test hook: the kill -9 tests stop the process at these named moments (no-op otherwise).
def _checkpoint(name: str) -> None:
    hook = _checkpoint_hook
    if hook is not None:
        hook(name)


_checkpoint_hook: Callable[[str], None] | None = None


def all_tables() -> frozenset[str]:
    """Every table a bringing back may have changed in the copy: what a window refreshes afterwards."""
    return frozenset(m._meta.table_name for m in wijk_rows.wijk_models())


def describe_counts(counts: dict[str, int]) -> str:
    return ", ".join(count_phrase(n, name) for name, n in counts.items() if n and name != "AuditLog")
