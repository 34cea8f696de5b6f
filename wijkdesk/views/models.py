"""The table models of the list tabs (groups, ideas, goals, budget): columns, their order and titles."""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from wijkdesk.domain.dates import format_date
from wijkdesk.services import aanvraag, doelen, lists, verantwoording
from wijkdesk.views import labels
from wijkdesk.views.table_model import ListTableModel

log = logging.getLogger(__name__)

# Red for a row that needs attention: a goal te laat, a grant spent beyond its amount.
PROBLEM_TEXT = QColor("#a4001d")
PROBLEM_BACK = QColor("#fde7e9")
MUTED = QColor("#6b6b6b")


class GroepenModel(ListTableModel):
    """Bewonersgroepen of a wijk."""

    NAAM, SOORT, ACTIEF, LEDEN, THEMA = range(5)
    KEYS = ("naam", "soort", "actief", "aantal_leden", "thema")

    def __init__(self, parent=None):
        super().__init__(lists.GroepenList(), parent)

    def headers(self):
        return [self.tr("Naam"), self.tr("Soort"), self.tr("Actief"), self.tr("Leden"), self.tr("Thema")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.SOORT:
            return labels.soort_label(self.row(index.row()).soort)
        return super().data(index, role)

    def row_foreground(self, row):
        return MUTED if row.gearchiveerd or not row.actief else None


class LedenModel(ListTableModel):
    """The members of one group."""

    NAAM, ROL, EMAIL, TELEFOON = range(4)
    KEYS = ("naam", "rol", "email", "telefoon")

    def __init__(self, parent=None):
        super().__init__(lists.LedenList(), parent)

    def headers(self):
        return [self.tr("Naam"), self.tr("Rol"), self.tr("E-mail"), self.tr("Telefoon")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.ROL:
            return labels.rol_label(self.row(index.row()).rol)
        return super().data(index, role)


class IdeeenModel(ListTableModel):
    """Ideas of a wijk, newest first."""

    NR, TITEL, STATUS, KOSTEN, THEMA, BIJEENKOMST, INGEDIEND_DOOR = range(7)
    KEYS = ("id", "titel", "status", "geschatte_kosten_cents", "thema", "bijeenkomst_datum", "ingediend_door")
    STATUS_KIND = "idee"

    def __init__(self, parent=None):
        super().__init__(lists.IdeeenList(), parent)

    def headers(self):
        return [self.tr("Nr."), self.tr("Titel"), self.tr("Status"), self.tr("Geschatte kosten"), self.tr("Thema"),
                self.tr("Bijeenkomst"), self.tr("Ingediend door")]

    def row_foreground(self, row):
        return MUTED if row.status in ("afgewezen", "geparkeerd") else None

    def tooltip(self, row, column):
        if column == self.STATUS and row.status_reden:
            return self.tr("Reden: {0}").format(row.status_reden)
        return None


class DoelenModel(ListTableModel):
    """Goals of a wijk; those te laat stand out in red."""

    (TITEL, STATUS, DEADLINE, VOORTGANG, BEGROOT, TOEGEKEND, UITGEGEVEN, VERANTWOORDELIJKE, EIGENAAR, STREEFWAARDE,
     BEREIKT) = range(11)
    KEYS = ("titel", "status", "deadline", "voortgang", "begroot_cents", "toegekend_cents", "uitgegeven_cents",
            "verantwoordelijke", "eigenaar", "streefwaarde", "bereikt_waarde")
    STATUS_KIND = "doel"

    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(lists.DoelenList(), parent, today=today)

    def headers(self):
        return [self.tr("Titel"), self.tr("Status"), self.tr("Deadline"), self.tr("Voortgang"), self.tr("Begroot"),
                self.tr("Toegekend"), self.tr("Uitgegeven"), self.tr("Verantwoordelijke"), self.tr("Eigenaar"),
                self.tr("Streefwaarde"), self.tr("Bereikt")]

    def te_laat(self, row) -> bool:
        return doelen.te_laat(row.deadline, row.status, self.today())

    def row_foreground(self, row):
        if self.te_laat(row):
            return PROBLEM_TEXT
        return MUTED if row.status == "gestopt" else None

    def row_background(self, row):
        return PROBLEM_BACK if self.te_laat(row) else None

    def tooltip(self, row, column):
        if self.te_laat(row):
            return self.tr("Te laat: de deadline van dit doel is verstreken.")
        return None


class VoortgangModel(ListTableModel):
    """The dated progress entries of one goal."""

    DATUM, PERCENTAGE, TOELICHTING = range(3)
    KEYS = ("datum", "percentage", "toelichting")

    def __init__(self, parent=None):
        super().__init__(lists.VoortgangList(), parent)

    def headers(self):
        return [self.tr("Datum"), self.tr("Voortgang"), self.tr("Toelichting")]


class ToekenningenModel(ListTableModel):
    """Grants of a wijk and year; a grant whose verantwoording is late stands out in red."""

    OMSCHRIJVING, ONTVANGER, BEDRAG, UITGEGEVEN, STATUS, UITERLIJK, ZAAKNUMMER, BESLUITDATUM, SOORT = range(9)
    KEYS = ("omschrijving", "ontvanger", "bedrag_cents", "uitgegeven_cents", "status", "activiteit_einddatum",
            "zaaknummer", "besluitdatum", "activiteit_soort")
    STATUS_KIND = "toekenning"

    def __init__(self, parent=None, today: dt.date | None = None):
        self._late_decisions: dict = {}  # grant id -> Beslistermijn passed without a decision (aanvraag intake)
        self._rules: dict = {}  # the spending rules per wijk and year, read once per reload
        super().__init__(lists.ToekenningenList(), parent, today=today)

    def headers(self):
        return [self.tr("Omschrijving"), self.tr("Voor"), self.tr("Bedrag"), self.tr("Uitgegeven"), self.tr("Status"),
                self.tr("Verantwoorden vóór"), self.tr("Zaaknummer"), self.tr("Besluitdatum"),
                self.tr("Soort activiteit")]

    def deadline(self, row):
        """The verantwoording's due date of a row (services.verantwoording.deadline, the one rule)."""
        scope = self.scope() or {}
        return verantwoording.deadline(row.activiteit_einddatum, scope.get("wijk_id"), scope.get("jaar"), self._rules)

    def te_laat(self, row) -> bool:
        scope = self.scope() or {}
        return verantwoording.te_laat(row.status, row.activiteit_einddatum, scope.get("wijk_id"), scope.get("jaar"),
                                      self.today(), self._rules)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == self.UITERLIJK:
            row = self.row(index.row())
            if row.status not in ("toegekend", "verantwoord", "aangevraagd"):
                return ""
            return format_date(self.deadline(row)) if row.activiteit_einddatum else ""
        return super().data(index, role)

    def reload(self) -> None:
        self._rules = {}  # the verantwoording term may have changed in the settings
        self._read_late_decisions()
        super().reload()

    def refresh_row(self, row_id: int) -> bool:
        self._read_late_decisions()
        return super().refresh_row(row_id)

    def _read_late_decisions(self) -> None:
        scope = self.scope() or {}
        self._late_decisions = aanvraag.termijnen_verstreken(scope.get("wijk_id"), scope.get("jaar"),
                                                             cache=self._rules)

    def count_te_laat(self) -> int:
        """How many grants of the scope are late with their verantwoording (the line above the list), with
        the rules this list read (on a server, each read of them is a round trip)."""
        scope = self.scope()
        if scope is None:
            return 0
        return verantwoording.count_te_laat(scope["wijk_id"], scope["jaar"], self.today(), cache=self._rules)

    def row_foreground(self, row):
        if self.te_laat(row):
            return PROBLEM_TEXT
        if row.uitgegeven_cents is not None and row.uitgegeven_cents > row.bedrag_cents:
            return PROBLEM_TEXT
        if row.id in self._late_decisions:
            return PROBLEM_TEXT
        return MUTED if row.status in ("afgewezen", "ingetrokken") else None

    def row_background(self, row):
        return PROBLEM_BACK if self.te_laat(row) else None

    def tooltip(self, row, column):
        # Every reason the row stands out, one per line (a grant can be late in two ways at once).
        lines = []
        term = self._late_decisions.get(row.id)
        if term is not None:
            lines.append(self.tr("Termijn verstreken: beslissen uiterlijk {0}; er is nog geen besluitdatum.").format(
                format_date(term.uiterlijk)))
        if self.te_laat(row):
            lines.append(self.tr("Verantwoording te laat: die hoorde er uiterlijk {0} te zijn.").format(
                format_date(self.deadline(row))))
        if row.override_reden:
            lines.append(self.tr("Toegestaan boven het budget; reden: {0}").format(row.override_reden))
        return "\n".join(lines) or None


class UitgavenModel(ListTableModel):
    """The ledger of expenses of a wijk and year."""

    DATUM, OMSCHRIJVING, BEDRAG, STATUS, LEVERANCIER, FACTUURNUMMER, BETAALD_OP, BONNETJE, TOEKENNING, DOEL = range(10)
    KEYS = ("datum", "omschrijving", "bedrag_cents", "status", "leverancier", "factuurnummer", "betaald_op",
            "bonnetje", "toekenning", "doel")
    STATUS_KIND = "uitgave"

    def __init__(self, parent=None):
        super().__init__(lists.UitgavenList(), parent)

    def headers(self):
        return [self.tr("Datum"), self.tr("Omschrijving"), self.tr("Bedrag"), self.tr("Status"), self.tr("Leverancier"),
                self.tr("Factuurnr."), self.tr("Betaald op"), self.tr("Bonnetje"), self.tr("Toekenning"), self.tr("Doel")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self.BONNETJE:
            row = self.row(index.row())
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("ja") if row.bonnetje else ""
            if role == Qt.ItemDataRole.ToolTipRole and row.bonnetje:
                return row.bonnetje
        return super().data(index, role)

    def row_foreground(self, row):
        return MUTED if row.status == "afgewezen" else None

    def tooltip(self, row, column):
        if row.override_reden:
            return self.tr("Toegestaan boven het budget; reden: {0}").format(row.override_reden)
        return None


class BijeenkomstenModel(ListTableModel):
    """Meetings of a wijk, newest first; the one 'nu bezig' in bold."""

    DATUM, TIJD, TITEL, SOORT, PLAATS, AANWEZIG, IDEEEN, BESLUITEN = range(8)
    KEYS = ("datum", "tijd", "titel", "soort", "plaats", "aantal_aanwezig", "aantal_ideeen", "aantal_besluiten")

    def __init__(self, parent=None):
        super().__init__(lists.BijeenkomstenList(), parent)

    def headers(self):
        return [self.tr("Datum"), self.tr("Tijd"), self.tr("Titel"), self.tr("Soort"), self.tr("Plaats"),
                self.tr("Aanwezig"), self.tr("Ideeën"), self.tr("Besluiten")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row(index.row())
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.SOORT:
            return labels.bijeenkomst_soort_label(row.soort)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.TITEL and row.nu_bezig:
            return self.tr("{0} (nu bezig)").format(row.titel)
        if role == Qt.ItemDataRole.FontRole and row.nu_bezig:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)
