"""FS-NAT2: an injury to a baby who is not yet mobile (learning point NAT2)."""

from __future__ import annotations

from collections.abc import Iterator

from foresight.checks.context import CheckContext, expectations
from foresight.checks.predicates import (
    age_on,
    age_text,
    count,
    entries_in,
    entry_name,
    not_carried,
    referrals_about,
    under_months,
    who,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

SETTINGS = (
    "pre_mobile_age_months",
    "mobility_unknown_upper_months",
    "pre_mobile_mobility",
    "injury_response_days",
)


@REGISTRY.register(
    code="FS-NAT2",
    learning_points=("NAT2",),
    title="Injury to a baby who is not yet mobile",
    settings=SETTINGS,
)
def injury_to_pre_mobile_infant(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Injury to a baby who is not yet mobile.

    Why it matters: a bruise, mark, burn or fracture on a baby who cannot move about is rarely
    accidental; national reviews found even minor injuries explained away before serious harm.

    What triggers it: an injury to a child under 6 months old, or whose recorded mobility is
    not mobile or rolling.

    What the record should show: a referral to children's social care and a paediatric
    assessment, each within 1 calendar day of the injury, whatever explanation was given.

    What it cannot know: how the injury happened, or a referral or medical made but not
    recorded in the bundle; without a recorded mobility it cannot judge a baby of 6 to 12
    months.
    """
    days = ctx.settings.integer("injury_response_days")
    for injury in case.events(EventType.INJURY):
        for child in case.subjects_of(injury):
            scope = _pre_mobile(case, injury, child, ctx)
            if isinstance(scope, str):
                yield ctx.not_evaluated(child.id, scope)
            elif scope:
                window = ctx.within_days(injury.date, days)
                paediatric = entries_in(case, (EventType.PAEDIATRIC_ASSESSMENT,), child, window)
                expected = expectations(
                    {
                        "referral to children's social care": referrals_about(case, child, window),
                        "paediatric assessment": paediatric,
                    }
                )
                yield ctx.judge(
                    child.id,
                    injury,
                    window,
                    expected,
                    about=f"Injury to {_who(case, injury, child)} in {entry_name(case, injury)}",
                    expected=f"a referral to children's social care and a paediatric assessment"
                    f" within {count(days, 'day')} of the injury",
                )


def _pre_mobile(case: Case, injury: Event, child: Person, ctx: CheckContext) -> bool | str:
    """True when the injured person is a pre-mobile infant, False when out of scope, or the
    reason the record cannot tell."""
    if injury.mobility is not None and injury.mobility in ctx.settings.words("pre_mobile_mobility"):
        return True
    young = ctx.settings.integer("pre_mobile_age_months")
    upper = ctx.settings.integer("mobility_unknown_upper_months")
    age = age_on(case, child, injury.date)
    subject = f"the injury to {who(child)} in {entry_name(case, injury)}"
    if age is None:
        # With no date of birth we cannot even tell someone who is not a subject is a baby.
        if not child.is_subject or injury.mobility is not None:
            return False
        return (
            f"No date of birth or mobility is recorded for {subject}, "
            "so whether a baby was hurt cannot be told."
        )
    if under_months(case, child, injury.date, young):
        return True
    if age.min_months < young:
        return (
            f"For {subject}, the dates are too uncertain to tell "
            f"whether the baby was under {young} months."
        )
    if injury.mobility is not None or age.min_months >= upper:
        return False
    gap = not_carried(case, injury, "mobility", "whether the baby could move about cannot be told")
    if gap:
        return f"For {subject}: {gap}."
    return (
        f"No mobility is recorded for {subject} ({age_text(age)}), "
        "so whether the baby could move about cannot be told."
    )


def _who(case: Case, injury: Event, child: Person) -> str:
    age = age_on(case, child, injury.date)
    mobility = f", recorded as {injury.mobility.replace('_', ' ')}" if injury.mobility else ""
    return f"{who(child)} ({age_text(age)}{mobility})"
