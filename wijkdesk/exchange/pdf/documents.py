"""The paper of the evening as PDF: besluitenlijst, proces-verbaal, stembiljetten, stickerposter and
the poster 'Dit kiest de wijk' (also as a square PNG). Data from `services.verslag`, layout here."""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPen

from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import format_cents
from wijkdesk.exchange import safe_file
from wijkdesk.exchange.pdf.page import dutch_date, ensure_gui_app, esc, font, table, write_drawn, write_html
from wijkdesk.services import bijeenkomsten, verslag
from wijkdesk.services.errors import ValidationError

MAX_BALLOTS = 10_000
WRAP = Qt.TextFlag.TextWordWrap
LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _nb(text: str) -> str:
    """Escaped text in which an amount stays on one line ('€ 8.000,00' is never split after the €)."""
    return esc(text).replace("€ ", "€&nbsp;")


def _money(cents) -> str:
    return "" if cents is None else esc(format_cents(cents)).replace(" ", "&nbsp;")


# --- Besluitenlijst ---------------------------------------------------------------------------------


def besluitenlijst(bijeenkomst, path: Path | str) -> int:
    """The decisions of a meeting, in order, with who decided, why and their status; returns pages."""
    data = verslag.besluitenlijst(bijeenkomst)
    m = data.bijeenkomst
    when = dutch_date(m.datum) + (f", {m.tijd} uur" if m.tijd else "")
    facts = [("Soort", bijeenkomsten.SOORT_LABELS.get(m.soort, m.soort)), ("Datum", when),
             ("Plaats", m.plaats or "—"),
             ("Aantal aanwezigen", "niet geteld" if m.aantal_aanwezig is None else str(m.aantal_aanwezig))]
    parts = [f"<h1>Besluitenlijst</h1><p><b>{esc(m.titel)}</b> · wijk {esc(data.wijk)}</p>",
             "<table cellpadding='2'>" + "".join(f"<tr><td><b>{esc(k)}</b>&nbsp;&nbsp;</td><td>{esc(v)}</td></tr>"
                                                 for k, v in facts) + "</table>"]
    if m.agenda.strip():
        parts.append("<h2>Agenda</h2><p>" + esc(m.agenda).replace("\n", "<br>") + "</p>")
    parts.append(f"<h2>Besluiten ({len(data.besluiten)})</h2>")
    if not data.besluiten:
        parts.append("<p>Op deze bijeenkomst zijn geen besluiten vastgelegd.</p>")
    else:
        rows = []
        for number, b in enumerate(data.besluiten, start=1):
            text = f"{_nb(b.tekst)}"
            if b.reden and b.reden not in b.tekst:
                text += f"<br><span class='klein'>Reden: {esc(b.reden)}</span>"
            if b.vervangt_id:
                replaced = next((i for i, o in enumerate(data.besluiten, start=1) if o.id == b.vervangt_id), None)
                if replaced:
                    text += f"<br><span class='klein'>Vervangt besluit {replaced}.</span>"
            status = esc(b.status)
            if b.status != "geldig":
                status += f"<br><span class='klein'>{esc(b.status_reden)}</span>"
            door = b.besloten_door or ("stemronde" if bijeenkomsten.is_van_stemronde(b) else "")
            rows.append([str(number), text, esc(door), _money(b.bedrag_cents), status])
        parts.append(table([("Nr.", "num"), ("Besluit", ""), ("Besloten door", ""), ("Bedrag", "num"),
                            ("Status", "")], rows, [6, 50, 17, 12, 15]))
    if m.notities.strip():
        parts.append("<h2>Notities</h2><p>" + esc(m.notities).replace("\n", "<br>") + "</p>")
    parts.append(_signatures(["Voorzitter", "Notulist"]))
    return write_html(path, "Besluitenlijst", data.wijk, m.datum, "".join(parts))


def _signatures(roles: list[str]) -> str:
    cells = "".join(f"<td width='{100 // len(roles)}%' style='padding-right:24px'><b>{esc(r)}</b><br><br>Naam: "
                    "______________________<br><br><br>Handtekening: ______________<br><br>Datum: ____________</td>"
                    for r in roles)
    return f"<h2>Ondertekening</h2><table width='100%' cellpadding='4'><tr>{cells}</tr></table>"


# --- Proces-verbaal -----------------------------------------------------------------------------------


def proces_verbaal(ronde, path: Path | str) -> int:
    """The record of a stemronde with a fixed outcome: rules, counts, typists, corrections, outcome."""
    pv = verslag.proces_verbaal(ronde)
    r = pv.ronde
    parts = [f"<h1>Proces-verbaal stemronde</h1><p><b>{esc(r.titel)}</b> · wijk {esc(pv.wijk)}</p>"]
    meeting = pv.bijeenkomst
    parts.append("<h2>1. Bijeenkomst</h2>")
    if meeting is not None:
        parts.append(f"<p>{esc(meeting.titel)} op {esc(dutch_date(meeting.datum))}"
                     f"{(', ' + esc(meeting.tijd) + ' uur') if meeting.tijd else ''}"
                     f"{(', ' + esc(meeting.plaats)) if meeting.plaats else ''}.<br>"
                     f"Aantal aanwezigen: {'niet geteld' if pv.aanwezig is None else pv.aanwezig}.</p>")
    else:
        parts.append("<p>Deze ronde hoort niet bij een vastgelegde bijeenkomst. Aantal aanwezigen: niet geteld.</p>")
    parts.append("<h2>2. Regels van de ronde</h2>")
    parts.append(table([("Regel", ""), ("Instelling", "")], [[esc(k), esc(v)] for k, v in pv.regels], [45, 55]))
    s = pv.stand
    parts.append("<h2>3. Telling</h2>")
    if r.invoerwijze == "biljetten":
        counted = [["Stembiljetten geteld", str(s.biljetten)], ["Geldig", str(s.geldig)],
                   ["&nbsp;&nbsp;waarvan blanco", str(s.blanco)], ["Ongeldig", str(s.ongeldig)]]
        if pv.aanwezig is not None and s.biljetten > pv.aanwezig:
            counted.append(["Let op", f"meer stembiljetten ({s.biljetten}) dan aanwezigen ({pv.aanwezig})"])
        parts.append(table([("Stembiljetten", ""), ("Aantal", "num")], counted, [60, 40]))
        if pv.ongeldig:
            parts.append("<p><b>Ongeldige stembiljetten</b></p>")
            parts.append(table([("Biljet", "num"), ("Reden", "")], [[str(n), esc(why)] for n, why in pv.ongeldig],
                               [15, 85]))
    else:
        parts.append("<p>Telling per idee (handen of stickers); zie de uitslag hieronder.</p>")
    parts.append("<h2>4. Invoer</h2>")
    first = ", ".join(pv.invoerders.get(1, [])) or "—"
    second = ", ".join(pv.invoerders.get(2, []))
    lines = [["Eerste invoer door", esc(first)]]
    if r.vier_ogen or second:
        lines.append(["Tweede invoer (vier ogen) door", esc(second or "—")])
        if pv.tweede_invoer_reden:
            lines.append(["Reden zelfde invoerder", esc(pv.tweede_invoer_reden)])
        lines.append(["Verschillen bij vaststellen", f"{pv.verschillen} (eerste en tweede invoer kwamen overeen)"])
    parts.append(table([("Invoer", ""), ("Wie", "")], lines, [40, 60]))
    parts.append("<h2>5. Correcties en vervallen invoer</h2>")
    if pv.correcties:
        rows = [[str(c.nummer), str(c.invoer), esc(c.wat), esc(c.oud), esc(c.nieuw), esc(c.reden or "—"), esc(c.door)]
                for c in pv.correcties]
        what = "Biljet" if r.invoerwijze == "biljetten" else "Idee"
        parts.append(table([(what, "num"), ("Invoer", "num"), ("Wat", ""), ("Was", ""), ("Werd", ""), ("Reden", ""),
                            ("Door", "")], rows, [8, 9, 12, 14, 14, 29, 14]))
        if pv.invoerders.get(2):
            parts.append("<p class='klein'>Verschillen tussen eerste en tweede invoer zijn opgelost door deze "
                         "correcties; bij het vaststellen waren er geen verschillen meer.</p>")
    else:
        parts.append("<p>Geen correcties; geen invoer vervallen.</p>")
    # The outcome starts a page: its heading never stays behind alone at the foot of the previous one.
    parts.append("<h2 style='page-break-before: always'>6. Uitslag</h2>")
    rows = []
    for idea in sorted(pv.uitslag, key=lambda i: (not i.gekozen, i.volgorde or 0, i.nummer)):
        rows.append([str(idea.volgorde) if idea.gekozen else "", str(idea.nummer), esc(idea.titel),
                     _money(idea.kosten_cents), str(idea.stemmen), "gekozen" if idea.gekozen else "niet gekozen",
                     _nb(idea.reden)])
    parts.append(table([("Volg.", "num"), ("Nr.", "num"), ("Idee", ""), ("Kosten", "num"),
                        ("Stemmen" if r.stemwijze != "punten" else "Punten", "num"), ("Uitslag", ""), ("Reden", "")],
                       rows, [7, 6, 22, 13, 12, 12, 28]))
    parts.append(f"<p><b>Gekozen: {len(pv.gekozen)} ideeën, samen {_money(pv.besteed_cents)} van "
                 f"{_money(pv.budget_cents)}; over {_money(pv.over_cents)}.</b></p>")
    parts.append("<h2>7. Handmatige wijzigingen</h2>")
    if pv.handmatig:
        parts.append(table([("Nr.", "num"), ("Idee", ""), ("Wijziging", ""), ("Besluit", "")],
                           [[str(i.nummer), esc(i.titel), "toch gekozen" if i.handmatig else "toch niet gekozen",
                             _nb(text)] for i, text in pv.handmatig], [6, 24, 16, 54]))
    else:
        parts.append("<p>Geen: de uitslag is die van de regel.</p>")
    parts.append(_signatures(["Voorzitter", "Eerste invoerder", "Tweede invoerder" if r.vier_ogen else "Getuige"]))
    return write_html(path, "Proces-verbaal", pv.wijk, pv.datum, "".join(parts))


# --- Stembiljetten ----------------------------------------------------------------------------------


def stembiljetten(ronde, path: Path | str, aantal: int, vanaf: int = 1) -> int:
    """`aantal` numbered ballots (vanaf, vanaf+1, ...), as many to a page as fit, with cutting lines.

    The number printed is the number typed at entry (`Stembiljet.volgnummer`).
    """
    if isinstance(aantal, bool) or not isinstance(aantal, int) or not 1 <= aantal <= MAX_BALLOTS:
        raise ValidationError("aantal", f"Aantal stembiljetten: kies 1 tot en met {MAX_BALLOTS}.")
    if isinstance(vanaf, bool) or not isinstance(vanaf, int) or vanaf < 1:
        raise ValidationError("vanaf", "Het eerste nummer moet 1 of hoger zijn.")
    data = verslag.biljetten(ronde)
    ensure_gui_app()
    width = 794 - 2 * 57
    body_height = 1123 - 2 * 57 - 34 - 30
    scale = 1.0
    height = _ballot_height(data, width, scale)
    while height > body_height and scale > 0.5:  # a very long ballot: smaller type, still one per page
        scale -= 0.05
        height = _ballot_height(data, width, scale)
    per_page = max(1, int(body_height // (height + 16)))
    pages = math.ceil(aantal / per_page)
    numbers = list(range(vanaf, vanaf + aantal))

    def draw(p: QPainter, body: QRectF, page: int) -> None:
        y = body.top()
        for slot in range(per_page):
            k = page * per_page + slot
            if k >= aantal:
                break
            if slot:
                _cut_line(p, body.left(), body.right(), y - 8)
            _draw_ballot(p, data, QRectF(body.left(), y, body.width(), height), numbers[k], scale)
            y += height + 16

    return write_drawn(path, "Stembiljetten", data.wijk, data.datum, pages, draw)


def _cut_line(p: QPainter, left: float, right: float, y: float) -> None:
    pen = QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.drawLine(QPointF(left, y), QPointF(right, y))
    p.setFont(font(7))
    p.drawText(QRectF(left, y - 11, 120, 10), Qt.AlignmentFlag.AlignLeft, "✂ knippen")


def _ballot_lines(data) -> list[tuple[str, str]]:
    """(left, right) per idea: '3  Bankjes bij de vijver', and the cost for a budget ballot."""
    return [(f"{link.nummer}. {link.idee.titel}",
             format_cents(link.kosten_cents) if data.ronde.stemwijze == "budget" else "") for link in data.ideeen]


def _ballot_height(data, width: float, scale: float) -> float:
    fm_title, fm_text = QFontMetricsF(font(12 * scale, True)), QFontMetricsF(font(10 * scale))
    text_width = width - 24 - 60 * scale - 110 * scale
    h = 12 + fm_title.height() + 6 + _text_height(fm_text, data.uitleg, width - 24) + 8
    for left, _right in _ballot_lines(data):
        h += max(_text_height(fm_text, left, text_width), 22 * scale) + 6 * scale
    if data.ronde.stemwijze == "budget":
        h += fm_text.height() + 6
    return h + 10


def _text_height(fm: QFontMetricsF, text: str, width: float) -> float:
    return fm.boundingRect(QRectF(0, 0, width, 10_000), int(WRAP), text).height()


def _draw_ballot(p: QPainter, data, rect: QRectF, number: int, scale: float) -> None:
    p.setPen(QPen(QColor("#000000"), 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(rect)
    x, y, w = rect.left() + 12, rect.top() + 12, rect.width() - 24
    p.setFont(font(12 * scale, True))
    fm_title = QFontMetricsF(p.font())
    label = f"Nr. {number}"
    room = w - fm_title.horizontalAdvance(label) - 16
    p.drawText(QRectF(x, y, room, fm_title.height()), Qt.AlignmentFlag.AlignLeft,
               fm_title.elidedText(f"Stembiljet · {data.ronde.titel}", Qt.TextElideMode.ElideRight, room))
    p.drawText(QRectF(x, y, w, fm_title.height()), Qt.AlignmentFlag.AlignRight, label)
    y += fm_title.height() + 6
    p.setFont(font(10 * scale))
    fm = QFontMetricsF(p.font())
    h = _text_height(fm, data.uitleg, w)
    p.drawText(QRectF(x, y, w, h), int(LEFT_TOP | WRAP), data.uitleg)
    y += h + 8
    box = 18 * scale
    right_w = 110 * scale
    text_w = w - 60 * scale - right_w
    points = data.ronde.stemwijze == "punten"
    for left, right in _ballot_lines(data):
        line_h = max(_text_height(fm, left, text_w), 22 * scale)
        if points:  # a box wide enough to write a number of points in
            p.drawRect(QRectF(x, y + (line_h - box) / 2, box * 2.2, box))
        elif data.ronde.stemwijze == "een_keuze":
            p.drawEllipse(QRectF(x + 4, y + (line_h - box) / 2, box, box))
        else:
            p.drawRect(QRectF(x + 4, y + (line_h - box) / 2, box, box))
        p.drawText(QRectF(x + 60 * scale, y, text_w, line_h), int(Qt.AlignmentFlag.AlignVCenter | WRAP), left)
        if right:
            p.drawText(QRectF(x + w - right_w, y, right_w, line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        y += line_h + 6 * scale
    if data.ronde.stemwijze == "budget":
        p.drawText(QRectF(x, y, w, fm.height()), Qt.AlignmentFlag.AlignRight,
                   f"Samen (hoogstens {format_cents(data.ronde.budget_cents)}): ______________")


# --- Stickerposter ------------------------------------------------------------------------------------


def stickerposter(ronde, path: Path | str) -> int:
    """One page per idea: number, title, short description, cost, and a large empty area for stickers."""
    data = verslag.biljetten(ronde)

    def draw(p: QPainter, body: QRectF, index: int) -> None:
        link = data.ideeen[index]
        y = body.top()
        p.setPen(QPen(QColor("#000000")))
        p.setFont(font(48, True))
        fm = QFontMetricsF(p.font())
        p.drawText(QRectF(body.left(), y, body.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, str(link.nummer))
        y += fm.height()
        p.setFont(font(24, True))
        fm = QFontMetricsF(p.font())
        h = _text_height(fm, link.idee.titel, body.width())
        p.drawText(QRectF(body.left(), y, body.width(), h), int(LEFT_TOP | WRAP), link.idee.titel)
        y += h + 8
        p.setFont(font(12))
        fm = QFontMetricsF(p.font())
        text = " ".join(link.idee.omschrijving.split())
        if len(text) > 300:  # short: the poster is read from a few steps away
            text = text[:297].rsplit(" ", 1)[0] + " …"
        if text:
            h = min(_text_height(fm, text, body.width()), fm.height() * 5)
            p.drawText(QRectF(body.left(), y, body.width(), h), int(LEFT_TOP | WRAP), text)
            y += h + 8
        p.setFont(font(20, True))
        fm = QFontMetricsF(p.font())
        p.drawText(QRectF(body.left(), y, body.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                   f"Kosten: {format_cents(link.kosten_cents)}")
        y += fm.height() + 12
        area = QRectF(body.left(), y, body.width(), body.bottom() - y)
        p.setPen(QPen(QColor("#777777"), 2, Qt.PenStyle.DashLine))
        p.drawRoundedRect(area, 12, 12)
        p.setPen(QPen(QColor("#777777")))
        p.setFont(font(14))
        p.drawText(area.adjusted(0, 12, 0, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   "Plak hier uw sticker(s)")

    return write_drawn(path, "Stickerposter", data.wijk, data.datum, len(data.ideeen), draw)


# --- Dit kiest de wijk ---------------------------------------------------------------------------------


def poster(ronde, path: Path | str, png: Path | str | None = None) -> int:
    """One page with the chosen ideas, their costs and the budget bar; and optionally a square PNG."""
    data = verslag.poster(ronde)

    def draw(p: QPainter, body: QRectF, _index: int) -> None:
        _draw_poster(p, body, data, _fit_scale(body, data, 1.6))

    pages = write_drawn(path, "Dit kiest de wijk", data.wijk, data.datum, 1, draw)
    if png is not None:
        poster_png(data, png)
    return pages


def poster_png(data, path: Path | str, size: int = 1080) -> Path:
    """The same poster as a square image to share (1080 x 1080, white background)."""
    ensure_gui_app()
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(3780)
    image.setDotsPerMeterY(3780)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    margin = size * 0.06
    body = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    scale = _fit_scale(body, data, 2.2)
    _draw_poster(p, body, data, scale, footer=f"Wijk {data.wijk} · {format_date(data.datum)}")
    p.end()
    path = Path(path)
    tmp = safe_file.temp_path_beside(path)
    if not image.save(str(tmp), "PNG"):
        safe_file.remove_quietly(tmp)
        raise safe_file.TargetError(f"Kan niet schrijven naar {path}. Kies een andere map of naam.")
    safe_file.replace_target(tmp, path)
    return path


def _fit_scale(body: QRectF, data, largest: float) -> float:
    """The largest type (from `largest` down) at which every chosen idea fits: nothing is cut off."""
    scale = largest
    while scale > 0.4 and _poster_height(body.width(), data, scale) > body.height():
        scale -= 0.05
    return scale


def _poster_rows(data) -> list[tuple[str, str]]:
    return [(f"{i}. {link.idee.titel}", format_cents(link.kosten_cents)) for i, link in enumerate(data.gekozen, 1)]


def _poster_summary(data) -> str:
    return (f"Gekozen: {format_cents(data.besteed_cents)} van het budget van {format_cents(data.budget_cents)}; "
            f"over: {format_cents(data.budget_cents - data.besteed_cents)}").replace("€ ", "€\u00a0")


def _poster_height(width: float, data, scale: float) -> float:
    fm_big, fm = QFontMetricsF(font(30 * scale, True)), QFontMetricsF(font(14 * scale))
    fm_sub, fm_small = QFontMetricsF(font(16 * scale)), QFontMetricsF(font(12 * scale))
    sub = f"{data.wijk} · {data.ronde.titel} · {dutch_date(data.datum)}"
    h = (fm_big.height() + _text_height(fm_sub, sub, width) + 16 + 40 * scale + 6
         + _text_height(fm_small, _poster_summary(data), width) + 24)
    for left, _right in _poster_rows(data) or [("Geen ideeën gekozen.", "")]:
        h += _text_height(fm, left, width * 0.75) + 8
    return h + fm.height() * 2


def _draw_poster(p: QPainter, body: QRectF, data, scale: float, footer: str = "") -> None:
    p.setPen(QPen(QColor("#000000")))
    y = body.top()
    p.setFont(font(30 * scale, True))
    fm = QFontMetricsF(p.font())
    p.drawText(QRectF(body.left(), y, body.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, "Dit kiest de wijk")
    y += fm.height()
    p.setFont(font(16 * scale))
    fm = QFontMetricsF(p.font())
    sub = f"{data.wijk} · {data.ronde.titel} · {dutch_date(data.datum)}"
    h = _text_height(fm, sub, body.width())
    p.drawText(QRectF(body.left(), y, body.width(), h), int(LEFT_TOP | WRAP), sub)
    y += h + 16
    # The budget bar: filled for what the chosen ideas cost, hatched grey for what is left.
    bar = QRectF(body.left(), y, body.width(), 40 * scale)
    p.setPen(QPen(QColor("#000000"), 2))
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawRect(bar)
    spent = min(data.besteed_cents, data.budget_cents)
    if data.budget_cents > 0 and spent > 0:
        filled = QRectF(bar.left(), bar.top(), bar.width() * spent / data.budget_cents, bar.height())
        p.setBrush(QBrush(QColor("#333333")))
        p.drawRect(filled)
    y = bar.bottom() + 6
    p.setFont(font(12 * scale))
    fm = QFontMetricsF(p.font())
    summary = _poster_summary(data)
    h = _text_height(fm, summary, body.width())
    p.drawText(QRectF(body.left(), y, body.width(), h), int(LEFT_TOP | WRAP), summary)
    y += h + 24
    p.setFont(font(14 * scale))
    fm = QFontMetricsF(p.font())
    rows = _poster_rows(data) or [("Geen ideeën gekozen.", "")]
    for left, right in rows:
        h = _text_height(fm, left, body.width() * 0.75)
        p.drawText(QRectF(body.left(), y, body.width() * 0.75, h), int(LEFT_TOP | WRAP), left)
        p.drawText(QRectF(body.left() + body.width() * 0.75, y, body.width() * 0.25, fm.height()),
                   Qt.AlignmentFlag.AlignRight, right)
        y += h + 8
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.drawLine(QPointF(body.left(), y - 4), QPointF(body.right(), y - 4))
        p.setPen(QPen(QColor("#000000")))
    if footer:
        p.setFont(font(11 * scale))
        fm = QFontMetricsF(p.font())
        p.drawText(QRectF(body.left(), body.bottom() - fm.height(), body.width(), fm.height()),
                   Qt.AlignmentFlag.AlignRight, footer)
