"""FS-NAT5: understand the child's experience of living in the family."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event, an_inferred_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import ChildSeen, ChildViews, EventType


def family(*events: Any, born: str = "2005-05-05", **kw: Any) -> Case:
    return a_case(people=[a_child("C1", born=born, name="Ava Sample")], events=events, **kw)


def assessment(seen: ChildSeen | None, views: ChildViews | None, **kw: Any) -> Any:
    return an_event(
        EventType.ASSESSMENT, on="2012-03-01", child_seen=seen, child_views=views, eid="A1", **kw
    )


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_school_age_child_not_seen_alone_is_a_finding(run: Any) -> None:
    [finding] = run("FS-NAT5", family(assessment(ChildSeen.YES, ChildViews.YES)), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("NAT5",)
    assert finding.evidence == ("CSC:A1",)
    assert finding.first_date == dt.date(2012, 3, 1)
    assert "aged 6 years" in finding.message and "seen: yes" in finding.message
    assert finding.expected == "Ava Sample seen alone and their own views recorded"


def test_first_date_is_the_day_the_entry_is_known(run: Any) -> None:
    case = family(assessment(ChildSeen.ALONE, None, recorded="2012-03-07"))
    assert run("FS-NAT5", case, "2012-03-06") == []
    [finding] = run("FS-NAT5", case, "2012-03-07")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 7)
    assert "their views: not recorded" in finding.message


def test_seen_alone_and_heard_passes(run: Any) -> None:
    case = family(assessment(ChildSeen.ALONE, ChildViews.YES))
    assert names(run("FS-NAT5", case, "2012-06-01")) == ["Passed"]


def test_under_four_seen_is_enough(run: Any) -> None:
    case = family(assessment(ChildSeen.YES, ChildViews.YES), born="2009-01-01")
    assert names(run("FS-NAT5", case, "2012-06-01")) == ["Passed"]


def test_under_two_an_observation_is_enough(run: Any) -> None:
    case = family(assessment(ChildSeen.YES, ChildViews.OBSERVED), born="2011-01-01")
    assert names(run("FS-NAT5", case, "2012-06-01")) == ["Passed"]
    older = family(assessment(ChildSeen.YES, ChildViews.OBSERVED), born="2009-01-01")
    assert names(run("FS-NAT5", older, "2012-06-01")) == ["Finding"]


def test_uncertain_age_around_four(run: Any) -> None:
    unsure = family(assessment(ChildSeen.YES, ChildViews.YES), born="2008")
    [outcome] = run("FS-NAT5", unsure, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "age is too uncertain" in outcome.reason
    alone = family(assessment(ChildSeen.ALONE, ChildViews.YES), born="2008")
    assert names(run("FS-NAT5", alone, "2012-06-01")) == ["Passed"]


def test_views_not_carried_is_not_evaluated(run: Any) -> None:
    case = family(
        assessment(ChildSeen.ALONE, None), carried={"CSC": all_columns_except("child_views")}
    )
    [outcome] = run("FS-NAT5", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "child views" in outcome.reason


def test_home_visit_triggers_only_on_a_plan(run: Any) -> None:
    visit = an_event(EventType.HOME_VISIT, on="2012-03-01", child_seen=ChildSeen.YES, eid="V1")
    assert run("FS-NAT5", family(visit), "2012-06-01") == []
    looked_after = an_event(EventType.LOOKED_AFTER, on="2012-01-01", eid="L1")
    [finding] = run("FS-NAT5", family(visit, looked_after), "2012-06-01")
    assert (
        isinstance(finding, Finding)
        and "a home visit while on a child protection plan" in finding.message
    )


# The plan starts on Monday 5 March 2012: ten working days run to Monday 19 March, and ten
# more from then to Monday 2 April.


def plan(end: str | None = None) -> Any:
    return an_event(EventType.CHILD_PROTECTION_PLAN, on="2012-03-05", end_date=end, eid="P1")


def visit(on: str, eid: str = "V1", **kw: Any) -> Any:
    return an_event(
        EventType.HOME_VISIT,
        on=on,
        child_seen=ChildSeen.ALONE,
        child_views=ChildViews.YES,
        eid=eid,
        **kw,
    )


def test_plan_visits_in_time_pass(run: Any) -> None:
    outcomes = run("FS-NAT5", family(plan(), visit("2012-03-19")), "2012-04-02")
    assert names(outcomes) == ["Passed", "Passed"]


def test_plan_gap_first_date_is_exact(run: Any) -> None:
    case = family(plan(), visit("2012-03-19"))
    [finding] = [o for o in run("FS-NAT5", case, "2012-04-03") if isinstance(o, Finding)]
    assert finding.first_date == dt.date(2012, 4, 3)
    assert finding.evidence == ("CSC:P1", "CSC:V1")


def test_late_first_visit_is_a_finding(run: Any) -> None:
    case = family(plan(), visit("2012-03-20"))
    [finding] = [o for o in run("FS-NAT5", case, "2012-03-30") if isinstance(o, Finding)]
    assert finding.first_date == dt.date(2012, 3, 20)
    assert "after the plan began" in finding.message


def test_a_visit_recorded_late_does_not_move_the_gap_the_record_already_showed(run: Any) -> None:
    # The visit of 12 March was recorded on 20 April. On 20 March the record showed no visit
    # since the plan began on 5 March: the finding was due then, not on 27 March (10 working
    # days after the visit the full record shows).
    case = family(plan(), visit("2012-03-12", recorded="2012-04-20"))
    [finding] = [o for o in run("FS-NAT5", case, "2012-05-01") if isinstance(o, Finding)]
    assert finding.first_date == dt.date(2012, 3, 20)
    earlier = [o for o in run("FS-NAT5", case, "2012-03-20") if isinstance(o, Finding)]
    assert [f.evidence[0] for f in earlier] == ["CSC:P1"]


def test_plan_ended_before_the_gap_passes(run: Any) -> None:
    outcomes = run("FS-NAT5", family(plan(end="2012-03-19"), visit("2012-03-12")), "2012-06-01")
    assert names(outcomes) == ["Passed", "Passed"]


def test_plan_without_child_seen_recorded_is_not_evaluated(run: Any) -> None:
    case = family(plan(), carried={"CSC": all_columns_except("child_seen")})
    [outcome] = run("FS-NAT5", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "whether the child" in outcome.reason


def test_uncertain_visit_date(run: Any) -> None:
    case = family(plan(end="2012-04-20"), visit("Mar 2012"), visit("2012-04-10", eid="V2"))
    outcomes = run("FS-NAT5", case, "2012-06-01")
    assert names(outcomes)[-1] == "NotEvaluated"


# --- an assessment written across several entries (types read from the text) ----------------
# Ava's assessment starts on Thursday 1 March 2012; its 45 working days run to 8 May 2012.


def step(
    on: str,
    eid: str,
    seen: ChildSeen | None = None,
    views: ChildViews | None = None,
    kind: EventType = EventType.ASSESSMENT,
    **kw: Any,
) -> Any:
    """One entry of a process whose type the reader inferred from its text."""
    return an_inferred_event(kind, on=on, eid=eid, child_seen=seen, child_views=views, **kw)


def started() -> Any:
    return step("2012-03-01", "A1", details="Child and family assessment started.")


def completed(**kw: Any) -> Any:
    return step("2012-04-16", "A3", details="Assessment completed, outcome CIN.", **kw)


def test_seen_alone_at_the_second_visit_passes_the_whole_assessment(run: Any) -> None:
    visit = step("2012-03-20", "A2", ChildSeen.ALONE, ChildViews.YES, details="Assessment visit.")
    outcomes = run("FS-NAT5", family(started(), visit, completed()), "2012-06-01")
    assert names(outcomes) == ["Passed"]
    assert outcomes[0].evidence == ("CSC:A1", "CSC:A2", "CSC:A3")


def test_seen_alone_in_one_entry_and_heard_in_another_passes(run: Any) -> None:
    visit = step("2012-03-20", "A2", ChildSeen.ALONE, None)
    case = family(started(), visit, completed(seen=ChildSeen.YES, views=ChildViews.YES))
    assert names(run("FS-NAT5", case, "2012-06-01")) == ["Passed"]


def test_no_entry_shows_it_one_finding_citing_every_entry_dated_at_the_end(run: Any) -> None:
    visit = step("2012-03-20", "A2", ChildSeen.YES, ChildViews.YES)
    case = family(started(), visit, completed())
    [finding] = run("FS-NAT5", case, "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.evidence == ("CSC:A1", "CSC:A2", "CSC:A3")
    assert finding.first_date == dt.date(2012, 4, 16)
    assert "CSC:A1, CSC:A2, CSC:A3 of 1 March 2012 to 16 April 2012" in finding.message
    assert "seen: not recorded, yes" in finding.message
    # Judged per entry, the visit alone would have been a finding on 20 March: the process
    # was still open then.
    assert names(run("FS-NAT5", case, "2012-04-15")) == ["Passed"]


def test_an_open_assessment_is_not_due_until_its_timescale_runs_out(run: Any) -> None:
    visit = step("2012-03-20", "A2", ChildSeen.YES, ChildViews.YES)
    case = family(started(), visit)
    [open_] = run("FS-NAT5", case, "2012-05-08")
    assert isinstance(open_, Passed) and "not due until" in open_.message
    assert "8 May 2012" in open_.message
    [finding] = run("FS-NAT5", case, "2012-05-09")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 9)
    assert finding.evidence == ("CSC:A1", "CSC:A2")


def test_an_entry_past_the_timescale_is_another_assessment(run: Any) -> None:
    late = step("2012-05-09", "A9", ChildSeen.ALONE, ChildViews.YES)
    outcomes = run("FS-NAT5", family(started(), late), "2012-06-01")
    assert names(outcomes) == ["Finding", "Passed"]
    assert outcomes[0].evidence == ("CSC:A1",)


def test_a_strategy_discussion_and_the_enquiry_it_started_are_one_enquiry(run: Any) -> None:
    discussion = step(
        "2012-03-01",
        "S1",
        kind=EventType.SECTION_47_ENQUIRY,
        details="Strategy discussion.",
        outcome="Section 47 enquiry.",
    )
    enquiry = step(
        "2012-03-02",
        "S2",
        ChildSeen.ALONE,
        ChildViews.YES,
        kind=EventType.SECTION_47_ENQUIRY,
        end_date="2012-03-16",
        outcome="Completed 16/03/2012: initial child protection conference.",
    )
    outcomes = run("FS-NAT5", family(discussion, enquiry), "2012-06-01")
    assert names(outcomes) == ["Passed"]
    assert "a section 47 enquiry" in outcomes[0].message


def test_an_ending_entry_recorded_late_dates_the_finding_when_it_is_known(run: Any) -> None:
    visit = step("2012-03-20", "A2", ChildSeen.YES, ChildViews.YES)
    case = family(started(), visit, completed(recorded="2012-04-30"))
    [finding] = run("FS-NAT5", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 4, 30)
    assert names(run("FS-NAT5", case, "2012-04-29")) == ["Passed"]
    assert names(run("FS-NAT5", case, "2012-04-30")) == ["Finding"]


def test_an_ending_entry_recorded_after_the_timescale_keeps_the_earlier_first_date(
    run: Any,
) -> None:
    # On 9 May the record showed an assessment open past its timescale: a reviewer would have
    # raised it then, before the completion recorded on 20 May became known.
    visit = step("2012-03-20", "A2", ChildSeen.YES, ChildViews.YES)
    case = family(started(), visit, completed(recorded="2012-05-20"))
    [finding] = run("FS-NAT5", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 9)
    assert names(run("FS-NAT5", case, "2012-05-09")) == ["Finding"]
    assert names(run("FS-NAT5", case, "2012-05-08")) == ["Passed"]
