"""FS-PR2: listen to the child and make sense of their behaviour (learning point PR2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import count, mentions, referrals_about, who
from foresight.checks.predicates.counting import (
    distinct_happenings,
    ordinal,
    with_evidence,
    within_months,
)
from foresight.checks.predicates.episodes import first_raised_for_child
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import ChildSeen, ChildViews, EventType


@REGISTRY.register(
    code="FS-PR2",
    learning_points=("PR2",),
    title="Behaviour that speaks, without the child being heard",
    settings=(
        "behaviour_signs_count",
        "behaviour_signs_months",
        "behaviour_heard_working_days",
        "mentions_behaviour_that_speaks",
    ),
)
def behaviour_heard(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Behaviour that speaks, without the child being heard.

    Why it matters: a review found a child's food-seeking, hoarding, soiling and sexualised
    behaviour recorded again and again as a behaviour problem, while nobody asked the child
    what it meant.

    What triggers it: two or more behaviour concerns, or education concerns that mention
    behaviour that speaks (food-seeking, hoarding, sexualised behaviour, withdrawal, soiling),
    within 6 months.

    What the record should show: within 20 working days of the second, the child seen alone
    with their views recorded, or a referral to children's social care.

    What it cannot know: conversations with the child that were not recorded, or what the
    child said when the record does not say whether they were seen alone.
    """
    n, months = (
        ctx.settings.integer("behaviour_signs_count"),
        ctx.settings.integer("behaviour_signs_months"),
    )
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for child in case.subject_children:
        for outcome in _child(case, ctx, child, n, months):
            if isinstance(outcome, Finding):
                signs = [e for e in case.events(about=child) if _speaks(e, ctx)]
                outcome = first_raised_for_child(
                    case,
                    ctx,
                    child,
                    outcome,
                    views,
                    signs,
                    lambda view, then, person: _child(view, then, person, n, months),
                )
            yield outcome


def _child(case: Case, ctx: CheckContext, child: Person, n: int, months: int) -> Iterator[Outcome]:
    days = ctx.settings.integer("behaviour_heard_working_days")
    signs = [e for e in case.events(about=child) if _speaks(e, ctx)]
    for run in within_months(distinct_happenings(case, signs), n, months):
        about = run.describe("behaviour concern", who(child), months)
        if not run.sure:
            yield ctx.not_evaluated(
                child.id,
                f"{about}: {TOO_UNCERTAIN} whether they fell within {count(months, 'month')}.",
            )
            continue
        window = ctx.within_working_days(run.last.date, days)
        heard = [e for e in case.events(about=child, between=window.onwards) if _heard(e)]
        outcome = ctx.judge(
            child.id,
            run.last.first,
            window,
            expectations(
                {
                    "the child seen alone with their views recorded, or a referral to"
                    " children's social care": heard + referrals_about(case, child, window)
                }
            ),
            about=about,
            expected=f"{who(child)} seen alone with their views recorded, or a referral to"
            f" children's social care, within {count(days, 'working day')} of the {ordinal(n)}",
            also_known=run.known_entries,
        )
        yield _unless_not_carried(case, ctx, child, with_evidence(outcome, run.evidence))


def _speaks(event: Event, ctx: CheckContext) -> bool:
    if event.has(EventType.BEHAVIOUR_CONCERN):
        return True
    stems = ctx.settings.words("mentions_behaviour_that_speaks")
    return event.has(EventType.EDUCATION_CONCERN) and mentions(event, stems)


def _heard(event: Event) -> bool:
    return event.child_seen is ChildSeen.ALONE and event.child_views is ChildViews.YES


def _unless_not_carried(case: Case, ctx: CheckContext, child: Person, outcome: Outcome) -> Outcome:
    """A finding cannot stand when no agency records whether a child was seen alone and heard."""
    if not isinstance(outcome, Finding) or any(
        case.carries(a.code, "child_seen") and case.carries(a.code, "child_views")
        for a in case.agencies
    ):
        return outcome
    return ctx.not_evaluated(
        child.id,
        f"{outcome.message} No agency in the bundle records whether a child was seen alone and"
        " their views, so whether the child was heard cannot be told.",
    )
