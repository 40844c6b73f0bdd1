"""FS-PR1: know who is in the child's household (learning point PR1)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from foresight.checks.context import CheckContext, expectations
from foresight.checks.predicates import (
    count,
    entry_name,
    first_known_entry,
    household_ever,
    who,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import british
from foresight.model.outcomes import Finding, Outcome


@REGISTRY.register(
    code="FS-PR1",
    learning_points=("PR1",),
    title="Someone in the household whose identity is not known",
    settings=("identity_working_days",),
)
def household_identified(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Someone in the household whose identity is not known.

    Why it matters: reviews found men in a child's home known only as "mother's partner" or
    "unknown male", so no agency could check who they were or what they had done before.

    What triggers it: a person in the child's household on any day up to the review date for
    whom no agency's record holds both a family name and a date of birth (people known only
    by a role included).

    What the record should show: their identity, family name and date of birth, recorded
    within 20 working days of the first entry that mentions them.

    What it cannot know: people in the home that no agency recorded, or when an identity was
    recorded (people rows carry no dates), so a later record clears the finding.
    """
    days = ctx.settings.integer("identity_working_days")
    for child in case.subject_children:
        members = household_ever(case, child, ctx.as_of)
        unknown = [p for p in members if not p.identity_established]
        for person in unknown:
            first = first_known_entry(case, person)
            if first is None:
                yield ctx.not_evaluated(
                    child.id,
                    f"{who(person)} is recorded in the household of {who(child)}, but no entry"
                    " shows when they were first known, so the time to identify them cannot"
                    " be counted.",
                )
                continue
            window = ctx.within_working_days(first.date, days)
            outcome = ctx.judge(
                child.id,
                first,
                window,
                expectations({"identity (family name and date of birth)": ()}),
                about=f"{who(person)}, in the household of {who(child)} from"
                f" {british(members[person])}, first mentioned in {entry_name(case, first)}",
                expected=f"the identity of {who(person)} (family name and date of birth)"
                f" recorded within {count(days, 'working day')} of that entry",
            )
            if isinstance(outcome, Finding) and outcome.first_date < members[person]:
                # The breach cannot hold before they are in the household.
                outcome = dataclasses.replace(outcome, first_date=members[person])
            yield outcome
        if not unknown:
            yield ctx.passed(
                child.id,
                f"Everyone recorded in {who(child)}'s household up to"
                f" {british(ctx.as_of)} has a family name and date of birth.",
            )
