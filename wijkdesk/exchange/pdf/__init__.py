"""PDF documents of the evening (besluitenlijst, proces-verbaal, stembiljetten, stickerposter, poster) and
of a grant's request (aanvraag, for the group to sign).

Made with Qt's own QPdfWriter, QPainter and QTextDocument (PySide6-Essentials): no extra dependency,
and it works in the frozen build, which leaves QtPrintSupport out.
"""
from wijkdesk.exchange.pdf.aanvraag import aanvraag_pdf
from wijkdesk.exchange.pdf.documents import besluitenlijst, poster, poster_png, proces_verbaal, stembiljetten, stickerposter

__all__ = ["aanvraag_pdf", "besluitenlijst", "poster", "poster_png", "proces_verbaal", "stembiljetten", "stickerposter"]
