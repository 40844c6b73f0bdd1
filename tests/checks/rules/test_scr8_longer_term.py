"""FS-SCR8: plan for the longer-term experience, not only the latest incident."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome
from foresight.model.vocab import EventType

# Three concerns in 2012, then no further action on Monday 1 October 2012.
STOPPED = "2012-10-01"


def family(*events: Any) -> Case:
    people = [a_child("C1", born="2008-05-05", agency=a) for a in ("SCHOOL", "CSC", "POLICE")]
    return a_case(people=people, events=events)


def concerns(third: str = "2012-09-03") -> list[Any]:
    return [
        an_event(EventType.CONCERN, on="2012-01-10", agency="SCHOOL", eid="S1"),
        an_event(EventType.DOMESTIC_ABUSE_INCIDENT, on="2012-06-01", agency="POLICE", eid="P1"),
        an_event(EventType.NEGLECT_CONCERN, on=third, agency="SCHOOL", eid="S2"),
    ]


def stop(on: str = STOPPED, **kw: Any) -> Any:
    return an_event(EventType.NO_FURTHER_ACTION, on=on, agency="CSC", eid="N1", **kw)


def meeting(on: str, details: str = "Reviewed the history of concerns since January.") -> Any:
    return an_event(EventType.STRATEGY_DISCUSSION, on=on, agency="CSC", eid="M1", details=details)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_pattern_then_closure_without_discussion_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR8", family(*concerns(), stop()), "2013-01-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR8",)
    assert finding.evidence[:4] == ("SCHOOL:S1", "POLICE:P1", "SCHOOL:S2", "CSC:N1")
    assert finding.first_date == dt.date(2012, 10, 1)
    assert "3 September 2012" in finding.message and "pattern" in finding.expected


def test_first_date_is_the_day_the_decision_is_known(run: Any) -> None:
    case = family(*concerns(), stop())
    assert names(run("FS-SCR8", case, STOPPED)) == ["Finding"]
    assert run("FS-SCR8", case, "2012-09-30") == []


def test_a_decision_recorded_late_is_raised_when_recorded(run: Any) -> None:
    [finding] = run("FS-SCR8", family(*concerns(), stop(recorded="2012-10-15")), "2013-01-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 10, 15)


def test_discussion_of_the_pattern_in_between_passes(run: Any) -> None:
    outcomes = run("FS-SCR8", family(*concerns(), meeting("2012-09-20"), stop()), "2013-01-01")
    assert names(outcomes) == ["Passed"]
    assert "CSC:M1" in outcomes[0].evidence


def test_discussion_on_the_day_of_the_decision_passes(run: Any) -> None:
    outcomes = run("FS-SCR8", family(*concerns(), meeting(STOPPED), stop()), "2013-01-01")
    assert names(outcomes) == ["Passed"]


def test_discussion_before_the_third_or_not_naming_the_pattern_fails(run: Any) -> None:
    early = family(*concerns(), meeting("2012-07-01"), stop())
    silent = family(*concerns(), meeting("2012-09-20", details="Latest incident only."), stop())
    assert names(run("FS-SCR8", early, "2013-01-01")) == ["Finding"]
    assert names(run("FS-SCR8", silent, "2013-01-01")) == ["Finding"]


def test_two_concerns_or_spread_over_more_than_24_months_is_no_trigger(run: Any) -> None:
    assert run("FS-SCR8", family(*concerns()[:2], stop()), "2013-01-01") == []
    spread = family(*concerns(third="2014-01-11"), stop("2014-02-03"))
    assert run("FS-SCR8", spread, "2014-06-01") == []


def test_one_happening_by_two_agencies_counts_once(run: Any) -> None:
    same = an_event(EventType.CONCERN, on="2012-06-02", agency="SCHOOL", eid="S9")
    case = family(*concerns()[:2], same, stop())
    assert run("FS-SCR8", case, "2013-01-01") == []


def test_a_referral_relating_to_a_concern_adds_nothing(run: Any) -> None:
    referral = an_event(
        EventType.REFERRAL, on="2012-06-05", agency="POLICE", relates_to="POLICE:P1"
    )
    assert run("FS-SCR8", family(*concerns()[:2], referral, stop()), "2013-01-01") == []


def test_end_of_a_plan_with_nothing_after_is_a_decision_to_stop(run: Any) -> None:
    plan = an_event(
        EventType.CHILD_IN_NEED_PLAN, on="2012-09-05", end_date="2012-11-30", agency="CSC"
    )
    [finding] = run("FS-SCR8", family(*concerns(), plan), "2013-01-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 11, 30)
    assert "end of the plan" in finding.message


def test_uncertain_dates_are_not_evaluated(run: Any) -> None:
    events = [
        an_event(EventType.CONCERN, on="2011", agency="SCHOOL"),
        an_event(EventType.CONCERN, on="2012-06-01", agency="SCHOOL"),
        an_event(EventType.CONCERN, on="2013-09-02", agency="SCHOOL"),
    ]
    [outcome] = run("FS-SCR8", family(*events, stop("2013-10-01")), "2014-01-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_a_later_decision_is_judged_again_only_if_the_pattern_grew(run: Any) -> None:
    again = an_event(EventType.CASE_CLOSED, on="2012-11-01", agency="CSC", eid="N2")
    assert names(run("FS-SCR8", family(*concerns(), stop(), again), "2013-01-01")) == ["Finding"]
    more = an_event(EventType.CONCERN, on="2012-10-15", agency="SCHOOL", eid="S3")
    outcomes = run("FS-SCR8", family(*concerns(), stop(), more, again), "2013-01-01")
    assert names(outcomes) == ["Finding", "Finding"]
    assert isinstance(outcomes[1], Finding) and "SCHOOL:S3" in outcomes[1].evidence
    assert outcomes[1].first_date == dt.date(2012, 11, 1)


def test_a_concern_recorded_late_still_replays_to_the_first_date(run: Any) -> None:
    # The school's concern of 3 September is recorded only on 20 October; CSC's referral about
    # it is known at once. On 1 October a reviewer sees the referral as the third concern.
    late = an_event(
        EventType.NEGLECT_CONCERN, on="2012-09-03", agency="SCHOOL", eid="S2", recorded="2012-10-20"
    )
    referral = an_event(EventType.REFERRAL, on="2012-09-03", eid="R1", relates_to="SCHOOL:S2")
    case = family(*concerns()[:2], late, referral, stop())
    [finding] = run("FS-SCR8", case, "2013-01-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 10, 1)
    assert names(run("FS-SCR8", case, "2012-10-01")) == ["Finding"]
    assert run("FS-SCR8", case, "2012-09-30") == []


def test_a_finding_is_not_dated_before_the_concern_it_cites_first_is_known(run: Any) -> None:
    # Children's social care's entry of the school's first concern (10 January) is recorded
    # only on 20 October; the school's own entry of it is known at once. The full record
    # cites CSC:C0 first, and a reviewer first sees that finding once it is recorded.
    late = an_event(EventType.CONCERN, on="2012-01-10", eid="C0", recorded="2012-10-20")
    case = family(late, *concerns(), stop())
    [finding] = run("FS-SCR8", case, "2013-01-01")
    assert isinstance(finding, Finding) and finding.evidence[:2] == ("CSC:C0", "SCHOOL:S1")
    assert finding.first_date == dt.date(2012, 10, 20)
    [on_the_day] = run("FS-SCR8", case, "2012-10-20")
    assert isinstance(on_the_day, Finding) and on_the_day.evidence[0] == "CSC:C0"
    [before] = run("FS-SCR8", case, "2012-10-19")
    assert isinstance(before, Finding) and before.evidence[0] == "SCHOOL:S1"


def test_a_third_concern_recorded_late_does_not_date_a_finding_three_others_raised(
    run: Any,
) -> None:
    # A concern of 1 August is recorded only on 20 October, so the full record counts it
    # third; but on 1 October the school's concern of 3 September was third, and a reviewer
    # then already saw three concerns and the decision to stop.
    late = an_event(EventType.CONCERN, on="2012-08-01", eid="L1", recorded="2012-10-20")
    case = family(*concerns(), late, stop())
    [finding] = run("FS-SCR8", case, "2013-01-01")
    assert isinstance(finding, Finding) and finding.evidence[0] == "SCHOOL:S1"
    assert finding.first_date == dt.date(2012, 10, 1)
    [on_the_day] = run("FS-SCR8", case, "2012-10-01")
    assert isinstance(on_the_day, Finding) and on_the_day.evidence[0] == "SCHOOL:S1"


def test_a_referral_joining_an_entry_known_later_leads_the_evidence_until_then(
    run: Any,
) -> None:
    # A referral of 5 January relates to an injury dated (and known) only on 1 March 2013:
    # until then it is a concern of its own and cited first; once the injury is known it joins
    # it, after the decision, and the finding citing the school's concern first is raised.
    referral = an_event(EventType.REFERRAL, on="2012-01-05", eid="R1", relates_to="CSC:I1")
    injury = an_event(EventType.INJURY, on="2013-03-01", eid="I1")
    case = family(referral, *concerns(), stop(), injury)
    [finding] = run("FS-SCR8", case, "2013-06-01")
    assert isinstance(finding, Finding) and finding.evidence[0] == "SCHOOL:S1"
    assert finding.first_date == dt.date(2013, 3, 1)
    [before] = run("FS-SCR8", case, "2013-02-28")
    assert isinstance(before, Finding) and before.evidence[0] == "CSC:R1"


def test_a_decision_recorded_late_takes_over_a_finding_a_later_decision_raised(
    run: Any,
) -> None:
    # CSC's no further action of 28 September is recorded only on 3 October; its case closure
    # of 1 October is known at once. On 1 October a reviewer sees the pattern then the closure;
    # once the earlier decision is known the full record puts the pattern to it instead.
    earlier = stop("2012-09-28", recorded="2012-10-03")
    closed = an_event(EventType.CASE_CLOSED, on=STOPPED, agency="CSC", eid="N2")
    case = family(*concerns(), earlier, closed)
    [finding] = run("FS-SCR8", case, "2013-01-01")
    assert isinstance(finding, Finding) and "CSC:N1" in finding.evidence
    assert finding.first_date == dt.date(2012, 10, 1)
    [on_the_day] = run("FS-SCR8", case, STOPPED)
    assert isinstance(on_the_day, Finding) and "CSC:N2" in on_the_day.evidence
    assert run("FS-SCR8", case, "2012-09-30") == []


def test_a_same_day_decision_recorded_late_does_not_date_the_finding_later(run: Any) -> None:
    # Two decisions on 1 October; the one ordered first (CSC:A0) is recorded on 3 October.
    late = an_event(
        EventType.NO_FURTHER_ACTION, on=STOPPED, agency="CSC", eid="A0", recorded="2012-10-03"
    )
    closed = an_event(EventType.CASE_CLOSED, on=STOPPED, agency="CSC", eid="N2")
    [finding] = run("FS-SCR8", family(*concerns(), late, closed), "2013-01-01")
    assert isinstance(finding, Finding) and "CSC:A0" in finding.evidence
    assert finding.first_date == dt.date(2012, 10, 1)


def test_a_plan_recorded_late_does_not_date_a_finding_an_earlier_plan_end_raised(
    run: Any,
) -> None:
    # The looked-after plan ends on 1 October with nothing after it: a decision to stop, and a
    # finding. The child protection plan open since 10 September is recorded only on
    # 10 December, after its own end: from then the first plan's end was a step, the second's
    # the decision, and the finding about the same pattern is still the one raised on 1 October.
    looked_after = an_event(
        EventType.LOOKED_AFTER, on="2012-09-05", end_date=STOPPED, agency="CSC", eid="L1"
    )
    protection = an_event(
        EventType.CHILD_PROTECTION_PLAN,
        on="2012-09-10",
        end_date="2012-11-30",
        recorded="2012-12-10",
        agency="CSC",
        eid="K1",
    )
    case = family(*concerns(), looked_after, protection)
    [finding] = run("FS-SCR8", case, "2013-01-01")
    assert isinstance(finding, Finding) and "CSC:K1" in finding.evidence
    assert finding.first_date == dt.date(2012, 10, 1)
    [before] = run("FS-SCR8", case, "2012-12-09")
    assert isinstance(before, Finding) and "CSC:L1" in before.evidence
    assert run("FS-SCR8", case, "2012-09-30") == []
