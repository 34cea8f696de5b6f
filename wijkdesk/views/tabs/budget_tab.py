"""The budget tab (read-only first version)."""
from __future__ import annotations

from wijkdesk.views.models import UitgavenModel
from wijkdesk.views.tabs.simple import TableTab


class BudgetTab(TableTab):
    key = "budget"
    MODEL = UitgavenModel
    WIDTHS = {0:11,1:34,2:22,3:12,4:12,5:11,6:11,7:20}
    SORT_COLUMN = 0
    SORT_DESCENDING = True
    NEEDS_YEAR = True
    TABLES = frozenset("meedoenbudget,toekenning,uitgave".split(","))
