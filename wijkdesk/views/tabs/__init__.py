"""The list tabs of the main window: Bewonersgroepen, Ideeën, Doelen, Budget (made by MainWindow) and
Bijeenkomsten (added through `add_tab`); the Stemronde tab lives in views/stemronde."""
