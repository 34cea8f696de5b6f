"""The export dialog: which wijk and year (or all), and where the workbook goes."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton,
    QVBoxLayout, QWidget,
)

ALL = None


_FOLDER_KEY = "bestanden/laatste_map"  # per user (QSettings): where the user last read or wrote a file


def default_folder() -> Path:
    """Where file dialogs start: the folder of the last workbook or report read or written (a file
    dialog that always opened in the home folder made a user look for the USB stick every time; found
    clicking through the window), else Documents, else the home folder."""
    from wijkdesk.views.app import open_settings  # app imports the window, which imports this module

    remembered = open_settings().value(_FOLDER_KEY)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def remember_folder(path: Path | str) -> None:
    """The folder of a file just chosen: the next file dialog starts there."""
    from wijkdesk.views.app import open_settings

    settings = open_settings()
    settings.setValue(_FOLDER_KEY, str(Path(path).parent))
    settings.sync()


def default_file_name(wijk: str | None, jaar: int | None) -> str:
    """WijkDesk-financien-Keizerslanden-2026.xlsx; 'alle-wijken' / no year when not chosen."""
    parts = ["WijkDesk-financien", re.sub(r"[^\w-]+", "-", wijk).strip("-") if wijk else "alle-wijken"]
    if jaar:
        parts.append(str(jaar))
    return "-".join(parts) + ".xlsx"


class ExportDialog(QDialog):
    """Choose wijk (or all), year (or all) and the target file."""

    def __init__(self, wijken: list[tuple[int, str]], jaren: list[int], wijk_id: int | None, jaar: int | None,
                 folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("excel_export_dialog")
        self.setWindowTitle(self.tr("Exporteren naar Excel"))
        self._folder = folder or default_folder()
        self._path_edited = False
        intro = QLabel(self.tr("Een werkmap voor financiën met de bladen Overzicht, Toekenningen, Uitgaven, Ideeën, "
                               "Doelen, Besluiten, Overhevelingen en Info; de bonnetjes komen in een map ernaast "
                               "(naam van de werkmap met -bonnetjes). Alle bedragen zijn waarden, zonder formules; "
                               "namen, e-mailadressen en telefoonnummers van bewoners staan er niet in."), self)
        intro.setObjectName("export_uitleg")
        intro.setWordWrap(True)
        self.wijk_combo = QComboBox(self)
        self.wijk_combo.setObjectName("export_wijk")
        self.wijk_combo.addItem(self.tr("Alle wijken"), ALL)
        for wid, naam in wijken:
            self.wijk_combo.addItem(naam, wid)
        index = self.wijk_combo.findData(wijk_id) if wijk_id is not None else 0
        self.wijk_combo.setCurrentIndex(max(index, 0))
        self.jaar_combo = QComboBox(self)
        self.jaar_combo.setObjectName("export_jaar")
        self.jaar_combo.addItem(self.tr("Alle jaren"), ALL)
        for year in sorted(set(jaren) | ({jaar} if jaar else set()), reverse=True):
            self.jaar_combo.addItem(str(year), year)
        index = self.jaar_combo.findData(jaar) if jaar else 0
        self.jaar_combo.setCurrentIndex(max(index, 0))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_pad")
        self.path_edit.setMinimumWidth(480)
        self.path_edit.textEdited.connect(self._mark_edited)
        browse = QPushButton(self.tr("Bladeren…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Wijk:"), self.wijk_combo)
        form.addRow(self.tr("Jaar:"), self.jaar_combo)
        form.addRow(self.tr("Bestand:"), path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Exporteren"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #a4001d;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.wijk_combo.currentIndexChanged.connect(self._suggest_path)
        self.jaar_combo.currentIndexChanged.connect(self._suggest_path)
        self._suggest_path()

    def _mark_edited(self) -> None:
        self._path_edited = True

    def _suggest_path(self) -> None:
        if self._path_edited:
            return
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else self._folder
        self.path_edit.setText(str(folder / default_file_name(self.wijk_name(), self.jaar())))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Werkmap opslaan als"), self.path_edit.text(),
                                                    self.tr("Excel-werkmap (*.xlsx)"))
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.path_edit.setText(path)
            self._path_edited = True
            self._overwrite_ok = Path(path)  # the file dialog itself asked about replacing it

    def _accept(self) -> None:
        path = self.target()
        if path is None:
            self.error_label.setText(self.tr("Kies een bestand om de werkmap in op te slaan."))
        elif not path.parent.is_dir():
            self.error_label.setText(self.tr("De map {0} bestaat niet. Kies een bestaande map.").format(path.parent))
        elif path.exists() and path != getattr(self, "_overwrite_ok", None) and not self._confirm_replace(path):
            return
        else:
            remember_folder(path)
            self.accept()
            return
        self.error_label.show()

    def _confirm_replace(self, path: Path) -> bool:
        """An earlier workbook at the suggested name is only replaced when the user says so."""
        answer = QMessageBox.question(
            self, self.tr("Bestand bestaat al"),
            self.tr("Het bestand {0} bestaat al. Wilt u het vervangen door de nieuwe werkmap?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def wijk_id(self) -> int | None:
        return self.wijk_combo.currentData()

    def wijk_name(self) -> str | None:
        return self.wijk_combo.currentText() if self.wijk_combo.currentData() is not None else None

    def jaar(self) -> int | None:
        return self.jaar_combo.currentData()

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
