"""The ``events`` table: each agency's chronology entries.

An entry without a date cannot be placed and is not imported (a located error); anything
else wrong with a row is a problem for that cell and the rest of the row is still read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from foresight.bundle.agencies import Agencies
from foresight.bundle.columns import Bound, Schema
from foresight.bundle.people import Index
from foresight.bundle.values import Cells, clock_time, enum_reader, gestation, stage, yes_no
from foresight.model.case import completed_months
from foresight.model.dates import UncertainDate, british
from foresight.model.records import OPTIONAL_EVENT_COLUMNS, Event, PersonRecord, Problem
from foresight.model.roles import RoleKind, role_kind
from foresight.model.vocab import (
    AgencyKind,
    Category,
    ChildSeen,
    ChildViews,
    EventType,
    Mobility,
    RiskLevel,
    Severity,
    Status,
)

if TYPE_CHECKING:
    from foresight.text import Tagging

EVENTS = Schema(
    "events",
    ("agency", "date"),
    ("event_id", "event_type", *OPTIONAL_EVENT_COLUMNS),
    aliases={
        "event_types": "event_type",
        "type": "event_type",
        "id": "event_id",
        "date_recorded": "recorded",
        "recorded_date": "recorded",
    },
)

read_type = enum_reader(
    EventType,
    "known event type",
    {
        "s47": "section_47_enquiry",
        "section_47": "section_47_enquiry",
        "icpc": "child_protection_conference",
        "rcpc": "child_protection_conference",
        "dna": "did_not_attend",
        "wnb": "was_not_brought",
        "strategy_meeting": "strategy_discussion",
    },
)
read_child_seen = enum_reader(
    ChildSeen, "child seen value", {"y": "yes", "n": "no", "seen alone": "alone"}
)
read_child_views = enum_reader(ChildViews, "child views value", {"y": "yes", "n": "no"})
read_risk = enum_reader(RiskLevel, "risk level", {"medium": "raised", "moderate": "raised"})
read_category = enum_reader(
    Category,
    "category",
    {
        "neg": "neglect",
        "phy": "physical",
        "sab": "sexual",
        "emo": "emotional",
        "mul": "multiple",
        "physical abuse": "physical",
        "sexual abuse": "sexual",
        "emotional abuse": "emotional",
    },
)
read_mobility = enum_reader(Mobility, "mobility")
read_status = enum_reader(Status, "status")

NOT_PLACED = (
    "the entry cannot be placed in the chronology, so this row was not imported; "
    "write its date (an approximate date such as 'Jan 2011', 'c. 2010' or "
    "'2008-2010' will do)"
)
NO_TYPE = "no event type, and none could be read from the details or outcome: read as a note"


@dataclass
class _Ids:
    """Event ids given so far in each agency, and how often each generated hash was seen."""

    taken: dict[str, set[str]] = field(default_factory=dict)
    hashes: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class FamilyFacts:
    """What the reader knows of the family for reading an entry's text: the subject children's
    dates of birth ("DNA" about a child under 16 is ``was_not_brought``; a child's own telling
    is a disclosure), and everyone's first names with who they are (a name in the text is that
    person: "Kerry was admitted after an overdose" is a parent's, not a child's self-harm)."""

    born: dict[tuple[str, str], UncertainDate]  # (agency, person id): date of birth
    subjects: dict[str, tuple[str, ...]]  # agency: the ids of its subject children
    anyone: tuple[tuple[str, str], ...]  # every subject child, for an agency flagging none
    names: dict[str, str] = field(default_factory=dict)  # first name: "parent", "child", ...
    # Under this age a bare "DNA" is was_not_brought; None: the tagger's own limit.
    dna_child_age: float | None = None

    @classmethod
    def of(cls, people: Iterable[PersonRecord], dna_child_age: float | None = None) -> FamilyFacts:
        people = tuple(people)
        children = [p for p in people if p.subject]
        subjects: dict[str, list[str]] = {}
        for child in children:
            subjects.setdefault(child.agency, []).append(child.person_id)
        return cls(
            born={p.key: p.date_of_birth for p in children if p.date_of_birth is not None},
            subjects={agency: tuple(ids) for agency, ids in subjects.items()},
            anyone=tuple(p.key for p in children),
            names=_first_names(people),
            dna_child_age=dna_child_age,
        )

    def youngest(self, agency: str, subjects: tuple[str, ...], day: UncertainDate) -> float | None:
        """The youngest age in years, on ``day``, of whom an entry is about: its ``subjects``,
        else the agency's subject children (else every subject child); None when no date of
        birth of theirs is recorded (an unborn child's appointments are the mother's)."""
        keys = [(agency, pid) for pid in subjects or self.subjects.get(agency, ())] or self.anyone
        months = [
            completed_months(born.latest, day.earliest)
            for key in keys
            if (born := self.born.get(key)) is not None and born.latest <= day.earliest
        ]
        return min(months) / 12 if months else None


# Who a person is to the tagger (``foresight.text``'s people words), by the kind of their role.
_TEXT_ROLE = {
    RoleKind.PARENT: "parent",
    RoleKind.STEP_PARENT: "parent",
    RoleKind.CARER: "parent",
    RoleKind.SIBLING: "child",
    **dict.fromkeys(
        (
            RoleKind.PARTNER_OF_PARENT,
            RoleKind.GRANDPARENT,
            RoleKind.OTHER_RELATIVE,
            RoleKind.LODGER,
            RoleKind.FRIEND,
            RoleKind.VISITOR,
            RoleKind.UNKNOWN_ADULT,
        ),
        "other_adult",
    ),
}


def _first_names(people: Iterable[PersonRecord]) -> dict[str, str]:
    """Each first name of the family, lower case, with who its bearer is: a subject child or
    a sibling is a ``child``; a parent, step-parent or carer a ``parent``; anyone else whose
    role says who they are an ``other_adult``. A name two people of different kinds share, or
    a person whose role says nothing, tells the tagger nothing."""
    found: dict[str, set[str]] = {}
    for person in people:
        who = "child" if person.subject else _TEXT_ROLE.get(role_kind(person.role))
        if who is None:
            continue
        for written in (person.given_names or "", *person.other_names):
            for name in written.split()[:1]:
                found.setdefault(name.lower(), set()).add(who)
    return {name: next(iter(kinds)) for name, kinds in found.items() if len(kinds) == 1}


def read_events(
    bound: Bound,
    agencies: Agencies,
    index: Index | None,
    problems: list[Problem],
    family: FamilyFacts | None = None,
) -> tuple[tuple[Event, ...], dict[str, frozenset[str]]]:
    """The entries of the events table, and the optional columns each agency carries; an
    entry read from its text is read knowing the ``family`` (the age of whom it is about,
    the names of its people)."""
    family = family or FamilyFacts({}, {}, ())
    if bound.rows and "event_type" not in bound.columns:
        problems.append(
            Problem(
                bound.label,
                None,
                "event_type",
                "the events table has no event_type column: each entry's type was read "
                "from its details and outcome and is marked as inferred (an entry whose "
                "text names no type is a note)",
                Severity.WARNING,
            )
        )
    events: list[Event] = []
    carried: dict[str, set[str]] = {}
    ids = _Ids()
    taggings: dict[int, Tagging] = {}
    for row in bound.rows:
        cells = Cells(row, problems)
        read = _event(cells, agencies, index, ids, "event_type" in bound.columns, family)
        if read is not None:
            event, tagging = read
            if tagging is not None:
                taggings[len(events)] = tagging
            events.append(event)
            filled = set(row.cells).intersection(OPTIONAL_EVENT_COLUMNS)
            carried.setdefault(event.agency, set()).update(filled)
    _fill_from_text(events, taggings, carried, agencies)
    _check_relates_to(bound, events, problems)
    return tuple(events), {agency: frozenset(cols) for agency, cols in carried.items()}


def _event(
    cells: Cells,
    agencies: Agencies,
    index: Index | None,
    ids: _Ids,
    typed: bool,
    family: FamilyFacts,
) -> tuple[Event, Tagging | None] | None:
    agency, date = _agency_and_date(cells, agencies)
    if agency is None or date is None:
        return None
    kind = agencies.kind(agency)
    subjects = _people(cells, "subjects", agency, index)
    age = family.youngest(agency, subjects, date)
    types, inferred, words, tagging = (
        _types(cells, kind, age, family) if typed else _inferred(cells, kind, age, False, family)
    )
    event_id, generated = _event_id(cells, agency, ids)
    event = Event(
        agency=agency,
        event_id=event_id,
        date=date,
        types=types,
        id_generated=generated,
        types_inferred=inferred,
        types_from_text=inferred,
        inferred_from=words,
        time=cells.code("time", clock_time) or _time_of_day(cells),
        end_date=cells.date("end_date"),
        subjects=subjects,
        people=_people(cells, "people", agency, index),
        participants=_people(cells, "participants", agency, index),
        recorded=_recorded(cells),
        relates_to=_relates_to(cells, agency, agencies),
        details=cells.text("details"),
        outcome=cells.text("outcome"),
        source=cells.text("source"),
        author=cells.text("author"),
        child_seen=cells.code("child_seen", read_child_seen),
        child_views=cells.code("child_views", read_child_views),
        agencies_involved=_agency_list(cells, "agencies_involved", agencies),
        to_agency=_agency_list(cells, "to_agency", agencies),
        factors=tuple(f.upper() for f in cells.items("factors")),
        risk_level=cells.code("risk_level", read_risk),
        category=cells.code("category", read_category),
        emergency=cells.code("emergency", yes_no),
        lawful_basis=cells.text("lawful_basis"),
        gestation_weeks=cells.code("gestation_weeks", gestation),
        mobility=cells.code("mobility", read_mobility),
        placement_la=cells.optional("placement_la"),
        responsible_la=cells.optional("responsible_la"),
        stage=cells.code("stage", stage),
        status=cells.code("status", read_status),
        reason=cells.text("reason"),
        extra=cells.extra,
        row=cells.row.number,
    )
    return event, tagging


def _fill_from_text(
    events: list[Event],
    taggings: dict[int, Tagging],
    carried: dict[str, set[str]],
    agencies: Agencies,
) -> None:
    """Entries whose type was read from their text: which types rest on an uncertain mention
    only ("?bruise"), and the values the text states where the entry's own cell is blank.

    The rule: a value stated in the text (gestation, mobility, risk level, the receiving
    agency of a referral, whether the child was seen) fills a blank cell only of a column the
    recording agency *carries* (fills on some other row). What an agency carries is never
    changed: a column it never fills stays not carried, so a check that needs it stays not
    evaluated rather than being judged on a guess from the text. ``to_agency`` is filled only
    when exactly one agency of the named kind has entries in the bundle.
    """
    by_kind: dict[AgencyKind, list[str]] = {}
    for code in dict.fromkeys(e.agency for e in events):
        kind = agencies.kind(code)
        if kind is not None:
            by_kind.setdefault(kind, []).append(code)
    for i, tagging in taggings.items():
        event = events[i]
        cols = carried.get(event.agency, set())
        stated: dict[str, object] = {
            "gestation_weeks": tagging.gestation_weeks,
            "mobility": tagging.mobility,
            "risk_level": tagging.risk_level,
            "child_seen": tagging.child_seen,
            "to_agency": tuple(
                by_kind[k][0] for k in tagging.to_agency if len(by_kind.get(k, ())) == 1
            ),
        }
        fill = {
            col: value
            for col, value in stated.items()
            if col in cols and value not in (None, ()) and getattr(event, col) in (None, ())
        }
        uncertain = tuple(k for k in tagging.event_types if k in tagging.uncertain_types)
        events[i] = replace(event, uncertain_types=uncertain, **fill)  # type: ignore[arg-type]


def _agency_and_date(cells: Cells, agencies: Agencies) -> tuple[str | None, UncertainDate | None]:
    written = cells.text("agency")
    if not written:
        cells.problem(
            "agency",
            "no agency: this row was not imported; write the agency that recorded the entry",
        )
        return None, None
    try:
        date = cells.required_date("date")
    except ValueError as err:
        cells.problem("date", f"{err}; {NOT_PLACED}")
        return None, None
    if date is None:
        cells.problem("date", f"no date: {NOT_PLACED}")
    return agencies.code(written), date


def _time_of_day(cells: Cells) -> str | None:
    # A workbook date cell that holds a time of day as well ("03/02/2011 14:30").
    cell = cells.row.get("date")
    if isinstance(cell, dt.datetime) and cell.time() != dt.time(0):
        return f"{cell:%H:%M}"
    return None


def _inferred(
    cells: Cells, kind: AgencyKind | None, age: float | None, warn: bool, family: FamilyFacts
) -> tuple[tuple[EventType, ...], bool, tuple[str, ...], Tagging | None]:
    """Types read from the entry's free text (``foresight.text``), with the words behind them;
    ``age`` is the youngest age of whom the entry is about, where known; ``family`` what else
    the reader knows (the family's first names, the "DNA" age)."""
    # A row with blank subjects and someone in people is about those people (bundle format).
    adult = not cells.text("subjects") and bool(cells.text("people"))
    # spaCy loads only when an entry needs its type read from the text (a bundle whose types
    # are all coded never pays for it).
    from foresight.text import TagSettings, tag

    details, outcome = cells.text("details"), cells.text("outcome")
    tagging = tag(
        details,
        outcome,
        age=None if adult else age,
        agency_kind=kind,
        adult=adult,
        settings=TagSettings(child_age_limit=family.dna_child_age),
        names=family.names,
    )
    if not tagging.event_types:
        if warn:
            cells.problem("event_type", NO_TYPE, Severity.WARNING)
        return (EventType.NOTE,), True, (), None
    words = tuple(dict.fromkeys(w for k in tagging.event_types for w in tagging.evidence(k)))
    if warn:
        read = ", ".join(tagging.event_types)
        quoted = ", ".join(f"'{w}'" for w in words)
        cells.problem(
            "event_type",
            f"no event type: read from the text as {read} (from {quoted}); marked as inferred",
            Severity.WARNING,
        )
    return tagging.event_types, True, words, tagging


def _types(
    cells: Cells, kind: AgencyKind | None, age: float | None, family: FamilyFacts
) -> tuple[tuple[EventType, ...], bool, tuple[str, ...], Tagging | None]:
    written = cells.items("event_type", ";,")
    if not written:
        return _inferred(cells, kind, age, True, family)
    types: list[EventType] = []
    unknown: list[str] = []
    for code in written:
        try:
            types.append(read_type(code))
        except ValueError:
            unknown.append(code)
    if unknown:
        read_as = ", ".join(types) if types else "a note"
        listed = ", ".join(f"'{c}'" for c in unknown)
        cells.unread(
            "event_type",
            f"{listed}: not a known event type (see the event types of "
            f"the bundle format); the entry was read as {read_as}",
        )
    typed = tuple(dict.fromkeys(types))
    return (typed, False, (), None) if types else ((EventType.NOTE,), True, (), None)


def _event_id(cells: Cells, agency: str, ids: _Ids) -> tuple[str, bool]:
    taken = ids.taken.setdefault(agency, set())
    given = cells.text("event_id")
    if given:
        event_id = given
        if given in taken:
            event_id = _unused(given, taken)
            cells.problem(
                "event_id",
                f"event id '{given}' is used twice by {agency}: this entry "
                f"was read as '{event_id}'; give each entry its own id",
            )
        taken.add(event_id)
        return event_id, False
    event_id = generated_id(*(cells.raw(c) for c in ("agency", "date", "event_type", "details")))
    ids.hashes[event_id] += 1
    count = ids.hashes[event_id]
    event_id = event_id if count == 1 else f"{event_id}-{count}"
    taken.add(event_id)
    return event_id, True


def generated_id(agency: str, date: str, event_type: str, details: str) -> str:
    """An id for an entry the agency gave none: the same entry gets the same id on re-export.

    >>> generated_id("CSC", "12/01/2011", "home_visit", "Seen at home.")[:2]
    'g-'
    """
    text = "\x1f".join(part.strip() for part in (agency, date, event_type, details))
    return "g-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def _unused(event_id: str, taken: set[str]) -> str:
    n = 2
    while f"{event_id}-{n}" in taken:
        n += 1
    return f"{event_id}-{n}"


def _people(cells: Cells, column: str, agency: str, index: Index | None) -> tuple[str, ...]:
    ids = cells.items(column)
    known = index.get(agency, frozenset()) if index is not None else None
    for person_id in ids:
        if known is not None and person_id not in known:
            cells.problem(
                column,
                f"person '{person_id}' is not in {agency}'s people: the entry "
                "was imported but is not tied to them; add them to people or correct "
                "the id",
            )
    return ids


def _agency_list(cells: Cells, column: str, agencies: Agencies) -> tuple[str, ...]:
    return tuple(dict.fromkeys(agencies.code(code) for code in cells.items(column)))


def _recorded(cells: Cells) -> dt.date | None:
    date = cells.date("recorded")
    if date is None or date.is_exact:
        return date.earliest if date else None
    cells.problem(
        "recorded",
        f"the recorded date '{date.written}' is not one day: it was read "
        f"as its latest day, {british(date.latest)}",
        Severity.WARNING,
    )
    return date.latest


def _relates_to(cells: Cells, agency: str, agencies: Agencies) -> str | None:
    text = cells.text("relates_to")
    if not text:
        return None
    prefix, sep, rest = text.partition(":")
    code = agencies.known(prefix) if sep and rest.strip() else None
    return f"{code}:{rest.strip()}" if code else f"{agency}:{text}"


def _check_relates_to(bound: Bound, events: list[Event], problems: list[Problem]) -> None:
    refs = {event.ref for event in events}
    label = bound.rows[0].label("relates_to") if bound.rows else "relates_to"
    for event in events:
        if event.relates_to and event.relates_to not in refs:
            message = (
                f"relates_to '{event.relates_to}' names no entry in the bundle: the link "
                "was kept as written; correct the event id"
            )
            problems.append(Problem(bound.label, event.row, label, message, Severity.WARNING))
