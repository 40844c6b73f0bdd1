"""One assessment or section 47 enquiry as one process, however many entries record it.

A coded entry of type ``assessment`` or ``section_47_enquiry`` is the whole process
(bundle-format.md "Event types": ``end_date`` = completed). An agency that leaves
``event_type`` blank writes the process across several entries ("Assessment started",
"visited, saw Ava alone", "assessment completed, outcome CIN"), and the reader infers the type
of each. A *process* groups them: the entries of one agency about one child with one type,
each dated within the type's statutory timescale of the first (``assessment_working_days``;
``section_47_working_days``), up to the entry that ends it.

An entry *ends* a process when it has an ``end_date``, records an outcome (a conference, a
plan, no further action, the case closed) or mentions a completion (``mentions_completion``).
The rules, in date order:

* a coded entry is a process on its own, ended as soon as it is known;
* an entry whose types were read from its text (``Event.types_from_text``: inferred, or since
  confirmed or corrected by a person, so that confirming a type never splits a process) joins
  the process before it while that is open and it falls within the timescale; a later entry
  of the same process that only records its completion ("assessment completed; case closed")
  joins it after its end too;
* such an entry with its own ``end_date`` that finds no open process is a process on its
  own; any other entry starts a new one (a gap: past the timescale).

A process is judged once: it shows what a learning point asks when any of its entries does.
It has *ended* on the day the record first showed its end (:meth:`Process.ended_on`), or,
still open, on the day after its timescale; open and within its timescale it is not yet due.
:func:`first_day_found` replays a finding to the first day a reviewer reading the record as
it stood would have raised it.

>>> # for process in processes(case, ctx, (EventType.ASSESSMENT,)):
>>> #     [e.ref for e in process.entries], process.ended_on(ctx.as_of)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from foresight.checks.context import CheckContext
from foresight.checks.predicates.core import agency_name, date_text, mentions, of_class
from foresight.checks.predicates.known_by import change_days, entry_days
from foresight.checks.predicates.plans import PLAN_KINDS, plans
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

_ONE_DAY = dt.timedelta(days=1)

# The types a process is grouped by, in the order an entry with several is placed: an entry
# read as both a section 47 enquiry and an assessment belongs to the enquiry.
STREAMS = (
    EventType.SECTION_47_ENQUIRY,
    EventType.ASSESSMENT,
    EventType.PRE_BIRTH_ASSESSMENT,
    EventType.EARLY_HELP_ASSESSMENT,
)
# Outcomes that end an assessment or enquiry (Working Together 2023: an assessment ends in a
# decision; a section 47 enquiry at its conference or its outcome).
ENDS = frozenset(
    {
        EventType.CHILD_PROTECTION_CONFERENCE,
        EventType.CHILD_PROTECTION_PLAN,
        EventType.CHILD_IN_NEED_PLAN,
        EventType.NO_FURTHER_ACTION,
        EventType.CASE_CLOSED,
    }
)


def timescale_setting(kind: EventType) -> str:
    """The setting that holds the working days a process of ``kind`` may last."""
    if kind is EventType.SECTION_47_ENQUIRY:
        return "section_47_working_days"
    return "assessment_working_days"


SETTINGS = ("assessment_working_days", "section_47_working_days", "mentions_completion")


@dataclass(frozen=True)
class Process:
    """The entries of one process about one child, in date order.

    ``kind`` is the type the entries share; ``closing`` the entry that ended it (``None``
    while open) and ``by_text`` whether it did so by an outcome or a mention of completion
    (not only by its ``end_date``); ``due`` the last day of the timescale for the latest
    reading of the first entry's date. ``whole`` marks an entry that records the whole process
    (a coded entry, a conference, a plan): it is judged as soon as it is known.
    """

    child: Person
    kind: EventType
    entries: tuple[Event, ...]
    closing: Event | None
    by_text: bool
    due: dt.date | None
    whole: bool

    @property
    def first(self) -> Event:
        return self.entries[0]

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(e.ref for e in self.entries)

    def ended_on(self, as_of: dt.date) -> dt.date | None:
        """The day the record first showed the process ended: for a whole-process entry the
        day it is known; else the day its ending entry, and every entry before it, was known
        (for an end shown only by an ``end_date``, not before that date); still open, the day
        after its timescale once that has passed by ``as_of``; otherwise ``None`` (not due)."""
        if self.whole:
            return self.first.known_from
        if self.closing is None:
            if self.due is None or as_of <= self.due:
                return None
            return max(self.due + _ONE_DAY, *(e.known_from for e in self.entries))
        upto = self.entries[: self.entries.index(self.closing) + 1]
        day = max(e.known_from for e in upto)
        end = self.closing.end_date
        if not self.by_text and end is not None:
            day = max(day, end.earliest)
        return day

    def span_end(self) -> UncertainDate:
        """The last day the process covers: its ending entry's ``end_date`` or date, or the
        last entry's date while open."""
        last = self.closing or self.entries[-1]
        return last.end_date or last.date


def single(event: Event, child: Person, kind: EventType) -> Process:
    """One entry that is a whole process (a conference, a plan, a coded assessment)."""
    return Process(child, kind, (event,), event, False, None, True)


def ends(event: Event, stems: Sequence[str]) -> tuple[bool, bool]:
    """(the entry ends a process, it does so by an outcome or a mention of completion)."""
    by_text = of_class(event, ENDS) or mentions(event, stems)
    return by_text or event.end_date is not None, by_text


def stream_of(event: Event, kinds: Iterable[EventType]) -> EventType | None:
    """The type the entry is grouped by among ``kinds``, or ``None``."""
    wanted = set(kinds)
    return next((k for k in STREAMS if k in wanted and event.has(k)), None)


def processes(case: Case, ctx: CheckContext, kinds: Iterable[EventType]) -> list[Process]:
    """Every process of ``kinds`` in the case, per child, in the order of their first entries
    (and of the children within an entry)."""
    kinds = tuple(kinds)
    stems = ctx.settings.words("mentions_completion")
    latest: dict[tuple[str, EventType, str], int] = {}
    found: list[Process] = []
    for event in case.events(*kinds):
        kind = stream_of(event, kinds)
        if kind is None:
            continue
        ending, by_text = ends(event, stems)
        for child in case.subjects_of(event):
            key = (child.id, kind, event.agency)
            at = latest.get(key)
            if at is not None and _joins(found[at], event, ending):
                found[at] = _add(found[at], event, ending, by_text)
                continue
            latest[key] = len(found)
            found.append(_start(ctx, event, child, kind, ending, by_text))
    return found


def _start(
    ctx: CheckContext, event: Event, child: Person, kind: EventType, ending: bool, by_text: bool
) -> Process:
    days = ctx.settings.integer(timescale_setting(kind))
    due = ctx.deadline_working(event.date.latest, days)
    if not event.types_from_text:  # an entry the agency coded is the whole process
        return Process(child, kind, (event,), event, True, due, True)
    return Process(child, kind, (event,), event if ending else None, by_text, due, False)


def _joins(process: Process, event: Event, ending: bool) -> bool:
    """The entry read from text belongs to the process: within its timescale, and the process still
    open, or the entry only recording its completion (no ``end_date`` of its own)."""
    if not event.types_from_text or process.due is None or event.date.earliest > process.due:
        return False
    return process.closing is None or (ending and event.end_date is None)


def _add(process: Process, event: Event, ending: bool, by_text: bool) -> Process:
    entries = (*process.entries, event)
    if process.closing is None and ending:
        return dataclasses.replace(process, entries=entries, closing=event, by_text=by_text)
    return dataclasses.replace(process, entries=entries)


def process_of(
    case: Case, ctx: CheckContext, kinds: Iterable[EventType], process: Process
) -> Process | None:
    """The process in ``case`` (a replay view, say) that holds ``process``'s first entry for
    the same child, or ``None`` when that entry or child is not in it. A conference or plan
    (a kind not among the :data:`STREAMS`) is its entry on its own."""
    child_id, ref = process.child.id, process.first.ref
    if process.kind not in STREAMS:
        for entry in case.events(process.kind):
            children = [p for p in case.subjects_of(entry) if p.id == child_id]
            if entry.ref == ref and children:
                return single(entry, children[0], process.kind)
        return None
    for other in processes(case, ctx, kinds):
        if other.child.id == child_id and ref in other.refs:
            return other
    return None


def triggers(
    case: Case, ctx: CheckContext, kinds: Iterable[EventType], others: Sequence[EventType]
) -> list[Process]:
    """The processes of ``kinds``, and each entry of ``others`` (a conference, a plan's
    start) not among them as a process on its own, in the order of their first entries. A
    plan entry that continues a plan (:mod:`~foresight.checks.predicates.plans`) is none."""
    kinds = tuple(kinds)
    found = processes(case, ctx, kinds)
    starts = {(p.start.ref, p.child.id) for p in plans(case, others)}
    for event in case.events(*others):
        if stream_of(event, kinds) is None:
            kind = next(k for k in others if event.has(k))
            found.extend(
                single(event, child, kind)
                for child in case.subjects_of(event)
                if kind not in PLAN_KINDS or (event.ref, child.id) in starts
            )
    order = {e.ref: i for i, e in enumerate(case.events())}
    return sorted(found, key=lambda p: order[p.first.ref])


def process_days(case: Case, process: Process) -> set[dt.date]:
    """Days on which what the record shows of the process can change: each entry of its
    agency and type about the child becoming known, or reaching its end date."""
    days: set[dt.date] = set()
    for event in case.events(process.kind, about=process.child, agency=process.first.agency):
        days.add(event.known_from)
        if event.end_date is not None:
            days.add(event.end_date.earliest)
    return days


def first_day_found(
    case: Case,
    ctx: CheckContext,
    found: Finding,
    judge: Callable[[Case, CheckContext], Finding | None],
    days: Iterable[dt.date],
    views: dict[dt.date, Case],
    since: dt.date,
) -> Finding:
    """The finding dated on what was known each day: between the days on which what ``judge``
    reads can change (``days``, from ``since`` up to the review date), the view is the same,
    so judge each span as of its last day, earliest first; the first span with a finding
    gives its first date. ``views`` caches replay views by day across calls."""
    changes = sorted({since, *(d for d in days if since < d <= ctx.as_of)})
    if len(changes) == 1:
        return found
    for start, end in zip(changes, [*changes[1:], ctx.as_of + _ONE_DAY], strict=False):
        then = dataclasses.replace(ctx, as_of=end - _ONE_DAY)
        if then.as_of not in views:
            views[then.as_of] = case.known_on(then.as_of)
        outcome = judge(views[then.as_of], then)
        if outcome is not None:
            return dataclasses.replace(found, first_date=max(outcome.first_date, start))
    return found


def first_raised_for_child(
    case: Case,
    ctx: CheckContext,
    child: Person,
    found: Finding,
    views: dict[dt.date, Case],
    late: Iterable[Event],
    outcomes: Callable[[Case, CheckContext, Person], Iterable[Outcome]],
    read: Iterable[Event] | None = None,
) -> Finding:
    """The finding's first day on what was known each day, when an entry about the child
    (one of ``late``) recorded after the finding's lead entry was known can join the run it
    rests on: the full record then dates the finding after the day entries known earlier first
    raised it (the same finding: the same child, citing the same entry first). ``outcomes``
    judges the child on a view (FS-PR2, FS-NAT6, FS-NAT3); ``read``, where given, is every
    entry they read, so that only the days those change are replayed."""
    lead = [e.known_from for e in case.events() if e.ref == found.evidence[0]]
    since = min([found.first_date, *lead])
    # Only an entry recorded after its date, or one that joins another entry's happening (a
    # referral that relates to it), can count in the full record before a reviewer could
    # know it; one recorded on its date on its own is known as soon as it counts.
    joins_early = (
        e
        for e in late
        if e.known_from > since and (e.known_from > e.date.latest or e.relates_to is not None)
    )
    if since == found.first_date or not any(joins_early):
        return found

    def judge(view: Case, then: CheckContext) -> Finding | None:
        try:
            person = view.person(child.id)
        except KeyError:
            return None
        for o in outcomes(view, then, person):
            if isinstance(o, Finding) and o.evidence[:1] == found.evidence[:1]:
                return o
        return None

    days = change_days(case, since) if read is None else entry_days(read, since)
    return first_day_found(case, ctx, found, judge, days, views, since)


def process_name(case: Case, process: Process) -> str:
    """``the HV entry HV:E1 of 3 March 2012`` for one entry; for several, ``the Northmoor
    Children's Social Care entries CSC:E1, CSC:E2 of 3 March 2012 to 9 March 2012``."""
    first, last = process.first, process.entries[-1]
    name = agency_name(case, first.agency)
    if len(process.entries) == 1:
        return f"the {name} entry {first.ref} of {date_text(first.date)}"
    refs = ", ".join(process.refs)
    return f"the {name} entries {refs} of {date_text(first.date)} to {date_text(last.date)}"


def kind_text(kind: EventType) -> str:
    """``section 47 enquiry``, ``early help assessment``."""
    return str(kind).replace("_", " ")
