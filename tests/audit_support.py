"""A partnership audit of the synthetic bundles plus a corrupt file, for the audit tests.

Written and audited once per test session (the folder lives under pytest's own temporary
directory), since every audit test reads the same files.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from foresight.checks.audit import Audit, audit_bundles, discover_bundles
from foresight.synth import AS_OF, write_bundles
from foresight.synth.families import FAMILIES
from foresight.synth.inference import blank
from foresight.synth.writers import write_family

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


FREE_TEXT_FAMILY = "nat2-bruised-baby"


def free_text_audit(out: Path) -> tuple[Audit, list[Path]]:
    """The audit of one synthetic family twice, coded and with every ``event_type`` emptied
    (its types read from the text), written into ``out``; with the two bundles' paths."""
    family = next(f for f in FAMILIES if f.name == FREE_TEXT_FAMILY)
    unread = dataclasses.replace(blank(family), name=f"{family.name}-free-text")
    paths = [write_family(family, out), write_family(unread, out)]
    return audit_bundles(paths, as_of=family.as_of), paths
