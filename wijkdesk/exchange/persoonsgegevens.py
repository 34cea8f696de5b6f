"""AVG inzage: everything WijkDesk keeps about one person, as a JSON file to hand to them.

What goes in is decided by services.groepen.export_persoon; this module only writes it, whole or not
at all (exchange.safe_file), so a full disk or a file open elsewhere leaves no half file behind.
"""
from __future__ import annotations

import json
from pathlib import Path

from wijkdesk.exchange.safe_file import write_file
from wijkdesk.services import groepen


def write_persoon(persoon_id: int, target: Path | str) -> Path:
    """Write the person's data to `target` (JSON, UTF-8); returns the path written."""
    data = groepen.export_persoon(persoon_id)
    return write_file(target, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
