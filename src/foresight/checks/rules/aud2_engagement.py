"""FS-AUD2: when high-risk young people don't engage, check their engagement elsewhere
(learning point AUD2)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, Window, expectations
from foresight.checks.predicates import (
    agency_name,
    count,
    entries_in,
    entry_name,
    not_carried,
    who,
)
from foresight.checks.predicates.counting import Happening, Run
from foresight.checks.predicates.risk import (
    ENGAGEMENT_FAILURE,
    HighRisk,
    at_high_risk_on,
    disengagements,
    high_risk_signs,
    is_young_person_on,
    later_of,
)
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType


@REGISTRY.register(
    code="FS-AUD2",
    learning_points=("AUD2",),
    title="A high-risk young person not engaging, with no check elsewhere",
    settings=(
        "child_age_years",
        "young_person_min_age_years",
        "high_risk_missing_months",
        "engagement_months",
        "engagement_response_working_days",
    ),
)
def engagement_checked_elsewhere(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A high-risk young person not engaging, with no check elsewhere.

    Why it matters: audits found agencies closing their work with high-risk young people
    after missed appointments and unanswered visits, while another agency was still in touch
    with the young person and could have reached them.

    What triggers it: a young person aged 10 to 17 at high risk (a risk level of high on any
    entry, a CSE screening above low, two missing episodes within 3 months, or any self-harm)
    who did not attend, or was not found at home, twice within 3 months by one agency.

    What the record should show: within 10 working days of the second, an information request
    to another agency, a multi-agency meeting about the young person, or a hard-to-reach
    referral.

    What it cannot know: contact with other agencies that was not recorded, or whether the
    agency asked was involved with the young person when the bundle does not hold its
    records; a sign of high risk recorded only after the second missed contact is not counted.
    """
    people = {p for e in case.events(*ENGAGEMENT_FAILURE) for p in case.subjects_of(e)}
    for person in sorted(people, key=lambda p: p.id):
        signs = high_risk_signs(case, person, ctx)
        if signs:
            for agency, run in disengagements(case, person, ctx):
                yield from _disengaged(case, ctx, person, agency, run, signs)


def _disengaged(
    case: Case,
    ctx: CheckContext,
    person: Person,
    agency: str,
    run: Run,
    signs: Sequence[HighRisk],
) -> Iterator[Outcome]:
    """The first failed contact of the run that, with the one before it, makes two while the
    young person is aged 10 to 17 and at high risk."""
    for before, second in zip(run.happenings, run.happenings[1:], strict=False):
        # With uncertain dates either may be the later: the pair is made on the later.
        when = later_of((before.date, second.date))
        risk, sign = at_high_risk_on(signs, when)
        young = is_young_person_on(case, person, when, ctx)
        if risk is False or young is False:
            continue
        about = (
            f"{who(person)} missed contact with {agency_name(case, agency)} twice, in"
            f" {entry_name(case, before.first)} and {entry_name(case, second.first)}"
        )
        if young is None:
            reason = "whether they were aged 10 to 17 then cannot be told"
            yield ctx.not_evaluated(person.id, f"{about}: {reason}.")
        elif risk is None or sign is None or not run.sure:
            yield ctx.not_evaluated(person.id, f"{about}: {TOO_UNCERTAIN}.")
        else:
            yield _judge(case, ctx, person, agency, (before, second, when), sign, about)
        return


def _judge(
    case: Case,
    ctx: CheckContext,
    person: Person,
    agency: str,
    pair: tuple[Happening, Happening, UncertainDate],
    sign: HighRisk,
    about: str,
) -> Outcome:
    """The pair of failed contacts, made on ``when``: engagement checked elsewhere in time."""
    before, second, when = pair
    days = ctx.settings.integer("engagement_response_working_days")
    window = ctx.within_working_days(when, days)
    about += f", while at high risk ({sign.why}: {entry_name(case, sign.entries[-1])})"
    checked = expectations(
        {
            "information request to another agency, multi-agency meeting or hard-to-reach"
            " referral": _checked_elsewhere(case, person, agency, window),
        }
    )
    outcome = ctx.judge(
        person.id,
        second.first,
        window,
        checked,
        about=about,
        expected="an information request to another agency involved, a multi-agency meeting"
        f" or a hard-to-reach referral within {count(days, 'working day')} of the second",
        also_known=(before.earliest_known, second.earliest_known, *sign.entries),
    )
    if isinstance(outcome, Finding):
        # An information request whose agency does not record to whom leaves it untold.
        for request in entries_in(case, (EventType.INFORMATION_REQUEST,), person, window):
            gap = not_carried(case, request, "to_agency", "to whom it was sent cannot be told")
            if gap and window.could_contain(request.date):
                return ctx.not_evaluated(person.id, f"{about}: {gap}.")
    return outcome


def _checked_elsewhere(case: Case, person: Person, agency: str, window: Window) -> list[Event]:
    """Entries that check the young person's engagement elsewhere: an information request to
    an agency other than the one they did not engage with, a multi-agency meeting or a
    hard-to-reach referral about them."""
    requests = [
        e
        for e in entries_in(case, (EventType.INFORMATION_REQUEST,), person, window)
        if any(code != agency for code in e.to_agency)
    ]
    others = entries_in(
        case, (EventType.MULTI_AGENCY_MEETING, EventType.HARD_TO_REACH_REFERRAL), person, window
    )
    return sorted([*requests, *others], key=lambda e: (e.date.earliest, e.ref))
