"""Synthetic safeguarding bundles: invented families whose records show the learning points.

``write_bundles(out_dir)`` writes every family as a bundle (xlsx workbook, CSV folder or zip)
and ``EXPECTED`` says which checks a review of each must raise, on the day ``AS_OF`` gives.
Every person, address and NHS number is invented; NHS numbers are in the 999 range the NHS
keeps for testing.

>>> EXPECTED["nat2-bruised-baby.xlsx"]
frozenset({'FS-NAT2'})
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from foresight.synth.families import FAMILIES
from foresight.synth.writers import write_family

EXPECTED: dict[str, frozenset[str]] = {f.file_name: f.expected for f in FAMILIES}
AS_OF: dict[str, dt.date] = {f.file_name: f.as_of for f in FAMILIES}


def write_bundles(out_dir: Path) -> list[Path]:
    """Write every synthetic family's bundle into ``out_dir`` (created if need be).

    The same bytes on every run (workbook and zip times are fixed). Returns the paths in the
    order of ``EXPECTED``.

    >>> import tempfile
    >>> paths = write_bundles(Path(tempfile.mkdtemp()))
    >>> sorted(p.name for p in paths) == sorted(EXPECTED)
    True
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    return [write_family(family, out_dir) for family in FAMILIES]


__all__ = ["AS_OF", "EXPECTED", "FAMILIES", "write_bundles"]
