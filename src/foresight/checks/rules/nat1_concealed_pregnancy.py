"""FS-NAT1: a late-booked or concealed pregnancy (learning point NAT1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import count, entry_name, is_referral, not_carried, who
from foresight.checks.predicates.pregnancy import (
    PREGNANCY,
    gestation_on,
    involves_any,
    pregnancy_people,
    pregnancy_start,
    pregnant_woman,
    unborn_children_of,
    weeks_days,
    weeks_text,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import AgencyKind, EventType

MATERNITY = frozenset({AgencyKind.MIDWIFERY, AgencyKind.HOSPITAL})
WHAT = "referral to children's social care or pre-birth assessment"


@REGISTRY.register(
    code="FS-NAT1",
    learning_points=("NAT1",),
    title="A late-booked or concealed pregnancy",
    settings=(
        "late_booking_weeks",
        "concealed_pregnancy_lookback_weeks",
        "concealed_pregnancy_response_working_days",
    ),
)
def concealed_pregnancy(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A late-booked or concealed pregnancy.

    Why it matters: national reviews found babies harmed after pregnancies hidden from, or
    booked late with, maternity services, when nobody asked why the mother had kept away.

    What triggers it: a pregnancy booked at 20+0 weeks or later (NICE NG201 asks for booking
    by 10+0 weeks), or a birth with no booking or antenatal contact for the mother in the
    42 weeks before it, where the bundle holds a midwifery or hospital agency.

    What the record should show: a referral to children's social care or a pre-birth
    assessment within 10 working days of the booking or the birth.

    What it cannot know: antenatal care the bundle's agencies did not record, or why the
    pregnancy was booked late; without a gestation or expected date of birth it cannot tell
    whether a booking was late.
    """
    for booking in case.events(EventType.PREGNANCY_BOOKING):
        yield from _late_booking(case, ctx, booking)
    maternity = any(a.kind in MATERNITY for a in case.agencies)
    for birth in case.events(EventType.BIRTH):
        yield from _unbooked_birth(case, ctx, birth, maternity)


def _late_booking(case: Case, ctx: CheckContext, booking: Event) -> Iterator[Outcome]:
    woman = pregnant_woman(case, booking)
    subject = _subject(case, booking, woman)
    name = f"the booking {booking.ref} of {who(woman) if woman else 'an unnamed woman'}"
    start = pregnancy_start(case, booking, woman)
    if start is None:
        gap = not_carried(case, booking, "gestation_weeks", "whether it was late cannot be told")
        yield ctx.not_evaluated(
            subject,
            f"For {name}: {gap}."
            if gap
            else f"Neither a gestation nor an expected date of birth is recorded for {name}, "
            "so whether it was late cannot be told.",
        )
        return
    late = weeks_days(ctx.settings.number("late_booking_weeks"))
    fewest, most = gestation_on(start, booking.date)
    if most < late:
        return
    if fewest < late:
        yield ctx.not_evaluated(subject, f"For {name}: {TOO_UNCERTAIN} whether it was late.")
        return
    about = f"A pregnancy booked late, at {weeks_text(fewest)}, in {entry_name(case, booking)}"
    yield _judge(case, ctx, booking, woman, subject, about)


def _unbooked_birth(
    case: Case, ctx: CheckContext, birth: Event, maternity: bool
) -> Iterator[Outcome]:
    mother = pregnant_woman(case, birth)
    subject = _subject(case, birth, mother)
    if not maternity:
        yield ctx.not_evaluated(
            subject,
            f"The bundle holds no midwifery or hospital records, so whether the pregnancy "
            f"before {entry_name(case, birth)} was concealed cannot be told.",
        )
        return
    if mother is None:
        yield ctx.not_evaluated(subject, f"{entry_name(case, birth)} names no mother.")
        return
    back = dt.timedelta(weeks=ctx.settings.integer("concealed_pregnancy_lookback_weeks"))
    care = [
        e
        for e in case.events(*PREGNANCY, between=(birth.date.earliest - back, birth.date.latest))
        if pregnant_woman(case, e) == mother and e.date.earliest < birth.date.latest
    ]
    sure = [
        e
        for e in care
        if e.date.earliest >= birth.date.latest - back and e.date.latest < birth.date.earliest
    ]
    if sure:
        return
    about = f"A birth with no antenatal care recorded, in {entry_name(case, birth)}"
    if care:
        yield ctx.not_evaluated(subject, f"{about}: {TOO_UNCERTAIN} whether care came first.")
        return
    yield _judge(case, ctx, birth, mother, subject, about)


def _judge(
    case: Case, ctx: CheckContext, trigger: Event, woman: Person | None, subject: str, about: str
) -> Outcome:
    days = ctx.settings.integer("concealed_pregnancy_response_working_days")
    window = ctx.within_working_days(trigger.date, days)
    people = {*case.subjects_of(trigger), *(pregnancy_people(case, woman) if woman else ())}
    kinds = (EventType.REFERRAL, EventType.PRE_BIRTH_ASSESSMENT)
    found = [
        e
        for e in case.events(*kinds, between=window.onwards)
        if (e.has(EventType.PRE_BIRTH_ASSESSMENT) or is_referral(case, e))
        and involves_any(case, e, people)
    ]
    return ctx.judge(
        subject,
        trigger,
        window,
        expectations({WHAT: found}),
        about=about,
        expected=f"a {WHAT} within {count(days, 'working day')}",
    )


def _subject(case: Case, event: Event, woman: Person | None) -> str:
    """The subject child (the baby, or the unborn child), else the woman."""
    children = [p for p in case.subjects_of(event) if p.is_subject]
    if woman is not None:
        children += [p for p in unborn_children_of(case, woman) if p.is_subject]
    if children:
        return children[0].id
    if woman is not None:
        return woman.id
    return case.subject_children[0].id if case.subject_children else ""
