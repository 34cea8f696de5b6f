"""A progress dialog that appears only when the work takes longer than a moment, with Cancel."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

# Work that ends sooner needs no dialog (Nielsen: under a second keeps the flow); longer gets a bar.
SHOW_AFTER_MS = 400


class DelayedProgress(QProgressDialog):
    """Shown SHOW_AFTER_MS after start unless finished by then; Cancel calls `on_cancel`."""

    def __init__(self, title: str, on_cancel, parent=None, delay_ms: int = SHOW_AFTER_MS):
        super().__init__(parent)
        self.setObjectName("excel_voortgang")
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setCancelButtonText(self.tr("Annuleren"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(10**9)  # never show by itself: our timer decides
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.setRange(0, 0)
        self._title = title
        self._on_cancel = on_cancel
        self.canceled.connect(self._cancel_clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)
        self._timer.start(delay_ms)
        self._finished = False
        self.hide()

    def _appear(self) -> None:
        if not self._finished:
            self.show()

    def _cancel_clicked(self) -> None:
        self.setLabelText(self.tr("Bezig met annuleren…"))
        self.setCancelButton(None)  # one click is enough
        self._on_cancel()

    def update_progress(self, done: int, total: int, label: str) -> None:
        if self.maximum() != total:
            self.setRange(0, total)
        self.setValue(min(done, total))
        if label:
            self.setLabelText(self.tr("{0}: {1}").format(self._title, label))

    def finish(self) -> None:
        """The work ended: never appear, or go away."""
        self._finished = True
        self._timer.stop()
        self.hide()
        self.deleteLater()
