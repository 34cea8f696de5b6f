"""Designer forms compiled by tools/build_forms.py: do not edit, edit forms/*.ui."""
