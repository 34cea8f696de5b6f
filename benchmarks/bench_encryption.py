"""What encryption at rest costs: the same database plain and encrypted (SQLCipher), as ratios.

Three measurements, each on a plain database and on an encrypted copy of it (made with
`store.encryption.encrypt`, as the window and `wijkdesk versleutel` do), in the same run:
  1. opening the database as the window does at start (header, lock, quick_check, start backup,
     WAL connection; for the encrypted one also the key derivation from the passphrase, 0.1 s by
     design), median of several cold opens (the keyring is emptied before each);
     also without the start backup, to show what the backup part costs;
  2. opening the Budget tab (100,000 expenses, bench_tabs.fill's data), median of several;
  3. exporting the finance workbook with 200,000 expenses (bench_export.seed's data), best of two.
Prints seconds for both and the ratio encrypted / plain.

Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_encryption.py
     [--ideas 20000] [--expenses 100000] [--export-rows 200000]   (smaller numbers to try it out)
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark wachtwoord 2026"
RUNS = 7


def encrypted_copy(plain: Path, name: str) -> Path:
    """A copy of the closed database `plain`, encrypted (and the keyring emptied again)."""
    from wijkdesk.store import cipher, encryption

    target = plain.with_name(name)
    shutil.copy(plain, target)
    encryption.encrypt(target, PASSPHRASE)
    cipher.forget()
    return target


def cold_open(path: Path, passphrase: str | None, backup: bool) -> float:
    from wijkdesk.store import cipher
    from wijkdesk.store.database import close_database, open_database

    cipher.forget()
    start = time.perf_counter()
    open_database(path, passphrase=passphrase, backup=backup)
    seconds = time.perf_counter() - start
    close_database()
    return seconds


def line(what: str, plain: float, encrypted: float) -> None:
    ratio = encrypted / plain if plain else float("inf")
    print(f"{what:<52} {plain * 1000:9.1f} ms {encrypted * 1000:9.1f} ms   x{ratio:5.2f}")


def measure_open(plain: Path, enc: Path) -> None:
    import os

    from wijkdesk.store import cipher

    def derive() -> float:
        start = time.perf_counter()
        cipher.Passphrase(PASSPHRASE).key_for(os.urandom(cipher.SALT_SIZE))
        return time.perf_counter() - start

    kdf = statistics.median(derive() for _ in range(RUNS))
    for backup, label in ((True, "openen bij de start (met reservekopie)"), (False, "openen zonder reservekopie")):
        p = statistics.median(cold_open(plain, None, backup) for _ in range(RUNS))
        e = statistics.median(cold_open(enc, PASSPHRASE, backup) for _ in range(RUNS))
        line(label, p, e)
        line("  idem, zonder de sleutelafleiding", p, max(e - kdf, 0.0))
    print(f"  (sleutel afleiden uit het wachtwoord, PBKDF2-SHA512 {cipher.KDF_ITERATIONS} rondes, eenmaal "
          f"per start: {kdf * 1000:.0f} ms; bewust traag tegen raden)")


def measure_tab(plain: Path, enc: Path) -> None:
    from wijkdesk.store import cipher
    from wijkdesk.store.database import close_database, open_database
    from wijkdesk.store.models import Wijk
    from wijkdesk.views import app as app_module
    from wijkdesk.views import background

    app = app_module.application()
    found = {}
    for kind, path, passphrase in (("plain", plain, None), ("enc", enc, PASSPHRASE)):
        cipher.forget()
        open_database(path, passphrase=passphrase)  # as at start: the window then reuses the keyring
        wijk_id = Wijk.get(Wijk.naam == "Keizerslanden").id
        close_database()
        window = app_module.create_main_window(path)
        window.resize(1366, 768)
        window.show()
        window.set_scope(wijk_id, 2026)
        app.processEvents()
        background.wait(30_000)
        tab, other = window.budget_tab, window.groepen_tab

        def open_tab():
            window.tabs.setCurrentWidget(other)
            app.processEvents()
            tab._dirty = True  # as after a change of wijk or data: the tab reads its lists again
            start = time.perf_counter()
            window.tabs.setCurrentWidget(tab)
            app.processEvents()
            app.processEvents()
            background.wait(30_000)  # background reads (totals) use their own, keyed connection
            app.processEvents()
            return time.perf_counter() - start

        open_tab()
        found[kind] = statistics.median(open_tab() for _ in range(RUNS))
        window.close()
        window.deleteLater()
        app.processEvents()
        close_database()
    line("tabblad Budget openen", found["plain"], found["enc"])


def measure_export(plain: Path, enc: Path, out_dir: Path) -> None:
    from wijkdesk.exchange.excel_export import export_workbook
    from wijkdesk.store import cipher
    from wijkdesk.store.database import close_database, open_database

    found = {}
    for kind, path, passphrase in (("plain", plain, None), ("enc", enc, PASSPHRASE)):
        best = float("inf")
        for attempt in range(2):
            cipher.forget()
            open_database(path, passphrase=passphrase, backup=False)
            target = out_dir / f"export-{kind}-{attempt}.xlsx"
            start = time.perf_counter()
            export_workbook(target)
            best = min(best, time.perf_counter() - start)
            close_database()
            target.unlink()
        found[kind] = best
    line("Excel-export", found["plain"], found["enc"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ideas", type=int, default=20_000)
    parser.add_argument("--expenses", type=int, default=100_000)
    parser.add_argument("--export-rows", type=int, default=200_000)
    args = parser.parse_args(argv)

    from benchmarks import bench_export, bench_tabs
    from wijkdesk import paths
    from wijkdesk.store.database import close_database, open_database

    folder = Path(tempfile.mkdtemp(prefix="bench_encryption_"))
    paths.set_data_dir(folder)
    try:
        tabs_plain = folder / "tabs.db"
        open_database(tabs_plain)
        start = time.perf_counter()
        bench_tabs.fill(args.ideas, args.expenses)
        close_database()
        tabs_enc = encrypted_copy(tabs_plain, "tabs-versleuteld.db")
        print(f"Gevuld: {args.ideas} ideeën, {args.expenses} uitgaven ({tabs_plain.stat().st_size / 2**20:.0f} MB) "
              f"en versleuteld in {time.perf_counter() - start:.1f} s")
        export_plain = folder / "export.db"
        start = time.perf_counter()
        bench_export.seed(export_plain, args.export_rows)
        paths.set_data_dir(folder)
        export_enc = encrypted_copy(export_plain, "export-versleuteld.db")
        print(f"Gevuld: {args.export_rows} uitgaven voor de export, en versleuteld in "
              f"{time.perf_counter() - start:.1f} s")

        print(f"\n{'meting':<52} {'gewoon':>12} {'versleuteld':>12}   ratio")
        measure_open(tabs_plain, tabs_enc)
        measure_tab(tabs_plain, tabs_enc)
        measure_export(export_plain, export_enc, folder)
    finally:
        close_database()
        paths.set_data_dir(None)
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
