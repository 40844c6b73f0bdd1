"""One assessment or section 47 enquiry as one process (foresight.checks.predicates.episodes).

Ava's entries start on Thursday 1 March 2012. An assessment's 45 working days run to Tuesday
8 May 2012 (Easter falls on 6 and 9 April, May Day on 7 May); a section 47 enquiry's 15
working days to Thursday 22 March.
"""

from __future__ import annotations

import datetime as dt

from factories import a_case, a_child, an_event, an_inferred_event
from foresight.checks.context import CheckContext
from foresight.checks.predicates.episodes import Process, process_name, processes
from foresight.checks.settings import default_settings
from foresight.model.case import Case
from foresight.model.records import Event
from foresight.model.vocab import EventType

AS_OF = dt.date(2012, 12, 31)
ASSESSMENT = EventType.ASSESSMENT
S47 = EventType.SECTION_47_ENQUIRY


def family(*events: Event) -> Case:
    people = [
        a_child("C1", born="2005-05-05", name="Ava Sample"),
        a_child("C1", born="2005-05-05", name="Ava Sample", agency="HV"),
        a_child("C2", born="2007-07-07", name="Ben Sample"),
    ]
    return a_case(people=people, events=events)


def grouped(case: Case, *kinds: EventType, as_of: dt.date = AS_OF) -> list[Process]:
    return processes(case.known_on(as_of), CheckContext(as_of), kinds or (ASSESSMENT, S47))


def refs(found: list[Process]) -> list[list[str]]:
    return [[e.event_id for e in p.entries] for p in found]


def test_entries_of_one_assessment_are_one_process_ended_by_its_completion() -> None:
    case = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1", details="Assessment started."),
        an_inferred_event(
            ASSESSMENT, on="2012-03-20", eid="A2", details="Visited for the assessment."
        ),
        an_inferred_event(
            ASSESSMENT, on="2012-04-16", eid="A3", details="Assessment completed, outcome CIN."
        ),
    )
    [process] = grouped(case)
    assert refs([process]) == [["A1", "A2", "A3"]]
    assert process.closing is not None and process.closing.event_id == "A3"
    assert process.due == dt.date(2012, 5, 8)
    assert process.ended_on(AS_OF) == dt.date(2012, 4, 16)
    assert not process.whole


def test_an_outcome_type_or_a_mention_of_completion_ends_the_process() -> None:
    closed = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1"),
        an_inferred_event(ASSESSMENT, EventType.NO_FURTHER_ACTION, on="2012-03-09", eid="A2"),
        an_inferred_event(ASSESSMENT, on="2012-03-12", eid="A3", details="Visit."),
    )
    assert refs(grouped(closed)) == [["A1", "A2"], ["A3"]]
    concluded = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1"),
        an_inferred_event(ASSESSMENT, on="2012-03-09", eid="A2", outcome="Assessment concluded."),
    )
    [process] = grouped(concluded)
    assert process.closing is not None and process.closing.event_id == "A2"


def test_an_entry_past_the_timescale_starts_another_process() -> None:
    case = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1"),
        an_inferred_event(ASSESSMENT, on="2012-05-08", eid="A2"),
        an_inferred_event(ASSESSMENT, on="2012-05-09", eid="A3"),
    )
    first, second = grouped(case)
    assert refs([first, second]) == [["A1", "A2"], ["A3"]]
    # Never ended: open until its timescale runs out, then ended the day after.
    assert first.ended_on(dt.date(2012, 5, 8)) is None
    assert first.ended_on(dt.date(2012, 5, 9)) == dt.date(2012, 5, 9)


def test_a_section_47_enquiry_has_its_own_shorter_timescale() -> None:
    case = family(
        an_inferred_event(S47, EventType.STRATEGY_DISCUSSION, on="2012-03-01", eid="S1"),
        an_inferred_event(S47, on="2012-03-22", eid="S2"),
        an_inferred_event(S47, on="2012-03-23", eid="S3"),
    )
    assert refs(grouped(case)) == [["S1", "S2"], ["S3"]]
    assert grouped(case)[0].due == dt.date(2012, 3, 22)


def test_an_entry_with_its_own_end_date_closes_an_open_process() -> None:
    # "Strategy discussion | Section 47 enquiry" then the enquiry itself, with its end date.
    case = family(
        an_inferred_event(S47, EventType.STRATEGY_DISCUSSION, on="2012-03-01", eid="S1"),
        an_inferred_event(S47, on="2012-03-02", end_date="2012-03-20", eid="S2"),
    )
    [process] = grouped(case)
    assert refs([process]) == [["S1", "S2"]]
    # Ended only by its end date: the record shows the end from that day.
    assert process.ended_on(AS_OF) == dt.date(2012, 3, 20)
    before = grouped(case, as_of=dt.date(2012, 3, 19))[0]
    assert before.closing is None and before.ended_on(dt.date(2012, 3, 19)) is None


def test_an_entry_with_its_own_end_date_and_no_open_process_stands_alone() -> None:
    case = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", end_date="2012-03-20", eid="A1"),
        an_inferred_event(ASSESSMENT, on="2012-03-05", end_date="2012-03-28", eid="A2"),
        an_inferred_event(ASSESSMENT, on="2012-03-22", eid="A3", details="Assessment completed."),
        an_inferred_event(ASSESSMENT, on="2012-03-26", eid="A4", details="Home visit."),
    )
    # A2 has its own end date: a process on its own. The completion note A3 joins the process
    # before it though that has ended; A4, which does not end one, starts another.
    assert refs(grouped(case)) == [["A1"], ["A2", "A3"], ["A4"]]


def test_a_coded_entry_is_a_process_on_its_own() -> None:
    case = family(
        an_event(ASSESSMENT, on="2012-03-01", eid="A1"),
        an_event(ASSESSMENT, on="2012-03-05", eid="A2"),
        an_inferred_event(ASSESSMENT, on="2012-03-07", eid="A3", details="Assessment completed."),
        an_inferred_event(ASSESSMENT, on="2012-03-08", eid="A4", details="Home visit."),
    )
    # A coded entry joins nothing (A2 after A1); an inferred note of its completion joins it.
    found = grouped(case)
    assert refs(found) == [["A1"], ["A2", "A3"], ["A4"]]
    assert [p.whole for p in found] == [True, True, False]
    # Recorded as a whole, it has ended the day it is known.
    assert found[1].ended_on(AS_OF) == dt.date(2012, 3, 5)


def test_each_child_agency_and_type_has_its_own_processes() -> None:
    case = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1", subjects="C1;C2"),
        an_inferred_event(ASSESSMENT, on="2012-03-02", eid="A2", subjects="C2"),
        an_inferred_event(ASSESSMENT, on="2012-03-03", eid="H1", agency="HV"),
        an_inferred_event(S47, on="2012-03-04", eid="S1"),
    )
    found = grouped(case)
    assert [(p.child.id.split(":")[1], p.kind, refs([p])[0]) for p in found] == [
        ("C1", ASSESSMENT, ["A1"]),
        ("C2", ASSESSMENT, ["A1", "A2"]),
        ("C1", ASSESSMENT, ["H1"]),
        ("C1", S47, ["S1"]),
    ]
    assert grouped(case, S47) == [found[3]]


def test_a_process_is_named_by_all_its_entries() -> None:
    case = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1"),
        an_inferred_event(ASSESSMENT, on="2012-03-09", eid="A2"),
    )
    [process] = grouped(case)
    assert (
        process_name(case, process)
        == "the CSC entries CSC:A1, CSC:A2 of 1 March 2012 to 9 March 2012"
    )


def test_the_timescale_is_a_setting() -> None:
    case = family(
        an_inferred_event(S47, on="2012-03-01", eid="S1"),
        an_inferred_event(S47, on="2012-03-23", eid="S2"),
    )
    assert refs(grouped(case)) == [["S1"], ["S2"]]
    longer = CheckContext(AS_OF, settings=default_settings().replace(section_47_working_days=20))
    assert refs(processes(case.known_on(AS_OF), longer, (S47,))) == [["S1", "S2"]]


def test_an_entry_whose_types_a_person_confirmed_stays_in_its_process() -> None:
    confirmed = an_event(ASSESSMENT, on="2012-03-20", eid="A2", types_from_text=True)
    case = family(
        an_inferred_event(ASSESSMENT, on="2012-03-01", eid="A1", details="Assessment started."),
        confirmed,
        an_inferred_event(ASSESSMENT, on="2012-04-16", eid="A3", details="Assessment completed."),
    )
    assert refs(grouped(case)) == [["A1", "A2", "A3"]]


def test_entries_the_agency_coded_are_each_a_process() -> None:
    case = family(
        an_event(ASSESSMENT, on="2012-03-01", eid="A1"),
        an_event(ASSESSMENT, on="2012-03-20", eid="A2"),
    )
    assert refs(grouped(case)) == [["A1"], ["A2"]]
