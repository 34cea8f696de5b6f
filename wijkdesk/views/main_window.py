"""The main window: the tabs (Bewonersgroepen, Ideeën, Doelen, Budget; Stemronde and Bijeenkomsten are
added through `add_tab`), the wijk and year selector, the budget left in the status bar.

Other parts of WijkDesk extend it through two small hooks so that they need not edit this file:
`add_tab(widget, title, icon)` adds a tab, `menu(key)` returns a menu ("bestand", "bewerken", "beeld",
"extra", "help") to add actions to (`add_action(key, action)` does both in one call).
"""
from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QWidget,
)

from wijkdesk import APP_NAME, __version__
from wijkdesk.domain.money import format_cents
from wijkdesk.services import database, lists
from wijkdesk.views.context import AppContext
from wijkdesk.views.icons import app_icon, icon
from wijkdesk.views.tab_widget import TabWidget

log = logging.getLogger(__name__)

FRAME_ALLOWANCE = 40  # title bar and borders a window manager adds around the window (openbox, Windows 10/11)


class _StepAction(QAction):
    """A toolbar undo/redo button: a short text of its own; enabled state and tooltip follow `source`."""

    def __init__(self, icon_, text: str, source: QAction, parent):
        super().__init__(icon_, text, parent)
        self._source = source
        source.changed.connect(self.follow)  # a bound slot: disconnected when either one is deleted
        self.follow()

    def follow(self) -> None:
        try:
            self.setEnabled(self._source.isEnabled())
            self.setToolTip(self._source.text())
        except RuntimeError:  # the window and its actions are being deleted (a language switch)
            pass


class MainWindow(QMainWindow):
    """The WijkDesk window on one open database."""

    language_change_requested = Signal(str)

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(f"{APP_NAME} — {database.location_title(context.db_path)}"
                            + (self.tr(" (alleen lezen)") if context.readonly else ""))
        self.setWindowIcon(app_icon())
        self._menus: dict[str, QMenu] = {}
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.tabs = TabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_status_bar()
        self._add_standard_tabs()
        from wijkdesk.views.stemronde import install as install_stemronde  # the Stemronde tab and beamer
        install_stemronde(self)
        from wijkdesk.views.tabs.bijeenkomsten_tab import BijeenkomstenTab  # meetings and their decisions

        self.bijeenkomsten_tab = BijeenkomstenTab(self.context, self)
        self.add_tab(self.bijeenkomsten_tab, self.bijeenkomsten_tab.title(), icon("bijeenkomsten"))
        from wijkdesk.views import pdf_actions  # Bestand > Papieren van de avond (pdf)

        pdf_actions.install(self)
        from wijkdesk.views import jaarverslag_dialog  # Bestand > Jaarverslag (pdf)…

        jaarverslag_dialog.install(self)
        from wijkdesk.views.stemronde import laptops  # Bestand > Invoer delen met een andere laptop

        laptops.install(self)
        from wijkdesk.views import offline_actions  # Bestand > Wijk meenemen… / Wijk terugbrengen…

        offline_actions.install(self)
        from wijkdesk.views import verantwoording_notice  # "3 verantwoordingen te laat" in the status bar

        verantwoording_notice.install(self)
        context.data_changed.connect(self._on_data_changed)
        context.overview_ready.connect(self._show_overview)
        context.error.connect(self._show_error)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self._load_wijken()
        self._restore_settings()
        if context.readonly:
            for action in (self.new_action, self.delete_action, self.wijk_action):
                action.setEnabled(False)
            self.statusBar().showMessage(self.tr("Alleen lezen: {0}.").format(context.readonly_reason()))
        if context.overview is not None:
            self._show_overview(context.overview)

    # --- extension points ----------------------------------------------------------------------------

    def add_tab(self, widget: QWidget, title: str, icon_: QIcon | None = None) -> int:
        """Add a tab (e.g. Stemronde); its index. A tab may define new_item/delete_selected/focus_filter."""
        index = self.tabs.addTab(widget, icon_ or QIcon(), title)
        restore = getattr(widget, "restore_state", None)
        if callable(restore):
            restore(self.context.settings)
        return index

    def menu(self, key: str) -> QMenu:
        """The menu with this key ('bestand', 'bewerken', 'beeld', 'extra', 'help')."""
        return self._menus[key]

    def add_action(self, menu_key: str, action: QAction) -> QAction:
        """Put `action` in a menu (before the separator that ends 'bestand', at the end elsewhere)."""
        menu = self._menus[menu_key]
        if menu_key == "bestand":
            menu.insertAction(self._quit_separator, action)
        else:
            menu.addAction(action)
        if action.parent() is None:
            action.setParent(self)
        return action

    # --- building ------------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        stack = self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Ongedaan maken"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("ongedaan"))
        self.redo_action = stack.createRedoAction(self, self.tr("Opnieuw"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(icon("opnieuw"))
        # The stack keeps their text and enabled state; the step itself goes through undo()/redo(),
        # where the open tab may decline a step that was not made there (the Stemronde tab does).
        for action, go in ((self.undo_action, self.undo), (self.redo_action, self.redo)):
            action.triggered.disconnect()
            action.triggered.connect(go)
        self.new_action = self._action(self.tr("Nieuw"), self._new_item, QKeySequence.StandardKey.New, "nieuw",
                                       self.tr("Nieuw in dit tabblad (Ctrl+N)"))
        self.delete_action = self._action(self.tr("Verwijderen…"), self._delete_selected, QKeySequence.StandardKey.Delete,
                                          "verwijderen", self.tr("Verwijder wat geselecteerd is (Del)"))
        self.find_action = self._action(self.tr("Zoeken"), self._focus_filter, QKeySequence.StandardKey.Find,
                                        "zoeken", self.tr("Zoeken in dit tabblad (Ctrl+F)"))
        self.next_tab_action = self._action(self.tr("Volgend tabblad"), lambda: self._step_tab(1),
                                            [QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.previous_tab_action = self._action(self.tr("Vorig tabblad"), lambda: self._step_tab(-1),
                                                [QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        self.settings_action = self._action(self.tr("Instellingen…"), self._open_settings,
                                            QKeySequence.StandardKey.Preferences, "instellingen")
        self.wijk_action = self._action(self.tr("Wijken beheren…"), self._manage_wijken, None, "wijk")
        # Windows (and Qt's offscreen platform) know no standard quit key: Ctrl+Q there too, as on Linux and
        # macOS, so the menu shows the same key on every laptop.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action = self._action(self.tr("Afsluiten"), self.close, quit_keys)
        self.about_action = self._action(self.tr("Over WijkDesk"), self._about)
        self.log_action = self._action(self.tr("Logboek openen"), self._open_log, None, "logboek")
        self.audit_action = self._action(self.tr("Logboek…"), self.open_audit_log, QKeySequence("Ctrl+L"), "logboek",
                                         self.tr("Wie wat wanneer wijzigde, en waarom (Ctrl+L)"))
        for action in (self.delete_action, self.new_action, self.find_action):
            # Del must not fire while the user types in a field: the action is for tables only.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def undo(self) -> None:
        """Bewerken > Ongedaan maken (Ctrl+Z): the last step, unless the open tab declines it."""
        stack = self.context.undo_stack
        self._step(stack.index() - 1, stack.undo, redo=False)

    def redo(self) -> None:
        """Bewerken > Opnieuw (Ctrl+Y): the step undone last, unless the open tab declines it."""
        stack = self.context.undo_stack
        self._step(stack.index(), stack.redo, redo=True)

    def _step(self, index: int, go, redo: bool) -> None:
        stack = self.context.undo_stack
        command = stack.command(index) if 0 <= index < stack.count() else None
        decline = getattr(self.tabs.currentWidget(), "declines_step", None)
        message = decline(command, redo) if command is not None and decline is not None else None
        if message:
            self.statusBar().showMessage(message, 15_000)
            return
        go()
        if command is not None:
            self._show_tab_of(command, redo)

    def _show_tab_of(self, command, redo: bool) -> None:
        """A step of another tab, taken back or done again here: go to its tab, so the user sees what
        changed (on the Groepen tab, Ctrl+Z of an expense used to change the Budget tab unseen)."""
        tables = frozenset(getattr(command, "tables", ()))
        if not tables or tables & getattr(self.tabs.currentWidget(), "TABLES", frozenset()):
            return  # this tab shows (part of) it
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tables & getattr(tab, "OWN", frozenset()):
                self.tabs.setCurrentIndex(index)
                text = (self.tr("Opnieuw gedaan op het tabblad {0}: {1}") if redo else
                        self.tr("Ongedaan gemaakt op het tabblad {0}: {1}"))
                self.statusBar().showMessage(text.format(self.tabs.tabText(index).replace("&", ""), command.text()),
                                             10_000)
                return

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (("bestand", self.tr("&Bestand")), ("bewerken", self.tr("Be&werken")),
                           ("beeld", self.tr("Bee&ld")), ("extra", self.tr("E&xtra")), ("help", self.tr("&Help"))):
            menu = bar.addMenu(title)
            menu.setObjectName(f"menu_{key}")
            self._menus[key] = menu
        bestand = self._menus["bestand"]
        bestand.addAction(self.wijk_action)
        self._quit_separator = bestand.addSeparator()
        bestand.addAction(self.quit_action)
        bewerken = self._menus["bewerken"]
        for action in (self.undo_action, self.redo_action, None, self.new_action, self.delete_action, None,
                       self.find_action):
            bewerken.addSeparator() if action is None else bewerken.addAction(action)
        self._menus["beeld"].addActions([self.next_tab_action, self.previous_tab_action])
        self._menus["extra"].addActions([self.audit_action, self.settings_action])
        self._menus["help"].addActions([self.log_action, self.about_action])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Werkbalk"), self)
        bar.setObjectName("werkbalk")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr(" Wijk: "), bar))
        self.wijk_combo = QComboBox(bar)
        self.wijk_combo.setObjectName("wijk")
        self.wijk_combo.setMinimumContentsLength(15)
        self.wijk_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        bar.addWidget(self.wijk_combo)
        bar.addWidget(QLabel(self.tr("  Jaar: "), bar))
        self.jaar_spin = QSpinBox(bar)
        self.jaar_spin.setObjectName("jaar")
        self.jaar_spin.setRange(2000, 2100)
        self.jaar_spin.setValue(dt.date.today().year)
        bar.addWidget(self.jaar_spin)
        bar.addSeparator()
        bar.addActions([self.new_action, self.delete_action])
        bar.addSeparator()
        bar.addActions(self._toolbar_undo_actions())
        self.toolbar = bar
        self.wijk_combo.currentIndexChanged.connect(self._on_scope_widgets)
        self.jaar_spin.valueChanged.connect(self._on_scope_widgets)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Icons only when the buttons with their texts do not fit (1024 wide): else Qt hides the last
        ones in an overflow menu nobody finds. The texts stay in the tooltips."""
        bar = getattr(self, "toolbar", None)
        if bar is None:
            return
        if bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            self._toolbar_text_width = bar.sizeHint().width()
        wanted = getattr(self, "_toolbar_text_width", 0)
        style = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if wanted <= self.width()
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        if style != bar.toolButtonStyle():
            bar.setToolButtonStyle(style)

    def _toolbar_undo_actions(self) -> list[QAction]:
        """Undo and redo for the toolbar with a short fixed text: the menu's "Ongedaan maken 'Idee ...
        wijzigen'" grows with every title and would push the toolbar's other buttons into its overflow.
        The full step shows in the tooltip."""
        stack = self.context.undo_stack
        made = []
        for name, icon_name, text, go, can, changed, source in (
                ("werkbalk_ongedaan", "ongedaan", self.tr("Ongedaan maken"), self.undo, stack.canUndo,
                 stack.undoTextChanged, self.undo_action),
                ("werkbalk_opnieuw", "opnieuw", self.tr("Opnieuw"), self.redo, stack.canRedo,
                 stack.redoTextChanged, self.redo_action)):
            action = _StepAction(icon(icon_name), text, source, self)
            action.setObjectName(name)
            action.triggered.connect(go)
            made.append(action)
        return made

    def _build_status_bar(self) -> None:
        self.budget_label = QLabel(self)
        self.budget_label.setObjectName("resterend")
        self.statusBar().addPermanentWidget(self.budget_label)

    def _add_standard_tabs(self) -> None:
        from wijkdesk.views.tabs.budget_tab import BudgetTab
        from wijkdesk.views.tabs.doelen_tab import DoelenTab
        from wijkdesk.views.tabs.groepen_tab import GroepenTab
        from wijkdesk.views.tabs.ideeen_tab import IdeeenTab

        self.groepen_tab = GroepenTab(self.context, self)
        self.ideeen_tab = IdeeenTab(self.context, self)
        self.doelen_tab = DoelenTab(self.context, self)
        self.budget_tab = BudgetTab(self.context, self)
        self.tabs.addTab(self.groepen_tab, icon("groepen"), self.tr("Bewonersgroepen"))
        self.tabs.addTab(self.ideeen_tab, icon("ideeen"), self.tr("Ideeën"))
        self.tabs.addTab(self.doelen_tab, icon("doelen"), self.tr("Doelen"))
        self.tabs.addTab(self.budget_tab, icon("budget"), self.tr("Budget"))
        for tab in (self.groepen_tab, self.ideeen_tab, self.doelen_tab, self.budget_tab):
            tab.restore_state(self.context.settings)
        # Extra > Jaar afsluiten…: the year end of the chosen wijk (the Budget tab has the same button).
        self.close_year_action = self._action(self.tr("Jaar afsluiten…"), self.budget_tab.close_year, None, "budget",
                                              self.tr("Sluit het gekozen jaar van de wijk af, of heropen het"))
        self.close_year_action.setObjectName("jaar_afsluiten")
        self.close_year_action.setEnabled(not self.context.readonly)
        self.add_action("extra", self.close_year_action)
        # "Maak doel van dit idee" switches to the goal it made.
        if hasattr(self.ideeen_tab, "goal_created"):
            self.ideeen_tab.goal_created.connect(self.show_doel)

    # --- wijk and year -------------------------------------------------------------------------------

    def _load_wijken(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.context.wijk_id
        self.wijk_combo.blockSignals(True)
        self.wijk_combo.clear()
        for wijk_id, naam in lists.wijken():
            self.wijk_combo.addItem(naam, wijk_id)
        position = self.wijk_combo.findData(current) if current is not None else -1
        self.wijk_combo.setCurrentIndex(position if position >= 0 else (0 if self.wijk_combo.count() else -1))
        self.wijk_combo.blockSignals(False)
        self._on_scope_widgets()

    def _on_scope_widgets(self) -> None:
        self.context.set_scope(self.wijk_combo.currentData(), self.jaar_spin.value())

    def set_scope(self, wijk_id: int, jaar: int) -> None:
        """Choose a wijk and year as if the user picked them."""
        position = self.wijk_combo.findData(wijk_id)
        if position >= 0:
            self.wijk_combo.setCurrentIndex(position)
        self.jaar_spin.setValue(jaar)

    # --- status bar ----------------------------------------------------------------------------------

    def _on_data_changed(self, tables: frozenset) -> None:
        if "wijk" in tables:
            self._load_wijken()

    def _show_overview(self, payload) -> None:
        wijk_id, jaar, has_budget, overview = payload
        if wijk_id is None:
            self.budget_label.setText(self.tr("Nog geen wijk: kies Bestand > Wijken beheren om er een toe te voegen."))
            self.budget_label.setStyleSheet("")
            return
        if not has_budget:
            self.budget_label.setText(self.tr("Geen Meedoenbudget voor {0}").format(jaar))
            self.budget_label.setStyleSheet("")
            return
        self.budget_label.setText(self.tr("Resterend {0}: {1} van {2}").format(
            jaar, format_cents(overview.resterend_cents), format_cents(overview.beschikbaar_cents)))
        self.budget_label.setStyleSheet("color: #a4001d; font-weight: 600;" if overview.resterend_cents < 0
                                        else "font-weight: 600;")

    def remaining_text(self) -> str:
        return self.budget_label.text()

    # --- routing to the current tab ------------------------------------------------------------------

    def current_tab(self) -> QWidget | None:
        return self.tabs.currentWidget()

    def _route(self, name: str) -> None:
        tab = self.current_tab()
        method = getattr(tab, name, None)
        if callable(method):
            method()

    def _new_item(self) -> None:
        self._route("new_item")

    def _delete_selected(self) -> None:
        self._route("delete_selected")

    def _focus_filter(self) -> None:
        self._route("focus_filter")

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _on_tab_changed(self, index: int) -> None:
        self.context.settings.setValue("venster/tab", index)
        focus = getattr(self.tabs.widget(index), "focus_on_open", None)
        if callable(focus):
            focus()

    def show_doel(self, doel_id: int) -> None:
        self.tabs.setCurrentWidget(self.doelen_tab)
        select = getattr(self.doelen_tab, "select_doel", None)
        if callable(select):
            select(doel_id)

    # --- dialogs -------------------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Niet gelukt"), message)

    def _open_settings(self) -> None:
        from wijkdesk.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        if dialog.exec() and dialog.language_changed():
            self.language_change_requested.emit(dialog.language())

    def _manage_wijken(self) -> None:
        from wijkdesk.views.wijk_dialog import WijkenDialog

        dialog = WijkenDialog(self.context, self)
        dialog.exec()

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Over WijkDesk"), self.tr(
            "<b>WijkDesk {0}</b><p>Het Meedoenbudget van de wijk: van idee tot verantwoording.</p>"
            "<p>Database: {1}</p>").format(__version__, self.context.db_path))

    def open_audit_log(self) -> None:
        """Extra > Logboek: the audit log of the data, with filters."""
        from wijkdesk.views.logboek_dialog import LogboekDialog

        LogboekDialog(self).exec()

    def _open_log(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from wijkdesk import logsetup

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(logsetup.log_file().parent)))

    # --- remembered between sessions -----------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = self.context.settings
        geometry = settings.value("venster/geometrie")
        # A geometry saved on a bigger screen (the monitor at the office, then the laptop at 1024x768 in the
        # community centre) does not fit: Qt either refuses it (X11: the window would open at its small
        # default size, 791x549) or squeezes it to the screen without room for the title bar. Either way
        # the window gets the size of a first start, which fills a small screen with its frame.
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not restored or not self._fits_screen():
            self._first_size()
        self._start_maximized = settings.value("venster/gemaximaliseerd") in (True, "true")
        jaar = settings.value("venster/jaar")
        if jaar is not None:
            try:
                self.jaar_spin.setValue(int(jaar))
            except (TypeError, ValueError):
                pass
        wijk = settings.value("venster/wijk")
        if wijk is not None:
            try:
                position = self.wijk_combo.findData(int(wijk))
            except (TypeError, ValueError):
                position = -1
            if position >= 0:
                self.wijk_combo.setCurrentIndex(position)
        tab = settings.value("venster/tab")
        try:
            tab_index = int(tab) if tab is not None else 1
        except (TypeError, ValueError):
            tab_index = 1
        if 0 <= tab_index < self.tabs.count():
            self.tabs.setCurrentIndex(tab_index)
        self._on_tab_changed(self.tabs.currentIndex())  # the cursor where the first tab wants it
        self._on_scope_widgets()

    def _fits_screen(self) -> bool:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return True
        free = screen.availableGeometry()
        # Room for the title bar above; sideways only the screen (a window as wide as its minimum fits).
        return self.width() <= free.width() and self.height() <= free.height() - FRAME_ALLOWANCE

    def _first_size(self) -> None:
        """First start: 1280x760 where it fits; on a smaller screen all of the screen but the frame."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 760)
            return
        free = screen.availableGeometry()
        # The window manager's title bar and borders come on top of the size set here.
        width, height = min(1280, free.width() - 16), min(760, free.height() - FRAME_ALLOWANCE)
        width = max(width, self.minimumSizeHint().width())  # the window's minimum holds it wider than asked
        self.resize(width, height)
        self.move(free.x() + max(0, (free.width() - width) // 2), free.y() + max(0, (free.height() - height - FRAME_ALLOWANCE) // 2))
        self._start_maximized = False

    def show_as_remembered(self) -> None:
        """Show the window as it was left: maximised stays maximised (the saved geometry alone does not)."""
        if getattr(self, "_start_maximized", False):
            self.showMaximized()
        else:
            self.show()

    def save_settings(self) -> None:
        settings = self.context.settings
        settings.setValue("venster/gemaximaliseerd", self.isMaximized())
        settings.setValue("venster/geometrie", self.saveGeometry())
        settings.setValue("venster/tab", self.tabs.currentIndex())
        if self.context.wijk_id is not None:
            settings.setValue("venster/wijk", self.context.wijk_id)
        settings.setValue("venster/jaar", self.jaar_spin.value())
        for index in range(self.tabs.count()):
            save = getattr(self.tabs.widget(index), "save_state", None)
            if callable(save):
                save(settings)
        settings.sync()

    def closeEvent(self, event) -> None:
        # A field still being edited commits on focus-out: take the focus away first, so nothing typed is lost.
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()
        self.save_settings()
        super().closeEvent(event)
