"""Entry script of the frozen build: the same `main()` as the `wijkdesk` command and `python -m wijkdesk`.

It lives outside the package on purpose: PyInstaller puts the entry script's folder on the import path,
and the package's own folder there would make `paths`, `cli` etc. importable as top-level modules.
"""
import sys


def attach_parent_console() -> None:
    """Windowed build on Windows: print `--version`, `selftest` etc. in the terminal that started us.

    A windowed program gets no console, so without this its output is lost when typed in cmd or
    PowerShell. When the output goes to a pipe or file, the streams already exist and this does nothing.
    """
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return  # started from Explorer or a shortcut: no terminal to write to
    if sys.stdout is None:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115


if __name__ == "__main__":
    attach_parent_console()
    from wijkdesk.cli import main

    sys.exit(main())
