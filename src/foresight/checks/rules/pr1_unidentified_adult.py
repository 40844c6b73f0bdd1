"""FS-PR1: know who is in the child's household (learning point PR1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext, expectations
from foresight.checks.predicates import (
    count,
    entry_name,
    household_ever,
    who,
)
from foresight.checks.predicates.people_text import Unmatched, unmatched_people
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import british
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.vocab import EventType

_ONE_DAY = dt.timedelta(days=1)


@REGISTRY.register(
    code="FS-PR1",
    learning_points=("PR1",),
    title="Someone in the household whose identity is not known",
    settings=("identity_working_days",),
)
def household_identified(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Someone in the household whose identity is not known.

    Why it matters: reviews found men in a child's home known only as "mother's partner" or
    "unknown male", so no agency could check who they were or what they had done before.

    What triggers it: a person in the child's household on any day up to the review date for
    whom no agency's record holds both a family name and a date of birth (people known only
    by a role included); and an adult an entry about the child names or describes ("mum's
    new boyfriend Dean", "an unknown male") who matches nobody in the people table, whether
    or not they live in the home.

    What the record should show: their identity, family name and date of birth, recorded
    within 20 working days of the first entry that mentions them.

    What it cannot know: people in the home that no agency recorded, or when an identity was
    recorded (people rows carry no dates), so a later record clears the finding; adults the
    text names or describes in words its patterns do not read, or a name shared by two
    different people.
    """
    days = ctx.settings.integer("identity_working_days")
    homes = {child: household_ever(case, child, ctx.as_of) for child in case.subject_children}
    unknown = _unidentified_by_person(homes)
    for child, members in homes.items():
        if not any(not p.identity_established for p in members):
            yield ctx.passed(
                child.id,
                f"Everyone recorded in {who(child)}'s household up to"
                f" {british(ctx.as_of)} has a family name and date of birth.",
            )
    for person, children in unknown.items():
        outcome = _judge(case, ctx, person, children, days)
        if isinstance(outcome, Finding):
            outcome = _earliest(case, ctx, person, outcome, days)
        yield outcome
    for adult in unmatched_people(case):
        yield _judge_text(case, ctx, adult, days)


def _judge_text(case: Case, ctx: CheckContext, adult: Unmatched, days: int) -> Outcome:
    """An adult an entry names or describes who matches nobody in the people table.

    The deadline counts from the first entry mentioning them; the finding cannot be known
    before the first entry (by when it was recorded) that names or describes them as an
    adult, since until then nothing says the name is an adult's.
    """
    entries = adult.entries
    first = entries[0]
    described = min((e for e, _ in adult.mentions), key=lambda e: (e.known_from, e.ref))
    child = min(
        (c for c in case.subjects_of(first) if c in case.subject_children), key=lambda c: c.id
    )
    event, found = adult.first
    outcome = ctx.judge(
        child.id,
        first,
        ctx.within_working_days(first.date, days),
        expectations({"record of them in the people table": ()}),
        about=f"'{found.text}' in {entry_name(case, event)} matches nobody in the people"
        f" table{_staying(adult)}",
        expected=f"a record of this adult in the people table with their identity (family"
        f" name and date of birth) within {count(days, 'working day')} of"
        f" {'that entry' if first is event else first.ref}",
        also_known=[described],
    )
    if isinstance(outcome, Finding):
        refs = [*outcome.evidence, *(e.ref for e in entries)]
        outcome = dataclasses.replace(outcome, evidence=tuple(dict.fromkeys(refs)))
    return outcome


def _staying(adult: Unmatched) -> str:
    if any(found.staying for _, found in adult.mentions):
        return " (the record says they stay or live in the home)"
    return ""


def _judge(
    case: Case, ctx: CheckContext, person: Person, children: dict[Person, dt.date], days: int
) -> Outcome:
    """One outcome per person, about the child whose household they were in first."""
    # The child they joined first (ties by id), so the subject does not hang on dict order.
    child, joined = min(children.items(), key=lambda item: (item[1], item[0].id))
    names = _join([who(c) for c in children])
    first = case.first_known(person)
    if first is None:
        return ctx.not_evaluated(
            child.id,
            f"{who(person)} is recorded in the household of {names}, but no entry"
            " shows when they were first known, so the time to identify them cannot"
            " be counted.",
        )
    outcome = ctx.judge(
        child.id,
        first,
        ctx.within_working_days(first.date, days),
        expectations({"identity (family name and date of birth)": ()}),
        about=f"{who(person)}, in the household of {names} from {british(joined)},"
        f" first mentioned in {entry_name(case, first)}",
        expected=f"the identity of {who(person)} (family name and date of birth)"
        f" recorded within {count(days, 'working day')} of that entry",
    )
    if isinstance(outcome, Finding) and outcome.first_date < joined:
        # The breach cannot hold before they are in the household.
        outcome = dataclasses.replace(outcome, first_date=joined)
    return outcome


def _earliest(
    case: Case, ctx: CheckContext, person: Person, finding: Finding, days: int
) -> Finding:
    """The finding's first day on what was known each day.

    An entry recorded late (an earlier mention, a move into or out of the home) changes who
    was in the household and since when, so the full record can date the finding later than a
    reviewer would first have seen it (never before their first mention: a person is known
    from it on every day). What the rule reads of them changes only on the days
    :func:`_changes` lists: judge each span between them up to the review date, earliest
    first (the full record can also date it too early: a joining recorded late). A finding
    first raised about another child or from another entry keeps that child as its subject
    and that entry first among its evidence, so it stays one finding.
    """
    changes = sorted(d for d in _changes(case, person) if d <= ctx.as_of)
    if len(changes) < 2:  # nothing it reads changed since the person became known
        return finding
    for start, end in zip(changes, [*changes[1:], ctx.as_of + _ONE_DAY], strict=False):
        then = dataclasses.replace(ctx, as_of=end - _ONE_DAY)
        view = case.known_on(then.as_of)
        homes = {c: household_ever(view, c, then.as_of) for c in view.subject_children}
        children = _unidentified_by_person(homes).get(view.person(person.id))
        outcome = _judge(view, then, person, children, days) if children else None
        if isinstance(outcome, Finding):
            refs = dict.fromkeys([*outcome.evidence[:1], *finding.evidence])
            return dataclasses.replace(
                finding,
                subject=outcome.subject,
                evidence=tuple(refs),
                first_date=max(outcome.first_date, start),
            )
    return finding


def _changes(case: Case, person: Person) -> set[dt.date]:
    """Days on which what the record shows of the person or of who lives where can change:
    their first mention, their agencies' first entries, an entry recorded late that dates
    anyone's presence earlier (:func:`_presence_recorded_late`), a move recorded, a
    relationship begun or ended."""
    # A person no entry mentions is known from their agency's first entry.
    own = (case.events(agency=code) for code in person.agencies)
    days = {min(e.known_from for e in found) for found in own if found}
    first = case.first_mention(person)
    days |= {first.known_from} if first else set()
    days |= _presence_recorded_late(case)
    days |= {
        e.known_from for e in case.events(EventType.JOINED_HOUSEHOLD, EventType.LEFT_HOUSEHOLD)
    }
    for row in case.relationships:
        days |= {d.earliest for d in (row.start, row.end) if d is not None}
    return days


def _presence_recorded_late(case: Case) -> set[dt.date]:
    """Days an entry recorded late becomes known that dates someone's presence earlier than
    the record showed the day before: their first mention, or a mention earlier than any
    known until then, or an entry earlier than any of its agency's (what a person no entry
    mentions is present from, and where the household's days begin).

    Only these late entries change who was in a household and since when (household rule 3,
    and through it rule 1: a lives_with row with a parent now known to be at home); a late
    entry dated after a mention already known changes neither, however many a long record
    has. An entry known on the day it happened cannot date anyone earlier than that day, so
    it is no day of change either: every view from then on agrees about it.
    """
    earliest: dict[tuple[str, str], dt.date] = {}
    days: set[dt.date] = set()
    for event in sorted(case.events(), key=lambda e: (e.known_from, e.date.earliest)):
        day = event.date.earliest
        keys = [("agency", event.agency), *(("listed", p.id) for p in case.mentioned_in(event))]
        earlier = [k for k in keys if k not in earliest or day < earliest[k]]
        if earlier and event.known_from > day:
            days.add(event.known_from)
        for k in earlier:
            earliest[k] = day
    return days


def _unidentified_by_person(
    homes: dict[Person, dict[Person, dt.date]],
) -> dict[Person, dict[Person, dt.date]]:
    """Each unidentified person with the children whose household they were in, and since when."""
    found: dict[Person, dict[Person, dt.date]] = {}
    for child, members in homes.items():
        for person, joined in members.items():
            if not person.identity_established:
                found.setdefault(person, {})[child] = joined
    return found


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
