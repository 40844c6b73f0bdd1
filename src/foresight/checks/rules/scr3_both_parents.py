"""FS-SCR3: work with both parents (learning point SCR3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext
from foresight.checks.predicates import (
    ASSESSMENT,
    PLAN,
    day_text,
    is_child_on,
    not_carried,
    of_class,
    who,
)
from foresight.checks.predicates.episodes import SETTINGS as PROCESS_SETTINGS
from foresight.checks.predicates.episodes import (
    Process,
    first_day_found,
    kind_text,
    process_days,
    process_name,
    process_of,
    triggers,
)
from foresight.checks.predicates.involvement import alive_on, fathers_of, known_by, men_at_home
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

TRIGGERS = ASSESSMENT | {EventType.CHILD_PROTECTION_CONFERENCE}


@REGISTRY.register(
    code="FS-SCR3",
    learning_points=("SCR3",),
    title="A father or man in the household left out",
    settings=("child_age_years", *PROCESS_SETTINGS),
)
def both_parents(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A father or man in the household left out.

    Why it matters: reviews found assessments and plans built around the mother alone, while
    the child's father, or the man living in the home, was never seen or asked, though he was
    known to agencies and shaped the child's life.

    What triggers it: an assessment (judged once however many entries record it: entries
    whose type is read from their text are one process while within 45 working days of the
    first, 15 for a section 47 enquiry, up to the entry that completes it), a child
    protection conference or the start of a plan for a child whose father, or a male carer or
    partner of a parent in the household that day, is known to any agency in the bundle.

    What the record should show: that man among the participants of any of its entries, or a
    reason recorded for leaving him out, by the time the assessment ended (or its timescale
    ran out).

    What it cannot know: fathers and partners no agency recorded, or contact with him recorded
    elsewhere; it is not evaluated where the agency does not record who took part.
    """
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for process in _triggers(case, ctx):
        men = _men(case, ctx, process)
        for man, unsure in men:
            outcome = _took_part(case, ctx, process, man, unsure)
            if isinstance(outcome, Finding):
                found = [m for m, _ in men]
                outcome = _earliest(case, ctx, process, found, outcome, views)
            yield outcome


def _triggers(case: Case, ctx: CheckContext) -> list[Process]:
    """Each assessment or enquiry, conference and plan start, for each child."""
    return triggers(case, ctx, ASSESSMENT, (EventType.CHILD_PROTECTION_CONFERENCE, *PLAN))


def _men(case: Case, ctx: CheckContext, process: Process) -> list[tuple[Person, bool]]:
    """The fathers and men at home the process should have involved, each with whether the
    dates leave it unsure that he lived there then."""
    event, child = process.first, process.child
    if is_child_on(case, child, event.date, ctx) is False:
        return []
    # A plan is judged at its start; an assessment or conference over its whole span.
    span = process.span_end() if of_class(event, TRIGGERS) else event.date
    sure, unsure = men_at_home(case, child, event.date)
    fathers = [f for f in fathers_of(case, child) if f not in sure + unsure]
    return [
        (man, man in unsure)
        for man in fathers + sure + unsure
        if man != child and alive_on(man, event.date) and known_by(case, man, event, span)
    ]


def _earliest(
    case: Case,
    ctx: CheckContext,
    process: Process,
    men: list[Person],
    finding: Finding,
    views: dict[dt.date, Case],
) -> Finding:
    """The finding's first day on what was known each day.

    With only the entries recorded by a day, a man may have been known earlier (before an
    entry mentioning him was recorded, he is known from his agency's first entry), or at home
    while a later entry makes it uncertain, and an assessment written across several entries
    may have ended earlier, so the full record can date the finding later than a reviewer
    would first have seen one about this process and child (its identity). What the rule
    reads changes only on the days :func:`_changes` and :func:`process_days` list: judge each
    span between them up to the review date, earliest first.
    """

    def judge(view: Case, then: CheckContext) -> Finding | None:
        seen = process_of(view, then, ASSESSMENT, process)
        if seen is None:
            return None
        for other, unsure in _men(view, then, seen):
            outcome = _took_part(view, then, seen, other, unsure)
            if isinstance(outcome, Finding):
                return outcome
        return None

    days = _changes(case, process.first, process.child, men) | process_days(case, process)
    return first_day_found(case, ctx, finding, judge, days, views, process.first.known_from)


def _changes(case: Case, event: Event, child: Person, men: list[Person]) -> set[dt.date]:
    """Days on which what the record shows of the men, the child's parents or the child's
    home can change: a first mention, or one recorded late, of them (it moves when they were
    first known or present), the men's agencies' first entries, a move recorded, a
    relationship begun or ended, the entry's end date or a death reached."""
    people = {p.id for p in [*men, *case.parents_of(child)]}
    # Before an entry mentions him, a man is known from his agency's first entry.
    agencies = {code for man in men for code in man.agencies}
    own = (case.events(agency=code) for code in agencies)
    days = {min(e.known_from for e in found) for found in own if found}
    days |= {
        e.known_from for e in case.events(EventType.JOINED_HOUSEHOLD, EventType.LEFT_HOUSEHOLD)
    }
    late = [e for e in case.events() if e.known_from > e.date.earliest]
    for pid in people:
        first = case.first_mention(case.person(pid))
        days |= {first.known_from} if first else set()
        days |= {e.known_from for e in late if pid in {p.id for p in case.mentioned_in(e)}}
    for row in case.relationships:
        days |= {d.earliest for d in (row.start, row.end) if d is not None}
    dated = [event.end_date, *(d for man in men for d in man.dates_of_death)]
    return days | {d.earliest for d in dated if d is not None}


def _took_part(
    case: Case, ctx: CheckContext, process: Process, man: Person, unsure: bool
) -> Outcome:
    """The man among the participants of any of the process's entries, or a reason for
    leaving him out."""
    event, child = process.first, process.child
    relation = "father of" if man in case.parents_of(child) else "a man in the household of"
    about = f"{who(man)} ({relation} {who(child)}) and {process_name(case, process)}"
    took = [e.ref for e in process.entries if man in case.participants_of(e)]
    if took:
        return ctx.passed(child.id, f"{about}: he took part.", took)
    reasons = [e.ref for e in process.entries if e.reason]
    if reasons:
        return ctx.passed(child.id, f"{about}: a reason for leaving him out is recorded.", reasons)
    gap = not_carried(case, event, "participants", "whether he took part cannot be told")
    if gap:
        return ctx.not_evaluated(child.id, f"{about}: {gap}.")
    if unsure:
        return ctx.not_evaluated(
            child.id, f"{about}: the dates are too uncertain to tell whether he lived there then."
        )
    ended = process.ended_on(ctx.as_of)
    if ended is None:
        return ctx.passed(
            child.id,
            f"{about}: still open; his part is not due until the {kind_text(process.kind)} ends"
            f" or its timescale runs out ({day_text(process.due or ctx.as_of)}).",
        )
    known = case.known_from(man) or event.known_from
    first = max(ended, known)
    if process.whole and event.end_date and known > max(event.date.latest, event.known_from):
        # Known only during the assessment: until its end date is known, it is not counted.
        first = max(first, event.end_date.earliest)
    return ctx.finding(
        child.id,
        f"{about}: he is not among those who took part, and no reason for leaving him out is"
        " recorded.",
        evidence=process.refs,
        first_date=first,
        expected=f"{who(man)} among the participants, or a reason recorded for leaving him out",
    )
