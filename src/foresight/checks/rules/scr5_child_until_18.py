"""FS-SCR5: a child is a child until 18 (learning point SCR5)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext, expectations
from foresight.checks.predicates import (
    ASSESSMENT,
    Stop,
    age_on,
    age_text,
    count,
    decisions_to_stop,
    entries_in,
    entry_name,
    mentions_stems,
    referrals_about,
    who,
)
from foresight.checks.predicates.known_by import first_day_holding
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

CONCERNS = (
    EventType.SELF_HARM,
    EventType.MISSING_EPISODE,
    EventType.CSE_INDICATOR,
    EventType.DISCLOSURE,
    EventType.HOMELESSNESS,
)
RESPONSES = (*ASSESSMENT, EventType.STRATEGY_DISCUSSION)
SETTINGS = (
    "child_age_years",
    "older_child_from_years",
    "older_child_response_working_days",
    "mentions_age_reason_to_stop",
)


@REGISTRY.register(
    code="FS-SCR5",
    learning_points=("SCR5",),
    title="A 16- or 17-year-old not treated as a child",
    settings=SETTINGS,
)
def child_until_18(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A 16- or 17-year-old not treated as a child.

    Why it matters: a review found concerns about a 17-year-old passed to adult services or
    closed because she was "nearly 18", though she was a child with a child's protection.

    What triggers it: self-harm, a missing episode, a sign of sexual exploitation, a
    disclosure, homelessness, or a domestic abuse incident naming the young person, when they
    are 16 or 17; and any decision to stop whose reason or outcome cites their age.

    What the record should show: within 10 working days, a referral to children's social
    care, an assessment or a strategy discussion; not a referral to adult services alone, and
    never their age as the reason to stop.

    What it cannot know: a response recorded outside the bundle, or the age of a young person
    with no date of birth recorded.
    """
    days = ctx.settings.integer("older_child_response_working_days")
    for event in case.events(*CONCERNS, EventType.DOMESTIC_ABUSE_INCIDENT):
        for person in _young_people(case, event):
            about = f"A concern about {who(person)} in {entry_name(case, event)}"
            band = _aged_16_or_17(case, person, event.date, ctx)
            if band is None:
                yield ctx.not_evaluated(person.id, f"{about}: {_UNSURE_AGE}")
            elif band:
                yield _response(case, ctx, event, person, days)
    yield from _age_as_reason(case, ctx)


def _age_as_reason(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Each decision to stop about a subject child of 16 or 17 whose reason cites their age."""
    stems = ctx.settings.words("mentions_age_reason_to_stop")
    views: dict[dt.date, Case] = {}
    for child in case.subject_children:
        for stop in decisions_to_stop(case, child, ctx):
            entry = stop.event
            if not mentions_stems(f"{entry.reason} {entry.outcome}", stems):
                continue
            band = _aged_16_or_17(case, child, stop.date, ctx)
            about = f"The decision to stop in {entry_name(case, entry)}"
            if band is None:
                yield ctx.not_evaluated(child.id, f"{about} cites age: {_UNSURE_AGE}")
            elif band:
                age = age_text(age_on(case, child, stop.date))
                yield ctx.finding(
                    child.id,
                    f"{about} gives {who(child)}'s age ({age}) as a reason to stop"
                    f' ("{entry.reason or entry.outcome}"), though they were still a child.',
                    evidence=(entry.ref,),
                    first_date=_stop_known(case, ctx, child, stop, views),
                    expected="a decision that does not rest on a young person nearing 18",
                )


def _stop_known(
    case: Case, ctx: CheckContext, child: Person, stop: Stop, views: dict[dt.date, Case]
) -> dt.date:
    """The first day the record showed the decision to stop: its entry known (a plan's end
    date too), and, for the end of a plan, no other plan then read as still open."""
    ref = stop.event.ref

    def shown(view: Case) -> bool:
        stops = decisions_to_stop(view, view.person(child.id), ctx)
        return any(s.event.ref == ref for s in stops)

    # Every reading of the date is 16 or 17, so the entry tells as soon as it is known.
    start = max(stop.event.known_from, stop.date.earliest)
    return first_day_holding(case, start, shown, views)


_UNSURE_AGE = "whether they were 16 or 17 then cannot be told from the recorded date of birth."


def _young_people(case: Case, event: Event) -> tuple[Person, ...]:
    """Who the concern is about; a domestic abuse incident only names them in ``subjects``."""
    if not any(event.has(kind) for kind in CONCERNS) and not event.subjects:
        return ()
    return case.subjects_of(event)


def _aged_16_or_17(
    case: Case, person: Person, date: UncertainDate, ctx: CheckContext
) -> bool | None:
    """16 or 17 on ``date`` for every reading (True), for none (False), or cannot tell."""
    age = age_on(case, person, date)
    if age is None:
        return None if person.is_subject else False
    low = 12 * ctx.settings.integer("older_child_from_years")
    high = 12 * ctx.settings.integer("child_age_years")
    if age.min_months >= low and age.max_months < high:
        return True
    if age.max_months < low or age.min_months >= high:
        return False
    return None


def _response(case: Case, ctx: CheckContext, event: Event, person: Person, days: int) -> Outcome:
    window = ctx.within_working_days(event.date, days)
    found = referrals_about(case, person, window) + entries_in(case, RESPONSES, person, window)
    what = "referral to children's social care, assessment or strategy discussion"
    outcome = ctx.judge(
        person.id,
        event,
        window,
        expectations({what: sorted(found, key=lambda e: e.date.earliest)}),
        about=f"A concern about {who(person)} ({age_text(age_on(case, person, event.date))})"
        f" in {entry_name(case, event)}",
        expected=f"a {what} within {count(days, 'working day')}",
    )
    adult = [
        e
        for e in entries_in(case, (EventType.REFERRAL_TO_ADULT_SERVICES,), person, window)
        if window.could_contain(e.date)
    ]
    if isinstance(outcome, Finding) and adult:
        note = f" The only response was a referral to adult services ({adult[0].ref})."
        outcome = dataclasses.replace(
            outcome,
            message=outcome.message + note,
            evidence=(*outcome.evidence, *(e.ref for e in adult)),
        )
    return outcome
