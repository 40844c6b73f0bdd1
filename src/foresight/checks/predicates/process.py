"""Shapes of challenge, process and information sharing: what an entry answers, disagreement
chains and their closure, and the host authority of a placement.

``Event.relates_to`` is always ``AGENCY:event_id`` once read, so an entry answers another when
its ``relates_to`` is that entry's ``ref``. A *disagreement chain* is a
``professional_disagreement`` and the ``escalation`` entries that relate to it or to an
escalation already in the chain (learning-points.md SCR1).

>>> # chain = disagreement_chain(case, raised)
>>> # [(s.number, s.entry.ref) for s in chain.stages], chain.closure, chain.closed_undated
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from foresight.bundle.agencies import infer_kind
from foresight.checks.predicates.core import ASSESSMENT, CONCERN, Stop, mentions_stems
from foresight.checks.predicates.counting import Happening, add_months
from foresight.checks.predicates.plans import plans
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Agency, Event
from foresight.model.vocab import AgencyKind, EventType, Status

CLOSED = frozenset({Status.RESOLVED, Status.WITHDRAWN})


def answers_to(case: Case, event: Event, *kinds: EventType) -> list[Event]:
    """Entries of ``kinds`` (any, if none) whose ``relates_to`` is ``event``, in date order."""
    return [e for e in case.events(*kinds) if e.relates_to == event.ref and e is not event]


def between(event: Event) -> frozenset[str]:
    """The agencies an entry passes between: its own and its ``to_agency``."""
    return frozenset({event.agency, *event.to_agency})


def sent_to(case: Case, kinds: Iterable[EventType], sender: str, receiver: str) -> list[Event]:
    """Entries of ``kinds`` recorded by ``sender`` with ``receiver`` among their ``to_agency``."""
    return [e for e in case.events(*kinds, agency=sender) if receiver in e.to_agency]


def answered_by(case: Case, request: Event, kinds: Iterable[EventType]) -> list[Event]:
    """The answers to a request: entries of ``kinds`` relating to it; where none relates to it,
    those from an asked agency (its ``to_agency``) to the asking one, from its date on.

    >>> # answered_by(case, request, (EventType.INFORMATION_SHARED,))
    """
    kinds = tuple(kinds)
    related = answers_to(case, request, *kinds)
    if related:
        return related
    found = [e for asked in request.to_agency for e in sent_to(case, kinds, asked, request.agency)]
    start = request.date.earliest
    return sorted((e for e in found if e.date.latest >= start), key=lambda e: e.date.earliest)


# --- disagreements ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Stage:
    """One stage of a disagreement: its number and the entry that raised it to that stage."""

    number: int
    entry: Event


@dataclass(frozen=True)
class Chain:
    """A disagreement: its stages in order, the dated entry that closed it (if any), and
    whether a ``status`` says it closed with no dated closure."""

    raised: Event
    stages: tuple[Stage, ...]
    closure: Event | None
    closed_undated: bool


def disagreement_chain(case: Case, raised: Event) -> Chain:
    """The stages, in date order, of a ``professional_disagreement``: a blank ``stage`` reads
    as stage 1 for the disagreement and as the next stage for an escalation."""
    entries = [raised]
    escalations = case.events(EventType.ESCALATION)
    grew = True
    while grew:  # an escalation may relate to one dated after it: repeat until nothing joins
        refs = {e.ref for e in entries}
        joining = [e for e in escalations if e.relates_to in refs and e not in entries]
        entries.extend(joining)
        grew = bool(joining)
    entries.sort(key=lambda e: (e.date.earliest, e.ref))
    stages: list[Stage] = []
    for entry in entries:
        last = stages[-1].number if stages else 0
        stages.append(Stage(entry.stage or last + 1, entry))
    closure = _closure(case, raised, entries)
    undated = closure is None and any(e.status in CLOSED for e in entries)
    return Chain(raised, tuple(stages), closure, undated)


def _closure(case: Case, raised: Event, entries: list[Event]) -> Event | None:
    """The ``disagreement_resolved`` relating to the chain, else the next one about the same
    child between the same agencies that relates to nothing."""
    refs = {e.ref for e in entries}
    resolutions = case.events(EventType.DISAGREEMENT_RESOLVED)
    related = [r for r in resolutions if r.relates_to in refs]
    if related:
        return related[0]
    children = set(case.subjects_of(raised))
    return next(
        (
            r
            for r in resolutions
            if r.relates_to is None
            and r.date.earliest >= raised.date.earliest
            and between(r) <= between(raised)
            and set(case.subjects_of(r)) & children
        ),
        None,
    )


def raised_by(case: Case, agency: str, child: Person) -> list[Event]:
    """Professional disagreements (and escalations) an agency raised about the child."""
    kinds = (EventType.PROFESSIONAL_DISAGREEMENT, EventType.ESCALATION)
    return case.events(*kinds, about=child, agency=agency)


# --- placements --------------------------------------------------------------------------


def names_authority(name: str, authority: str) -> bool:
    """A name that names the authority (``"Westshire Children's Services"``, ``"Westshire"``)."""
    return mentions_stems(name, (authority,)) if authority.strip() else False


def is_host_csc(case: Case, code: str, authority: str) -> bool:
    """An agency code for the children's social care of ``authority``: a bundle agency of kind
    children_social_care whose ``local_authority`` is it or whose name names it, or, for a code
    the bundle never names, a code that reads as such."""
    agency: Agency | None = next((a for a in case.agencies if a.code == code), None)
    if agency is None:
        return infer_kind(code) is AgencyKind.CHILDREN_SOCIAL_CARE and names_authority(
            code, authority
        )
    if agency.kind is not AgencyKind.CHILDREN_SOCIAL_CARE:
        return False
    local = (agency.local_authority or "").strip().casefold()
    return local == authority.strip().casefold() or names_authority(agency.name, authority)


def open_on(event: Event, day: dt.date) -> bool:
    """A lasting entry (a plan, a placement) that started before ``day`` and had not ended
    the day before it, on the latest reading of its start."""
    end: UncertainDate | None = event.end_date
    return event.date.latest < day and (end is None or end.latest >= day - dt.timedelta(days=1))


# --- restarts --------------------------------------------------------------------------------


def restarts(happenings: Sequence[Happening], stops: Sequence[Stop]) -> dict[Happening, Stop]:
    """Each happening (a plan's start, a referral) that came after a decision to stop made
    since the one before it, with the latest such decision (learning-points.md SCR9).

    >>> restarts([], [])
    {}
    """
    found: dict[Happening, Stop] = {}
    since = dt.date.min
    for happening in happenings:
        start = happening.date.earliest
        stop = next((s for s in reversed(stops) if since <= s.date.earliest < start), None)
        if stop is not None:
            found[happening] = stop
        since = start
    return found


# --- who was known to safeguarding on a day ---------------------------------------------------


def open_work(
    case: Case, child: Person, date: UncertainDate, months: int
) -> tuple[list[Event], list[Event]]:
    """A *plan* open, an *assessment* in progress or a *concern* in the ``months`` before
    ``date``: (entries that show it for every reading of the dates, for some readings only).
    An entry with no ``end_date`` is still open (learning-points.md AUD4); a plan is read as
    :func:`~foresight.checks.predicates.plans.plans` groups it, open to the end its entries
    record, and shown by each of its entries up to ``date`` (one known before its first entry
    shows it too)."""
    sure: list[Event] = []
    maybe: list[Event] = []
    for plan in plans(case):
        if plan.child.id != child.id:
            continue
        whole = plan.as_entry()
        if _open(whole, date, every=True):
            sure.extend(e for e in plan.entries if _shows(e, date))
        elif _open(whole, date, every=False):
            maybe.append(whole)
    for event in case.events(*ASSESSMENT, about=child):
        if _open(event, date, every=True):
            sure.append(event)
        elif _open(event, date, every=False):
            maybe.append(event)
    order = {e.ref: i for i, e in enumerate(case.events())}
    sure = sorted(dict.fromkeys(sure), key=lambda e: order[e.ref])
    maybe = sorted(dict.fromkeys(maybe), key=lambda e: order[e.ref])
    for event in case.events(*CONCERN, about=child):
        start = add_months(date.latest, -months), add_months(date.earliest, -months)
        if start[0] <= event.date.earliest and event.date.latest <= date.earliest:
            sure.append(event)
        elif start[1] <= event.date.latest and event.date.earliest <= date.latest:
            maybe.append(event)
    return sure, maybe


def _open(event: Event, date: UncertainDate, *, every: bool) -> bool:
    """A lasting entry open on ``date``: for every reading of the dates, or for some."""
    end = event.end_date
    if every:
        return event.date.latest <= date.earliest and (end is None or end.earliest >= date.latest)
    return event.date.earliest <= date.latest and (end is None or end.latest >= date.earliest)


def _shows(event: Event, date: UncertainDate) -> bool:
    """An entry of an open plan, surely on or before ``date``, that shows the plan on its own
    (a conference read from the text as a plan starts none)."""
    conference = event.types_from_text and event.has(EventType.CHILD_PROTECTION_CONFERENCE)
    return event.date.latest <= date.earliest and not conference
