"""The doelen tab (read-only first version)."""
from __future__ import annotations

from wijkdesk.views.models import DoelenModel
from wijkdesk.views.tabs.simple import TableTab


class DoelenTab(TableTab):
    key = "doelen"
    MODEL = DoelenModel
    WIDTHS = {0:34,1:10,2:11,3:10,4:18,5:22,6:12,7:12}
    SORT_COLUMN = 2
    SORT_DESCENDING = False
    NEEDS_YEAR = False
    TABLES = frozenset("doel,toekenning,uitgave,voortgang".split(","))
