"""The file that carries a round's entries from one laptop to the other (`.wijkdesk-invoer`, JSON).

Written beside the target and renamed when complete (never half a file under its name); read with a
size limit and every field checked by `services.invoer_delen.merge_entries`, which adds it in one
transaction or refuses it with the reason.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from wijkdesk.exchange import safe_file
from wijkdesk.services import invoer_delen

SUFFIX = ".wijkdesk-invoer"
MAX_BYTES = 64 * 1024 * 1024  # some 200,000 ballots; a larger file is not an evening's entries


def write_entries(ronde, path: Path | str) -> int:
    """Save every entry of the round to `path`; returns how many entries it holds."""
    payload = invoer_delen.entries_payload(ronde)
    target = Path(path)
    tmp = safe_file.temp_path_beside(target)
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        safe_file.remove_quietly(tmp)
        raise
    safe_file.replace_target(tmp, target)
    return len(payload["stembiljetten"]) + len(payload["tellingen"])


def read_entries(path: Path | str) -> dict:
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise invoer_delen.MergeRefused(f"Het bestand {path} bestaat niet.") from None
    if size > MAX_BYTES:
        raise invoer_delen.MergeRefused(f"{path.name} is te groot ({size // (1024 * 1024)} MB) voor een invoerbestand.")
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise invoer_delen.MergeRefused(f"{path.name} is geen leesbaar invoerbestand van WijkDesk (beschadigd of "
                                        "een ander soort bestand). Er is niets toegevoegd.") from None


def add_entries(ronde, path: Path | str, on_batch=None) -> tuple[int, int]:
    """Add the entries in the file to the round: (added, already here). Nothing changes when refused."""
    path = Path(path)
    return invoer_delen.merge_entries(ronde, read_entries(path), f"invoerbestand {path.name}", on_batch=on_batch)
