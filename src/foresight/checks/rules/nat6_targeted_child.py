"""FS-NAT6: some children are targeted within the family (learning point NAT6)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import (
    ASSESSMENT,
    CONCERN,
    count,
    is_child_on,
    mentions,
    siblings_in_household,
    who,
)
from foresight.checks.predicates.counting import (
    Run,
    add_months,
    distinct_happenings,
    ordinal,
    with_evidence,
    within_months,
)
from foresight.checks.predicates.episodes import first_raised_for_child
from foresight.checks.predicates.known_by import first_day_holding
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

COUNTED = CONCERN - {EventType.REFERRAL}
_ONE_DAY = dt.timedelta(days=1)
RESPONSES = ASSESSMENT | {EventType.STRATEGY_DISCUSSION, EventType.MULTI_AGENCY_MEETING}


@REGISTRY.register(
    code="FS-NAT6",
    learning_points=("NAT6",),
    title="One child singled out within the family",
    settings=(
        "child_age_years",
        "targeted_concern_count",
        "targeted_concern_months",
        "targeted_sibling_max",
        "targeted_response_working_days",
        "mentions_differential_treatment",
    ),
)
def targeted_child_considered(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """One child singled out within the family.

    Why it matters: national reviews found one child in a family rejected, blamed or harmed
    while their brothers and sisters were well cared for, and agencies reassured by how the
    other children were doing.

    What triggers it: among brothers and sisters in one household, one child with three or
    more concerns (referrals aside) within 24 months while each of the others has at most one;
    each sibling must have some entry in the bundle, or the difference cannot be told.

    What the record should show: within 20 working days of the third concern, an assessment,
    strategy discussion or multi-agency meeting about the child that mentions differential
    treatment (singled out, scapegoat, treated differently, siblings and similar words).

    What it cannot know: concerns about a sibling held by agencies whose records are not in
    the bundle, or a child's place in the family that no entry describes.
    """
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for child in case.subject_children:
        for outcome in _child(case, ctx, child):
            if isinstance(outcome, Finding):
                outcome = first_raised_for_child(
                    case, ctx, child, outcome, views, _concerns(case, child), _child
                )
            yield outcome


def _child(case: Case, ctx: CheckContext, child: Person) -> Iterator[Outcome]:
    """Each run of concerns about one child: judged when the child stands out."""
    n = ctx.settings.integer("targeted_concern_count")
    months = ctx.settings.integer("targeted_concern_months")
    days = ctx.settings.integer("targeted_response_working_days")
    stems = ctx.settings.words("mentions_differential_treatment")
    concerns = distinct_happenings(case, _concerns(case, child))
    for run in within_months(concerns, n, months):
        about = run.describe("concern", who(child), months)
        singled = _singled_out(case, ctx, child, run)
        if isinstance(singled, str):
            yield ctx.not_evaluated(child.id, f"{about}: {singled}")
        elif singled:
            window = ctx.within_working_days(run.last.date, days)
            found = [e for e in case.events(*RESPONSES, about=child) if mentions(e, stems)]
            outcome = ctx.judge(
                child.id,
                run.last.first,
                window,
                expectations({"discussion of differential treatment": found}),
                about=f"{about}, while each brother or sister in the household had at most"
                f" {count(ctx.settings.integer('targeted_sibling_max'), 'concern')}",
                expected=f"an assessment, strategy discussion or multi-agency meeting about"
                f" {who(child)} that mentions differential treatment, within"
                f" {count(days, 'working day')} of the {ordinal(n)} concern",
                also_known=run.known_entries,
            )
            outcome = _earliest(case, ctx, child, run, with_evidence(outcome, run.evidence))
            yield _once_known_singled_out(case, ctx, child, run, outcome)


def _earliest(case: Case, ctx: CheckContext, child: Person, run: Run, outcome: Outcome) -> Outcome:
    """A finding dated by the entry of the third concern known first.

    When another agency's entry of the same concern was known before the one dated first,
    a reviewer could have seen the concern, and the finding, from it (its window running
    from its own date): look at what was known between the days its entries became known.
    """
    trigger = run.last.first
    if not isinstance(outcome, Finding) or trigger.known_from <= run.last.known_from:
        return outcome
    known = sorted({e.known_from for e in run.last.entries if e.known_from < outcome.first_date})
    for start, end in zip(known, [*known[1:], outcome.first_date], strict=False):
        then = dataclasses.replace(ctx, as_of=end - _ONE_DAY)
        view = case.known_on(then.as_of)
        same = [
            o
            for o in _child(view, then, view.person(child.id))
            if isinstance(o, Finding) and o.evidence[:1] == outcome.evidence[:1]
        ]
        if same:
            return dataclasses.replace(outcome, first_date=max(same[0].first_date, start))
    return outcome


def _once_known_singled_out(
    case: Case, ctx: CheckContext, child: Person, run: Run, outcome: Outcome
) -> Outcome:
    """A finding dated no earlier than the day the record first showed the child standing out:
    an entry recorded late can put a brother or sister in the household, or give them their
    first entry."""
    if not isinstance(outcome, Finding):
        return outcome

    def singled(view: Case) -> bool:
        return _singled_out(view, ctx, view.person(child.id), run) is True

    return dataclasses.replace(
        outcome, first_date=first_day_holding(case, outcome.first_date, singled)
    )


def _concerns(case: Case, person: Person) -> list[Event]:
    return case.events(*COUNTED, about=person)


def _singled_out(case: Case, ctx: CheckContext, child: Person, run: Run) -> bool | str:
    """Whether the child stands out among the siblings in the household on the day of the
    third concern, or the reason the record cannot tell."""
    if not run.sure:
        return f"{TOO_UNCERTAIN} whether they fell within the months counted."
    day = run.last.date
    sure, unsure = siblings_in_household(case, child, day)
    sure = [s for s in sure if is_child_on(case, s, day, ctx) is not False]
    if unsure:
        return f"the record cannot tell whether {who(unsure[0])} was in the household then."
    if not sure:
        return False
    since = add_months(day.latest, -ctx.settings.integer("targeted_concern_months"))
    most = ctx.settings.integer("targeted_sibling_max")
    for sibling in sure:
        theirs = [
            h
            for h in distinct_happenings(case, _concerns(case, sibling))
            if h.date.latest >= since and h.date.earliest <= day.latest
        ]
        if len(theirs) > most:
            return False
    for sibling in sure:
        if not case.events(about=sibling) and case.first_mention(sibling) is None:
            return (
                f"no entry in the bundle is about {who(sibling)}, so whether the children"
                " were treated differently cannot be told."
            )
    return True
