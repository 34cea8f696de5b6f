"""How fast the list tabs (groups, ideas, goals, budget) open, sort and filter, up to city scale.

Fills a temporary database (by default one wijk with a 2026 budget, 20,000 ideas, 100,000 expenses
under 300 grants, 40 groups, 400 goals; at city scale the rows are spread over 12 wijken and 10 years),
builds the main window off-screen at 1366x768 and measures, as the median of several runs:
  - opening each tab (switching to it: its lists are read and the first screen is painted),
  - sorting a column (a click on the header: ORDER BY in SQL, model reset, repaint),
  - filtering on a typed word (a common and a rare one: the text index, model reset, repaint),
each against what it cannot be faster than, measured in the same run: the same change on screen without
a query (opening: the tab shown without reading its lists; sorting and filtering: the rows shown before
the step, then those shown after it, from memory), plus the bare SQL query (plain sqlite3, hand-written,
with the same indexes) that returns the same first screen of rows in the same order (the benchmark
checks the rows are the same; the Budget tab's first screen holds two lists, grants and expenses).
For the rare words it also times the bare LIKE scan of the same rows, which the text index replaces.
Targets: under 0.1 s; at most 2x (repaint + bare query); the index at least 10x faster than the scan.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_tabs.py [--ideas N] [--expenses N]
City scale (12 wijken x 10 years): ... --expenses 1000000 --ideas 200000 --grants 20000 --wijken 12 --jaren 10
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 7  # measurements per figure (the median); --metingen changes it (the test's smoke run: 1)
TARGET_S = 0.1
TARGET_RATIO = 2.0
TARGET_INDEX_GAIN = 10.0
DRAIN_ROUNDS = 6  # rounds of events a timed step gets for its own work (the window's and the floor's alike)
WORDS = ["bankjes", "moestuin", "speeltuin", "buurtfeest", "verlichting", "afvalbakken", "geveltuin",
         "repaircafé", "taalcafé", "wijkkrant", "bomen", "fietsenstalling", "zebrapad", "huiswerkclub",
         "beweegtuin", "opruimactie", "kunstwerk", "muurschildering", "jeu de boules", "pannakooi"]
SUPPLIERS = ["Tuincentrum De Worp", "Bouwmarkt Deventer", "Drukkerij IJsselstad", "Speelgoed & Spel BV",
             "Verhuur Van Dam", "Stichting Repair Deventer", "Wijkcentrum Keizerslanden", "Gemeente Deventer"]


CHUNK = 2000  # rows per INSERT: PostgreSQL takes at most 65,535 parameters in one statement
WIJKEN = ["Keizerslanden", "Rivierenwijk", "Zandweerd", "Voorstad", "Colmschate", "Binnenstad",
          "Borgele", "Platvoet", "Schalkhaar", "Diepenveen", "Bathmen", "De Hoven", "Worp", "Oost"]


def fill(n_ideas: int, n_expenses: int, n_wijken: int = 1, n_jaren: int = 1, n_grants: int = 300) -> int:
    """Bulk-fill the open database; returns the id of the wijk whose tabs are measured (year 2026).

    With one wijk and one year (the default) every row lands in the measured list: the worst case of one
    huge wijk. At city scale (`--wijken 12 --jaren 10`) the rows are spread over the wijken and the years
    2017-2026, as a municipality's database fills over a decade; the measured lists then hold a share.
    """
    from wijkdesk.store.models import (Bewonersgroep, Doel, Idee, Meedoenbudget, Toekenning, Uitgave, Wijk,
                                       db)

    rng = random.Random(7)
    now = dt.datetime(2026, 11, 26, 12, 0)
    jaren = list(range(2026 - n_jaren + 1, 2027))
    with db.atomic():
        wijken = [Wijk.create(naam=WIJKEN[i] if i < len(WIJKEN) else f"Wijk {i}") for i in range(max(n_wijken, 2))]
        wijken = wijken[:n_wijken]
        budgets = {(w.id, j): Meedoenbudget.create(wijk=w, jaar=j, bedrag_cents=10**11) for w in wijken for j in jaren}
        groepen = {w.id: [Bewonersgroep.create(wijk=w, naam=f"Werkgroep {x} {i}", thema=x)
                          for i, x in enumerate(rng.choice(WORDS) for _ in range(40))] for w in wijken}
        doelen = {}
        for w in wijken:
            for i in range(400 if n_wijken == 1 else 400 // max(1, n_jaren // 2)):
                doelen.setdefault(w.id, []).append(Doel.create(
                    wijk=w, titel=f"Doel {i}: {rng.choice(WORDS)}",
                    deadline=dt.date(jaren[0], 1, 1) + dt.timedelta(days=rng.randrange(365 * n_jaren + 335)),
                    status=rng.choice(["concept", "lopend", "afgerond"]),
                    eigenaar_groep=rng.choice(groepen[w.id]), voortgang=rng.randrange(101)))
        keys = list(budgets)
        grants = {k: [] for k in keys}
        rows = []
        for i in range(n_grants):
            key = keys[i % len(keys)]
            rows.append({"uuid": f"toekenning-{i:08d}", "budget": budgets[key].id, "aangemaakt_op": now,
                         "gewijzigd_op": now, "doel": rng.choice(doelen[key[0]]).id, "omschrijving": f"Toekenning {i}",
                         "bedrag_cents": rng.randrange(10_000, 5_000_000), "zaaknummer": f"Z/{key[1] % 100}/{i:05d}",
                         "besluitdatum": dt.date(key[1], 1, 1) + dt.timedelta(days=rng.randrange(330))})
        for start in range(0, len(rows), CHUNK):
            Toekenning.insert_many(rows[start:start + CHUNK]).execute()
        by_budget = {b.id: k for k, b in budgets.items()}
        for gid, bid, did in Toekenning.select(Toekenning.id, Toekenning.budget, Toekenning.doel).tuples():
            grants[by_budget[bid]].append((gid, did))
        statuses = ["nieuw", "in onderzoek", "gekozen", "afgewezen", "geparkeerd", "uitgevoerd"]
        rows = []
        for i in range(n_ideas):
            w = wijken[i % len(wijken)]
            rows.append({"uuid": f"idee-{i:08d}", "wijk": w.id, "aangemaakt_op": now, "gewijzigd_op": now,
                         "jaar": jaren[(i // len(wijken)) % len(jaren)] if n_jaren > 1 else None,
                         "titel": f"{rng.choice(WORDS).capitalize()} bij {rng.choice(WORDS)} {i}",
                         "thema": rng.choice(["Groen", "Jeugd", "Veiligheid", "Ontmoeting", "Schoon"]),
                         "geschatte_kosten_cents": rng.randrange(1_000, 2_000_000),
                         "ingediend_door_groep": rng.choice(groepen[w.id]).id, "status": rng.choice(statuses)})
            if len(rows) == CHUNK:
                Idee.insert_many(rows).execute()
                rows = []
        if rows:
            Idee.insert_many(rows).execute()
        rows = []
        for i in range(n_expenses):
            key = keys[i % len(keys)]
            grant = rng.choice(grants[key]) if grants[key] and rng.random() < 0.8 else None
            rows.append({"uuid": f"uitgave-{i:08d}", "budget": budgets[key].id, "aangemaakt_op": now,
                         "gewijzigd_op": now, "toekenning": grant[0] if grant else None,
                         "doel": grant[1] if grant else None,
                         "datum": dt.date(key[1], 1, 1) + dt.timedelta(days=rng.randrange(365)),
                         "bedrag_cents": rng.randrange(100, 500_000),
                         "omschrijving": f"{rng.choice(WORDS)} {rng.choice(['materiaal', 'huur', 'drukwerk', 'gereedschap'])} {i}",
                         "leverancier": rng.choice(SUPPLIERS), "factuurnummer": f"F{key[1]}-{i:07d}",
                         "status": rng.choice(["open", "goedgekeurd", "betaald"])})
            if len(rows) == CHUNK:
                Uitgave.insert_many(rows).execute()
                rows = []
        if rows:
            Uitgave.insert_many(rows).execute()
    from wijkdesk.store import text_index

    # As server-import does after its bulk load: measure with the planner's statistics and the trigram
    # indexes' pending lists merged, not as they are in the minute before autovacuum comes round.
    text_index.settle_after_bulk_load(db.obj)
    from wijkdesk.store import server

    server.vacuum_after_bulk_load(db.obj)
    return wijken[0].id


# --- the bare SQL that returns the same first screen in the same order --------------------------------

# The year rule of services.jaren for goals, by hand: own year, deadline, entered, or money/progress that year.
DOEL_JAAR = ("(d.jaar = :j OR (d.jaar IS NULL AND d.deadline BETWEEN :d1 AND :d2) "
             "OR (d.jaar IS NULL AND d.deadline IS NULL AND d.aangemaakt_op >= :t1 AND d.aangemaakt_op < :t2) "
             "OR EXISTS (SELECT 1 FROM toekenning WHERE doel_id = d.id AND budget_id IN "
             "(SELECT id FROM meedoenbudget WHERE jaar = :j)) "
             "OR EXISTS (SELECT 1 FROM uitgave WHERE doel_id = d.id AND budget_id IN "
             "(SELECT id FROM meedoenbudget WHERE jaar = :j)) "
             "OR EXISTS (SELECT 1 FROM voortgang WHERE doel_id = d.id AND datum BETWEEN :d1 AND :d2))")

# The year rule of services.jaren for ideas, by hand: own year, the meeting's year, else the year entered.
IDEE_JAAR = ("(i.jaar = :j OR (i.jaar IS NULL AND m.datum BETWEEN :d1 AND :d2) "
             "OR (i.jaar IS NULL AND m.datum IS NULL AND i.aangemaakt_op >= :t1 AND i.aangemaakt_op < :t2))")
IDEE_FROM = "FROM idee i LEFT JOIN bijeenkomst m ON m.id = i.bijeenkomst_id"

BASELINES = {
    # tab key -> (sql for the first screen of the tab's main list, as the tab shows it right after opening)
    "groepen": "SELECT id, naam FROM bewonersgroep WHERE wijk_id = :w AND gearchiveerd = 0 "
               "ORDER BY lower(naam), id LIMIT :n",
    "ideeen": f"SELECT i.id, i.titel {IDEE_FROM} WHERE i.wijk_id = :w AND {IDEE_JAAR} ORDER BY i.id DESC LIMIT :n",
    "doelen": f"SELECT d.id, d.titel FROM doel d WHERE d.wijk_id = :w AND {DOEL_JAAR} ORDER BY d.deadline, d.id LIMIT :n",
    "budget": "SELECT u.id, u.omschrijving FROM uitgave u JOIN meedoenbudget b ON b.id = u.budget_id "
              "WHERE b.wijk_id = :w AND b.jaar = :j ORDER BY u.datum DESC, u.id DESC LIMIT :n",
}
# The Budget tab opens with two lists: the grants above the expenses. Its bare SQL is both first screens.
GRANTS_FIRST_SCREEN = ("SELECT t.id, t.omschrijving FROM toekenning t WHERE t.budget_id = (SELECT id FROM meedoenbudget "
                       "WHERE wijk_id = :w AND jaar = :j) ORDER BY t.besluitdatum DESC, t.id DESC LIMIT :n")
SORTS = {
    # tab key -> (column of the model, descending, bare SQL)
    "ideeen": ("TITEL", False, f"SELECT i.id, i.titel {IDEE_FROM} WHERE i.wijk_id = :w AND {IDEE_JAAR} "
                               "ORDER BY lower(i.titel), i.id LIMIT :n"),
    "budget": ("BEDRAG", True, "SELECT u.id, u.omschrijving FROM uitgave u WHERE u.budget_id = (SELECT id FROM "
                               "meedoenbudget WHERE wijk_id = :w AND jaar = :j) ORDER BY u.bedrag_cents DESC, u.id DESC "
                               "LIMIT :n"),
    "doelen": ("TITEL", False, f"SELECT d.id, d.titel FROM doel d WHERE d.wijk_id = :w AND {DOEL_JAAR} "
                               "ORDER BY lower(d.titel), d.id LIMIT :n"),
    "groepen": ("NAAM", True, "SELECT id, naam FROM bewonersgroep WHERE wijk_id = :w AND gearchiveerd = 0 "
                              "ORDER BY lower(naam) DESC, id DESC LIMIT :n"),
}
FILTERS = {
    # tab key -> (typed word, bare SQL: the word in any searched column, default order)
    "ideeen": ("moestuin", f"SELECT i.id, i.titel {IDEE_FROM} LEFT JOIN bewonersgroep g ON g.id = i.ingediend_door_groep_id "
                           f"WHERE i.wijk_id = :w AND {IDEE_JAAR} AND (i.titel LIKE :q OR i.thema LIKE :q OR g.naam LIKE :q "
                           "OR i.omschrijving LIKE :q) ORDER BY i.id DESC LIMIT :n"),
    "budget": ("drukkerij", "SELECT u.id, u.omschrijving FROM uitgave u JOIN meedoenbudget b ON b.id = u.budget_id "
                            "LEFT JOIN toekenning t ON t.id = u.toekenning_id LEFT JOIN doel d ON d.id = u.doel_id "
                            "WHERE b.wijk_id = :w AND b.jaar = :j AND (u.omschrijving LIKE :q OR u.leverancier LIKE :q "
                            "OR u.factuurnummer LIKE :q OR t.omschrijving LIKE :q OR d.titel LIKE :q) "
                            "ORDER BY u.datum DESC, u.id DESC LIMIT :n"),
    "doelen": ("bankjes", "SELECT d.id, d.titel FROM doel d LEFT JOIN bewonersgroep g ON g.id = d.eigenaar_groep_id "
                          f"WHERE d.wijk_id = :w AND {DOEL_JAAR} AND (d.titel LIKE :q OR d.verantwoordelijke LIKE :q OR g.naam LIKE :q "
                          "OR d.indicator LIKE :q OR d.omschrijving LIKE :q) ORDER BY d.deadline, d.id LIMIT :n"),
    "groepen": ("jeugd", "SELECT id, naam FROM bewonersgroep WHERE wijk_id = :w AND gearchiveerd = 0 AND "
                         "(naam LIKE :q OR soort LIKE :q OR thema LIKE :q OR notities LIKE :q) "
                         "ORDER BY lower(naam), id LIMIT :n"),
}
# The same filters as the window asks them, by hand (see `bare_filter`): the word is looked up in the
# text index of the list's table (FTS5 trigram; a word longer than text_index.TAIL by its end first), the
# hits are read by id and their text tested with LIKE, as a scan would; each joined column becomes a test
# of a foreign key against the joined rows that hold the word (found first: from their table's text index,
# or a LIKE on a small table), left out when none does. A common word (over text_index.HIT_LIMIT hits) is
# scanned as in FILTERS. Groups are few: scanned.
# tab key -> (SQL with {} for the word's condition, the list's alias, its indexed columns,
#             [(condition with {} for the ids, joined table, its column), ...])
INDEXED = {
    "ideeen": (f"SELECT i.id, i.titel {IDEE_FROM} WHERE i.wijk_id = :w AND {IDEE_JAAR} AND ({{}}) "
               "ORDER BY i.id DESC LIMIT :n", "i", ("titel", "thema", "omschrijving"),
               [("i.ingediend_door_groep_id IN ({})", "bewonersgroep", "naam"),
                ("(i.ingediend_door_groep_id IS NULL AND i.ingediend_door_persoon_id IN ({}))", "persoon", "naam")]),
    "budget": ("SELECT u.id, u.omschrijving FROM uitgave u WHERE u.budget_id = (SELECT id FROM meedoenbudget WHERE "
               "wijk_id = :w AND jaar = :j) AND ({}) ORDER BY u.datum DESC, u.id DESC LIMIT :n", "u",
               ("omschrijving", "leverancier", "factuurnummer"),
               [("u.toekenning_id IN ({})", "toekenning", "omschrijving"), ("u.doel_id IN ({})", "doel", "titel")]),
    "doelen": (f"SELECT d.id, d.titel FROM doel d WHERE d.wijk_id = :w AND {DOEL_JAAR} AND ({{}}) "
               "ORDER BY d.deadline, d.id LIMIT :n", "d", ("titel", "verantwoordelijke", "indicator", "omschrijving"),
               [("d.eigenaar_groep_id IN ({})", "bewonersgroep", "naam")]),
    "groepen": None,
}
TABLES = {"ideeen": "idee", "budget": "uitgave", "doelen": "doel"}
# A word that few rows hold: the LIKE scan must then read every row of the list, the index need not.
# Taken from the data: an invoice number, and the number that ends the newest idea's title (one word: the
# filter looks for every typed word).
RARE = {
    "budget": "SELECT factuurnummer FROM uitgave WHERE budget_id = (SELECT id FROM meedoenbudget WHERE wijk_id = :w "
              "AND jaar = :j) ORDER BY id LIMIT 1 OFFSET 7",
    "ideeen": f"SELECT i.titel {IDEE_FROM} WHERE i.wijk_id = :w AND {IDEE_JAAR} ORDER BY i.id DESC LIMIT 1",
}


def _has_rows() -> bool:
    from wijkdesk.store.models import Wijk

    return Wijk.select().exists()


def measure_export(args, db_path, wijk_id: int, in_scope, folder: Path, cluster) -> str:
    """The finance export of the measured wijk-year, against the same export from a database that holds
    only such a wijk-year (today's size: one wijk, one year, the same number of rows), same backend."""
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Wijk

    def best_of_three(tag: str) -> tuple[float, float]:
        naam = Wijk.get_by_id(wijk_id if tag == "stad" else Wijk.select().order_by(Wijk.id).first().id).naam
        times = []
        for i in range(min(3, RUNS)):
            wall, cpu = time.perf_counter(), time.process_time()
            export_workbook(folder / f"{tag}{i}.xlsx", wijk=naam, jaar=2026)
            times.append((time.perf_counter() - wall, time.process_time() - cpu))
        return min(times)

    close_database()
    open_database(db_path)
    city = best_of_three("stad")
    close_database()
    if cluster is not None:
        small = cluster.url(cluster.create_database("bench_tabs_klein"))
    elif args.backend == "postgresql":
        return "export: geen vergelijking (een eigen --server: maak zelf een lege tweede database)"
    else:
        small = folder / "klein.db"
    open_database(small)
    share = max(1, args.wijken * args.jaren)
    fill(max(1, in_scope[1]), max(1, in_scope[0]), 1, 1, max(1, args.grants // share))
    base = best_of_three("klein")
    close_database()
    return (f"{'export van de gemeten wijk in 2026':<44} {city[0] * 1000:7.0f} ms (CPU {city[1] * 1000:.0f} ms) tegen "
            f"{base[0] * 1000:.0f} ms (CPU {base[1] * 1000:.0f} ms) uit een database met alleen zo'n wijk-jaar: "
            f"x{city[1] / base[1]:.2f} (CPU)")


class Raw:
    """The bare connection the baselines run on: plain sqlite3 (read-only), or psycopg on the server.

    The baselines are written once, for SQLite (`:name` parameters, LIKE); on the server they become
    `%(name)s` and ILIKE (SQLite's LIKE ignores case, as the lists do), booleans stay booleans."""

    def __init__(self, location) -> None:
        self.server = isinstance(location, str) and location.startswith("postgresql")
        if self.server:
            import psycopg

            self.conn = psycopg.connect(location, autocommit=True)
        else:
            self.conn = sqlite3.connect(f"file:{location}?mode=ro", uri=True)

    def execute(self, sql: str, params: dict):
        if not self.server:
            return self.conn.execute(sql, params)
        sql = re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql.replace(" LIKE ", " ILIKE ").replace("gearchiveerd = 0",
                                                                                            "NOT gearchiveerd"))
        return self.conn.execute(sql, params)

    @contextmanager
    def no_text_index(self):
        """For the server's LIKE scan: the planner may not use the trigram (GIN) indexes."""
        self.conn.execute("SET enable_bitmapscan = off")
        try:
            yield
        finally:
            self.conn.execute("SET enable_bitmapscan = on")


# The clock of the tab measurements: wall time, or with --cpu the process's CPU time (on a machine
# loaded by other work, wall times measure the others; the queries and the repaint run in this process).
clock = time.perf_counter


def median_time(fn, runs: int | None = None) -> float:
    fn()  # warm-up (first query plan, caches)
    times = []
    for _ in range(runs or RUNS):
        start = clock()
        fn()
        times.append(clock() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    global RUNS, clock
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=20_000)
    parser.add_argument("--expenses", type=int, default=100_000)
    parser.add_argument("--grants", type=int, default=300)
    parser.add_argument("--wijken", type=int, default=1, help="spread the rows over this many wijken (city: 12)")
    parser.add_argument("--jaren", type=int, default=1, help="and over this many years up to 2026 (city: 10)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--server", help="postgresql://... (default: a throwaway cluster, as the tests make)")
    parser.add_argument("--bewaar", type=Path, help="fill this SQLite file once and measure it again in later runs "
                        "(a city takes minutes to fill; measure on a quiet machine)")
    parser.add_argument("--cpu", action="store_true", help="time the tab operations in CPU time of this process, not "
                        "wall time (for a machine loaded by other work; the targets stay the same). SQLite only: "
                        "on a server the queries run in another process, which this leaves out")
    parser.add_argument("--metingen", type=int, default=RUNS,
                        help=f"measurements per figure, the median is printed (default {RUNS}; 1 only checks it runs)")
    parser.add_argument("--geen-export", action="store_true",
                        help="only the tabs, not the finance export (which takes minutes at city scale)")
    parser.add_argument("--alleen", default="", metavar="TEKST",
                        help="only the tab operations whose name holds this text (for example 'filteren Doelen'), "
                             "to measure one change quickly; without it every operation and the overview")
    args = parser.parse_args(argv)
    RUNS = max(1, args.metingen)
    clock = time.process_time if args.cpu else time.perf_counter
    if args.cpu and args.backend == "postgresql":
        # The server's work is not this process's CPU time: the bare queries and the LIKE scan looked
        # nearly free (a rare invoice number: LIKE 0.70 ms, "index 1.8x faster"), the window did not.
        parser.error("--cpu meet alleen de tijd van dit proces; op de server draait de query in een ander proces. "
                     "Meet op PostgreSQL zonder --cpu, op een rustige machine.")

    from PySide6.QtCore import Qt

    from wijkdesk import paths
    from wijkdesk.store.database import open_database
    from wijkdesk.store.errors import DatabaseOpenError

    folder = Path(tempfile.mkdtemp(prefix="bench_tabs_"))
    paths.set_data_dir(folder)
    cluster = None
    if args.backend == "postgresql":
        db_path = args.server
        if not db_path:
            from tests import pg_cluster

            cluster = pg_cluster.Cluster().start()
            db_path = cluster.url(cluster.create_database("bench_tabs"))
        paths.set_server_attachments_dir(folder / "gedeeld")
    else:
        db_path = args.bewaar.resolve() if args.bewaar else folder / "bench.db"
    reuse = args.bewaar is not None and db_path.exists()
    try:
        open_database(db_path)
    except DatabaseOpenError as exc:  # another file given to --bewaar, a server out of reach: the program's words
        print(exc, file=sys.stderr)
        return 2
    start = time.perf_counter()
    if reuse or (args.server and _has_rows()):
        from wijkdesk.store.models import Wijk

        wijk_id = Wijk.select().order_by(Wijk.id).first().id
        raw = Raw(db_path)
        totals = raw.execute("SELECT (SELECT count(*) FROM idee), (SELECT count(*) FROM uitgave), (SELECT count(*) "
                             "FROM toekenning), (SELECT count(*) FROM wijk), (SELECT count(DISTINCT jaar) FROM "
                             "meedoenbudget)", {}).fetchone()
        print(f"Hergebruikt (gevuld in een eerdere run): {totals[0]} ideeën, {totals[1]} uitgaven, {totals[2]} "
              f"toekenningen over {totals[3]} wijk(en) en {totals[4]} jaar ({db_path})")
    else:
        wijk_id = fill(args.ideas, args.expenses, args.wijken, args.jaren, args.grants)
        print(f"Gevuld: {args.ideas} ideeën, {args.expenses} uitgaven, {args.grants} toekenningen over {args.wijken} "
              f"wijk(en) en {args.jaren} jaar in {time.perf_counter() - start:.1f} s ({db_path})")
        raw = Raw(db_path)
    in_scope = raw.execute(
        "SELECT (SELECT count(*) FROM uitgave WHERE budget_id = (SELECT id FROM meedoenbudget WHERE wijk_id = :w "
        "AND jaar = 2026)), (SELECT count(*) FROM idee WHERE wijk_id = :w AND coalesce(jaar, 2026) = 2026)",
        {"w": wijk_id}).fetchone()
    print(f"Gemeten lijsten: {in_scope[0]} uitgaven in de Budget-tab (wijk, 2026), {in_scope[1]} ideeën in de "
          "Ideeën-tab (wijk, 2026)")

    from wijkdesk.views import app as app_module

    app = app_module.application()
    window = app_module.create_main_window(db_path)
    window.resize(1366, 768)
    window.show()
    window.set_scope(wijk_id, 2026)
    app.processEvents()

    tabs = {"groepen": window.groepen_tab, "ideeen": window.ideeen_tab, "doelen": window.doelen_tab,
            "budget": window.budget_tab}
    names = {"groepen": "Bewonersgroepen", "ideeen": "Ideeën", "doelen": "Doelen", "budget": "Budget"}

    def screen_rows(tab) -> int:
        view = tab.table
        return max(1, view.viewport().height() // view.verticalHeader().defaultSectionSize() + 1)

    def fts(table: str, word: str, column: str | None = None) -> list[int] | None:
        """The rows of `table` whose indexed text (or `column`) may hold `word`, from its FTS5 index; None
        for a common word. As the window asks: by the word's end first (text_index.TAIL), then whole."""
        from wijkdesk.store import text_index

        name = table + "_tekst"
        pieces = (word[-text_index.TAIL:], word) if len(word) > text_index.TAIL else (word,)
        for piece in pieces:
            query = ("{" + column + "} : " if column else "") + '"' + piece.replace('"', '""') + '"'
            hits = raw.execute(f"SELECT rowid FROM {name} WHERE {name} MATCH ? LIMIT {text_index.HIT_LIMIT + 1}",
                               (query,)).fetchall()
            if len(hits) <= text_index.HIT_LIMIT:
                return [h[0] for h in hits]
        return None

    def bare_filter(key: str, n: int, word: str) -> list:
        """The filter as the window asks it, by hand: look the word up in the indexes, then read those rows."""
        from wijkdesk.store import text_index

        if INDEXED[key] is None or len(word) < text_index.MIN_LENGTH:
            return bare(FILTERS[key][1], n, word)
        if raw.server:
            # As the window asks the server: the own columns by ILIKE (pg_trgm), each joined column as its
            # matching ids read first (a subquery only for a common word), left out when none match.
            sql, alias, columns, joined = INDEXED[key]
            conditions = [f"{alias}.{c} LIKE :q" for c in columns]
            for condition, table, column in joined:
                ids = [r[0] for r in raw.execute(f"SELECT id FROM {table} WHERE {column} LIKE :q LIMIT "
                                                 f"{text_index.HIT_LIMIT + 1}", {"q": f"%{word}%"})]
                if len(ids) > text_index.HIT_LIMIT:
                    conditions.append(condition.format(f"SELECT id FROM {table} WHERE {column} LIKE :q"))
                elif ids:
                    conditions.append(condition.format(",".join(map(str, ids))))
            return bare(sql.format(" OR ".join(conditions)), n, word)
        sql, alias, columns, joined = INDEXED[key]
        hits = fts(TABLES[key], word)
        if hits is None:
            return bare(FILTERS[key][1], n, word)
        likes = " OR ".join(f"{alias}.{c} LIKE :q" for c in columns)
        conditions = [f"({alias}.id IN ({','.join(map(str, hits))}) AND ({likes}))"] if hits else []
        for condition, table, column in joined:
            if column in text_index.INDEXED.get(table, ()):  # the index's hits, tested (None: a common word)
                found = fts(table, word, column)
                ids = found and [r[0] for r in raw.execute(
                    f"SELECT id FROM {table} WHERE id IN ({','.join(map(str, found))}) AND {column} LIKE ?", (f"%{word}%",))]
            else:  # a small table: its matches at once
                ids = [r[0] for r in raw.execute(f"SELECT id FROM {table} WHERE {column} LIKE ? LIMIT "
                                                 f"{text_index.HIT_LIMIT + 1}", (f"%{word}%",))]
                if len(ids) > text_index.HIT_LIMIT:
                    ids = None
            if ids is None:
                conditions.append(condition.format(f"SELECT id FROM {table} WHERE {column} LIKE :q"))
            elif ids:
                conditions.append(condition.format(",".join(map(str, ids))))
        return bare(sql.format(" OR ".join(conditions) or "0"), n, word)

    def bare(sql: str, n: int, word: str = "") -> list:
        return raw.execute(sql, {"w": wijk_id, "j": 2026, "n": n, "q": f"%{word}%", "d1": dt.date(2026, 1, 1),
                                 "d2": dt.date(2026, 12, 31), "t1": dt.datetime(2026, 1, 1),
                                 "t2": dt.datetime(2027, 1, 1)}).fetchall()

    def scan(sql: str, n: int, word: str) -> list:
        """The bare LIKE scan of the same rows: on the server with its trigram indexes switched off."""
        if not raw.server:
            return bare(sql, n, word)
        with raw.no_text_index():
            return bare(sql, n, word)

    def check_same(tab, rows, what, model=None):
        model = model or tab.model
        shown = [model.row(i).id for i in range(min(len(rows), model.rowCount()))]
        if shown != [r[0] for r in rows]:
            raise SystemExit(f"{what}: het venster toont andere rijen dan de basisquery: {shown[:5]} != {rows[:5]}")

    results = []

    from PySide6.QtCore import QObject

    class EventCount(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = 0

        def eventFilter(self, watched, event) -> bool:
            self.seen += 1
            return False

    counter = EventCount()

    def settle() -> None:
        """Let the untimed step before a measurement finish all its work before the clock starts: rounds
        of events until one delivers none. A model reset, a pane filled again or a tab switch leaves
        layout and paint for later rounds, each posting the next (a cleared filter: four rounds). With a
        fixed three rounds the fourth, a repaint of the whole tab, fell inside the next measurement.
        The counter watches only here, untimed: a Python event filter costs time on every event."""
        app.installEventFilter(counter)
        try:
            for _ in range(50):
                before = counter.seen
                app.processEvents()
                if counter.seen == before:
                    break
        finally:
            app.removeEventFilter(counter)

    def drain() -> None:
        """The timed part of a step after its call: the rounds of events it causes, all of them. A typed
        filter moves and paints in four rounds; counting only the first left the rest to the next
        untimed settle. Empty rounds cost microseconds."""
        for _ in range(DRAIN_ROUNDS):
            app.processEvents()

    def rows_shown(tab) -> tuple[list, bool, int | None]:
        """What a step changes on screen: the rows listed, whether more follow, the row the pane shows."""
        return tab.model.rows(), tab.model.canFetchMore(), getattr(getattr(tab, "detail", None), "row_id", None)

    def repaint_floor(tab, before: tuple, after: tuple) -> float:
        """The same change on screen without any query or window logic: the rows shown before the step,
        then the rows shown after it, both from memory (model reset, count, selection, scroll bars,
        repaint), the filter box repainted (a typed word shows there), and when the step changed the
        row of the detail pane (a search that hides the shown row empties it), the pane repainted as it
        now is. Showing the same rows again, as this did before, left out what a changed number of
        rows costs Qt itself: the scroll bar that goes away under a list of one row, and the viewport,
        header and horizontal scroll bar laid out and painted again at the new width. What the window
        does to the pane besides painting it (its inputs cleared or filled, greyed, laid out) is the
        window's work and counts against it."""
        pane = getattr(tab, "detail", None) if before[2] != after[2] else None
        model = tab.model

        def show(rows: tuple[list, bool]) -> None:
            # The pane is the window's work (it shows the same row or none): kept out, as the tab keeps it
            # out of its own reloads. The Budget tab has no pane.
            with getattr(tab, "_pane_told_after", nullcontext)():
                model.beginResetModel()
                model._rows, model._more = list(rows[0]), rows[1]
                model.endResetModel()
                model.rows_reloaded.emit()  # the count beside the search box

        def again():
            show(before)
            settle()  # the same rule for the yardstick: what the run before left is not counted
            start = clock()
            show(after)
            tab.filter_edit.update()
            if pane is not None:
                pane.update()
            drain()
            return clock() - start

        again()
        return statistics.median(again() for _ in range(RUNS))

    def report(what: str, ours: float, base: float, floor: float, scan: float | None = None) -> None:
        """One line: the window's time against the repaint alone plus the bare (indexed) query.

        Targets: under 0.1 s; at most 2x (repaint + bare query); for a text filter with a rare word, the
        bare indexed query at least 10x faster than the bare LIKE scan of the same rows.
        """
        ratio = ours / (floor + base) if floor + base else float("inf")
        ok = ours < TARGET_S and ratio <= TARGET_RATIO
        extra = ""
        if scan is not None:
            gain = scan / base if base else float("inf")
            ok = ok and gain >= TARGET_INDEX_GAIN
            extra = f"  LIKE {scan * 1000:7.2f} ms  x{gain:6.1f} sneller"
        results.append(ok)
        verdict = "OK" if ok else ("onder 0,1 s; ratio niet" if ours < TARGET_S else "TE TRAAG")
        print(f"{what:<44} {ours * 1000:7.1f} ms  {floor * 1000:6.1f} ms  {base * 1000:7.2f} ms  x{ratio:5.2f}  "
              f"{verdict}{extra}")

    print(f"\n{'meting (mediaan van ' + str(RUNS) + (', CPU-tijd' if args.cpu else '') + ')':<44} {'venster':>10} {'tekenen':>9} {'kale SQL':>10} "
          f"{'venster/(tekenen+SQL)':>8}")
    def wanted(what: str) -> bool:
        return args.alleen.lower() in what.lower()

    for key, tab in tabs.items():
        if not wanted(f"openen {names[key]}"):
            continue
        other = window.groepen_tab if key != "groepen" else window.ideeen_tab

        def open_tab(tab=tab, other=other, reload=True):
            window.tabs.setCurrentWidget(other)
            settle()
            tab._dirty = reload  # as after a change of wijk or data: the tab reads its lists again
            start = clock()
            window.tabs.setCurrentWidget(tab)
            drain()  # the first screen is painted, and the costly columns of its rows are read and painted
            return clock() - start

        open_tab()
        ours = statistics.median(open_tab() for _ in range(RUNS))
        floor = statistics.median(open_tab(reload=False) for _ in range(RUNS))
        n = screen_rows(tab)
        if key == "budget":  # both lists of the tab, each its first screen
            grants_n = max(1, tab.grant_table.viewport().height() // tab.grant_table.verticalHeader().defaultSectionSize() + 1)
            base = median_time(lambda: (bare(BASELINES[key], n), bare(GRANTS_FIRST_SCREEN, grants_n)))
            check_same(tab, bare(GRANTS_FIRST_SCREEN, grants_n), "openen budget (toekenningen)", tab.grants)
        else:
            base = median_time(lambda: bare(BASELINES[key], n))
        check_same(tab, bare(BASELINES[key], n), f"openen {key}")
        report(f"openen {names[key]}", ours, base, floor)

    for key, (column, descending, sql) in SORTS.items():
        if not wanted(f"sorteren {names[key]}"):
            continue
        tab = tabs[key]
        window.tabs.setCurrentWidget(tab)
        app.processEvents()
        col = getattr(type(tab.model), column)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        other_order = Qt.SortOrder.AscendingOrder if descending else Qt.SortOrder.DescendingOrder

        shown = {}

        def sort(tab=tab, col=col, order=order, other_order=other_order, shown=shown):
            tab.table.sortByColumn(col, other_order)  # a click away, so each run really sorts again
            settle()
            shown["before"] = rows_shown(tab)
            start = clock()
            tab.table.sortByColumn(col, order)
            drain()
            took = clock() - start
            shown["after"] = rows_shown(tab)
            return took

        sort()
        ours = statistics.median(sort() for _ in range(RUNS))
        n = screen_rows(tab)
        base = median_time(lambda: bare(sql, n))
        check_same(tab, bare(sql, n), f"sorteren {key}")
        header = tab.model.headerData(col, Qt.Orientation.Horizontal)
        report(f"sorteren {names[key]} op {header}", ours, base,
               repaint_floor(tab, shown["before"], shown["after"]))
        tab.table.sortByColumn(*{"ideeen": (0, Qt.SortOrder.DescendingOrder), "budget": (0, Qt.SortOrder.DescendingOrder),
                                 "doelen": (2, Qt.SortOrder.AscendingOrder),
                                 "groepen": (0, Qt.SortOrder.AscendingOrder)}[key])

    filters = [(key, word, False) for key, (word, _sql) in FILTERS.items()]
    for key, sql in RARE.items():
        found = bare(sql, 1)
        found = found[0] if found else None
        if found:
            filters.append((key, found[0].split()[-1], True))
    for key, word, rare in filters:
        if not wanted(f"filteren {names[key]} op '{word}'" + (" (zeldzaam)" if rare else "")):
            continue
        tab = tabs[key]
        window.tabs.setCurrentWidget(tab)
        app.processEvents()

        shown = {}

        def type_word(tab=tab, word=word, shown=shown):
            tab.filter_edit.setText("")  # cleared as Escape does: through the filter box, as a user clears it
            tab.filter_box.flush()
            settle()
            shown["before"] = rows_shown(tab)
            start = clock()
            tab.filter_edit.setText(word)
            tab.filter_box.flush()  # what the short typing pause triggers
            drain()
            took = clock() - start
            shown["after"] = rows_shown(tab)
            return took

        type_word()
        ours = statistics.median(type_word() for _ in range(RUNS))
        n = screen_rows(tab)
        base = median_time(lambda: bare_filter(key, n, word))
        scan_time = median_time(lambda: scan(FILTERS[key][1], n, word))
        check_same(tab, bare_filter(key, n, word), f"filteren {key}")
        check_same(tab, bare(FILTERS[key][1], n, word), f"filteren {key} (LIKE)")
        report(f"filteren {names[key]} op '{word}'" + (" (zeldzaam)" if rare else ""), ours, base,
               repaint_floor(tab, shown["before"], shown["after"]), scan_time if rare else None)

    # The budget figures (a sum over every expense) are computed off the main thread: not part of
    # opening the Budget tab, but reported here against the bare SQL sum.
    from wijkdesk.domain.money import format_cents
    from wijkdesk.services import budget as budget_service
    from wijkdesk.views import background

    def overview_in_background():
        window.context.refresh_overview()
        background.wait()
        app.processEvents()

    if not args.alleen:
        ours = median_time(overview_in_background)
        base = median_time(lambda: raw.execute(
            "SELECT SUM(bedrag_cents) FROM uitgave WHERE budget_id = (SELECT id FROM meedoenbudget WHERE wijk_id = :w "
            "AND jaar = :j) AND status IN ('open', 'goedgekeurd', 'betaald') GROUP BY toekenning_id",
            {"w": wijk_id, "j": 2026}).fetchall())
        overview = budget_service.budget_overview(wijk_id, 2026)
        print(f"{'budgetoverzicht (achtergrond)':<40} {ours * 1000:7.1f} ms  {base * 1000:7.2f} ms  x{ours / base:7.2f}"
              f"  (rekent buiten de hoofddraad; uitgegeven {format_cents(overview.uitgegeven_cents)})")

    window.close()
    app.processEvents()
    if not args.geen_export:
        print(measure_export(args, db_path, wijk_id, in_scope, folder, cluster))
    if cluster is not None:
        cluster.stop()
    if args.alleen and not results:
        print(f"Geen meting met '{args.alleen}' in haar naam (zie de namen hierboven in een volledige run).")
        return 2
    print(f"\nDoel: elk onder {TARGET_S * 1000:.0f} ms, hoogstens {TARGET_RATIO:.0f}x (tekenen + kale SQL), en bij een "
          f"zeldzaam woord de index minstens {TARGET_INDEX_GAIN:.0f}x sneller dan de LIKE-scan: {sum(results)} van "
          f"{len(results)} gehaald.\n'tekenen' is dezelfde verandering op het scherm zonder query: bij openen het "
          "tabblad tonen zonder zijn lijsten te lezen, bij sorteren en filteren de rijen van vóór de stap en dan die van "
          "erna uit het geheugen tonen (de vaste kosten van Qt); 'kale SQL' is de met de hand geschreven query met de "
          "indexen die het venster gebruikt.")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
