"""Shapes of pregnancy and of long spans of time: gestation on a day, the pregnant woman of an
entry, the day a gestation is reached, and calendar months.

Gestation follows bundle-format.md: a booking's ``gestation_weeks`` (``26+3`` is read as
26 + 3/7 weeks), else the expected date of birth, 280 days after the first day of pregnancy
(0+0 weeks). Everything answers over every reading of the uncertain dates involved.

>>> import datetime as dt
>>> start = start_from_weeks(UncertainDate.exact(dt.date(2012, 3, 1)), 26 + 3 / 7)
>>> start.earliest, weeks_text(185)
(datetime.date(2011, 8, 29), '26+3 weeks')
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from foresight.checks.predicates.core import unborn
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.roles import ParentSide, RoleKind, parent_side, role_kind
from foresight.model.vocab import EventType, Sex

# From the first day of pregnancy (0+0 weeks) to the expected date of birth (40+0 weeks).
TERM_DAYS = 280
PREGNANCY = frozenset({EventType.PREGNANCY_BOOKING, EventType.ANTENATAL_CONTACT})


def plus_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later (earlier if negative), the month's last
    day where it is shorter.

    >>> plus_months(dt.date(2012, 1, 31), 1)
    datetime.date(2012, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shifted(date: UncertainDate, days: int) -> UncertainDate:
    """``date`` moved ``days`` calendar days, keeping every reading."""
    step = dt.timedelta(days=days)
    return UncertainDate(date.earliest + step, date.latest + step, date.written)


def weeks_days(weeks: float) -> int:
    """Whole days of a gestation in weeks: ``26+3`` (26.43 weeks) is 185 days."""
    return round(weeks * 7)


def weeks_text(days: int) -> str:
    """``185`` days as ``"26+3 weeks"``."""
    return f"{days // 7}+{days % 7} weeks"


def start_from_weeks(date: UncertainDate, weeks: float) -> UncertainDate:
    """The first day of pregnancy (0+0 weeks), for an entry at ``weeks`` of gestation."""
    return shifted(date, -weeks_days(weeks))


def start_from_edd(edd: UncertainDate) -> UncertainDate:
    """The first day of pregnancy for an expected date of birth (280 days before it)."""
    return shifted(edd, -TERM_DAYS)


def gestation_on(start: UncertainDate, date: UncertainDate) -> tuple[int, int]:
    """(fewest, most) days of gestation on ``date`` over every reading of both dates."""
    return (date.earliest - start.latest).days, (date.latest - start.earliest).days


def day_reaching(start: UncertainDate, weeks: float) -> UncertainDate:
    """The day the pregnancy reaches ``weeks`` (20 is 20+0), over every reading."""
    return shifted(start, weeks_days(weeks))


def is_mother(person: Person) -> bool:
    """A person recorded as a mother: a mother's role ("mum", not "mother's partner"), else a
    woman's record with a parent's role or none."""
    roles = [(role_kind(r), parent_side(r)) for r in person.roles]
    if any(kind is RoleKind.PARENT and side is ParentSide.MOTHER for kind, side in roles):
        return True
    parent = all(kind in (RoleKind.PARENT, RoleKind.OTHER) for kind, _ in roles)
    return person.sex is Sex.FEMALE and parent


def mother_of(case: Case, child: Person) -> Person | None:
    """The child's mother among their parents (the only mother where the record names one)."""
    mothers = [p for p in case.parents_of(child) if is_mother(p)]
    return mothers[0] if len(mothers) == 1 else None


def pregnant_woman(case: Case, event: Event) -> Person | None:
    """The woman a booking, antenatal contact or birth is about: its ``people`` (a birth's
    mother), else the mother of the subject (unborn) child (bundle-format.md)."""
    named = [p for p in case.people_of(event) if not unborn(p)]
    mothers = [p for p in named if is_mother(p)] or named
    if mothers:
        return mothers[0]
    for child in case.subjects_of(event):
        if event.has(EventType.BIRTH) or unborn(child) or child.is_subject:
            mother = mother_of(case, child)
            if mother is not None:
                return mother
    return None


def unborn_children_of(case: Case, woman: Person) -> list[Person]:
    """The woman's children not yet born: with an expected date of birth and no date of
    birth, or subject children with no date of birth at all (an unborn child whose expected
    date is not recorded)."""
    return [
        p
        for p in case.people
        if not p.dates_of_birth
        and (p.expected_dates_of_birth or p.is_subject)
        and mother_of(case, p) == woman
    ]


def expected_birth(
    case: Case, event: Event, woman: Person | None
) -> tuple[Person, UncertainDate] | None:
    """The unborn child a pregnancy entry is about and their expected date of birth: a subject
    of the entry who is unborn, else the woman's one unborn child due after the entry."""
    children = [p for p in case.subjects_of(event) if unborn(p)]
    if not children and woman is not None:
        children = [
            p
            for p in unborn_children_of(case, woman)
            if p.expected_dates_of_birth
            and p.expected_dates_of_birth[0].latest >= event.date.earliest
        ]
    if len(children) != 1:
        return None
    return children[0], children[0].expected_dates_of_birth[0]


def pregnancy_start(case: Case, event: Event, woman: Person | None) -> UncertainDate | None:
    """The first day of the pregnancy an entry is about: from its ``gestation_weeks``, else
    from the expected date of birth; None when the record has neither."""
    if event.gestation_weeks is not None:
        return start_from_weeks(event.date, event.gestation_weeks)
    due = expected_birth(case, event, woman)
    return start_from_edd(due[1]) if due else None


def pregnancy_people(case: Case, woman: Person) -> set[Person]:
    """The woman and her unborn children: an entry involving any of them is about the
    pregnancy."""
    return {woman, *unborn_children_of(case, woman)}


def involves_any(case: Case, event: Event, people: set[Person]) -> bool:
    """Someone of ``people`` is among the entry's subjects, people or participants."""
    listed = {*case.subjects_of(event), *case.people_of(event), *case.participants_of(event)}
    return bool(listed & people)


def later(a: UncertainDate, b: UncertainDate) -> UncertainDate:
    """The later of two dates on every reading (``b``'s text when it is the later)."""
    written = b.written if b.earliest >= a.earliest else a.written
    return UncertainDate(max(a.earliest, b.earliest), max(a.latest, b.latest), written)


@dataclass(frozen=True)
class Pregnancy:
    """One pregnancy of one woman: the entries about it (booking or antenatal contacts, in
    date order; none for a pregnancy known only from an expected date of birth), the unborn
    child where the record names one, and its first day (0+0 weeks) where gestation or an
    expected date of birth says it (None when neither does)."""

    woman: Person
    entries: tuple[Event, ...]
    child: Person | None
    start: UncertainDate | None
    dated_by: Event | None = None  # the entry whose gestation gives ``start``, if any


def pregnancies(case: Case, max_weeks: int) -> list[Pregnancy]:
    """Every pregnancy the record shows: a woman's bookings and antenatal contacts within
    ``max_weeks`` of her first, with no birth of hers between, are one pregnancy; an unborn
    child with an expected date of birth and no such entries for their mother is another."""
    groups: dict[Person, list[list[Event]]] = {}
    span = dt.timedelta(weeks=max_weeks)
    for event in case.events(*PREGNANCY):
        woman = pregnant_woman(case, event)
        if woman is None:
            continue
        mine = groups.setdefault(woman, [])
        same = mine and event.date.earliest <= mine[-1][0].date.latest + span
        if same and not _born_between(case, woman, mine[-1][0], event):
            mine[-1].append(event)
            continue
        mine.append([event])
    found = [
        _pregnancy(case, woman, group, span) for woman, all_ in groups.items() for group in all_
    ]
    covered = {p.child for p in found if p.child is not None}
    for child in case.people:
        mother = mother_of(case, child) if unborn(child) else None
        if mother is None or child in covered:
            continue
        edd = child.expected_dates_of_birth[0]
        if not any(p.woman == mother and _within(p, edd, span) for p in found):
            found.append(Pregnancy(mother, (), child, start_from_edd(edd)))
    return found


def _pregnancy(case: Case, woman: Person, entries: list[Event], span: dt.timedelta) -> Pregnancy:
    due = next((d for e in entries if (d := expected_birth(case, e, woman))), None)
    dated_by = next((e for e in entries if e.gestation_weeks is not None), None)
    if dated_by is not None and dated_by.gestation_weeks is not None:
        start: UncertainDate | None = start_from_weeks(dated_by.date, dated_by.gestation_weeks)
    else:
        start = start_from_edd(due[1]) if due else None
    child = due[0] if due else _baby(case, woman, entries, span)
    return Pregnancy(woman, tuple(entries), child, start, dated_by)


def _baby(case: Case, woman: Person, entries: list[Event], span: dt.timedelta) -> Person | None:
    """The woman's child born within ``span`` after the pregnancy's first entry. People rows
    carry no dates, so this reads the same on every replay day (a birth entry would not)."""
    first = entries[0].date
    for child in case.people:
        births = child.dates_of_birth
        born = births and first.earliest <= births[0].earliest <= first.latest + span
        if born and mother_of(case, child) == woman:
            return child
    return None


def _born_between(case: Case, woman: Person, first: Event, event: Event) -> bool:
    births = case.events(EventType.BIRTH, between=(first.date.earliest, event.date.latest))
    return any(pregnant_woman(case, b) == woman for b in births)


def _within(pregnancy: Pregnancy, edd: UncertainDate, span: dt.timedelta) -> bool:
    first = pregnancy.entries[0].date if pregnancy.entries else None
    return first is not None and edd.earliest - span <= first.latest <= edd.latest
