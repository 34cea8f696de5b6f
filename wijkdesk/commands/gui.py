"""`wijkdesk [gui]`: open the main window."""
from __future__ import annotations

import logging
import os
import sys

from wijkdesk.commands.common import EXIT_ERROR, add_db_argument, database_location

log = logging.getLogger(__name__)

# Qt platform plugins that draw without a display server (tests, VNC, a framebuffer, kiosks).
_NEEDS_NO_SERVER = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay", "directfb")

NO_DISPLAY_MESSAGE = (
    "Fout: er is geen beeldscherm, dus het venster van WijkDesk kan niet worden geopend "
    "(geen grafische omgeving: DISPLAY en WAYLAND_DISPLAY zijn niet gezet). "
    "Start WijkDesk vanaf het bureaublad, of via ssh met 'ssh -X'. "
    "Zonder venster werken de opdrachten, bijvoorbeeld 'wijkdesk export' of 'wijkdesk check'; "
    "zie 'wijkdesk --help'. Er is niets gewijzigd."
)


def register(sub) -> None:
    parser = sub.add_parser("gui", help="open het venster (standaard)")
    add_db_argument(parser)
    parser.add_argument("--demo", action="store_true",
                        help="vul een nieuwe, lege database eerst met voorbeeldgegevens")
    parser.set_defaults(handler=run)


def has_display(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt can open a window here. Windows and macOS always can; on Linux and the BSDs Qt
    needs an X11 or Wayland server, unless QT_QPA_PLATFORM names a plugin that needs none.

    Without this check Qt's xcb plugin aborts the process (exit 134) after writing only to the log.
    """
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    chosen = (environ.get("QT_QPA_PLATFORM") or "").split(":", 1)[0].strip().lower()
    x11, wayland = bool(environ.get("DISPLAY")), bool(environ.get("WAYLAND_DISPLAY"))
    if not chosen or ";" in chosen:  # unset, or a list of fallbacks such as "wayland;xcb"
        return x11 or wayland
    if chosen == "xcb":
        return x11
    if chosen.startswith("wayland"):
        return wayland
    if chosen in _NEEDS_NO_SERVER:
        return True
    # A plugin we do not know: let Qt try, it says what it misses.
    return True


def run(args) -> int:
    if not has_display():
        log.error("Geen beeldscherm: venster niet geopend (DISPLAY/WAYLAND_DISPLAY niet gezet)")
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_ERROR
    from wijkdesk.views.app import run_gui

    from wijkdesk.store.errors import DatabaseOpenError

    try:
        location = database_location(args)
    except DatabaseOpenError as exc:
        # Started from a shortcut there is no terminal: the refusal (a password in the address, an
        # unknown kind of address) must be seen in a window too, not only on stderr.
        from wijkdesk.views.app import show_start_refusal

        show_start_refusal(exc.message)
        raise
    return run_gui(location, demo=args.demo)
