"""The first day a condition held on what was known (learning-points.md "Conventions":
``first_date`` is the earliest day on which, with only entries recorded by then, a finding
would first have been raised).

A deadline and the trigger's own ``known_from`` give a finding's first day when what the
finding rests on was already known then. Some conditions rest on more: who was in a child's
household, or which brothers and sisters had concerns, can change when an entry is recorded
late. :func:`first_day_holding` looks at the replay view on that day and, when the condition
does not hold there yet, on each later day on which something new became known.

>>> # first = first_day_holding(case, finding.first_date, lambda view: in_home(view))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from foresight.model.case import Case
from foresight.model.records import Event


def change_days(case: Case, after: dt.date) -> list[dt.date]:
    """Every day after ``after`` on which the replay view of ``case`` can change: an entry
    becoming known, an end date, a death, a relationship beginning or ending."""
    days = set(entry_days(case.events_all, after))
    for relationship in case.relationships:
        days |= {d.earliest for d in (relationship.start, relationship.end) if d is not None}
    for person in case.people:
        days |= {d.earliest for d in person.dates_of_death}
    return sorted(d for d in days if d > after)


def entry_days(events: Iterable[Event], after: dt.date) -> list[dt.date]:
    """Every day after ``after`` on which one of ``events`` becomes known or reaches its end
    date: the days a check that reads only these entries can see change (the people and
    relationships of the view aside)."""
    days = {e.known_from for e in events}
    days |= {e.end_date.earliest for e in events if e.end_date is not None}
    return sorted(d for d in days if d > after)


def first_day_holding(
    case: Case,
    start: dt.date,
    holds: Callable[[Case], bool],
    views: dict[dt.date, Case] | None = None,
) -> dt.date:
    """The first day from ``start`` on whose replay view ``holds``; ``start`` when it never
    does (``case`` itself, the view on the review date, is the caller's to have checked).

    ``views`` caches replay views by day across calls (one check run, say): a view costs
    about as much as reading the case again.
    """
    later = change_days(case, start)
    if not later:  # nothing became known after ``start``: the view then is ``case``
        return start
    cache = {} if views is None else views
    for day in [start, *later]:
        if day not in cache:
            cache[day] = case.known_on(day)
        if holds(cache[day]):
            return day
    return start
