"""Demo data: three Deventer wijken with groups, ideas in every status, goals, two years of money.

Everything goes through the same services as the GUI, so the demo is valid by construction and its
audit log looks like real use. Fixed seed: the same demo every time (tests rely on that).
"""
from __future__ import annotations

import datetime as dt
import logging
import random

from wijkdesk.domain.budget_rules import verantwoording_checklist
from wijkdesk.services import aanvraag, bijeenkomsten, budget, doelen, groepen, ideeen, verantwoording, wijken
from wijkdesk.services.errors import ServiceError
from wijkdesk.store.models import ALL_MODELS, db

log = logging.getLogger(__name__)

WIJKEN = [
    {"naam": "Keizerslanden", "wijkmanager": "Sanne de Vries", "wijkopbouwwerker": "Ahmet Yilmaz",
     "welzijnsorganisatie": "Raster", "wijkwethouder": "wethouder Bouwmeester", "kostenplaats": "6420-KL",
     "budget": {2025: 4_500_000, 2026: 4_800_000}},
    {"naam": "Rivierenwijk", "wijkmanager": "Joost Hendriks", "wijkopbouwwerker": "Fatima El Amrani",
     "welzijnsorganisatie": "Raster", "wijkwethouder": "wethouder Van Dijk", "kostenplaats": "6420-RW",
     "budget": {2025: 3_800_000, 2026: 4_000_000}},
    {"naam": "Voorstad", "wijkmanager": "Marieke Bos", "wijkopbouwwerker": "Kees Mulder",
     "welzijnsorganisatie": "Raster", "wijkwethouder": "wethouder Bouwmeester", "kostenplaats": "6420-VS",
     "budget": {2025: 5_200_000, 2026: 5_500_000}},
]
GROEPEN = [
    ("Bewonersvereniging {wijk}", "bewonersorganisatie", "Leefbaarheid"),
    ("Werkgroep Groen {wijk}", "werkgroep", "Groen"),
    ("Jongerenraad {wijk}", "bewonersgroep", "Jeugd"),
    ("Werkgroep Veilig {wijk}", "werkgroep", "Veiligheid"),
]
IDEEEN = [
    ("Buurtmoestuin achter het wijkcentrum", "Groen", 350_000),
    ("Bankjes langs de wandelroute", "Groen", 240_000),
    ("Geveltuintjes in de oude straten", "Groen", 120_000),
    ("Boomspiegels beplanten met bloemen", "Groen", 80_000),
    ("Speeltoestel voor peuters op het pleintje", "Jeugd", 900_000),
    ("Pannakooi bij de school", "Jeugd", 1_500_000),
    ("Huiswerkclub in het buurthuis", "Jeugd", 300_000),
    ("Buurtfeest op de laatste zaterdag van juni", "Ontmoeting", 25_000),
    ("Repaircafé eens per maand", "Ontmoeting", 60_000),
    ("Taalcafé voor nieuwe buurtbewoners", "Ontmoeting", 45_000),
    ("Wijkkrant vier keer per jaar", "Communicatie", 280_000),
    ("Extra verlichting in het steegje", "Veiligheid", 450_000),
    ("Buurtpreventie-app en bordjes", "Veiligheid", 70_000),
    ("Opruimactie met de hele straat", "Schoon", 30_000),
    ("Afvalbakken bij het winkelcentrum", "Schoon", 180_000),
    ("Beweegtuin voor ouderen", "Gezondheid", 1_200_000),
]
# Every status in every wijk (the order matters: chosen ideas become goals with money).
STATUSSEN = ["gekozen", "gekozen", "uitgevoerd", "gekozen", "nieuw", "nieuw", "in onderzoek", "in onderzoek",
             "afgewezen", "geparkeerd", "nieuw", "gekozen", "afgewezen", "geparkeerd", "in onderzoek", "uitgevoerd"]
VOORNAMEN = ["Anja", "Bram", "Chantal", "Dirk", "Esra", "Femke", "Gerrit", "Hanneke", "Ilse", "Jan", "Karim",
             "Lotte", "Mohammed", "Nel", "Olga", "Pieter", "Rian", "Sem", "Tineke", "Wim"]
ACHTERNAMEN = ["Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Kaya", "Peters", "Hendriks",
               "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Yildiz", "Koster"]
LEVERANCIERS = ["Tuincentrum De Worp", "Bouwmarkt Deventer", "Drukkerij IJsselstad", "Speelgoed & Spel BV",
                "Verhuur Van Dam", "Stichting Repair Deventer", "Gemeente Deventer (leges)"]


def database_has_data() -> bool:
    """True when any table holds a row: the demo refuses to mix with real data."""
    return any(model.select().exists() for model in ALL_MODELS)


def fill_demo(today: dt.date | None = None) -> dict[str, int]:
    """Fill an empty database with the demo; returns counts of what was made. One transaction."""
    if database_has_data():
        raise ServiceError("Deze database bevat al gegevens. Voorbeeldgegevens gaan alleen in een nieuwe, lege "
                           "database: kies een ander bestand.")
    rng = random.Random(2026)
    today = today or dt.date(2026, 11, 26)
    counts = {"wijken": 0, "groepen": 0, "personen": 0, "ideeen": 0, "doelen": 0, "toekenningen": 0, "uitgaven": 0}
    with db.atomic():
        for w_index, spec in enumerate(WIJKEN):
            _fill_wijk(spec, w_index, rng, today, counts)
        from wijkdesk.services.stemronde import demo as stemronde_demo  # a voting round for the Stemronde tab and the beamer

        counts["stemrondes"] = stemronde_demo.fill(today)
    log.info("Voorbeeldgegevens gemaakt: %s", counts)
    return counts


def _person(rng: random.Random, used: set) -> str:
    while True:
        naam = f"{rng.choice(VOORNAMEN)} {rng.choice(ACHTERNAMEN)}"
        if naam not in used:
            used.add(naam)
            return naam


def _fill_wijk(spec: dict, w_index: int, rng: random.Random, today: dt.date, counts: dict) -> None:
    fields = {k: v for k, v in spec.items() if k not in ("naam", "budget")}
    wijk = wijken.create_wijk(spec["naam"], **fields)
    counts["wijken"] += 1
    used_names: set = set()
    groups = []
    for naam, soort, thema in GROEPEN:
        group = groepen.create_groep(wijk, naam.format(wijk=wijk.naam), soort=soort, thema=thema,
                                     actief=not (soort == "bewonersgroep" and w_index == 2))
        groups.append(group)
        counts["groepen"] += 1
        for rol in ("contactpersoon", "penningmeester", "lid", "lid"):
            naam_p = _person(rng, used_names)
            mail = naam_p.lower().replace(" ", ".") + "@voorbeeld.nl"
            person = groepen.create_persoon(naam_p, email=mail, telefoon=f"06 {rng.randint(10000000, 99999999)}",
                                            toestemming_op=dt.date(2025, rng.randint(1, 12), rng.randint(1, 28)))
            groepen.add_lid(group, person, rol)
            counts["personen"] += 1

    meetings = {}
    for year in (2025, 2026):
        for month in (3, 9):
            meetings[(year, month)] = bijeenkomsten.create_bijeenkomst(
                wijk, dt.date(year, month, 10 + w_index), "Bewonersavond", plaats=f"Wijkcentrum {wijk.naam}",
                aantal_aanwezig=rng.randint(18, 65), notities="Ideeën opgehaald en gestemd met stickers.")
    for year, amount in spec["budget"].items():
        budget.set_budget(wijk, year, amount, notities=f"Vastgesteld door de gemeente voor {year}.")

    for month_key, meeting in meetings.items():
        # Small costs paid straight from the budget, without a toekenning.
        budget.create_uitgave(wijk, month_key[0], rng.choice([4_500, 7_500, 12_000]), "Zaalhuur bewonersavond",
                              meeting.datum, leverancier=f"Wijkcentrum {wijk.naam}",
                              factuurnummer=f"WC-{month_key[0]}-{month_key[1]:02d}", status="betaald",
                              betaald_op=min(today, meeting.datum + dt.timedelta(days=21)))
        counts["uitgaven"] += 1

    for i, ((titel, thema, kosten), status) in enumerate(zip(rng.sample(IDEEEN, len(IDEEEN)), STATUSSEN)):
        year = 2025 if i % 3 == 0 else 2026
        meeting = meetings[(year, 3 if i % 2 == 0 else 9)]
        idee = ideeen.create_idee(wijk, titel, thema=thema, geschatte_kosten_cents=kosten,
                                  omschrijving=f"Voorgesteld op de bewonersavond van {meeting.datum:%d-%m-%Y}.",
                                  ingediend_door_groep=rng.choice(groups), bijeenkomst=meeting)
        counts["ideeen"] += 1
        _walk_status(idee, status)
        if status in ("gekozen", "uitgevoerd") and idee.geschatte_kosten_cents <= 1_500_000:
            _make_goal(wijk, idee, year, status, meeting, rng, today, counts)


def _walk_status(idee, status: str) -> None:
    path = {"nieuw": [], "in onderzoek": ["in onderzoek"], "gekozen": ["in onderzoek", "gekozen"],
            "uitgevoerd": ["in onderzoek", "gekozen", "uitgevoerd"], "afgewezen": ["in onderzoek", "afgewezen"],
            "geparkeerd": ["geparkeerd"]}[status]
    reasons = {"afgewezen": "Valt buiten het Meedoenbudget: dit is taak van de gemeente.",
               "geparkeerd": "Eerst uitzoeken of er een locatie is; volgend jaar opnieuw bekijken."}
    for step in path:
        ideeen.change_status(idee, step, reasons.get(step, ""))


def _demo_request(grant, titel: str, bedrag: int, chosen_on: dt.date) -> None:
    """The request behind a demo grant (received the day the idea was chosen, the wijkteam's advice a week
    later for a large one) with a begroting of three lines adding up to the grant; no random draws, so the
    rest of the demo stays the same."""
    materiaal, huur = bedrag * 6 // 10, bedrag * 3 // 10
    aanvraag.save_aanvraag(grant.id, None, None, bedrag, {
        "aanvraag_ontvangen_op": chosen_on,
        "wijkteam_advies_op": chosen_on + dt.timedelta(days=7) if bedrag > 100_000 else None,
        "activiteitenplan": f"{titel}: de werkgroep regelt het materiaal en de vrijwilligers; de buurt doet mee."},
        [aanvraag.RegelInvoer("Materiaal", "materiaal", materiaal), aanvraag.RegelInvoer("Huur", "huur", huur),
         aanvraag.RegelInvoer("Drukwerk en uitnodigingen", "drukwerk", bedrag - materiaal - huur)])


# The grant is decided this many days after the bewonersavond; the activity then needs at least MIN_LOOPTIJD days.
BESLUIT_NA_DAGEN = 9
MIN_LOOPTIJD = 60


def _goal_deadline(planned: dt.date, besluitdatum: dt.date) -> dt.date:
    """The end of the activity (the goal's deadline, the grant's activiteit_einddatum): the drawn date, or December
    of that year when the drawn date leaves less than MIN_LOOPTIJD days after the decision (a goal chosen in
    September cannot end in June or September of that year)."""
    if planned < besluitdatum + dt.timedelta(days=MIN_LOOPTIJD):
        return planned.replace(month=12)
    return planned


def _make_goal(wijk, idee, year, status, meeting, rng, today, counts) -> None:
    planned = dt.date(year, rng.choice([6, 9, 10, 12]), 30 if year == 2025 else 15)
    besluitdatum = meeting.datum + dt.timedelta(days=BESLUIT_NA_DAGEN)
    deadline = _goal_deadline(planned, besluitdatum)
    doel = doelen.doel_from_idee(
        idee, deadline=deadline, indicator="Aantal deelnemende bewoners",
        streefwaarde=f"{rng.choice([15, 25, 40, 60])} bewoners", verantwoordelijke="Werkgroep en wijkopbouwwerker")
    counts["doelen"] += 1
    # Finished or not follows the drawn date, not the corrected one: whether it is decides the draws that follow
    # (fixed seed: the rest of the demo stays the same). A goal moved to December is then one finished before
    # its end date, its progress dated no later than today.
    done = status == "uitgevoerd" or planned < today - dt.timedelta(days=60)
    doelen.change_status(doel, "lopend")
    steps = [20, 45, 70, 100] if done else [15, rng.choice([30, 50, 60])]
    for n, pct in enumerate(steps):
        doelen.add_voortgang(doel, pct, ["Plan gemaakt", "Offertes opgevraagd", "Uitvoering gestart",
                                         "Afgerond en gevierd"][min(n, 3)],
                             datum=min(today, deadline - dt.timedelta(days=90 - 25 * n)))
    if done:
        doelen.change_status(doel, "afgerond")
    bedrag = idee.geschatte_kosten_cents
    bijeenkomsten.record_besluit(wijk, f"Bewoners kiezen voor '{idee.titel}'.", onderwerp=idee, bijeenkomst=meeting,
                                 datum=meeting.datum)
    grant = budget.create_toekenning(
        wijk, year, bedrag, doel=doel, groep=idee.ingediend_door_groep, omschrijving=idee.titel,
        zaaknummer=f"Z/{year % 100}/{rng.randint(100000, 999999)}", besluitdatum=besluitdatum,
        besloten_door="wijkmanager" if bedrag <= 100_000 else "wijkteam", activiteit_einddatum=deadline)
    _demo_request(grant, idee.titel, bedrag, meeting.datum)
    counts["toekenningen"] += 1
    spent_pct = 100 if done else rng.choice([0, 30, 60])
    parts = rng.randint(1, 4)
    to_spend = bedrag * spent_pct // 100 // parts * parts  # integers only: a whole number of cents per part
    for p in range(parts if to_spend else 0):
        datum = min(today, meeting.datum + dt.timedelta(days=30 + 20 * p))
        uitgave = budget.create_uitgave(
            wijk, year, to_spend // parts, f"{idee.titel}: deel {p + 1}", datum, toekenning=grant, doel=doel,
            leverancier=rng.choice(LEVERANCIERS), factuurnummer=f"F{year}-{rng.randint(1000, 9999)}")
        counts["uitgaven"] += 1
        if done or p == 0:
            budget.mark_paid(uitgave, min(today, datum + dt.timedelta(days=14)))  # never paid in the future
        elif p == 1:
            budget.change_uitgave_status(uitgave, "goedgekeurd")
    if done and year == 2025:
        verantwoording.save(grant, verslag=f"'{idee.titel}' is uitgevoerd; de werkgroep heeft de bonnen ingeleverd.",
                            afgevinkt_codes=[code for code, _t in verantwoording_checklist(grant.bedrag_cents)])
        verantwoording.mark_verantwoord(grant, op=min(today, deadline + dt.timedelta(days=40)))
