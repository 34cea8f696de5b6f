"""Wijken beheren: add, change and archive the neighbourhoods of this database."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from wijkdesk.services import wijken
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.dialogs import FormDialog, show_error
from wijkdesk.views.forms.ui_wijk_dialog import Ui_WijkDialog
from wijkdesk.views.forms.ui_wijken_dialog import Ui_WijkenDialog

log = logging.getLogger(__name__)

FIELDS = ("naam", "wijkmanager", "wijkopbouwwerker", "welzijnsorganisatie", "wijkwethouder", "kostenplaats")


class WijkDialog(FormDialog):
    """One wijk's name and its wijkkoppel."""

    UI = Ui_WijkDialog

    def __init__(self, context, wijk=None, parent=None):
        super().__init__(parent)
        self.context = context
        self.row_id = wijk.id if wijk else None
        self.edit_from(wijk)
        self.setWindowTitle(self.tr("Wijk wijzigen") if wijk else self.tr("Nieuwe wijk"))
        if wijk:
            for field in FIELDS:
                getattr(self.form, field).setText(getattr(wijk, field))

    def fresh_row(self, row_id: int):
        return wijken.find_wijk(row_id)

    def save(self, override_reden: str):
        values = {field: getattr(self.form, field).text() for field in FIELDS}
        if self.row_id is None:
            naam = values.pop("naam")
            return self.context.change(self.tr("Wijk '{0}' toevoegen").format(naam.strip()),
                                       lambda: wijken.create_wijk(naam, **values))
        row_id = self.row_id
        return self.context.change(self.tr("Wijk '{0}' wijzigen").format(values["naam"].strip()),
                                   lambda: wijken.update_wijk(row_id, **values), self.versies())


class WijkenDialog(QDialog):
    """The list of wijken with buttons to add, change and archive."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.form = Ui_WijkenDialog()
        self.form.setupUi(self)
        self.form.nieuw_knop.clicked.connect(self.new_wijk)
        self.form.wijzig_knop.clicked.connect(self.edit_wijk)
        self.form.archiveer_knop.clicked.connect(self.toggle_archived)
        self.form.toon_archief.toggled.connect(lambda _on: self.reload())
        self.form.lijst.itemDoubleClicked.connect(lambda _item: self.edit_wijk())
        self.form.lijst.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.form.knoppen.rejected.connect(self.reject)
        self.form.knoppen.accepted.connect(self.accept)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.chosen_id()
        self.form.lijst.clear()
        for wijk in wijken.list_wijken(include_archived=self.form.toon_archief.isChecked()):
            text = wijk.naam + (self.tr(" (gearchiveerd)") if wijk.gearchiveerd else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, wijk.id)
            self.form.lijst.addItem(item)
            if wijk.id == current:
                self.form.lijst.setCurrentItem(item)
        if self.form.lijst.currentItem() is None and self.form.lijst.count():
            self.form.lijst.setCurrentRow(0)
        self._update_buttons()

    def chosen_id(self) -> int | None:
        item = self.form.lijst.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        wijk = wijken.find_wijk(self.chosen_id())
        self.form.wijzig_knop.setEnabled(wijk is not None)
        self.form.archiveer_knop.setEnabled(wijk is not None)
        self.form.archiveer_knop.setText(self.tr("Terugzetten") if wijk and wijk.gearchiveerd else self.tr("Archiveren"))

    def new_wijk(self) -> None:
        dialog = WijkDialog(self.context, None, self)
        if dialog.exec():
            self.reload(dialog.result_row.id)

    def edit_wijk(self) -> None:
        wijk = wijken.find_wijk(self.chosen_id())
        if wijk is not None and WijkDialog(self.context, wijk, self).exec():
            self.reload(wijk.id)

    def toggle_archived(self) -> None:
        wijk = wijken.find_wijk(self.chosen_id())
        if wijk is None:
            return
        archive = not wijk.gearchiveerd
        text = self.tr("Wijk '{0}' archiveren") if archive else self.tr("Wijk '{0}' terugzetten")
        try:
            self.context.change(text.format(wijk.naam), lambda: wijken.archive_wijk(wijk.id, archive))
        except ServiceError as exc:
            show_error(self, exc)
        self.reload(wijk.id)
