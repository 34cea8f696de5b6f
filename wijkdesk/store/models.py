"""Peewee models of the whole Meedoenbudget cycle.

Models bind to `db` (a DatabaseProxy): the database is opened by `store.database.open_database` in
`main()` or in a test fixture, never at import. Money is integer cents (`*_cents`). Every row has a
stable UUID (for exchange between laptops later) and created/updated timestamps. Only portable field
types are used, so that the same models run on SQLite and PostgreSQL. Money columns are
BigIntegerField: 64-bit on PostgreSQL too (its INTEGER is 32-bit, which would cap amounts at about
EUR 21 million); on SQLite every integer is 64-bit already, so the file format does not change.

Schema changes: change the model here AND add a numbered step in `store/migrations.py`.
"""
from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    AutoField,
    BigIntegerField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    Node,
    SQL,
    TextField,
)

db = DatabaseProxy()


def _uuid() -> str:
    return str(uuid.uuid4())


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    """Common columns: a stable UUID and created/updated timestamps."""

    uuid = CharField(max_length=36, unique=True, default=_uuid)
    aangemaakt_op = DateTimeField(default=_now)
    gewijzigd_op = DateTimeField(default=_now)

    class Meta:
        database = db
        legacy_table_names = False

    def save(self, *args, **kwargs):
        self.gewijzigd_op = _now()
        return super().save(*args, **kwargs)

    @classmethod
    def get_by_id(cls, pk):
        """As peewee's get_by_id, from SQL written once per table: peewee builds the query's text anew
        on every call, which cost more than running it (a third of a typed ballot's time went there).
        The row becomes a model instance as peewee's own cursor wrapper makes it."""
        field = cls._meta.primary_key
        if isinstance(pk, Model) or not isinstance(field, AutoField):
            return super().get_by_id(pk)
        values = read_by_id(cls, field.db_value(pk))
        if values is None:
            raise cls.DoesNotExist(f"{cls.__name__} instance matching query does not exist: id {pk!r}")
        return cls._stored(values)

    @classmethod
    def find_one(cls, **where):
        """The first row whose fields equal these values (as stored), or None; as get_by_id, from SQL
        written once per table and set of fields."""
        values = read_one(cls, where)
        return None if values is None else cls._stored(values)

    @classmethod
    def _stored(cls, values: dict):
        """A model instance of a row read as stored, as peewee's own cursor wrapper makes it."""
        row = cls(__no_default__=1, **values)
        row._dirty.clear()
        return row


_READ_SQL: dict[tuple, tuple[str, list]] = {}


def read_by_id(model: type[BaseModel], row_id, lock: bool = False) -> dict | None:
    """Every column of one row as stored (foreign keys as ids) by field name, or None when it is not there.

    Plain SQL prepared once per table and backend: peewee builds a query's text anew on every call, which
    cost more than running it (model.get_by_id and the before/after images of services.changes read rows
    this way). With `lock` on a server the row stays locked until the transaction ends (FOR UPDATE)."""
    return read_one(model, {model._meta.primary_key.name: row_id}, lock)


def read_one(model: type[BaseModel], where: dict, lock: bool = False) -> dict | None:
    """As `read_by_id`, for the first row whose fields equal `where` ({field name: value}, values as
    stored: ids for foreign keys): a unique key other than the id (a wijk's year closing: wijk, jaar)."""
    database = model._meta.database
    param = database.param  # "?" on SQLite, "%s" on the server
    names = tuple(where)
    prepared = _READ_SQL.get((model, names, param, lock))
    if prepared is None:
        fields = list(model._meta.sorted_fields)
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        terms = " AND ".join(f'"{model._meta.fields[n].column_name}" = {param}' for n in names)
        prepared = (f'SELECT {columns} FROM "{model._meta.table_name}" WHERE {terms}'
                    + (" FOR UPDATE" if lock else " LIMIT 1"), fields)
        _READ_SQL[(model, names, param, lock)] = prepared
    sql, fields = prepared
    values = database.execute_sql(sql, [model._meta.fields[n].db_value(v) for n, v in where.items()]).fetchone()
    if values is None:
        return None
    return {f.name: f.python_value(v) for f, v in zip(fields, values)}


_PREPARED: dict[str, dict] = {}  # parameter style ("?" or "%s", i.e. backend) -> {key: made}
_MARK = -7_340_001  # stand-ins for the values while the SQL is made; found again among its parameters


def run_prepared(key, build, *values, kept: dict | None = None):
    """Run the query `build(*marks)` makes, with `values` in place of the marks; its rows as the query
    reads them (peewee's own conversion of dates, booleans and money).

    The SQL text is made once per `key` and backend (or in `kept`, a caller's own store for the current
    database): for a query asked on every opening of a tab, peewee built its text anew each time, which
    cost more than running it on a server (0.3-0.6 ms a query; a list's rows by id 1-2 ms).
    `build` must make the same SQL for any values (the values only as parameters, each once). Values are
    ids, numbers, texts or days; not booleans (a boolean column turns any stand-in into true)."""
    database = db.obj
    kept = _PREPARED.setdefault(database.param, {}) if kept is None else kept
    made = kept.get(key)
    if made is None:
        marks = [_MARK - n for n in range(len(values))]
        query = build(*marks)
        sql, params = query.sql()
        # A text column makes its stand-in text ('-7340001'); the value takes its place all the same.
        positions = [i for mark in marks for i, p in enumerate(params) if p in (mark, str(mark))]
        if len(positions) != len(marks):
            raise RuntimeError(f"{key}: elke waarde moet precies eenmaal een parameter zijn")  # our own mistake
        made = kept[key] = (query, sql, list(params), positions)
    query, sql, params, positions = made
    params = list(params)
    for position, value in zip(positions, values):
        params[position] = value
    return query._get_cursor_wrapper(database.execute_sql(sql, params)).iterator()


_INSERT_SQL: dict[tuple, tuple[str, list, bool]] = {}


def insert_row(model: type[BaseModel], values: dict) -> BaseModel:
    """As `model.create(**values)` (defaults filled in, gewijzigd_op set, the new id on the row), from SQL
    written once per table, set of fields and backend: peewee built each INSERT's text value by value, more
    than half the cost of a service's create (the demo makes 470 rows this way)."""
    field = model._meta.primary_key
    if not isinstance(field, AutoField) or any(isinstance(v, Node) and not isinstance(v, Model)
                                               for v in values.values()):
        return model.create(**values)  # an SQL expression as value: peewee writes it into the statement
    row = model(**values)
    row.gewijzigd_op = _now()  # as BaseModel.save
    data = row.__data__
    row._populate_unsaved_relations(data)
    names = tuple(name for name in data if name != field.name)
    database = model._meta.database
    returning = bool(database.returning_clause)  # the server: INSERT ... RETURNING id
    key = (model, names, database.param, returning)
    prepared = _INSERT_SQL.get(key)
    if prepared is None:
        fields = [model._meta.fields[name] for name in names]
        columns = ", ".join(f'"{f.column_name}"' for f in fields)
        sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
               f'({", ".join([database.param] * len(fields))})'
               + (f' RETURNING "{field.column_name}"' if returning else ""))
        prepared = _INSERT_SQL[key] = (sql, fields, returning)
    sql, fields, returning = prepared
    cursor = database.execute_sql(sql, [f.db_value(data[f.name]) for f in fields])
    row._pk = cursor.fetchone()[0] if returning else cursor.lastrowid
    row._dirty.clear()
    return row


# --- Wijk and the people who work in it -------------------------------------------------------


class Wijk(BaseModel):
    """A neighbourhood with its wijkkoppel (wijkmanager + wijkopbouwwerker) and wijkwethouder."""

    naam = CharField(max_length=100, unique=True)
    wijkmanager = CharField(max_length=100, default="")
    wijkopbouwwerker = CharField(max_length=100, default="")
    welzijnsorganisatie = CharField(max_length=100, default="")
    wijkwethouder = CharField(max_length=100, default="")
    kostenplaats = CharField(max_length=40, default="")
    gearchiveerd = BooleanField(default=False)


class Bewonersgroep(BaseModel):
    """A resident group, organisation or werkgroep in a wijk."""

    SOORTEN = ("bewonersgroep", "bewonersorganisatie", "werkgroep")

    wijk = ForeignKeyField(Wijk, backref="groepen", on_delete="RESTRICT")
    naam = CharField(max_length=150)
    soort = CharField(max_length=30, default="bewonersgroep")
    thema = CharField(max_length=100, default="")
    actief = BooleanField(default=True)
    notities = TextField(default="")
    gearchiveerd = BooleanField(default=False)

    class Meta:
        indexes = ((("wijk", "naam"), True),)


class Persoon(BaseModel):
    """A resident's contact details: personal data (AVG), kept minimal, never exported to finance."""

    naam = CharField(max_length=150)
    email = CharField(max_length=200, default="")
    telefoon = CharField(max_length=40, default="")
    toestemming_op = DateField(null=True)  # date the person consented to being kept on file
    notities = TextField(default="")


class Lidmaatschap(BaseModel):
    """A person's membership of a group, with a role."""

    ROLLEN = ("contactpersoon", "voorzitter", "secretaris", "penningmeester", "lid")

    persoon = ForeignKeyField(Persoon, backref="lidmaatschappen", on_delete="CASCADE")
    groep = ForeignKeyField(Bewonersgroep, backref="leden", on_delete="RESTRICT")
    rol = CharField(max_length=30, default="lid")

    class Meta:
        indexes = ((("persoon", "groep"), True),)


class Bijeenkomst(BaseModel):
    """A meeting, such as a bewonersavond: date, time, place, kind, number present, agenda, notes.

    At most one meeting per wijk is `nu_bezig` (happening now): quick capture of ideas and a new
    stemronde link to it by themselves (schema version 3).
    """

    SOORTEN = ("bewonersavond", "wijkcoalitie", "werkgroep")

    wijk = ForeignKeyField(Wijk, backref="bijeenkomsten", on_delete="RESTRICT")
    titel = CharField(max_length=150, default="Bewonersavond")
    datum = DateField()
    plaats = CharField(max_length=150, default="")
    aantal_aanwezig = IntegerField(null=True)
    notities = TextField(default="")
    soort = CharField(max_length=20, default="bewonersavond")
    tijd = CharField(max_length=5, default="")  # "19:30": text, so no time zone or date part sneaks in
    agenda = TextField(default="")
    nu_bezig = BooleanField(default=False)


# --- Ideas and goals ----------------------------------------------------------------------------


class Idee(BaseModel):
    """An idea from residents; its status follows the workflow in `domain.workflow`."""

    wijk = ForeignKeyField(Wijk, backref="ideeen", on_delete="RESTRICT", index=False)  # (wijk, id) below
    titel = CharField(max_length=200)
    omschrijving = TextField(default="")
    thema = CharField(max_length=100, default="")
    geschatte_kosten_cents = BigIntegerField(null=True)
    ingediend_door_groep = ForeignKeyField(Bewonersgroep, null=True, backref="ideeen", on_delete="RESTRICT")
    ingediend_door_persoon = ForeignKeyField(Persoon, null=True, backref="ideeen", on_delete="SET NULL")
    bijeenkomst = ForeignKeyField(Bijeenkomst, null=True, backref="ideeen", on_delete="RESTRICT")
    status = CharField(max_length=20, default="nieuw", index=True)
    status_reden = TextField(default="")
    jaar = IntegerField(null=True)  # the year it belongs to; NULL: the year it was made (schema 5)

    class Meta:
        # The themes of a wijk's ideas (the Ideeën tab's theme filter, read at every opening) by a few
        # jumps through this index instead of reading every idea of the wijk (schema 6).
        # A wijk's ideas newest first (the Ideeën tab's page) in the order of (wijk, id) (schema 8): a
        # server walked every idea of the city backwards by id to find one wijk's (7,000 rows for a page
        # of 60 at city scale, 2 ms); SQLite has the id at the end of (wijk) anyway.
        indexes = ((("wijk", "thema"), False), (("wijk", "id"), False))


class Doel(BaseModel):
    """A concrete goal made from one or more ideas: what, by when, how we know it worked."""

    wijk = ForeignKeyField(Wijk, backref="doelen", on_delete="RESTRICT")
    titel = CharField(max_length=200)
    omschrijving = TextField(default="")
    indicator = CharField(max_length=200, default="")
    streefwaarde = CharField(max_length=100, default="")
    deadline = DateField(null=True)
    verantwoordelijke = CharField(max_length=150, default="")  # role or name of the one responsible
    eigenaar_groep = ForeignKeyField(Bewonersgroep, null=True, backref="doelen", on_delete="RESTRICT")
    status = CharField(max_length=20, default="concept", index=True)
    voortgang = IntegerField(default=0)  # latest progress percentage, 0..100 (see Voortgang)
    begroot_cents = BigIntegerField(null=True)  # what it may cost
    jaar = IntegerField(null=True)  # the year it belongs to; NULL: the year it was made (schema 5)
    bereikt_waarde = CharField(max_length=100, default="")  # what was reached, against streefwaarde


class DoelIdee(BaseModel):
    """Link between a goal and an idea it was made from."""

    doel = ForeignKeyField(Doel, backref="idee_links", on_delete="CASCADE")
    idee = ForeignKeyField(Idee, backref="doel_links", on_delete="RESTRICT")

    class Meta:
        indexes = ((("doel", "idee"), True),)


class Voortgang(BaseModel):
    """A dated progress entry of a goal."""

    doel = ForeignKeyField(Doel, backref="voortgang_items", on_delete="CASCADE")
    datum = DateField()
    percentage = IntegerField()
    toelichting = TextField(default="")


# --- Money -------------------------------------------------------------------------------------


class Meedoenbudget(BaseModel):
    """The yearly budget of a wijk."""

    wijk = ForeignKeyField(Wijk, backref="budgetten", on_delete="RESTRICT")
    jaar = IntegerField()
    bedrag_cents = BigIntegerField()
    notities = TextField(default="")

    class Meta:
        indexes = ((("wijk", "jaar"), True),)


class Toekenning(BaseModel):
    """Money granted from a Meedoenbudget to a goal or a group (never to a person)."""

    budget = ForeignKeyField(Meedoenbudget, backref="toekenningen", on_delete="RESTRICT")
    doel = ForeignKeyField(Doel, null=True, backref="toekenningen", on_delete="RESTRICT")
    groep = ForeignKeyField(Bewonersgroep, null=True, backref="toekenningen", on_delete="RESTRICT")
    omschrijving = CharField(max_length=200, default="")
    activiteit_soort = CharField(max_length=60, default="")  # for the per-kind caps in domain.budget_rules
    bedrag_cents = BigIntegerField()
    zaaknummer = CharField(max_length=40, default="", index=True)
    besluitdatum = DateField(null=True)
    besloten_door = CharField(max_length=100, default="")
    activiteit_einddatum = DateField(null=True)  # the verantwoording is due 13 weeks after it
    status = CharField(max_length=20, default="toegekend", index=True)
    override_reden = TextField(default="")
    # The aanvraag (schema version 5): when it came in, when the activity runs, what it is, and the
    # wijkteam's advice (needed above EUR 1,000). Its budget lines are Begrotingsregel rows.
    aanvraag_ontvangen_op = DateField(null=True)
    activiteit_startdatum = DateField(null=True)
    activiteitenplan = TextField(default="")
    wijkteam_advies_op = DateField(null=True)
    # The verantwoording (schema version 5): the group's report, the checklist items ticked off (JSON
    # list of codes), when it was accepted, and why when accepted with the checklist incomplete.
    verantwoording_verslag = TextField(default="")
    verantwoording_afgevinkt = TextField(default="[]")
    verantwoord_op = DateField(null=True)
    verantwoord_reden = TextField(default="")


class Begrotingsregel(BaseModel):
    """One line of an aanvraag's budget: what, which kind (for the per-kind rules), how much."""

    toekenning = ForeignKeyField(Toekenning, backref="begrotingsregels", on_delete="CASCADE")
    volgorde = IntegerField(default=0)
    omschrijving = CharField(max_length=200)
    soort = CharField(max_length=60, default="")
    bedrag_cents = BigIntegerField()


class Uitgave(BaseModel):
    """An expense paid from a Meedoenbudget, under a toekenning and/or for a goal."""

    budget = ForeignKeyField(Meedoenbudget, backref="uitgaven", on_delete="RESTRICT")
    toekenning = ForeignKeyField(Toekenning, null=True, backref="uitgaven", on_delete="RESTRICT")
    doel = ForeignKeyField(Doel, null=True, backref="uitgaven", on_delete="RESTRICT")
    datum = DateField(index=True)
    bedrag_cents = BigIntegerField()
    omschrijving = CharField(max_length=200)
    leverancier = CharField(max_length=150, default="")
    factuurnummer = CharField(max_length=60, default="")
    status = CharField(max_length=20, default="open", index=True)
    betaald_op = DateField(null=True)
    bonnetje = CharField(max_length=500, default="")  # path of a receipt file
    override_reden = TextField(default="")

    class Meta:
        # The ledger of a wijk-year in its usual order (newest first) straight from one index, without
        # reading and sorting the whole year: at city scale a year holds thousands of scattered rows.
        # The goals of a year (services.jaren: "money booked on it that year") by one probe per goal, and
        # a goal's money (services.budget.doel_uitgegeven_sql: on the goal, and under its grants) summed
        # from the index alone: at city scale a goal's expenses lie on a thousand scattered pages.
        # The ledger sorted by amount (schema 6): a screen of the largest or smallest expenses of a wijk-year
        # from the index, instead of sorting the whole year (143 ms at 100,000 expenses in one year).
        # A budget's figures (services.budget.spent_by_toekenning: the counting expenses summed per grant)
        # from the index alone, in grant order (schema 7): by (budget, bedrag_cents) SQLite looked up every
        # expense's row for its status and grant, 450 ms at 100,000 expenses against 36 ms.
        # The ledger's index names the id (schema 8): a page is ordered by date, then id, and a server read
        # every expense of the first dates and sorted them on id (264 rows for a page of 60, 1 ms).
        indexes = ((("budget", "datum", "id"), False), (("doel", "budget", "status", "bedrag_cents"), False),
                   (("toekenning", "status", "bedrag_cents", "doel"), False), (("budget", "bedrag_cents"), False),
                   (("budget", "toekenning", "status", "bedrag_cents"), False))


class Besluit(BaseModel):
    """A decision taken at a meeting, linked to what it decided (by table and UUID).

    A decision is never edited away: it is withdrawn (`status` 'ingetrokken') or replaced by a new
    one that points back through `vervangt` (the old one gets 'vervangen'), each with a reason in
    `status_reden`. `bedrag_cents` is set for decisions about money (the finance workbook lists them).
    """

    STATUSSEN = ("geldig", "ingetrokken", "vervangen")

    wijk = ForeignKeyField(Wijk, backref="besluiten", on_delete="RESTRICT")
    bijeenkomst = ForeignKeyField(Bijeenkomst, null=True, backref="besluiten", on_delete="RESTRICT")
    datum = DateField()
    tekst = TextField()
    onderwerp_tabel = CharField(max_length=40, default="")
    onderwerp_uuid = CharField(max_length=36, default="", index=True)
    besloten_door = CharField(max_length=150, default="")  # a body or role ("de bewonersavond"), not a person
    reden = TextField(default="")
    bedrag_cents = BigIntegerField(null=True)
    status = CharField(max_length=20, default="geldig")
    status_reden = TextField(default="")
    vervangt = ForeignKeyField("self", null=True, backref="vervangen_door", on_delete="RESTRICT")


class AuditLog(BaseModel):
    """What changed, when, by which local user. Written by the services, never edited."""

    tijd = DateTimeField(default=_now, index=True)
    gebruiker = CharField(max_length=100, default="")
    actie = CharField(max_length=20)  # aangemaakt, gewijzigd, verwijderd, gearchiveerd, ...
    tabel = CharField(max_length=40)
    rij_uuid = CharField(max_length=36, index=True)
    wijzigingen = TextField(default="{}")  # JSON: {"veld": [oud, nieuw]}
    reden = TextField(default="")


# --- Voting (schema version 2) -------------------------------------------------------------------


class Stemronde(BaseModel):
    """A voting round in a wijk: the ideas on the ballot, the budget, the ballot kind and the rule.

    The rules (stemwijze, invoerwijze, regel and their parameters) and the ideas on the ballot are
    locked once the first vote is entered; changing them means a new round (`vorige_ronde` points
    back to the old one, which is kept with status 'vervangen').
    """

    STEMWIJZEN = ("goedkeuring", "budget", "punten", "een_keuze")
    INVOERWIJZEN = ("biljetten", "telling")  # ballot by ballot, or a count per idea (hands, stickers)
    REGELS = ("greedy", "equal_shares")
    AANVULLINGEN = ("geen", "greedy", "verhogen")
    TEVREDENHEDEN = ("kosten", "aantal")
    STATUSSEN = ("concept", "open", "gesloten", "vervangen")

    wijk = ForeignKeyField(Wijk, backref="stemrondes", on_delete="RESTRICT")
    bijeenkomst = ForeignKeyField(Bijeenkomst, null=True, backref="stemrondes", on_delete="RESTRICT")
    titel = CharField(max_length=150)
    budget_cents = BigIntegerField()
    stemwijze = CharField(max_length=20, default="goedkeuring")
    invoerwijze = CharField(max_length=20, default="biljetten")
    max_keuzes = IntegerField(null=True)  # approval: at most k ideas
    punten_per_kiezer = IntegerField(null=True)
    max_punten_per_idee = IntegerField(null=True)
    regel = CharField(max_length=20, default="greedy")
    aanvulling = CharField(max_length=20, default="geen")  # equal shares completion: geen, greedy, verhogen
    verhoging_cents = BigIntegerField(null=True)  # 'verhogen': raise each voter's share by this much per step
    tevredenheid = CharField(max_length=20, default="kosten")  # kosten (cost) or aantal (cardinality)
    vier_ogen = BooleanField(default=False)  # a second entry by another person is required
    status = CharField(max_length=20, default="concept")  # concept, open, gesloten, vervangen
    vergrendeld = BooleanField(default=False)
    vorige_ronde = ForeignKeyField("self", null=True, backref="volgende_rondes", on_delete="RESTRICT")


class RondeIdee(BaseModel):
    """An idea on a round's ballot, with its ballot number and its cost at the time of the round.

    `uitslag*` are written when the outcome is fixed (status 'gesloten'), so the record of the
    evening does not depend on a later version of the rules.
    """

    ronde = ForeignKeyField(Stemronde, backref="ideeen", on_delete="CASCADE")
    idee = ForeignKeyField(Idee, backref="ronde_links", on_delete="RESTRICT")
    nummer = IntegerField()
    kosten_cents = BigIntegerField()
    handmatig_gekozen = BooleanField(null=True)  # manual change of the outcome (with a Besluit)
    handmatig_reden = TextField(default="")
    uitslag = CharField(max_length=20, default="")  # "gekozen" / "niet_gekozen" once fixed
    uitslag_volgorde = IntegerField(null=True)
    uitslag_reden = TextField(default="")

    class Meta:
        indexes = ((("ronde", "idee"), True), (("ronde", "nummer"), True))


class Telling(BaseModel):
    """A tally entry (hands, stickers) for one idea; a correction is a new entry that replaces one."""

    ronde = ForeignKeyField(Stemronde, backref="tellingen", on_delete="CASCADE")
    ronde_idee = ForeignKeyField(RondeIdee, backref="tellingen", on_delete="CASCADE")
    aantal = IntegerField()
    invoer = IntegerField(default=1)  # 1 = first entry, 2 = second entry (four-eyes)
    ingevoerd_door = CharField(max_length=100, default="")
    vervangt = ForeignKeyField("self", null=True, on_delete="SET NULL")
    reden = TextField(default="")  # why a correction was made


class Stembiljet(BaseModel):
    """An anonymous paper ballot as entered: the chosen ballot numbers (and points), valid or not.

    `volgnummer` is the number written on the paper, so a second entry can be compared ballot by
    ballot. A correction is a new row with `vervangt`; `vervallen` withdraws a ballot typed by mistake.
    """

    ronde = ForeignKeyField(Stemronde, backref="biljetten", on_delete="CASCADE")
    volgnummer = IntegerField()
    invoer = IntegerField(default=1)
    keuzes = TextField(default="{}")  # JSON: {"nummer": punten}
    geldig = BooleanField(default=True)
    reden_ongeldig = TextField(default="")
    ingevoerd_door = CharField(max_length=100, default="")
    vervangt = ForeignKeyField("self", null=True, on_delete="SET NULL")
    vervallen = BooleanField(default=False)
    reden = TextField(default="")  # why a correction was made


class Instelling(BaseModel):
    """A setting that belongs to the data (spending rules): for every wijk, one wijk, or one wijk in one year."""

    sleutel = CharField(max_length=60)
    wijk = ForeignKeyField(Wijk, null=True, backref="instellingen", on_delete="RESTRICT")
    jaar = IntegerField(null=True)
    waarde = TextField(default="{}")  # JSON, read through services.instellingen with declared defaults

    class Meta:
        indexes = ((("sleutel", "wijk", "jaar"), True),)


# --- Attachments and the yearly cycle (schema version 5) ----------------------------------------


class Bijlage(BaseModel):
    """A file attached to a grant, expense, goal or progress entry (receipt, photo, document, report).

    The file itself is kept by `store/attachments` by its content; `pad` is what `attachments.add`
    returned (relative to the database's folder). The subject is named by table and UUID, as a
    Besluit names its subject, so one table serves every kind of row.
    """

    SOORTEN = ("bon", "foto", "document", "verslag")

    wijk = ForeignKeyField(Wijk, backref="bijlagen", on_delete="RESTRICT")
    onderwerp_tabel = CharField(max_length=40)
    onderwerp_uuid = CharField(max_length=36, index=True)
    soort = CharField(max_length=20, default="document")
    naam = CharField(max_length=255)  # the original file name, without its folder
    pad = CharField(max_length=500)
    grootte = BigIntegerField(default=0)
    omschrijving = CharField(max_length=200, default="")


class Jaarafsluiting(BaseModel):
    """A wijk's year, closed: its figures change only with a reason after this."""

    wijk = ForeignKeyField(Wijk, backref="jaarafsluitingen", on_delete="RESTRICT")
    jaar = IntegerField()
    gesloten_op = DateTimeField(default=_now)
    gesloten_door = CharField(max_length=100, default="")
    reden = TextField(default="")
    heropend_op = DateTimeField(null=True)
    heropend_reden = TextField(default="")

    class Meta:
        indexes = ((("wijk", "jaar"), True),)


class Overheveling(BaseModel):
    """Money left in one year's budget, carried over to another (normally the next year's)."""

    van_budget = ForeignKeyField(Meedoenbudget, backref="overhevelingen_uit", on_delete="RESTRICT")
    naar_budget = ForeignKeyField(Meedoenbudget, backref="overhevelingen_in", on_delete="RESTRICT")
    bedrag_cents = BigIntegerField()
    datum = DateField()
    reden = TextField(default="")


CORE_MODELS = [
    Wijk, Bewonersgroep, Persoon, Lidmaatschap, Bijeenkomst, Idee, Doel, DoelIdee, Voortgang,
    Meedoenbudget, Toekenning, Uitgave, Besluit, AuditLog,
]
VOTING_MODELS = [Stemronde, RondeIdee, Telling, Stembiljet]
SETTING_MODELS = [Instelling]
CYCLE_MODELS = [Begrotingsregel, Bijlage, Jaarafsluiting, Overheveling]
ALL_MODELS = CORE_MODELS + VOTING_MODELS + SETTING_MODELS + CYCLE_MODELS

# The row version (schema version 5), for optimistic concurrency and for bringing offline changes back.
# Added to each model here, after its own fields, so that a new table has it as the last column, as a
# table migrated by ALTER TABLE ADD COLUMN does. The SQL default keeps raw inserts valid.
for _model in ALL_MODELS:
    _model._meta.add_field("versie", IntegerField(default=1, constraints=[SQL("DEFAULT 1")]))
del _model
