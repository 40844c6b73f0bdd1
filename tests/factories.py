"""Small factories for model records and Cases, with sensible defaults (invented people only).

    child = a_child("C1", born="2011-01-12")
    mum = an_adult("M1", "mother", name="Mia Sample", born="1990-04-02")
    visit = an_event(EventType.HOME_VISIT, on="2011-03-01", child_seen=ChildSeen.YES)
    case = a_case(people=[child, mum], events=[visit])

Dates accept ISO text, any text ``parse_date`` reads ("Jan 2011", "c. 2005"), a ``date`` or an
``UncertainDate``. A Case goes through ``foresight.linkage.build_case`` like a real bundle.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

from foresight.linkage import build_case
from foresight.model.case import Case
from foresight.model.dates import UncertainDate, parse_date
from foresight.model.records import (
    OPTIONAL_EVENT_COLUMNS,
    Agency,
    Bundle,
    Event,
    PersonRecord,
    Problem,
    RelationshipRecord,
)
from foresight.model.vocab import AgencyKind, EventType, RelationshipKind

DateLike = str | dt.date | UncertainDate

ALL_COLUMNS = frozenset(OPTIONAL_EVENT_COLUMNS)

# Agency kinds for the codes tests usually use; anything else is OTHER.
_KINDS = {
    "CSC": AgencyKind.CHILDREN_SOCIAL_CARE,
    "EH": AgencyKind.EARLY_HELP,
    "HV": AgencyKind.HEALTH_VISITING,
    "MW": AgencyKind.MIDWIFERY,
    "GP": AgencyKind.GP,
    "ED": AgencyKind.HOSPITAL,
    "HOSP": AgencyKind.HOSPITAL,
    "HOSPITAL": AgencyKind.HOSPITAL,
    "AMB": AgencyKind.AMBULANCE,
    "PAEDS": AgencyKind.COMMUNITY_PAEDIATRICS,
    "CAMHS": AgencyKind.CAMHS,
    "SN": AgencyKind.SCHOOL_NURSING,
    "SCHOOL": AgencyKind.SCHOOL,
    "EY": AgencyKind.EARLY_YEARS,
    "EWS": AgencyKind.EDUCATION_WELFARE,
    "POLICE": AgencyKind.POLICE,
    "HOUSING": AgencyKind.HOUSING,
    "PROBATION": AgencyKind.PROBATION,
    "YJ": AgencyKind.YOUTH_JUSTICE,
    "AMH": AgencyKind.ADULT_MENTAL_HEALTH,
    "SMS": AgencyKind.SUBSTANCE_MISUSE_SERVICE,
    "ASC": AgencyKind.ADULT_SOCIAL_CARE,
}

_event_numbers = itertools.count(1)

# Event fields that hold a date as text in a bundle, and those that hold ids lists.
_UNCERTAIN_FIELDS = ("end_date",)
_LIST_FIELDS = ("subjects", "people", "participants", "agencies_involved", "to_agency", "factors")


def as_uncertain(value: DateLike) -> UncertainDate:
    """Any date-like value as an UncertainDate (text is read by ``parse_date``)."""
    if isinstance(value, UncertainDate):
        return value
    if isinstance(value, dt.date):
        return UncertainDate.exact(value)
    return parse_date(value)


def as_day(value: DateLike) -> dt.date:
    """An exact day: ISO text, parse_date text (its earliest reading) or a date."""
    if isinstance(value, dt.date):
        return value
    return as_uncertain(value).earliest


def _maybe(value: DateLike | None) -> UncertainDate | None:
    return None if value is None else as_uncertain(value)


def _ids(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(p.strip() for p in value.split(";") if p.strip())
    return tuple(value)


def _split_name(name: str | None) -> tuple[str | None, str | None]:
    if not name:
        return None, None
    given, _, family = name.strip().rpartition(" ")
    return (given or None), family


def an_agency(
    code: str = "CSC", kind: AgencyKind | None = None, name: str | None = None, **kw: Any
) -> Agency:
    """An agency; ``kind`` defaults from common codes (CSC, HV, GP, POLICE, SCHOOL, ...)."""
    return Agency(
        code=code, name=name or code, kind=kind or _KINDS.get(code.upper(), AgencyKind.OTHER), **kw
    )


def _person(
    pid: str, agency: str, name: str | None, born: DateLike | None, kw: dict[str, Any]
) -> PersonRecord:
    given, family = _split_name(name)
    kw.setdefault("given_names", given)
    kw.setdefault("family_name", family)
    for field in ("expected_date_of_birth", "date_of_death"):
        if kw.get(field) is not None:
            kw[field] = as_uncertain(kw[field])
    if kw.get("nhs_number"):
        kw["nhs_number"] = "".join(kw["nhs_number"].split())
    if kw.get("upn"):
        kw["upn"] = kw["upn"].strip().upper()
    if isinstance(kw.get("other_names"), str):
        kw["other_names"] = _ids(kw["other_names"])
    return PersonRecord(agency=agency, person_id=pid, date_of_birth=_maybe(born), **kw)


def a_child(
    pid: str = "C1",
    born: DateLike | None = "2011-01-12",
    agency: str = "CSC",
    name: str | None = "Ava Sample",
    subject: bool = True,
    **kw: Any,
) -> PersonRecord:
    """A child's record (a subject by default). ``name`` splits on its last space."""
    return _person(pid, agency, name, born, {"subject": subject, **kw})


def an_adult(
    pid: str = "M1",
    role: str | None = "mother",
    born: DateLike | None = None,
    agency: str = "CSC",
    name: str | None = None,
    **kw: Any,
) -> PersonRecord:
    """An adult's record with a role; no name or date of birth unless given (so adults
    never link by name by accident)."""
    return _person(pid, agency, name, born, {"role": role, **kw})


def an_event(
    *types: EventType | str,
    on: DateLike = "2011-03-01",
    agency: str = "CSC",
    subjects: str | Iterable[str] | None = ("C1",),
    eid: str | None = None,
    **kw: Any,
) -> Event:
    """A chronology entry of ``types`` (a ``note`` if none); ``eid`` auto-numbered when None.

    ``recorded`` and ``end_date`` accept date-like values; id lists accept ``"C1;C2"``.
    """
    kinds = tuple(EventType(t) for t in types) or (EventType.NOTE,)
    for field in _UNCERTAIN_FIELDS:
        if kw.get(field) is not None:
            kw[field] = as_uncertain(kw[field])
    if kw.get("recorded") is not None:
        kw["recorded"] = as_day(kw["recorded"])
    for field in _LIST_FIELDS:
        if field in kw:
            kw[field] = _ids(kw[field])
    return Event(
        agency=agency,
        event_id=eid or f"E{next(_event_numbers)}",
        date=as_uncertain(on),
        types=kinds,
        subjects=_ids(subjects),
        **kw,
    )


def an_inferred_event(*types: EventType | str, **kw: Any) -> Event:
    """An entry whose types the reader inferred from its text (``an_event``'s arguments)."""
    return an_event(*types, types_inferred=True, types_from_text=True, **kw)


def a_relationship(
    a: str,
    kind: RelationshipKind | str,
    b: str,
    agency: str = "CSC",
    start: DateLike | None = None,
    end: DateLike | None = None,
) -> RelationshipRecord:
    """``a`` is the ``kind`` of ``b``: ``a_relationship("M1", "parent", "C1")``."""
    return RelationshipRecord(
        agency=agency,
        person_id=a,
        kind=RelationshipKind(kind),
        other_person_id=b,
        start=_maybe(start),
        end=_maybe(end),
    )


def a_bundle(
    people: Iterable[PersonRecord] = (),
    events: Iterable[Event] = (),
    relationships: Iterable[RelationshipRecord] = (),
    agencies: Iterable[Agency] | None = None,
    carried: Mapping[str, Iterable[str]] | None = None,
    name: str = "Sample family",
    problems: Iterable[Problem] = (),
) -> Bundle:
    """A Bundle: agencies inferred from the records (given ones kept); ``carried`` defaults to
    every optional column for every agency, and an agency missing from ``carried`` carries all."""
    people, events, relationships = tuple(people), tuple(events), tuple(relationships)
    known = {a.code: a for a in (agencies or ())}
    for code in itertools.chain(
        (p.agency for p in people), (e.agency for e in events), (r.agency for r in relationships)
    ):
        known.setdefault(code, an_agency(code))
    given = {k: frozenset(v) for k, v in (carried or {}).items()}
    return Bundle(
        name=name,
        agencies=tuple(known.values()),
        people=people,
        relationships=relationships,
        events=events,
        problems=tuple(problems),
        carried={code: given.get(code, ALL_COLUMNS) for code in known},
    )


def a_case(
    people: Iterable[PersonRecord] = (),
    events: Iterable[Event] = (),
    relationships: Iterable[RelationshipRecord] = (),
    agencies: Iterable[Agency] | None = None,
    carried: Mapping[str, Iterable[str]] | None = None,
    name: str = "Sample family",
    problems: Iterable[Problem] = (),
) -> Case:
    """A Case built through ``build_case`` (see :func:`a_bundle` for the defaults).

    With no ``people`` at all, one subject child ``a_child()`` is assumed.
    """
    people = tuple(people) or (a_child(),)
    bundle = a_bundle(people, events, relationships, agencies, carried, name, problems)
    return build_case(bundle)


def all_columns_except(*columns: str) -> frozenset[str]:
    """For ``carried``: every optional event column but these."""
    return ALL_COLUMNS - frozenset(columns)
