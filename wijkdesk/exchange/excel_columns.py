"""Sheet and column names of the finance workbook and the import template: one list for all three.

The export, the template and the import share these names, so that an exported workbook can come
back from finance (with paid dates filled in) and be read by the import, matched on `ID_HEADER`.
"""
from __future__ import annotations

from wijkdesk.exchange.xlsx_sheets import DATE, DATETIME, INTEGER, MONEY, PERCENT, TEXT, Column

SHEET_OVERZICHT = "Overzicht"
SHEET_TOEKENNINGEN = "Toekenningen"
SHEET_UITGAVEN = "Uitgaven"
SHEET_IDEEEN = "Ideeën"
SHEET_DOELEN = "Doelen"
SHEET_INFO = "Info"
SHEET_UITLEG = "Uitleg"

# The stable id column: the row's UUID in WijkDesk. Empty (or absent) means "a new row".
ID_HEADER = "WijkDesk-ID"

# Why a grant or expense was allowed over the budget or over its grant (the override reason the
# user wrote down). Export only: the import ignores it, an override is given in WijkDesk itself.
OVERRIDE_HEADER = "Reden overschrijding"

IDEE_STATUS_HEADERS = {
    "nieuw": "Ideeën nieuw", "in onderzoek": "Ideeën in onderzoek", "gekozen": "Ideeën gekozen",
    "afgewezen": "Ideeën afgewezen", "geparkeerd": "Ideeën geparkeerd", "uitgevoerd": "Ideeën uitgevoerd",
}
DOEL_STATUS_HEADERS = {
    "concept": "Doelen concept", "lopend": "Doelen lopend", "afgerond": "Doelen afgerond",
    "gestopt": "Doelen gestopt",
}

OVERZICHT_COLUMNS = [
    Column("Wijk", TEXT, 22), Column("Jaar", INTEGER, 8),
    Column("Meedoenbudget", MONEY, 15), Column("Toegekend", MONEY, 15),
    Column("Uitgegeven", MONEY, 15), Column("Resterend", MONEY, 15),
    *[Column(h, INTEGER, 11) for h in IDEE_STATUS_HEADERS.values()],
    *[Column(h, INTEGER, 11) for h in DOEL_STATUS_HEADERS.values()],
]

TOEKENNING_COLUMNS = [
    Column("Zaaknummer", TEXT, 16), Column("Wijk", TEXT, 18), Column("Jaar", INTEGER, 8),
    Column("Bewonersgroep", TEXT, 24), Column("Doel", TEXT, 28), Column("Omschrijving", TEXT, 32),
    Column("Toegekend", MONEY, 14), Column("Uitgegeven", MONEY, 14), Column("Resterend", MONEY, 14),
    Column("Besluitdatum", DATE, 13), Column("Besloten door", TEXT, 18), Column("Status", TEXT, 13),
    Column("Verantwoording uiterlijk", DATE, 14), Column(OVERRIDE_HEADER, TEXT, 30), Column(ID_HEADER, TEXT, 38),
]

UITGAVE_COLUMNS = [
    Column("Datum", DATE, 12), Column("Wijk", TEXT, 18), Column("Jaar", INTEGER, 8),
    Column("Doel", TEXT, 28), Column("Toekenning", TEXT, 28), Column("Omschrijving", TEXT, 36),
    Column("Leverancier", TEXT, 22), Column("Factuurnummer", TEXT, 16), Column("Bedrag", MONEY, 14),
    Column("Status", TEXT, 13), Column("Betaald op", DATE, 12), Column("Zaaknummer", TEXT, 16),
    Column(OVERRIDE_HEADER, TEXT, 30), Column(ID_HEADER, TEXT, 38),
]

IDEE_COLUMNS = [
    Column("Wijk", TEXT, 18), Column("Titel", TEXT, 32), Column("Omschrijving", TEXT, 44),
    Column("Thema", TEXT, 16), Column("Geschatte kosten", MONEY, 15), Column("Ingediend door", TEXT, 24),
    Column("Bijeenkomst", TEXT, 26), Column("Status", TEXT, 14), Column("Reden status", TEXT, 28),
    Column("Ingevoerd op", DATETIME, 16), Column(ID_HEADER, TEXT, 38),
]

DOEL_COLUMNS = [
    Column("Wijk", TEXT, 18), Column("Titel", TEXT, 30), Column("Omschrijving", TEXT, 40),
    Column("Indicator", TEXT, 24), Column("Streefwaarde", TEXT, 14), Column("Deadline", DATE, 12),
    Column("Verantwoordelijke", TEXT, 20), Column("Eigenaar", TEXT, 22), Column("Status", TEXT, 12),
    Column("Voortgang", PERCENT, 11), Column("Begroot", MONEY, 14), Column("Toegekend", MONEY, 14),
    Column("Uitgegeven", MONEY, 14), Column("Ideeën", TEXT, 36), Column(ID_HEADER, TEXT, 38),
]

# Shown in the Ingediend-door column when a resident (not a group) submitted an idea: never the name.
SUBMITTED_BY_RESIDENT = "een bewoner"
