"""Settings: the local user's name (for the audit log), the language, the budget rules, where files live."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem

from wijkdesk import logsetup, paths
from wijkdesk.domain.budget_rules import BudgetRules
from wijkdesk.domain.money import MoneyError, format_cents, parse_cents
from wijkdesk.services import audit, database, instellingen, wijken
from wijkdesk.services.errors import ServiceError
from wijkdesk.views import i18n
from wijkdesk.views.dialogs import fill_combo, show_error
from wijkdesk.views.field_errors import FieldErrors
from wijkdesk.views.forms.ui_settings_dialog import Ui_SettingsDialog

log = logging.getLogger(__name__)
SERVER_ATTACHMENTS_KEY = "server_bijlagen_map"  # as views/app.py reads it at start


def rules_to_text(rules: BudgetRules) -> str:
    """One line per kind: 'consumpties: eten, drinken'."""
    return "\n".join(f"{kind}: {', '.join(words)}" for kind, words in rules.verboden.items())


def text_to_forbidden(text: str) -> dict[str, list[str]]:
    forbidden: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        kind, _, words = line.partition(":")
        if not words:
            kind, words = kind, kind
        forbidden[kind.strip().lower()] = [w.strip().lower() for w in words.split(",") if w.strip()]
    return forbidden


class SettingsDialog(QDialog):
    """Edits the per-user QSettings of the window, and the spending rules kept in the database."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.form = Ui_SettingsDialog()
        self.form.setupUi(self)
        self.errors = FieldErrors(self.form, self)
        settings = context.settings
        self._language = str(settings.value("taal", i18n.DEFAULT_LANGUAGE) or i18n.DEFAULT_LANGUAGE)
        self.form.gebruiker.setText(str(settings.value("gebruiker", "") or ""))
        fill_combo(self.form.taal, list(i18n.LANGUAGES.items()), current=self._language)
        self.form.dagen_vooraf.setSuffix(self.tr(" dagen vooraf"))
        self.form.verantwoording_weken.setSuffix(self.tr(" weken na de activiteit"))
        self.form.beslistermijn_werkdagen.setSuffix(self.tr(" werkdagen na ontvangst"))
        self._fill_rule_scopes()
        self._show_rules(self._rules_in_force())
        self.form.regels_voor.currentIndexChanged.connect(lambda _i: self._show_rules(self._rules_in_force()))
        self.form.maxima.setHorizontalHeaderLabels([self.tr("Soort activiteit"), self.tr("Hoogstens")])
        self.form.maxima.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.form.maxima.verticalHeader().setVisible(False)
        self.form.regel_toevoegen_knop.clicked.connect(self._add_cap)
        self.form.regel_weg_knop.clicked.connect(self._remove_cap)
        self.form.standaard_knop.clicked.connect(lambda: self._show_rules(BudgetRules()))
        self.form.database.setText(str(context.db_path))
        self._show_backups(context.db_path)
        self.form.database.textEdited.connect(lambda text: self._show_backups(text.strip()))
        self.form.server_bijlagen.setText(str(settings.value(SERVER_ATTACHMENTS_KEY, "") or ""))
        self.form.server_bijlagen_knop.clicked.connect(self._choose_server_attachments)
        self.form.logboek.setText(str(logsetup.log_file()))
        self.form.database_knop.clicked.connect(self._choose_database)
        self.form.backups_knop.clicked.connect(
            lambda: self._open_folder(paths.backup_dir_for(Path(self.form.database.text().strip()))))
        self.form.logboek_knop.clicked.connect(lambda: self._open_folder(logsetup.log_file().parent))
        self.form.knoppen.accepted.connect(self.accept)
        self.form.knoppen.rejected.connect(self.reject)

    # --- budget rules ----------------------------------------------------------------------------------

    def _fill_rule_scopes(self) -> None:
        """For every wijk, for the chosen wijk, or for the chosen wijk in the chosen year (selected)."""
        items = [((None, None), self.tr("voor alle wijken"))]
        wijk_id, jaar = self.context.wijk_id, self.context.jaar
        if wijk_id is not None:
            naam = wijken.get_wijk(wijk_id).naam
            items.append(((wijk_id, None), self.tr("voor {0}").format(naam)))
            if jaar is not None:
                items.append(((wijk_id, jaar), self.tr("voor {0} in {1}").format(naam, jaar)))
        fill_combo(self.form.regels_voor, items, current=items[-1][0])

    def rule_scope(self) -> tuple:
        return self.form.regels_voor.currentData() or (None, None)

    def _rules_in_force(self) -> BudgetRules:
        return instellingen.budget_rules(*self.rule_scope())

    def _show_rules(self, rules: BudgetRules) -> None:
        self.form.verboden_woorden.setPlainText(rules_to_text(rules))
        self.form.dagen_vooraf.setValue(rules.min_dagen_vooraf)
        self.form.verantwoording_weken.setValue(rules.verantwoording_weken)
        self.form.beslistermijn_werkdagen.setValue(rules.beslistermijn_werkdagen)
        self.form.advies_drempel_cents.setText(format_cents(rules.snelle_beslissing_tot_cents, symbol=False))
        self.form.maxima.setRowCount(0)
        for soort, cents in sorted(rules.plafonds_cents.items()):
            self._add_cap(soort, format_cents(cents, symbol=False))

    def _add_cap(self, soort: str = "", bedrag: str = "") -> None:
        table = self.form.maxima
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(soort if isinstance(soort, str) else ""))
        table.setItem(row, 1, QTableWidgetItem(bedrag))
        if not soort:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))

    def _remove_cap(self) -> None:
        row = self.form.maxima.currentRow()
        if row >= 0:
            self.form.maxima.removeRow(row)

    def rules(self) -> BudgetRules | None:
        """The rules as entered; None (with the error shown next to the field) when something is wrong."""
        rules = self._rules_in_force()
        rules.verboden = text_to_forbidden(self.form.verboden_woorden.toPlainText())
        rules.min_dagen_vooraf = self.form.dagen_vooraf.value()
        rules.verantwoording_weken = self.form.verantwoording_weken.value()
        rules.beslistermijn_werkdagen = self.form.beslistermijn_werkdagen.value()
        try:
            rules.snelle_beslissing_tot_cents = parse_cents(self.form.advies_drempel_cents.text(), allow_negative=False)
        except MoneyError as exc:
            self.form.tabs.setCurrentWidget(self.form.regels)
            self.errors.show("advies_drempel_cents", str(exc))
            return None
        caps = {}
        for row in range(self.form.maxima.rowCount()):
            soort_item, bedrag_item = self.form.maxima.item(row, 0), self.form.maxima.item(row, 1)
            soort = (soort_item.text() if soort_item else "").strip().lower()
            if not soort:
                continue
            try:
                caps[soort] = parse_cents(bedrag_item.text() if bedrag_item else "", allow_negative=False)
            except MoneyError as exc:
                self.form.tabs.setCurrentWidget(self.form.regels)
                self.errors.show("maxima", self.tr("Hoogste bedrag voor '{0}': {1}").format(soort, exc))
                return None
        rules.plafonds_cents = caps
        return rules

    # --- files -----------------------------------------------------------------------------------------

    def _choose_database(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database kiezen"), self.form.database.text(), self.tr("WijkDesk-database (*.db);;Alle bestanden (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.form.database.setText(name)
            self.form.backups.setText(str(paths.backup_dir_for(Path(name))))

    def _show_backups(self, location) -> None:
        """Backups of a file are in a folder beside it; a server's are made by the server itself."""
        is_server = database.is_server_location(str(location))
        self.form.backups.setText(self.tr("op de server zelf (pg_dump, door de beheerder)") if is_server
                                  else str(paths.backup_dir_for(Path(location))) if str(location) else "")
        self.form.backups_knop.setEnabled(not is_server)

    def _choose_server_attachments(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Gedeelde map voor bijlagen kiezen"),
                                                  self.form.server_bijlagen.text())
        if folder:
            self.form.server_bijlagen.setText(folder)

    def _open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.existing_folder(folder))))

    # --- result ----------------------------------------------------------------------------------------

    def language(self) -> str:
        return self.form.taal.currentData()

    def language_changed(self) -> bool:
        return self.language() != self._language

    def database_path(self) -> Path | str:
        """The database typed or chosen: a file, or a server location (kept as typed)."""
        text = self.form.database.text().strip()
        return text if database.is_server_location(text) else Path(text)

    def accept(self) -> None:
        self.errors.clear()
        rules = self.rules()
        if rules is None:
            return
        settings = self.context.settings
        chosen = self.database_path()
        if isinstance(chosen, str):
            # Checked before anything is kept: never a password in the settings, never an unknown kind.
            problem = database.server_location_problem(chosen)
            if problem:
                self.errors.show("database", problem)
                return
        user = self.form.gebruiker.text().strip()
        settings.setValue("gebruiker", user)
        audit.set_current_user(user)
        settings.setValue("taal", self.language())
        if rules != self._rules_in_force():
            try:
                self.context.set_budget_rules(rules, *self.rule_scope())
            except ServiceError as exc:
                show_error(self, exc)
                return
        if chosen != self.context.db_path and str(chosen):
            settings.setValue("database", str(chosen))
        shared = self.form.server_bijlagen.text().strip()
        settings.setValue(SERVER_ATTACHMENTS_KEY, shared)
        paths.set_server_attachments_dir(shared or None)
        settings.sync()
        log.info("Instellingen opgeslagen (taal %s)", self.language())
        super().accept()
