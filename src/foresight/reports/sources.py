"""What a report reads: the shape of a review and its case, and the library look-ups.

The report builders accept anything shaped like :class:`foresight.checks.Review` so that the
CLI (a review of a bundle) and the web app (a review of a stored case) share one builder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from foresight.model.outcomes import Outcome
from foresight.model.people import Person, UncertainLink
from foresight.model.records import Agency, Event, Problem


class CaseLike(Protocol):
    """The part of :class:`foresight.model.case.Case` a report reads."""

    @property
    def name(self) -> str: ...

    @property
    def agencies(self) -> Iterable[Agency]: ...

    @property
    def people(self) -> Iterable[Person]: ...

    @property
    def subject_children(self) -> Iterable[Person]: ...

    @property
    def events_all(self) -> Iterable[Event]: ...

    @property
    def problems(self) -> Iterable[Problem]: ...

    @property
    def uncertain_links(self) -> Iterable[UncertainLink]: ...

    def subjects_of(self, event: Event) -> Sequence[Person]: ...


class ReviewLike(Protocol):
    """The part of :class:`foresight.checks.Review` a report reads."""

    @property
    def case(self) -> CaseLike: ...

    @property
    def as_of(self) -> dt.date: ...

    @property
    def outcomes(self) -> Sequence[Outcome]: ...


@dataclass(frozen=True)
class LearningPointRow:
    """A learning point a finding cites, as the library states it."""

    id: str
    title: str
    seed_text: str


def learning_point_row(point_id: str) -> LearningPointRow:
    """The library's words for ``point_id``; a point the library lacks keeps its id as title.

    >>> learning_point_row("NAT2").id
    'NAT2'
    """
    from foresight.learning import learning_point

    try:
        point = learning_point(point_id)
    except KeyError:
        # A partnership's own point, or a typo in a check: show the id rather than fail.
        return LearningPointRow(point_id, point_id, "")
    return LearningPointRow(point.id, point.title, point.seed_text)


@dataclass(frozen=True)
class CheckInfo:
    """What the registry says about a check: its title and what it cannot know."""

    title: str
    cannot_know: str


def check_infos() -> dict[str, CheckInfo]:
    """Every registered check by its code (``FS-NAT2`` -> its title, what it cannot know)."""
    from foresight.checks import REGISTRY

    return {spec.code: CheckInfo(spec.title, spec.cannot_know) for spec in REGISTRY}
