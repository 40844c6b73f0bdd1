"""The Case: an immutable read model of one family, the same type from a bundle or the store.

API CONTRACT (owned by the Case/linkage helper; the checks helper codes against it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from foresight.model import replay
from foresight.model.family import Family
from foresight.model.people import Person, UncertainLink
from foresight.model.records import (
    OPTIONAL_EVENT_COLUMNS,
    Agency,
    Event,
    Problem,
    RecordKey,
    RelationshipRecord,
)
from foresight.model.roles import SiblingKind
from foresight.model.vocab import PERSONAL_EVENT_TYPES, AgencyKind, EventType


@dataclass(frozen=True)
class AgeRange:
    """A person's age on a day over every reading of every recorded date of birth.

    Completed months; negative when the day is before a possible birth.
    """

    min_months: int
    max_months: int

    @property
    def min_years(self) -> int:
        return self.min_months // 12

    @property
    def max_years(self) -> int:
        return self.max_months // 12


def completed_months(born: dt.date, day: dt.date) -> int:
    """Whole months from ``born`` to ``day``; the last day of a short month completes one.

    >>> completed_months(dt.date(2011, 1, 31), dt.date(2011, 2, 28))
    1
    """
    months = (day.year - born.year) * 12 + day.month - born.month
    month_end = (day + dt.timedelta(days=1)).day == 1
    if day.day < born.day and not month_end:
        months -= 1
    return months


# How many replay views one Case keeps (:meth:`Case.known_on`): a view costs about as much as
# reading the case again, and the checks of one run ask for the same days many times.
_KEPT_VIEWS = 512


@dataclass(frozen=True)
class _Resolved:
    """An entry's person ids: as listed, and who it is about under the ``subjects`` rule."""

    about: tuple[str, ...]
    people: tuple[str, ...]
    participants: tuple[str, ...]
    listed: tuple[str, ...]


def _event_order(event: Event) -> tuple[dt.date, str, int, str]:
    return (event.date.earliest, event.agency, event.row or 0, event.event_id)


def _replay_order(event: Event) -> tuple[dt.date, tuple[dt.date, str, int, str]]:
    return (event.known_from, _event_order(event))


def _carried_from(events: Iterable[Event]) -> dict[str, frozenset[str]]:
    """Which optional columns each agency fills on at least one entry."""
    found: dict[str, set[str]] = {}
    for event in events:
        cols = found.setdefault(event.agency, set())
        cols.update(c for c in OPTIONAL_EVENT_COLUMNS if getattr(event, c) not in (None, "", ()))
    return {code: frozenset(cols) for code, cols in found.items()}


class Case:
    """One family. Build with ``foresight.linkage.build_case(bundle)``.

    Query methods (all pure):
      name, agencies, agency(code), people, person(id), person_for(agency, person_id),
      subject_children, events_all (sorted by earliest date, then agency, then row),
      events(*types, about=None, agency=None, between=None) -> list[Event]
      subjects_of(event) -> tuple[Person, ...]   # per the `subjects` rule of bundle-format.md
      people_of(event), participants_of(event), mentioned_in(event)
      is_about(event, person) -> bool
      first_mention(person) -> Event | None      # earliest entry listing them anywhere
      first_known(person) -> Event | None        # the entry the record first knows them from
      known_from(person) -> date | None          # when the record first knows of them
      present_from(person) -> date | None        # earliest dated mention (household rule 3)
      agency_subjects(code) -> tuple[Person, ...]  # subject children an agency holds
      age_on(person, day) -> AgeRange | None     # None when no date of birth recorded
      parents_of(child), partners_of(person, day), siblings_of(child) -> tuple[Person, ...]
      sibling_relations(child) -> tuple[tuple[Person, SiblingKind], ...]
      household_on(child, day) -> frozenset[Person]   # bundle-format.md "household on a day D"
      carries(agency, column) -> bool            # the agency fills that optional event column
      known_on(as_of) -> Case                    # replay view: see DESIGN.md "Checks"
      problems, uncertain_links, relationships, carried

    Example::

        case = build_case(read_bundle("family.xlsx"))
        child = case.subject_children[0]
        for injury in case.events(EventType.INJURY, about=child):
            print(injury.ref, case.age_on(child, injury.date.earliest))
    """

    def __init__(
        self,
        *,
        name: str,
        agencies: Iterable[Agency],
        people: Iterable[Person],
        relationships: Iterable[RelationshipRecord],
        events: Iterable[Event],
        problems: Iterable[Problem] = (),
        uncertain_links: Iterable[UncertainLink] = (),
        carried: Mapping[str, frozenset[str]] | None = None,
        mentioned_later: Mapping[str, dt.date] | None = None,
        resolutions: dict[tuple[object, ...], _Resolved] | None = None,
    ) -> None:
        """``mentioned_later`` and ``resolutions`` are for replay views (:meth:`known_on`):
        people whom the full record mentions only in entries not yet known, with the day the
        first becomes known; and the full record's cache of whom entries are about, which
        holds in every view (the people and their ids are the same)."""
        self.name = name
        self._people = tuple(sorted(people, key=lambda p: p.id))
        self._by_id = {p.id: p for p in self._people}
        self._by_key: dict[RecordKey, str] = {r.key: p.id for p in self._people for r in p.records}
        self._events = tuple(sorted(events, key=_event_order))
        self._relationships = tuple(relationships)
        self._problems = tuple(problems)
        self._uncertain = tuple(uncertain_links)
        self._carried = dict(carried) if carried is not None else _carried_from(self._events)
        self._later = dict(mentioned_later or {})
        self._agencies = self._all_agencies(agencies)
        self._subjects = tuple(p.id for p in self._people if p.is_subject)
        self._agency_subjects = self._subjects_by_agency()
        self._resolutions = {} if resolutions is None else resolutions
        self._resolved = {id(e): self._resolution(e) for e in self._events}
        self._index()
        self._family = Family(self)
        self._households: dict[tuple[str, dt.date], frozenset[Person]] = {}
        self._views: dict[dt.date, Case] = {}

    def _all_agencies(self, given: Iterable[Agency]) -> dict[str, Agency]:
        # An agency named only in records still needs an entry, so agency(code) never fails.
        out = {a.code: a for a in given}
        used = [r.agency for p in self._people for r in p.records]
        used += [e.agency for e in self._events] + [r.agency for r in self._relationships]
        for code in used:
            out.setdefault(code, Agency(code, code, AgencyKind.OTHER, kind_inferred=True))
        return out

    def _subjects_by_agency(self) -> dict[str, tuple[str, ...]]:
        # An agency knows a subject child when it holds any record of them, flagged or not.
        out: dict[str, list[str]] = {}
        for pid in self._subjects:
            for code in sorted(self._by_id[pid].agencies):
                out.setdefault(code, []).append(pid)
        return {code: tuple(ids) for code, ids in out.items()}

    def _ids(self, agency: str, person_ids: Iterable[str]) -> tuple[str, ...]:
        found = (self._by_key.get((agency, pid)) for pid in person_ids)
        return tuple(dict.fromkeys(pid for pid in found if pid))

    def _resolution(self, event: Event) -> _Resolved:
        """:meth:`_resolve`, once for each entry's agency, types and people as written."""
        key = (event.agency, event.types, event.subjects, event.people, event.participants)
        found = self._resolutions.get(key)
        if found is None:
            found = self._resolutions[key] = self._resolve(event)
        return found

    def _resolve(self, event: Event) -> _Resolved:
        subjects = self._ids(event.agency, event.subjects)
        people = self._ids(event.agency, event.people)
        participants = self._ids(event.agency, event.participants)
        if event.subjects:
            about = subjects
        elif people and any(t in PERSONAL_EVENT_TYPES for t in event.types):
            about = people
        else:
            about = self._agency_subjects.get(event.agency) or self._subjects
        listed = tuple(dict.fromkeys(subjects + people + participants))
        return _Resolved(about, people, participants, listed)

    def _index(self) -> None:
        self._by_type: dict[EventType, list[int]] = {}
        self._by_agency: dict[str, list[int]] = {}
        self._about: dict[str, list[int]] = {}
        self._mentions: dict[str, list[int]] = {}
        for i, event in enumerate(self._events):
            for kind in dict.fromkeys(event.types):
                self._by_type.setdefault(kind, []).append(i)
            self._by_agency.setdefault(event.agency, []).append(i)
            info = self._resolved[id(event)]
            for pid in info.about:
                self._about.setdefault(pid, []).append(i)
            for pid in info.listed:
                self._mentions.setdefault(pid, []).append(i)
        self._agency_first = {
            code: min((self._events[i] for i in found), key=_replay_order)
            for code, found in self._by_agency.items()
        }
        self._first: dict[str, Event | None] = {}

    # --- agencies, people, records -------------------------------------------------------

    @property
    def agencies(self) -> tuple[Agency, ...]:
        return tuple(self._agencies.values())

    def agency(self, code: str) -> Agency:
        """The agency with this code (KeyError if the bundle never names it)."""
        return self._agencies[code]

    @property
    def people(self) -> tuple[Person, ...]:
        return self._people

    def person(self, person_id: str) -> Person:
        """The person with this id (``AGENCY:person_id``); KeyError if none."""
        return self._by_id[person_id]

    def person_for(self, agency: str, person_id: str) -> Person | None:
        """The person one agency's record belongs to: ``case.person_for("GP", "P7")``."""
        pid = self._by_key.get((agency, person_id))
        return self._by_id[pid] if pid else None

    @property
    def subject_children(self) -> tuple[Person, ...]:
        return tuple(self._by_id[pid] for pid in self._subjects)

    def agency_subjects(self, code: str) -> tuple[Person, ...]:
        """The subject children an agency itself holds records of."""
        return tuple(self._by_id[pid] for pid in self._agency_subjects.get(code, ()))

    @property
    def relationships(self) -> tuple[RelationshipRecord, ...]:
        return self._relationships

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    @property
    def uncertain_links(self) -> tuple[UncertainLink, ...]:
        return self._uncertain

    @property
    def carried(self) -> dict[str, frozenset[str]]:
        return dict(self._carried)

    def carries(self, agency: str, column: str) -> bool:
        """Whether ``agency`` fills the optional event ``column`` on any of its entries."""
        return column in self._carried.get(agency, frozenset())

    # --- events --------------------------------------------------------------------------

    @property
    def events_all(self) -> tuple[Event, ...]:
        return self._events

    def events(
        self,
        *types: EventType,
        about: Person | None = None,
        agency: str | None = None,
        between: tuple[dt.date, dt.date] | None = None,
    ) -> list[Event]:
        """Entries of any of ``types`` (all if none), about ``about``, by ``agency``, whose
        date could fall within ``between`` (inclusive), in chronological order.

        ``about`` follows :meth:`subjects_of` (the ``subjects`` rule).
        """
        found: set[int] | None = None
        if types:
            found = {i for t in types for i in self._by_type.get(t, ())}
        for index in (
            self._about.get(about.id, []) if about is not None else None,
            self._by_agency.get(agency, []) if agency is not None else None,
        ):
            if index is not None:
                found = set(index) if found is None else found.intersection(index)
        chosen = range(len(self._events)) if found is None else sorted(found)
        out = [self._events[i] for i in chosen]
        if between is not None:
            start, end = between
            out = [e for e in out if e.date.earliest <= end and e.date.latest >= start]
        return out

    def _info(self, event: Event) -> _Resolved:
        return self._resolved.get(id(event)) or self._resolve(event)

    def _persons(self, ids: Iterable[str]) -> tuple[Person, ...]:
        return tuple(self._by_id[pid] for pid in ids)

    def subjects_of(self, event: Event) -> tuple[Person, ...]:
        """Who an entry is about: its ``subjects``; blank means every subject child its agency
        knows (else every subject child), but a personal entry (self-harm, injury, birth, ...)
        with blank subjects and listed ``people`` is about those people."""
        return self._persons(self._info(event).about)

    def people_of(self, event: Event) -> tuple[Person, ...]:
        return self._persons(self._info(event).people)

    def participants_of(self, event: Event) -> tuple[Person, ...]:
        return self._persons(self._info(event).participants)

    def mentioned_in(self, event: Event) -> tuple[Person, ...]:
        """Everyone an entry involves: who it is about, its people and its participants."""
        info = self._info(event)
        return self._persons(dict.fromkeys(info.about + info.people + info.participants))

    def is_about(self, event: Event, person: Person) -> bool:
        return person.id in self._info(event).about

    def first_mention(self, person: Person) -> Event | None:
        """The first entry (by ``known_from``, then date) listing the person in ``subjects``,
        ``people`` or ``participants``; None when none does."""
        if person.id not in self._first:
            found = (self._events[i] for i in self._mentions.get(person.id, ()))
            self._first[person.id] = min(found, key=_replay_order, default=None)
        return self._first[person.id]

    def first_known(self, person: Person) -> Event | None:
        """The entry the record first knows a person from: their first mention; for a person
        no entry mentions (people rows carry no dates), their agencies' earliest entry. None
        when neither exists, or in a replay view when only an entry not yet known mentions
        them (they are not known yet)."""
        mention = self.first_mention(person)
        if mention is not None or person.id in self._later:
            return mention
        found = (self._agency_first.get(code) for code in person.agencies)
        return min((e for e in found if e), key=_replay_order, default=None)

    def known_from(self, person: Person) -> dt.date | None:
        """When the record first knows of a person (the ``known_from`` of :meth:`first_known`);
        None when nothing dates them, or in a replay view when only a later entry mentions
        them (not known yet)."""
        entry = self.first_known(person)
        return entry.known_from if entry else None

    def present_from(self, person: Person) -> dt.date | None:
        """The earliest day of the first entry in the chronology that mentions a person, else
        of their agency's first entry (household rule 3); None when there is neither. In a
        replay view, a person only a later entry mentions is present from the day it becomes
        known, so on no day the view covers."""
        mentions = self._mentions.get(person.id)
        if mentions:  # indexes follow the chronology, so the first is the earliest
            return self._events[mentions[0]].date.earliest
        if person.id in self._later:
            return self._later[person.id]
        firsts = [self._by_agency[code][0] for code in person.agencies if code in self._by_agency]
        return self._events[min(firsts)].date.earliest if firsts else None

    # --- ages and family -------------------------------------------------------------------

    def age_on(self, person: Person, day: dt.date) -> AgeRange | None:
        """Age in completed months on ``day`` over every reading of every date of birth.

        >>> AgeRange(5, 17).max_years
        1
        """
        births = person.dates_of_birth
        if not births:
            return None
        youngest = min(completed_months(b.latest, day) for b in births)
        oldest = max(completed_months(b.earliest, day) for b in births)
        return AgeRange(youngest, oldest)

    def parents_of(self, child: Person) -> tuple[Person, ...]:
        """Parents and step-parents: ``parent``/``step_parent`` rows, else the roles of the
        records of agencies that hold the child as a subject."""
        return self._persons(self._family.parents(child.id))

    def partners_of(self, person: Person, day: dt.date | None = None) -> tuple[Person, ...]:
        """Partners on ``day`` (ever, when None): ``partner`` rows holding then, and
        "mother's partner"-type roles (undated, so on any day)."""
        return self._persons(self._family.partners(person.id, day))

    def sibling_relations(self, child: Person) -> tuple[tuple[Person, SiblingKind], ...]:
        """Each sibling with how they are siblings (bundle-format.md, relationships)."""
        found = self._family.siblings(child.id)
        return tuple((self._by_id[pid], kind) for pid, kind in sorted(found.items()))

    def siblings_of(self, child: Person) -> tuple[Person, ...]:
        return tuple(p for p, _ in self.sibling_relations(child))

    def household_on(self, child: Person, day: dt.date) -> frozenset[Person]:
        """Everyone any agency places in the child's home on ``day``, the child included
        (bundle-format.md "The household on a day D"; inclusion wins)."""
        key = (child.id, day)
        if key not in self._households:
            self._households[key] = frozenset(self._persons(self._family.household(*key)))
        return self._households[key]

    # --- replay ----------------------------------------------------------------------------

    def known_on(self, as_of: dt.date) -> Case:
        """What was knowable on ``as_of``: entries known by then, and later facts on visible
        records (an end date, a death, the end of a relationship) read as not yet known. A
        person some entry mentions is known from the first such entry, so not yet known when
        it is later (people rows carry no dates, and were written by the time they were).

        Views are kept (the checks of one run replay many of the same days), up to
        :data:`_KEPT_VIEWS` of them."""
        if as_of not in self._views:
            if len(self._views) >= _KEPT_VIEWS:
                self._views.clear()
            self._views[as_of] = self._view(as_of)
        return self._views[as_of]

    def _view(self, as_of: dt.date) -> Case:
        return Case(
            name=self.name,
            agencies=self._agencies.values(),
            people=replay.people_known(self._people, as_of),
            relationships=replay.relationships_known(self._relationships, as_of),
            events=replay.events_known(self._events, as_of),
            problems=self._problems,
            uncertain_links=self._uncertain,
            carried=self._carried,
            mentioned_later=replay.mentioned_later(self._people, self._mentioned_from, as_of),
            resolutions=self._resolutions,
        )

    def _mentioned_from(self, person: Person) -> dt.date | None:
        """The day the first entry mentioning a person becomes known (here or, in a view,
        in the full record); None when no entry mentions them."""
        mention = self.first_mention(person)
        return mention.known_from if mention else self._later.get(person.id)
