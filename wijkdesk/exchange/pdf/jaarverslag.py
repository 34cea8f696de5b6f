"""The jaarverslag as PDF: per wijk and year for the wethouder and the council, plus a page comparing all
wijken of the year. Data from `services.jaarverslag` (money from `services.budget`), layout here.

`gather()` reads (it may run off the main thread: no painting), `write()` draws (needs a
QGuiApplication), `make()` does both for the command line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPen

from wijkdesk.domain.dates import format_date
from wijkdesk.domain.money import decimal_to_cents, format_cents
from wijkdesk.exchange.pdf import flow
from wijkdesk.exchange.pdf.charts import FILLS, Bar, BarChart, GroupedBars, StackedBar
from wijkdesk.exchange.pdf.flow import Column, Heading, PageBreak, Paragraph, ProgressCell, Table, Wrapped
from wijkdesk.exchange.pdf.page import Pages, font
from wijkdesk.exchange.progress import Progress
from wijkdesk.services import jaarverslag as jv

ALLE_WIJKEN = "Alle wijken"
STEPS_PER_WIJK = 7  # the step() calls of services.jaarverslag.gather


@dataclass
class Rapport:
    """What one PDF holds: the jaarverslag of one wijk (or of every wijk) and the comparison page."""

    jaar: int
    verslagen: list[jv.Jaarverslag]
    vergelijking: jv.Vergelijking
    gemaakt_op: dt.date


def euro(amount: Decimal | int | None) -> str:
    """€ 1.234,56 from a Decimal (or cents); never split after the € sign."""
    if amount is None:
        return ""
    cents = amount if isinstance(amount, int) else decimal_to_cents(amount)
    return format_cents(cents).replace("€ ", "€\u00a0")


def _cents(amount: Decimal) -> int:
    return decimal_to_cents(amount)


# --- reading ----------------------------------------------------------------------------------------


def gather(jaar: int, wijk: str | None = None, *, progress=None, is_cancelled=None,
           today: dt.date | None = None) -> Rapport:
    """The data of the report: one wijk by name, or every wijk when `wijk` is None."""
    today = today or dt.date.today()
    tracker = Progress(1, progress, is_cancelled, every=1)
    tracker.phase("Alle wijken vergelijken")
    year_goals = jv.goals_of_year(int(jaar))  # once for every wijk of the report
    comparison = jv.vergelijking(jaar, today, step=lambda _label: tracker.check(), year_goals=year_goals)
    names = [jv.find_wijk(wijk).naam] if wijk is not None else [w.wijk for w in comparison.wijken]
    tracker.restart(len(names) * STEPS_PER_WIJK)
    scrub = jv.scrubber()
    reports = []
    for naam in names:
        def step(label: str, naam=naam) -> None:
            tracker.phase(f"{naam}: {label}")
            tracker.step()
        reports.append(jv.gather(jv.find_wijk(naam), jaar, today, step, scrub, year_goals))
    return Rapport(int(jaar), reports, comparison, today)


# --- drawing ----------------------------------------------------------------------------------------


def write(rapport: Rapport, path: Path | str, *, progress=None, is_cancelled=None) -> int:
    """Draw the report into `path` (written beside it and renamed when complete); returns the pages.

    `progress(done, total, label)` is told after each page and `is_cancelled()` asked (a whole city is
    800 pages): Cancel leaves no file.
    """
    tracker = Progress(1, progress, is_cancelled, every=1)
    tracker.phase("Opmaken")
    items: list[tuple[str, flow.Block]] = []
    for report in rapport.verslagen:
        label = f"Wijk {report.wijk}"
        items += [(label, block) for block in _wijk_blocks(report)]
        items.append((label, PageBreak()))
    items += [(ALLE_WIJKEN, block) for block in _comparison_blocks(rapport.vergelijking)]
    title = f"Jaarverslag {rapport.jaar}"
    wijk = rapport.verslagen[0].wijk if len(rapport.verslagen) == 1 else ALLE_WIJKEN
    pages = Pages(path, f"{title} {wijk}", wijk, rapport.gemaakt_op)
    pages.title = title
    body = pages.body
    try:
        laid = flow.layout(items, pages.writer, body.width(), body.height())
        tracker.restart(len(laid))
        for index, page in enumerate(laid):
            tracker.phase(f"pagina {index + 1} van {len(laid)}")
            if index:
                pages.new_page()
            pages.frame(index + 1, len(laid), page.label)
            for placed in page.blocks:
                pages.painter.save()
                placed.block.draw(pages.painter, pages.writer, body.left(), body.top() + placed.y, body.width())
                pages.painter.restore()
            tracker.step()
    except BaseException:
        pages.abandon()
        raise
    pages.finish()
    return len(laid)


def make(path: Path | str, jaar: int, wijk: str | None = None, *, progress=None, is_cancelled=None,
         today: dt.date | None = None) -> int:
    """Gather and write: the command line's one call. Returns the number of pages."""
    return write(gather(jaar, wijk, progress=progress, is_cancelled=is_cancelled, today=today), path)


def _summary_rows(r: jv.Jaarverslag) -> list[list[str]]:
    """The year's money; the carry-over rows only when there is one (in from the year before, out to the next)."""
    g = r.geld
    carried = bool(g.overgeheveld_in or g.overgeheveld_uit)
    rows = [[f"Meedoenbudget {r.jaar}", euro(g.budget)]]
    if g.overgeheveld_in:
        rows.append([f"Overgeheveld uit {r.jaar - 1} (erbij)", euro(g.overgeheveld_in)])
    if g.overgeheveld_uit:
        rows.append([f"Overgeheveld naar {r.jaar + 1} (eraf)", euro(g.overgeheveld_uit)])
    if carried:
        rows.append(["Beschikbaar", euro(g.beschikbaar)])
    rows += [["Toegekend (toekenningen die meetellen)", euro(g.toegekend)],
             ["Uitgegeven", euro(g.uitgegeven)],
             ["Vastgelegd (toegekend, en uitgaven buiten een toekenning)", euro(g.vastgelegd)]]
    if g.overgeheveld_uit:
        rows.append(["Resterend vóór overheveling", euro(g.over_aan_eind)])
    rows.append(["Resterend", euro(g.resterend)])
    return rows


def _carry_lines(r: jv.Jaarverslag) -> list[flow.Block]:
    g = r.geld
    out: list[flow.Block] = []
    for o in g.overhevelingen:
        out.append(Paragraph(f"Overheveling van {o.van_jaar} naar {o.naar_jaar} op {format_date(o.datum)}: "
                             f"{euro(o.bedrag)}." + (f" Reden: {o.reden}" if o.reden else ""), 9))
    if g.gesloten_op:
        out.append(Paragraph(f"Het jaar {r.jaar} is afgesloten op {format_date(g.gesloten_op)}.", 9, bold=True))
    return out


def _wijk_blocks(r: jv.Jaarverslag) -> list[flow.Block]:
    g = r.geld
    blocks: list[flow.Block] = [
        Heading(f"Jaarverslag Meedoenbudget {r.jaar}", 20, space_above=0),
        Paragraph(f"Wijk {r.wijk}", 14, bold=True),
        Paragraph(("Voor " + (f"{r.wijkwethouder} (wijkwethouder)" if r.wijkwethouder else "de wijkwethouder")
                   + f" en de gemeenteraad. Gemaakt met WijkDesk op {format_date(r.gemaakt_op)}."), 9.5, grey=True),
    ]
    if r.leeg:
        blocks.append(Paragraph(f"Voor {r.wijk} is in {r.jaar} niets vastgelegd: geen Meedoenbudget, doelen, "
                                "bijeenkomsten, stemrondes of besluiten.", 10.5, bold=True))
    # 1. Money
    blocks.append(Heading("1. Geld"))
    if not g.heeft_budget:
        blocks.append(Paragraph(f"Voor {r.jaar} is geen Meedoenbudget vastgesteld; de bedragen hieronder zijn nul.",
                                bold=True))
    blocks.append(Table([Column("Post", 70), Column("Bedrag", 30, right=True)], _summary_rows(r), size=10))
    blocks += _carry_lines(r)
    committed_only = max(_cents(g.vastgelegd) - _cents(g.uitgegeven), 0)
    left = _cents(g.resterend)
    parts = [("Uitgegeven", _cents(g.uitgegeven), FILLS[0]),
             ("Vastgelegd, nog niet uitgegeven", committed_only, FILLS[1])]
    if g.overgeheveld_uit:
        parts.append((f"Overgeheveld naar {r.jaar + 1}", _cents(g.overgeheveld_uit), FILLS[3]))
    parts.append(("Resterend", max(left, 0), FILLS[2]))
    available = _cents(g.beschikbaar) + _cents(g.overgeheveld_uit)  # the whole bar: what this year had
    note = (f"Tekort: {euro(-left)} meer vastgelegd dan beschikbaar (de streep markeert het beschikbare bedrag)."
            if left < 0 else "")
    if g.heeft_budget or g.vastgelegd:
        blocks.append(StackedBar(parts, "Beschikbaar", available, note))
    blocks.append(Heading("In het kort", 11))
    facts = [["Doelen", f"{len(r.doelen)} (afgerond {r.doelen_afgerond})"],
             ["Bijeenkomsten", f"{len(r.bijeenkomsten)} met samen {r.aanwezigen} aanwezigen"],
             ["Stemrondes", f"{len(r.rondes)} met samen {sum(x.stemmen for x in r.rondes)} stemmen"],
             ["Besluiten", str(len(r.besluiten))],
             ["Verantwoordingen", f"{r.verantwoord} verantwoord, {r.te_laat} te laat, "
                                  f"{len(r.verantwoordingen) - r.verantwoord - r.te_laat} nog niet nodig of open"]]
    blocks.append(Table([Column("", 35), Column("", 65)], facts, size=9.5, header=False))
    # 2. Spending charts
    blocks.append(Heading("2. Besteding per thema"))
    blocks += _chart(r.per_thema, r, "thema")
    blocks.append(Heading("3. Besteding per soort activiteit"))
    blocks += _chart(r.per_soort, r, "soort activiteit")
    # 4. Goals
    blocks.append(Heading(f"4. Doelen ({len(r.doelen)})"))
    if r.doelen:
        rows = []
        for d in r.doelen:
            title = d.titel + (f"\nDeadline {format_date(d.deadline)}" if d.deadline else "")
            target = " — ".join(t for t in (d.indicator, d.streefwaarde) if t) or "—"
            rows.append([title, target, d.bereikt_waarde or "nog niet ingevuld", ProgressCell(d.voortgang), d.status,
                         euro(d.uitgegeven)])
        blocks.append(Table([Column("Doel", 29), Column("Indicator en streefwaarde", 21), Column("Bereikt", 15),
                             Column("Voortgang", 14), Column("Status", 9), Column("Uitgegeven", 12, right=True)], rows))
    else:
        blocks.append(Paragraph(f"Geen doelen in {r.jaar}."))
    # 5. Meetings
    blocks.append(Heading(f"5. Bijeenkomsten ({len(r.bijeenkomsten)})"))
    if r.bijeenkomsten:
        rows = [[format_date(m.datum), m.titel + (f"\n{m.plaats}" if m.plaats else ""), m.soort,
                 "niet geteld" if m.aanwezig is None else str(m.aanwezig), str(m.besluiten)] for m in r.bijeenkomsten]
        blocks.append(Table([Column("Datum", 12), Column("Bijeenkomst", 42), Column("Soort", 16),
                             Column("Aanwezigen", 15, right=True), Column("Besluiten", 15, right=True)], rows))
        uncounted = sum(m.aanwezig is None for m in r.bijeenkomsten)
        blocks.append(Paragraph(f"Samen {r.aanwezigen} aanwezigen op {len(r.bijeenkomsten)} bijeenkomsten"
                                + (f" ({uncounted} niet geteld)." if uncounted else "."), 9))
    else:
        blocks.append(Paragraph(f"Geen bijeenkomsten in {r.jaar}."))
    # 6. Votes
    blocks.append(Heading(f"6. Stemrondes ({len(r.rondes)})"))
    if r.rondes:
        rows = []
        for x in r.rondes:
            chosen = "\n".join(f"{i}. {t}" for i, t in enumerate(x.gekozen, 1))
            if x.status == "gesloten":
                chosen = (chosen or "geen") + f"\nSamen {euro(x.besteed)} van {euro(x.budget)}"
            counted = f"{x.stemmen}" + (" (telling)" if x.invoerwijze == "telling" else "")
            rows.append([x.titel, format_date(x.datum), counted, str(x.ongeldig) if x.invoerwijze != "telling" else "—",
                         x.uitslag, chosen or "—"])
        blocks.append(Table([Column("Stemronde", 22), Column("Datum", 11), Column("Stemmen", 10, right=True),
                             Column("Ongeldig", 10, right=True), Column("Uitslag", 18), Column("Gekozen", 29)], rows))
    else:
        blocks.append(Paragraph(f"Geen stemrondes in {r.jaar}."))
    # 7. Decisions
    blocks.append(Heading(f"7. Besluiten ({len(r.besluiten)})"))
    if r.besluiten:
        rows = [[format_date(b.datum), b.tekst, b.besloten_door or "—", euro(b.bedrag) or "—",
                 b.status + (f": {b.status_reden}" if b.status != "geldig" and b.status_reden else "")]
                for b in r.besluiten]
        blocks.append(Table([Column("Datum", 11), Column("Besluit", 47), Column("Besloten door", 15),
                             Column("Bedrag", 12, right=True), Column("Status", 15)], rows))
    else:
        blocks.append(Paragraph(f"Geen besluiten in {r.jaar}."))
    # 8. Verantwoordingen
    blocks.append(Heading(f"8. Verantwoordingen ({len(r.verantwoordingen)})"))
    if r.verantwoordingen:
        blocks.append(Paragraph(f"{r.verantwoord} verantwoord, {r.te_laat} te laat, "
                                f"{len(r.verantwoordingen) - r.verantwoord - r.te_laat} open of zonder einddatum "
                                f"(stand op {format_date(r.gemaakt_op)}).", bold=True))
        rows = [[v.omschrijving, euro(v.bedrag), v.band, format_date(v.uiterlijk) or "—",
                 ("TE LAAT" if v.staat == "te laat" else v.staat)
                 + (f" op {format_date(v.verantwoord_op)}" if v.verantwoord_op else "")]
                for v in r.verantwoordingen]
        blocks.append(Table([Column("Toekenning", 33), Column("Bedrag", 13, right=True), Column("Wat is nodig", 24),
                             Column("Uiterlijk", 12), Column("Stand", 18)], rows))
    else:
        blocks.append(Paragraph(f"Geen toekenningen om te verantwoorden in {r.jaar}."))
    # 9. Photos
    blocks.append(Heading("9. Foto's"))
    shown = [f for f in r.fotos if f.bestand is not None]
    if not r.fotos:
        blocks.append(Paragraph(f"Geen foto's bij {r.jaar}."))
    for first in range(0, len(shown), 2):
        blocks.append(PhotoRow(shown[first:first + 2]))
    for f in r.fotos:
        if f.bestand is None:
            blocks.append(Paragraph(f"Foto '{f.naam}' niet opgenomen: het bestand ontbreekt of kan niet worden "
                                    "geopend (zie 'wijkdesk check').", 9, grey=True))
    if r.fotos_meer:
        blocks.append(Paragraph(f"Nog {r.fotos_meer} foto's van {r.jaar} staan in WijkDesk.", 9, grey=True))
    if r.weggelaten_teksten:
        blocks.append(Paragraph(f"In {r.weggelaten_teksten} tekst(en) zijn namen of contactgegevens van bewoners "
                                "weggelaten.", 8.5, grey=True))
    return blocks


def _chart(posts: list[jv.Post], r: jv.Jaarverslag, what: str) -> list[flow.Block]:
    if not posts:
        return [Paragraph(f"In {r.jaar} is nog niets uitgegeven." if r.geld.heeft_budget
                          else f"Geen Meedoenbudget in {r.jaar}, dus geen uitgaven per {what}.")]
    total = sum((p.bedrag for p in posts), Decimal("0.00"))
    return [BarChart([Bar(p.label, _cents(p.bedrag)) for p in posts],
                     caption=f"Uitgegeven in {r.jaar} per {what}; samen {euro(total)}.")]


def _comparison_blocks(v: jv.Vergelijking) -> list[flow.Block]:
    blocks: list[flow.Block] = [Heading(f"Alle wijken in {v.jaar}", 16, space_above=0),
                                Paragraph("Meedoenbudget, toegekend, uitgegeven en resterend per wijk, met doelen, "
                                          "bijeenkomsten, stemmen en verantwoordingen.", 9.5, grey=True)]
    if not v.wijken:
        blocks.append(Paragraph("Er zijn geen wijken in WijkDesk."))
        return blocks
    total = lambda name: str(sum(getattr(w, name) for w in v.wijken))  # noqa: E731
    carried = any(w.geld.overgeheveld_in or w.geld.overgeheveld_uit for w in v.wijken)
    names = ["budget"] + (["overgeheveld_in", "overgeheveld_uit"] if carried else []) + [
        "toegekend", "uitgegeven", "resterend"]
    money = [[w.wijk] + [euro(getattr(w.geld, n)) for n in names] for w in v.wijken]
    money.append(["Totaal"] + [euro(v.totaal(n)) for n in names])
    titles = {"budget": "Meedoenbudget", "overgeheveld_in": f"Uit {v.jaar - 1}",
              "overgeheveld_uit": f"Naar {v.jaar + 1}", "toegekend": "Toegekend", "uitgegeven": "Uitgegeven",
              "resterend": "Resterend"}
    blocks.append(Heading("Geld per wijk", 11))
    blocks.append(Table([Column("Wijk", 20)] + [Column(titles[n], 16, True) for n in names], money,
                        size=8.5 if not carried else 8))
    if carried:
        blocks.append(Paragraph(f"Uit {v.jaar - 1} / naar {v.jaar + 1}: overgeheveld bij de jaarafsluiting.", 8.5,
                                grey=True))
    done = [[w.wijk, str(w.doelen), str(w.doelen_afgerond), str(w.bijeenkomsten), str(w.aanwezigen), str(w.stemmen),
             str(w.verantwoord), str(w.te_laat)] for w in v.wijken]
    done.append(["Totaal"] + [total(name) for name in ("doelen", "doelen_afgerond", "bijeenkomsten", "aanwezigen",
                                                       "stemmen", "verantwoord", "te_laat")])
    blocks.append(Heading("Wat er gebeurde per wijk", 11))
    blocks.append(Table([Column("Wijk", 24), Column("Doelen", 10, True), Column("Afgerond", 11, True),
                         Column("Bijeenkomsten", 14, True), Column("Aanwezigen", 12, True), Column("Stemmen", 10, True),
                         Column("Verantwoord", 11, True), Column("Te laat", 8, True)], done, size=8.5))
    blocks.append(Heading("Budget, toegekend en uitgegeven per wijk", 11))
    blocks.append(GroupedBars(["Meedoenbudget", "Toegekend", "Uitgegeven"],
                              [(w.wijk, [_cents(w.geld.budget), _cents(w.geld.toegekend), _cents(w.geld.uitgegeven)])
                               for w in v.wijken]))
    return blocks


class PhotoRow(flow.Block):
    """Up to two photos side by side, each scaled into its box with its name and description below."""

    BOX_H = 230.0

    def __init__(self, photos: list[jv.FotoRegel]):
        self.photos = photos

    def _caption(self, device, photo, width) -> Wrapped:
        text = photo.naam + (f" — {photo.omschrijving}" if photo.omschrijving else "")
        return Wrapped(text, font(8.5), width, device)  # the whole name and description, however long

    def measure(self, device, width):
        box_w = (width - 16) / 2
        return self.BOX_H + 4 + max(self._caption(device, p, box_w).height for p in self.photos)

    def draw(self, painter, device, x, y, width):
        box_w = (width - 16) / 2
        for i, photo in enumerate(self.photos):
            bx = x + i * (box_w + 16)
            box = QRectF(bx, y, box_w, self.BOX_H)
            image = _load_image(photo.bestand, QSize(int(box_w * 2), int(self.BOX_H * 2)))
            if image is None:
                painter.setPen(QPen(QColor("#777777"), 1, Qt.PenStyle.DashLine))
                painter.drawRect(box)
                painter.setPen(QPen(QColor("#000000")))
                Wrapped(f"Foto '{photo.naam}' kan niet worden getoond: geen leesbare afbeelding.", font(9),
                        box_w - 16, device).draw(painter, bx + 8, y + 8)
            else:
                scale = min(box_w / image.width(), self.BOX_H / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF(bx + (box_w - w) / 2, y + (self.BOX_H - h) / 2, w, h), image)
            painter.setPen(QPen(QColor("#000000")))
            self._caption(device, photo, box_w).draw(painter, bx, y + self.BOX_H + 4)


def _load_image(path: Path | None, most: QSize) -> QImage | None:
    """The image read at no more than twice its printed size (a 40-megapixel photo stays small), or None."""
    if path is None:
        return None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > most.width() or size.height() > most.height()):
        reader.setScaledSize(size.scaled(most, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else image
