"""The dialog that sets up a new stemronde: name, budget, ballot kind, rule, and the ideas on the ballot."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidgetItem

from wijkdesk.domain.money import MoneyError, format_cents, parse_cents
from wijkdesk.domain.voting.equal_shares import voters_needed
from wijkdesk.services import bijeenkomsten, budget, ideeen, lists
from wijkdesk.services.stemronde import rondes
from wijkdesk.services.errors import ValidationError
from wijkdesk.views.dialogs import FormDialog, combo_value, fill_combo
from wijkdesk.views.forms.ui_stemronde_dialog import Ui_StemrondeDialog

log = logging.getLogger(__name__)


def choice_labels() -> dict[str, list[tuple[str, str]]]:
    """(stored value, shown text) for every setting; written out literally so pyside6-lupdate finds them."""
    t = QCoreApplication
    return {
        "stemwijze": [
            ("goedkeuring", t.translate("stemronde", "Goedkeuring: kruisjes bij de ideeën die je steunt")),
            ("budget", t.translate("stemronde", "Budgetstembiljet: aangekruiste ideeën passen samen in het budget")),
            ("punten", t.translate("stemronde", "Punten: stickers verdelen")),
            ("een_keuze", t.translate("stemronde", "Eén keuze")),
        ],
        "invoerwijze": [
            ("biljetten", t.translate("stemronde", "Stembiljet voor stembiljet (papier)")),
            ("telling", t.translate("stemronde", "Telling per idee (handen, stickers)")),
        ],
        "regel": [
            ("greedy", t.translate("stemronde", "Meeste stemmen (greedy)")),
            ("equal_shares", t.translate("stemronde", "Method of Equal Shares (eerlijke verdeling)")),
        ],
        "tevredenheid": [
            ("kosten", t.translate("stemronde", "Kosten (gebruikelijk)")),
            ("aantal", t.translate("stemronde", "Aantal ideeën")),
        ],
        "aanvulling": [
            ("geen", t.translate("stemronde", "Geen")),
            ("greedy", t.translate("stemronde", "Daarna meeste stemmen met wat over is")),
            ("verhogen", t.translate("stemronde", "Aandeel per kiezer in stappen verhogen (zoals Assen)")),
        ],
    }


def short_label(value: str) -> str:
    """A setting or status in a few words, for the summary line and the outcome screen."""
    t = QCoreApplication
    labels = {
        "goedkeuring": t.translate("stemronde", "Goedkeuring (kruisjes)"),
        "budget": t.translate("stemronde", "Budgetstembiljet"),
        "punten": t.translate("stemronde", "Punten (stickers)"),
        "een_keuze": t.translate("stemronde", "Eén keuze"),
        "biljetten": t.translate("stemronde", "Stembiljetten"),
        "telling": t.translate("stemronde", "Telling per idee"),
        "greedy": t.translate("stemronde", "Meeste stemmen"),
        "equal_shares": t.translate("stemronde", "Method of Equal Shares"),
        "verhogen": t.translate("stemronde", "aandeel per kiezer in stappen verhogen"),
        "concept": t.translate("stemronde", "concept"),
        "open": t.translate("stemronde", "open (regels vast)"),
        "gesloten": t.translate("stemronde", "uitslag vastgesteld"),
        "vervangen": t.translate("stemronde", "vervangen"),
    }
    return labels.get(value, value)


class StemrondeDialog(FormDialog):
    """Set up a new round for the chosen wijk; OK creates it through the stemronde service."""

    UI = Ui_StemrondeDialog
    ALIASES = {"kosten_cents": "ideeen", "nummer": "ideeen"}

    def __init__(self, wijk_id: int, jaar: int | None, parent=None, vorige=None):
        super().__init__(parent)
        self.wijk_id = wijk_id
        self.vorige = vorige  # a locked round whose rules change: this dialog makes its successor
        for name, items in choice_labels().items():
            fill_combo(getattr(self.form, name), items)
        # The meeting that is 'nu bezig' is chosen already: a round at the evening links to it by itself.
        running = bijeenkomsten.nu_bezig(wijk_id)
        fill_combo(self.form.bijeenkomst, lists.bijeenkomst_keuzes(wijk_id), self.tr("(geen bijeenkomst)"),
                   running.id if running else None)
        found = budget.get_budget(wijk_id, jaar) if jaar else None
        if found is not None:
            self.form.budget_cents.setText(format_cents(found.bedrag_cents, symbol=False))
        self.form.verhoging_cents.setText("1,00")
        ideas = sorted(ideeen.ideeen_van_wijk(wijk_id, statuses_out=("afgewezen", "uitgevoerd")),
                       key=lambda i: i.titel)
        self._titles: dict[int, str] = {}
        self._without_cost: set[int] = set()
        self.typed_costs: dict[int, str] = {}  # idea id -> cost typed here (kept while the dialog is open)
        for idee in ideas:
            self._titles[idee.id] = idee.titel
            if idee.geschatte_kosten_cents is None:
                self._without_cost.add(idee.id)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, idee.id)
            self._label(item)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if idee.status in ("nieuw", "in onderzoek")
                               and idee.geschatte_kosten_cents else Qt.CheckState.Unchecked)
            self.form.ideeen.addItem(item)
        self._build_cost_entry()
        if vorige is not None:
            self._fill_from(vorige)
        self._build_step_hint()
        for name in ("stemwijze", "regel", "aanvulling", "invoerwijze"):
            getattr(self.form, name).currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    # --- completion 'verhogen': how many voters its step needs ------------------------------------------

    def _build_step_hint(self) -> None:
        """Under the step of completion 'verhogen': from how many voters on it gives an outcome. The rules are
        fixed once votes are in, and an outcome with a step too small for the number of voters is refused:
        a round with a 1-cent step was found out only after its ballots were entered (found clicking
        through)."""
        hint = QLabel(self)
        hint.setObjectName("verhoging_uitleg")
        hint.setStyleSheet("color: #8a4b00;")
        self.form.verhoging_cents_vak.addWidget(hint)
        self.step_hint = hint
        for line in (self.form.verhoging_cents, self.form.budget_cents):
            line.textChanged.connect(self._update_step_hint)

    def _update_step_hint(self) -> None:
        needed = None
        if not self.form.verhoging_cents.isHidden():
            try:
                step, money = parse_cents(self.form.verhoging_cents.text()), parse_cents(self.form.budget_cents.text())
            except MoneyError:
                step = money = 0
            if step > 0 and money > 0:
                needed = voters_needed(money, step)
        self.step_hint.setVisible(needed is not None and needed > 1)
        if needed is not None and needed > 1:
            # One line (the dialog has no room to spare at 1024x768); the why in its tooltip.
            self.step_hint.setText(self.tr("Een uitslag pas vanaf {0} kiezers.").format(f"{needed:,}".replace(",", ".")))
            self.step_hint.setToolTip(self.tr(
                "Met {0} per stap komt er pas een uitslag bij minstens {1} kiezers. Verwacht u er minder, kies "
                "dan een grotere stap: na de eerste stem liggen de regels vast.").format(
                format_cents(step), f"{needed:,}".replace(",", ".")))

    # --- the cost of an idea without one, typed here --------------------------------------------------

    def _build_cost_entry(self) -> None:
        """Under the list: the cost of the chosen idea when it has none yet, so it can go on the ballot
        without leaving the dialog (and losing what was filled in)."""
        row = QHBoxLayout()
        self.kosten_label = QLabel(self)
        self.kosten_label.setObjectName("kosten_label")
        self.kosten_label.setWordWrap(True)  # a long title must not widen the dialog
        # Its two lines counted in the dialog's height: a wrapped label's height depends on its width, which
        # the layout left out, so the list above was squeezed and drawn over it (found clicking through).
        self.kosten_label.setMinimumHeight(2 * self.kosten_label.fontMetrics().lineSpacing() + 2)
        self.kosten_edit = QLineEdit(self)
        self.kosten_edit.setObjectName("kosten_cents")
        self.kosten_edit.setPlaceholderText(self.tr("bijv. 1.250,00"))
        self.kosten_edit.setMaximumWidth(160)
        self.kosten_label.setBuddy(self.kosten_edit)
        row.addWidget(self.kosten_label, 1)
        row.addWidget(self.kosten_edit)
        self.form.ideeen_vak.insertLayout(1, row)
        self.kosten_edit.textEdited.connect(self._cost_typed)
        self.form.ideeen.currentItemChanged.connect(lambda item, _prev: self._show_cost_entry(item))
        self.form.ideeen.itemChanged.connect(self._checked)
        self._show_cost_entry(None)

    def _label(self, item: QListWidgetItem) -> None:
        idee_id = item.data(Qt.ItemDataRole.UserRole)
        titel = self._titles[idee_id]
        if idee_id not in self._without_cost:
            cost = format_cents(ideeen.get_idee(idee_id).geschatte_kosten_cents)
        else:
            typed = self.typed_costs.get(idee_id, "").strip()
            try:
                cost = format_cents(parse_cents(typed, allow_negative=False)) if typed else self.tr("geen kosten")
            except MoneyError:
                cost = self.tr("kosten '{0}' ongeldig").format(typed)
        item.setText(f"{titel}  ({cost})")

    def _show_cost_entry(self, item: QListWidgetItem | None) -> None:
        """The row is always there (nothing jumps when an idea is chosen); it takes input only for an idea
        without a cost."""
        idee_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        needed = idee_id in self._without_cost
        self.kosten_edit.setEnabled(needed)
        if needed:
            self.kosten_label.setText(self.tr("'{0}' heeft nog geen kosten. &Kosten op het stembiljet:").format(
                self._titles[idee_id]))
            self.kosten_edit.setText(self.typed_costs.get(idee_id, ""))
        else:
            self.kosten_label.setText(self.tr("Een idee zonder kosten krijgt ze hier, als u het in de lijst kiest."))
            self.kosten_edit.clear()

    def _cost_typed(self, text: str) -> None:
        item = self.form.ideeen.currentItem()
        if item is None:
            return
        self.typed_costs[item.data(Qt.ItemDataRole.UserRole)] = text
        self.form.ideeen.blockSignals(True)
        self._label(item)
        self.form.ideeen.blockSignals(False)

    def _checked(self, item: QListWidgetItem) -> None:
        """Ticking an idea without a cost puts the cursor in its cost field."""
        if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole) in self._without_cost:
            self.form.ideeen.setCurrentItem(item)
            self.kosten_edit.setFocus()

    def _fill_from(self, ronde) -> None:
        """Start from the rules of the round being replaced; its ideas stay the same (same paper ballot)."""
        from wijkdesk.views.dialogs import set_combo_value

        form = self.form
        self.setWindowTitle(self.tr("Nieuwe ronde met andere regels"))
        form.uitleg.setText(self.tr("'{0}' heeft al stemmen: de regels liggen vast. Deze nieuwe ronde krijgt dezelfde "
                                    "ideeën; de oude ronde blijft bewaard.").format(ronde.titel))
        form.titel.setText(f"{ronde.titel} (nieuwe regels)")
        form.budget_cents.setText(format_cents(ronde.budget_cents, symbol=False))
        for name in ("stemwijze", "invoerwijze", "regel", "tevredenheid", "aanvulling"):
            set_combo_value(getattr(form, name), getattr(ronde, name))
        set_combo_value(form.bijeenkomst, ronde.bijeenkomst_id)
        form.max_keuzes.setValue(ronde.max_keuzes or 0)
        form.punten_per_kiezer.setValue(ronde.punten_per_kiezer or 0)
        form.max_punten_per_idee.setValue(ronde.max_punten_per_idee or 0)
        if ronde.verhoging_cents:
            form.verhoging_cents.setText(format_cents(ronde.verhoging_cents, symbol=False))
        form.vier_ogen.setChecked(ronde.vier_ogen)
        for widget in (form.ideeen, form.ideeen_label, self.kosten_label, self.kosten_edit):
            widget.setVisible(False)

    def _update_enabled(self) -> None:
        """Show only the settings that belong to the choices made (fewer questions, fewer mistakes)."""
        form = self.form
        stemwijze = combo_value(form.stemwijze)
        equal = combo_value(form.regel) == "equal_shares"
        for name, visible in (("max_keuzes", stemwijze == "goedkeuring"),
                              ("punten_per_kiezer", stemwijze == "punten"),
                              ("max_punten_per_idee", stemwijze == "punten"),
                              ("aanvulling", equal), ("tevredenheid", True),
                              ("verhoging_cents", equal and combo_value(form.aanvulling) == "verhogen")):
            getattr(form, name).setVisible(visible)
            getattr(form, f"{name}_label").setVisible(visible)
        self._update_step_hint()

    def checked_ideas(self) -> list[int]:
        out = []
        for row in range(self.form.ideeen.count()):
            item = self.form.ideeen.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_checked_ideas(self, idee_ids) -> None:
        wanted = set(idee_ids)
        for row in range(self.form.ideeen.count()):
            item = self.form.ideeen.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def save(self, override_reden: str):
        form = self.form
        stemwijze = combo_value(form.stemwijze)
        regel = combo_value(form.regel)
        fields = {
            "stemwijze": stemwijze,
            "invoerwijze": combo_value(form.invoerwijze),
            "regel": regel,
            "tevredenheid": combo_value(form.tevredenheid),
            "aanvulling": combo_value(form.aanvulling) if regel == "equal_shares" else "geen",
            "vier_ogen": form.vier_ogen.isChecked(),
            "bijeenkomst": combo_value(form.bijeenkomst),
        }
        # Settings that do not belong to the chosen kind are sent as None, so nothing stale is kept.
        fields["max_keuzes"] = form.max_keuzes.value() or None if stemwijze == "goedkeuring" else None
        fields["punten_per_kiezer"] = form.punten_per_kiezer.value() or None if stemwijze == "punten" else None
        fields["max_punten_per_idee"] = form.max_punten_per_idee.value() or None if stemwijze == "punten" else None
        fields["verhoging_cents"] = form.verhoging_cents.text() if fields["aanvulling"] == "verhogen" else None
        if self.vorige is not None:
            return rondes.new_round_from(self.vorige.id, form.titel.text(), budget_cents=form.budget_cents.text(),
                                         **{k: v for k, v in fields.items() if k != "bijeenkomst"})
        ideas = self.checked_ideas()
        if not ideas:
            raise ValidationError("ideeen", self.tr("Vink de ideeën aan die op het stembiljet komen."))
        costs = {}
        for idee_id in ideas:
            if idee_id not in self._without_cost:
                continue
            typed = self.typed_costs.get(idee_id, "").strip()
            if not typed:
                self._go_to_cost(idee_id)
                raise ValidationError("ideeen", self.tr("'{0}' heeft nog geen kosten: typ ze onder de lijst in, of vink "
                                                        "het idee uit.").format(self._titles[idee_id]))
            costs[idee_id] = typed
        try:
            return rondes.create_ronde(self.wijk_id, form.titel.text(), form.budget_cents.text(), idee_ids=ideas,
                                       kosten=costs, **fields)
        except ValidationError as exc:
            wrong = next((i for i in costs if exc.field == "kosten_cents" and self._titles[i] in exc.message), None)
            if wrong is not None:
                self._go_to_cost(wrong)
            raise

    def accept(self) -> None:
        self._cost_wanted = None
        super().accept()
        if self._cost_wanted is not None and self.result() == 0:
            # After the message took the focus to the list: the cursor where the missing cost goes.
            self._go_to_cost(self._cost_wanted)

    def _go_to_cost(self, idee_id: int) -> None:
        self._cost_wanted = idee_id
        for row in range(self.form.ideeen.count()):
            item = self.form.ideeen.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == idee_id:
                self.form.ideeen.setCurrentItem(item)
                self.kosten_edit.setFocus()
                return
