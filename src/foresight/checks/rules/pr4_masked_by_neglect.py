"""FS-PR4: other risks may be masked by long-term neglect (learning point PR4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import (
    ASSESSMENT,
    count,
    date_text,
    entries_in,
    entry_name,
    mentions,
    who,
)
from foresight.checks.predicates.plans import plan_entries
from foresight.checks.predicates.pregnancy import plus_months
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import Category, EventType

SIGNS = (
    EventType.DISCLOSURE,
    EventType.BEHAVIOUR_CONCERN,
    EventType.SEXUAL_HEALTH_CONTACT,
    EventType.INJURY,
)


@dataclass(frozen=True)
class NeglectSpan:
    """Long-term neglect of a child: when it began, the day it had first lasted long enough
    on the record, and the entries that show it (the first and the one that made it long)."""

    start: UncertainDate
    reached: dt.date
    entries: tuple[Event, ...]


@REGISTRY.register(
    code="FS-PR4",
    learning_points=("PR4",),
    title="A sign of other harm during long-term neglect",
    settings=(
        "neglect_span_months",
        "masked_harm_response_working_days",
        "mentions_sexualised_behaviour",
    ),
)
def masked_by_neglect(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A sign of other harm during long-term neglect.

    Why it matters: partnership reviews found long-standing neglect becoming the lens for
    everything, so that signs of sexual or physical abuse were read as more of the same.

    What triggers it: neglect concerns about a child spanning 12 months or more, or a child
    protection plan for neglect lasting 12 months or more, and during or after it a
    disclosure, sexualised behaviour, a sexual health contact or an injury.

    What the record should show: an assessment or a strategy discussion about the child within
    20 working days of the sign.

    What it cannot know: whether the sign was considered within the existing neglect work
    without a new assessment being recorded, or neglect no agency recorded as such.
    """
    days = ctx.settings.integer("masked_harm_response_working_days")
    for child in case.subject_children:
        span = neglect_span(case, child, ctx)
        if isinstance(span, str):
            yield ctx.not_evaluated(child.id, span)
            continue
        if span is None or span.reached > ctx.as_of:
            continue
        for sign in _signs(case, child, span, ctx):
            window = ctx.within_working_days(sign.date, days)
            kinds = (*ASSESSMENT, EventType.STRATEGY_DISCUSSION)
            outcome = ctx.judge(
                child.id,
                sign,
                window,
                expectations(
                    {"assessment or strategy discussion": entries_in(case, kinds, child, window)}
                ),
                about=f"A sign of other harm to {who(child)} in {entry_name(case, sign)}, during"
                f" neglect recorded since {date_text(span.start)}",
                expected=f"an assessment or strategy discussion within"
                f" {count(days, 'working day')} of the sign",
                also_known=[e for e in span.entries if e is not sign],
            )
            if isinstance(outcome, Finding) and outcome.first_date < span.reached:
                outcome = replace(outcome, first_date=span.reached)
            yield outcome


def _signs(case: Case, child: Person, span: NeglectSpan, ctx: CheckContext) -> list[Event]:
    """Signs of another harm to the child from the start of the neglect on."""
    stems = ctx.settings.words("mentions_sexualised_behaviour")
    return [
        e
        for e in case.events(*SIGNS, about=child, between=(span.start.earliest, dt.date.max))
        if e.date.earliest >= span.start.earliest and (not _only_behaviour(e) or mentions(e, stems))
    ]


def _only_behaviour(event: Event) -> bool:
    """A behaviour concern is a sign only when it mentions sexualised behaviour."""
    return not any(event.has(kind) for kind in SIGNS if kind is not EventType.BEHAVIOUR_CONCERN)


def neglect_span(case: Case, child: Person, ctx: CheckContext) -> NeglectSpan | str | None:
    """The child's long-term neglect: the earlier reached of neglect concerns spanning
    ``neglect_span_months`` and a neglect plan lasting as long; None when there is none; or
    why the dates cannot tell."""
    spans: list[NeglectSpan] = []
    unsure = ""
    for found in (_concerns_span(case, child, ctx), *_plan_spans(case, child, ctx)):
        if isinstance(found, str):
            unsure = found
        elif found is not None:
            spans.append(found)
    if spans:
        return min(spans, key=lambda s: s.reached)
    return unsure or None


def _concerns_span(case: Case, child: Person, ctx: CheckContext) -> NeglectSpan | str | None:
    months = ctx.settings.integer("neglect_span_months")
    concerns = case.events(EventType.NEGLECT_CONCERN, about=child)
    if not concerns:
        return None
    first = concerns[0]
    due = plus_months(first.date.latest, months)
    long = [e for e in concerns[1:] if e.date.earliest >= due]
    if long:
        last = min(long, key=lambda e: e.known_from)
        return NeglectSpan(first.date, max(first.known_from, last.known_from), (first, last))
    if any(e.date.latest >= plus_months(first.date.earliest, months) for e in concerns[1:]):
        return (
            f"The neglect concerns about {who(child)}: {TOO_UNCERTAIN} whether they span"
            f" {months} months."
        )
    return None


def _plan_spans(case: Case, child: Person, ctx: CheckContext) -> Iterator[NeglectSpan | str]:
    months = ctx.settings.integer("neglect_span_months")
    for plan in plan_entries(case, child):  # from its start to the end its entries record
        if plan.category is not Category.NEGLECT:
            continue
        reached = plus_months(plan.date.latest, months)
        end = plan.end_date
        if end is None or end.earliest >= reached:
            yield NeglectSpan(plan.date, max(plan.known_from, reached), (plan,))
        elif end.latest >= plus_months(plan.date.earliest, months):
            yield f"{entry_name(case, plan)}: {TOO_UNCERTAIN} whether it lasted {months} months."
