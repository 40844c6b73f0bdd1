"""One exception hierarchy for everything Foresight raises on purpose.

The CLI turns any :class:`ForesightError` into one line on standard error and exit
status 2; the web app shows its message. Anything else escaping is a bug.
"""


class ForesightError(Exception):
    """Base of every error Foresight raises for a user to read."""


class BundleError(ForesightError):
    """A bundle that cannot be opened at all (not a workbook, folder or zip; corrupt; empty)."""


class DateParseError(ForesightError, ValueError):
    """A date as written in a record that cannot be read."""


class SettingsError(ForesightError):
    """A settings file that cannot be read or names an unknown setting."""
