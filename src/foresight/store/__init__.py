"""Persistence: Django models for teams, families, uploads, bundle records, reviewers'
decisions and the audit log.

The public functions are :func:`import_bundle` and :func:`load_bundle`
(``foresight.store.bundles``), :func:`load_case` (``foresight.store.decisions``: the Case
with reviewers' corrected types and link decisions applied), :func:`families_for`
(``foresight.store.queries``) and :func:`record_audit` (``foresight.store.audit``). They need
Django set up (settings ``foresight.web.settings``); they are imported lazily so that importing
this package does not.

>>> from foresight.store import import_bundle, load_bundle    # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__all__ = ["families_for", "import_bundle", "load_bundle", "load_case", "record_audit"]

_HOMES = {
    "import_bundle": "foresight.store.bundles",
    "load_bundle": "foresight.store.bundles",
    "load_case": "foresight.store.decisions",
    "families_for": "foresight.store.queries",
    "record_audit": "foresight.store.audit",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
