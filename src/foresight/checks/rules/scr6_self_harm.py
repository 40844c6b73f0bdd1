"""FS-SCR6: a formal risk assessment for every child who self-harms (learning point SCR6)."""

from __future__ import annotations

from collections.abc import Iterator

from foresight.checks.context import CheckContext, Window, expectations
from foresight.checks.predicates import (
    age_on,
    age_text,
    count,
    entries_in,
    entry_name,
    is_child_on,
    not_carried,
    who,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType, RiskLevel

FOLLOW_UP = {
    RiskLevel.HIGH: "high_risk_mental_health_working_days",
    RiskLevel.RAISED: "raised_risk_mental_health_working_days",
}


@REGISTRY.register(
    code="FS-SCR6",
    learning_points=("SCR6",),
    title="Self-harm without a formal risk assessment",
    settings=("child_age_years", "self_harm_risk_assessment_working_days", *FOLLOW_UP.values()),
)
def self_harm_risk_assessed(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Self-harm without a formal risk assessment.

    Why it matters: a review found a young person's self-harm met with reassurance rather than
    assessment; the Self Harm Pathway asks for a formal risk assessment every time.

    What triggers it: any self-harm by a child (under 18 on the day).

    What the record should show: a self-harm risk assessment within 1 working day; where it
    found high risk, a mental health assessment the same day, and where raised risk, within
    5 working days.

    What it cannot know: an assessment made but not recorded in the bundle, or whether the
    risk level recorded was right; where an agency does not record risk levels it cannot say
    whether a mental health assessment was needed.
    """
    days = ctx.settings.integer("self_harm_risk_assessment_working_days")
    for harm in case.events(EventType.SELF_HARM):
        for child in case.subjects_of(harm):
            about = f"Self-harm by {who(child)} ({age_text(age_on(case, child, harm.date))})"
            about += f" in {entry_name(case, harm)}"
            young = is_child_on(case, child, harm.date, ctx)
            if young is None:
                yield ctx.not_evaluated(
                    child.id,
                    f"{about}: whether they were a child cannot"
                    " be told from the recorded date of birth.",
                )
                continue
            if not young:
                continue
            window = ctx.within_working_days(harm.date, days)
            found = entries_in(case, (EventType.SELF_HARM_RISK_ASSESSMENT,), child, window)
            yield ctx.judge(
                child.id,
                harm,
                window,
                expectations({"self-harm risk assessment": found}),
                about=about,
                expected=f"a self-harm risk assessment within {count(days, 'working day')}",
            )
            yield from _follow_up(
                case, ctx, harm, child, [a for a in found if window.could_contain(a.date)]
            )


def _follow_up(
    case: Case, ctx: CheckContext, harm: Event, child: Person, assessments: list[Event]
) -> Iterator[Outcome]:
    """The mental health assessment the first risk assessment's level calls for."""
    if not assessments:
        return
    risk = assessments[0]
    about = f"The self-harm risk assessment of {who(child)} in {entry_name(case, risk)}"
    gap = not_carried(
        case, risk, "risk_level", "whether a mental health assessment was needed cannot be told"
    )
    if gap:
        yield ctx.not_evaluated(child.id, f"{about}: {gap}.")
    elif risk.risk_level is None:
        yield ctx.not_evaluated(
            child.id,
            f"{about} records no risk level, so whether a mental"
            " health assessment was needed cannot be told.",
        )
    elif risk.risk_level in FOLLOW_UP:
        days = ctx.settings.integer(FOLLOW_UP[risk.risk_level])
        window: Window = ctx.within_working_days(risk.date, days)
        found = entries_in(case, (EventType.MENTAL_HEALTH_ASSESSMENT,), child, window)
        when = "the same day" if days == 0 else f"within {count(days, 'working day')}"
        yield ctx.judge(
            child.id,
            risk,
            window,
            expectations({"mental health assessment": found}),
            about=f"{about} found {risk.risk_level} risk",
            expected=f"a mental health assessment {when}",
            also_known=(harm,),
        )
