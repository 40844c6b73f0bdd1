"""The built-in learning library: the 26 learning points the checks cite, as data.

The points live in ``library.toml`` beside this module (the seed document's own words, plus
plain-English summaries of what triggers each point in a record and what the record should
then show), so a partnership can read and extend them without reading code.

>>> learning_point("NAT2").title
'Full consideration of even minor injuries to pre-mobile infants'
>>> len(LIBRARY)
26
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from enum import StrEnum
from importlib import resources

__all__ = ["LIBRARY", "LearningGroup", "LearningPoint", "learning_point"]


class LearningGroup(StrEnum):
    """Where a learning point came from."""

    SERIOUS_CASE_REVIEWS = "BSCB serious case reviews"
    NATIONAL_REVIEWS = "National serious case reviews"
    PARTNERSHIP_REVIEWS = "BSCB partnership reviews"
    AUDITS = "BSCB audits"


@dataclass(frozen=True)
class LearningPoint:
    """One learning point: ``id`` (``SCR1``), its group, a short title, the seed document's
    words, and what triggers it and what the record should then show."""

    id: str
    group: LearningGroup
    title: str
    seed_text: str
    trigger: str
    expectation: str

    def __str__(self) -> str:
        return f"{self.id}: {self.title}"


def _load() -> tuple[LearningPoint, ...]:
    text = resources.files(__package__).joinpath("library.toml").read_text(encoding="utf-8")
    names = {field.name for field in fields(LearningPoint)}
    points = []
    for row in tomllib.loads(text)["point"]:
        if set(row) != names:
            # A packaging or editing slip in the data file must fail loudly at import.
            raise RuntimeError(f"learning library row {row.get('id')!r} has fields {sorted(row)}")
        points.append(LearningPoint(**{**row, "group": LearningGroup(row["group"])}))
    return tuple(points)


LIBRARY: tuple[LearningPoint, ...] = _load()
_BY_ID = {point.id: point for point in LIBRARY}


def learning_point(id: str) -> LearningPoint:
    """The learning point with this identifier; :class:`KeyError` if there is none.

    >>> learning_point("SCR6").group
    <LearningGroup.SERIOUS_CASE_REVIEWS: 'BSCB serious case reviews'>
    """
    try:
        return _BY_ID[id]
    except KeyError:
        known = ", ".join(_BY_ID)
        raise KeyError(f"no learning point {id!r}; the library has {known}") from None
