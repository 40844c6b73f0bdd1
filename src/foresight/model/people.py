"""People as one human being across agencies: linked records, each link with its reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from foresight.model.dates import UncertainDate
from foresight.model.records import PersonRecord, RecordKey
from foresight.model.vocab import Sex


def _distinct(days: Iterable[UncertainDate | None]) -> tuple[UncertainDate, ...]:
    """Dates that differ in their readings; the same day written two ways is one date."""
    seen: dict[tuple[dt.date, dt.date], UncertainDate] = {}
    for day in days:
        if day is not None:
            seen.setdefault((day.earliest, day.latest), day)
    return tuple(seen[k] for k in sorted(seen))


@dataclass(frozen=True)
class Link:
    """Two agency records joined as one person, and why ("same NHS number ...").

    ``probability`` is the match probability of a link made on match weights (None when an
    identifier or an exact rule decided it).
    """

    a: RecordKey
    b: RecordKey
    reason: str
    probability: float | None = None


@dataclass(frozen=True)
class UncertainLink:
    """Two records that may be one person but were kept apart, why, and the match
    probability their names, birth dates, addresses and sexes give (None if unscored)."""

    a: RecordKey
    b: RecordKey
    reason: str
    probability: float | None = None


@dataclass(frozen=True)
class Person:
    """One human being as the linked records of every agency that knows them.

    ``id`` is stable for the same bundle: the smallest ``AGENCY:person_id`` of its records.
    """

    id: str
    records: tuple[PersonRecord, ...]
    links: tuple[Link, ...] = ()

    def __hash__(self) -> int:
        # People are dict keys throughout the Case; equal people always share an id.
        return hash(self.id)

    @property
    def keys(self) -> frozenset[RecordKey]:
        return frozenset(r.key for r in self.records)

    @property
    def agencies(self) -> frozenset[str]:
        return frozenset(r.agency for r in self.records)

    @property
    def name(self) -> str:
        """The fullest name any agency records, else a role, else a reference."""
        named = sorted((r for r in self.records if r.full_name), key=lambda r: -len(r.full_name))
        return named[0].full_name if named else self.records[0].display_name

    @property
    def is_subject(self) -> bool:
        return any(r.subject for r in self.records)

    @property
    def dates_of_birth(self) -> tuple[UncertainDate, ...]:
        """Every distinct date of birth recorded; more than one is a conflict to show."""
        return _distinct(r.date_of_birth for r in self.records)

    @property
    def expected_dates_of_birth(self) -> tuple[UncertainDate, ...]:
        return _distinct(r.expected_date_of_birth for r in self.records)

    @property
    def dates_of_death(self) -> tuple[UncertainDate, ...]:
        return _distinct(r.date_of_death for r in self.records)

    @property
    def date_of_birth_conflict(self) -> bool:
        return len(self.dates_of_birth) > 1

    @property
    def roles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.role for r in self.records if r.role))

    @property
    def sex(self) -> Sex | None:
        known = {r.sex for r in self.records if r.sex and r.sex is not Sex.UNKNOWN}
        return known.pop() if len(known) == 1 else None

    @property
    def identity_established(self) -> bool:
        """Some agency's record holds both a family name and a date of birth (PR1)."""
        return any(r.family_name and r.date_of_birth for r in self.records)
