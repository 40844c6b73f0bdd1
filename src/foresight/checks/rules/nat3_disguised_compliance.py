"""FS-NAT3: adults may set out to deceive professionals (learning point NAT3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import SEEN, count, entry_name, mentions, of_class, who
from foresight.checks.predicates.counting import (
    Happening,
    distinct_happenings,
    with_evidence,
    within_months,
)
from foresight.checks.predicates.episodes import first_raised_for_child
from foresight.checks.predicates.plans import plan_entries
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

MISSED = (EventType.WAS_NOT_BROUGHT, EventType.CANCELLED_APPOINTMENT)
# The other entries a pattern is made of: no-access visits, and the plan a missed appointment
# fell in.
PATTERNED = (EventType.NO_ACCESS_VISIT, EventType.CHILD_PROTECTION_PLAN)
RESPONSES = (
    EventType.MULTI_AGENCY_MEETING,
    EventType.STRATEGY_DISCUSSION,
    EventType.CHILD_PROTECTION_CONFERENCE,
    EventType.SUPERVISION,
)


@dataclass(frozen=True)
class Pattern:
    """One pattern: what it is, the entry that completed it, every entry in it, and whether
    it holds for every reading of the dates."""

    about: str
    trigger: Event
    known: tuple[Event, ...]
    evidence: tuple[str, ...]
    sure: bool = True


@REGISTRY.register(
    code="FS-NAT3",
    learning_points=("NAT3",),
    title="A pattern of disguised compliance not discussed",
    settings=(
        "missed_appointments_count",
        "missed_appointments_months",
        "no_access_visits_count",
        "disguised_compliance_working_days",
        "mentions_pattern",
    ),
)
def disguised_compliance_discussed(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A pattern of disguised compliance not discussed.

    Why it matters: national reviews found parents who missed appointments, cancelled visits
    and kept doors shut while seeming to cooperate, and professionals who took each missed
    contact on its own.

    What triggers it: three or more appointments the child was not brought to or that were
    cancelled within 12 months; one the child was not brought to while on a child protection
    plan; or two no-access visits with no visit between where the child was seen.

    What the record should show: within 20 working days, a multi-agency meeting, strategy
    discussion, child protection conference or supervision about the child that mentions the
    pattern (missed appointments, no access, disguised compliance, history and similar words).

    What it cannot know: appointments or visits no agency recorded, or a discussion of the
    pattern that was not written down.
    """
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for child in case.subject_children:
        # An entry recorded late can join a pattern a reviewer saw earlier without it.
        late = case.events(*MISSED, *PATTERNED, about=child)
        read = [e for e in case.events(about=child) if _read(e)]
        for outcome in _child(case, ctx, child):
            if isinstance(outcome, Finding):
                outcome = first_raised_for_child(
                    case, ctx, child, outcome, views, late, _child, read
                )
            yield outcome


def _read(event: Event) -> bool:
    """The entry is one a pattern or its response is read from."""
    return event.child_seen in SEEN or of_class(event, (*MISSED, *PATTERNED, *RESPONSES))


def _child(case: Case, ctx: CheckContext, child: Person) -> Iterator[Outcome]:
    """Each pattern about one child, judged."""
    days = ctx.settings.integer("disguised_compliance_working_days")
    stems = ctx.settings.words("mentions_pattern")
    responses = [e for e in case.events(*RESPONSES, about=child) if mentions(e, stems)]
    for pattern in (
        *_missed(case, ctx, child),
        *_on_plan(case, child),
        *_no_access(case, ctx, child),
    ):
        if not pattern.sure:
            yield ctx.not_evaluated(child.id, f"{pattern.about}: {TOO_UNCERTAIN}.")
            continue
        outcome = ctx.judge(
            child.id,
            pattern.trigger,
            ctx.within_working_days(pattern.trigger.date, days),
            expectations({"meeting, discussion or supervision naming the pattern": responses}),
            about=pattern.about,
            expected="a multi-agency meeting, strategy discussion, child protection conference"
            f" or supervision about {who(child)} that mentions the pattern, within"
            f" {count(days, 'working day')}",
            also_known=pattern.known,
        )
        yield with_evidence(outcome, pattern.evidence)


def _missed(case: Case, ctx: CheckContext, child: Person) -> Iterator[Pattern]:
    n = ctx.settings.integer("missed_appointments_count")
    months = ctx.settings.integer("missed_appointments_months")
    missed = distinct_happenings(case, case.events(*MISSED, about=child))
    for run in within_months(missed, n, months):
        yield Pattern(
            f"{run.describe('missed appointment', who(child), months)}, the last counted in"
            f" {entry_name(case, run.last.first)}",
            run.last.first,
            run.known_entries,
            run.evidence,
            run.sure,
        )


def _on_plan(case: Case, child: Person) -> Iterator[Pattern]:
    plans = plan_entries(case, child, (EventType.CHILD_PROTECTION_PLAN,))  # start to end
    for missed in case.events(EventType.WAS_NOT_BROUGHT, about=child):
        day = missed.date
        surely = [
            p
            for p in plans
            if p.date.latest <= day.earliest
            and (p.end_date is None or p.end_date.earliest >= day.latest)
        ]
        maybe = [
            p
            for p in plans
            if p.date.earliest <= day.latest
            and (p.end_date is None or p.end_date.latest >= day.earliest)
        ]
        plan = next(iter(surely or maybe), None)
        if plan is not None:
            yield Pattern(
                f"{who(child)} was not brought to an appointment ({entry_name(case, missed)})"
                f" while on a child protection plan ({plan.ref})",
                missed,
                (plan,),
                (missed.ref, plan.ref),
                bool(surely),
            )


def _no_access(case: Case, ctx: CheckContext, child: Person) -> Iterator[Pattern]:
    """Runs of no-access visits with no visit between where the child was seen; a chain that
    goes on is one pattern, raised when it first reaches the count."""
    n = ctx.settings.integer("no_access_visits_count")
    visits = distinct_happenings(case, case.events(EventType.NO_ACCESS_VISIT, about=child))
    seen = [e for e in case.events(about=child) if e.child_seen in SEEN]
    going_on = False
    for end in range(n - 1, len(visits)):
        chosen = visits[end - n + 1 : end + 1]
        maybe = [e for e in seen if _could_be_between(chosen, e)]
        surely = [e for e in maybe if chosen[0].date.latest < e.date.earliest]
        surely = [e for e in surely if e.date.latest < chosen[-1].date.earliest]
        if not surely and not going_on:
            refs = tuple(ref for h in chosen for ref in h.refs)
            yield Pattern(
                f"{count(n, 'no-access visit')} for {who(child)} ({', '.join(refs)}) with no"
                f" visit between where the child was seen, the last in"
                f" {entry_name(case, chosen[-1].first)}",
                chosen[-1].first,
                tuple(h.earliest_known for h in chosen),
                refs,
                not maybe,
            )
        going_on = not surely


def _could_be_between(chosen: Sequence[Happening], event: Event) -> bool:
    own = {ref for h in chosen for ref in h.refs}
    return (
        event.ref not in own
        and event.date.latest > chosen[0].date.earliest
        and event.date.earliest < chosen[-1].date.latest
    )
