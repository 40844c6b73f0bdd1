"""FS-AUD1: signs of child sexual exploitation add up to a CSE screening."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event
from foresight.checks import REGISTRY, CheckContext, load_settings, run_check
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType, RiskLevel

# Tia is 13. Missing on 5 February 2021, absent from school on 22 February, at a sexual health
# clinic on Wednesday 10 March: the score reaches 3 then, and 10 working days run to 24 March.
NHS = {"nhs_number": "999 000 0107"}  # the NHS's test range: links the agencies' records


def family(*events: Any, born: str | None = "2007-06-01", carried: Any = None) -> Case:
    people = [
        a_child(pid, born=born, agency=agency, name="Tia Sample", **NHS)
        for pid, agency in (("C1", "CSC"), ("P1", "POLICE"), ("S1", "SCHOOL"), ("G1", "GP"))
    ]
    return a_case(people=people, events=events, carried=carried)


def missing(on: str = "2021-02-05", eid: str = "P1", **kw: Any) -> Any:
    kinds = kw.pop("kinds", (EventType.MISSING_EPISODE,))
    return an_event(*kinds, on=on, agency="POLICE", subjects="P1", eid=eid, **kw)


def absent(on: str = "2021-02-22") -> Any:
    return an_event(EventType.SCHOOL_ABSENCE, on=on, agency="SCHOOL", subjects="S1", eid="S1")


def clinic(on: str = "2021-03-10", **kw: Any) -> Any:
    return an_event(
        EventType.SEXUAL_HEALTH_CONTACT, on=on, agency="GP", subjects="G1", eid="G1", **kw
    )


def screening(on: str = "2021-03-24", level: RiskLevel | None = RiskLevel.LOW) -> Any:
    return an_event(EventType.CSE_SCREENING, on=on, eid="X1", risk_level=level)


def signs() -> tuple[Any, ...]:
    return (missing(), absent(), clinic())


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_three_signs_without_screening_is_a_finding(run: Any) -> None:
    [finding] = run("FS-AUD1", family(*signs()), "2021-05-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("AUD1",)
    assert finding.first_date == dt.date(2021, 3, 25)
    assert set(finding.evidence) == {"POLICE:P1", "SCHOOL:S1", "GP:G1"}
    assert finding.evidence[0] == "GP:G1"
    assert "Tia Sample" in finding.message and "scored 3" in finding.message
    assert "10 March 2021" in finding.message
    assert "24 March 2021" in finding.expected and finding.cannot_know


def test_first_date_is_exact(run: Any) -> None:
    case = family(*signs())
    [not_due] = run("FS-AUD1", case, "2021-03-24")
    assert isinstance(not_due, Passed) and "not due until 24 March 2021" in not_due.message
    [finding] = run("FS-AUD1", case, "2021-03-25")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2021, 3, 25)


def test_screening_on_the_tenth_working_day_passes(run: Any) -> None:
    outcomes = run("FS-AUD1", family(*signs(), screening()), "2021-05-01")
    assert names(outcomes) == ["Passed"]
    assert "POLICE:P1" in outcomes[0].evidence and "CSC:X1" in outcomes[0].evidence


def test_late_screening_is_a_finding_that_says_when_it_came(run: Any) -> None:
    [finding] = run("FS-AUD1", family(*signs(), screening(on="2021-03-25")), "2021-05-01")
    assert isinstance(finding, Finding) and "came later: CSC:X1" in finding.message


def test_high_risk_screening_needs_referral_or_strategy_discussion_next_day(run: Any) -> None:
    high = screening(level=RiskLevel.HIGH)
    strategy = an_event(EventType.STRATEGY_DISCUSSION, on="2021-03-25", eid="SD1")
    assert names(run("FS-AUD1", family(*signs(), high, strategy), "2021-05-01")) == [
        "Passed",
        "Passed",
    ]
    referral = an_event(EventType.REFERRAL, on="2021-03-25", agency="GP", subjects="G1")
    assert names(run("FS-AUD1", family(*signs(), high, referral), "2021-05-01")) == [
        "Passed",
        "Passed",
    ]
    first, second = run("FS-AUD1", family(*signs(), high), "2021-05-01")
    assert isinstance(first, Passed) and isinstance(second, Finding)
    assert second.first_date == dt.date(2021, 3, 26)
    assert "high risk" in second.message and "CSC:X1" in second.evidence


def test_risk_level_blank_or_not_carried_is_not_evaluated(run: Any) -> None:
    _, blank = run("FS-AUD1", family(*signs(), screening(level=None)), "2021-05-01")
    assert isinstance(blank, NotEvaluated) and "no risk level" in blank.reason
    carried = {"CSC": all_columns_except("risk_level")}
    case = family(*signs(), screening(level=None), carried=carried)
    _, gap = run("FS-AUD1", case, "2021-05-01")
    assert isinstance(gap, NotEvaluated) and "does not record risk level" in gap.reason


def test_two_signs_are_not_enough(run: Any) -> None:
    assert run("FS-AUD1", family(missing(), absent()), "2021-05-01") == []


def test_one_happening_recorded_by_two_agencies_counts_once(run: Any) -> None:
    social_care = an_event(EventType.MISSING_EPISODE, on="2021-02-06", eid="C9")
    assert run("FS-AUD1", family(missing(), social_care, absent()), "2021-05-01") == []


def test_an_entry_with_two_signs_scores_two(run: Any) -> None:
    both = missing(kinds=(EventType.MISSING_EPISODE, EventType.CSE_INDICATOR))
    [finding] = run("FS-AUD1", family(both, absent()), "2021-05-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2021, 3, 9)


def test_signs_must_fall_within_six_months(run: Any) -> None:
    spread = (missing(on="2021-01-05"), absent(on="2021-04-01"))
    assert run("FS-AUD1", family(*spread, clinic(on="2021-07-06")), "2021-09-01") == []
    [finding] = run("FS-AUD1", family(*spread, clinic(on="2021-07-05")), "2021-09-01")
    assert isinstance(finding, Finding)


def test_weights_and_threshold_are_settings() -> None:
    case = family(*signs())
    day = dt.date(2021, 5, 1)
    higher = CheckContext(day, settings=load_settings().replace(cse_score_threshold=4))
    assert list(run_check(REGISTRY["FS-AUD1"], case.known_on(day), higher)) == []
    heavier = load_settings().replace(cse_score_threshold=4, cse_weight_missing_episode=2)
    outcomes = list(run_check(REGISTRY["FS-AUD1"], case.known_on(day), CheckContext(day, heavier)))
    assert names(outcomes) == ["Finding"]


def test_under_ten_is_out_of_scope(run: Any) -> None:
    assert run("FS-AUD1", family(*signs(), born="2013-01-01"), "2021-05-01") == []


def test_unknown_or_uncertain_age_is_not_evaluated(run: Any) -> None:
    [unknown] = run("FS-AUD1", family(*signs(), born=None), "2021-05-01")
    assert isinstance(unknown, NotEvaluated) and "aged 10 to 17" in unknown.reason
    [turning_ten] = run("FS-AUD1", family(*signs(), born="2011"), "2021-05-01")
    assert isinstance(turning_ten, NotEvaluated)


def test_sign_known_late_moves_the_first_date(run: Any) -> None:
    [finding] = run(
        "FS-AUD1", family(missing(), absent(), clinic(recorded="2021-04-01")), "2021-05-01"
    )
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2021, 4, 1)
    assert (
        names(
            run("FS-AUD1", family(missing(), absent(), clinic(recorded="2021-04-01")), "2021-03-31")
        )
        == []
    )


def test_uncertain_sign_date_is_not_evaluated(run: Any) -> None:
    case = family(missing(), absent(), clinic(on="Mar 2021"), screening(on="2021-03-20"))
    [outcome] = run("FS-AUD1", case, "2021-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_a_referral_known_later_that_completes_the_score_dates_the_finding(run: Any) -> None:
    """Missing and absent score 2 in February; a referral of 1 June that relates to the
    missing episode adds a sexual health contact to it: the score is reached only when the
    referral is known, not ten working days after February's signs."""
    referral = an_event(
        EventType.REFERRAL,
        EventType.SEXUAL_HEALTH_CONTACT,
        on="2021-06-01",
        agency="CSC",
        subjects="C1",
        eid="R1",
        relates_to="POLICE:P1",
    )
    assert run("FS-AUD1", family(missing(), absent(), referral), "2021-05-31") == []
    [finding] = run("FS-AUD1", family(missing(), absent(), referral), "2021-09-01")
    assert isinstance(finding, Finding)
    assert finding.first_date == dt.date(2021, 6, 1)
