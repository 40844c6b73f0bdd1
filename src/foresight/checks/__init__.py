"""Checks: pure functions ``(case, context) -> outcomes``, one learning point or more each.

>>> import datetime as dt
>>> from foresight.checks import REGISTRY, CheckContext, load_settings
>>> "FS-NAT2" in REGISTRY
True
"""

# Importing the rules fills REGISTRY; they are listed by name in rules/__init__.py.
from foresight.checks import rules
from foresight.checks.context import CheckContext, Expectation, Window
from foresight.checks.engine import run_check, run_checks
from foresight.checks.registry import REGISTRY, CheckSpec, RegistrationError, Registry
from foresight.checks.review import Review, review_bundle, review_case
from foresight.checks.settings import Settings, load_settings

__all__ = [
    "REGISTRY",
    "CheckContext",
    "CheckSpec",
    "Expectation",
    "RegistrationError",
    "Registry",
    "Review",
    "Settings",
    "Window",
    "load_settings",
    "review_bundle",
    "review_case",
    "rules",
    "run_check",
    "run_checks",
]
