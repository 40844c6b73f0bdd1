"""The replay view's rules: what a record showed on a day (DESIGN.md "Checks").

An entry is visible once its ``known_from`` day is on or before ``as_of``; a later fact
carried by a visible record (an end date, a death, the end of a relationship) reads as not
yet known. A ``status`` has no date of its own, so it shows whenever its entry does.
People rows carry no dates: a person some entry mentions is known from the first such entry,
so a view of an earlier day does not know them yet (one no entry mentions is known from their
agency's earliest entry, in every view).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace

from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Event, PersonRecord, RelationshipRecord


def _later(day: UncertainDate | None, as_of: dt.date) -> bool:
    return day is not None and day.earliest > as_of


def events_known(events: Iterable[Event], as_of: dt.date) -> list[Event]:
    """Entries known by ``as_of``, with an end date after it blanked.

    >>> from foresight.model.records import Event
    >>> day = UncertainDate.exact(dt.date(2011, 3, 1))
    >>> plan = Event("CSC", "E1", day, (), end_date=UncertainDate.exact(dt.date(2012, 3, 1)))
    >>> events_known([plan], dt.date(2011, 12, 31))[0].end_date is None
    True
    """
    return [
        replace(e, end_date=None) if _later(e.end_date, as_of) else e
        for e in events
        if e.known_from <= as_of
    ]


def _record_known(record: PersonRecord, as_of: dt.date) -> PersonRecord:
    return replace(record, date_of_death=None) if _later(record.date_of_death, as_of) else record


def people_known(people: Iterable[Person], as_of: dt.date) -> list[Person]:
    """People as known on ``as_of``: a death after it is not yet known (ids and links kept)."""
    return [
        replace(p, records=tuple(_record_known(r, as_of) for r in p.records))
        if any(_later(r.date_of_death, as_of) for r in p.records)
        else p
        for p in people
    ]


def mentioned_later(
    people: Iterable[Person], mentioned_from: Callable[[Person], dt.date | None], as_of: dt.date
) -> dict[str, dt.date]:
    """Each person whose first mention (``mentioned_from``) is known only after ``as_of``,
    with that day; people no entry mentions (None) are left out.

    >>> first = {"CSC:B1": dt.date(2012, 6, 1), "CSC:M1": dt.date(2012, 3, 1)}
    >>> people = [Person(pid, ()) for pid in ("CSC:B1", "CSC:M1", "CSC:F1")]
    >>> mentioned_later(people, lambda p: first.get(p.id), dt.date(2012, 4, 1))
    {'CSC:B1': datetime.date(2012, 6, 1)}
    """
    found = ((p.id, mentioned_from(p)) for p in people)
    return {pid: day for pid, day in found if day is not None and day > as_of}


def relationships_known(
    rows: Iterable[RelationshipRecord], as_of: dt.date
) -> list[RelationshipRecord]:
    """Relationships begun by ``as_of`` (or undated), with an end after it blanked."""
    return [
        replace(r, end=None) if _later(r.end, as_of) else r
        for r in rows
        if r.start is None or r.start.earliest <= as_of
    ]
