"""Benchmark: the finance workbook export against bare openpyxl write-only mode, same cells, same run.

    /work/venv/bin/python benchmarks/bench_export.py [--rows 200000] [--small 50000]

Seeds a database with N expenses (plus realistic wijken, groups, persons, grants, ideas, goals),
then measures in fresh subprocesses, so each peak memory figure is that run's own:
  - export:   wijkdesk.exchange.excel_export.export_workbook (all six sheets, scrubber, table, ...)
  - baseline: bare openpyxl write-only: the same Uitgaven rows (read with sqlite3, same SQL), the same
              values (Decimal amounts, dates), number formats set per cell with WriteOnlyCell.
Prints wall and CPU seconds (best of --repeat interleaved runs: the machine is shared) and peak
RSS (VmHWM) for the small and the large database, and the ratios. Targets: export time at most 1.3x the baseline's; memory flat in the number of rows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UITGAVEN_SQL = """
SELECT u.datum, w.naam, b.jaar, COALESCE(d.titel, gd.titel), t.omschrijving, u.omschrijving, u.leverancier,
       u.factuurnummer, u.bedrag_cents, u.status, u.betaald_op, t.zaaknummer, u.override_reden, u.uuid
FROM uitgave u JOIN meedoenbudget b ON u.budget_id = b.id JOIN wijk w ON b.wijk_id = w.id
LEFT JOIN toekenning t ON u.toekenning_id = t.id LEFT JOIN doel gd ON t.doel_id = gd.id
LEFT JOIN doel d ON u.doel_id = d.id
ORDER BY u.datum, u.id
"""

WORDS = ("verf kwasten zaal huur flyers drukwerk springkussen geluid tent stoelen tafels planten "
         "bloembollen potgrond gereedschap afvalzakken prikstokken workshop materiaal speeltoestel "
         "bankje vuilnisbak verlichting kabels muziek dj fotograaf").split()


def seed(path: Path, rows: int) -> None:
    """A database with `rows` expenses; the small world goes through the services, the bulk is inserted."""
    from wijkdesk import paths
    from wijkdesk.services import budget, doelen, groepen, ideeen, wijken
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Uitgave, db

    paths.set_data_dir(path.parent)
    open_database(path)
    rnd = random.Random(42)
    grants = []
    for wijk_naam in ("Keizerslanden", "Rivierenwijk", "Colmschate"):
        wijk = wijken.create_wijk(wijk_naam)
        groups = [groepen.create_groep(wijk, f"Werkgroep {w.title()} {wijk_naam}") for w in WORDS[:5]]
        for i in range(15):
            persoon = groepen.create_persoon(f"Bewoner{i} Achternaam{wijk_naam}", email=f"b{i}@{wijk_naam.lower()}.nl",
                                             telefoon=f"06-{rnd.randrange(10**7, 10**8)}")
            groepen.add_lid(rnd.choice(groups), persoon)
        goals = [doelen.create_doel(wijk, f"Doel {k} {wijk_naam}", eigenaar_groep=rnd.choice(groups)) for k in range(10)]
        for k in range(30):
            ideeen.create_idee(wijk, f"Idee {k} {rnd.choice(WORDS)}", ingediend_door_groep=rnd.choice(groups))
        for jaar in (2025, 2026):
            budget.set_budget(wijk, jaar, 10**12 // 10)  # big enough for any random expense
            for k in range(20):
                grants.append(budget.create_toekenning(
                    wijk, jaar, 500_000, doel=rnd.choice(goals), groep=rnd.choice(groups),
                    zaaknummer=f"Z-{jaar}-{wijk.id}{k:03d}", omschrijving=f"Toekenning {k}"))
    budgets = {(g.budget_id): g.budget for g in grants}
    statuses = ("open", "goedgekeurd", "betaald", "afgewezen")
    batch = []
    with db.atomic():
        for i in range(rows):
            grant = rnd.choice(grants)
            jaar = budgets[grant.budget_id].jaar
            datum = dt.date(jaar, 1, 1) + dt.timedelta(days=rnd.randrange(365))
            status = rnd.choice(statuses)
            text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(2, 6)))
            if i % 97 == 0:
                text = "=" + text  # a few texts that must stay text
            batch.append({
                "budget": grant.budget_id, "toekenning": grant.id, "doel": grant.doel_id if i % 3 == 0 else None,
                "datum": datum, "bedrag_cents": rnd.randrange(100, 200_000), "omschrijving": text.capitalize(),
                "leverancier": f"Leverancier {rnd.randrange(200)} BV", "factuurnummer": f"F{i:07d}",
                "status": status, "betaald_op": datum + dt.timedelta(days=14) if status == "betaald" else None,
            })
            if len(batch) == 1000:
                Uitgave.insert_many(batch).execute()
                batch.clear()
        if batch:
            Uitgave.insert_many(batch).execute()
    close_database()


def run_export(db_path: str, out: str) -> dict:
    from wijkdesk import paths
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.store.database import open_database

    paths.set_data_dir(Path(db_path).parent)
    open_database(db_path)
    start, cpu = time.perf_counter(), time.process_time()
    result = export_workbook(out)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": result.rows["uitgaven"]}


def run_baseline(db_path: str, out: str) -> dict:
    """Bare openpyxl: what a developer writes without WijkDesk's helpers, for the same cells."""
    import sqlite3
    from decimal import Decimal

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    start, cpu = time.perf_counter(), time.process_time()
    con = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Uitgaven")
    ws.append(["Datum", "Wijk", "Jaar", "Doel", "Toekenning", "Omschrijving", "Leverancier", "Factuurnummer",
               "Bedrag", "Status", "Betaald op", "Zaaknummer", "Reden overschrijding", "WijkDesk-ID"])
    rows = 0
    cent = Decimal("0.01")

    def date_cell(value):
        if value is None:
            return None
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "dd-mm-yyyy"
        return cell

    for (datum, wijk, jaar, doel, toek, oms, lev, fact, cents, status, betaald, zaak, reden,
         uuid) in con.execute(UITGAVEN_SQL):
        amount = WriteOnlyCell(ws, value=Decimal(cents) * cent)
        amount.number_format = '"€" #,##0.00'
        text = WriteOnlyCell(ws, value=oms)
        text.data_type = "s"  # the same text-not-formula rule
        ws.append([date_cell(datum), wijk, jaar, doel, toek, text, lev, fact, amount, status,
                   date_cell(betaald), zaak, reden or None, uuid])
        rows += 1
    wb.save(out)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": rows}


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: VmHWM (reset by exec, unlike ru_maxrss, which a
    child inherits from the benchmark process that seeded the database)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(kind: str, db_path: Path, out: Path) -> dict:
    """Run one measurement in a fresh interpreter: wall seconds, CPU seconds, peak memory in MB."""
    code = (
        "import json, sys; sys.path.insert(0, %r); import benchmarks.bench_export as b; "
        "base = b.peak_rss_mb(); "
        "r = b.run_%s(%r, %r); "
        "r['peak_mb'] = b.peak_rss_mb(); r['base_mb'] = base; "
        "print(json.dumps(r))"
    ) % (str(ROOT), kind, str(db_path), str(out))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--small", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (best time is kept)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        tmp = Path(tmp)
        results = {}
        for n in (args.small, args.rows):
            db_path = tmp / f"bench-{n}.db"
            t0 = time.perf_counter()
            seed(db_path, n)
            print(f"database met {n:,} uitgaven gevuld in {time.perf_counter() - t0:.1f} s", flush=True)
            runs = {"baseline": [], "export": []}
            for _ in range(args.repeat):  # interleaved, so a busy moment of the machine hits both
                for kind in ("baseline", "export"):
                    runs[kind].append(measure(kind, db_path, tmp / f"{kind}-{n}.xlsx"))
            for kind in ("baseline", "export"):
                best = {
                    "seconds": min(r["seconds"] for r in runs[kind]),
                    "cpu": min(r["cpu"] for r in runs[kind]),
                    "peak_mb": max(r["peak_mb"] for r in runs[kind]),
                    "base_mb": min(r["base_mb"] for r in runs[kind]),
                    "size_mb": (tmp / f"{kind}-{n}.xlsx").stat().st_size / 2**20,
                }
                results[(kind, n)] = best
                print(f"  {kind:8s} {n:>8,} rijen: {best['seconds']:6.2f} s (cpu {best['cpu']:6.2f} s), "
                      f"piekgeheugen {best['peak_mb']:6.1f} MB (bij de start {best['base_mb']:.1f} MB), "
                      f"bestand {best['size_mb']:.1f} MB", flush=True)
        print()
        for n in (args.small, args.rows):
            e, b = results[("export", n)], results[("baseline", n)]
            print(f"{n:>8,} rijen: tijd export/baseline = {e['seconds'] / b['seconds']:.2f}x, cpu-tijd "
                  f"{e['cpu'] / b['cpu']:.2f}x (doel <= 1.30x); geheugen export {e['peak_mb']:.1f} MB, "
                  f"baseline {b['peak_mb']:.1f} MB")
        e_small, e_big = results[("export", args.small)], results[("export", args.rows)]
        print(f"geheugen export {args.small:,} -> {args.rows:,} rijen: {e_small['peak_mb']:.1f} -> "
              f"{e_big['peak_mb']:.1f} MB ({e_big['peak_mb'] / e_small['peak_mb']:.2f}x bij "
              f"{args.rows / args.small:.0f}x zoveel rijen)")


if __name__ == "__main__":
    main()
