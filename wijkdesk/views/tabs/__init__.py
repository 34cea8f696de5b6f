"""The tabs of the main window: Bewonersgroepen, Ideeën, Doelen, Budget."""
