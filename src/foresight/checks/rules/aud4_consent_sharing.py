"""FS-AUD4: consent and confidentiality must not block sharing that safeguards a child
(learning point AUD4)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from foresight.checks.context import TOO_UNCERTAIN, CheckContext, expectations
from foresight.checks.predicates import agency_name, count, entry_name, mentions, not_carried, who
from foresight.checks.predicates.process import answered_by, answers_to, open_work, sent_to
from foresight.checks.registry import REGISTRY
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Outcome
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType

SHARED, REFUSED = EventType.INFORMATION_SHARED, EventType.INFORMATION_SHARING_REFUSED
LAWFUL = (
    " Consent and confidentiality do not prevent sharing to safeguard a child: UK GDPR"
    " Article 6(1)(e) (public task) gives the basis, and the Data Protection Act 2018"
    " Schedule 1 paragraph 18 allows special category data to be shared without consent where"
    " it cannot be given or obtained, or seeking it would put the child at risk."
)


@REGISTRY.register(
    code="FS-AUD4",
    learning_points=("AUD4",),
    title="Consent or confidentiality blocking sharing, or a request unanswered",
    settings=(
        "information_sharing_working_days",
        "sharing_refusal_concern_months",
        "mentions_consent_refusal",
    ),
)
def consent_not_a_barrier(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
    """Consent or confidentiality blocking sharing, or a request unanswered.

    Why it matters: audits found agencies declining to share what they knew about a child at
    risk because a parent had not consented, or out of a mistaken reading of confidentiality.

    What triggers it: a refusal to share whose reason cites consent or confidentiality, about
    a child with a plan open, an assessment in progress or a concern in the previous 3 months;
    and any information request.

    What the record should show: within 5 working days of the refusal, the information shared
    with the agency that asked, or an escalation relating to the refusal; within 5 working days
    of a request, information shared or a refusal relating to it (where nothing relates to it,
    one from the agency asked to the agency that asked).

    What it cannot know: sharing by phone or in a meeting that no entry records; a refusal
    whose reason is written in other words; which agency asked, where a refusal neither relates
    to a request nor names a recipient (any sharing by the refusing agency then counts).
    """
    days = ctx.settings.integer("information_sharing_working_days")
    stems = ctx.settings.words("mentions_consent_refusal")
    for refusal in case.events(REFUSED):
        if mentions(refusal, stems):
            for child in case.subjects_of(refusal):
                yield from _refusal(case, ctx, refusal, child, days)
    for request in case.events(EventType.INFORMATION_REQUEST):
        yield _request(case, ctx, request, days)


def _refusal(
    case: Case, ctx: CheckContext, refusal: Event, child: Person, days: int
) -> Iterator[Outcome]:
    about = (
        f"{agency_name(case, refusal.agency)} declined to share information about {who(child)},"
        f" citing consent or confidentiality ({entry_name(case, refusal)})"
    )
    months = ctx.settings.integer("sharing_refusal_concern_months")
    sure, maybe = open_work(case, child, refusal.date, months)
    if not sure:
        if maybe:
            yield ctx.not_evaluated(
                child.id,
                f"{about}: {TOO_UNCERTAIN} whether a plan, assessment or recent concern was open.",
            )
        return
    shown = min(sure, key=lambda e: (e.known_from, e.ref))
    asked = [r.agency for r in case.events() if r.ref == refusal.relates_to]
    asked = asked or list(refusal.to_agency)
    shared = [e for a in asked for e in sent_to(case, (SHARED,), refusal.agency, a)]
    if not asked:
        shared = case.events(SHARED, about=child, agency=refusal.agency)
    to = " or ".join(agency_name(case, a) for a in asked) or "the agency that asked"
    outcome = ctx.judge(
        child.id,
        refusal,
        ctx.within_working_days(refusal.date, days),
        expectations(
            {
                f"information shared with {to} or an escalation of the refusal": shared
                + answers_to(case, refusal, EventType.ESCALATION)
            }
        ),
        about=f"{about}, while {entry_name(case, shown)} showed safeguarding work",
        expected=f"information shared with {to}, or the refusal escalated, within"
        f" {count(days, 'working day')}",
        also_known=(shown,),
    )
    yield (
        replace(outcome, message=outcome.message + LAWFUL)
        if isinstance(outcome, Finding)
        else outcome
    )


def _request(case: Case, ctx: CheckContext, request: Event, days: int) -> Outcome:
    children = case.subjects_of(request)
    subject = children[0].id if children else ""
    asked = " and ".join(agency_name(case, a) for a in request.to_agency)
    about = (
        f"{agency_name(case, request.agency)} asked {asked or 'another agency'} for information"
        f" ({entry_name(case, request)})"
    )
    gap = not_carried(case, request, "to_agency", "whom it asked cannot be told")
    answers = answered_by(case, request, (SHARED, REFUSED))
    if gap and not answers:
        return ctx.not_evaluated(subject, f"{about}: {gap}.")
    # Where whom it asked cannot be told, only a reply relating to the request lets it be
    # judged: not before the first such reply is known.
    shown = [min(answers, key=lambda e: (e.known_from, e.ref))] if gap else []
    return ctx.judge(
        subject,
        request,
        ctx.within_working_days(request.date, days),
        expectations({"reply (information shared or a refusal)": answers}),
        about=about,
        expected=f"a reply, sharing or refusing, within {count(days, 'working day')}",
        also_known=shown,
    )
