"""Control characters in user text: never stored, never written to a workbook, never printed raw.

A workbook can carry them as Excel escapes (`_x001B_`, `_x0007_`, `_x0000_`) or as raw characters
(DEL and the C1 range are legal XML). In a title they are invisible at best; printed to a terminal
ESC starts an escape sequence (colours, cursor moves, window titles: injection) and BEL rings.
Import and export strip the same set, so a workbook exported and read back unchanged is unchanged.
Tab, line feed and carriage return are ordinary text in a cell and stay.
"""
from __future__ import annotations

import re

# C0 except tab, LF and CR; DEL; C1 (0x9B is a one-byte escape-sequence introducer on some terminals).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# For a terminal line, tab, LF and CR are shown escaped too: one printed line stays one line.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def strip_control_chars(text: str) -> str:
    """The text without control characters (tab, LF and CR kept)."""
    return CONTROL_CHARS.sub("", text) if CONTROL_CHARS.search(text) else text


def printable(text: str) -> str:
    """Text safe to print on a terminal: every control character shown as an escape like \\x1b."""
    text = str(text)
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
