"""`python -m wijkdesk` runs the same entry point as the `wijkdesk` command."""
import sys

from wijkdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
