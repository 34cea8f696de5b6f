"""The jaarverslag of every wijk of a city, against the finance export of the same year.

Fills a temporary database in bulk: W wijken, each with a 2026 budget, G goals (each with an idea and
a grant), E expenses (80 % under a grant), 4 meetings and decisions. Then, in the same run:
  - baseline: the finance workbook of 2026 for all wijken (`exchange.excel_export.export_workbook`),
    the other document made of a whole year;
  - the jaarverslag of all wijken (`exchange.pdf.jaarverslag`): reading (`gather`) and drawing (`write`)
    timed apart, with the number of pages and the PDF's size.
Prints seconds (wall and CPU) and the ratio jaarverslag/export. Target: the whole city's report in under 30 s CPU at
20 wijken x 500 goals x 5,000 expenses (the progress dialog shows meanwhile; one wijk is a fraction).

Run: /work/venv/bin/python benchmarks/bench_jaarverslag.py [--wijken W] [--goals G] [--expenses E]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_S = 30.0
THEMES = ["Groen", "Jeugd", "Ontmoeting", "Veiligheid", "Schoon", "Gezondheid"]
KINDS = ["buurtfeest", "materiaal", "workshop", "onderhoud", ""]


def fill(wijken: int, goals: int, expenses: int) -> None:
    from wijkdesk.store.models import (Besluit, Bijeenkomst, Doel, DoelIdee, Idee, Meedoenbudget, Toekenning,
                                       Uitgave, Wijk, db)

    rng = random.Random(2026)
    now = dt.datetime(2026, 11, 26, 12, 0)
    stamp = {"aangemaakt_op": now, "gewijzigd_op": now}
    n = 0

    def uid() -> str:
        nonlocal n
        n += 1
        return f"bench-{n:012d}"

    with db.atomic():
        for w in range(wijken):
            wijk = Wijk.create(naam=f"Wijk {w:03d}", wijkwethouder="wethouder Bench")
            budget = Meedoenbudget.create(wijk=wijk, jaar=2026, bedrag_cents=goals * 200_000)
            for m in range(4):
                meeting = Bijeenkomst.create(wijk=wijk, datum=dt.date(2026, 2 + m * 3, 10), aantal_aanwezig=20 + m)
                Besluit.create(wijk=wijk, bijeenkomst=meeting, datum=meeting.datum, tekst=f"Besluit {m}")
            ideas = [{"uuid": uid(), **stamp, "wijk": wijk.id, "titel": f"Idee {i}", "thema": rng.choice(THEMES),
                      "status": "gekozen"} for i in range(goals)]
            Idee.insert_many(ideas).execute()
            idea_ids = [i for (i,) in Idee.select(Idee.id).where(Idee.wijk == wijk).order_by(Idee.id).tuples()]
            docs = [{"uuid": uid(), **stamp, "wijk": wijk.id, "titel": f"Doel {i} van {wijk.naam}",
                     "deadline": dt.date(2026, rng.randint(1, 12), 15), "status": "lopend",
                     "voortgang": rng.randint(0, 100), "streefwaarde": "25 bewoners"} for i in range(goals)]
            for start in range(0, len(docs), 500):
                Doel.insert_many(docs[start:start + 500]).execute()
            goal_ids = [i for (i,) in Doel.select(Doel.id).where(Doel.wijk == wijk).order_by(Doel.id).tuples()]
            DoelIdee.insert_many([{"uuid": uid(), **stamp, "doel": d, "idee": i}
                                  for d, i in zip(goal_ids, idea_ids)]).execute()
            Toekenning.insert_many([{"uuid": uid(), **stamp, "budget": budget.id, "doel": d, "bedrag_cents": 150_000,
                                     "omschrijving": f"Toekenning {d}", "activiteit_soort": rng.choice(KINDS),
                                     "activiteit_einddatum": dt.date(2026, rng.randint(1, 12), 1),
                                     "status": "toegekend"} for d in goal_ids]).execute()
            grants = [i for (i,) in Toekenning.select(Toekenning.id).where(Toekenning.budget == budget).tuples()]
            rows = []
            for e in range(expenses):
                grant = rng.choice(grants) if rng.random() < 0.8 else None
                rows.append({"uuid": uid(), **stamp, "budget": budget.id, "toekenning": grant,
                             "datum": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330)),
                             "bedrag_cents": rng.randrange(100, 20_000), "omschrijving": f"Uitgave {e}",
                             "status": rng.choice(["open", "goedgekeurd", "betaald"])})
            for start in range(0, len(rows), 5000):
                Uitgave.insert_many(rows[start:start + 5000]).execute()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--wijken", type=int, default=20)
    parser.add_argument("--goals", type=int, default=500)
    parser.add_argument("--expenses", type=int, default=5000)
    args = parser.parse_args()

    from wijkdesk import paths
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.exchange.pdf import jaarverslag
    from wijkdesk.exchange.pdf.page import ensure_gui_app
    from wijkdesk.store.database import close_database, open_database

    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths.set_data_dir(folder)
        open_database(folder / "bench.db", backup=False)
        started = time.perf_counter()
        fill(args.wijken, args.goals, args.expenses)
        print(f"Gevuld: {args.wijken} wijken x {args.goals} doelen x {args.expenses} uitgaven "
              f"in {time.perf_counter() - started:.1f} s")
        started, cpu = time.perf_counter(), time.process_time()
        export_workbook(folder / "financien.xlsx", jaar=2026)
        export_s, export_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        rapport = jaarverslag.gather(2026, None, today=dt.date(2026, 11, 26))
        gather_s, gather_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        pages = jaarverslag.write(rapport, folder / "jaarverslag.pdf")
        write_s, write_cpu = time.perf_counter() - started, time.process_time() - cpu
        size = (folder / "jaarverslag.pdf").stat().st_size
        close_database()
        paths.set_data_dir(None)
    total = gather_s + write_s
    # CPU seconds beside the wall clock: on a shared, busy machine the wall clock measures the others too.
    print(f"Baseline, financiële werkmap 2026 (alle wijken): {export_s:.2f} s ({export_cpu:.2f} s CPU)")
    print(f"Jaarverslag alle wijken: lezen {gather_s:.2f} s ({gather_cpu:.2f} s CPU) + tekenen {write_s:.2f} s "
          f"({write_cpu:.2f} s CPU) = {total:.2f} s, {pages} pagina's, {size / 1e6:.1f} MB")
    print(f"Verhouding jaarverslag / werkmap: {total / export_s:.2f} (CPU: "
          f"{(gather_cpu + write_cpu) / export_cpu:.2f})")
    # The target is held to CPU seconds: the work is one thread, so on an idle laptop wall time is about
    # that; on this shared build machine (load 10+) the wall clock is several times more.
    cpu = gather_cpu + write_cpu
    print(f"Doel: onder {TARGET_S:.0f} s CPU: {'gehaald' if cpu < TARGET_S else 'NIET gehaald'} ({cpu:.1f} s)")
    return 0 if cpu < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
