"""FS-SCR3: work with both parents."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import (
    a_case,
    a_child,
    a_relationship,
    all_columns_except,
    an_adult,
    an_event,
    an_inferred_event,
)
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome
from foresight.model.vocab import EventType, Sex


def family(*events: Any, others: tuple[Any, ...] = (), **kw: Any) -> Case:
    people = [
        a_child("C1", born="2008-05-05", name="Ava Sample"),
        an_adult("M1", "mother", name="Mia Sample", born="1988-01-01", sex=Sex.FEMALE),
        an_adult("F1", "father", name="Tom Pike", born="1985-01-01", **kw),
        *others,
    ]
    rows = [a_relationship("M1", "parent", "C1"), a_relationship("F1", "parent", "C1")]
    return a_case(people=people, events=events, relationships=rows)


def assessment(participants: str = "C1;M1", **kw: Any) -> Any:
    return an_event(
        EventType.ASSESSMENT, on="2012-03-01", participants=participants, eid="A1", **kw
    )


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_father_left_out_is_a_finding(run: Any) -> None:
    [finding] = run("FS-SCR3", family(assessment()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("SCR3",)
    assert finding.evidence == ("CSC:A1",)
    assert finding.first_date == dt.date(2012, 3, 1)
    assert "Tom Pike" in finding.message and "1 March 2012" in finding.message


def test_first_date_is_the_day_the_entry_is_known(run: Any) -> None:
    case = family(assessment(recorded="2012-03-05"))
    assert run("FS-SCR3", case, "2012-03-04") == []
    [finding] = run("FS-SCR3", case, "2012-03-05")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 5)


def test_father_taking_part_passes(run: Any) -> None:
    assert names(run("FS-SCR3", family(assessment("C1;M1;F1")), "2012-06-01")) == ["Passed"]


def test_a_reason_for_leaving_him_out_passes(run: Any) -> None:
    case = family(assessment(reason="Father in prison; views sought by letter"))
    assert names(run("FS-SCR3", case, "2012-06-01")) == ["Passed"]


def test_participants_not_carried_is_not_evaluated(run: Any) -> None:
    people = [
        a_child("C1", born="2008-05-05"),
        an_adult("F1", "father", name="Tom Pike", born="1985-01-01"),
    ]
    case = a_case(
        people=people,
        events=[assessment("")],
        carried={"CSC": all_columns_except("participants")},
    )
    [outcome] = run("FS-SCR3", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "participants" in outcome.reason


def test_mothers_boyfriend_at_a_conference(run: Any) -> None:
    boyfriend = an_adult("B1", "mother's boyfriend")
    conference = an_event(
        EventType.CHILD_PROTECTION_CONFERENCE, on="2012-03-01", participants="M1;F1", eid="K1"
    )
    outcomes = run("FS-SCR3", family(conference, others=(boyfriend,)), "2012-06-01")
    assert names(outcomes) == ["Passed", "Finding"]  # the father took part, the boyfriend not
    assert "the mother's boyfriend" in outcomes[1].message


def test_a_male_partner_known_by_sex_alone(run: Any) -> None:
    partner = an_adult("B1", "partner", sex=Sex.MALE)
    case = family(assessment("C1;M1;F1"), others=(partner,))
    assert names(run("FS-SCR3", case, "2012-06-01")) == ["Passed", "Finding"]


def test_a_female_partner_is_out_of_scope(run: Any) -> None:
    girlfriend = an_adult("G1", "father's girlfriend")
    case = family(assessment("C1;M1;F1"), others=(girlfriend,))
    assert names(run("FS-SCR3", case, "2012-06-01")) == ["Passed"]


def test_plan_start_triggers(run: Any) -> None:
    plan = an_event(EventType.CHILD_IN_NEED_PLAN, on="2012-03-01", participants="M1", eid="P1")
    [finding] = run("FS-SCR3", family(plan), "2012-06-01")
    assert isinstance(finding, Finding) and finding.evidence == ("CSC:P1",)


def test_a_father_who_had_died_is_out_of_scope(run: Any) -> None:
    case = family(assessment(), date_of_death="2010-01-01")
    assert run("FS-SCR3", case, "2012-06-01") == []


def test_partner_whose_leaving_date_is_uncertain(run: Any) -> None:
    partner = an_adult("B1", "mother's partner", sex=Sex.MALE)
    moved_in = an_event(EventType.JOINED_HOUSEHOLD, on="2011-01-01", people="B1", eid="J1")
    moved_out = an_event(EventType.LEFT_HOUSEHOLD, on="Mar 2012", people="B1", eid="J2")
    late = an_event(EventType.ASSESSMENT, on="Mar 2012", participants="C1;M1;F1", eid="A2")
    case = family(late, moved_in, moved_out, others=(partner,))
    outcomes = run("FS-SCR3", case, "2012-06-01")
    assert names(outcomes) == ["Passed", "NotEvaluated"]
    assert isinstance(outcomes[1], NotEvaluated) and "too uncertain" in outcomes[1].reason


# --- replay: the first date is the day a reviewer would first have raised it -----------------


def keys(run: Any, case: Case, day: dt.date) -> set[tuple[str, str]]:
    """The (subject, first evidence) of each finding raised when reviewed as of ``day``."""
    found = run("FS-SCR3", case, day.isoformat())
    return {(o.subject, o.evidence[0]) for o in found if isinstance(o, Finding)}


def assert_replays(run: Any, case: Case, finding: Finding) -> None:
    key = (finding.subject, finding.evidence[0])
    assert key in keys(run, case, finding.first_date)
    assert key not in keys(run, case, finding.first_date - dt.timedelta(days=1))


def test_a_father_is_known_from_his_first_mention_even_when_it_is_recorded_late(
    run: Any,
) -> None:
    # Tom is known from the contact of 1 February, recorded on 15 April: on every replayed
    # day, not from CSC's first entry (people rows carry no dates). Known only during the
    # assessment (1 March to 1 May), he counts once its end is known.
    contact = an_event(EventType.PHONE_CONTACT, on="2012-02-01", people="F1", recorded="2012-04-15")
    case = family(assessment(end_date="2012-05-01"), contact)
    [finding] = run("FS-SCR3", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 1)
    assert_replays(run, case, finding)


def test_a_man_at_home_until_a_later_entry_keeps_the_entrys_first_date(run: Any) -> None:
    # The boyfriend is at home by his role on 1 March (left out: a finding); the leaving
    # recorded on 15 April takes him out of the home. The father is known only from the
    # police entry of 15 April, within the assessment's span: the same finding about the
    # assessment and Ava stays raised, dated from 1 March.
    people = [
        a_child("C1", born="2008-05-05", name="Ava Sample"),
        a_child("C1", born="2008-05-05", name="Ava Sample", agency="POLICE"),
        an_adult("M1", "mother", name="Mia Sample", born="1988-01-01", sex=Sex.FEMALE),
        an_adult("F1", "father", name="Tom Pike", born="1985-01-01", agency="POLICE"),
        an_adult("B1", "mother's boyfriend", name="Dan Rook"),
    ]
    events = [
        an_event(EventType.HOME_VISIT, on="2012-01-10", people="B1", eid="V1"),
        assessment(end_date="2012-05-01"),
        an_event(EventType.LEFT_HOUSEHOLD, on="Feb 2012", people="B1", recorded="2012-04-15"),
        an_event(
            EventType.ARREST, agency="POLICE", on="2012-02-01", people="F1", recorded="2012-04-15"
        ),
    ]
    rows = [a_relationship("M1", "parent", "C1"), a_relationship("F1", "parent", "C1", "POLICE")]
    case = a_case(people=people, events=events, relationships=rows)
    assert [type(o).__name__ for o in run("FS-SCR3", case, "2012-03-01")] == ["Finding"]
    [finding] = run("FS-SCR3", case, "2012-06-01")
    assert isinstance(finding, Finding) and "Tom Pike" in finding.message
    assert finding.first_date == dt.date(2012, 3, 1)
    assert_replays(run, case, finding)


# --- an assessment written across several entries (types read from the text) ----------------
# Ava's assessment starts on Thursday 1 March 2012; its 45 working days run to 8 May 2012.


def step(on: str, eid: str, participants: str = "C1;M1", **kw: Any) -> Any:
    """One entry of an assessment whose type the reader inferred from its text."""
    return an_inferred_event(EventType.ASSESSMENT, on=on, eid=eid, participants=participants, **kw)


def steps(meeting: str = "C1;M1", **kw: Any) -> tuple[Any, ...]:
    return (
        step("2012-03-01", "A1", details="Assessment started; mother seen."),
        step("2012-03-20", "A2", details="Assessment visit; Ava seen alone."),
        step("2012-04-16", "A3", meeting, details="Assessment completed at a meeting.", **kw),
    )


def test_father_at_the_completion_meeting_passes_the_whole_assessment(run: Any) -> None:
    outcomes = run("FS-SCR3", family(*steps("C1;M1;F1")), "2012-06-01")
    assert names(outcomes) == ["Passed"]
    assert outcomes[0].evidence == ("CSC:A3",)


def test_a_reason_in_any_entry_passes(run: Any) -> None:
    case = family(*steps(reason="Father abroad; views sought by email."))
    assert names(run("FS-SCR3", case, "2012-06-01")) == ["Passed"]


def test_father_in_no_entry_one_finding_citing_every_entry_dated_at_the_end(run: Any) -> None:
    case = family(*steps())
    [finding] = run("FS-SCR3", case, "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.evidence == ("CSC:A1", "CSC:A2", "CSC:A3")
    assert finding.first_date == dt.date(2012, 4, 16)
    assert "CSC:A1, CSC:A2, CSC:A3 of 1 March 2012 to 16 April 2012" in finding.message
    assert_replays(run, case, finding)


def test_an_open_assessment_is_not_yet_a_finding(run: Any) -> None:
    case = family(*steps()[:2])
    [open_] = run("FS-SCR3", case, "2012-05-08")
    assert names([open_]) == ["Passed"] and "not due until" in open_.message
    [finding] = run("FS-SCR3", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 9)
    assert_replays(run, case, finding)


def test_a_coded_assessment_is_judged_on_its_own_as_before(run: Any) -> None:
    # Coded entries each record a whole assessment: the father at a later one does not count.
    contact = an_event(EventType.PHONE_CONTACT, on="2012-02-01", people="F1", eid="T1")
    later = an_event(EventType.ASSESSMENT, on="2012-03-20", participants="C1;M1;F1", eid="A2")
    outcomes = run("FS-SCR3", family(contact, assessment(), later), "2012-06-01")
    assert names(outcomes) == ["Finding", "Passed"]
    assert outcomes[0].first_date == dt.date(2012, 3, 1)


def test_a_father_first_mentioned_after_the_review_date_is_not_yet_known(run: Any) -> None:
    # The assessment is dated only by its year, so its span reaches past the review date;
    # Tom is first mentioned in September. On 1 June nothing yet showed he was known: no
    # finding, and never one dated after the review date.
    contact = an_event(EventType.PHONE_CONTACT, on="2012-09-01", people="F1")
    case = family(
        an_event(EventType.ASSESSMENT, on="2012", participants="C1;M1", eid="A1"), contact
    )
    assert run("FS-SCR3", case, "2012-06-01") == []
    [finding] = run("FS-SCR3", case, "2013-06-01")
    assert isinstance(finding, Finding) and finding.first_date >= dt.date(2012, 9, 1)
