"""FS-NAT1: a late-booked or concealed pregnancy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_adult, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# Booked on Thursday 1 March 2012; 10 working days run to Thursday 15 March.
BOOKED = "2012-03-01"


def family(*events: Any, edd: str | None = None, carried: Any = None, mw: str = "MW") -> Case:
    mother = an_adult("M1", "mother", agency=mw, name="Mia Sample", born="1992-04-02")
    unborn = a_child("U1", born=None, agency=mw, name="Baby Sample", expected_date_of_birth=edd)
    return a_case(people=[mother, unborn], events=events, carried=carried)


def booking(
    weeks: str | None = "24", on: str = BOOKED, people: str | None = "M1", **kw: Any
) -> Any:
    gestation = None
    if weeks is not None:
        whole, _, days = weeks.partition("+")
        gestation = int(whole) + int(days or 0) / 7
    return an_event(
        EventType.PREGNANCY_BOOKING,
        on=on,
        agency="MW",
        subjects=None if people else "U1",
        people=people,
        eid="B1",
        gestation_weeks=gestation,
        **kw,
    )


def referral(on: str = "2012-03-15", **kw: Any) -> Any:
    kw.setdefault("subjects", "U1")
    return an_event(EventType.REFERRAL, on=on, agency="MW", eid="R1", to_agency="CSC", **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_late_booking_without_referral_is_a_finding(run: Any) -> None:
    [finding] = run("FS-NAT1", family(booking("24+2")), "2012-05-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("NAT1",)
    assert finding.subject == "MW:U1"  # the unborn child, not the mother
    assert finding.evidence == ("MW:B1",)
    assert finding.first_date == dt.date(2012, 3, 16)
    assert "24+2 weeks" in finding.message and "1 March 2012" in finding.message
    assert "15 March 2012" in finding.expected and finding.cannot_know


def test_booking_before_twenty_weeks_is_out_of_scope(run: Any) -> None:
    assert run("FS-NAT1", family(booking("19+6")), "2012-05-01") == []


def test_booking_at_twenty_weeks_with_a_referral_in_time_passes(run: Any) -> None:
    outcomes = run("FS-NAT1", family(booking("20"), referral()), "2012-05-01")
    assert names(outcomes) == ["Passed"]
    assert isinstance(outcomes[0], Passed) and "MW:R1" in outcomes[0].evidence


def test_referral_about_the_mother_or_a_pre_birth_assessment_counts(run: Any) -> None:
    about_her = referral(subjects=None, people="M1")
    assert names(run("FS-NAT1", family(booking(), about_her), "2012-05-01")) == ["Passed"]
    assessment = an_event(
        EventType.PRE_BIRTH_ASSESSMENT, on="2012-03-08", agency="MW", subjects="U1"
    )
    assert names(run("FS-NAT1", family(booking(), assessment), "2012-05-01")) == ["Passed"]


def test_referral_after_ten_working_days_is_late(run: Any) -> None:
    [finding] = run("FS-NAT1", family(booking(), referral("2012-03-16")), "2012-05-01")
    assert isinstance(finding, Finding) and "MW:R1 of 16 March 2012" in finding.message


def test_referral_to_another_agency_does_not_count(run: Any) -> None:
    elsewhere = an_event(EventType.REFERRAL, on="2012-03-02", agency="MW", to_agency="GP")
    assert names(run("FS-NAT1", family(booking(), elsewhere), "2012-05-01")) == ["Finding"]


def test_first_date_is_exact(run: Any) -> None:
    case = family(booking())
    [before] = run("FS-NAT1", case, "2012-03-15")
    assert isinstance(before, Passed) and "not due until 15 March 2012" in before.message
    [finding] = run("FS-NAT1", case, "2012-03-16")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 16)


def test_blank_people_means_the_mother_of_the_unborn_child(run: Any) -> None:
    case = family(booking(people=None), referral(subjects=None, people="M1"))
    assert names(run("FS-NAT1", case, "2012-05-01")) == ["Passed"]


def test_gestation_from_the_expected_date_of_birth(run: Any) -> None:
    # Due 1 July 2012: 280 days before is 25 September 2011, so 1 March is 22+4 weeks.
    [finding] = run("FS-NAT1", family(booking(None), edd="2012-07-01"), "2012-05-01")
    assert isinstance(finding, Finding) and "22+4 weeks" in finding.message
    assert run("FS-NAT1", family(booking(None), edd="2012-09-01"), "2012-05-01") == []


def test_uncertain_expected_date_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-NAT1", family(booking(None), edd="2012"), "2012-05-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def test_no_gestation_and_no_expected_date_is_not_evaluated(run: Any) -> None:
    [outcome] = run("FS-NAT1", family(booking(None)), "2012-05-01")
    assert isinstance(outcome, NotEvaluated) and "Neither a gestation" in outcome.reason
    carried = {"MW": all_columns_except("gestation_weeks")}
    [gap] = run("FS-NAT1", family(booking(None), carried=carried), "2012-05-01")
    assert isinstance(gap, NotEvaluated) and "does not record gestation weeks" in gap.reason


def test_uncertain_booking_date(run: Any) -> None:
    case = family(booking(on="Mar 2012"), referral("2012-03-20"))
    [outcome] = run("FS-NAT1", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason


def birth(on: str = "2012-06-01", agency: str = "MW") -> Any:
    return an_event(EventType.BIRTH, on=on, agency=agency, subjects="U1", people="M1", eid="N1")


def test_birth_with_no_antenatal_care_is_a_finding(run: Any) -> None:
    # Friday 1 June 2012; 10 working days (less the two jubilee bank holidays) run to 19 June.
    [finding] = run("FS-NAT1", family(birth()), "2012-07-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 6, 20)
    assert "no antenatal care" in finding.message and finding.evidence == ("MW:N1",)


def test_birth_after_antenatal_care_is_out_of_scope(run: Any) -> None:
    contact = an_event(
        EventType.ANTENATAL_CONTACT, on="2011-09-01", agency="MW", subjects=None, people="M1"
    )
    assert run("FS-NAT1", family(contact, birth()), "2012-07-01") == []
    long_before = an_event(
        EventType.ANTENATAL_CONTACT, on="2011-08-01", agency="MW", subjects=None, people="M1"
    )
    assert names(run("FS-NAT1", family(long_before, birth()), "2012-07-01")) == ["Finding"]


def test_birth_without_maternity_records_is_not_evaluated(run: Any) -> None:
    # The records are the health visitor's only: no midwifery or hospital agency.
    [outcome] = run("FS-NAT1", family(birth(agency="HV"), mw="HV"), "2012-07-01")
    assert isinstance(outcome, NotEvaluated) and "no midwifery or hospital" in outcome.reason


def test_late_booking_of_an_unnamed_woman_is_still_judged(run: Any) -> None:
    unnamed = an_event(
        EventType.PREGNANCY_BOOKING, on=BOOKED, agency="MW", subjects=None, gestation_weeks=25.0
    )
    [finding] = run(
        "FS-NAT1", a_case(people=[a_child("C1", agency="MW")], events=[unnamed]), "2012-05-01"
    )
    assert isinstance(finding, Finding) and "an unnamed woman" not in finding.message
