"""The groepen tab (read-only first version)."""
from __future__ import annotations

from wijkdesk.views.models import GroepenModel
from wijkdesk.views.tabs.simple import TableTab


class GroepenTab(TableTab):
    key = "groepen"
    MODEL = GroepenModel
    WIDTHS = {0:32,1:20,2:16,3:8}
    SORT_COLUMN = 0
    SORT_DESCENDING = False
    NEEDS_YEAR = False
    TABLES = frozenset("bewonersgroep,lidmaatschap,persoon".split(","))
