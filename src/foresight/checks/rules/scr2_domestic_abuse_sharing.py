"""FS-SCR2: collaboration and information sharing to identify vulnerable families (SCR2)."""

from __future__ import annotations

from collections.abc import Iterator

from foresight.checks.context import CheckContext, expectations
from foresight.checks.predicates import (
    count,
    entries_in,
    entry_name,
    is_child_on,
    is_referral,
    unborn,
    who,
)
from foresight.checks.predicates.involvement import (
    CHILD_SETTING_KINDS,
    child_settings,
    kind_of,
    sent_to,
    sent_to_kind,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import AgencyKind, EventType

_CSC = frozenset({AgencyKind.CHILDREN_SOCIAL_CARE})


@REGISTRY.register(
    code="FS-SCR2",
    learning_points=("SCR2",),
    title="Domestic abuse known to the police but not shared",
    settings=("child_age_years", "domestic_abuse_sharing_working_days"),
)
def domestic_abuse_shared(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Domestic abuse known to the police but not shared.

    Why it matters: a review found the police called to repeated domestic abuse in a home
    where the children's school and health visitor never heard of it, so nobody who saw the
    children day to day could make sense of what they saw.

    What triggers it: a domestic abuse incident recorded by the police while a child is in the
    household (the child among the incident's subjects).

    What the record should show: within 1 working day, information shared with (or a referral
    to) children's social care, and information shared with the child's school, early-years
    setting or health visitor, as next-school-day notification schemes do.

    What it cannot know: whether the child was at home at the time, or sharing done by phone
    and not recorded; where the bundle names no school, early-years setting or health visitor
    for the child it cannot say who should have been told.
    """
    days = ctx.settings.integer("domestic_abuse_sharing_working_days")
    for incident in case.events(EventType.DOMESTIC_ABUSE_INCIDENT):
        if kind_of(case, incident.agency) is not AgencyKind.POLICE:
            continue
        for child in case.subjects_of(incident):
            if unborn(child):
                continue
            young = is_child_on(case, child, incident.date, ctx)
            about = f"Domestic abuse in the household of {who(child)}, {entry_name(case, incident)}"
            if young is None and child.dates_of_birth:
                yield ctx.not_evaluated(
                    child.id, f"{about}: whether they were a child then cannot be told."
                )
            elif young is not False:
                yield _shared(case, ctx, incident, child, about, days)


def _shared(
    case: Case, ctx: CheckContext, incident: Event, child: Person, about: str, days: int
) -> Outcome:
    """One child of the household: both notifications within the window, or not."""
    settings = child_settings(case, child)
    if not settings:
        return ctx.not_evaluated(
            child.id,
            f"{about}: the bundle names no school, early-years setting or health visitor for"
            f" {who(child)}, so whether their setting was told cannot be judged.",
        )
    window = ctx.within_working_days(incident.date, days)
    shares = entries_in(case, (EventType.INFORMATION_SHARED, EventType.REFERRAL), child, window)
    codes = [a.code for a in settings]
    to_csc = [
        e
        for e in shares
        if is_referral(case, e)
        or (e.has(EventType.INFORMATION_SHARED) and sent_to_kind(case, e, _CSC))
    ]
    to_setting = [
        e
        for e in shares
        if e.has(EventType.INFORMATION_SHARED) and sent_to(case, e, CHILD_SETTING_KINDS, codes)
    ]
    names = " or ".join(a.name for a in settings)
    return ctx.judge(
        child.id,
        incident,
        window,
        expectations(
            {
                "information shared with children's social care": to_csc,
                f"information shared with {names}": to_setting,
            }
        ),
        about=about,
        expected=f"children's social care and {names} told within {count(days, 'working day')}",
    )
