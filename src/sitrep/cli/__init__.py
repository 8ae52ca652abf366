"""Command-line edge: parses options, calls the library, turns SitrepError into text and exit 1."""
