"""FS-SCR4: the safety of all siblings must be assessed (learning point SCR4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext, Window, expectations
from foresight.checks.predicates import (
    ASSESSMENT,
    PLAN,
    considerations_of,
    count,
    is_child_on,
    of_class,
    siblings_in_household,
    unborn,
    who,
)
from foresight.checks.predicates.episodes import SETTINGS as PROCESS_SETTINGS
from foresight.checks.predicates.episodes import (
    Process,
    process_name,
    process_of,
    triggers,
)
from foresight.checks.predicates.known_by import first_day_holding
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.vocab import EventType

TRIGGERS = ASSESSMENT | {EventType.CHILD_PROTECTION_CONFERENCE}


@REGISTRY.register(
    code="FS-SCR4",
    learning_points=("SCR4",),
    title="A sibling in the household not considered",
    settings=("child_age_years", "sibling_consideration_working_days", *PROCESS_SETTINGS),
)
def siblings_considered(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A sibling in the household not considered.

    Why it matters: a review found one child's needs assessed again and again while a brother
    or sister in the same home, facing the same risks, was never considered.

    What triggers it: an assessment (judged once however many entries record it: entries
    whose type is read from their text are one process while within 45 working days of the
    first, 15 for a section 47 enquiry, up to the entry that completes it), a child
    protection conference or the start of a plan for one child.

    What the record should show: each brother or sister under 18 in the same household that
    day considered (named in an assessment, strategy discussion, conference, multi-agency
    meeting, or seen on a children's social care home visit) within 20 working days either side
    of it (of the assessment's whole span; of a plan's start).

    What it cannot know: siblings no agency recorded, or a consideration written into an entry
    without naming the sibling.
    """
    views: dict[dt.date, Case] = {}
    for process in _triggers(case, ctx):
        child = process.child
        sure, unsure = siblings_in_household(case, child, process.first.date)
        for sibling in sure + unsure:
            for outcome in _sibling(case, ctx, process, sibling, sibling in unsure):
                if isinstance(outcome, Finding):
                    outcome = _earliest(case, ctx, process, sibling, outcome, views)
                yield outcome


def _triggers(case: Case, ctx: CheckContext) -> list[Process]:
    """Each assessment or enquiry, conference and plan start, for each child."""
    return triggers(case, ctx, ASSESSMENT, (EventType.CHILD_PROTECTION_CONFERENCE, *PLAN))


def _window(ctx: CheckContext, process: Process) -> Window:
    """Either side of the process: of a plan's start only; of an assessment or conference
    from its start to its end, or to its timescale's end while it is still open."""
    days = ctx.settings.integer("sibling_consideration_working_days")
    first = process.first
    if not of_class(first, TRIGGERS):
        return ctx.either_side_working(first.date, days)
    if process.closing is None and process.due is not None:
        return ctx.either_side_working(first.date, days, UncertainDate.exact(process.due))
    return ctx.either_side_working(first.date, days, process.span_end())


def _sibling(
    case: Case, ctx: CheckContext, process: Process, sibling: Person, unsure: bool
) -> Iterator[Outcome]:
    """One sibling of the child the process is about: considered in the window or not."""
    event, child = process.first, process.child
    young = is_child_on(case, sibling, event.date, ctx)
    if unborn(sibling) or young is False:
        return
    # A finding belongs to a subject child: the sibling's, when the entry is about a brother
    # or sister the bundle does not hold as a subject.
    subject = child if child.is_subject or not sibling.is_subject else sibling
    about = f"{who(sibling)}, sibling of {who(child)}, around {process_name(case, process)}"
    if young is None or unsure:
        yield ctx.not_evaluated(
            subject.id,
            f"{about}: the record cannot tell whether they were a child in the household then.",
        )
        return
    window = _window(ctx, process)
    found = considerations_of(case, sibling, window)
    days = ctx.settings.integer("sibling_consideration_working_days")
    yield ctx.judge(
        subject.id,
        event,
        window,
        expectations({f"consideration of {who(sibling)}": found}),
        about=about,
        expected=f"{who(sibling)} considered within {count(days, 'working day')} either side",
        also_known=process.entries[1:],
    )


def _earliest(
    case: Case,
    ctx: CheckContext,
    process: Process,
    sibling: Person,
    finding: Finding,
    views: dict[dt.date, Case],
) -> Finding:
    """A finding dated no earlier than the day the record first showed the sibling a child in
    the household then, and the process's first entry: an entry recorded late (a move, a
    mention, a relationship) can put them there after the deadline."""

    def in_home(view: Case) -> bool:
        seen = process_of(view, ctx, ASSESSMENT, process)
        if seen is None:
            return False
        sure, _ = siblings_in_household(view, seen.child, seen.first.date)
        return sibling.id in {s.id for s in sure}

    first = first_day_holding(case, finding.first_date, in_home, views)
    return dataclasses.replace(finding, first_date=first)
