"""FS-SCR7: additional risks for children placed out of county (learning point SCR7)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext, Window, expectations
from foresight.checks.predicates import count, entry_name, mentions, not_carried, who
from foresight.checks.predicates.counting import add_months
from foresight.checks.predicates.process import is_host_csc, open_on
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

NOTICE = (EventType.INFORMATION_SHARED, EventType.REFERRAL)
SETTINGS = (
    "out_of_area_emergency_notice_working_days",
    "out_of_area_first_review_working_days",
    "out_of_area_review_months",
    "mentions_out_of_area",
)


@REGISTRY.register(
    code="FS-SCR7",
    learning_points=("SCR7",),
    title="A child placed out of area without the host authority told or the plan reviewed",
    settings=SETTINGS,
)
def placed_out_of_area(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A child placed out of area without the host authority told or the plan reviewed.

    Why it matters: a review found a child placed far from home, unknown to the services where
    she lived, with the extra risks of the placement never weighed.

    What triggers it: a placement whose placement authority differs from the responsible one.

    What the record should show: the host authority's children's services told (information
    shared or a referral to them) before the placement starts, or within 5 working days of an
    emergency placement (Care Planning, Placement and Case Review (England) Regulations 2010,
    reg. 13(4)); and the first care plan review after the start within 20 working days where
    the placement begins a period of being looked after, else within 3 months (reg. 33), and
    discussing the out-of-area placement.

    What it cannot know: notice given by letter or phone that no entry records; where the
    placing agency does not record whether a placement was an emergency, the 5 working days
    are allowed; whether a placement began a period of being looked after is read from the
    looked-after and placement entries the bundle holds.
    """
    for placement in case.events(EventType.PLACEMENT):
        for child in case.subjects_of(placement):
            about = f"The placement of {who(child)} in {entry_name(case, placement)}"
            gap = not_carried(
                case, placement, "placement_la", "whether it was out of area cannot be told"
            ) or not_carried(
                case, placement, "responsible_la", "whether it was out of area cannot be told"
            )
            host, home = placement.placement_la, placement.responsible_la
            if gap:
                yield ctx.not_evaluated(child.id, f"{about}: {gap}.")
                continue
            if not host or not home:
                yield ctx.not_evaluated(
                    child.id,
                    f"{about} does not record both the placement and the responsible"
                    " authority, so whether it was out of area cannot be told.",
                )
                continue
            if host.strip().casefold() == home.strip().casefold():
                continue
            about = f"{about}, in {host} by {home}"
            yield _notice(case, ctx, placement, child, host, about)
            yield _review(case, ctx, placement, child, about)


def _notice(
    case: Case, ctx: CheckContext, placement: Event, child: Person, host: str, about: str
) -> Outcome:
    urgent = placement.emergency or not case.carries(placement.agency, "emergency")
    days = ctx.settings.integer(SETTINGS[0]) if urgent else 0
    start = placement.date
    window = Window(
        (dt.date.min, dt.date.min),
        (ctx.deadline_working(start.earliest, days), ctx.deadline_working(start.latest, days)),
    )
    told = [
        e
        for e in case.events(*NOTICE, about=child)
        if any(is_host_csc(case, code, host) for code in e.to_agency)
    ]
    when = f"within {count(days, 'working day')} of the start" if days else "before it started"
    return ctx.judge(
        child.id,
        placement,
        window,
        expectations({f"notice to {host}'s children's services": told}),
        about=about,
        expected=f"{host}'s children's services told {when}",
    )


def _review(case: Case, ctx: CheckContext, placement: Event, child: Person, about: str) -> Outcome:
    start = placement.date
    earlier = case.events(EventType.LOOKED_AFTER, EventType.PLACEMENT, about=child)
    begins = not any(open_on(e, start.earliest) for e in earlier if e is not placement)
    if begins:
        days = ctx.settings.integer(SETTINGS[1])
        window = ctx.within_working_days(start, days)
        when = f"within {count(days, 'working day')}, as it began a period of being looked after"
    else:
        months = ctx.settings.integer(SETTINGS[2])
        ends = add_months(start.earliest, months), add_months(start.latest, months)
        window, when = Window((start.earliest, start.latest), ends), f"within {months} months"
    reviews = case.events(EventType.CARE_PLAN_REVIEW, about=child, between=window.onwards)
    first = reviews[:1] if reviews and mentions(reviews[0], ctx.settings.words(SETTINGS[3])) else []
    return ctx.judge(
        child.id,
        placement,
        window,
        expectations(
            {
                "care plan review": reviews,
                "first review discussing the out-of-area placement": first,
            }
        ),
        about=about,
        expected=f"the first care plan review {when}, discussing the out-of-area placement",
    )
