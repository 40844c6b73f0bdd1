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
    entry_name,
    is_child_on,
    of_class,
    siblings_in_household,
    unborn,
    who,
)
from foresight.checks.predicates.known_by import first_day_holding
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

TRIGGERS = ASSESSMENT | {EventType.CHILD_PROTECTION_CONFERENCE}


@REGISTRY.register(
    code="FS-SCR4",
    learning_points=("SCR4",),
    title="A sibling in the household not considered",
    settings=("child_age_years", "sibling_consideration_working_days"),
)
def siblings_considered(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A sibling in the household not considered.

    Why it matters: a review found one child's needs assessed again and again while a brother
    or sister in the same home, facing the same risks, was never considered.

    What triggers it: an assessment, a child protection conference or the start of a plan for
    one child.

    What the record should show: each brother or sister under 18 in the same household that
    day considered (named in an assessment, strategy discussion, conference, multi-agency
    meeting, or seen on a children's social care home visit) within 20 working days either side.

    What it cannot know: siblings no agency recorded, or a consideration written into an entry
    without naming the sibling.
    """
    days = ctx.settings.integer("sibling_consideration_working_days")
    views: dict[dt.date, Case] = {}
    for event in case.events(*TRIGGERS, *PLAN):
        # Around the start of a plan the window runs either side of the start date only.
        end = event.end_date if of_class(event, TRIGGERS) else None
        window = ctx.either_side_working(event.date, days, end)
        for child in case.subjects_of(event):
            sure, unsure = siblings_in_household(case, child, event.date)
            for sibling in sure + unsure:
                outcomes = _sibling(case, ctx, event, window, child, sibling, sibling in unsure)
                yield from (_first_in_home(case, o, event, child, sibling, views) for o in outcomes)


def _sibling(
    case: Case,
    ctx: CheckContext,
    event: Event,
    window: Window,
    child: Person,
    sibling: Person,
    unsure: bool,
) -> Iterator[Outcome]:
    """One sibling of the child the entry is about: considered in the window or not."""
    young = is_child_on(case, sibling, event.date, ctx)
    if unborn(sibling) or young is False:
        return
    # A finding belongs to a subject child: the sibling's, when the entry is about a brother
    # or sister the bundle does not hold as a subject.
    subject = child if child.is_subject or not sibling.is_subject else sibling
    about = f"{who(sibling)}, sibling of {who(child)}, around {entry_name(case, event)}"
    if young is None or unsure:
        yield ctx.not_evaluated(
            subject.id,
            f"{about}: the record cannot tell whether they were a child in the household then.",
        )
        return
    found = considerations_of(case, sibling, window)
    days = ctx.settings.integer("sibling_consideration_working_days")
    yield ctx.judge(
        subject.id,
        event,
        window,
        expectations({f"consideration of {who(sibling)}": found}),
        about=about,
        expected=f"{who(sibling)} considered within {count(days, 'working day')} either side",
    )


def _first_in_home(
    case: Case,
    outcome: Outcome,
    event: Event,
    child: Person,
    sibling: Person,
    views: dict[dt.date, Case],
) -> Outcome:
    """A finding dated no earlier than the day the record first showed the sibling a child in
    the household then: an entry recorded late (a move, a mention, a relationship) can put
    them there after the deadline."""
    if not isinstance(outcome, Finding):
        return outcome

    def in_home(view: Case) -> bool:
        sure, _ = siblings_in_household(view, view.person(child.id), event.date)
        return sibling.id in {s.id for s in sure} and child.id in {
            p.id for p in view.subjects_of(event)
        }

    first = first_day_holding(case, outcome.first_date, in_home, views)
    return dataclasses.replace(outcome, first_date=first)
