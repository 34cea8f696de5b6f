"""The notice in the window's status bar: "3 verantwoordingen te laat" for the chosen wijk (every year).

Shown from the start and kept up to date; never a modal box that stops the evening. Clicking it opens the
Budget tab on the year of the most overdue one with only the late grants shown; the × hides it until the
number changes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from wijkdesk.services import verantwoording

WATCHED = {"toekenning", "instelling", "meedoenbudget"}


class TeLaatMelding(QWidget):
    """A link with the number of late verantwoordingen of the chosen wijk, and a button to hide it."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("te_laat_melding")
        self.window_ = window
        self.context = window.context
        self.label = QLabel(self)
        self.label.setObjectName("te_laat_tekst")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(lambda _link: self.show_late())
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("te_laat_sluiten")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Melding verbergen"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.close_button)
        self.late: list = []
        self._dismissed_text = ""
        self.context.scope_changed.connect(self.update_notice)
        self.context.data_changed.connect(lambda tables: self.update_notice() if set(tables) & WATCHED else None)
        self.update_notice()

    def text(self) -> str:
        if not self.late:
            return ""
        if len(self.late) == 1:
            return self.tr("1 verantwoording te laat")
        return self.tr("{0} verantwoordingen te laat").format(len(self.late))

    def update_notice(self) -> None:
        wijk_id = self.context.wijk_id
        self.late = verantwoording.te_laat_grants(wijk_id) if wijk_id is not None else []
        text = self.text()
        self.label.setText(f"<a href='te-laat' style='color:#a4001d; font-weight:600;'>&#9888; {text}</a>"
                           if text else "")
        self.label.setToolTip(self.tr("Klik om de toekenningen te zien waarvan de verantwoording te laat is."))
        self.setVisible(bool(text) and text != self._dismissed_text)

    def dismiss(self) -> None:
        self._dismissed_text = self.text()
        self.setVisible(False)

    def show_late(self) -> None:
        """The Budget tab, on the year of the most overdue grant, showing only the late ones."""
        if not self.late:
            return
        window = self.window_
        window.set_scope(self.late[0].wijk_id, self.late[0].jaar)
        window.tabs.setCurrentWidget(window.budget_tab)
        window.budget_tab.show_te_laat(True)


def install(window) -> TeLaatMelding:
    notice = TeLaatMelding(window)
    window.statusBar().addWidget(notice)
    window.te_laat_melding = notice
    return notice
