"""A partnership audit of the synthetic bundles plus a corrupt file, for the audit tests.

Written and audited once per test session (the folder lives under pytest's own temporary
directory), since every audit test reads the same files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.checks.audit import Audit, audit_bundles, discover_bundles
from foresight.synth import AS_OF, write_bundles

# One day for every bundle: the latest of the synthetic families' own days.
DAY = max(AS_OF.values())
CORRUPT = "corrupt.xlsx"

_FOLDER: list[Path] = []
_AUDIT: list[Audit] = []


def synthetic_folder(factory: pytest.TempPathFactory) -> Path:
    """Every synthetic bundle and one corrupt workbook, in one folder."""
    if not _FOLDER:
        out = factory.mktemp("audit-bundles")
        write_bundles(out)
        (out / CORRUPT).write_bytes(b"this is not a workbook")
        _FOLDER.append(out)
    return _FOLDER[0]


def synthetic_audit(factory: pytest.TempPathFactory) -> Audit:
    """The audit of :func:`synthetic_folder` as of :data:`DAY`."""
    if not _AUDIT:
        _AUDIT.append(audit_bundles(discover_bundles(synthetic_folder(factory)), as_of=DAY))
    return _AUDIT[0]
