"""The Qt binding in use does not corrupt Python's reference counts when a signal is emitted.

PySide6 6.12.0 drops a reference to `True` on every `Signal.emit()` from Python; after a few thousand
emits (typing in a filter box emits) Python aborts with 'bool_dealloc: deallocating True'. The
dependency excludes that version; this test catches it or a successor with the same fault.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    bare = Signal()
    with_value = Signal(object)


def test_emit_keeps_reference_counts(qapp):
    sender = _Sender()
    sender.bare.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        sender.bare.emit()
        sender.with_value.emit(1)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after == before
