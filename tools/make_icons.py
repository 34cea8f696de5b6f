"""Draw WijkDesk's interface icons (simple flat shapes) into resources/icons/ as PNG.

The icons are drawn with QPainter so that they need no drawing program and no third-party icon set
(with its licence). Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python tools/make_icons.py
Writes resources/icons/<name>.png (64 px). The application icon (wijkdesk.png/.ico) is drawn by
packaging/make_icon.py.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"

INK = QColor("#2d3e50")
BLUE = QColor("#1f6fb2")
GREEN = QColor("#2e8b57")
ORANGE = QColor("#e08a00")
RED = QColor("#c62828")
YELLOW = QColor("#f4c20d")
GREY = QColor("#6b7785")


def canvas(size=64):
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 64, size / 64)
    return image, painter


def pen(color, width=6):
    p = QPen(color, width)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return p


def draw_groepen(p):
    p.setPen(Qt.PenStyle.NoPen)
    for x, color, r in ((20, BLUE.lighter(130), 8), (44, BLUE.lighter(130), 8), (32, BLUE, 10)):
        p.setBrush(color)
        p.drawEllipse(QPointF(x, 20 if r == 8 else 18), r, r)
    p.setBrush(BLUE.lighter(130))
    p.drawRoundedRect(QRectF(6, 32, 28, 24), 12, 12)
    p.drawRoundedRect(QRectF(30, 32, 28, 24), 12, 12)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(16, 32, 32, 28), 14, 14)


def draw_ideeen(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(YELLOW)
    p.drawEllipse(QPointF(32, 26), 18, 18)
    path = QPainterPath()
    path.moveTo(20, 36)
    path.lineTo(44, 36)
    path.lineTo(40, 46)
    path.lineTo(24, 46)
    path.closeSubpath()
    p.drawPath(path)
    p.setBrush(GREY)
    p.drawRoundedRect(QRectF(23, 48, 18, 5), 2, 2)
    p.drawRoundedRect(QRectF(25, 55, 14, 5), 2, 2)
    p.setPen(pen(QColor("#ffffff"), 3))
    p.drawLine(QPointF(32, 44), QPointF(32, 32))
    p.drawLine(QPointF(27, 30), QPointF(32, 34))
    p.drawLine(QPointF(37, 30), QPointF(32, 34))


def draw_doelen(p):
    p.setPen(Qt.PenStyle.NoPen)
    for r, color in ((26, RED), (19, QColor("#ffffff")), (12, RED), (5, QColor("#ffffff"))):
        p.setBrush(color)
        p.drawEllipse(QPointF(30, 34), r, r)
    p.setPen(pen(INK, 4))
    p.drawLine(QPointF(30, 34), QPointF(56, 8))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(INK)
    path = QPainterPath()
    path.moveTo(56, 8)
    path.lineTo(60, 4)
    path.lineTo(60, 12)
    path.lineTo(52, 12)
    path.closeSubpath()
    p.drawPath(path)


def draw_budget(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GREEN)
    p.drawEllipse(QPointF(32, 32), 27, 27)
    p.setPen(pen(QColor("#ffffff"), 5))
    path = QPainterPath()
    path.arcMoveTo(QRectF(18, 16, 32, 32), 50)
    path.arcTo(QRectF(18, 16, 32, 32), 50, 260)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(pen(QColor("#ffffff"), 4))
    p.drawLine(QPointF(13, 28), QPointF(36, 28))
    p.drawLine(QPointF(13, 36), QPointF(34, 36))


def draw_nieuw(p):
    p.setPen(pen(GREEN, 9))
    p.drawLine(QPointF(32, 10), QPointF(32, 54))
    p.drawLine(QPointF(10, 32), QPointF(54, 32))


def draw_verwijderen(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawRoundedRect(QRectF(10, 12, 44, 7), 3, 3)
    p.drawRoundedRect(QRectF(25, 6, 14, 7), 3, 3)
    path = QPainterPath()
    path.moveTo(14, 22)
    path.lineTo(50, 22)
    path.lineTo(46, 58)
    path.lineTo(18, 58)
    path.closeSubpath()
    p.drawPath(path)
    p.setPen(pen(QColor("#ffffff"), 3))
    for x in (25, 32, 39):
        p.drawLine(QPointF(x, 28), QPointF(x, 52))


def _arrow(p, mirror: bool):
    p.save()
    if mirror:
        p.translate(64, 0)
        p.scale(-1, 1)
    p.setPen(pen(BLUE, 7))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(18, 24)
    path.lineTo(40, 24)
    path.cubicTo(62, 24, 62, 54, 40, 54)
    path.lineTo(24, 54)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    head = QPainterPath()
    head.moveTo(4, 24)
    head.lineTo(22, 10)
    head.lineTo(22, 38)
    head.closeSubpath()
    p.drawPath(head)
    p.restore()


def draw_ongedaan(p):
    _arrow(p, False)


def draw_opnieuw(p):
    _arrow(p, True)


def draw_zoeken(p):
    p.setPen(pen(INK, 7))
    p.setBrush(QColor("#dcebf7"))
    p.drawEllipse(QPointF(27, 27), 17, 17)
    p.setPen(pen(INK, 10))
    p.drawLine(QPointF(40, 40), QPointF(56, 56))


def draw_instellingen(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GREY)
    path = QPainterPath()
    teeth = 8
    for i in range(teeth * 2):
        angle = math.pi * i / teeth
        r = 28 if i % 2 == 0 else 21
        for da in (-0.16, 0.16):
            point = QPointF(32 + r * math.cos(angle + da), 32 + r * math.sin(angle + da))
            if path.elementCount() == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
    path.closeSubpath()
    inner = QPainterPath()
    inner.addEllipse(QPointF(32, 32), 9, 9)
    p.drawPath(path.subtracted(inner))


def draw_betaald(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(GREEN)
    p.drawEllipse(QPointF(32, 32), 27, 27)
    p.setPen(pen(QColor("#ffffff"), 7))
    p.drawLine(QPointF(18, 33), QPointF(28, 43))
    p.drawLine(QPointF(28, 43), QPointF(47, 22))


def draw_bonnetje(p):
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    path = QPainterPath()
    path.moveTo(14, 4)
    path.lineTo(50, 4)
    path.lineTo(50, 58)
    for i in range(6):
        path.lineTo(50 - 3 - 6 * i, 54)
        path.lineTo(50 - 6 - 6 * i, 58)
    path.lineTo(14, 58)
    path.closeSubpath()
    p.setPen(pen(INK, 3))
    p.drawPath(path)
    p.setPen(pen(GREY, 3))
    for y in (16, 24, 32):
        p.drawLine(QPointF(21, y), QPointF(43, y))
    p.setPen(pen(INK, 4))
    p.drawLine(QPointF(30, 44), QPointF(43, 44))


def draw_status(p):
    p.setPen(Qt.PenStyle.NoPen)
    for x, color in ((6, GREY.lighter(150)), (24, BLUE.lighter(140)), (42, BLUE)):
        p.setBrush(color)
        path = QPainterPath()
        path.moveTo(x, 14)
        path.lineTo(x + 12, 14)
        path.lineTo(x + 20, 32)
        path.lineTo(x + 12, 50)
        path.lineTo(x, 50)
        path.lineTo(x + 8, 32)
        path.closeSubpath()
        p.drawPath(path)


def draw_wijk(p):
    p.setPen(Qt.PenStyle.NoPen)
    for x, h, color in ((4, 30, ORANGE), (22, 42, BLUE), (40, 24, GREEN)):
        p.setBrush(color)
        body = QRectF(x, 60 - h, 20, h)
        p.drawRect(body)
        roof = QPainterPath()
        roof.moveTo(x - 2, 60 - h)
        roof.lineTo(x + 10, 60 - h - 10)
        roof.lineTo(x + 22, 60 - h)
        roof.closeSubpath()
        p.drawPath(roof)
        p.setBrush(QColor("#ffffff"))
        p.drawRect(QRectF(x + 7, 50, 6, 10))


def draw_logboek(p):
    p.setPen(pen(INK, 4))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(12, 6, 40, 52), 4, 4)
    p.setPen(pen(GREY, 4))
    for y in (18, 28, 38, 48):
        p.drawLine(QPointF(20, y), QPointF(44, y))


def draw_stemronde(p):
    """A ballot box with a ballot going in."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.save()
    p.translate(32, 18)
    p.rotate(-12)
    p.setPen(pen(INK, 3))
    p.drawRect(QRectF(-10, -14, 20, 24))
    p.setPen(pen(GREEN, 4))
    p.drawLine(QPointF(-5, -2), QPointF(-1, 3))
    p.drawLine(QPointF(-1, 3), QPointF(6, -8))
    p.restore()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(BLUE)
    p.drawRoundedRect(QRectF(8, 28, 48, 30), 4, 4)
    p.setBrush(INK)
    p.drawRoundedRect(QRectF(20, 27, 24, 5), 2, 2)


def draw_beamer(p):
    """A projection screen with a bar chart."""
    p.setPen(pen(INK, 4))
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(8, 8, 48, 36))
    p.drawLine(QPointF(32, 44), QPointF(32, 58))
    p.drawLine(QPointF(22, 58), QPointF(42, 58))
    p.setPen(Qt.PenStyle.NoPen)
    for x, h, color in ((16, 22, GREEN), (28, 14, ORANGE), (40, 8, GREY)):
        p.setBrush(color)
        p.drawRect(QRectF(x, 40 - h, 8, h))


def draw_bijeenkomsten(p):
    """A calendar page with a marked day."""
    p.setPen(pen(INK, 4))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(8, 12, 48, 44), 4, 4)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawRect(QRectF(10, 14, 44, 10))
    p.setPen(pen(INK, 4))
    p.drawLine(QPointF(20, 6), QPointF(20, 16))
    p.drawLine(QPointF(44, 6), QPointF(44, 16))
    p.setPen(Qt.PenStyle.NoPen)
    for row in range(2):
        for col in range(3):
            p.setBrush(BLUE if (row, col) == (1, 1) else GREY.lighter(150))
            p.drawRect(QRectF(16 + col * 12, 30 + row * 12, 8, 8))


ICONS = {name[len("draw_"):]: fn for name, fn in globals().items() if name.startswith("draw_")}


def render(name: str, size: int) -> QImage:
    image, painter = canvas(size)
    ICONS[name](painter)
    painter.end()
    return image


def main() -> int:
    if QGuiApplication.instance() is None:
        _app = QGuiApplication(sys.argv)  # noqa: F841 (painting needs an application object)
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ICONS:
        render(name, 64).save(str(OUT / f"{name}.png"))
    print(f"{len(ICONS)} pictogrammen geschreven naar {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
