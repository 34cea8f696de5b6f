"""AVG art. 17: erasing a person so that nothing of them is left, and keeping it that way.

One erase removes the person, their memberships and their name on submitted ideas; free text that
names them (found by the same scrubber the finance export uses, and shown to the user first) is
scrubbed; the audit log's values and reasons and the log files are scrubbed; the database file is
rebuilt and its WAL emptied; every backup and every file a restore set aside is rewritten without
them. The erasure list (`store.erasures`, salted hashes only) lets a restore of an older copy erase
them again, lets `check` notice a person who came back, and keeps their data out of later exports.

The window (Bewonersgroepen, "Persoon wissen"), `wijkdesk erase-person` and the tests all call
`find_mentions` and `erase_person` here.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from peewee import CharField, TextField

from wijkdesk.domain.privacy import ErasedKeys, Scrubber, person_keys, salted
from wijkdesk.services import common
from wijkdesk.services.errors import ServiceError
from wijkdesk.store import database as store_database
from wijkdesk.store import cipher, erasures, models, sqlite_file, text_index
from wijkdesk.store.errors import BackupError, DatabaseOpenError, PassphraseRequiredError
from wijkdesk.store.models import ALL_MODELS, AuditLog, Persoon, db
from wijkdesk.store.server import is_server

log = logging.getLogger(__name__)

REASON = "persoonsgegevens gewist (AVG)"
REASON_TEXT = "naam van een gewiste persoon uit de tekst gehaald (AVG)"
REASON_AGAIN = "opnieuw gewist na terugzetten van een oudere kopie (AVG)"
# Columns that hold codes or file paths, not text a user typed (a receipt's path must keep working;
# what is inside receipt files is not read: docs/privacy.md says so).
_NOT_FREE_TEXT = {"uuid", "status", "soort", "rol", "stemwijze", "invoerwijze", "regel", "aanvulling",
                  "tevredenheid", "uitslag", "keuzes", "onderwerp_tabel", "onderwerp_uuid", "rij_uuid",
                  "tabel", "actie", "bonnetje"}
# A short description of a row in the list of mentions: its first column that says what it is.
_TITLE_COLUMNS = ("titel", "naam", "omschrijving", "tekst", "zaaknummer", "datum")

Keep = frozenset  # of (table, row uuid, column): mentions the user chose to keep


@dataclass(frozen=True)
class Vermelding:
    """A free-text field that names the person: where it is, what it says, and what it becomes."""

    tabel: str
    rij_uuid: str
    kolom: str
    omschrijving: str  # "Idee 'Bloembakken', omschrijving"
    tekst: str
    wordt: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.tabel, self.rij_uuid, self.kolom


@dataclass
class WisResultaat:
    """What an erase did, for the message to the user and for undo."""

    personen: int = 0              # persons erased (more than one when erasures are re-applied)
    teksten: int = 0               # free-text fields scrubbed in the database
    logregels: int = 0             # audit rows scrubbed
    logbestanden: int = 0          # log files rewritten
    kopieen: list[Path] = field(default_factory=list)     # backups and set-aside files rewritten
    problemen: list[str] = field(default_factory=list)    # what could not be done, in Dutch
    snapshot: common.Snapshot = field(default_factory=list, repr=False)
    id_hash: str = ""


def _db_path() -> Path:
    """The database file, or for a server database its stand-in in the shared folder: the erasure list
    (`wijkdesk-gewist.json`) lives there, beside the attachments, where every user's WijkDesk finds it."""
    opened = store_database.current()
    if opened is None:
        raise ServiceError("Er is geen database geopend.")
    if opened.attachments_anchor is None:
        raise ServiceError(
            "De database staat op een server. De lijst van gewiste personen (AVG) wordt dan bewaard in de "
            "gedeelde map voor bijlagen, maar die is op deze computer niet ingesteld. Stel hem in bij "
            "Instellingen (Bijlagen van de serverdatabase) of met WIJKDESK_BIJLAGEN_MAP. Er is niets gewist.")
    return opened.attachments_anchor


class _Conn:
    """The erase's SQL on either backend: `?` placeholders and the catalogue questions it asks.

    The erase runs on the live database (SQLite or the server) and on SQLite copies (backups); one set
    of statements serves both, through this thin wrapper around the DB-API connection."""

    def __init__(self, conn, on_server: bool):
        self.conn, self.on_server = conn, on_server

    def execute(self, sql: str, params=()):
        if self.on_server:
            return self.conn.execute(sql.replace("?", "%s"), params)
        return self.conn.execute(sql, params)

    def columns(self, table: str) -> set[str]:
        if self.on_server:
            return {r[0] for r in self.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND table_schema = current_schema()", (table,))}
        return {r[1] for r in self.conn.execute(f'PRAGMA table_info("{table}")')}

    def has_table(self, table: str) -> bool:
        return bool(self.columns(table))


def _wrap(conn) -> _Conn:
    if isinstance(conn, _Conn):
        return conn
    return _Conn(conn, on_server=type(conn).__module__.startswith("psycopg"))


def _live_connection() -> _Conn:
    return _Conn(db.connection(), on_server=is_server(db))


def _person_terms(persoon) -> list[str]:
    return [t for t in (persoon.naam, persoon.email, persoon.telefoon) if t and t.strip()]


def _text_columns() -> dict[str, list[str]]:
    """table -> its free-text columns, for every table except the person's own and the audit log."""
    out = {}
    for model in ALL_MODELS:
        if model in (Persoon, AuditLog):
            continue
        cols = [f.column_name for f in model._meta.sorted_fields
                if isinstance(f, (CharField, TextField)) and f.name not in _NOT_FREE_TEXT]
        if cols:
            out[model._meta.table_name] = cols
    return out


def _columns_in(conn) -> dict[str, list[str]]:
    """`_text_columns()` as far as this file has them (an older backup may lack newer columns)."""
    conn = _wrap(conn)
    out = {}
    for table, cols in _text_columns().items():
        present = conn.columns(table)
        if present:
            out[table] = [c for c in cols if c in present and "uuid" in present]
    return {t: c for t, c in out.items() if c}


def _model_names() -> dict[str, str]:
    return {m._meta.table_name: m.__name__ for m in ALL_MODELS}


def find_mentions(persoon, conn: sqlite3.Connection | None = None) -> list[Vermelding]:
    """Every free-text field in the database that names `persoon` (name in any form, e-mail, phone)."""
    persoon = common.get(Persoon, persoon, "persoon")
    scrubber = Scrubber(_person_terms(persoon))
    conn = _wrap(conn) if conn is not None else _live_connection()
    names = _model_names()
    found = []
    for table, cols in _columns_in(conn).items():
        title = next((c for c in _TITLE_COLUMNS if c in cols), None)
        one = common.NAMES.get(names.get(table, ""), (table,))[0].capitalize()
        for col in cols:
            hits = [v for (v,) in conn.execute(f'SELECT DISTINCT "{col}" FROM "{table}" WHERE "{col}" != \'\'')
                    if isinstance(v, str) and scrubber.finds(v)]
            for value in hits:
                title_sql = f'"{title}"' if title else "''"
                for uuid, row_title in conn.execute(
                        f'SELECT uuid, {title_sql} FROM "{table}" WHERE "{col}" = ? ORDER BY id', (value,)).fetchall():
                    where = col.replace("_", " ")
                    label = (f"{one}, {where}" if col == title or not row_title
                             else f"{one} '{_short(scrubber.clean(str(row_title)))}', {where}")
                    found.append(Vermelding(table, uuid, col, label, value, scrubber.clean(value)))
    return found


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _scrub_json(value, clean):
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [_scrub_json(v, clean) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_json(v, clean) for k, v in value.items()}
    return value


def _erase_rows(conn: sqlite3.Connection, person_uuid: str, scrubber: Scrubber,
                keep: Keep) -> list[tuple[str, int, str, str, str]]:
    """Remove the person and scrub every mention and audit value through `conn` (live file or a copy).

    Returns the changes made to rows that stay, as (table, id, uuid, column, old value), for undo.
    `keep` holds mentions the user chose to keep (in a copy too: the same row and column).
    """
    conn = _wrap(conn)
    changes = []
    row = conn.execute("SELECT id FROM persoon WHERE uuid = ?", (person_uuid,)).fetchone()
    if row is not None:
        pid = row[0]
        conn.execute("UPDATE idee SET ingediend_door_persoon_id = NULL WHERE ingediend_door_persoon_id = ?", (pid,))
        conn.execute("DELETE FROM lidmaatschap WHERE persoon_id = ?", (pid,))
        conn.execute("DELETE FROM persoon WHERE id = ?", (pid,))
    for table, cols in _columns_in(conn).items():
        for col in cols:
            # Distinct values only: an export-sized table repeats its texts (suppliers, descriptions).
            hits = [v for (v,) in conn.execute(f'SELECT DISTINCT "{col}" FROM "{table}" WHERE "{col}" != \'\'')
                    if isinstance(v, str) and scrubber.changes(v) is not None]
            for value in hits:
                cleaned = scrubber.changes(value)
                for rid, uuid in conn.execute(f'SELECT id, uuid FROM "{table}" WHERE "{col}" = ?', (value,)).fetchall():
                    if (table, uuid, col) in keep:
                        continue
                    conn.execute(f'UPDATE "{table}" SET "{col}" = ? WHERE id = ?', (cleaned, rid))
                    changes.append((table, rid, uuid, col, value))
    if conn.has_table("audit_log"):
        for rid, uuid, wijzigingen, reden in conn.execute(
                "SELECT id, uuid, wijzigingen, reden FROM audit_log").fetchall():
            new_reden = (scrubber.changes(reden) or reden) if reden else reden
            new_w = wijzigingen
            if wijzigingen and scrubber.changes(wijzigingen) is not None:
                try:
                    new_w = json.dumps(_scrub_json(json.loads(wijzigingen), scrubber.clean),
                                       ensure_ascii=False, sort_keys=True)
                except ValueError:
                    new_w = scrubber.clean(wijzigingen)
            if new_w != wijzigingen or new_reden != reden:
                conn.execute("UPDATE audit_log SET wijzigingen = ?, reden = ? WHERE id = ?", (new_w, new_reden, rid))
                changes.append(("audit_log", rid, uuid, "wijzigingen", wijzigingen))
                changes.append(("audit_log", rid, uuid, "reden", reden))
    # The list filters' text indexes kept pieces of the old texts (until a merge): build them anew.
    # (On the server the trigram indexes follow the rows; VACUUM after the erase clears old versions.)
    if not conn.on_server:
        text_index.purge(conn)
    return changes


def _undo_snapshot(rows_before: common.Snapshot, changes) -> common.Snapshot:
    """The snapshot for undo: the deleted rows whole, the scrubbed fields with their old values."""
    names = _model_names()
    merged: dict[tuple[str, int], dict] = {}
    for table, rid, uuid, col, old in changes:
        merged.setdefault((names[table], rid), {"id": rid, "uuid": uuid})[col] = old
    return list(rows_before) + [(model, data) for (model, _rid), data in merged.items()]


def erase_person(persoon, keep: Iterable[tuple[str, str, str]] = (),
                 progress: Callable[[str], None] | None = None) -> WisResultaat:
    """AVG: erase `persoon` everywhere WijkDesk keeps data (see the module docstring).

    `keep` lists mentions (from `find_mentions`) the user chose to keep as they are.
    Raises ServiceError (nothing changed) when the person is gone or the erasure list cannot be written.
    """
    say = progress or (lambda _text: None)
    persoon = common.get(Persoon, persoon, "persoon")
    db_path = _db_path()
    keep = Keep(keep)
    scrubber = Scrubber(_person_terms(persoon))
    erased = _load(db_path)
    result = WisResultaat(personen=1, id_hash=salted(erased.salt, persoon.uuid))
    entry = {"id": result.id_hash, "gewist_op": erasures.today(),
             "sleutels": person_keys(erased.salt, persoon.naam, persoon.email, persoon.telefoon)}
    person_uuid = persoon.uuid
    say("Persoon wissen uit de database")
    try:
        with db.atomic():
            ideas = list(persoon.ideeen)
            members = list(persoon.lidmaatschappen)
            before = common.snapshot_rows([persoon, *members, *ideas])
            for lid in members:
                common.audit_record("verwijderd", lid, {}, REASON)
            common.audit_record("verwijderd", persoon, {}, REASON)
            changes = _erase_rows(_live_connection(), person_uuid, scrubber, keep)
            result.snapshot = _undo_snapshot(before, changes)
            result.teksten = len({(t, r, c) for t, r, _u, c, _o in changes if t != "audit_log"})
            result.logregels = len({r for t, r, *_ in changes if t == "audit_log"})
            names = _model_names()
            for table, rid in sorted({(t, r) for t, r, *_ in changes if t != "audit_log"}):
                common.audit_record("gewijzigd", common.get(getattr(models, names[table]), rid), {}, REASON_TEXT)
            # Every row the erase rewrote gets its next version (issue 15): a window elsewhere that still
            # shows the name is refused when it saves, instead of writing the name back.
            written = {(t, r) for t, r, *_ in changes if t != "audit_log"} | {("idee", i.id) for i in ideas}
            for table, rid in written:
                db.execute_sql(f'UPDATE "{table}" SET "versie" = "versie" + 1 WHERE "id" = {db.obj.param}', (rid,))
            if not erased.has(result.id_hash):
                erased.persons.append(entry)
            erasures.save(db_path, erased)  # inside the transaction: if it fails, nothing is erased
    except (OSError, BackupError) as exc:
        raise ServiceError(f"Wissen is niet gelukt: de lijst van gewiste personen kon niet worden "
                           f"opgeslagen ({exc}). Er is niets gewist.") from exc
    say("Databasebestand opschonen")
    result.problemen += erasures.wipe_free_space(db)
    say("Logboek opschonen")
    result.logbestanden = _scrub_log_files(scrubber, result)
    _rewrite_copies(db_path, person_uuid, scrubber, keep, result, say)
    log.info("Persoon gewist (AVG): %d teksten, %d logregels, %d kopieën", result.teksten, result.logregels,
             len(result.kopieen))
    return result


def _load(db_path: Path) -> erasures.ErasureList:
    """The erasure list; an unreadable one refuses the action (ServiceError), never starts a new list."""
    try:
        return erasures.load(db_path)
    except BackupError as exc:
        raise ServiceError(str(exc)) from exc


def _scrub_log_files(scrubber: Scrubber, result: WisResultaat) -> int:
    count = 0
    for path in erasures.log_files():
        try:
            count += erasures.rewrite_text_file(path, scrubber.clean)
        except OSError as exc:
            result.problemen.append(f"het logbestand {path} kon niet worden opgeschoond ({exc})")
    return count


def _rewrite_copies(db_path: Path, person_uuid: str, scrubber: Scrubber, keep: Keep, result: WisResultaat,
                    say) -> None:
    """Erase the person from every backup and set-aside copy, scrubbing all mentions but the kept ones."""
    copies = erasures.database_copies(db_path)
    for n, path in enumerate(copies, 1):
        say(f"Reservekopie {n} van {len(copies)} opschonen")

        def change(conn):
            # The copy may hold older contact details of the person: scrub those too.
            old = conn.execute("SELECT naam, email, telefoon FROM persoon WHERE uuid = ?", (person_uuid,)).fetchone()
            extra = [t for t in (old or ()) if t and t not in scrubber.terms]
            _erase_rows(conn, person_uuid, Scrubber([*scrubber.terms, *extra]) if extra else scrubber, keep)

        try:
            erasures.rewrite_copy(path, change)
            result.kopieen.append(path)
        except DatabaseOpenError as exc:  # BackupError, or an encrypted copy with another passphrase
            result.problemen.append(_copy_problem(path, exc))


def _copy_problem(path: Path, exc: DatabaseOpenError) -> str:
    """What to tell the user about a copy the erase could not rewrite."""
    if isinstance(exc, PassphraseRequiredError):
        # No passphrase was typed for it: "het wachtwoord klopt niet, probeer het opnieuw" would mislead.
        return (f"de kopie {path} is versleuteld met een ander wachtwoord (van vóór een wachtwoordwijziging, "
                "of van een teruggezette kopie) en kon niet worden opgeschoond; verwijder die zelf, of "
                "zet hem terug met zijn eigen wachtwoord en wis de persoon daarna opnieuw")
    return f"de kopie {path} kon niet worden opgeschoond ({exc}); verwijder die zelf"


def undo_erase(result: WisResultaat) -> None:
    """Undo an erase made in this session: the rows come back and the person leaves the erasure list.

    Backups rewritten by the erase stay without the person; the next backup has them again.
    """
    db_path = _db_path()
    with db.atomic():
        common.restore(result.snapshot)
        erased = _load(db_path)
        erased.persons = [p for p in erased.persons if p["id"] != result.id_hash]
        erasures.save(db_path, erased)


# --- After a restore, in check and in the export -----------------------------------------------------


def erased_keys(db_path: Path | None = None) -> ErasedKeys | None:
    """The salted hashes of the persons erased from this database, for the export's scrubber."""
    path = db_path or (store_database.current().attachments_anchor if store_database.current() else None)
    if path is None:
        return None
    erased = _load(path)
    keys = ErasedKeys(erased.salt, [p.get("sleutels", {}) for p in erased.persons])
    return keys if keys else None


def returned_persons(db_path: Path | None = None) -> list[Persoon]:
    """Persons in the database that were erased before (brought back by an older copy)."""
    path = db_path or _db_path()
    erased = _load(path)
    ids = erased.ids()
    if not ids:
        return []
    return [p for p in Persoon.select() if salted(erased.salt, p.uuid) in ids]


def reapply_erasures(progress: Callable[[str], None] | None = None) -> WisResultaat:
    """Erase again everyone on the erasure list who is back: in the open database (after a restore)
    and in any backup or set-aside copy (made before an erase that was interrupted, or at this start).
    """
    say = progress or (lambda _text: None)
    total = WisResultaat()
    opened = store_database.current()
    if opened is not None and opened.is_server and opened.attachments_anchor is None:
        # A server database without its shared folder on this computer: no erasure list to read here,
        # and no WijkDesk restore puts old rows back on a server. Erasing itself says what is missing.
        return total
    db_path = _db_path()
    erased = _load(db_path)
    if not erased.persons:
        return total
    erasures.remove_leftovers(db_path)
    back = returned_persons(db_path)
    for persoon in back:
        scrubber = Scrubber(_person_terms(persoon))
        with db.atomic():
            for lid in persoon.lidmaatschappen:
                common.audit_record("verwijderd", lid, {}, REASON_AGAIN)
            common.audit_record("verwijderd", persoon, {}, REASON_AGAIN)
            changes = _erase_rows(_live_connection(), persoon.uuid, scrubber, Keep())
        total.teksten += len({(t, r, c) for t, r, _u, c, _o in changes if t != "audit_log"})
        _scrub_log_files(scrubber, total)
    if back:
        total.problemen += erasures.wipe_free_space(db)
        log.info("%d eerder gewiste perso(o)n(en) opnieuw gewist", len(back))
    ids = erased.ids()
    for path in erasures.database_copies(db_path):
        in_copy = _erased_in_copy(path, erased.salt, ids)
        if not in_copy:
            continue
        say(f"Reservekopie {path.name} opschonen")

        def change(conn, in_copy=in_copy):
            for person_uuid, terms in in_copy:
                _erase_rows(conn, person_uuid, Scrubber(terms), Keep())

        try:
            erasures.rewrite_copy(path, change)
            total.kopieen.append(path)
        except DatabaseOpenError as exc:
            total.problemen.append(_copy_problem(path, exc))
    total.personen = len(back)
    return total


def _erased_in_copy(path: Path, salt: bytes, ids: set[str]) -> list[tuple[str, list[str]]]:
    """(uuid, name/e-mail/phone) of each person in a copy who is on the erasure list."""
    try:
        conn = sqlite_file.connect_readonly(Path(path), ask=False)
        try:
            rows = conn.execute("SELECT uuid, naam, email, telefoon FROM persoon").fetchall()
        finally:
            conn.close()
    except (*cipher.Error, DatabaseOpenError) as exc:
        log.warning("Kopie %s niet gecontroleerd op gewiste personen: %s", path, exc)
        return []
    return [(uuid, [t for t in rest if t]) for uuid, *rest in rows if salted(salt, uuid) in ids]
