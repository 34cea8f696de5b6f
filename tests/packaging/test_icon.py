"""The application icon in resources/icons: a PNG and a multi-size ICO that Qt (and Windows) can read."""
from __future__ import annotations

import struct
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

ICONS = PROJECT_ROOT / "resources" / "icons"


def test_ico_has_every_size_windows_uses():
    data = (ICONS / "wijkdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h, _, _, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(data)
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes


def test_qt_reads_both_icon_files(qapp):
    from PySide6.QtGui import QImage, QImageReader

    assert QImage(str(ICONS / "wijkdesk.png")).width() == 256
    reader = QImageReader(str(ICONS / "wijkdesk.ico"))
    assert reader.imageCount() == 7


def test_make_icon_draws_every_size(qapp, tmp_path):
    sys.path.insert(0, str(PROJECT_ROOT / "packaging"))
    import make_icon

    png, ico = make_icon.main(tmp_path)
    assert png.stat().st_size > 1000 and ico.read_bytes()[:4] == b"\x00\x00\x01\x00"
    image = make_icon.draw_icon(48)
    # Not a blank square: the corner is transparent, the middle is the white house.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(24, 30).name() == "#ffffff"
