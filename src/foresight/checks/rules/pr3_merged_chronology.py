"""FS-PR3: merge chronologies across agencies for long-term cases (learning point PR3).

This is a *state* trigger, not a deadline: on any day D (with only the entries known by D)
the breach holds when the child has children's social care involvement, entries from three or
more agencies spanning more than 12 months, a children's social care entry in the 6 months
before D, and no merged chronology in the 12 months before D. The first two conditions only
ever become true; the last two hold on stretches of days that each entry opens or closes, so
the first day of the current breach is found from those stretches, exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from foresight.checks.context import TOO_UNCERTAIN, CheckContext
from foresight.checks.predicates import agency_name, date_text, is_child_on, unborn, who
from foresight.checks.predicates.counting import add_months
from foresight.checks.predicates.risk import last_day_within
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate, british
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import AgencyKind, EventType

_ONE_DAY = dt.timedelta(days=1)
Stretch = tuple[dt.date, dt.date]


@REGISTRY.register(
    code="FS-PR3",
    learning_points=("PR3",),
    title="A long-term multi-agency case with no merged chronology",
    settings=(
        "child_age_years",
        "merged_chronology_agencies",
        "merged_chronology_span_months",
        "merged_chronology_recent_csc_months",
        "merged_chronology_months",
    ),
)
def merged_chronology_kept(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A long-term multi-agency case with no merged chronology.

    Why it matters: partnership reviews found each agency holding its own slice of a
    family's history for years; only when the chronologies were merged did the pattern of
    harm, and how long it had gone on, become visible to anyone.

    What triggers it: a child with children's social care involvement, entries from three or
    more agencies spanning more than 12 months, and a children's social care entry in the
    6 months before the review date.

    What the record should show: a merged chronology in the 12 months before the review date.
    Foresight can make one at once: the merged chronology in this report.

    What it cannot know: a merged chronology kept outside the records in the bundle, or
    agencies involved whose records the bundle does not hold.
    """
    today = UncertainDate.exact(ctx.as_of)
    for child in case.subject_children:
        if unborn(child) or is_child_on(case, child, today, ctx) is False:
            continue
        entries = case.events(about=child)
        csc = [e for e in entries if case.agency(e.agency).kind is AgencyKind.CHILDREN_SOCIAL_CARE]
        if csc:
            yield from _judge(case, ctx, child, entries, csc)


def _judge(
    case: Case, ctx: CheckContext, child: Person, entries: list[Event], csc: list[Event]
) -> Iterator[Outcome]:
    recent = ctx.settings.integer("merged_chronology_recent_csc_months")
    keep = ctx.settings.integer("merged_chronology_months")
    long_since = _long_running_since(entries, ctx, sure=True)
    # Stretches of days with a CSC entry in the last `recent` months, for every reading and
    # for some; stretches a merged chronology covers, for every reading and for some.
    csc_sure = _stretches(csc, recent, latest=False)
    csc_maybe = _stretches(csc, recent, latest=True)
    merged = case.events(EventType.MERGED_CHRONOLOGY, about=child)
    kept_sure = _stretches(merged, keep, latest=False)
    kept_maybe = _stretches(merged, keep, latest=True)
    if _long_running_since(entries, ctx, sure=False) is None or not _covers(csc_maybe, ctx.as_of):
        return
    about = _about(case, child, entries, csc, ctx)
    if _covers(kept_sure, ctx.as_of):
        last = max(merged, key=lambda e: e.date.latest)
        yield ctx.passed(
            child.id,
            f"{about}; a merged chronology was made ({last.ref}, {date_text(last.date)}).",
            [last.ref],
        )
        return
    if long_since is None or not _covers(csc_sure, ctx.as_of) or _covers(kept_maybe, ctx.as_of):
        yield ctx.not_evaluated(child.id, f"{about}: {TOO_UNCERTAIN}.")
        return
    first = max(long_since, _run_start(csc_sure, ctx.as_of), *_ends_before(kept_maybe, ctx.as_of))
    yield _finding(case, ctx, child, entries, csc, merged, about, first)


def _finding(
    case: Case,
    ctx: CheckContext,
    child: Person,
    entries: list[Event],
    csc: list[Event],
    merged: list[Event],
    about: str,
    first: dt.date,
) -> Outcome:
    keep = ctx.settings.integer("merged_chronology_months")
    since = british(add_months(ctx.as_of, -keep))
    expected = f"a merged chronology of every agency's entries, made since {since}"
    text = f"{about}. Expected {expected}; found none"
    if merged:
        last = max(merged, key=lambda e: e.date.latest)
        text += f" (the last was {last.ref} of {date_text(last.date)})"
    text += ". Foresight can make one at once: the merged chronology in this report."
    # The entry known first leads: it is known on every day the finding could be raised.
    known_first = min(entries, key=lambda e: (e.known_from, e.ref))
    firsts = {e.agency: e for e in reversed(entries)}
    evidence = [known_first.ref, entries[0].ref, *(e.ref for e in firsts.values())]
    evidence += [entries[-1].ref, csc[-1].ref]
    evidence += [e.ref for e in merged]
    return ctx.finding(child.id, text, evidence=evidence, first_date=first, expected=expected)


def _about(
    case: Case, child: Person, entries: list[Event], csc: list[Event], ctx: CheckContext
) -> str:
    agencies = sorted({agency_name(case, e.agency) for e in entries})
    last = csc[-1]
    return (
        f"{who(child)} has entries from {len(agencies)} agencies ({', '.join(agencies)})"
        f" from {date_text(entries[0].date)} to {date_text(entries[-1].date)}, with"
        f" children's social care involved (latest {last.ref}, {date_text(last.date)})"
    )


def _long_running_since(
    entries: Sequence[Event], ctx: CheckContext, *, sure: bool
) -> dt.date | None:
    """The first day (as entries became known) on which the child's entries came from enough
    agencies and spanned more than the months set, for every reading (``sure``) or for some."""
    n = ctx.settings.integer("merged_chronology_agencies")
    months = ctx.settings.integer("merged_chronology_span_months")
    agencies: set[str] = set()
    first: dt.date | None = None
    last: dt.date | None = None
    for event in sorted(entries, key=lambda e: (e.known_from, e.ref)):
        agencies.add(event.agency)
        # For every reading the span is at least (latest earliest day - earliest latest day).
        start, end = (
            (event.date.latest, event.date.earliest)
            if sure
            else (
                event.date.earliest,
                event.date.latest,
            )
        )
        first = start if first is None else min(first, start)
        last = end if last is None else max(last, end)
        if len(agencies) >= n and last > add_months(first, months):
            return event.known_from
    return None


def _stretches(events: Sequence[Event], months: int, *, latest: bool) -> list[Stretch]:
    """Days on which each entry is known and dated within the last ``months``: from its
    earliest reading (``latest=False``, for every reading) or its latest (for some)."""
    found = []
    for event in events:
        day = event.date.latest if latest else event.date.earliest
        end = last_day_within(day, months)
        if event.known_from <= end:
            found.append((event.known_from, end))
    return sorted(found)


def _covers(stretches: Sequence[Stretch], day: dt.date) -> bool:
    return any(start <= day <= end for start, end in stretches)


def _run_start(stretches: Sequence[Stretch], day: dt.date) -> dt.date:
    """The first day of the unbroken run of covered days that reaches ``day``."""
    start = day
    changed = True
    while changed:
        changed = False
        for begin, end in stretches:
            if begin < start <= end + _ONE_DAY:
                start, changed = begin, True
    return start


def _ends_before(stretches: Sequence[Stretch], day: dt.date) -> list[dt.date]:
    """The day after each stretch that ended before ``day`` (a breach cannot start sooner)."""
    return [end + _ONE_DAY for _, end in stretches if end < day]
