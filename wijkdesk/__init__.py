"""WijkDesk: the wijkkoppel's tool for the Meedoenbudget of a wijk."""

# The one version number: pyproject.toml, build.spec and the Windows version resource read it.
__version__ = "0.1.0"
APP_NAME = "WijkDesk"
ORG_NAME = "WijkDesk"
