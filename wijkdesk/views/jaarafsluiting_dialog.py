"""Jaar afsluiten… / Heropenen…: close the chosen wijk's year (carry-over, roll-over) or reopen it, with a reason.

The dialog shows what closing will do (services.jaarafsluiting.voorstel) before anything is written; OK runs
one undoable change through the window's context. A refusal is shown in the dialog, which stays open.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from wijkdesk.domain.money import format_cents
from wijkdesk.services import afgesloten, budget, jaarafsluiting
from wijkdesk.services.errors import ServiceError
from wijkdesk.views.dialogs import FittedDialog, with_override

ERROR_STYLE = "color: #b00020;"


class JaarafsluitingDialog(FittedDialog):
    """Close the year of the chosen wijk, or reopen it when it is closed."""

    MIN_WIDTH = 520

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("JaarafsluitingDialog")
        self.context = context
        self.wijk_id, self.jaar = context.wijk_id, context.jaar
        self.preview = jaarafsluiting.voorstel(self.wijk_id, self.jaar)
        self.reopening = self.preview.gesloten
        layout = QVBoxLayout(self)
        self.uitleg = QLabel(self)
        self.uitleg.setObjectName("uitleg")
        self.uitleg.setWordWrap(True)
        layout.addWidget(self.uitleg)
        self.overhevelen = QCheckBox(self)
        self.overhevelen.setObjectName("overhevelen")
        self.reden_overheveling = QLineEdit(self)
        self.reden_overheveling.setObjectName("reden_overheveling")
        self.reden = QPlainTextEdit(self)
        self.reden.setObjectName("reden")
        self.reden.setTabChangesFocus(True)
        self.reden.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.fout = QLabel(self)
        self.fout.setObjectName("fout")
        self.fout.setWordWrap(True)
        self.fout.setStyleSheet(ERROR_STYLE)
        self.fout.setVisible(False)
        self.knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.knoppen.setObjectName("knoppen")
        self.knoppen.accepted.connect(self.accept)
        self.knoppen.rejected.connect(self.reject)
        if self.reopening:
            self._build_reopen(layout)
        else:
            self._build_close(layout)
        layout.addWidget(self.fout)
        layout.addWidget(self.knoppen)

    def _label(self, text: str, buddy) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _build_close(self, layout) -> None:
        p = self.preview
        self.setWindowTitle(self.tr("{0} {1} afsluiten").format(p.wijk_naam, p.jaar))
        lines = [self.tr("Na het afsluiten veranderen de cijfers van {0} alleen nog met een reden.").format(p.jaar)]
        if not p.heeft_budget:
            lines.append(self.tr("Er is geen Meedoenbudget voor {0}: er is niets over te hevelen.").format(p.jaar))
        elif p.resterend_cents < 0:
            lines.append(self.tr("Het budget is overschreden met {0}: er wordt niets overgeheveld.").format(
                format_cents(-p.resterend_cents)))
        else:
            lines.append(self.tr("Resterend in {0}: <b>{1}</b>.").format(p.jaar, format_cents(p.resterend_cents)))
        if p.overheveling_cents > 0 and not p.volgend_budget_bestaat:
            lines.append(self.tr("Voor {0} is er nog geen Meedoenbudget: het wordt aangemaakt (bedrag nog in te "
                                 "stellen).").format(p.volgend_jaar))
        lines.append(self.tr("Open ideeën die naar {0} gaan: {1}; open doelen: {2}.").format(
            p.volgend_jaar, p.ideeen, p.doelen))
        self.uitleg.setText("<br>".join(lines))
        self.overhevelen.setText(self.tr("Resterend bedrag ({0}) overhevelen naar {1}").format(
            format_cents(p.overheveling_cents), p.volgend_jaar))
        self.overhevelen.setChecked(p.overheveling_cents > 0)
        self.overhevelen.setEnabled(p.overheveling_cents > 0)
        self.reden_overheveling.setText(jaarafsluiting.default_reden(p.jaar))
        self.overhevelen.toggled.connect(self.reden_overheveling.setEnabled)
        self.reden_overheveling.setEnabled(self.overhevelen.isChecked())
        layout.addWidget(self.overhevelen)
        layout.addWidget(self._label(self.tr("Reden van de &overheveling"), self.reden_overheveling))
        layout.addWidget(self.reden_overheveling)
        layout.addWidget(self._label(self.tr("&Toelichting (niet verplicht)"), self.reden))
        layout.addWidget(self.reden)
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Jaar afsluiten"))
        self.reden_overheveling.setFocus()
        self.reden_overheveling.selectAll()

    def _build_reopen(self, layout) -> None:
        p = self.preview
        closing = afgesloten.afsluiting(self.wijk_id, self.jaar)
        self.setWindowTitle(self.tr("{0} {1} heropenen").format(p.wijk_naam, p.jaar))
        out = budget.budget_overview(self.wijk_id, self.jaar).overgeheveld_uit_cents
        lines = [self.tr("{0} is afgesloten op {1} door {2}.").format(
            p.jaar, closing.gesloten_op.strftime("%d-%m-%Y"), closing.gesloten_door or self.tr("onbekend"))]
        if out:
            lines.append(self.tr("Heropenen haalt de overheveling van {0} uit {1} terug naar {2}.").format(
                format_cents(out), p.volgend_jaar, p.jaar))
        lines.append(self.tr("Ideeën en doelen die naar {0} zijn gegaan, blijven daar.").format(p.volgend_jaar))
        self.uitleg.setText("<br>".join(lines))
        self.overhevelen.setVisible(False)
        self.reden_overheveling.setVisible(False)
        layout.addWidget(self._label(self.tr("&Waarom gaat {0} weer open? (verplicht)").format(p.jaar), self.reden))
        layout.addWidget(self.reden)
        self.knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Heropenen"))
        self.reden.setFocus()

    def keyPressEvent(self, event) -> None:
        """Enter in a text field does not close the year: the cursor starts in the reason, and Enter there
        pressed 'Jaar afsluiten' at once (found clicking through the window; the button box makes its
        first button the default when shown). Closing is a click on the button, or Tab to it and Space or
        Enter; Escape still cancels."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def show_problem(self, message: str) -> None:
        self.fout.setText(message)
        self.fout.setVisible(True)

    def accept(self) -> None:
        context, wijk_id, jaar = self.context, self.wijk_id, self.jaar
        reden = self.reden.toPlainText()
        try:
            if self.reopening:
                text = self.tr("{0} {1} heropenen").format(self.preview.wijk_naam, jaar)
                done = with_override(self, lambda override: context.change(
                    text, lambda: jaarafsluiting.heropen_jaar(wijk_id, jaar, reden, override_reden=override)))
                if done is None:
                    return  # the user cancelled the reason for the shortfall: the dialog stays
            else:
                carry, why = self.overhevelen.isChecked(), self.reden_overheveling.text()
                text = self.tr("{0} {1} afsluiten").format(self.preview.wijk_naam, jaar)
                context.change(text, lambda: jaarafsluiting.sluit_jaar(
                    wijk_id, jaar, reden_overheveling=why, overhevelen=carry, reden=reden))
        except ServiceError as exc:
            self.show_problem(getattr(exc, "message", str(exc)))
            return
        super().accept()
