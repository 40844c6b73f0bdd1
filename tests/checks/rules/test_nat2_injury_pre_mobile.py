"""FS-NAT2: an injury to a baby who is not yet mobile."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType, Mobility

# 1 March 2012 is a Thursday; the baby is two months old then.
BORN = "2012-01-01"
INJURED = "2012-03-01"


def family(*events: Any, born: str | None = BORN, carried: Any = None) -> Case:
    baby = a_child("C1", born=born, agency="HV", name="Ava Sample")
    return a_case(people=[baby], events=events, carried=carried)


def injury(on: str = INJURED, **kw: Any) -> Any:
    return an_event(EventType.HOME_VISIT, EventType.INJURY, on=on, agency="HV", eid="V1", **kw)


def referral(on: str = "2012-03-02", to: str = "CSC") -> Any:
    return an_event(EventType.REFERRAL, on=on, agency="HV", eid="R1", to_agency=to)


def medical(on: str = "2012-03-02") -> Any:
    return an_event(EventType.PAEDIATRIC_ASSESSMENT, on=on, agency="HV", eid="P1")


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_injury_with_referral_and_medical_next_day_passes(run: Any) -> None:
    outcomes = run("FS-NAT2", family(injury(), referral(), medical()), "2012-04-01")
    assert names(outcomes) == ["Passed"]
    assert isinstance(outcomes[0], Passed)
    assert set(outcomes[0].evidence) == {"HV:V1", "HV:R1", "HV:P1"}


def test_injury_with_no_response_is_a_finding(run: Any) -> None:
    [finding] = run("FS-NAT2", family(injury()), "2012-04-01")
    assert isinstance(finding, Finding)
    assert finding.check == "FS-NAT2"
    assert finding.learning_points == ("NAT2",)
    assert finding.subject == "HV:C1"
    assert finding.evidence == ("HV:V1",)
    assert finding.first_date == dt.date(2012, 3, 3)  # deadline 2 March; the day after
    assert "1 March 2012" in finding.message and "HV:V1" in finding.message
    assert "referral to children's social care" in finding.message
    assert "paediatric assessment" in finding.message
    assert "2 March 2012" in finding.expected
    assert finding.cannot_know


def test_a_late_response_is_named_in_the_finding(run: Any) -> None:
    late = family(injury(), referral(on="2012-03-05"), medical(on="2012-03-06"))
    [finding] = run("FS-NAT2", late, "2012-04-01")
    assert isinstance(finding, Finding)
    assert "found no referral to children's social care or paediatric assessment by then" in (
        finding.message
    )
    assert "HV:R1 of 5 March 2012" in finding.message
    assert "HV:P1 of 6 March 2012" in finding.message
    assert finding.evidence == ("HV:V1",)  # late entries explain; they are not evidence


def test_only_the_missing_part_is_named(run: Any) -> None:
    [finding] = run("FS-NAT2", family(injury(), referral()), "2012-04-01")
    assert isinstance(finding, Finding)
    assert "found no paediatric assessment" in finding.message
    assert "HV:R1" in finding.evidence


def test_referral_two_days_later_is_too_late(run: Any) -> None:
    outcomes = run("FS-NAT2", family(injury(), referral("2012-03-03"), medical()), "2012-04-01")
    assert names(outcomes) == ["Finding"]


def test_referral_to_another_agency_does_not_count(run: Any) -> None:
    outcomes = run("FS-NAT2", family(injury(), referral(to="GP"), medical()), "2012-04-01")
    assert names(outcomes) == ["Finding"]


def test_first_date_is_exact(run: Any) -> None:
    case = family(injury())
    assert names(run("FS-NAT2", case, "2012-03-02")) == ["Passed"]  # not due yet
    assert "not due until 2 March 2012" in run("FS-NAT2", case, "2012-03-02")[0].message
    [finding] = run("FS-NAT2", case, "2012-03-03")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 3)


def test_first_date_waits_for_a_late_recorded_injury(run: Any) -> None:
    case = family(injury(recorded="2012-03-20"))
    assert run("FS-NAT2", case, "2012-03-19") == []
    [finding] = run("FS-NAT2", case, "2012-03-20")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 20)


def test_not_mobile_baby_of_eight_months_is_in_scope(run: Any) -> None:
    case = family(injury(mobility=Mobility.NOT_MOBILE), born="2011-07-01")
    assert names(run("FS-NAT2", case, "2012-04-01")) == ["Finding"]


def test_crawling_baby_of_eight_months_is_out_of_scope(run: Any) -> None:
    case = family(injury(mobility=Mobility.CRAWLING), born="2011-07-01")
    assert run("FS-NAT2", case, "2012-04-01") == []


def test_crawling_baby_under_six_months_is_in_scope(run: Any) -> None:
    case = family(injury(mobility=Mobility.CRAWLING))
    assert names(run("FS-NAT2", case, "2012-04-01")) == ["Finding"]


def test_eight_months_without_mobility_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-NAT2", family(injury(), born="2011-07-01"), "2012-04-01")
    assert isinstance(outcome, NotEvaluated)
    assert "No mobility is recorded" in outcome.reason


def test_mobility_not_carried_is_not_evaluated_with_the_reason(run: Any) -> None:
    carried = {"HV": all_columns_except("mobility")}
    [outcome] = run("FS-NAT2", family(injury(), born="2011-07-01", carried=carried), "2012-04-01")
    assert isinstance(outcome, NotEvaluated)
    assert "does not record mobility" in outcome.reason


def test_a_year_or_older_without_mobility_is_out_of_scope(run: Any) -> None:
    assert run("FS-NAT2", family(injury(), born="2011-02-01"), "2012-04-01") == []


def test_no_date_of_birth_and_no_mobility_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-NAT2", family(injury(), born=None), "2012-04-01")
    assert isinstance(outcome, NotEvaluated)


def test_uncertain_birth_year_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-NAT2", family(injury(), born="2011"), "2012-04-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_uncertain_injury_date_finding_only_after_every_reading(run: Any) -> None:
    case = family(injury(on="Mar 2012"), born="2012-01-01")
    # Readings run 1 to 31 March; the latest reading's deadline is 1 April.
    [early] = run("FS-NAT2", case, "2012-03-15")
    assert isinstance(early, NotEvaluated) and "too uncertain" in early.reason
    assert isinstance(run("FS-NAT2", case, "2012-04-01")[0], NotEvaluated)
    [finding] = run("FS-NAT2", case, "2012-04-02")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 4, 2)


def test_uncertain_injury_date_with_a_response_that_may_be_in_time(run: Any) -> None:
    case = family(injury(on="Mar 2012"), referral("2012-03-10"), medical("2012-03-10"))
    [outcome] = run("FS-NAT2", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
