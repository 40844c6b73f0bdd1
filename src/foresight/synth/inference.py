"""How far the checks still work when agencies leave ``event_type`` blank.

Every synthetic family is written twice, once as coded and once with every entry's
``event_type`` cell blank (so the reader infers the types from the free text), and both are
reviewed on the family's ``as_of``. A finding is the same when its check, subject child and
first date agree. ``same`` is the share of the coded findings raised again from the text
(recall); ``extra`` counts the findings raised only from the text (the precision gap).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from foresight.checks.review import review_bundle
from foresight.model.outcomes import Finding
from foresight.synth.families import FAMILIES
from foresight.synth.spec import Family
from foresight.synth.writers import write_family

# (family, check, subject, first date)
Key = tuple[str, str, str, str]


@dataclasses.dataclass(frozen=True)
class Agreement:
    """The findings of the coded and the blank bundles, and how they compare."""

    coded: frozenset[Key]
    inferred: frozenset[Key]

    @property
    def same(self) -> float:
        """Share of the coded findings also raised from the text."""
        return len(self.coded & self.inferred) / len(self.coded) if self.coded else 1.0

    @property
    def extra(self) -> frozenset[Key]:
        """Findings raised from the text that the coded bundles do not raise."""
        return self.inferred - self.coded

    @property
    def precision(self) -> float:
        """Share of the findings raised from the text that the coded bundles raise too."""
        return len(self.coded & self.inferred) / len(self.inferred) if self.inferred else 1.0

    def extra_by_check(self) -> Counter[str]:
        return Counter(key[1] for key in self.extra)


def blank(family: Family) -> Family:
    """The family with every entry's ``event_type`` emptied."""
    entries = tuple(dataclasses.replace(e, types="") for e in family.entries)
    return dataclasses.replace(family, entries=entries)


def _findings(family: Family, out: Path) -> set[Key]:
    out.mkdir(parents=True, exist_ok=True)
    review = review_bundle(write_family(family, out), as_of=family.as_of)
    return {
        (family.name, o.check, o.subject, o.first_date.isoformat())
        for o in review.outcomes
        if isinstance(o, Finding)
    }


def agreement(work_dir: Path, families: Iterable[Family] = FAMILIES) -> Agreement:
    """Review every family coded and blank (bundles are written under ``work_dir``)."""
    coded: set[Key] = set()
    inferred: set[Key] = set()
    for family in families:
        coded |= _findings(family, work_dir / "coded")
        inferred |= _findings(blank(family), work_dir / "blank")
    return Agreement(frozenset(coded), frozenset(inferred))
