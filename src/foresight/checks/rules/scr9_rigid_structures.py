"""FS-SCR9: depart from rigid structures that are not working (learning points SCR9, AUD3)."""

from __future__ import annotations

from collections.abc import Iterator

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import (
    count,
    decisions_to_stop,
    entries_in,
    entry_name,
    is_referral,
    mentions,
    who,
)
from foresight.checks.predicates.counting import Run, distinct_happenings, within_months
from foresight.checks.predicates.plans import plan_starts
from foresight.checks.predicates.process import restarts
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

SETTINGS = ("rigid_structure_count", "rigid_structure_months", "different_approach_working_days")
RESPONSE = (EventType.MULTI_AGENCY_MEETING, EventType.SUPERVISION)


@REGISTRY.register(
    code="FS-SCR9",
    learning_points=("SCR9", "AUD3"),
    title="The same process tried again and again",
    settings=(*SETTINGS, "mentions_different_approach", "plan_step_working_days"),
)
def rigid_structures(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """The same process tried again and again.

    Why it matters: reviews found children stepped up and down, referred and closed, round
    and round the same process, when what was needed was a different approach, worked out
    with other agencies.

    What triggers it: three or more plans for a child, each starting after a decision to stop,
    within 36 months; or three or more decisions to stop, each followed by a new referral,
    within 36 months (counted from the first to the third).

    What the record should show: within 20 working days of the third, a multi-agency meeting
    or supervision that mentions a different approach (an alternative, a rethink).

    What it cannot know: a different approach discussed but recorded in other words, or in a
    meeting the bundle does not hold; entries recorded by several agencies are counted once
    only when the merged chronology shows them as one happening.
    """
    n, months = (ctx.settings.integer(name) for name in SETTINGS[:2])
    for child in case.subject_children:
        stops = decisions_to_stop(case, child, ctx)
        referrals = [
            e for e in case.events(EventType.REFERRAL, about=child) if is_referral(case, e)
        ]
        plans = plan_starts(case, about=child)  # a plan's reviews are not new plans
        for what, entries in (("plans", plans), ("referrals", referrals)):
            restarted = restarts(distinct_happenings(case, entries), stops)
            for run in within_months(list(restarted), n, months):
                stopped = [restarted[h].event for h in run.counted]
                yield _judge(case, ctx, child, run, what, stopped)


def _judge(
    case: Case, ctx: CheckContext, child: Person, run: Run, what: str, stopped: list[Event]
) -> Outcome:
    third = run.last.first
    n, months = len(run.counted), ctx.settings.integer(SETTINGS[1])
    after = "starting after" if what == "plans" else "following"
    about = (
        f"{who(child)} had {n} {what}, each {after} a decision to stop, within {months} months;"
        f" the last in {entry_name(case, third)}"
    )
    if not run.sure:
        return ctx.not_evaluated(
            child.id, f"{about}: {TOO_UNCERTAIN} whether they fell within {months} months."
        )
    days = ctx.settings.integer(SETTINGS[2])
    window = ctx.within_working_days(third.date, days)
    stems = ctx.settings.words("mentions_different_approach")
    found = [e for e in entries_in(case, RESPONSE, child, window) if mentions(e, stems)]
    return ctx.judge(
        child.id,
        third,
        window,
        expectations(
            {"multi-agency meeting or supervision considering a different approach": found}
        ),
        about=about,
        expected=f"a multi-agency meeting or supervision that considers a different approach"
        f" within {count(days, 'working day')}",
        also_known=(*run.known_entries, *stopped),
    )
