"""Stemronde: a voting round at a bewonersavond, from set-up to chosen ideas and goals.

The life of a round: `rondes.create_ronde` with its ideas (concept) -> the first vote locks the rules
and the ideas (open) -> votes are entered as a tally per idea or ballot by ballot, optionally twice by
two people (four-eyes) (`stemmen`) -> `uitslag.compute_uitslag` (only when both entries agree) ->
manual changes only with a written reason, kept as a Besluit -> `uitslag.fix_uitslag` writes the result
down (gesloten) -> `uitslag.chosen_into_goals`.

Never a silent edit: a correction is a new entry that points to the one it replaces (`vervangt`), and
every change writes an audit row. Ballots are anonymous: nothing links a ballot to a person.

Modules, by concern: `rondes` (a round, its rules and the ideas on its ballot), `stemmen` (entering
ballots and tallies, the second entry, the count so far), `uitslag` (the outcome, what-if, manual
changes, fixing it and the goals that follow), `demo` (the round in the demo data).
"""
