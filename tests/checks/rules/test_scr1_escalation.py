"""FS-SCR1: challenge and escalation when agencies do not resolve an issue."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType, Status

# Thursday 1 March 2012: stage 1 (2 working days) is due by Monday 5 March.
RAISED = "2012-03-01"


def family(*events: Any) -> Case:
    people = [a_child("C1", born="2008-01-01", agency=agency) for agency in ("SCHOOL", "CSC")]
    return a_case(people=people, events=events)


def disagreement(on: str = RAISED, **kw: Any) -> Any:
    kw.setdefault("stage", 1)
    return an_event(
        EventType.PROFESSIONAL_DISAGREEMENT, on=on, agency="SCHOOL", eid="D1", to_agency="CSC", **kw
    )


def escalation(eid: str, on: str, stage: int | None, relates_to: str = "SCHOOL:D1") -> Any:
    return an_event(
        EventType.ESCALATION, on=on, agency="SCHOOL", eid=eid, stage=stage, relates_to=relates_to
    )


def resolved(on: str, relates_to: str | None = "SCHOOL:D1", agency: str = "CSC", **kw: Any) -> Any:
    return an_event(
        EventType.DISAGREEMENT_RESOLVED, on=on, agency=agency, eid="R1", relates_to=relates_to, **kw
    )


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_resolved_within_two_working_days_passes(run: Any) -> None:
    outcomes = run("FS-SCR1", family(disagreement(), resolved("2012-03-05")), "2012-06-01")
    assert names(outcomes) == ["Passed"]
    assert set(outcomes[0].evidence) == {"SCHOOL:D1", "CSC:R1"}


def test_stage_one_left_is_a_finding_from_the_day_after_the_deadline(run: Any) -> None:
    case = family(disagreement())
    assert names(run("FS-SCR1", case, "2012-03-05")) == ["Passed"]  # not due until 5 March
    [finding] = run("FS-SCR1", case, "2012-03-06")
    assert isinstance(finding, Finding)
    assert finding.first_date == dt.date(2012, 3, 6)
    assert finding.learning_points == ("SCR1",)
    assert finding.evidence == ("SCHOOL:D1",)
    assert "Stage 1" in finding.message and "1 March 2012" in finding.message
    assert "escalation to stage 2" in finding.expected


def test_late_escalation_is_a_finding_even_when_later_resolved(run: Any) -> None:
    case = family(disagreement(), escalation("X2", "2012-03-08", 2), resolved("2012-03-12"))
    first, second = run("FS-SCR1", case, "2012-06-01")
    assert isinstance(first, Finding) and "came later: SCHOOL:X2" in first.message
    assert first.first_date == dt.date(2012, 3, 6)
    assert isinstance(second, Passed)  # stage 2 resolved within 5 working days


def test_stage_four_must_close_within_ten_working_days(run: Any) -> None:
    case = family(disagreement(stage=4), resolved("2012-03-15"))
    assert names(run("FS-SCR1", case, "2012-06-01")) == ["Passed"]
    late = family(disagreement(stage=4), resolved("2012-03-16"))
    [finding] = run("FS-SCR1", late, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 16)
    assert "closure" in finding.expected


def test_escalation_chain_follows_relates_to_and_blank_stage(run: Any) -> None:
    case = family(
        disagreement(),
        escalation("X2", "2012-03-02", None),
        escalation("X3", "2012-03-07", None, relates_to="SCHOOL:X2"),
    )
    outcomes = run("FS-SCR1", case, "2012-06-01")
    assert names(outcomes) == ["Passed", "Passed", "Finding"]
    assert "Stage 3" in outcomes[2].message  # type: ignore[union-attr]


def test_unrelated_resolution_between_the_same_agencies_closes_it(run: Any) -> None:
    case = family(disagreement(), resolved("2012-03-02", relates_to=None, to_agency="SCHOOL"))
    assert names(run("FS-SCR1", case, "2012-06-01")) == ["Passed"]
    elsewhere = family(disagreement(), resolved("2012-03-02", relates_to=None, to_agency="GP"))
    assert names(run("FS-SCR1", elsewhere, "2012-06-01")) == ["Finding"]


def test_status_resolved_with_no_dated_closure_is_not_evaluated(run: Any) -> None:
    case = family(disagreement(status=Status.RESOLVED))
    [outcome] = run("FS-SCR1", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "no dated closure" in outcome.reason


def test_status_resolved_finding_waits_for_its_dated_closure(run: Any) -> None:
    # Until the late closure is known, the status reads as closed with no dated closure.
    case = family(disagreement(status=Status.RESOLVED), resolved("2012-03-12"))
    [finding] = run("FS-SCR1", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 12)
    assert names(run("FS-SCR1", case, "2012-03-11")) == ["NotEvaluated"]
    assert names(run("FS-SCR1", case, "2012-03-12")) == ["Finding"]


def test_uncertain_date_is_not_evaluated(run: Any) -> None:
    case = family(disagreement(on="Mar 2012"), resolved("2012-03-14"))
    [outcome] = run("FS-SCR1", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


# --- the prompt: re-referred after two decisions to stop ---------------------------------


def referral(eid: str, on: str) -> Any:
    return an_event(EventType.REFERRAL, on=on, agency="SCHOOL", eid=eid, to_agency="CSC")


def stop(eid: str, on: str) -> Any:
    return an_event(EventType.NO_FURTHER_ACTION, on=on, agency="CSC", eid=eid)


PATTERN = (
    referral("F1", "2012-01-09"),
    stop("N1", "2012-01-11"),
    referral("F2", "2012-05-14"),
    stop("N2", "2012-05-16"),
    referral("F3", "2012-09-03"),  # Monday: 20 working days run to Monday 1 October
)


def test_re_referral_after_two_stops_without_challenge_is_a_prompt(run: Any) -> None:
    case = family(*PATTERN)
    assert names(run("FS-SCR1", case, "2012-10-01")) == ["Passed"]
    [finding] = run("FS-SCR1", case, "2012-10-02")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 10, 2)
    assert set(finding.evidence) == {"SCHOOL:F1", "SCHOOL:F2", "SCHOOL:F3", "CSC:N1", "CSC:N2"}
    assert "re-referred" in finding.message and "A prompt" in finding.message


def test_disagreement_raised_by_the_referrer_passes(run: Any) -> None:
    challenge = an_event(
        EventType.PROFESSIONAL_DISAGREEMENT, on="2012-05-20", agency="SCHOOL", eid="D9", stage=1
    )
    done = resolved("2012-05-21", relates_to="SCHOOL:D9")
    outcomes = run("FS-SCR1", family(*PATTERN, challenge, done), "2012-12-01")
    assert names(outcomes) == ["Passed", "Passed"]


def test_stops_more_than_twelve_months_apart_do_not_prompt(run: Any) -> None:
    spread = (
        referral("F1", "2010-01-04"),
        stop("N1", "2010-01-06"),
        referral("F2", "2012-05-14"),
        stop("N2", "2012-05-16"),
        referral("F3", "2012-09-03"),
    )
    assert run("FS-SCR1", family(*spread), "2012-12-01") == []


# --- the closure a reviewer saw on the day ---------------------------------------------------


def test_related_closure_recorded_late_dates_the_finding_when_it_is_known(run: Any) -> None:
    # Until the late resolution relating to D1 is known, the unlinked one of 2 March (on time)
    # is the closure the record shows: the stage is first late when the related one is known.
    on_time = resolved("2012-03-02", relates_to=None, to_agency="SCHOOL")
    late = an_event(
        EventType.DISAGREEMENT_RESOLVED,
        on="2012-03-12",
        agency="CSC",
        eid="R2",
        relates_to="SCHOOL:D1",
        recorded="2012-04-02",
    )
    case = family(disagreement(), on_time, late)
    [finding] = run("FS-SCR1", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 4, 2)
    assert names(run("FS-SCR1", case, "2012-04-01")) == ["Passed"]
    assert names(run("FS-SCR1", case, "2012-04-02")) == ["Finding"]


def test_earlier_unlinked_closure_recorded_late_dates_the_finding_when_it_is_known(
    run: Any,
) -> None:
    # The next unlinked resolution is R1 of 1 March (before stage 2 was raised, so it does not
    # close stage 2 in time), recorded on 2 April; until then it is R2 of 5 March, in time.
    first = resolved("2012-03-01", relates_to=None, to_agency="SCHOOL", recorded="2012-04-02")
    then = an_event(
        EventType.DISAGREEMENT_RESOLVED, on="2012-03-05", agency="CSC", eid="R2", to_agency="SCHOOL"
    )
    case = family(disagreement(), escalation("X2", "2012-03-02", 2), first, then)
    passed, finding = run("FS-SCR1", case, "2012-06-01")
    assert isinstance(passed, Passed)
    assert isinstance(finding, Finding) and finding.evidence[0] == "SCHOOL:X2"
    assert finding.first_date == dt.date(2012, 4, 2)
    assert names(run("FS-SCR1", case, "2012-04-01")) == ["Passed", "Passed"]
    assert names(run("FS-SCR1", case, "2012-04-02")) == ["Passed", "Finding"]


def test_escalation_dated_before_its_disagreement_is_late_once_the_disagreement_is_known(
    run: Any,
) -> None:
    # X1 of 1 March relates to the disagreement D1 of 1 June, so it is stage 1 of it, left past
    # 5 March; but until D1 is known (1 June) X1 belongs to no disagreement, so the finding
    # is first raised then, not on 6 March.
    case = family(disagreement("2012-06-01", stage=None), escalation("X1", "2012-03-01", None))

    def cites_x1(as_of: str) -> list[Outcome]:
        outcomes = run("FS-SCR1", case, as_of)
        return [o for o in outcomes if isinstance(o, Finding) and o.evidence[0] == "SCHOOL:X1"]

    [finding] = cites_x1("2012-09-01")
    assert finding.first_date == dt.date(2012, 6, 1)
    assert "SCHOOL:D1" in finding.evidence
    assert cites_x1("2012-05-31") == []
    assert len(cites_x1("2012-06-01")) == 1
