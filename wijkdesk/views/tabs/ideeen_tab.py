"""The ideeen tab (read-only first version)."""
from __future__ import annotations

from wijkdesk.views.models import IdeeenModel
from wijkdesk.views.tabs.simple import TableTab


class IdeeenTab(TableTab):
    key = "ideeen"
    MODEL = IdeeenModel
    WIDTHS = {0:5,1:40,2:13,3:14,4:14,5:24}
    SORT_COLUMN = 0
    SORT_DESCENDING = True
    NEEDS_YEAR = False
    TABLES = frozenset("idee,bewonersgroep,bijeenkomst".split(","))
