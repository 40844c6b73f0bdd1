"""Hypothesis strategies for valid Cases: small random families, every event type, every
optional column, uncertain and missing dates (invented people only).

    from strategies import cases, reviews

    @given(reviews())
    def test_something(review: tuple[Case, dt.date]) -> None:
        case, as_of = review

A family is a handful of children and adults, each recorded by one to three agencies under
the same reference (so linkage joins them by name and date of birth, or NHS number, or keeps
them apart when an agency records a different date of birth), relationships recorded by an
agency that holds both people (in half the families, a carer who is the parent of the
children and lives with them, so siblings share a home), and entries of any event type by
any agency, with any mix of the optional columns. Some agencies carry every optional column,
others only those they fill, so checks meet "not carried" too. Entry text draws on the
mention stems of defaults.toml so that checks reading free text are exercised.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from factories import a_case, a_child, a_relationship, an_adult, an_agency, an_event
from foresight.checks.settings import default_settings
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.records import OPTIONAL_EVENT_COLUMNS, Agency, Event, RelationshipRecord
from foresight.model.vocab import (
    AgencyKind,
    Category,
    ChildSeen,
    ChildViews,
    EventType,
    Mobility,
    RelationshipKind,
    RiskLevel,
    Status,
)
from foresight.synth.spec import nhs_number

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[T]], T]

FIRST_DAY = dt.date(2009, 1, 1)
LAST_DAY = dt.date(2016, 12, 31)
PERIOD = dt.timedelta(days=730)

# Agency codes with the kind each has; "VOL" has no kind the checks know (OTHER).
AGENCIES: dict[str, AgencyKind] = {
    "CSC": AgencyKind.CHILDREN_SOCIAL_CARE,
    "EH": AgencyKind.EARLY_HELP,
    "HV": AgencyKind.HEALTH_VISITING,
    "MW": AgencyKind.MIDWIFERY,
    "GP": AgencyKind.GP,
    "ED": AgencyKind.HOSPITAL,
    "PAEDS": AgencyKind.COMMUNITY_PAEDIATRICS,
    "CAMHS": AgencyKind.CAMHS,
    "SCHOOL": AgencyKind.SCHOOL,
    "EY": AgencyKind.EARLY_YEARS,
    "POLICE": AgencyKind.POLICE,
    "HOUSING": AgencyKind.HOUSING,
    "PROBATION": AgencyKind.PROBATION,
    "YJ": AgencyKind.YOUTH_JUSTICE,
    "AMH": AgencyKind.ADULT_MENTAL_HEALTH,
    "SMS": AgencyKind.SUBSTANCE_MISUSE_SERVICE,
    "ASC": AgencyKind.ADULT_SOCIAL_CARE,
    "LDS": AgencyKind.LEARNING_DISABILITY_SERVICE,
    "VOL": AgencyKind.VOLUNTARY,
}
ROLES = (
    "mother",
    "father",
    "step-father",
    "mother's partner",
    "boyfriend",
    "unknown male",
    "grandmother",
    "friend",
    "lodger",
    "sister",
    "half-brother",
    None,
)
LOCAL_AUTHORITIES = ("Northmoor", "Southvale", "Eastcombe")
FACTOR_CODES = ("1A", "1B", "2B", "3A", "4B", "5B", "6C", "8B", "21")
GIVEN = ("Ava", "Leo", "Mia", "Noah", "Isla", "Kai", "Ruby", "Finn", "Dean", "Jade", "Lee")
FAMILY = ("Sample", "Example", "Testwood", "Nullbury", None)
_PHRASES = (
    "Seen at home.",
    "Mother says things are fine.",
    "Discussed with the team manager.",
    "Letter sent.",
    "No concerns noted today.",
    "Information shared with the school.",
)


def _stems() -> tuple[str, ...]:
    settings = default_settings()
    found: list[str] = []
    for name in settings.names():
        value = settings.values[name]
        if name.startswith("mentions_") and isinstance(value, tuple):
            found.extend(value)
    return tuple(dict.fromkeys(found)) or ("history",)


STEMS = _stems()


def days(first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=first, max_value=last)


@st.composite
def uncertain_dates(
    draw: Draw[Any], first: dt.date = FIRST_DAY, last: dt.date = LAST_DAY
) -> UncertainDate:
    """Mostly exact days; sometimes a month, a year, or a span of up to 60 days."""
    start = draw(days(first, max(first, last)))
    shape = draw(st.sampled_from(("exact", "exact", "exact", "month", "year", "span")))
    if shape == "exact":
        return UncertainDate.exact(start)
    if shape == "month":
        begin = start.replace(day=1)
        end = (begin + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return UncertainDate(begin, end, f"{begin:%b %Y}")
    if shape == "year":
        return UncertainDate(start.replace(month=1, day=1), start.replace(month=12, day=31), "c.")
    end = start + dt.timedelta(days=draw(st.integers(1, 60)))
    return UncertainDate(start, end, f"{start} to {end}")


@st.composite
def dates_of_birth(draw: Draw[Any], first_year: int, last_year: int) -> UncertainDate | None:
    """A date of birth: exact, the year only, or missing."""
    shape = draw(st.sampled_from(("exact", "exact", "exact", "year", "missing")))
    if shape == "missing":
        return None
    born = draw(days(dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)))
    if shape == "year":
        return UncertainDate(born.replace(month=1, day=1), born.replace(month=12, day=31), "c.")
    return UncertainDate.exact(born)


@st.composite
def _text(draw: Draw[Any]) -> str:
    words = draw(st.lists(st.sampled_from(STEMS), max_size=2))
    phrase = draw(st.sampled_from(_PHRASES))
    return " ".join([phrase, *(f"Notes {w}." for w in words)])


@st.composite
def _person(draw: Draw[Any], index: int, child: bool, codes: list[str], year: int) -> list[Any]:
    """One person's records: the same reference in one to three agencies. A child is born
    up to 17 years before the family's period (``year``) or during it, sometimes unborn."""
    held = draw(st.lists(st.sampled_from(codes), min_size=1, max_size=3, unique=True))
    born = draw(dates_of_birth(year - 17, year + 1) if child else dates_of_birth(1960, year - 16))
    given = draw(st.sampled_from(GIVEN)) if draw(st.booleans()) or child else None
    family = draw(st.sampled_from(FAMILY))
    name = " ".join(p for p in (given, family) if p) or None
    nhs = nhs_number(9000 + index) if draw(st.booleans()) else None
    pid = f"{'C' if child else 'A'}{index}"
    records = []
    for n, code in enumerate(held):
        # A second agency sometimes records another date of birth: a conflict to carry.
        dob = born if n == 0 or draw(st.integers(0, 4)) else draw(dates_of_birth(1960, 2016))
        extra: dict[str, Any] = {"nhs_number": nhs}
        if child:
            if dob is None and draw(st.integers(0, 3)) == 0:
                extra["expected_date_of_birth"] = draw(uncertain_dates())
            subject = draw(st.integers(0, 4)) > 0
            records.append(a_child(pid, dob, code, name, subject=subject, **extra))
        else:
            role = draw(st.sampled_from(ROLES))
            records.append(an_adult(pid, role, dob, code, name, **extra))
    return records


def _ids(records: list[Any], code: str, prefix: str) -> list[str]:
    return [r.person_id for r in records if r.agency == code and r.person_id.startswith(prefix)]


@st.composite
def _relationships(
    draw: Draw[Any], records: list[Any], first: dt.date, last: dt.date
) -> list[RelationshipRecord]:
    rows = _household(draw, records) if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 6))):
        a, b = draw(st.lists(st.sampled_from(records), min_size=2, max_size=2))
        held = sorted(
            {r.agency for r in records if r.person_id == a.person_id}
            & {r.agency for r in records if r.person_id == b.person_id}
        )
        if a.person_id == b.person_id or not held:
            continue
        start = draw(st.none() | uncertain_dates(first, last))
        end = draw(st.none() | uncertain_dates(start.latest if start else first, last))
        kind = draw(st.sampled_from(list(RelationshipKind)))
        agency = draw(st.sampled_from(held))
        rows.append(a_relationship(a.person_id, kind, b.person_id, agency, start, end))
    return rows


def _household(draw: Draw[Any], records: list[Any]) -> list[RelationshipRecord]:
    """Half the families have a plain household: one agency records the first adult as the
    parent of the children it holds, living with them (so siblings share a home)."""
    adults = [r for r in records if r.person_id.startswith("A")]
    if not adults:
        return []
    carer = draw(st.sampled_from(adults))
    children = [r for r in records if r.agency == carer.agency and r.person_id.startswith("C")]
    rows = []
    for child in children:
        rows.append(a_relationship(carer.person_id, "parent", child.person_id, carer.agency))
        rows.append(a_relationship(child.person_id, "lives_with", carer.person_id, carer.agency))
    return rows


_OPTIONAL: dict[str, st.SearchStrategy[Any]] = {
    "risk_level": st.sampled_from(list(RiskLevel)),
    "category": st.sampled_from(list(Category)),
    "stage": st.integers(1, 4),
    "status": st.sampled_from(list(Status)),
    "gestation_weeks": st.floats(22, 42, allow_nan=False),
    "mobility": st.sampled_from(list(Mobility)),
    "placement_la": st.sampled_from(LOCAL_AUTHORITIES),
    "responsible_la": st.sampled_from(LOCAL_AUTHORITIES),
    "child_seen": st.sampled_from(list(ChildSeen)),
    "child_views": st.sampled_from(list(ChildViews)),
    "emergency": st.booleans(),
    "time": st.sampled_from(("09:15", "16:50", "23:40")),
    "lawful_basis": st.sampled_from(("consent", "Children Act 1989 s47")),
    "source": st.sampled_from(("Case note", "Incident log")),
    "author": st.sampled_from(("Social worker", "GP")),
}


@st.composite
def _event(
    draw: Draw[Any], n: int, records: list[Any], codes: list[str], period: tuple[dt.date, dt.date]
) -> Event:
    code = draw(st.sampled_from(codes))
    types = draw(st.lists(st.sampled_from(list(EventType)), min_size=1, max_size=3, unique=True))
    when = draw(uncertain_dates(*period))
    children, adults = _ids(records, code, "C"), _ids(records, code, "A")
    kw: dict[str, Any] = {
        "subjects": draw(st.lists(st.sampled_from(children), unique=True)) if children else (),
        "people": draw(st.lists(st.sampled_from(children + adults), unique=True))
        if children + adults
        else (),
        "details": draw(_text()),
        "outcome": draw(st.sampled_from(("", *_PHRASES))),
        "reason": draw(st.sampled_from(("", "Not engaging.", "Nearly 18 and consent refused."))),
    }
    if children + adults and draw(st.booleans()):
        kw["participants"] = draw(st.lists(st.sampled_from(children + adults), unique=True))
    for column in draw(st.lists(st.sampled_from(sorted(_OPTIONAL)), unique=True, max_size=6)):
        kw[column] = draw(_OPTIONAL[column])
    if draw(st.integers(0, 3)) == 0:
        kw["to_agency"] = draw(st.lists(st.sampled_from(list(AGENCIES)), min_size=1, max_size=2))
    if draw(st.integers(0, 3)) == 0:
        kw["agencies_involved"] = draw(
            st.lists(st.sampled_from(list(AGENCIES)), min_size=1, max_size=3)
        )
    if draw(st.integers(0, 3)) == 0:
        kw["factors"] = draw(st.lists(st.sampled_from(FACTOR_CODES), min_size=1, max_size=3))
    if draw(st.integers(0, 3)) == 0:
        kw["end_date"] = draw(uncertain_dates(when.latest, period[1]))
    if draw(st.integers(0, 4)) == 0:
        kw["recorded"] = when.latest + dt.timedelta(days=draw(st.integers(0, 90)))
    if n and draw(st.integers(0, 3)) == 0:
        # An earlier entry of the family, or now and then one the bundle lacks.
        kw["relates_to"] = draw(
            st.sampled_from([f"{c}:H{draw(st.integers(0, n - 1))}" for c in codes])
        )
    return an_event(*types, on=when, agency=code, eid=f"H{n}", **kw)


@st.composite
def cases(draw: Draw[Any], max_people: int = 6, max_events: int = 20) -> Case:
    """A valid Case of a small random family (see the module docstring): its entries fall in
    a period of up to two years, so that ages and deadlines meet."""
    codes = draw(st.lists(st.sampled_from(sorted(AGENCIES)), min_size=1, max_size=5, unique=True))
    start = draw(days(FIRST_DAY, LAST_DAY - PERIOD))
    period = (start, start + PERIOD)
    children = draw(st.integers(1, max(1, max_people // 2)))
    adults = draw(st.integers(0, max_people - children))
    records: list[Any] = []
    for i in range(children + adults):
        records += draw(_person(i, i < children, codes, start.year))
    relationships = draw(_relationships(records, *period))
    events = [
        draw(_event(n, records, codes, period)) for n in range(draw(st.integers(0, max_events)))
    ]
    agencies = [an_agency(code, AGENCIES[code]) for code in codes]
    return a_case(records, events, relationships, agencies, _carried(draw, agencies, events))


def _carried(draw: Draw[Any], agencies: list[Agency], events: list[Event]) -> dict[str, Any]:
    """Some agencies carry every optional column; others only those they fill."""
    carried: dict[str, Any] = {}
    for agency in agencies:
        if draw(st.booleans()):
            own = [e for e in events if e.agency == agency.code]
            carried[agency.code] = {
                c for c in OPTIONAL_EVENT_COLUMNS if any(getattr(e, c) for e in own)
            }
    return carried


@st.composite
def reviews(draw: Draw[Any], max_people: int = 6, max_events: int = 20) -> tuple[Case, dt.date]:
    """A Case and a day to review it as of: any day from its first entry to a year after its
    last (or of the whole range, for a Case with no entries)."""
    case = draw(cases(max_people, max_events))
    dates = [e.date for e in case.events_all]
    first = min((d.earliest for d in dates), default=FIRST_DAY)
    last = max((d.latest for d in dates), default=LAST_DAY)
    return case, draw(days(first, last + dt.timedelta(days=365)))


def describe(case: Case) -> str:
    """A generated Case in a few lines, for a failure message: people, relationships and
    entries with the columns they fill (Hypothesis prints only the object)."""
    lines = []
    for person in case.people:
        dobs = ", ".join(d.written for d in person.dates_of_birth) or "no date of birth"
        roles = ", ".join(sorted({r.role for r in person.records if r.role})) or "-"
        kind = "subject" if person.is_subject else "person"
        lines.append(f"  {kind} {person.id} {person.name!r} ({dobs}; {roles})")
    for rel in case.relationships:
        span = f"{rel.start or ''}..{rel.end or ''}"
        lines.append(f"  {rel.agency}:{rel.person_id} {rel.kind} {rel.other_person_id} {span}")
    for event in case.events_all:
        filled = {
            c: getattr(event, c)
            for c in OPTIONAL_EVENT_COLUMNS
            if getattr(event, c) not in (None, "", ()) and c not in ("details", "outcome")
        }
        cells = "; ".join(f"{c}={v}" for c, v in filled.items())
        types = ",".join(event.types)
        lines.append(f"  {event.ref} {event.date.written} [{types}] {cells}")
    return "\n".join(lines)
