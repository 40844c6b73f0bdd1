"""FS-SCR3: work with both parents (learning point SCR3)."""

from __future__ import annotations

from collections.abc import Iterator

from foresight.checks.context import CheckContext
from foresight.checks.predicates import (
    ASSESSMENT,
    PLAN,
    entry_name,
    is_child_on,
    not_carried,
    of_class,
    who,
)
from foresight.checks.predicates.involvement import alive_on, fathers_of, known_by, men_at_home
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

TRIGGERS = ASSESSMENT | {EventType.CHILD_PROTECTION_CONFERENCE}


@REGISTRY.register(
    code="FS-SCR3",
    learning_points=("SCR3",),
    title="A father or man in the household left out",
    settings=("child_age_years",),
)
def both_parents(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A father or man in the household left out.

    Why it matters: reviews found assessments and plans built around the mother alone, while
    the child's father, or the man living in the home, was never seen or asked, though he was
    known to agencies and shaped the child's life.

    What triggers it: an assessment, a child protection conference or the start of a plan for
    a child whose father, or a male carer or partner of a parent in the household that day,
    is known to any agency in the bundle.

    What the record should show: that man among the entry's participants, or a reason
    recorded for leaving him out.

    What it cannot know: fathers and partners no agency recorded, or contact with him recorded
    elsewhere; it is not evaluated where the agency does not record who took part.
    """
    for event in case.events(*TRIGGERS, *PLAN):
        # A plan is judged at its start; an assessment or conference over its whole span.
        span = event.end_date if of_class(event, TRIGGERS) and event.end_date else event.date
        for child in case.subjects_of(event):
            if is_child_on(case, child, event.date, ctx) is False:
                continue
            sure, unsure = men_at_home(case, child, event.date)
            fathers = [f for f in fathers_of(case, child) if f not in sure + unsure]
            for man in fathers + sure + unsure:
                if man != child and alive_on(man, event.date) and known_by(case, man, event, span):
                    yield _took_part(case, ctx, event, child, man, man in unsure)


def _took_part(
    case: Case, ctx: CheckContext, event: Event, child: Person, man: Person, unsure: bool
) -> Outcome:
    """The man among the entry's participants, or a reason for leaving him out."""
    relation = "father of" if man in case.parents_of(child) else "a man in the household of"
    about = f"{who(man)} ({relation} {who(child)}) and {entry_name(case, event)}"
    if man in case.participants_of(event):
        return ctx.passed(child.id, f"{about}: he took part.", (event.ref,))
    if event.reason:
        return ctx.passed(
            child.id, f"{about}: a reason for leaving him out is recorded.", (event.ref,)
        )
    gap = not_carried(case, event, "participants", "whether he took part cannot be told")
    if gap:
        return ctx.not_evaluated(child.id, f"{about}: {gap}.")
    if unsure:
        return ctx.not_evaluated(
            child.id, f"{about}: the dates are too uncertain to tell whether he lived there then."
        )
    known = case.known_from(man) or event.known_from
    first = max(event.known_from, known)
    if event.end_date and known > max(event.date.latest, event.known_from):
        # Known only during the assessment: until its end date is known, it is not counted.
        first = max(first, event.end_date.earliest)
    return ctx.finding(
        child.id,
        f"{about}: he is not among those who took part, and no reason for leaving him out is"
        " recorded.",
        evidence=(event.ref,),
        first_date=first,
        expected=f"{who(man)} among the participants, or a reason recorded for leaving him out",
    )
