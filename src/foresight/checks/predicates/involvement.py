"""Shapes of the learning points about the child, both parents and the agencies around them
(SCR2, SCR3, SCR5, NAT4, NAT5): the child's settings, the men in a child's life, plans open
on a day, and what "the child seen and heard" means at each age.

Like :mod:`foresight.checks.predicates.core`, answers about uncertain dates come as
(for every reading, for some readings only).

>>> male_by_role("mother's boyfriend"), male_by_role("father's girlfriend")
(True, False)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from foresight.bundle.agencies import infer_kind
from foresight.checks.context import CheckContext
from foresight.checks.predicates.core import PLAN, SEEN, household_on
from foresight.checks.predicates.plans import plan_entries
from foresight.model.case import AgeRange, Case
from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Agency, Event
from foresight.model.roles import RoleKind, role_kind
from foresight.model.vocab import (
    AgencyKind,
    ChildSeen,
    ChildViews,
    EventType,
    RelationshipKind,
    Sex,
)

# The agencies that see a child day to day and so should hear of abuse at home (SCR2).
CHILD_SETTING_KINDS = frozenset(
    {AgencyKind.SCHOOL, AgencyKind.EARLY_YEARS, AgencyKind.HEALTH_VISITING}
)
_FEMALE = re.compile(r"\b(girlfriend|wife|female|woman|lady|mother|mum|mummy|stepmother)\b")
_MALE = re.compile(r"\b(boyfriend|husband|male|man|fiance|father|dad|daddy|stepfather|stepdad)\b")
_CARING = frozenset({RoleKind.PARTNER_OF_PARENT, RoleKind.CARER, RoleKind.STEP_PARENT})
_CARING_ROWS = frozenset(
    {RelationshipKind.CARER, RelationshipKind.STEP_PARENT, RelationshipKind.PARTNER}
)


# --- agencies ---------------------------------------------------------------------------------


def kind_of(case: Case, code: str) -> AgencyKind | None:
    """An agency code's kind: the bundle's agency, else read from the code as the reader reads
    names ("MASH", "Nursery"); None when neither tells."""
    try:
        return case.agency(code).kind
    except KeyError:
        return infer_kind(code)


def child_settings(case: Case, child: Person) -> tuple[Agency, ...]:
    """The child's school, early-years setting or health visitor: agencies of those kinds that
    hold a record of the child.

    >>> # child_settings(case, ava) -> (Agency("OAK", "Oakfield Primary School", SCHOOL),)
    """
    return tuple(
        a for a in case.agencies if a.kind in CHILD_SETTING_KINDS and a.code in child.agencies
    )


def sent_to(
    case: Case, event: Event, kinds: Iterable[AgencyKind], codes: Iterable[str] = ()
) -> bool:
    """The entry's ``to_agency`` names one of ``codes``, or an agency of one of ``kinds``
    that the bundle does not list (a recipient known only by name)."""
    wanted, named = frozenset(kinds), frozenset(codes)
    for code in event.to_agency:
        if code in named:
            return True
        if code not in {a.code for a in case.agencies} and infer_kind(code) in wanted:
            return True
    return False


def sent_to_kind(case: Case, event: Event, kinds: Iterable[AgencyKind]) -> bool:
    """The entry's ``to_agency`` names an agency of one of ``kinds``."""
    wanted = frozenset(kinds)
    return any(kind_of(case, code) in wanted for code in event.to_agency)


# --- men in the child's life --------------------------------------------------------------------


def male_by_role(role: str | None) -> bool | None:
    """What a written role says of a person's sex: True for "father", "mum's boyfriend",
    "unknown male"; False for "mother", "dad's girlfriend"; None when it does not say."""
    text = re.sub(r"[^a-z]+", " ", (role or "").lower().replace("'", ""))
    text = text.replace("step ", "step")
    # "mother's partner": the parent named is the other person, not this one.
    text = re.sub(r"\b(mothers|fathers|mums|dads|moms|mams|parents)\b", " ", text)
    if re.search(r"\b(boyfriend|husband|fiance)\b", text):
        return True
    if _FEMALE.search(text):
        return False
    if _MALE.search(text):
        return True
    return None


def is_male(person: Person) -> bool | None:
    """The recorded sex, else what the person's roles say (None when neither tells)."""
    if person.sex is not None:
        return person.sex == Sex.MALE
    readings = {male_by_role(role) for role in person.roles} - {None}
    return readings.pop() if len(readings) == 1 else None


def fathers_of(case: Case, child: Person) -> list[Person]:
    """The child's male parents (birth or step), wherever they live."""
    return [p for p in case.parents_of(child) if is_male(p) and p != child]


def _caring_role(case: Case, child: Person, person: Person) -> bool:
    """A partner of a parent, a carer or a step-parent, by role or relationships row."""
    if any(role_kind(role) in _CARING for role in person.roles):
        return True
    for row in case.relationships:
        if row.kind in _CARING_ROWS:
            a = case.person_for(row.agency, row.person_id)
            b = case.person_for(row.agency, row.other_person_id)
            if a == person and b is not None and (b == child or b in case.parents_of(child)):
                return True
            if row.kind is RelationshipKind.PARTNER and b == person and a in case.parents_of(child):
                return True
    return False


def men_at_home(
    case: Case, child: Person, date: UncertainDate
) -> tuple[list[Person], list[Person]]:
    """Male carers and partners of a parent in the child's household on ``date``: (for every
    reading, for some readings only). Fathers are not among them (see :func:`fathers_of`)."""
    sure, unsure = household_on(case, child, date)
    parents = set(case.parents_of(child))
    days = (date.earliest, date.latest)
    partners = {q for p in parents for d in days for q in case.partners_of(p, d)}

    def counts(person: Person) -> bool:
        if person in parents or person == child or not is_male(person):
            return False
        return person in partners or _caring_role(case, child, person)

    ordered = sorted(sure, key=lambda p: p.id), sorted(unsure, key=lambda p: p.id)
    return [p for p in ordered[0] if counts(p)], [p for p in ordered[1] if counts(p)]


def alive_on(person: Person, date: UncertainDate) -> bool:
    """Not recorded as having died before ``date`` (for any reading)."""
    return not any(d.latest < date.earliest for d in person.dates_of_death)


def known_by(case: Case, person: Person, entry: Event, date: UncertainDate) -> bool:
    """The record knew of the person when ``entry`` was written: by the latest reading of
    ``date`` (the span it covers), or by the day the entry became known if later."""
    known = case.known_from(person)
    return known is not None and known <= max(date.latest, entry.known_from)


# --- plans -------------------------------------------------------------------------------------


def plans_open_on(
    case: Case, child: Person, date: UncertainDate, kinds: Iterable[EventType] = PLAN
) -> tuple[list[Event], list[Event]]:
    """Plans about the child open on ``date``, each as one entry (:func:`plan_entries`: a plan
    runs from its first entry's ``date`` to the end its entries record, open when none does):
    (open for every reading, for some readings only)."""
    sure: list[Event] = []
    unsure: list[Event] = []
    for plan in plan_entries(case, child, kinds):
        end = plan.end_date
        always = plan.date.latest <= date.earliest and (end is None or end.earliest >= date.latest)
        ever = plan.date.earliest <= date.latest and (end is None or end.latest >= date.earliest)
        if always:
            sure.append(plan)
        elif ever:
            unsure.append(plan)
    return sure, unsure


# --- the child seen and heard --------------------------------------------------------------


@dataclass(frozen=True)
class AgeRule:
    """What is enough at or over ``months`` (``older``) and under it (``younger``)."""

    months: int
    older: frozenset[str]
    younger: frozenset[str]
    older_text: str = ""
    younger_text: str = ""

    def describe(self, age: AgeRange | None) -> str:
        """What is expected at this age, in words ("seen alone", or both when unsure)."""
        if age is not None and age.min_months >= self.months:
            return self.older_text
        if age is not None and age.max_months < self.months:
            return self.younger_text
        return f"{self.older_text} ({self.younger_text} under {self.months // 12})"

    def verdict(self, value: str | None, age: AgeRange | None) -> str:
        """``"met"``, ``"missing"`` or ``"unsure"`` (the age is too uncertain to tell)."""
        if age is not None and age.min_months >= self.months:
            enough = [self.older]
        elif age is not None and age.max_months < self.months:
            enough = [self.younger]
        else:
            enough = [self.older, self.younger]
        met = [value in allowed for allowed in enough]
        return "met" if all(met) else "missing" if not any(met) else "unsure"


def seen_rule(alone_from_years: int) -> AgeRule:
    """Seen alone from ``alone_from_years``; seen (or alone) below it."""
    seen = frozenset({ChildSeen.YES.value, ChildSeen.ALONE.value})
    alone = frozenset({ChildSeen.ALONE.value})
    return AgeRule(12 * alone_from_years, alone, seen, "seen alone", "seen")


def views_rule(observed_under_years: int) -> AgeRule:
    """Own views recorded; an observation is enough under ``observed_under_years``."""
    observed = frozenset({ChildViews.YES.value, ChildViews.OBSERVED.value})
    own = frozenset({ChildViews.YES.value})
    words = ("their own views recorded", "their views or an observation of them recorded")
    return AgeRule(12 * observed_under_years, own, observed, *words)


def seen_by(case: Case, child: Person, agencies: Iterable[str]) -> list[Event]:
    """Entries of ``agencies`` about the child (subjects or participants) recording the child
    seen (``yes`` or ``alone``), in date order."""
    codes = frozenset(agencies)
    found = [
        e
        for e in case.events()
        if e.agency in codes
        and e.child_seen in SEEN
        and (child in case.subjects_of(e) or child in case.participants_of(e))
    ]
    return sorted(found, key=lambda e: (e.date.earliest, e.ref))


# A spell unseen: the day it first breached, and the last sighting before it (None: the start).
Spell = tuple[dt.date, Event | None]


def unseen_spells(
    ctx: CheckContext, plan: Event, visits: Sequence[Event], days: int
) -> tuple[list[Spell], list[Spell]]:
    """Spells of more than ``days`` working days while the plan is open with no visit, from
    the plan's start and each visit on: (surely too long, too long for some readings).

    The breach day is the day after the ``days``-th working day after the last sighting (day
    0), counted only while the plan is still open after it, and only up to ``ctx.as_of``.
    """
    end = plan.end_date
    during = [
        v
        for v in visits
        if v.date.latest >= plan.date.earliest and (end is None or v.date.earliest <= end.latest)
    ]
    # The review date closes the last spell: its deadline has passed when as_of is after it.
    stops: list[tuple[dt.date, dt.date, Event | None]]
    stops = [(v.date.earliest, v.date.latest, v) for v in during]
    stops.append((ctx.as_of, ctx.as_of, None))
    sure: list[Spell] = []
    unsure: list[Spell] = []
    last: UncertainDate = plan.date
    seen: Event | None = None
    for earliest, latest, visit in stops:
        late, early = (
            ctx.deadline_working(last.latest, days),
            ctx.deadline_working(last.earliest, days),
        )
        if earliest > late and (end is None or end.earliest > late):
            sure.append((late + dt.timedelta(days=1), seen))
        elif latest > early and (end is None or end.latest > early):
            unsure.append((early + dt.timedelta(days=1), seen))
        if visit is not None:
            last, seen = visit.date, visit
    return sure, unsure
