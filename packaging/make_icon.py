"""Draw the WijkDesk application icon with QPainter and write resources/icons/wijkdesk.{png,ico}.

Drawn in code (no image editor, no third-party artwork) so anyone can change and redraw it:
`QT_QPA_PLATFORM=offscreen python packaging/make_icon.py`. The .ico holds every size Windows asks
for (16-256 px), each drawn at its own size so small icons stay sharp rather than being scaled down.
"""
from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen, QPolygonF

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256
BACKGROUND = QColor("#1f6f64")   # deep green-teal: calm, municipal, readable on light and dark taskbars
HOUSE = QColor("#ffffff")
ACCENT = QColor("#f2b134")       # warm yellow: the "budget" coin


def draw_icon(size: int) -> QImage:
    """The icon at `size` x `size` pixels: a house (the wijk) with a coin (the budget) on a rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = s * 0.04
    back = QPainterPath()
    back.addRoundedRect(QRectF(margin, margin, s - 2 * margin, s - 2 * margin), s * 0.18, s * 0.18)
    p.fillPath(back, BACKGROUND)

    # House: roof triangle and body, white.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(HOUSE)
    roof = QPolygonF([QPointF(s * 0.14, s * 0.50), QPointF(s * 0.50, s * 0.16), QPointF(s * 0.86, s * 0.50)])
    p.drawPolygon(roof)
    p.drawRect(QRectF(s * 0.24, s * 0.46, s * 0.52, s * 0.38))
    # Door in the background colour, so the house reads as a house even at 16 px.
    p.setBrush(BACKGROUND)
    p.drawRect(QRectF(s * 0.32, s * 0.62, s * 0.13, s * 0.22))

    # Coin with a euro sign, bottom right, overlapping the house.
    if size >= 24:
        coin = QRectF(s * 0.56, s * 0.56, s * 0.36, s * 0.36)
        p.setBrush(ACCENT)
        p.setPen(QPen(BACKGROUND, max(1.0, s * 0.025)))
        p.drawEllipse(coin)
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(max(6, int(s * 0.26)))
        p.setFont(font)
        p.setPen(BACKGROUND)
        p.drawText(coin, Qt.AlignmentFlag.AlignCenter, "\u20ac")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG schrijven mislukt")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico file with PNG-compressed entries (supported since Windows Vista), one per image."""
    pngs = [png_bytes(img) for img in images]
    header = struct.pack("<HHH", 0, 1, len(images))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory, blobs = b"", b""
    for img, png in zip(images, pngs):
        w = img.width() if img.width() < 256 else 0   # 0 means 256 in the ICO directory
        h = img.height() if img.height() < 256 else 0
        directory += struct.pack("<BBBBHHII", w, h, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + directory + blobs


def main(out_dir: Path = ICON_DIR) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need an app)
    out_dir.mkdir(parents=True, exist_ok=True)
    png_path = out_dir / "wijkdesk.png"
    ico_path = out_dir / "wijkdesk.ico"
    png_path.write_bytes(png_bytes(draw_icon(PNG_SIZE)))
    ico_path.write_bytes(ico_bytes([draw_icon(size) for size in ICO_SIZES]))
    return [png_path, ico_path]


if __name__ == "__main__":
    for path in main():
        print(path)
