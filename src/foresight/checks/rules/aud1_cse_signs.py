"""FS-AUD1: know the signs of child sexual exploitation (learning point AUD1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import (
    count,
    entries_in,
    entry_name,
    not_carried,
    referrals_about,
    who,
)
from foresight.checks.predicates.counting import (
    Happening,
    Run,
    distinct_happenings,
    score_within_months,
)
from foresight.checks.predicates.episodes import first_raised_for_child
from foresight.checks.predicates.risk import is_young_person_on, later_of
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome, Passed
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType, RiskLevel

# Each sign and the setting that weighs it; an exclusion or a school absence is one item.
SIGNS = {
    EventType.CSE_INDICATOR: "cse_weight_cse_indicator",
    EventType.MISSING_EPISODE: "cse_weight_missing_episode",
    EventType.SEXUAL_HEALTH_CONTACT: "cse_weight_sexual_health_contact",
    EventType.EXCLUSION: "cse_weight_education",
    EventType.SCHOOL_ABSENCE: "cse_weight_education",
}
SETTINGS = (
    "child_age_years",
    "young_person_min_age_years",
    *dict.fromkeys(SIGNS.values()),
    "cse_score_threshold",
    "cse_score_months",
    "cse_screening_working_days",
    "cse_high_risk_response_working_days",
)


@REGISTRY.register(
    code="FS-AUD1",
    learning_points=("AUD1",),
    title="Signs of sexual exploitation without a CSE screening",
    settings=SETTINGS,
)
def cse_signs_screened(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Signs of sexual exploitation without a CSE screening.

    Why it matters: audits found young people going missing, excluded from school and
    attending sexual health services, each agency seeing one sign, and nobody adding them up
    and asking whether the young person was being sexually exploited.

    What triggers it: a young person aged 10 to 17 scoring 3 or more within 6 months: each
    CSE indicator, missing episode, sexual health contact, exclusion or school absence scores
    1 (the weights and threshold are settings, after Barnardo's SERAF).

    What the record should show: a CSE screening within 10 working days of reaching the
    score; where it found high risk, a referral to children's social care or a strategy
    discussion within 1 working day of the screening.

    What it cannot know: signs no agency recorded, or recorded under another entry type, or
    a screening made but not in the bundle; entries of one happening by two agencies on days
    far apart may be counted twice.
    """
    people = {p for event in case.events(*SIGNS) for p in case.subjects_of(event)}
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for person in sorted(people, key=lambda p: p.id):
        # A sign known late can complete a score (a referral relating to an earlier entry
        # adds its signs to that happening), so the full record can date a finding too early.
        signs = case.events(*SIGNS, about=person)
        for outcome in _young_person(case, ctx, person):
            if isinstance(outcome, Finding):
                outcome = first_raised_for_child(
                    case, ctx, person, outcome, views, signs, _young_person
                )
            yield outcome


def _young_person(case: Case, ctx: CheckContext, person: Person) -> Iterator[Outcome]:
    happenings = distinct_happenings(case, case.events(*SIGNS, about=person))
    ages = {h: is_young_person_on(case, person, h.date, ctx) for h in happenings}
    sure = _runs(ctx, [h for h in happenings if ages[h]])
    maybe = _runs(ctx, [h for h in happenings if ages[h] is not False])
    if maybe and not sure:
        yield ctx.not_evaluated(
            person.id,
            f"Signs of sexual exploitation about {who(person)} reach the score only if"
            " they were aged 10 to 17 then, which the recorded date of birth cannot tell.",
        )
    for run in sure:
        yield from _screened(case, ctx, person, run)


def _runs(ctx: CheckContext, happenings: list[Happening]) -> list[Run]:
    return score_within_months(
        happenings,
        lambda h: _score(h, ctx),
        ctx.settings.integer("cse_score_threshold"),
        ctx.settings.integer("cse_score_months"),
    )


def _score(happening: Happening, ctx: CheckContext) -> int:
    """The happening's score: each sign it records once, however many entries record it."""
    kinds = {SIGNS[t] for e in happening.entries for t in e.types if t in SIGNS}
    return sum(ctx.settings.integer(name) for name in kinds)


def _screened(case: Case, ctx: CheckContext, person: Person, run: Run) -> Iterator[Outcome]:
    score = sum(_score(h, ctx) for h in run.counted)
    reached = run.last.first
    about = (
        f"Signs of sexual exploitation about {who(person)} scored {score} from"
        f" {entry_name(case, run.counted[0].first)} to {entry_name(case, reached)}"
    )
    if not run.sure:
        yield ctx.not_evaluated(person.id, f"{about}: {TOO_UNCERTAIN}.")
        return
    days = ctx.settings.integer("cse_screening_working_days")
    window = ctx.within_working_days(later_of(h.date for h in run.counted), days)
    screenings = entries_in(case, (EventType.CSE_SCREENING,), person, window)
    outcome = ctx.judge(
        person.id,
        reached,
        window,
        expectations({"CSE screening": screenings}),
        about=about,
        expected=f"a CSE screening within {count(days, 'working day')} of reaching the score",
        also_known=run.known_entries,
    )
    if isinstance(outcome, Finding | Passed):
        # Every counted sign as evidence (its entries from every agency that recorded it).
        evidence = tuple(dict.fromkeys((*outcome.evidence, *run.evidence)))
        outcome = dataclasses.replace(outcome, evidence=evidence)
    yield outcome
    if screenings:
        yield from _high_risk(case, ctx, person, screenings[0], run)


def _high_risk(
    case: Case, ctx: CheckContext, person: Person, screening: Event, run: Run
) -> Iterator[Outcome]:
    """Where the first screening found high risk, a referral or strategy discussion."""
    about = f"The CSE screening of {who(person)} in {entry_name(case, screening)}"
    gap = not_carried(case, screening, "risk_level", "whether it found high risk cannot be told")
    if gap:
        yield ctx.not_evaluated(person.id, f"{about}: {gap}.")
        return
    if screening.risk_level is None:
        yield ctx.not_evaluated(
            person.id,
            f"{about} records no risk level, so whether it found high risk cannot be told.",
        )
        return
    if screening.risk_level is not RiskLevel.HIGH:
        return
    days = ctx.settings.integer("cse_high_risk_response_working_days")
    window = ctx.within_working_days(screening.date, days)
    strategy = entries_in(case, (EventType.STRATEGY_DISCUSSION,), person, window)
    response = sorted(
        [*referrals_about(case, person, window), *strategy], key=lambda e: e.date.earliest
    )
    yield ctx.judge(
        person.id,
        screening,
        window,
        expectations({"referral to children's social care or strategy discussion": response}),
        about=f"{about} found high risk",
        expected="a referral to children's social care or a strategy discussion within"
        f" {count(days, 'working day')}",
        also_known=run.known_entries,
    )
