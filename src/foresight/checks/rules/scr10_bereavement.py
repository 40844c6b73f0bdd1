"""FS-SCR10: the longer-term impact of bereavement (learning point SCR10)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from foresight.checks.context import TOO_UNCERTAIN, CheckContext
from foresight.checks.predicates import (
    ASSESSMENT,
    PLAN,
    date_text,
    entry_name,
    mentions,
    not_carried,
    of_class,
    who,
)
from foresight.checks.predicates.known_by import first_day_holding
from foresight.checks.predicates.plans import plan_starts
from foresight.checks.predicates.pregnancy import plus_months
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.roles import RoleKind, role_kind
from foresight.model.vocab import EventType, RelationshipKind

CLOSE = frozenset({RoleKind.PARENT, RoleKind.STEP_PARENT, RoleKind.CARER})


@dataclass(frozen=True)
class Loss:
    """A death in the child's life: who died, when, and the bereavement entry (None when the
    death is known only from a date of death on a person's record)."""

    died: Person
    date: UncertainDate
    entry: Event | None


@REGISTRY.register(
    code="FS-SCR10",
    learning_points=("SCR10",),
    title="An assessment or plan that does not mention a bereavement",
    settings=("bereavement_followup_months", "mentions_loss"),
)
def bereavement_remembered(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """An assessment or plan that does not mention a bereavement.

    Why it matters: a serious case review found a child's grief for a parent forgotten within
    months, so that later assessments read the child's behaviour without the loss behind it.

    What triggers it: the death of a parent, carer or brother or sister (a bereavement entry),
    or a recorded date of death of a parent or of someone in the child's household.

    What the record should show: every assessment and every plan started in the 24 months after
    the death mentions the loss (bereavement, death, grief and similar words).

    What it cannot know: a loss discussed with the child but not written in the entry's
    details or outcome, or a death no agency recorded.
    """
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for child in case.subject_children:
        losses, unknown = losses_of(case, child)
        for entry in unknown:
            gap = not_carried(case, entry, "people", "who died cannot be told")
            yield ctx.not_evaluated(
                child.id,
                f"For {entry_name(case, entry)}: {gap}."
                if gap
                else f"{entry_name(case, entry)} records a bereavement without saying who died.",
            )
        for loss in losses:
            for outcome in _loss(case, ctx, child, loss):
                if isinstance(outcome, Finding):
                    outcome = _first_shown(case, ctx, child, outcome, views)
                yield outcome


def _loss(case: Case, ctx: CheckContext, child: Person, loss: Loss) -> Iterator[Outcome]:
    """Each assessment and plan start after one death: a finding for each that is silent."""
    months = ctx.settings.integer("bereavement_followup_months")
    first, last = loss.date.latest, plus_months(loss.date.earliest, months)
    end = plus_months(loss.date.latest, months)
    when = f"recorded in {entry_name(case, loss.entry)}" if loss.entry else "on their record"
    about = f"The death of {who(loss.died)} ({date_text(loss.date)}, {when})"
    evidence = [loss.entry.ref] if loss.entry else []
    clear = True
    starts = {e.ref for e in plan_starts(case, about=child)}
    for entry in case.events(*ASSESSMENT, *PLAN, about=child, between=(loss.date.earliest, end)):
        if entry.date.latest <= loss.date.earliest:
            continue
        if not of_class(entry, ASSESSMENT) and entry.ref not in starts:
            continue  # a plan's review or end, not its start
        if mentions(entry, ctx.settings.words("mentions_loss")):
            evidence.append(entry.ref)
            continue
        clear = False
        if entry.date.earliest <= first or entry.date.latest > last:
            yield ctx.not_evaluated(
                child.id,
                f"{about} and {entry_name(case, entry)}: {TOO_UNCERTAIN} whether the entry came"
                f" in the {months} months after the death.",
            )
        else:
            yield _silent(case, ctx, child, loss, entry, about)
    if clear:
        text = f"{about}: every assessment and plan since mentions the loss."
        yield ctx.passed(child.id, text, evidence)


def _silent(
    case: Case, ctx: CheckContext, child: Person, loss: Loss, entry: Event, about: str
) -> Outcome:
    months = ctx.settings.integer("bereavement_followup_months")
    known = loss.entry.known_from if loss.entry else loss.date.earliest
    expected = f"every assessment and plan start in the {months} months after the death to"
    return ctx.finding(
        child.id,
        f"{about}, a loss for {who(child)}, is not mentioned in {entry_name(case, entry)}."
        f" Expected {expected} mention the loss; found no mention of it.",
        evidence=[entry.ref, *([loss.entry.ref] if loss.entry else [])],
        first_date=max(entry.known_from, known),
        expected=f"{expected} mention the loss",
    )


def _first_shown(
    case: Case, ctx: CheckContext, child: Person, finding: Finding, views: dict[dt.date, Case]
) -> Finding:
    """The first day the record showed the finding: with both entries known, the death is a
    loss for the child only once the record shows who the person was to them (a sibling or
    carer by a relationship begun later, say, or someone in the household then)."""
    entry = finding.evidence[:1]

    def silent(view: Case) -> bool:
        try:
            person = view.person(child.id)
        except KeyError:
            return False
        losses, _ = losses_of(view, person)
        return any(
            isinstance(o, Finding) and o.evidence[:1] == entry
            for loss in losses
            for o in _loss(view, ctx, person, loss)
        )

    first = first_day_holding(case, finding.first_date, silent, views)
    return dataclasses.replace(finding, first_date=first)


def losses_of(case: Case, child: Person) -> tuple[list[Loss], list[Event]]:
    """The deaths in the child's life (one per person, the earliest record of it), and the
    bereavement entries that do not say who died."""
    found: dict[Person, Loss] = {}
    unknown: list[Event] = []
    for entry in case.events(EventType.BEREAVEMENT, about=child):
        died = [p for p in case.people_of(entry) if p != child]
        if not died:
            unknown.append(entry)
        for person in died:
            if _close(case, child, person) and person not in found:
                found[person] = Loss(person, entry.date, entry)
    parents = set(case.parents_of(child))
    for person in case.people:
        for death in person.dates_of_death:
            if person in found or person == child:
                continue
            if person in parents or person in case.household_on(child, death.earliest):
                found[person] = Loss(person, death, None)
    return sorted(found.values(), key=lambda loss: loss.date.earliest), unknown


def _close(case: Case, child: Person, person: Person) -> bool:
    """A parent, carer or sibling of the child."""
    if person in case.parents_of(child) or person in case.siblings_of(child):
        return True
    if any(role_kind(role) in CLOSE for role in person.roles):
        return True
    for row in case.relationships:
        pair = {case.person_for(row.agency, row.person_id)}
        pair.add(case.person_for(row.agency, row.other_person_id))
        if row.kind is RelationshipKind.CARER and pair == {person, child}:
            return True
    return False
