"""Child process of test_two_laptops.py: adds an entries file and is killed halfway (after the first batch)."""
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from wijkdesk.exchange import invoer_bestand  # noqa: E402
from wijkdesk.store.database import open_database  # noqa: E402


def halfway(done: int) -> None:
    print(f"batch {done}", flush=True)
    time.sleep(30)  # the parent kills us here, inside the transaction


if __name__ == "__main__":
    open_database(sys.argv[1])
    invoer_bestand.add_entries(int(sys.argv[3]), sys.argv[2], on_batch=halfway)
    print("klaar", flush=True)
