"""One plan as one plan, however many entries record it: only its first entry is its start.

A coded entry of type ``child_protection_plan``, ``child_in_need_plan`` or ``looked_after``
records a plan: its ``date`` the start, its ``end_date`` the end (bundle-format.md "Event
types"). An agency that leaves ``event_type`` blank writes a plan's life across entries
("child in need plan agreed", "CIN review: continue plan", "first core group", "plan ended,
stepped down"), and the reader reads each as a plan. A *plan* groups them, as
:mod:`~foresight.checks.predicates.episodes` groups an assessment: the entries of one agency
about one child with one plan type. The rules, in date order:

* a coded entry starts a plan of its own (as every coded entry always has);
* an entry whose types were read from its text (``Event.types_from_text``) joins the latest
  plan of its agency, child and type while that is open: on or before the end date the plan
  records, whatever the gap; with none, until an entry records its end, and no more than
  :data:`REVIEW_MONTHS` after the plan's last entry (a longer silence is a new plan). An
  entry that records the end joins the plan after its end too, within those months;
* any other entry starts a new plan, except a child protection conference read as a plan:
  that records the decision to make one (a check judges it as the conference), and the plan
  starts at its own entry ("Child protection plan starts") or its first core group.

An entry records a plan's end when it has an ``end_date``, is no further action or the case
closed, or mentions an end (:data:`END_STEMS`: "Child in need plan ended: goals met"). The
first entry of a plan records its start, so only its own ``end_date`` ends it ("CP plan
ended; stepped down to a CIN plan" starts the CIN plan).

A check that asks for something at the start of a plan judges its first entry
(:func:`plan_starts`: FS-SCR3 and FS-SCR4 through ``episodes.triggers``, FS-SCR9, FS-SCR10);
the later entries are the plan's reviews and continuation. A check that reads a plan as one
entry from its start to its end uses :meth:`Plan.as_entry` (FS-NAT5, FS-NAT3, FS-PR4), and so
do the plans open on a day (``involvement.plans_open_on``, ``process.open_work``) and the
end of a plan as a decision to stop (:func:`decisions_to_stop`): an entry that reviews a plan
is no plan of its own still open, and one that records its end is its end, not a new plan.

>>> # [(p.kind, [e.ref for e in p.entries], p.end) for p in plans(case)]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass

from foresight.checks.context import CheckContext
from foresight.checks.predicates.core import STOP, Stop, mentions, of_class
from foresight.checks.predicates.counting import add_months
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

# The plan types, in the order an entry read as several is listed.
PLAN_KINDS = (
    EventType.CHILD_PROTECTION_PLAN,
    EventType.CHILD_IN_NEED_PLAN,
    EventType.LOOKED_AFTER,
)
# The longest time between two entries of one plan: Working Together 2023 asks for child
# protection review conferences no more than six months apart, and a looked-after child's
# reviews are at most six months apart (the Care Planning Regulations 2010); child in need
# plans have no statutory interval and are reviewed more often in local practice.
REVIEW_MONTHS = 6
# Words that record a plan's end ("plan ended", "stepped down", "closed to CSC").
END_STEMS = ("ended", "ceased", "stepped down", "closed")


@dataclass(frozen=True)
class Plan:
    """The entries of one plan about one child, in date order; ``closing`` is the entry that
    recorded its end (``None`` while it has none)."""

    child: Person
    kind: EventType
    entries: tuple[Event, ...]
    closing: Event | None

    @property
    def start(self) -> Event:
        return self.entries[0]

    @property
    def end(self) -> UncertainDate | None:
        """The end date recorded, else the date of the entry that recorded the end."""
        if self.closing is None:
            return None
        return self.closing.end_date or self.closing.date

    def as_entry(self) -> Event:
        """The plan as one entry: its start, with the plan's end as its ``end_date``."""
        if self.end == self.start.end_date:
            return self.start
        return dataclasses.replace(self.start, end_date=self.end)


def records_end(event: Event) -> bool:
    return event.end_date is not None or of_class(event, STOP) or mentions(event, END_STEMS)


def plans(case: Case, kinds: Iterable[EventType] = PLAN_KINDS) -> list[Plan]:
    """Every plan of ``kinds`` in the case, per child, in the order of their first entries."""
    kinds = tuple(k for k in PLAN_KINDS if k in set(kinds))
    if not kinds:
        return []
    latest: dict[tuple[str, EventType, str], int] = {}
    found: list[Plan] = []
    for event in case.events(*kinds):
        ending = records_end(event)
        for kind in (k for k in kinds if event.has(k)):
            for child in case.subjects_of(event):
                key = (child.id, kind, event.agency)
                at = latest.get(key)
                if at is not None and _joins(found[at], event, ending):
                    found[at] = _add(found[at], event, ending)
                    continue
                if event.types_from_text and event.has(EventType.CHILD_PROTECTION_CONFERENCE):
                    continue  # a conference read as a plan made it: the plan starts later
                latest[key] = len(found)
                found.append(Plan(child, kind, (event,), event if event.end_date else None))
    return found


def plan_starts(
    case: Case, kinds: Iterable[EventType] = PLAN_KINDS, about: Person | None = None
) -> list[Event]:
    """The entries that start a plan (about the child, if given), in date order."""
    found = [p.start for p in plans(case, kinds) if about is None or p.child.id == about.id]
    order = {e.ref: i for i, e in enumerate(case.events())}
    return sorted(dict.fromkeys(found), key=lambda e: order[e.ref])


def plan_entries(case: Case, about: Person, kinds: Iterable[EventType] = PLAN_KINDS) -> list[Event]:
    """Each plan about the child as one entry (:meth:`Plan.as_entry`), in date order, once."""
    found = [p.as_entry() for p in plans(case, kinds) if p.child.id == about.id]
    order = {e.ref: i for i, e in enumerate(case.events())}
    return sorted(dict.fromkeys(found), key=lambda e: order[e.ref])


def decisions_to_stop(case: Case, child: Person, ctx: CheckContext) -> list[Stop]:
    """``no_further_action``, ``case_closed``, or the end of a plan when no other plan for the
    child is open then or starts within ``plan_step_working_days`` (a step up or down is not
    a decision to stop), in date order.

    A plan is read as :func:`plans` groups it: its end is the one its entries record, and the
    decision is the entry that records it (for a coded plan, its own entry and ``end_date``).
    """
    stops = [Stop(e, e.date) for e in case.events(*STOP, about=child)]
    found = [p for p in plans(case) if p.child.id == child.id]
    step_days = ctx.settings.integer("plan_step_working_days")
    for plan in found:
        end = plan.end
        if end is None or plan.closing is None:
            continue
        step = ctx.deadline_working(end.latest, step_days)
        if any(
            other.start is not plan.start  # one entry of several plan types is one plan
            and other.start.date.earliest <= step
            and (other.end is None or other.end.latest >= end.earliest)
            for other in found
        ):
            continue
        stop = Stop(plan.closing, end)
        # An entry that ends a plan and closes the case is one decision, not two.
        if plan.closing is plan.start or stop not in stops:
            stops.append(stop)
    return sorted(stops, key=lambda s: (s.date.earliest, s.event.ref))


def _joins(plan: Plan, event: Event, ending: bool) -> bool:
    """The entry read from text continues the plan (see the module's rules)."""
    if not event.types_from_text:
        return False
    day, end = event.date.earliest, plan.end
    recorded = plan.closing is not None and plan.closing.end_date is not None
    if recorded and end is not None and day <= end.latest:
        return True
    last = end or plan.entries[-1].date
    if day > add_months(last.latest, REVIEW_MONTHS):
        return False
    return plan.closing is None or (ending and event.end_date is None)


def _add(plan: Plan, event: Event, ending: bool) -> Plan:
    entries = (*plan.entries, event)
    if plan.closing is None and ending:
        return dataclasses.replace(plan, entries=entries, closing=event)
    return dataclasses.replace(plan, entries=entries)
