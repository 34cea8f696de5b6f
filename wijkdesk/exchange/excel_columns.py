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
SHEET_BESLUITEN = "Besluiten"
SHEET_INFO = "Info"
SHEET_UITLEG = "Uitleg"

# The stable id column: the row's UUID in WijkDesk. Empty (or absent) means "a new row".
ID_HEADER = "WijkDesk-ID"

# The receipt files of an expense, in the folder written beside the workbook (export only: the import
# ignores it; receipts are attached in WijkDesk itself).
BONNETJES_HEADER = "Bonnetjes"

SHEET_OVERHEVELINGEN = "Overhevelingen"
# Overzicht: money carried in from the year before and out to the year after at a year end.
CARRY_IN_HEADER = "Uit vorig jaar"
CARRY_OUT_HEADER = "Naar volgend jaar"

# Why a grant or expense was allowed over the budget or over its grant (the override reason the
# user wrote down). Export only: the import ignores it, an override is given in WijkDesk itself.
OVERRIDE_HEADER = "Reden overschrijding"
# Columns the export writes that the import template leaves out.
EXPORT_ONLY = (ID_HEADER, OVERRIDE_HEADER, BONNETJES_HEADER)

IDEE_STATUS_HEADERS = {
    "nieuw": "Ideeën nieuw", "in onderzoek": "Ideeën in onderzoek", "gekozen": "Ideeën gekozen",
    "afgewezen": "Ideeën afgewezen", "geparkeerd": "Ideeën geparkeerd", "uitgevoerd": "Ideeën uitgevoerd",
}
DOEL_STATUS_HEADERS = {
    "concept": "Doelen concept", "lopend": "Doelen lopend", "afgerond": "Doelen afgerond",
    "gestopt": "Doelen gestopt",
}

# Widths in characters: the longest word of each header fits on a line (bold), amounts up to
# € 999.999,99 and dates fit, and free text wraps. The WijkDesk-ID is not printed: it is for the
# import, and its 36 characters would shrink every printed page.
_ID = Column(ID_HEADER, TEXT, 38, printed=False)

OVERZICHT_COLUMNS = [
    Column("Wijk", TEXT, 16), Column("Jaar", INTEGER, 8),
    Column("Meedoenbudget", MONEY, 15),
    # Carry-over at year ends (overheveling): Resterend = Meedoenbudget + Uit vorig jaar - Naar volgend jaar
    # - vastgelegd. Short words and narrow columns: the sheet still prints at a readable scale.
    Column(CARRY_IN_HEADER, MONEY, 12), Column(CARRY_OUT_HEADER, MONEY, 12),
    Column("Toegekend", MONEY, 14),
    Column("Uitgegeven", MONEY, 14), Column("Resterend", MONEY, 14),
    *[Column(h, INTEGER, 13) for h in IDEE_STATUS_HEADERS.values()],
    *[Column(h, INTEGER, 13) for h in DOEL_STATUS_HEADERS.values()],
]

TOEKENNING_COLUMNS = [
    Column("Zaaknummer", TEXT, 14), Column("Wijk", TEXT, 14), Column("Jaar", INTEGER, 8),
    Column("Bewonersgroep", TEXT, 18), Column("Doel", TEXT, 20), Column("Omschrijving", TEXT, 24),
    Column("Toegekend", MONEY, 13), Column("Uitgegeven", MONEY, 13), Column("Resterend", MONEY, 13),
    Column("Besluitdatum", DATE, 15), Column("Besloten door", TEXT, 14), Column("Status", TEXT, 14),
    Column("Verantwoording uiterlijk", DATE, 17), Column("Verantwoording", TEXT, 20), Column(OVERRIDE_HEADER, TEXT, 20),
    _ID,
]

UITGAVE_COLUMNS = [
    Column("Datum", DATE, 11), Column("Wijk", TEXT, 14), Column("Jaar", INTEGER, 8),
    Column("Doel", TEXT, 22), Column("Toekenning", TEXT, 20), Column("Omschrijving", TEXT, 28),
    Column("Leverancier", TEXT, 20), Column("Factuurnummer", TEXT, 16), Column("Bedrag", MONEY, 13),
    Column("Status", TEXT, 14), Column("Betaald op", DATE, 11), Column("Zaaknummer", TEXT, 14),
    Column(OVERRIDE_HEADER, TEXT, 20), Column(BONNETJES_HEADER, TEXT, 30, printed=False), _ID,
]

IDEE_COLUMNS = [
    Column("Wijk", TEXT, 14), Column("Titel", TEXT, 26), Column("Omschrijving", TEXT, 36),
    Column("Thema", TEXT, 14), Column("Geschatte kosten", MONEY, 13), Column("Ingediend door", TEXT, 19),
    Column("Bijeenkomst", TEXT, 22), Column("Status", TEXT, 14), Column("Reden status", TEXT, 20),
    Column("Ingevoerd op", DATETIME, 16), _ID,
]

DOEL_COLUMNS = [
    Column("Wijk", TEXT, 14), Column("Titel", TEXT, 22), Column("Omschrijving", TEXT, 28),
    Column("Indicator", TEXT, 16), Column("Streefwaarde", TEXT, 15), Column("Deadline", DATE, 11),
    Column("Verantwoordelijke", TEXT, 21), Column("Eigenaar", TEXT, 19), Column("Status", TEXT, 11),
    Column("Voortgang", PERCENT, 12), Column("Begroot", MONEY, 13), Column("Toegekend", MONEY, 13),
    Column("Uitgegeven", MONEY, 13), Column("Ideeën", TEXT, 22), _ID,
]

# Decisions about money (a Besluit with an amount): what was decided at which meeting, and whether it
# still holds. No names: the text is scrubbed like every other text in the workbook.
BESLUIT_COLUMNS = [
    Column("Datum", DATE, 11), Column("Wijk", TEXT, 14), Column("Bijeenkomst", TEXT, 22),
    Column("Besluit", TEXT, 40), Column("Besloten door", TEXT, 18), Column("Bedrag", MONEY, 13),
    Column("Status", TEXT, 12), Column("Reden status", TEXT, 24), _ID,
]

# Shown in the Ingediend-door column when a resident (not a group) submitted an idea: never the name.
SUBMITTED_BY_RESIDENT = "een bewoner"

# Money carried from one year to the next at a year end (services.jaarafsluiting), with its reason.
OVERHEVELING_COLUMNS = [
    Column("Wijk", TEXT, 14), Column("Van jaar", INTEGER, 9), Column("Naar jaar", INTEGER, 9),
    Column("Bedrag", MONEY, 14), Column("Datum", DATE, 11), Column("Reden", TEXT, 40), _ID,
]
