"""'Aanvraag afdrukken': a grant's request on paper for the bewonersgroep to check and sign.

Data from `services.aanvraag.document` (the same checks and deadline as the window), layout here. It names
the group, never persons: the signatures are blank lines the signers fill in by hand, and the grant's
'besloten door' (an official's name) is left off.
"""
from __future__ import annotations

from pathlib import Path

from wijkdesk.domain.money import format_cents
from wijkdesk.exchange.pdf.page import dutch_date, esc, page_count, table, write_html
from wijkdesk.services import aanvraag, budget, verantwoording


def _money(cents) -> str:
    return "" if cents is None else esc(format_cents(cents)).replace(" ", "&nbsp;")


def _paragraphs(text: str) -> str:
    return "<p>" + esc(text.strip()).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"


def aanvraag_pdf(toekenning, path: Path | str) -> int:
    """The request of a grant with its begroting, the rule checks, the decision deadline and places to
    sign; returns the number of pages."""
    doc = aanvraag.document(toekenning)
    t = doc.toekenning
    title = t.omschrijving or "Aanvraag"
    head = [f"<h1>Aanvraag Meedoenbudget</h1><p><b>{esc(title)}</b> · wijk {esc(doc.wijk)} · {doc.jaar}</p>"]
    days = [d for d in (t.activiteit_startdatum, t.activiteit_einddatum) if d]
    activiteit = " t/m ".join(dutch_date(d) for d in sorted(set(days)))
    facts = [("Aanvrager (bewonersgroep)", doc.groep or "—"), ("Zaaknummer", t.zaaknummer or "—"),
             ("Voor doel", doc.doel or "—"), ("Soort activiteit", t.activiteit_soort or "—"),
             ("Activiteit", activiteit or "—"), ("Aanvraag ontvangen op", dutch_date(t.aanvraag_ontvangen_op) or "—"),
             ("Gevraagd bedrag", format_cents(t.bedrag_cents))]
    if t.wijkteam_advies_op or doc.totaal_cents > aanvraag.rules_for(t).snelle_beslissing_tot_cents:
        facts.append(("Advies wijkteam op", dutch_date(t.wijkteam_advies_op) or "nog niet gegeven"))
    if doc.termijn is not None:
        deadline = f"<b>{esc(dutch_date(doc.termijn.uiterlijk))}</b>"
        if doc.verstreken:
            deadline += " <b>TERMIJN VERSTREKEN</b>"
        deadline += f"<br><span class='klein'>{esc(doc.termijn.uitleg())}</span>"
        facts.append(("Besluit uiterlijk", deadline))
    if t.besluitdatum:
        facts.append(("Besluit genomen op", dutch_date(t.besluitdatum)))
    due = verantwoording.grant_deadline(t)  # the one due-date rule of the window, export and jaarverslag
    if due:
        facts.append(("Verantwoording uiterlijk", dutch_date(due)))
    # Values are escaped here; the deadline is built as HTML above from escaped parts.
    head.append("<table cellpadding='2'>" + "".join(
        f"<tr><td><b>{esc(k)}</b>&nbsp;&nbsp;</td><td>{v if k == 'Besluit uiterlijk' else esc(v)}</td></tr>"
        for k, v in facts) + "</table>")
    parts = head
    parts.append("<h2>Activiteitenplan</h2>")
    parts.append(_paragraphs(t.activiteitenplan) if t.activiteitenplan.strip() else "<p>Niet ingevuld.</p>")
    parts.append(f"<h2>Begroting ({len(doc.regels)} {'regel' if len(doc.regels) == 1 else 'regels'})</h2>")
    if doc.regels:
        rows = [[str(n), esc(r.omschrijving), esc(r.soort), _money(r.bedrag_cents)]
                for n, r in enumerate(doc.regels, start=1)]
        rows.append(["", "<b>Totaal</b>", "", f"<b>{_money(doc.totaal_cents)}</b>"])
        parts.append(table([("Nr.", "num"), ("Omschrijving", ""), ("Soort", ""), ("Bedrag", "num")], rows,
                           [7, 58, 18, 17]))
    else:
        parts.append("<p>Er is geen begroting ingevuld.</p>")
    parts.append("<h2>Controle op de regels van de wijk</h2>")
    if doc.waarschuwingen:
        parts.append("<ul>" + "".join(f"<li>{esc(w.tekst)}</li>" for w in doc.waarschuwingen) + "</ul>")
    else:
        parts.append("<p>Deze aanvraag voldoet aan de regels van de wijk.</p>")
    closing = ("<h2{break_}>Verklaring</h2><p>De bewonersgroep vraagt dit bedrag uit het Meedoenbudget voor de activiteit "
                 "hierboven. Zij besteedt het alleen daaraan, betaalt er geen consumpties, attenties of cadeautjes "
               "van, bewaart de bonnetjes en legt na afloop verantwoording af.</p>" + _signatures())
    body = "".join(parts)
    # The declaration and the signatures stay together: when they would run over a page end, they start
    # the next page (a signature must never stand on a page apart from what it signs for).
    together = closing.replace("{break_}", "")
    if page_count(body + together) > page_count(body + "<h2>Verklaring</h2>"):
        together = closing.replace("{break_}", " style='page-break-before: always; margin-top: 0'")
    title = f"Aanvraag {t.zaaknummer}" if t.zaaknummer else "Aanvraag"
    return write_html(path, title, doc.wijk, t.aanvraag_ontvangen_op, body + together)


def _signatures() -> str:
    def cell(role: str) -> str:
        return (f"<td width='33%' style='padding-right:18px'><b>{esc(role)}</b><br><br>Naam: ________________"
                "<br><br><br>Handtekening: __________<br><br>Datum: ____________</td>")

    cells = cell("Namens de groep") + cell("Namens de groep") + cell("Ontvangen door wijkkoppel")
    return f"<h2>Ondertekening</h2><table width='100%' cellpadding='4'><tr>{cells}</tr></table>"


def suggested_name(toekenning) -> str:
    """A file name for the window's save dialog: aanvraag-<zaaknummer or id>.pdf."""
    row = budget.get_toekenning(toekenning)
    return f"aanvraag-{row.zaaknummer or row.id}.pdf"

