"""PDF documents of the evening (besluitenlijst, proces-verbaal, stembiljetten, stickerposter, poster).

Made with Qt's own QPdfWriter, QPainter and QTextDocument (PySide6-Essentials): no extra dependency,
and it works in the frozen build, which leaves QtPrintSupport out.
"""
from wijkdesk.exchange.pdf.documents import besluitenlijst, poster, poster_png, proces_verbaal, stembiljetten, stickerposter

__all__ = ["besluitenlijst", "poster", "poster_png", "proces_verbaal", "stembiljetten", "stickerposter"]
