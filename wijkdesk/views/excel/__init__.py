"""Excel in the window: export, template and import actions, run in the background with progress."""
from wijkdesk.views.excel.actions import ExcelActions, install

__all__ = ["ExcelActions", "install"]
