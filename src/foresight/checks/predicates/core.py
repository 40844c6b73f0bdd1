"""Shared shapes of the learning points, so each check reads like the point it encodes.

Event classes are exactly those of learning-points.md "Conventions". Predicates about ages
and households answer for *every* reading of the uncertain dates involved: ``True`` when it
holds for every reading, ``False`` when for none, ``None`` when the record cannot tell.

>>> mentions_stems("Mother spoke of her grief", ("griev", "grief"))
True
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from foresight.bundle.agencies import infer_kind
from foresight.checks.context import CheckContext, Window
from foresight.model.case import AgeRange, Case
from foresight.model.dates import UncertainDate, british, in_words
from foresight.model.people import Person
from foresight.model.records import Agency, Event
from foresight.model.vocab import ADULT_SERVICE_KINDS, AgencyKind, ChildSeen, EventType

_ONE_DAY = dt.timedelta(days=1)

ASSESSMENT = frozenset(
    {
        EventType.ASSESSMENT,
        EventType.PRE_BIRTH_ASSESSMENT,
        EventType.EARLY_HELP_ASSESSMENT,
        EventType.SECTION_47_ENQUIRY,
    }
)
PLAN = frozenset(
    {EventType.CHILD_PROTECTION_PLAN, EventType.CHILD_IN_NEED_PLAN, EventType.LOOKED_AFTER}
)
CONCERN = frozenset(
    {
        EventType.CONCERN,
        EventType.NEGLECT_CONCERN,
        EventType.BEHAVIOUR_CONCERN,
        EventType.EDUCATION_CONCERN,
        EventType.DISCLOSURE,
        EventType.INJURY,
        EventType.DOMESTIC_ABUSE_INCIDENT,
        EventType.MISSING_EPISODE,
        EventType.REFERRAL,
    }
)
# Entries whose subjects or participants count as a recorded consideration of a child.
CONSIDERATION = ASSESSMENT | {
    EventType.STRATEGY_DISCUSSION,
    EventType.CHILD_PROTECTION_CONFERENCE,
    EventType.MULTI_AGENCY_MEETING,
}
STOP = frozenset({EventType.NO_FURTHER_ACTION, EventType.CASE_CLOSED})
SEEN = frozenset({ChildSeen.YES, ChildSeen.ALONE})


def of_class(event: Event, kinds: Iterable[EventType]) -> bool:
    return any(event.has(kind) for kind in kinds)


# --- naming, for messages ---------------------------------------------------------------------


def agency_name(case: Case, code: str) -> str:
    agency = _agency(case, code)
    return agency.name if agency and agency.name else code


def entry_name(case: Case, event: Event) -> str:
    """``"the HV entry HV:E1 of 3 March 2012"`` (the date as written when uncertain)."""
    return f"the {agency_name(case, event.agency)} entry {event.ref} of {date_text(event.date)}"


date_text = in_words


def who(person: Person) -> str:
    """The person's fullest name, else ``the mother's boyfriend`` (their role), else their id."""
    if any(r.full_name for r in person.records):
        return person.name
    if person.roles:
        return f"the {person.roles[0]}"
    return f"the person recorded as {person.id}"


# --- ages -----------------------------------------------------------------------------------


def age_on(case: Case, person: Person, date: UncertainDate) -> AgeRange | None:
    """The person's age over every reading of ``date`` and of their dates of birth."""
    first, last = case.age_on(person, date.earliest), case.age_on(person, date.latest)
    if first is None or last is None:
        return None
    return AgeRange(min(first.min_months, last.min_months), max(first.max_months, last.max_months))


def under_months(case: Case, person: Person, date: UncertainDate, months: int) -> bool | None:
    """Younger than ``months`` on ``date`` for every reading (``True``), for none
    (``False``), or the record cannot tell (``None``: no date of birth, or it depends)."""
    age = age_on(case, person, date)
    if age is None:
        return None
    if age.max_months < months:
        return True
    if age.min_months >= months:
        return False
    return None


def is_child_on(case: Case, person: Person, date: UncertainDate, ctx: CheckContext) -> bool | None:
    """Under ``child_age_years`` on ``date`` for every recorded date of birth and reading."""
    return under_months(case, person, date, 12 * ctx.settings.integer("child_age_years"))


def age_text(age: AgeRange | None) -> str:
    """``"aged 4 months"``, ``"aged 3 years"``, ``"aged 4 to 6 months"``."""
    if age is None:
        return "of unknown age"
    low, high = age.min_months, age.max_months
    if high < 24:
        return f"aged {low} months" if low == high else f"aged {low} to {high} months"
    if age.min_years == age.max_years:
        return f"aged {age.min_years} years"
    return f"aged {age.min_years} to {age.max_years} years"


def unborn(person: Person) -> bool:
    return not person.dates_of_birth and bool(person.expected_dates_of_birth)


# --- entries ----------------------------------------------------------------------------------


def involves(case: Case, event: Event, person: Person) -> bool:
    """The person is among the entry's subjects, people or participants."""
    return (
        person in case.subjects_of(event)
        or person in case.people_of(event)
        or person in case.participants_of(event)
    )


def entries_in(
    case: Case, kinds: Iterable[EventType], about: Person | None, window: Window
) -> list[Event]:
    """Entries of ``kinds`` about ``about`` from the window's first day on: those in the window
    meet an expectation, later ones let a finding say when the response did come."""
    return case.events(*kinds, about=about, between=window.onwards)


def first_in(
    case: Case, kinds: Iterable[EventType], about: Person | None, window: Window
) -> Event | None:
    """The first entry of ``kinds`` about ``about`` surely in the window, else the first that
    could be in it, else None."""
    found = [e for e in entries_in(case, kinds, about, window) if window.could_contain(e.date)]
    sure = [e for e in found if window.surely_contains(e.date)]
    return next(iter(sure or found), None)


def is_referral(
    case: Case,
    event: Event,
    to: frozenset[AgencyKind] = frozenset({AgencyKind.CHILDREN_SOCIAL_CARE}),
) -> bool:
    """A ``referral`` whose ``to_agency`` is blank or names an agency of a kind in ``to``."""
    if not event.has(EventType.REFERRAL):
        return False
    if not event.to_agency:
        return True
    return any(_kind(case, code) in to for code in event.to_agency)


def referrals_about(case: Case, child: Person, window: Window) -> list[Event]:
    """*Referrals* (to children's social care) about the child from the window's first day on."""
    return [
        e for e in entries_in(case, (EventType.REFERRAL,), child, window) if is_referral(case, e)
    ]


def considerations_of(case: Case, child: Person, window: Window) -> list[Event]:
    """Recorded considerations of the child from the window's first day on: the child in
    ``subjects`` or ``participants`` of an assessment, strategy discussion, conference or
    multi-agency meeting, or of a children's social care home visit where a child was seen."""
    found = []
    for event in case.events(*CONSIDERATION, EventType.HOME_VISIT, between=window.onwards):
        if child not in case.subjects_of(event) and child not in case.participants_of(event):
            continue
        if of_class(event, CONSIDERATION) or (
            _kind(case, event.agency) is AgencyKind.CHILDREN_SOCIAL_CARE
            and event.child_seen in SEEN
        ):
            found.append(event)
    return found


def adult_services_involved(case: Case, adult: Person, window: Window) -> list[Event]:
    """Entries that show adult services involved with the adult from the window's first day on:
    a contact or
    referral to adult services about them, any entry by an adult-services agency, or one with
    such an agency among ``agencies_involved``."""
    kinds = (EventType.ADULT_SERVICES_CONTACT, EventType.REFERRAL_TO_ADULT_SERVICES)

    def shows(event: Event) -> bool:
        agencies = (event.agency, *event.agencies_involved)
        if any(_kind(case, code) in ADULT_SERVICE_KINDS for code in agencies):
            return True
        return of_class(event, kinds) and involves(case, event, adult)

    return [event for event in case.events(between=window.onwards) if shows(event)]


def _agency(case: Case, code: str) -> Agency | None:
    try:
        return case.agency(code)
    except KeyError:  # a to_agency or agencies_involved code the bundle never names
        return None


def _kind(case: Case, code: str) -> AgencyKind | None:
    agency = _agency(case, code)
    if agency is not None:
        return agency.kind
    # A recipient the bundle's agencies do not name ("MASH", "Adult Social Care"): read its
    # kind from the code as the reader reads agency names.
    return infer_kind(code)


@dataclass(frozen=True)
class Stop:
    """A *decision to stop*: the entry, and its date (for the end of a plan, the entry that
    records it and the plan's end date)."""

    event: Event
    date: UncertainDate


# --- households and siblings --------------------------------------------------------------


def household_on(case: Case, child: Person, date: UncertainDate) -> tuple[set[Person], set[Person]]:
    """(in the household on every reading of ``date``, on some readings only), judged at the
    earliest and latest readings."""
    first = set(case.household_on(child, date.earliest))
    last = set(case.household_on(child, date.latest)) if not date.is_exact else first
    return first & last, first ^ last


def siblings_in_household(
    case: Case, child: Person, date: UncertainDate
) -> tuple[list[Person], list[Person]]:
    """The child's siblings (full, half, step) in their household on ``date``: (for every
    reading, for some readings only)."""
    sure, unsure = household_on(case, child, date)
    siblings = [s for s in case.siblings_of(child) if s != child]
    return [s for s in siblings if s in sure], [s for s in siblings if s in unsure]


def household_ever(case: Case, child: Person, as_of: dt.date) -> dict[Person, dt.date]:
    """Everyone in the child's household on any day up to ``as_of``, with the first such day.

    Membership can only change on a day a joining or leaving, a relationship's date or a
    person's first mention begins or ends (bundle-format.md's three rules), so those days,
    the first day of the chronology and ``as_of`` are enough to look at (not every entry's
    day: a long record has thousands).
    """
    days = {as_of}
    if case.events_all:
        days.add(case.events_all[0].date.earliest)
    for event in case.events(EventType.JOINED_HOUSEHOLD, EventType.LEFT_HOUSEHOLD):
        days |= {event.date.earliest, event.date.latest, event.date.latest + _ONE_DAY}
    for person in case.people:
        start = case.present_from(person)
        if start is not None:
            days.add(start)
    for relationship in case.relationships:
        for date in (relationship.start, relationship.end):
            if date is not None:
                days |= {date.earliest, date.latest, date.latest + _ONE_DAY}
    members: dict[Person, dt.date] = {}
    for day in sorted(d for d in days if d <= as_of):
        for person in case.household_on(child, day):
            members.setdefault(person, day)
    members.pop(child, None)
    return members


# --- what the record carries and says -------------------------------------------------------


def not_carried(case: Case, event: Event, column: str, needed_for: str) -> str | None:
    """A reason to give when the entry's agency does not carry ``column`` at all, else None.

    >>> # "HV does not record mobility on its entries, so whether ... cannot be told"
    """
    if case.carries(event.agency, column):
        return None
    name = agency_name(case, event.agency)
    return f"{name} does not record {column.replace('_', ' ')} on its entries, so {needed_for}"


def mentions(event: Event, stems: Sequence[str]) -> bool:
    """The entry's details, outcome, reason or factors mention one of ``stems``
    (learning-points.md "Mentions")."""
    text = " ".join((event.details, event.outcome, event.reason, " ".join(event.factors)))
    return mentions_stems(text, stems)


def mentions_stems(text: str, stems: Sequence[str]) -> bool:
    """A word of ``text`` starts with one of ``stems``; a stem of several words matches those
    words in order (all but the last exactly). Any case; hyphens read as spaces.

    >>> mentions_stems("Long-term history of neglect", ("long term", "chronolog"))
    True
    >>> mentions_stems("the historian", ("his tor",))
    False
    """
    pattern = _stems_pattern(tuple(stems))
    return pattern is not None and pattern.search(" " + " ".join(_words(text))) is not None


@functools.lru_cache(maxsize=256)
def _stems_pattern(stems: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for ``stems`` over words joined by single spaces after a leading one: each
    word but a stem's last is matched whole (a space after it), the last as a prefix."""
    found = [" " + " ".join(re.escape(w) for w in _words(stem)) for stem in stems]
    alternatives = [f for f in found if f.strip()]
    return re.compile("|".join(alternatives)) if alternatives else None


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower().replace("-", " "))


def day_text(day: dt.date) -> str:
    return british(day)


def count(n: int, word: str) -> str:
    """``count(1, "working day")`` is ``"1 working day"``; ``count(5, ...)`` adds an s."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
