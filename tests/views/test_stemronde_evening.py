"""A whole bewonersavond in the window, by keyboard: a show of hands, then paper ballots with a second entry,
the outcome with a manual change, two chosen ideas into goals, and the beamer with live counts.

Set WIJKDESK_PNG_DIR to keep the rendered PNGs (beamer at 1920x1080 and 1024x768, outcome screen).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from wijkdesk.services import audit
from wijkdesk.services.stemronde import rondes, stemmen
from wijkdesk.store.models import Besluit, Doel, DoelIdee, Idee, Stembiljet, Stemronde, Telling, Wijk
from wijkdesk.views.dialogs import RedenDialog
from wijkdesk.views.stemronde.beamer import BeamerWindow, choose_screen
from wijkdesk.views.stemronde.dialog import StemrondeDialog

# The ideas on the ballot, alphabetically as the dialog lists them: numbers 1..5
IDEAS = ["Afvalbakken bij het winkelcentrum", "Bankjes langs de wandelroute",
         "Buurtfeest op de laatste zaterdag van juni", "Buurtpreventie-app en bordjes",
         "Speeltoestel voor peuters op het pleintje"]


@pytest.fixture
def tab(demo_window, monkeypatch):
    tab = demo_window.stemronde_tab
    demo_window.tabs.setCurrentWidget(tab)
    monkeypatch.setattr("wijkdesk.views.stemronde.outcome_view.confirm", lambda *a: True)
    monkeypatch.setattr("wijkdesk.views.stemronde.tab.confirm", lambda *a: True)
    return tab


def _png_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("WIJKDESK_PNG_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _new_round(tab, dialogs, titel, budget, **choices):
    ids = [Idee.get(Idee.titel == t).id for t in IDEAS]

    def fill(dialog: StemrondeDialog):
        from wijkdesk.views.dialogs import set_combo_value

        dialog.form.titel.setText(titel)
        dialog.form.budget_cents.setText(budget)
        for name, value in choices.items():
            widget = getattr(dialog.form, name)
            if name in ("max_keuzes",):
                widget.setValue(value)
            elif name == "vier_ogen":
                widget.setChecked(value)
            else:
                set_combo_value(widget, value)
        dialog.set_checked_ideas(ids)

    dialogs.answer(StemrondeDialog, fill)
    tab.new_item()
    return Stemronde.get(Stemronde.titel == titel)


def _type(qtbot, line, text):
    line.clear()
    if text:
        qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _not_blank(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 5, f"{path.name} looks empty"


def _row_of(view, nummer: int) -> int:
    """The table row of the idea with this ballot number."""
    return next(r for r in range(view.table.rowCount()) if view.table.item(r, 2).text() == str(nummer))


def _whole_texts(table) -> None:
    """Every idea title and reason fits its cell (wrapped if need be): none cut off or scrolled away."""
    from PySide6.QtCore import QRect

    from wijkdesk.views.stemronde.outcome_view import COL_IDEE, COL_REDEN

    assert table.horizontalScrollBar().maximum() == 0
    assert table.horizontalHeader().length() <= table.viewport().width()
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in (COL_IDEE, COL_REDEN):
            text = table.item(row, column).text()
            need = metrics.boundingRect(QRect(0, 0, table.columnWidth(column) - 8, 10_000),
                                        int(Qt.TextFlag.TextWordWrap), text)
            assert need.width() <= table.columnWidth(column) - 8 and need.height() <= table.rowHeight(row), text


def test_a_whole_evening(tab, demo_window, dialogs, qtbot, tmp_path, request):
    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    besluiten_before = Besluit.select().count()

    # --- 1. A show of hands: a tally per idea, typed count + Enter, next idea ---------------------
    hands = _new_round(tab, dialogs, "Handen opsteken", "12.000,00", invoerwijze="telling")
    assert tab.ronde_id == hands.id and tab.entry_stack.currentWidget() is tab.tally
    assert tab.tally.prompt.text().startswith("Idee 1 – Afvalbakken")
    for count in ("14", "9", "30", "7", "21"):
        _type(qtbot, tab.tally.line, count)
    assert tab.tally.prompt.text().startswith("Idee 5")  # the last idea stays highlighted
    qtbot.keyClick(tab.tally.line, Qt.Key.Key_Up)  # back to idea 4: it was 17, not 7
    assert tab.tally.prompt.text().startswith("Idee 4")
    _type(qtbot, tab.tally.line, "17")
    assert "verbeterd van 7 naar 17" in tab.tally.message.text()
    counts = {row.ronde_idee.nummer: row.aantal for row in stemmen.current_tallies(hands).values()}
    assert counts == {1: 14, 2: 9, 3: 30, 4: 17, 5: 21}
    assert Telling.select().where(Telling.ronde == hands).count() == 6  # the correction is a new entry
    _type(qtbot, tab.tally.line, "veel")
    assert "geheel getal" in tab.tally.message.text()
    tab.show_outcome_page()
    assert tab.outcome.header.text().startswith("Handen opsteken: ")

    # --- 2. Paper ballots, four-eyes, with the beamer showing live counts -----------------------
    ballots = _new_round(tab, dialogs, "Stembiljetten", "12.000,00", invoerwijze="biljetten", max_keuzes=3,
                         vier_ogen=True)
    assert tab.entry_stack.currentWidget() is tab.ballots
    demo_window.findChild(type(demo_window.new_action), "beamer_actie").trigger()  # F5
    beamer = tab.beamer
    assert isinstance(beamer, BeamerWindow) and beamer.isVisible()
    assert "0 stembiljetten geteld" in beamer.texts()
    tab.pages.setCurrentIndex(0)
    entry = tab.ballots
    assert entry.prompt.text() == "Stembiljet 1 (eerste invoer):"
    for text in ("5 1", "5 2", "5 3", "2 4", "1 2"):
        _type(qtbot, entry.line, text)
    assert "5 stembiljetten geteld" in beamer.texts()
    assert f"5 {IDEAS[4]} 3" in beamer.texts() and f"3 {IDEAS[2]} 1" in beamer.texts()
    # an invalid ballot: shown at once with the reason; Enter again keeps it as invalid
    _type(qtbot, entry.line, "1 2 3 4")
    assert "Te veel kruisjes: 4 ideeën aangekruist, hoogstens 3 toegestaan." in entry.message.text()
    assert Stembiljet.select().where(Stembiljet.ronde == ballots).count() == 5
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)
    assert "bewaard als ongeldig" in entry.message.text()
    assert "6 stembiljetten geteld (1 ongeldig)" in beamer.texts()
    _type(qtbot, entry.line, "1 x")
    assert "'x' is geen ideenummer" in entry.message.text()

    # the second entry, by someone else (another user name): ballot 2 is typed differently
    audit.set_current_user("tweede invoerder")
    request.addfinalizer(lambda: audit.set_current_user(None))
    qtbot.mouseClick(tab.second_radio, Qt.MouseButton.LeftButton)
    assert entry.prompt.text() == "Stembiljet 1 (tweede invoer):"
    for text in ("5 1", "5", "5 3", "2 4", "1 2", "1 2 3 4"):
        _type(qtbot, entry.line, text)
    assert entry.message.text().startswith("Ongeldig: Te veel kruisjes")
    qtbot.keyClick(entry.line, Qt.Key.Key_Return)  # keep it as invalid, like the first entry
    assert "Stembiljet 2: eerste invoer 2 5, tweede invoer 5" in tab.differences.text()
    tab.show_outcome_page()
    assert tab.outcome.header.text() == "Nog geen uitslag"
    assert "Stembiljet 2: eerste invoer 2 5, tweede invoer 5" in tab.outcome.notice.text()
    tab.pages.setCurrentIndex(0)
    # correct the second entry of ballot 2: select it, Verbeteren, type, Enter, give the reason
    row = next(r for r, b in enumerate(entry._rows) if b.volgnummer == 2)
    entry.table.selectRow(row)
    qtbot.mouseClick(entry.correct_button, Qt.MouseButton.LeftButton)
    assert entry.prompt.text() == "Verbetering van stembiljet 2:"
    dialogs.answer(RedenDialog, lambda d: d.form.reden.setPlainText("Biljet opnieuw bekeken: ook 2 aangekruist"))
    _type(qtbot, entry.line, "5 2")
    assert tab.differences.text() == "Eerste en tweede invoer komen overeen."

    # --- 3. The outcome, what-if, a manual change with a reason -------------------------------
    tab.show_outcome_page()
    view = tab.outcome
    result = view.result
    # votes: 5 and 2 three each (tie: number 2 first), 1 two, 3 and 4 one; budget 12.000
    assert [(i.nummer, i.volgorde) for i in result.gekozen] == [(2, 1), (5, 2), (3, 3)]
    reasons = {i.nummer: i.reden for i in result.ideeen}
    assert reasons[1] == "past niet meer: nog € 600,00 over, kost € 1.800,00"
    assert "Gelijke stand tussen 2, 5: beslist op het laagste nummer." in view.notice.text()
    view.set_ticked([2, 5])
    # What still fits is named by number and title (issue 9: numbers alone meant nothing to the room).
    assert view.whatif.text() == ("Wat als (vink ideeën aan of uit): Nog € 600,00 over van € 12.000,00. "
                                  "Past nog: 3 Buurtfeest op de laatste zaterdag van juni.")
    assert view.table.item(_row_of(view, 1), 7).text() == "past niet meer: nog € 600,00 over, kost € 1.800,00"
    view.set_ticked([2, 5, 1])
    assert "€ 1.200,00 te veel" in view.whatif.text()
    view.select_nummer(3)
    dialogs.answer(RedenDialog, lambda d: d.form.reden.setPlainText("Het buurtfeest betaalt de school"))
    qtbot.mouseClick(view.drop_button, Qt.MouseButton.LeftButton)
    assert [i.nummer for i in view.result.gekozen] == [2, 5]
    assert Besluit.select().where(Besluit.tekst.contains("Het buurtfeest betaalt de school")).exists()

    # beamer: the outcome, by keyboard; render it at two sizes
    beamer.showNormal()
    qtbot.keyClick(beamer, Qt.Key.Key_Space)
    assert beamer.mode == "uitslag"
    assert f"1. 2 {IDEAS[1]} € 2.400" in beamer.texts()
    folder = _png_dir(tmp_path)
    for width, height in ((1920, 1080), (1024, 768)):
        beamer.resize(width, height)
        for mode in ("stand", "uitslag"):
            beamer.show_count() if mode == "stand" else beamer.show_outcome()
            path = folder / f"beamer_{mode}_{width}x{height}.png"
            assert beamer.grab().save(str(path))
            _not_blank(path)
            # every title whole, from the back of the room: a long one wraps, it is not cut off
            assert {n: " ".join(t) for n, t in beamer.painted_titles.items()} == {
                n: IDEAS[n - 1] for n in range(1, 6)}, (mode, width)
    for width, height in ((1366, 768), (1024, 768)):
        demo_window.resize(width, height)
        qtbot.wait(10)
        assert view.whatif.height() >= view.whatif.fontMetrics().height()  # not squeezed away by the table
        path = folder / f"uitslag_scherm_{width}x{height}.png"
        assert demo_window.grab().save(str(path))
        _not_blank(path)
        _whole_texts(view.table)

    # --- 4. Fix the outcome; the two chosen ideas become goals in one step ---------------------
    qtbot.mouseClick(view.fix_button, Qt.MouseButton.LeftButton)
    assert Stemronde.get_by_id(ballots.id).status == "gesloten"
    assert not view.fix_button.isEnabled() and view.goals_button.isEnabled()
    doelen_before = Doel.select().count()
    qtbot.mouseClick(view.goals_button, Qt.MouseButton.LeftButton)
    assert Doel.select().count() == doelen_before + 2
    for titel in (IDEAS[1], IDEAS[4]):
        idee = Idee.get(Idee.titel == titel)
        assert idee.status == "gekozen"
        assert DoelIdee.select().where(DoelIdee.idee == idee).exists()
    assert Idee.get(Idee.titel == IDEAS[2]).status != "gekozen"
    assert demo_window.tabs.currentWidget() is demo_window.doelen_tab  # it shows the goals it made
    assert Besluit.select().count() == besluiten_before + 2  # the manual change and the fixed outcome
    assert wijk.id == Stemronde.get_by_id(ballots.id).wijk_id

    # Esc leaves the presentation
    beamer.show()
    qtbot.keyClick(beamer, Qt.Key.Key_Escape)
    assert tab.beamer is None


def test_new_rules_after_votes_make_a_new_round(tab, dialogs, qtbot):
    first = _new_round(tab, dialogs, "Eerste poging", "5.000,00")
    _type(qtbot, tab.ballots.line, "1 2")
    assert not tab.delete_button.isEnabled() and tab.rules_button.isEnabled()

    def fill(dialog: StemrondeDialog):
        from wijkdesk.views.dialogs import set_combo_value

        assert not dialog.form.ideeen.isVisible()  # same ideas, same paper ballot
        set_combo_value(dialog.form.regel, "equal_shares")

    dialogs.answer(StemrondeDialog, fill)
    qtbot.mouseClick(tab.rules_button, Qt.MouseButton.LeftButton)
    new = Stemronde.get(Stemronde.vorige_ronde == first.id)
    assert new.regel == "equal_shares" and Stemronde.get_by_id(first.id).status == "vervangen"
    assert tab.ronde_id == new.id
    assert [link.idee_id for link in rondes.ronde_ideeen(new)] == [link.idee_id for link in rondes.ronde_ideeen(first)]


def test_dialog_refuses_impossible_rules_next_to_the_field(tab, dialogs):
    def fill(dialog: StemrondeDialog):
        from wijkdesk.views.dialogs import set_combo_value

        dialog.form.titel.setText("Telling met equal shares")
        dialog.form.budget_cents.setText("1.000,00")
        set_combo_value(dialog.form.invoerwijze, "telling")
        set_combo_value(dialog.form.regel, "equal_shares")
        dialog.accept()
        assert "Equal Shares moet weten wie welke ideeën steunt" in dialog.errors.error_text("regel")
        dialog.reject()

    dialogs.answer(StemrondeDialog, fill)
    tab.new_item()
    assert not Stemronde.select().where(Stemronde.titel == "Telling met equal shares").exists()


def test_beamer_goes_to_a_second_screen_when_there_is_one():
    laptop, projector = object(), object()
    assert choose_screen([laptop], laptop) is None
    assert choose_screen([laptop, projector], laptop) is projector
    assert choose_screen([projector, laptop], laptop) is projector



def test_beamer_with_many_long_titles_pages_the_outcome_and_keeps_type_readable(demo_window, tmp_path):
    from wijkdesk.services import ideeen
    from wijkdesk.views.stemronde.beamer import MIN_FONT

    wijk = Wijk.get(Wijk.naam == "Keizerslanden")
    titles = [f"Idee {n}: een lange titel over groen, spelen en ontmoeten in de straat" for n in range(1, 25)]
    ids = [ideeen.create_idee(wijk, t, geschatte_kosten_cents=100_000 * (n % 5 + 1)).id for n, t in enumerate(titles)]
    ronde = rondes.create_ronde(wijk, "Veel ideeën", 1_000_000, idee_ids=ids)
    for n in range(1, 25):
        stemmen.enter_ballot(ronde, " ".join(str(k) for k in range(n, 25)))
    beamer = BeamerWindow(demo_window.context, ronde.id)
    beamer.resize(1024, 768)
    folder = _png_dir(tmp_path)
    beamer.grab().save(str(folder / "beamer_stand_veel_1024x768.png"))
    # the live count leaves out the fewest votes rather than shrink the type; with more ideas than fit,
    # one line each (the number and the start of the title) so that as many as possible stay visible
    assert beamer.hidden_count > 0
    shown = beamer.painted_titles
    assert len(shown) >= 10 and set(shown) == set(range(24 - len(shown) + 1, 25))  # the most votes
    assert all(len(t) == 1 and t[0].startswith(f"Idee {n}: een lange") for n, t in shown.items())
    beamer.show_outcome()
    seen = {}
    for page in range(12):
        beamer.grab().save(str(folder / f"beamer_uitslag_veel_{page + 1}_1024x768.png"))
        seen.update(beamer.painted_titles)
        if beamer.page == beamer.page_count - 1:
            break
        beamer.next_page()
    assert beamer.page_count > 1 and set(seen) == set(range(1, 25))  # every idea on some page
    assert all(" ".join(t) == titles[n - 1] for n, t in seen.items())
    font_px, _w, fits = beamer._settle(beamer.lines[:3], 400, 980)
    assert fits and font_px >= 768 * MIN_FONT
    beamer.close()


def test_the_step_of_verhogen_says_from_how_many_voters_on_it_gives_an_outcome(demo_window, qtbot, dialogs):
    """Found clicking through: a round with a 1-cent step was refused an outcome only after its ballots were
    entered, and its rules were fixed by then. The dialog now says under the step, while it is typed, how
    many voters that step needs (Keizerslanden's € 48.000,00 budget: 480 for 1 cent, 5 for € 1,00). Keys."""
    from PySide6.QtTest import QTest

    from wijkdesk.views.dialogs import set_combo_value

    tab = demo_window.stemronde_tab
    demo_window.tabs.setCurrentWidget(tab)
    seen = {}

    def fill(dialog: StemrondeDialog):
        dialog.activateWindow()
        set_combo_value(dialog.form.regel, "equal_shares")
        seen["hidden without verhogen"] = dialog.step_hint.isHidden()
        set_combo_value(dialog.form.aanvulling, "verhogen")
        step = dialog.form.verhoging_cents
        QTest.mouseClick(step, Qt.MouseButton.LeftButton)
        qtbot.keyClick(step, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(step, "0,01")
        seen["cent"] = (dialog.step_hint.isVisible(), dialog.step_hint.text(), dialog.step_hint.toolTip())
        seen["one line"] = dialog.step_hint.height() < 2 * dialog.step_hint.fontMetrics().height()
        qtbot.keyClick(step, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(step, "500")
        seen["large"] = dialog.step_hint.isVisible()
        dialog.reject()

    dialogs.answer(StemrondeDialog, fill)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert seen["hidden without verhogen"]
    assert seen["cent"] == (True, "Een uitslag pas vanaf 480 kiezers.", "Met € 0,01 per stap komt er pas een uitslag "
                            "bij minstens 480 kiezers. Verwacht u er minder, kies dan een grotere stap: na de eerste "
                            "stem liggen de regels vast.")
    assert seen["one line"]
    assert seen["large"] is False  # € 500 per voter adds € 48.000 within the steps with a single voter
