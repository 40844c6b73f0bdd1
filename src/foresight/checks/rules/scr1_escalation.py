"""FS-SCR1: challenge and escalation when agencies do not resolve an issue (learning point
SCR1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext, Window, expectations
from foresight.checks.predicates import (
    agency_name,
    count,
    date_text,
    decisions_to_stop,
    entry_name,
    is_referral,
    who,
)
from foresight.checks.predicates.counting import add_months
from foresight.checks.predicates.episodes import first_day_found
from foresight.checks.predicates.known_by import change_days
from foresight.checks.predicates.process import CLOSED, Chain, disagreement_chain, raised_by
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

STAGE_DAYS = {n: f"disagreement_stage_{n}_working_days" for n in (1, 2, 3, 4)}
PROMPT = (
    "re_referral_stops_count",
    "re_referral_stops_months",
    "re_referral_disagreement_working_days",
)


@REGISTRY.register(
    code="FS-SCR1",
    learning_points=("SCR1",),
    title="A professional disagreement that drifted, or a challenge never raised",
    settings=(*STAGE_DAYS.values(), *PROMPT, "plan_step_working_days"),
)
def disagreements_escalated(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """A professional disagreement that drifted, or a challenge never raised.

    Why it matters: reviews found agencies that disagreed with a decision but let the
    disagreement sit, or never challenged at all, while a child stayed at risk.

    What triggers it: every professional disagreement, stage by stage (escalations relating
    to it, and its closure by a disagreement resolved relating to it, or the next one about the
    same child between the same agencies); and, as a prompt, a child re-referred by the same
    agency after two decisions to stop within 12 months.

    What the record should show: each stage moved on, by an escalation to the next stage or
    closure, within 2 working days at stage 1, 5 at stages 2 and 3, and closure within 10 at
    stage 4 (a stage that moved on late is a finding even if later closed); for the prompt, a
    disagreement raised by that agency about the child by 20 working days after the re-referral.

    What it cannot know: a challenge made by phone or in a meeting and never recorded; when a
    disagreement recorded only as resolved or withdrawn, with no dated closure, was closed; a
    blank stage is read as the next stage; a referral recorded by children's social care is
    counted as made by it, whoever made it.
    """
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for raised in case.events(EventType.PROFESSIONAL_DISAGREEMENT):
        chain = disagreement_chain(case, raised)
        for index in range(len(chain.stages)):
            outcome = _stage(case, ctx, chain, index)
            if isinstance(outcome, Finding) and _closure_known_late(case, chain, outcome):
                outcome = _first_raised(case, ctx, chain, index, outcome, views)
            yield outcome
    for child in case.subject_children:
        yield from _re_referrals(case, ctx, child)


def _stage(case: Case, ctx: CheckContext, chain: Chain, index: int) -> Outcome:
    """Whether one stage moved on in time."""
    stage, raised = chain.stages[index], chain.raised
    children = case.subjects_of(raised)
    subject = children[0].id if children else ""
    others = " and ".join(agency_name(case, c) for c in raised.to_agency) or "another agency"
    about = (
        f"Stage {stage.number} of the disagreement {agency_name(case, raised.agency)} raised"
        f" with {others} ({entry_name(case, stage.entry)})"
    )
    if index == len(chain.stages) - 1 and chain.closed_undated:
        return ctx.not_evaluated(
            subject,
            f"{about}: the disagreement is recorded as closed with no dated closure, so when"
            " it moved on cannot be told.",
        )
    days = ctx.settings.integer(STAGE_DAYS[min(stage.number, 4)])
    closure = [chain.closure] if chain.closure else []
    later = [s.entry for s in chain.stages[index + 1 :] if s.number > stage.number]
    what = f"escalation to stage {stage.number + 1} or closure of the disagreement"
    if stage.number >= 4:
        what, later = "closure of the disagreement", []
    return ctx.judge(
        subject,
        stage.entry,
        ctx.within_working_days(stage.entry.date, days),
        expectations({what: later[:1] + closure}),
        about=about,
        expected=f"{what} within {count(days, 'working day')}",
        # A closure with no date hides when the last known stage moved on: until the next
        # stage's entry is known, this stage cannot be judged, so the finding waits for it.
        # Likewise the last stage of a disagreement whose status says closed: until its dated
        # closure is known, it reads as closed with no dated closure.
        also_known=[s.entry for s in chain.stages[:index]]
        + _links(chain, index)
        + (later[:1] if chain.closed_undated else [])
        + (closure if index == len(chain.stages) - 1 and _says_closed(chain) else []),
    )


def _links(chain: Chain, index: int) -> list[Event]:
    """The later stages through which the stage's entry relates to the disagreement (an
    escalation dated before the disagreement it relates to, say): until they are known, the
    stage is no stage of it, so the finding cannot be known before them."""
    entries = {s.entry.ref: s.entry for s in chain.stages}
    earlier = {s.entry.ref for s in chain.stages[: index + 1]}
    links: list[Event] = []
    target = chain.stages[index].entry.relates_to
    while target in entries and target not in earlier and entries[target] not in links:
        links.append(entries[target])
        target = entries[target].relates_to
    return links


def _closure_known_late(case: Case, chain: Chain, finding: Finding) -> bool:
    """Whether a resolution that could close the chain (one relating to an entry of it, or an
    unlinked one) became known after the finding's first date: until then the record as it
    stood may have read another closure (the fallback before a related one was known, or a
    later unlinked one before an earlier one was), so the full record's date may be wrong."""
    known = {s.entry.ref: s.entry.known_from for s in chain.stages}
    for resolution in case.events(EventType.DISAGREEMENT_RESOLVED):
        target = resolution.relates_to
        if target is not None and target not in known:
            continue
        shown = max(resolution.known_from, known.get(target or "", dt.date.min))
        if shown > finding.first_date:
            return True
    return False


def _first_raised(
    case: Case,
    ctx: CheckContext,
    chain: Chain,
    index: int,
    found: Finding,
    views: dict[dt.date, Case],
) -> Finding:
    """The stage's finding on what was known each day, from its first date on the full
    record (no earlier: its deadline and the entries it rests on bound it)."""
    raised, entry = chain.raised.ref, chain.stages[index].entry.ref

    def judge(view: Case, then: CheckContext) -> Finding | None:
        for disagreement in view.events(EventType.PROFESSIONAL_DISAGREEMENT):
            if disagreement.ref != raised:
                continue
            seen = disagreement_chain(view, disagreement)
            for at, stage in enumerate(seen.stages):
                if stage.entry.ref == entry:
                    outcome = _stage(view, then, seen, at)
                    if isinstance(outcome, Finding) and outcome.subject == found.subject:
                        return outcome
        return None

    days = change_days(case, found.first_date)
    return first_day_found(case, ctx, found, judge, days, views, found.first_date)


def _says_closed(chain: Chain) -> bool:
    """Whether a stage's ``status`` says the disagreement was resolved or withdrawn."""
    return any(s.entry.status in CLOSED for s in chain.stages)


def _re_referrals(case: Case, ctx: CheckContext, child: Person) -> Iterator[Outcome]:
    """The prompt: a re-referral by an agency after decisions to stop it saw, unchallenged."""
    needed, months = PROMPT[0], PROMPT[1]
    stops = decisions_to_stop(case, child, ctx)
    referrals = [e for e in case.events(EventType.REFERRAL, about=child) if is_referral(case, e)]
    for referral in referrals:
        before = [
            r
            for r in referrals
            if r.agency == referral.agency and r.date.latest < referral.date.earliest
        ]
        since = add_months(referral.date.earliest, -ctx.settings.integer(months))
        dated = {
            (s.date.earliest, s.date.latest): s
            for s in stops
            if before
            and s.date.earliest >= max(since, before[0].date.earliest)
            and s.date.latest < referral.date.earliest
        }
        recent = sorted(dated.values(), key=lambda s: s.date.earliest)
        if not before or len(recent) < ctx.settings.integer(needed):
            continue
        if recent[-1].date.earliest < before[-1].date.earliest:
            continue  # no decision to stop since the agency's last referral
        yield _prompt(case, ctx, child, referral, [s.event for s in recent], before)


def _prompt(
    case: Case,
    ctx: CheckContext,
    child: Person,
    referral: Event,
    stops: list[Event],
    before: list[Event],
) -> Outcome:
    days = ctx.settings.integer(PROMPT[2])
    last = ctx.within_working_days(referral.date, days)
    first = stops[0].date
    window = Window((first.earliest, first.latest), last.closes)
    agency = agency_name(case, referral.agency)
    about = (
        f"A prompt: {who(child)} was re-referred by {agency} ({entry_name(case, referral)})"
        f" after {len(stops)} decisions to stop since {date_text(first)}"
    )
    return ctx.judge(
        child.id,
        referral,
        window,
        expectations(
            {f"a disagreement raised by {agency}": raised_by(case, referral.agency, child)}
        ),
        about=about,
        expected=f"a professional disagreement raised by {agency} about {who(child)} within"
        f" {count(days, 'working day')} of the re-referral",
        also_known=[*stops, *before],
    )
