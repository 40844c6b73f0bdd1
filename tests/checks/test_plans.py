"""One plan as one plan, not a new plan at every review (foresight.checks.predicates.plans).

Ava's child in need plan is agreed on Wednesday 21 November 2012; entries read from the text
record its reviews and its end. Six months (the review cycle) after 15 January 2013 is
15 July 2013.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, a_relationship, an_adult, an_event, an_inferred_event
from foresight.checks.context import CheckContext
from foresight.checks.predicates import PLAN, decisions_to_stop
from foresight.checks.predicates.episodes import triggers
from foresight.checks.predicates.involvement import plans_open_on
from foresight.checks.predicates.plans import Plan, plan_starts, plans
from foresight.checks.predicates.process import open_work
from foresight.model.case import Case
from foresight.model.dates import UncertainDate, parse_date
from foresight.model.outcomes import Finding, Outcome
from foresight.model.records import Event
from foresight.model.vocab import Category, ChildSeen, EventType, Sex

AS_OF = dt.date(2014, 12, 31)
CIN = EventType.CHILD_IN_NEED_PLAN
CP = EventType.CHILD_PROTECTION_PLAN


def family(*events: Event) -> Case:
    people = [
        a_child("C1", born="2005-05-05", name="Ava Sample"),
        a_child("C1", born="2005-05-05", name="Ava Sample", agency="HV"),
        a_child("C2", born="2007-07-07", name="Ben Sample"),
        an_adult("M1", "mother", name="Mia Sample", born="1985-01-01", sex=Sex.FEMALE),
        an_adult("F1", "father", name="Tom Pike", born="1983-01-01", sex=Sex.MALE),
    ]
    rows = [a_relationship("M1", "parent", "C1"), a_relationship("F1", "parent", "C1")]
    return a_case(people=people, events=events, relationships=rows)


def grouped(case: Case, *kinds: EventType) -> list[Plan]:
    return plans(case.known_on(AS_OF), kinds or (CP, CIN))


def day(date: UncertainDate | None) -> dt.date | None:
    """The day an exact date stands for."""
    return date.earliest if date is not None and date.earliest == date.latest else None


def refs(found: list[Plan]) -> list[list[str]]:
    return [[e.event_id for e in p.entries] for p in found]


def reviews(**kw: Any) -> tuple[Event, ...]:
    return (
        an_inferred_event(
            CIN, on="2012-11-21", eid="P1", details="Child in need plan agreed.", **kw
        ),
        an_inferred_event(CIN, on="2013-01-15", eid="P2", details="Child in need review.", **kw),
        an_inferred_event(
            CIN, on="2013-04-09", eid="P3", details="CIN review. Continue plan.", **kw
        ),
        an_inferred_event(
            CIN, on="2013-06-27", eid="P4", details="Child in need plan ended: goals met."
        ),
    )


def test_the_reviews_of_a_plan_read_from_text_are_one_plan_ended_by_its_end() -> None:
    case = family(*reviews())
    [plan] = grouped(case)
    assert refs([plan]) == [["P1", "P2", "P3", "P4"]]
    assert plan.closing is not None and plan.closing.event_id == "P4"
    assert day(plan.end) == dt.date(2013, 6, 27)
    assert [e.event_id for e in plan_starts(case)] == ["P1"]


def test_after_its_end_a_plan_entry_starts_another_plan() -> None:
    case = family(
        *reviews(),
        an_inferred_event(
            CIN, on="2013-09-02", eid="P5", details="Child in need plan agreed again."
        ),
        an_inferred_event(CIN, on="2013-10-01", eid="P6", details="Case closed.", end_date=None),
    )
    assert refs(grouped(case)) == [["P1", "P2", "P3", "P4"], ["P5", "P6"]]
    closed = family(
        an_inferred_event(CIN, on="2012-11-21", eid="P1"),
        an_inferred_event(CIN, EventType.CASE_CLOSED, on="2013-01-15", eid="P2"),
        an_inferred_event(CIN, on="2013-02-01", eid="P3"),
    )
    assert refs(grouped(closed)) == [["P1", "P2"], ["P3"]]


def test_a_plan_with_its_own_end_date_holds_the_entries_up_to_it() -> None:
    case = family(
        an_inferred_event(CIN, on="2012-11-21", end_date="2013-08-30", eid="P1"),
        an_inferred_event(CIN, on="2013-08-30", eid="P2", details="Review."),
        an_inferred_event(CIN, on="2013-09-02", eid="P3", details="Plan closed on 30/08/2013."),
        an_inferred_event(CIN, on="2013-09-09", eid="P4", details="Review."),
    )
    # Up to its end date, whatever the gap; after it, a note of its end still joins it.
    assert refs(grouped(case)) == [["P1", "P2", "P3"], ["P4"]]
    assert day(grouped(case)[0].end) == dt.date(2013, 8, 30)


def test_a_silence_longer_than_the_review_cycle_starts_another_plan() -> None:
    case = family(
        an_inferred_event(CIN, on="2012-11-21", eid="P1"),
        an_inferred_event(CIN, on="2013-01-15", eid="P2"),
        an_inferred_event(CIN, on="2013-07-15", eid="P3"),
        an_inferred_event(CIN, on="2014-01-16", eid="P4"),
    )
    assert refs(grouped(case)) == [["P1", "P2", "P3"], ["P4"]]
    assert grouped(case)[0].end is None


def test_the_first_entry_of_a_plan_records_its_start_even_when_it_mentions_an_end() -> None:
    case = family(
        an_inferred_event(CP, on="2012-11-21", eid="P1", details="Initial conference: CP plan."),
        an_inferred_event(
            CP, CIN, on="2013-02-01", eid="P2", details="CP plan ended; stepped down to CIN."
        ),
        an_inferred_event(CIN, on="2013-03-01", eid="P3", details="CIN review."),
    )
    assert [(p.kind, refs([p])[0]) for p in grouped(case)] == [
        (CP, ["P1", "P2"]),
        (CIN, ["P2", "P3"]),
    ]


def test_coded_entries_keep_their_meaning_each_a_plan_of_its_own() -> None:
    case = family(
        an_event(CIN, on="2012-11-21", eid="P1"),
        an_event(CIN, on="2013-01-15", eid="P2"),
        an_inferred_event(CIN, on="2013-02-01", eid="P3", details="CIN review."),
    )
    # A coded entry joins nothing; a review read from the text joins the coded plan before it.
    found = grouped(case)
    assert refs(found) == [["P1"], ["P2", "P3"]]
    assert [p.as_entry() for p in found] == [case.events()[0], case.events()[1]]


def test_each_child_agency_and_plan_type_has_its_own_plans() -> None:
    case = family(
        an_inferred_event(CIN, on="2012-11-21", eid="P1", subjects="C1;C2"),
        an_inferred_event(CIN, on="2013-01-15", eid="P2", subjects="C2"),
        an_inferred_event(CIN, on="2013-01-16", eid="H1", agency="HV"),
        an_inferred_event(CP, on="2013-01-17", eid="P3"),
    )
    found = grouped(case)
    assert [(p.child.id.split(":")[1], p.kind, refs([p])[0]) for p in found] == [
        ("C1", CIN, ["P1"]),
        ("C2", CIN, ["P1", "P2"]),
        ("C1", CIN, ["H1"]),
        ("C1", CP, ["P3"]),
    ]
    assert grouped(case, CP) == [found[3]]


def test_a_plan_as_one_entry_has_the_end_its_entries_record() -> None:
    case = family(*reviews())
    [plan] = grouped(case)
    whole = plan.as_entry()
    assert whole.ref == "CSC:P1" and whole.date == plan.start.date
    assert day(whole.end_date) == dt.date(2013, 6, 27)


def test_only_a_plans_start_is_a_trigger() -> None:
    conference = an_inferred_event(
        EventType.CHILD_PROTECTION_CONFERENCE, CP, on="2012-11-21", eid="K1", details="ICPC."
    )
    case = family(
        conference,
        an_inferred_event(CP, on="2012-11-21", eid="P1", details="Child protection plan starts."),
        an_inferred_event(CP, on="2012-12-04", eid="P2", details="First core group."),
        an_inferred_event(CIN, on="2013-01-15", eid="P3", details="CIN plan agreed."),
        an_inferred_event(CIN, on="2013-04-09", eid="P4", details="CIN review."),
    )
    others = (EventType.CHILD_PROTECTION_CONFERENCE, *PLAN)
    found = triggers(case, CheckContext(AS_OF), (EventType.ASSESSMENT,), others)
    # The conference is judged as a conference; the plan it made starts at its own entry.
    assert [p.first.event_id for p in found] == ["K1", "P1", "P3"]


def test_a_conference_read_as_a_plan_continues_or_ends_one_but_starts_none() -> None:
    conference = EventType.CHILD_PROTECTION_CONFERENCE
    case = family(
        an_inferred_event(
            conference, CP, on="2012-11-21", eid="K1", outcome="Child protection plan."
        ),
        an_inferred_event(CP, on="2012-11-21", eid="P1", details="Child protection plan starts."),
        an_inferred_event(conference, CP, on="2013-02-14", eid="K2", outcome="Plan continues."),
        an_inferred_event(conference, CP, on="2013-08-01", eid="K3", outcome="Plan ended."),
        an_inferred_event(
            conference, CP, on="2013-09-02", eid="K4", outcome="Child protection plan."
        ),
    )
    assert refs(grouped(case)) == [["P1", "K2", "K3"]]
    # A conference the agency coded as a plan too keeps its meaning: it starts one.
    coded = family(an_event(conference, CP, on="2012-11-21", eid="K1"))
    assert refs(grouped(coded)) == [["K1"]]


# --- plans open on a day, and the end of a plan as a decision to stop ----------------------


def protection(**kw: Any) -> tuple[Event, ...]:
    """A child protection plan read from the text: started 5 March, ended 5 April 2012."""
    return (
        an_inferred_event(CP, on="2012-03-05", eid="P1", details="Child protection plan starts."),
        an_inferred_event(CP, on="2012-03-20", eid="P2", details="First core group.", **kw),
        an_inferred_event(CP, on="2012-04-05", eid="P3", details="Review conference: plan ended."),
    )


def stops(case: Case) -> list[tuple[str, dt.date]]:
    """Ava's decisions to stop: (the entry, the day)."""
    [ava] = [c for c in case.subject_children if c.id.endswith(":C1")]
    stopped = decisions_to_stop(case, ava, CheckContext(AS_OF))
    return [(s.event.event_id, s.date.earliest) for s in stopped]


def test_a_plan_read_from_text_is_open_from_its_start_to_its_recorded_end() -> None:
    case = family(*protection())
    ava = case.subject_children[0]
    sure, unsure = plans_open_on(case, ava, parse_date("2012-03-25"))
    assert [(e.event_id, day(e.end_date)) for e in sure] == [("P1", dt.date(2012, 4, 5))]
    assert unsure == []
    # Its core group and its end are no plans of their own, open ever after.
    assert plans_open_on(case, ava, parse_date("2012-06-01")) == ([], [])


def test_open_work_reads_a_plan_to_its_recorded_end_shown_by_its_entries_so_far() -> None:
    case = family(*protection())
    ava = case.subject_children[0]
    sure, maybe = open_work(case, ava, parse_date("2012-03-25"), 3)
    assert [e.event_id for e in sure] == ["P1", "P2"] and maybe == []
    assert open_work(case, ava, parse_date("2012-06-01"), 3) == ([], [])


def test_coded_plans_open_on_a_day_are_their_entries_as_before() -> None:
    coded = an_event(CP, on="2012-03-05", eid="P1")
    review = an_event(CP, on="2012-03-20", end_date="2012-04-05", eid="P2")
    case = family(coded, review)
    ava = case.subject_children[0]
    assert plans_open_on(case, ava, parse_date("2012-06-01")) == ([case.events()[0]], [])
    assert open_work(case, ava, parse_date("2012-03-25"), 3) == (case.events(), [])


def test_the_end_a_plan_read_from_text_records_is_a_decision_to_stop() -> None:
    assert stops(family(*reviews())) == [("P4", dt.date(2013, 6, 27))]


def test_an_entry_that_ends_a_plan_and_closes_the_case_is_one_decision() -> None:
    closed = an_inferred_event(
        CIN, EventType.CASE_CLOSED, on="2013-06-27", eid="P4", details="CIN plan ended. Closed."
    )
    assert stops(family(*reviews()[:3], closed)) == [("P4", dt.date(2013, 6, 27))]


def test_a_step_down_read_from_text_is_no_decision_to_stop() -> None:
    case = family(
        an_inferred_event(CP, on="2012-11-21", eid="P1", details="Initial conference: CP plan."),
        an_inferred_event(
            CP, CIN, on="2013-02-01", eid="P2", details="CP plan ended; stepped down to CIN."
        ),
        an_inferred_event(CIN, on="2013-03-01", eid="P3", details="CIN review."),
    )
    assert stops(case) == []


def test_a_plan_read_from_text_that_ended_does_not_hide_a_later_plans_end() -> None:
    ended = an_inferred_event(CIN, on="2012-03-01", eid="P2", details="CIN plan ended.")
    agreed = an_inferred_event(CIN, on="2012-01-09", eid="P1", details="CIN plan agreed.")
    coded = an_event(CP, on="2012-06-01", end_date="2012-09-03", eid="K1")
    assert stops(family(agreed, ended, coded)) == [
        ("P2", dt.date(2012, 3, 1)),
        ("K1", dt.date(2012, 9, 3)),
    ]


def test_nat5_a_home_visit_after_a_plan_read_from_text_ended_is_no_trigger(run: Any) -> None:
    visit = an_event(EventType.HOME_VISIT, on="2012-06-01", child_seen=ChildSeen.YES, eid="V1")
    outcomes = check(run, "FS-NAT5", family(*protection(), visit))
    assert not [o for o in outcomes if "a home visit while on" in getattr(o, "message", "")]
    during = an_event(EventType.HOME_VISIT, on="2012-03-26", child_seen=ChildSeen.YES, eid="V2")
    outcomes = check(run, "FS-NAT5", family(*protection(), during))
    assert [o for o in outcomes if "a home visit while on" in getattr(o, "message", "")]


def refused(on: str) -> Event:
    return an_event(
        EventType.INFORMATION_SHARING_REFUSED,
        on=on,
        agency="HV",
        eid="X1",
        to_agency="CSC",
        reason="Mother has not given consent.",
    )


def test_aud4_a_refusal_after_a_plan_read_from_text_ended_is_no_trigger(run: Any) -> None:
    assert check(run, "FS-AUD4", family(*protection(), refused("2012-06-01"))) == []
    [finding] = check(run, "FS-AUD4", family(*protection(), refused("2012-03-26")))
    assert isinstance(finding, Finding) and "CSC:P1" in finding.evidence


def test_aud4_a_plan_is_shown_by_an_entry_known_before_its_first(run: Any) -> None:
    # The plan's first entry is recorded only on 2 May; its core group is known at once, and
    # from the refusal's deadline (2 April) the record showed a plan open.
    starts = "Child protection plan starts."
    late = an_inferred_event(CP, on="2012-03-05", eid="P1", details=starts, recorded="2012-05-02")
    case = family(late, *protection()[1:], refused("2012-03-26"))
    [finding] = check(run, "FS-AUD4", case)
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 4, 3)
    assert run("FS-AUD4", case, "2012-04-03") != []


def test_scr8_the_end_of_a_plan_read_from_text_is_the_decision_after_a_pattern(run: Any) -> None:
    concerns = [
        an_event(EventType.CONCERN, on=on, agency="HV", eid=f"S{n}")
        for n, on in enumerate(("2012-01-10", "2012-06-01", "2012-09-03"))
    ]
    plan = (
        an_inferred_event(CIN, on="2012-09-10", eid="P1", details="Child in need plan agreed."),
        an_inferred_event(CIN, on="2012-11-30", eid="P2", details="Child in need plan ended."),
    )
    [finding] = check(run, "FS-SCR8", family(*concerns, *plan))
    assert isinstance(finding, Finding) and "the end of the plan" in finding.message
    assert finding.evidence[-1] == "CSC:P2" and finding.first_date == dt.date(2012, 11, 30)


# --- the checks that judge a plan's start ---------------------------------------------------


def check(run: Any, code: str, case: Case) -> list[Outcome]:
    return run(code, case, AS_OF.isoformat())


def test_scr3_judges_a_plan_read_from_text_once_at_its_start(run: Any) -> None:
    case = family(*reviews(participants="C1;M1"))
    [finding] = check(run, "FS-SCR3", case)
    assert isinstance(finding, Finding) and finding.evidence == ("CSC:P1",)


def test_scr3_coded_plan_entries_are_each_judged_as_before(run: Any) -> None:
    case = family(
        an_event(CIN, on="2012-11-21", eid="P1", participants="C1;M1"),
        an_event(CIN, on="2013-01-15", eid="P2", participants="C1;M1"),
    )
    found = check(run, "FS-SCR3", case)
    assert [o.evidence for o in found] == [("CSC:P1",), ("CSC:P2",)]


def test_nat5_visits_from_a_plans_start_only_until_its_recorded_end(run: Any) -> None:
    def visit(on: str, eid: str) -> Event:
        return an_event(EventType.HOME_VISIT, on=on, child_seen=ChildSeen.ALONE, eid=eid)

    case = family(
        an_inferred_event(CP, on="2012-03-05", eid="P1", details="Child protection plan starts."),
        visit("2012-03-16", "V1"),
        an_inferred_event(CP, on="2012-03-20", eid="P2", details="First core group."),
        visit("2012-03-30", "V2"),
        an_inferred_event(CP, on="2012-04-05", eid="P3", details="Review conference: plan ended."),
    )
    outcomes = check(run, "FS-NAT5", case)
    plans_judged = [o for o in outcomes if "on the child protection" in getattr(o, "message", "")]
    # One plan, ended on 5 April: no gap after the last visit is counted.
    assert [type(o).__name__ for o in plans_judged] == ["Passed"]
    assert "CSC:P1" in plans_judged[0].message


def test_scr10_asks_a_plan_read_from_text_about_a_death_once_at_its_start(run: Any) -> None:
    people = [
        a_child("C1", born="2006-05-05", name="Ava Sample"),
        an_adult("F1", "father", name="Sam Sample", born="1980-01-01", date_of_death="2012-03-01"),
    ]
    entries = (
        an_event(EventType.BEREAVEMENT, on="2012-03-01", eid="B1", people="F1"),
        an_inferred_event(CIN, on="2012-06-01", eid="P1", details="Child in need plan agreed."),
        an_inferred_event(CIN, on="2012-08-01", eid="P2", details="CIN review."),
        an_inferred_event(CIN, on="2012-10-01", eid="P3", details="CIN review."),
    )
    found = check(run, "FS-SCR10", a_case(people=people, events=entries))
    assert [o.evidence for o in found] == [("CSC:P1", "CSC:B1")]


def test_scr9_counts_a_plans_reviews_after_a_decision_to_stop_as_no_new_plan(run: Any) -> None:
    def stop(eid: str, on: str) -> Event:
        return an_event(EventType.NO_FURTHER_ACTION, on=on, eid=eid, agency="HV")

    entries = [an_inferred_event(CP, on="2012-01-09", eid="P1", details="CP plan starts.")]
    for n, (stopped, review) in enumerate(
        [("2012-02-06", "2012-04-02"), ("2012-05-07", "2012-07-02"), ("2012-08-06", "2012-10-01")]
    ):
        entries += [
            stop(f"N{n}", stopped),
            an_inferred_event(CP, on=review, eid=f"R{n}", details="Review."),
        ]
    assert check(run, "FS-SCR9", family(*entries)) == []
    coded = [an_event(CP, on=e.date.written, eid=e.event_id) if e.has(CP) else e for e in entries]
    [finding] = check(run, "FS-SCR9", family(*coded))
    assert isinstance(finding, Finding) and "3 plans" in finding.message


def test_pr4_reads_a_neglect_plan_to_the_end_its_entries_record(run: Any) -> None:
    neglect = {"category": Category.NEGLECT}
    entries = (
        an_inferred_event(CP, on="2011-01-10", eid="P1", details="CP plan starts.", **neglect),
        an_inferred_event(CP, on="2011-04-11", eid="P2", details="Review conference.", **neglect),
        an_inferred_event(CP, on="2011-07-11", eid="P3", details="Plan ended.", **neglect),
        an_event(EventType.INJURY, on="2011-06-01", eid="S1"),
    )
    # Six months of neglect, not the year the check asks for: out of scope.
    assert check(run, "FS-PR4", family(*entries)) == []
    assert check(run, "FS-PR4", family(*entries[:2], entries[3])) != []


def test_nat3_a_child_not_brought_after_the_plan_ended_was_not_on_it(run: Any) -> None:
    entries = (
        an_inferred_event(CP, on="2012-03-01", eid="P1", details="Child protection plan starts."),
        an_inferred_event(CP, on="2012-04-02", eid="P2", details="Review conference: plan ended."),
        an_event(EventType.WAS_NOT_BROUGHT, on="2012-06-01", agency="HV", eid="W1"),
    )
    assert check(run, "FS-NAT3", family(*entries)) == []
    [finding] = check(run, "FS-NAT3", family(entries[0], entries[2]))
    assert isinstance(finding, Finding) and "CSC:P1" in finding.evidence
