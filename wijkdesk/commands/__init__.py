"""Subcommands of the `wijkdesk` command line, one module each."""
