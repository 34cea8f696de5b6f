"""Small worlds for the service tests, built with the same service calls as the GUI."""
import pytest

from wijkdesk.services import budget, groepen, wijken


@pytest.fixture
def wijk(db):
    return wijken.create_wijk("Keizerslanden", wijkmanager="Sanne de Vries")


@pytest.fixture
def groep(wijk):
    return groepen.create_groep(wijk, "Werkgroep Groen", soort="werkgroep")


@pytest.fixture
def budget_2026(wijk):
    return budget.set_budget(wijk, 2026, 1_000_000)  # € 10.000,00
