"""Render every tab and dialog with the demo data to PNG, in Dutch and English, at 1366x768 and 1920x1080.

For looking at the interface without a display (clipped text, empty space, narrow columns, colours).
Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python tools/render_screens.py [--out DIR]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ((1366, 768), (1920, 1080))


def settle(app) -> None:
    from wijkdesk.views import background

    for _ in range(3):
        background.wait()
        app.processEvents()


def render_language(language: str, out: Path) -> list[Path]:
    from PySide6.QtWidgets import QMessageBox

    from wijkdesk import paths
    from wijkdesk.store.database import close_database
    from wijkdesk.store.models import Bewonersgroep, Doel, Idee, Toekenning, Uitgave, Wijk
    from wijkdesk.views import app as app_module
    from wijkdesk.views import crash, i18n
    from wijkdesk.views.dialogs import KiesDialog, RedenDialog, StatusDialog
    from wijkdesk.views.settings_dialog import SettingsDialog
    from wijkdesk.views.tabs.budget_tab import BudgetDialog, ToekenningDialog, UitgaveDialog
    from wijkdesk.views.tabs.doelen_tab import VoortgangDialog
    from wijkdesk.views.tabs.groepen_tab import LidDialog
    from wijkdesk.views.wijk_dialog import WijkDialog, WijkenDialog

    folder = Path(tempfile.mkdtemp(prefix=f"render_{language}_"))
    paths.set_data_dir(folder)
    app = app_module.application()
    i18n.install(language)
    original = app_module.apply_settings
    app_module.apply_settings = lambda settings: None  # keep the language installed above
    try:
        window = app_module.create_main_window(folder / "demo.db", demo=True)
    finally:
        app_module.apply_settings = original
    written = []
    window.show()
    keizerslanden = Wijk.get(Wijk.naam == "Keizerslanden")
    window.set_scope(keizerslanden.id, 2026)
    for width, height in SIZES:
        window.resize(width, height)
        for index, name in enumerate(("groepen", "ideeen", "doelen", "budget")):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.currentWidget()
            if name == "doelen":
                lopend = Doel.get((Doel.wijk == keizerslanden) & (Doel.status == "lopend"))
                tab.select_doel(lopend.id)
            settle(app)
            path = out / f"{language}_{width}x{height}_{index + 1}_{name}.png"
            window.grab().save(str(path))
            written.append(path)

    def shot(dialog, name: str, prepare=None) -> None:
        dialog.show()
        if prepare:
            prepare(dialog)
        settle(app)
        path = out / f"{language}_dialoog_{name}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()

    context = window.context
    idee = Idee.get((Idee.wijk == keizerslanden) & (Idee.status == "nieuw"))
    shot(StatusDialog("idee", idee.status, idee.titel, lambda s, r: None, window), "status",
         lambda d: d.form.status.setCurrentIndex(d.form.status.findData("afgewezen")))
    shot(RedenDialog("Hiermee wordt het budget overschreden: vastgelegd € 49.500,00, budget € 48.000,00 "
                     "(tekort € 1.500,00). Geef een reden op om toch door te gaan; die wordt vastgelegd.", window),
         "reden")

    def grant_with_warnings(dialog):
        dialog.form.omschrijving.setText("Koffie en taart bij het buurtfeest")
        dialog.form.activiteit_soort.setEditText("buurtfeest")
        dialog.form.bedrag_cents.setText("400,00")

    shot(ToekenningDialog(context, None, window), "toekenning", grant_with_warnings)
    shot(UitgaveDialog(context, Uitgave.select().where(Uitgave.toekenning.is_null(False)).first(), window), "uitgave")

    def bad_amount(dialog):
        dialog.form.omschrijving.setText("Verf")
        dialog.form.bedrag_cents.setText("1.234")
        dialog.accept()

    shot(UitgaveDialog(context, None, window), "uitgave_fout", bad_amount)
    shot(LidDialog(context, Bewonersgroep.get(Bewonersgroep.wijk == keizerslanden), window), "lid")
    shot(VoortgangDialog(context, Doel.get(Doel.wijk == keizerslanden), window), "voortgang")
    shot(BudgetDialog(context, keizerslanden.naam, window), "budget")
    shot(WijkDialog(context, keizerslanden, window), "wijk")
    shot(WijkenDialog(context, window), "wijken")
    shot(KiesDialog("Idee koppelen", "Van welk idee is dit doel (ook) gemaakt?",
                    [(i.id, f"{i.id}. {i.titel}") for i in Idee.select().where(Idee.wijk == keizerslanden)], window),
         "kies")
    settings = SettingsDialog(context, window)
    for index, name in enumerate(("instellingen_algemeen", "instellingen_regels", "instellingen_bestanden")):
        shot(settings, name, lambda d, i=index: d.form.tabs.setCurrentIndex(i))
    box = QMessageBox(QMessageBox.Icon.Critical, "WijkDesk", crash.message_for(RuntimeError("voorbeeld")),
                      QMessageBox.StandardButton.Ok, window)
    shot(box, "fout")
    grant = Toekenning.get(Toekenning.budget.in_([b.id for b in keizerslanden.budgetten]))
    window.tabs.setCurrentWidget(window.budget_tab)
    window.close()
    settle(app)
    close_database()
    del grant
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "wijkdesk_renders")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in ("nl", "en"):
        written += render_language(language, args.out)
    print(f"{len(written)} afbeeldingen in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
