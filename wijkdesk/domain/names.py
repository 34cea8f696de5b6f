"""Names compared loosely, as people type them: 'Ideeën', 'ideeen' and ' IDEEEN ' are the same."""
from __future__ import annotations

import re
import unicodedata


def normalize(text) -> str:
    """A header or name compared loosely: no case, accents, spaces or punctuation ('Ideeën' == 'ideeen')."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]", "", text.lower())
