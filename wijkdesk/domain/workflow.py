"""Status workflows: which status may follow which, and which changes need a written reason."""
from __future__ import annotations

# Idee: nieuw -> in onderzoek -> gekozen -> uitgevoerd; afgewezen and geparkeerd need a reason and can
# be reopened (back to in onderzoek) when residents bring the idea up again.
IDEE_STATUSSEN = ("nieuw", "in onderzoek", "gekozen", "afgewezen", "geparkeerd", "uitgevoerd")
IDEE_OVERGANGEN = {
    "nieuw": {"in onderzoek", "gekozen", "afgewezen", "geparkeerd"},
    "in onderzoek": {"gekozen", "afgewezen", "geparkeerd", "nieuw"},
    "gekozen": {"uitgevoerd", "geparkeerd", "afgewezen", "in onderzoek"},
    "afgewezen": {"in onderzoek"},
    "geparkeerd": {"in onderzoek", "gekozen"},
    "uitgevoerd": set(),
}
IDEE_REDEN_VERPLICHT = {"afgewezen", "geparkeerd"}

DOEL_STATUSSEN = ("concept", "lopend", "afgerond", "gestopt")
DOEL_OVERGANGEN = {
    "concept": {"lopend", "gestopt"},
    "lopend": {"afgerond", "gestopt", "concept"},
    "afgerond": {"lopend"},
    "gestopt": {"concept", "lopend"},
}
DOEL_REDEN_VERPLICHT = {"gestopt"}

# Toekenning: aangevraagd -> toegekend -> verantwoord; afgewezen/ingetrokken end it.
TOEKENNING_STATUSSEN = ("aangevraagd", "toegekend", "afgewezen", "ingetrokken", "verantwoord")
TOEKENNING_OVERGANGEN = {
    "aangevraagd": {"toegekend", "afgewezen", "ingetrokken"},
    "toegekend": {"verantwoord", "ingetrokken"},
    "afgewezen": {"aangevraagd"},
    "ingetrokken": set(),
    "verantwoord": {"toegekend"},
}
TOEKENNING_REDEN_VERPLICHT = {"afgewezen", "ingetrokken"}
# Statuses whose amount counts as committed against the budget.
TOEKENNING_TELT_MEE = {"aangevraagd", "toegekend", "verantwoord"}

UITGAVE_STATUSSEN = ("open", "goedgekeurd", "betaald", "afgewezen")
UITGAVE_OVERGANGEN = {
    "open": {"goedgekeurd", "betaald", "afgewezen"},
    "goedgekeurd": {"betaald", "open", "afgewezen"},
    "betaald": {"goedgekeurd"},  # undoing a wrongly marked payment
    "afgewezen": {"open"},
}
UITGAVE_REDEN_VERPLICHT = {"afgewezen"}
# Statuses whose amount counts as spent.
UITGAVE_TELT_MEE = {"open", "goedgekeurd", "betaald"}

WORKFLOWS = {
    "idee": (IDEE_STATUSSEN, IDEE_OVERGANGEN, IDEE_REDEN_VERPLICHT),
    "doel": (DOEL_STATUSSEN, DOEL_OVERGANGEN, DOEL_REDEN_VERPLICHT),
    "toekenning": (TOEKENNING_STATUSSEN, TOEKENNING_OVERGANGEN, TOEKENNING_REDEN_VERPLICHT),
    "uitgave": (UITGAVE_STATUSSEN, UITGAVE_OVERGANGEN, UITGAVE_REDEN_VERPLICHT),
}


def check_transition(kind: str, old: str, new: str, reden: str = "") -> str | None:
    """None when `old -> new` is allowed (with `reden` where required), else a Dutch message."""
    statussen, overgangen, reden_verplicht = WORKFLOWS[kind]
    if new not in statussen:
        return f"'{new}' is geen geldige status. Kies uit: {', '.join(statussen)}."
    if old == new:
        return None
    if new not in overgangen.get(old, set()):
        allowed = ", ".join(sorted(overgangen.get(old, set()))) or "geen"
        return f"Van '{old}' naar '{new}' kan niet. Vanuit '{old}' kan: {allowed}."
    if new in reden_verplicht and not reden.strip():
        return f"Geef een reden op waarom de status '{new}' wordt."
    return None
