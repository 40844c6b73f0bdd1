"""FS-PR5: involve adult services where parents have their own needs (learning point PR5)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from foresight.checks.context import CheckContext, expectations
from foresight.checks.predicates import (
    adult_services_involved,
    count,
    entry_name,
    is_child_on,
    who,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType


@REGISTRY.register(
    code="FS-PR5",
    learning_points=("PR5",),
    title="A parent's own needs without adult services involved",
    settings=("child_age_years", "parental_factor_codes", "adult_services_working_days"),
)
def parental_needs_shared(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A parent's own needs without adult services involved.

    Why it matters: reviews found parents' drinking, drug use, mental ill health or learning
    disability known to children's services while the adult services that could help, and
    knew the parent best, were never asked.

    What triggers it: a parental factor recorded for a parent with census factor 1B
    (alcohol), 2B (drugs), 4B (mental health) or 5B (learning disability), or with no factor
    code.

    What the record should show: within 20 working days, a contact with or referral to adult
    services about that parent, an entry by an adult mental health, substance misuse, adult
    social care or learning disability service, or such a service among the agencies involved.

    What it cannot know: adult services' involvement that their own records, absent from the
    bundle, would show, or a parent's refusal of a referral that was not recorded.
    """
    days = ctx.settings.integer("adult_services_working_days")
    codes = {c.upper() for c in ctx.settings.words("parental_factor_codes")}
    for factor in case.events(EventType.PARENTAL_FACTOR):
        recorded = {c.strip().upper() for c in factor.factors if c.strip()}
        if recorded and not recorded & codes:
            continue
        adults = _adults(case, factor, ctx)
        if not adults:
            yield ctx.not_evaluated(
                _child_of(case, factor, None),
                f"In {entry_name(case, factor)}, a parental factor names no parent.",
            )
        for adult in adults:
            window = ctx.within_working_days(factor.date, days)
            found = adult_services_involved(case, adult, window)
            what = ", ".join(sorted(recorded)) if recorded else "no factor code"
            outcome = ctx.judge(
                _child_of(case, factor, adult),
                factor,
                window,
                expectations({f"adult services involvement with {who(adult)}": found}),
                about=f"A parental factor ({what}) for {who(adult)} in {entry_name(case, factor)}",
                expected=f"adult services involved with {who(adult)} within"
                f" {count(days, 'working day')}",
            )
            if isinstance(outcome, Finding):
                # Filed under the child it was first raised about: whose household the parent
                # was in can change when an entry is recorded late.
                then = case.known_on(outcome.first_date)
                child = _child_of(then, factor, then.person(adult.id))
                outcome = dataclasses.replace(outcome, subject=child)
            yield outcome


def _adults(case: Case, factor: Event, ctx: CheckContext) -> list[Person]:
    """The parent(s) the factor is about: its ``people``, else its subjects, less children."""
    named = case.people_of(factor) or case.subjects_of(factor)
    return [p for p in named if is_child_on(case, p, factor.date, ctx) is not True]


def _child_of(case: Case, factor: Event, adult: Person | None) -> str:
    """The subject child whose parent it is (the first, where several)."""
    children = [c for c in case.subjects_of(factor) if c.is_subject]
    if adult is not None:
        children += [
            c
            for c in case.subject_children
            if adult in case.parents_of(c) or adult in case.household_on(c, factor.date.earliest)
        ]
    children += list(case.subject_children)
    return children[0].id if children else ""
