"""Fixtures for the Excel tests: a small wijk world seeded through the services, with traps in it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

# Distinctive personal data: if any of it shows up in a workbook cell, the export leaked it.
PERSONS = [
    ("Zwaantje Quirijnsdochter", "zwaantje.q@voorbeeldmail.nl", "06-98765432"),
    ("Bartholomeus Ypma-Oudewater", "bart.ypma@example.org", "+31 570 123 987"),
    ("Xandra Vlietstra", "xandra@vlietstra.example", "0570 445566"),
]

# Text a user might type that a spreadsheet would take for a formula, an error value or worse.
DANGEROUS_TEXTS = [
    "=HYPERLINK(\"http://evil.example\",\"klik\")",
    "+31 verf en kwasten",
    "-korting vorige factuur",
    "@SUM(A1:A9)",
    "\tingesprongen",
    "\rterugloop",
    "=1+1",
    "#N/A",
]


@dataclass
class World:
    """What the seed made, for the tests to compare against."""

    wijken: dict = field(default_factory=dict)
    groepen: dict = field(default_factory=dict)
    ideeen: list = field(default_factory=list)
    doelen: list = field(default_factory=list)
    toekenningen: list = field(default_factory=list)
    uitgaven: list = field(default_factory=list)
    personen: list = field(default_factory=list)


def seed_world() -> World:
    """Two wijken, two years, groups with members, ideas, goals, grants and expenses."""
    from wijkdesk.services import budget, doelen, groepen, ideeen, wijken

    w = World()
    for naam in ("Keizerslanden", "Rivierenwijk"):
        w.wijken[naam] = wijken.create_wijk(naam, wijkmanager="M. Ambtenaar")
    keizer, rivier = w.wijken["Keizerslanden"], w.wijken["Rivierenwijk"]
    w.groepen["speeltuin"] = groepen.create_groep(keizer, "Speeltuinvereniging De Klimboom")
    w.groepen["groen"] = groepen.create_groep(keizer, "Werkgroep Groen")
    w.groepen["rivier"] = groepen.create_groep(rivier, "Bewonersorganisatie Rivierenwijk")
    for (naam, email, tel), groep in zip(PERSONS, w.groepen.values()):
        persoon = groepen.create_persoon(naam, email=email, telefoon=tel)
        groepen.add_lid(groep, persoon, "contactpersoon")
        w.personen.append(persoon)

    for jaar, (k_budget, r_budget) in {2025: ("25.000,00", "18.500,50"), 2026: ("30.000,00", "20.000,00")}.items():
        budget.set_budget(keizer, jaar, k_budget)
        budget.set_budget(rivier, jaar, r_budget)

    w.ideeen.append(ideeen.create_idee(keizer, "Nieuwe speeltoestellen", ingediend_door_groep=w.groepen["speeltuin"],
                                       geschatte_kosten_cents=1_250_000, thema="spelen"))
    w.ideeen.append(ideeen.create_idee(keizer, "Bloembakken in de straat", ingediend_door_persoon=w.personen[1],
                                       omschrijving=DANGEROUS_TEXTS[0], geschatte_kosten_cents=80_000))
    w.ideeen.append(ideeen.create_idee(rivier, DANGEROUS_TEXTS[1], omschrijving=DANGEROUS_TEXTS[3]))
    w.ideeen.append(ideeen.create_idee(rivier, "Buurtbieb", thema="ontmoeten"))
    ideeen.change_status(w.ideeen[0], "gekozen")
    ideeen.change_status(w.ideeen[3], "afgewezen", reden="Bestaat al in het buurthuis")

    w.doelen.append(doelen.create_doel(keizer, "Speeltuin vernieuwd", ideeen_ids=[w.ideeen[0].id],
                                       eigenaar_groep=w.groepen["speeltuin"], indicator="aantal kinderen",
                                       streefwaarde="50 per week", deadline=dt.date(2026, 6, 30),
                                       verantwoordelijke=PERSONS[0][0], begroot_cents=1_200_000))
    w.doelen.append(doelen.create_doel(rivier, DANGEROUS_TEXTS[2], verantwoordelijke="wijkmanager"))

    w.toekenningen.append(budget.create_toekenning(
        keizer, 2026, "10.000,00", doel=w.doelen[0], groep=w.groepen["speeltuin"], zaaknummer="Z-2026-001",
        omschrijving="Speeltoestellen", besluitdatum=dt.date(2026, 2, 1), besloten_door="wijkteam",
        activiteit_einddatum=dt.date(2026, 6, 30)))
    w.toekenningen.append(budget.create_toekenning(
        rivier, 2025, "2.500,00", groep=w.groepen["rivier"], zaaknummer=DANGEROUS_TEXTS[6],
        omschrijving="Buurtfeest", besluitdatum=dt.date(2025, 5, 1)))

    w.uitgaven.append(budget.create_uitgave(keizer, 2026, "4.321,09", "Klimrek", dt.date(2026, 3, 2),
                                            toekenning=w.toekenningen[0], leverancier="Speelgoed BV",
                                            factuurnummer="F-1001"))
    w.uitgaven.append(budget.create_uitgave(keizer, 2026, "1.000,01", DANGEROUS_TEXTS[4], dt.date(2026, 3, 9),
                                            toekenning=w.toekenningen[0], leverancier=DANGEROUS_TEXTS[5],
                                            factuurnummer=DANGEROUS_TEXTS[7]))
    # A resident paid back for her receipts: the supplier is her name, which must not reach finance.
    w.uitgaven.append(budget.create_uitgave(keizer, 2026, "12,34", "Terugbetaling bonnetjes", dt.date(2026, 4, 1),
                                            leverancier=PERSONS[2][0], doel=w.doelen[0]))
    w.uitgaven.append(budget.create_uitgave(rivier, 2025, "0,10", "Slingers", dt.date(2025, 6, 1),
                                            toekenning=w.toekenningen[1]))
    w.uitgaven.append(budget.create_uitgave(rivier, 2025, "0,20", f"Ballonnen, bel {PERSONS[1][2]} of "
                                            f"mail {PERSONS[1][1]}", dt.date(2025, 6, 2), toekenning=w.toekenningen[1]))
    budget.mark_paid(w.uitgaven[0], dt.date(2026, 3, 20))
    budget.change_uitgave_status(w.uitgaven[3], "afgewezen", reden="Dubbel ingediend")
    return w


@pytest.fixture(scope="session")
def world_file(empty_template, tmp_path_factory):
    """seed_world() once per session in a file: (the file, which rows it made).

    The ~30 service calls (each its own change: audit, money check, a commit) took 130 ms of every one of
    ~300 tests on SQLite and more on the server; a copy takes 1 ms (a file) or ~35 ms (a server database
    made from the template). Not parametrized by `backend`: pytest would make such a session fixture
    again each time the tests' backend alternates."""
    import shutil

    from tests.conftest import data_dir_set_to
    from wijkdesk.store.database import close_database, open_database

    folder = tmp_path_factory.mktemp("world-template")
    location = folder / "world.db"
    shutil.copyfile(empty_template, location)
    with data_dir_set_to(folder):
        open_database(location, backup=False)
        try:
            made = seed_world()
        finally:
            close_database()
    return location, _row_ids(made)


@pytest.fixture(scope="session")
def world_on_server(pg_cluster, pg_empty_template, tmp_path_factory):
    """seed_world() once per session in a server database: (its name, which rows it made). Seeded with a
    data folder and a shared folder of its own, not those of the test that happens to ask first."""
    from tests.conftest import data_dir_set_to
    from wijkdesk import paths
    from wijkdesk.store.database import close_database, open_database

    folder = tmp_path_factory.mktemp("world-server")
    name = pg_cluster.create_database("wd_world", template=pg_empty_template)
    shared_before = paths._server_attachments_override
    with data_dir_set_to(folder):
        paths.set_server_attachments_dir(folder / "gedeeld")
        (folder / "gedeeld").mkdir()
        open_database(pg_cluster.url(name))
        try:
            made = seed_world()
        finally:
            close_database()
            paths.set_server_attachments_dir(shared_before)
    return name, _row_ids(made)


@pytest.fixture
def world_template(request, backend):
    """The seeded template of this test's backend: world_file or world_on_server."""
    return request.getfixturevalue("world_file" if backend == "sqlite" else "world_on_server")


def _row_ids(world: World) -> dict:
    """Per field of the World: its rows as (model, id), in the same list or dict shape."""
    shape = {}
    for name, value in vars(world).items():
        if isinstance(value, dict):
            shape[name] = {key: (type(row), row.id) for key, row in value.items()}
        else:
            shape[name] = [(type(row), row.id) for row in value]
    return shape


def _read_back(shape: dict) -> World:
    """A World of rows read from the open database (the test's copy of the template).

    Read back, the rows are as the database holds them after the whole seed: an idea or expense whose
    status the seed changed later carries that status and its newer version (seed_world's own objects
    kept the values they were made with)."""
    fields = {}
    for name, value in shape.items():
        if isinstance(value, dict):
            fields[name] = {key: model.get_by_id(row_id) for key, (model, row_id) in value.items()}
        else:
            fields[name] = [model.get_by_id(row_id) for model, row_id in value]
    return World(**fields)


@pytest.fixture
def db_template(request, db_template, backend):
    """A test that asks for `world` starts from the session's seeded copy (see world_template)."""
    if "world" in request.fixturenames:
        return request.getfixturevalue("world_template")[0]
    return db_template


@pytest.fixture
def world(db, world_template) -> World:
    """The seeded wijk world in this test's own database: `db` was copied from world_template."""
    return _read_back(world_template[1])
