"""FS-NAT5: understand the child's experience of living in the family (learning point NAT5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from foresight.checks.context import CheckContext
from foresight.checks.predicates import (
    age_on,
    age_text,
    count,
    day_text,
    entry_name,
    is_child_on,
    not_carried,
    unborn,
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
from foresight.checks.predicates.involvement import (
    AgeRule,
    kind_of,
    plans_open_on,
    seen_by,
    seen_rule,
    unseen_spells,
    views_rule,
)
from foresight.checks.predicates.plans import Plan, plans
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import AgencyKind, EventType

SETTINGS = (
    "child_age_years",
    "child_seen_alone_from_years",
    "child_views_observed_under_years",
    "protection_plan_visit_working_days",
    *PROCESS_SETTINGS,
)
KINDS = (EventType.ASSESSMENT, EventType.SECTION_47_ENQUIRY)
ON_PLAN = (EventType.CHILD_PROTECTION_PLAN, EventType.LOOKED_AFTER)
PROTECTION = (EventType.CHILD_PROTECTION_PLAN,)


@REGISTRY.register(
    code="FS-NAT5",
    learning_points=("NAT5",),
    title="The child not seen or heard",
    settings=SETTINGS,
)
def child_seen_and_heard(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """The child not seen or heard.

    Why it matters: national reviews found children on plans visited again and again without
    anyone seeing them alone or recording what they said, so their experience of home was
    never understood.

    What triggers it: an assessment or section 47 enquiry of a child, judged once however
    many entries record it (entries whose type is read from their text are one process while
    within 45 working days of the first for an assessment, 15 for an enquiry, up to the entry
    that completes it); a children's social care home visit while the child is on a child
    protection plan or looked after; and a child on a child protection plan.

    What the record should show: the child seen alone from age 4 (seen, under 4) and their own
    views recorded (an observation is enough under 2), in any entry of the assessment or
    enquiry, by the time it ended (or its timescale ran out); and a child on a child protection
    plan seen by children's social care at least every 10 working days.

    What it cannot know: what was said or seen but not recorded in the seen and views columns;
    it is not evaluated where the agency does not record them.
    """
    rules = (
        seen_rule(ctx.settings.integer("child_seen_alone_from_years")),
        views_rule(ctx.settings.integer("child_views_observed_under_years")),
    )
    views: dict[dt.date, Case] = {}  # the replay views, shared by every finding
    for process in _triggers(case, ctx):
        why = _why(case, process)
        child = process.child
        young = is_child_on(case, child, process.first.date, ctx)
        if why and young is not False and not unborn(child):
            outcome = _seen_and_heard(case, ctx, process, why, rules)
            if isinstance(outcome, Finding) and not process.whole:
                outcome = _earliest(case, ctx, process, rules, outcome, views)
            yield outcome
    for plan in plans(case, PROTECTION):
        outcome = _visited(case, ctx, plan.as_entry(), plan.child)
        if isinstance(outcome, Finding):
            outcome = _earliest_gap(case, ctx, plan, outcome, views)
        yield outcome


def _triggers(case: Case, ctx: CheckContext) -> list[Process]:
    """Each assessment or enquiry, and each home visit not part of one, for each child."""
    return triggers(case, ctx, KINDS, (EventType.HOME_VISIT,))


def _why(case: Case, process: Process) -> str:
    """What makes the process a trigger for the child, or "" when it is not one."""
    if process.kind is not EventType.HOME_VISIT:
        return f"{'an' if process.kind is EventType.ASSESSMENT else 'a'} {kind_text(process.kind)}"
    event, child = process.first, process.child
    if kind_of(case, event.agency) is not AgencyKind.CHILDREN_SOCIAL_CARE:
        return ""
    sure, _ = plans_open_on(case, child, event.date, ON_PLAN)
    return "a home visit while on a child protection plan or looked after" if sure else ""


def _seen_and_heard(
    case: Case,
    ctx: CheckContext,
    process: Process,
    why: str,
    rules: tuple[AgeRule, AgeRule],
) -> Outcome:
    """Seen (alone) and heard in any entry of the process."""
    child, first = process.child, process.first
    age = age_on(case, child, first.date)
    about = f"{who(child)} ({age_text(age)}) in {process_name(case, process)}, {why}"
    found: dict[str, list[str]] = {"missing": [], "unsure": [], "met": []}
    gaps: list[str] = []
    for column, label, rule in [
        ("child_seen", "seen", rules[0]),
        ("child_views", "their views", rules[1]),
    ]:
        gap = not_carried(case, first, column, "what the record should show cannot be told")
        if gap:
            gaps.append(gap)
            continue
        values = [getattr(e, column) for e in process.entries]
        verdicts = {
            rule.verdict(v, age_on(case, child, e.date))
            for v, e in zip(values, process.entries, strict=True)
        }
        verdict = next(v for v in ("met", "unsure", "missing") if v in verdicts)
        written = ", ".join(dict.fromkeys(str(v) if v else "not recorded" for v in values))
        found[verdict].append(f"{label}: {written}")
    missing, unsure = found["missing"], found["unsure"]
    expected = f"{who(child)} {rules[0].describe(age)} and {rules[1].describe(age)}"
    if missing:
        ended = process.ended_on(ctx.as_of)
        if ended is None:
            return ctx.passed(
                child.id,
                f"{about}: still open; {expected} not due until the {kind_text(process.kind)}"
                f" ends or its timescale runs out ({day_text(process.due or ctx.as_of)}).",
            )
        return ctx.finding(
            child.id,
            f"{about}. Expected {expected}; found {'; '.join(missing)}.",
            evidence=process.refs,
            first_date=ended,
            expected=expected,
        )
    if gaps:
        return ctx.not_evaluated(child.id, f"{about}: {'; '.join(gaps)}.")
    if unsure:
        return ctx.not_evaluated(
            child.id, f"{about}: the child's age is too uncertain to tell ({'; '.join(unsure)})."
        )
    return ctx.passed(child.id, f"{about}: seen and heard.", process.refs)


def _earliest(
    case: Case,
    ctx: CheckContext,
    process: Process,
    rules: tuple[AgeRule, AgeRule],
    finding: Finding,
    views: dict[dt.date, Case],
) -> Finding:
    """The finding's first day on what was known each day: the process as the record stood
    (an entry recorded late can end it, or join it, after the full record's end)."""

    def judge(view: Case, then: CheckContext) -> Finding | None:
        seen = process_of(view, then, KINDS, process)
        if seen is None:
            return None
        outcome = _seen_and_heard(view, then, seen, _why(view, seen), rules)
        return outcome if isinstance(outcome, Finding) else None

    days = process_days(case, process)
    return first_day_found(case, ctx, finding, judge, days, views, process.first.known_from)


def _earliest_gap(
    case: Case, ctx: CheckContext, plan: Plan, finding: Finding, views: dict[dt.date, Case]
) -> Finding:
    """The gap's first day on what was known each day: a visit recorded late (or an end of
    the plan) can close a gap the record as it stood already showed."""

    def judge(view: Case, then: CheckContext) -> Finding | None:
        seen = [p for p in plans(view, PROTECTION) if (p.start.ref, p.child) == key]
        outcome = _visited(view, then, seen[0].as_entry(), plan.child) if seen else None
        return outcome if isinstance(outcome, Finding) else None

    key = (plan.start.ref, plan.child)
    days = {e.known_from for e in case.events() if e.known_from > e.date.earliest}
    days |= {e.known_from for e in plan.entries}
    return first_day_found(case, ctx, finding, judge, days, views, plan.start.known_from)


def _visited(case: Case, ctx: CheckContext, plan: Event, child: Person) -> Outcome:
    """A child on a protection plan seen by children's social care often enough."""
    days = ctx.settings.integer("protection_plan_visit_working_days")
    about = f"{who(child)} on the child protection plan in {entry_name(case, plan)}"
    csc = [a.code for a in case.agencies if a.kind is AgencyKind.CHILDREN_SOCIAL_CARE]
    if not any(case.carries(code, "child_seen") for code in csc):
        return ctx.not_evaluated(
            child.id,
            f"{about}: no children's social care records in the bundle say whether the child"
            " was seen, so the time between visits cannot be told.",
        )
    visits = seen_by(case, child, csc)
    sure, unsure = unseen_spells(ctx, plan, visits, days)
    if sure:
        first, last = sure[0]
        evidence = [plan.ref, *(v.ref for v in (last,) if v is not None)]
        since = (
            f"{entry_name(case, last)}"
            if last
            else f"the plan began ({day_text(plan.date.latest)})"
        )
        return ctx.finding(
            child.id,
            f"{about}: not seen by children's social care for more than"
            f" {count(days, 'working day')} after {since}; {len(sure)} such gap(s) by"
            f" {day_text(ctx.as_of)}.",
            evidence=evidence,
            first_date=max(first, plan.known_from),
            expected=f"the child seen by children's social care at least every"
            f" {count(days, 'working day')} while on the plan",
        )
    if unsure:
        return ctx.not_evaluated(
            child.id, f"{about}: the dates are too uncertain to tell whether visits were in time."
        )
    return ctx.passed(
        child.id,
        f"{about}: seen at least every {count(days, 'working day')}.",
        (plan.ref, *(v.ref for v in visits)),
    )
