"""FS-SCR8: plan for the longer-term experience, not only the latest incident (learning point
SCR8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, Window, expectations
from foresight.checks.predicates import (
    ASSESSMENT,
    CONCERN,
    PLAN,
    STOP,
    Stop,
    count,
    date_text,
    decisions_to_stop,
    entry_name,
    mentions,
    of_class,
    who,
)
from foresight.checks.predicates.counting import (
    Run,
    distinct_happenings,
    ordinal,
    with_evidence,
    within_months,
)
from foresight.checks.predicates.episodes import first_day_found
from foresight.checks.predicates.known_by import entry_days
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.vocab import EventType

DISCUSSIONS = ASSESSMENT | {EventType.MULTI_AGENCY_MEETING, EventType.STRATEGY_DISCUSSION}
_ONE_DAY = dt.timedelta(days=1)


@REGISTRY.register(
    code="FS-SCR8",
    learning_points=("SCR8",),
    title="A decision to stop without looking at the longer-term pattern",
    settings=(
        "scr8_concern_count",
        "scr8_concern_months",
        "plan_step_working_days",
        "mentions_pattern",
    ),
)
def longer_term_considered(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A decision to stop without looking at the longer-term pattern.

    Why it matters: reviews found each new concern about a child judged on its own and the
    case closed again, while the pattern across years, plain in a chronology, went unseen.

    What triggers it: three or more concerns about a child within any 24 months (one
    happening recorded by several agencies counts once), followed by a decision to stop
    (no further action, case closed, or a plan ending with nothing after it).

    What the record should show: between the third concern and that decision, a
    multi-agency meeting, strategy discussion or assessment that mentions the pattern
    (history, cumulative, repeat, chronology and similar words).

    What it cannot know: a discussion of the history that was not written down, or concerns
    held by agencies whose records are not in the bundle.
    """
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for child in case.subject_children:
        yield from _outcomes(case, ctx, child, views)


def _outcomes(
    case: Case, ctx: CheckContext, child: Person, views: dict[dt.date, Case] | None
) -> Iterator[Outcome]:
    """The outcomes about one child; each finding replayed to its first day when ``views``
    (the replay views, shared by every finding) is given."""
    n = ctx.settings.integer("scr8_concern_count")
    months = ctx.settings.integer("scr8_concern_months")
    concerns = distinct_happenings(case, case.events(*CONCERN, about=child))
    # Each decision judged, with its run and the later decisions its pattern was already
    # put to (a pattern already put to an earlier decision is judged there, unless it grew).
    judged: list[tuple[Stop, Run, list[Stop]]] = []
    previous: dt.date | None = None
    for stop in decisions_to_stop(case, child, ctx):
        before = [h for h in concerns if h.date.latest <= stop.date.earliest]
        runs = within_months(before, n, months)
        if runs and (previous is None or runs[-1].happenings[-1].date.latest > previous):
            judged.append((stop, runs[-1], []))
        elif runs and judged:
            judged[-1][2].append(stop)
        previous = stop.date.earliest
    cited: set[str] = set()
    for stop, run, absorbed in judged:
        outcome = _judge(case, ctx, child, stop, run, months)
        if views is not None and isinstance(outcome, Finding):
            lead = outcome.evidence[0]
            replayed = Replayed(child, (stop, *absorbed), lead not in cited)
            outcome = _first_raised(case, ctx, replayed, outcome, views)
            cited.add(lead)
        yield outcome


def _judge(
    case: Case, ctx: CheckContext, child: Person, stop: Stop, run: Run, months: int
) -> Outcome:
    n = len(run.counted)
    if of_class(stop.event, PLAN):
        decision = (
            f"the end of the plan in {entry_name(case, stop.event)} on {date_text(stop.date)}"
        )
    else:
        decision = f"a decision to stop in {entry_name(case, stop.event)}"
    about = f"{run.describe('concern', who(child), months)}, then {decision}"
    if not run.sure:
        return ctx.not_evaluated(
            child.id, f"{about}: {TOO_UNCERTAIN} whether they fell within {count(months, 'month')}."
        )
    third, end = run.last.date, stop.date
    window = Window((third.earliest, third.latest), (end.earliest, end.latest))
    stems = ctx.settings.words("mentions_pattern")
    found = [e for e in case.events(*DISCUSSIONS, about=child) if mentions(e, stems)]
    # The window closes on the day of the decision, which counts: judge as of the next day.
    outcome = dataclasses.replace(ctx, as_of=ctx.as_of + _ONE_DAY).judge(
        child.id,
        stop.event,
        window,
        expectations({"meeting, strategy discussion or assessment mentioning the pattern": found}),
        about=about,
        expected=f"a multi-agency meeting, strategy discussion or assessment that mentions the"
        f" pattern, between the {ordinal(n)} concern and the decision to stop",
        also_known=run.known_entries,
    )
    if isinstance(outcome, Finding):
        # First raised on the day the decision to stop is dated and known.
        known = max(end.latest, stop.event.known_from, run.reached)
        outcome = dataclasses.replace(outcome, first_date=known)
    return with_evidence(outcome, (*run.evidence, stop.event.ref))


@dataclasses.dataclass(frozen=True)
class Replayed:
    """What a finding is replayed for: the child; its decision, then those its pattern was
    already put to; and whether it is the first finding citing its first entry (the first
    finding about a pattern stands for every finding about it a reviewer saw before)."""

    child: Person
    decisions: tuple[Stop, ...]
    first: bool


def _first_raised(
    case: Case, ctx: CheckContext, replayed: Replayed, found: Finding, views: dict[dt.date, Case]
) -> Finding:
    """The finding's first day on what was known each day.

    A concern recorded late (or a referral that relates to an entry not yet known) changes the
    run of concerns a reviewer would have seen, so the full record's first day may be wrong
    either way: a concern counted third but recorded late dates the finding after the day
    three concerns known earlier first raised it; a referral that joins an entry known only
    later (even one dated after the decision) leads the evidence until then. A decision can
    also be put to another until an entry is known: a decision recorded late takes over the
    pattern a later (or same-day) one showed, and a plan recorded late can show that the end
    of another plan was no decision to stop. So look at the first day a decision could have
    been seen, and each later day knowledge changed, until the finding was raised. The same
    finding is about the same child and cites the same entry first (a late entry of a concern
    known from another agency's entry may lead the evidence, and the finding that cites it is
    not raised before it is known); it is about the same decision or one its pattern was
    already put to, or, for the first finding citing that entry, about any decision.
    """
    child = replayed.child
    shown = {s.event.ref: max(s.date.latest, s.event.known_from) for s in replayed.decisions}
    start = shown[replayed.decisions[0].event.ref]
    since = min(shown.values())
    if replayed.first:
        decided = [max(e.date.latest, e.known_from) for e in case.events(*STOP, *PLAN, about=child)]
        lead = [e.known_from for e in case.events() if e.ref == found.evidence[0]]
        since = min(since, max(min(decided, default=since), *lead))
    late = [e for e in case.events(*CONCERN, about=child) if e.known_from > since]
    if not late and since == start:
        return found

    def judge(view: Case, then: CheckContext) -> Finding | None:
        for o in _outcomes(view, then, view.person(child.id), None):
            if (
                isinstance(o, Finding)
                and o.evidence[:1] == found.evidence[:1]
                and (replayed.first or any(ref in o.evidence for ref in shown))
            ):
                return o
        return None

    # What it judges is read from these entries alone (who a child is and which entries are
    # about them do not change between views), so only their days can change the outcome.
    read = case.events(*CONCERN, *STOP, *PLAN, *DISCUSSIONS, about=child)
    return first_day_found(case, ctx, found, judge, entry_days(read, since), views, since)
