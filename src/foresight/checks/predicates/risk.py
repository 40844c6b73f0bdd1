"""Shared shapes of the exploitation and engagement learning points (AUD1, AUD2) and of the
long-running multi-agency case (PR3): young people aged 10 to 17, high-risk status, failed
contacts with one agency, and month arithmetic for "in the last N months".

Like :mod:`foresight.checks.predicates.core`, predicates about ages answer for *every* reading
of the uncertain dates involved: ``True``, ``False``, or ``None`` when the record cannot tell.

>>> add_months(dt.date(2012, 3, 31), -1)
datetime.date(2012, 2, 29)
>>> last_day_within(dt.date(2012, 3, 31), 6)   # on 30 September, 31 March is 6 months back
datetime.date(2012, 9, 30)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from foresight.checks.context import CheckContext
from foresight.checks.predicates.core import age_on
from foresight.checks.predicates.counting import (
    Run,
    add_months,
    distinct_happenings,
    within_months,
)
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType, RiskLevel

_ONE_DAY = dt.timedelta(days=1)

# Contacts a young person did not take up: a missed appointment, a visit with no answer.
ENGAGEMENT_FAILURE = frozenset({EventType.DID_NOT_ATTEND, EventType.NO_ACCESS_VISIT})


# --- months -----------------------------------------------------------------------------------


def last_day_within(day: dt.date, months: int) -> dt.date:
    """The last day D on which ``day`` is still within the ``months`` before D (that is,
    ``add_months(D, -months) <= day``): exact at month ends, where months are not invertible."""
    try:
        last = add_months(day, months)
    except ValueError:  # beyond the last representable year: within on every day there is
        return dt.date.max
    while last < dt.date.max and add_months(last + _ONE_DAY, -months) <= day:
        last += _ONE_DAY
    while add_months(last, -months) > day:
        last -= _ONE_DAY
    return last


def later_of(dates: Iterable[UncertainDate]) -> UncertainDate:
    """The day the last of several uncertain dates happened, over every reading: a count is
    reached on the latest counted date, whichever entry that turns out to be.

    >>> november = UncertainDate(dt.date(2022, 11, 1), dt.date(2022, 11, 30), "Nov 2022")
    >>> later_of([november, UncertainDate.exact(dt.date(2022, 11, 2))]).earliest
    datetime.date(2022, 11, 2)
    """
    found = list(dates)
    last = max(found, key=lambda d: (d.latest, d.earliest))
    earliest = max(d.earliest for d in found)
    return UncertainDate(earliest, last.latest, last.written) if earliest != last.earliest else last


# --- young people -------------------------------------------------------------------------


def is_young_person_on(
    case: Case, person: Person, date: UncertainDate, ctx: CheckContext
) -> bool | None:
    """Aged ``young_person_min_age_years`` (10) to 17 on ``date`` for every recorded date of
    birth and every reading (``True``), for none (``False``), or the record cannot tell."""
    age = age_on(case, person, date)
    if age is None:
        return None
    low = 12 * ctx.settings.integer("young_person_min_age_years")
    high = 12 * ctx.settings.integer("child_age_years")
    if age.min_months >= low and age.max_months < high:
        return True
    if age.max_months < low or age.min_months >= high:
        return False
    return None


# --- high risk ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HighRisk:
    """A sign that a young person is at high risk (learning-points.md AUD2): the entries that
    show it, the day it first held (for every reading: its latest), and why, in words."""

    entries: tuple[Event, ...]
    since: UncertainDate
    why: str


def high_risk_signs(case: Case, person: Person, ctx: CheckContext) -> list[HighRisk]:
    """Every sign of high risk about the young person, earliest first: a ``risk_level`` of
    high on any entry, a ``cse_screening`` above low, any ``self_harm``, or two or more
    ``missing_episode`` within ``high_risk_missing_months`` (from the second)."""
    signs: list[HighRisk] = []
    for event in case.events(about=person):
        if event.risk_level is RiskLevel.HIGH:
            signs.append(HighRisk((event,), event.date, "a risk level of high"))
        elif event.has(EventType.CSE_SCREENING) and event.risk_level is RiskLevel.RAISED:
            signs.append(HighRisk((event,), event.date, "a CSE screening above low"))
        if event.has(EventType.SELF_HARM):
            signs.append(HighRisk((event,), event.date, "self-harm"))
    months = ctx.settings.integer("high_risk_missing_months")
    missing = distinct_happenings(case, case.events(EventType.MISSING_EPISODE, about=person))
    for run in within_months(missing, 2, months):
        if run.sure:
            entries = tuple(e for h in run.counted for e in h.entries)
            why = f"two missing episodes within {months} months"
            signs.append(HighRisk(entries, run.last.date, why))
    return sorted(signs, key=lambda s: (s.since.latest, s.entries[-1].ref))


def at_high_risk_on(
    signs: Sequence[HighRisk], date: UncertainDate
) -> tuple[bool | None, HighRisk | None]:
    """Whether the young person was at high risk on ``date`` for every reading (with the sign
    that shows it), on some readings only (``None``), or not at all (``False``)."""
    sure = [s for s in signs if s.since.latest <= date.earliest]
    if sure:
        return True, sure[0]
    maybe = [s for s in signs if s.since.earliest <= date.latest]
    if maybe:
        return None, maybe[0]
    return False, None


# --- engagement ---------------------------------------------------------------------------


def failed_contacts(case: Case, person: Person) -> dict[str, list[Event]]:
    """``did_not_attend`` and ``no_access_visit`` entries about the young person, by the agency
    whose contact failed, each list in date order."""
    found: dict[str, list[Event]] = {}
    for event in case.events(*ENGAGEMENT_FAILURE, about=person):
        found.setdefault(event.agency, []).append(event)
    return found


def disengagements(case: Case, person: Person, ctx: CheckContext) -> list[tuple[str, Run]]:
    """Each run of two or more failed contacts with one agency within ``engagement_months``,
    with the agency's code (learning-points.md AUD2)."""
    months = ctx.settings.integer("engagement_months")
    found = []
    for agency, events in sorted(failed_contacts(case, person).items()):
        for run in within_months(distinct_happenings(case, events), 2, months):
            found.append((agency, run))
    return found
