"""FS-NAT4: the value of multi-agency assessments (learning point NAT4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext, Window
from foresight.checks.predicates import (
    agency_name,
    date_text,
    entry_name,
    household_on,
    not_carried,
    who,
)
from foresight.checks.predicates.counting import add_months
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

SETTINGS = ("multi_agency_lookback_months", "multi_agency_agencies", "multi_agency_other_agencies")


@REGISTRY.register(
    code="FS-NAT4",
    learning_points=("NAT4",),
    title="A single-agency assessment where several agencies were involved",
    settings=SETTINGS,
)
def multi_agency_assessment(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A single-agency assessment where several agencies were involved.

    Why it matters: national reviews found assessments written by one agency alone while
    others knew things about the family that changed the picture.

    What triggers it: an assessment completed (its end date, else its date) while three or
    more agencies had recorded entries about the child or their household in the 12 months
    before.

    What the record should show: the assessment's agencies involved naming at least two
    agencies besides the one that assessed.

    What it cannot know: contributions not listed as agencies involved, or agencies whose
    records are not in the bundle; it is not evaluated where the assessing agency does not
    record the agencies involved.
    """
    needed = ctx.settings.integer("multi_agency_agencies")
    others = ctx.settings.integer("multi_agency_other_agencies")
    for assessment in case.events(EventType.ASSESSMENT):
        children = case.subjects_of(assessment)
        if not children:
            continue
        done = assessment.end_date or assessment.date
        sure, could = _agencies_around(case, ctx, assessment, done)
        subject = next((c for c in children if c.is_subject), children[0]).id
        named = {a for a in assessment.agencies_involved if a != assessment.agency}
        about = f"{entry_name(case, assessment)}, completed {date_text(done)}"
        if len(could) < needed:
            continue
        if len(named) >= others:
            yield ctx.passed(
                subject, f"{about}: {len(named)} other agencies contributed.", (assessment.ref,)
            )
            continue
        gap = not_carried(
            case,
            assessment,
            "agencies_involved",
            "whether other agencies contributed cannot be told",
        )
        if gap:
            yield ctx.not_evaluated(subject, f"{about}: {gap}.")
        elif len(sure) < needed:
            yield ctx.not_evaluated(
                subject,
                f"{about}: the dates are too uncertain to tell whether {needed} agencies were"
                " involved in the year before.",
            )
        elif (first := _first_date(case, ctx, assessment, sure)) > ctx.as_of:
            yield ctx.not_evaluated(
                subject, f"{about}: the dates are too uncertain to tell whether it was complete."
            )
        else:
            yield _finding(case, ctx, assessment, sure, named, subject, about, first)


def _first_date(
    case: Case, ctx: CheckContext, assessment: Event, sure: dict[str, list[Event]]
) -> dt.date:
    """The first day the finding holds with what was recorded by then. Until its end date
    passes, an assessment reads as completed on its start date (the replay view does not know
    the end yet), so the trigger may hold from the day the entry is known."""
    needed = ctx.settings.integer("multi_agency_agencies")
    end = assessment.end_date
    if end is not None and end.earliest > assessment.known_from:
        early, _ = _agencies_around(case, ctx, assessment, assessment.date)
        if len(early) >= needed:
            first = max(assessment.known_from, assessment.date.latest, _nth_known(early, needed))
            if first < end.earliest:
                return first
    done = end or assessment.date
    return max(assessment.known_from, done.latest, _nth_known(sure, needed))


def _nth_known(agencies: dict[str, list[Event]], n: int) -> dt.date:
    """The day the record first held entries from ``n`` of the agencies."""
    return sorted(min(e.known_from for e in found) for found in agencies.values())[n - 1]


def _finding(
    case: Case,
    ctx: CheckContext,
    assessment: Event,
    involved: dict[str, list[Event]],
    named: set[str],
    subject: str,
    about: str,
    first: dt.date,
) -> Outcome:
    months = ctx.settings.integer("multi_agency_lookback_months")
    others = ctx.settings.integer("multi_agency_other_agencies")
    agencies = ", ".join(agency_name(case, code) for code in sorted(involved))
    listed = ", ".join(sorted(named)) if named else "none"
    children = ", ".join(who(c) for c in case.subjects_of(assessment))
    return ctx.finding(
        subject,
        f"{about}, assessed {children} while {len(involved)} agencies ({agencies}) had recorded"
        f" entries about them or their household in the {months} months before. Expected at"
        f" least {others} agencies besides {agency_name(case, assessment.agency)} among the"
        f" agencies involved; found {listed}.",
        evidence=(assessment.ref, *(found[-1].ref for _, found in sorted(involved.items()))),
        first_date=first,
        expected=f"at least {others} other agencies named among the agencies involved",
    )


def _agencies_around(
    case: Case, ctx: CheckContext, assessment: Event, done: UncertainDate
) -> tuple[dict[str, list[Event]], dict[str, list[Event]]]:
    """Agencies with entries about the children or their household in the months before
    ``done``: (surely in that time for every reading, possibly in it), with those entries."""
    months = ctx.settings.integer("multi_agency_lookback_months")
    window = Window(
        (add_months(done.earliest, -months), add_months(done.latest, -months)),
        (done.earliest, done.latest),
    )
    people: set[Person] = set()
    for child in case.subjects_of(assessment):
        always, sometimes = household_on(case, child, done)
        people |= {child} | always | sometimes
    sure: dict[str, list[Event]] = {}
    could: dict[str, list[Event]] = {}
    for event in case.events(between=window.span):
        if event is assessment or not people & set(case.mentioned_in(event)):
            continue
        if window.could_contain(event.date):
            could.setdefault(event.agency, []).append(event)
        if window.surely_contains(event.date):
            sure.setdefault(event.agency, []).append(event)
    return sure, could
