"""The Case read model: events, the subjects rule, ages, carried columns and replay."""

import datetime as dt
from dataclasses import replace

import pytest

from factories import (
    a_bundle,
    a_case,
    a_child,
    a_relationship,
    all_columns_except,
    an_adult,
    an_agency,
    an_event,
)
from foresight.linkage import build_case
from foresight.model.case import AgeRange, Case, completed_months
from foresight.model.people import Person
from foresight.model.vocab import AgencyKind, EventType, Status

D = dt.date
NHS = "9434765919"


def p(case: Case, pid: str, agency: str = "CSC") -> Person:
    found = case.person_for(agency, pid)
    assert found is not None
    return found


def ids(people: tuple[Person, ...] | frozenset[Person]) -> list[str]:
    return sorted(x.id for x in people)


def two_children() -> Case:
    return a_case(
        people=[
            a_child("C1", nhs_number=NHS),
            a_child("C2", name="Ben Sample", born="2013-02-02"),
            a_child("P1", agency="GP", nhs_number=NHS),
            an_adult("M1", "mother"),
            an_adult("Q1", "mother", agency="POLICE"),
        ],
        events=[
            an_event(EventType.HOME_VISIT, on="2012-01-01", eid="V1", subjects=None, people="M1"),
            an_event(EventType.HEALTH_CONTACT, on="2012-01-02", agency="GP", eid="G1", subjects=""),
            an_event(
                EventType.HEALTH_CONTACT, on="2012-01-03", agency="GP", eid="G2", subjects="P1"
            ),
            an_event(EventType.ARREST, on="2012-01-04", agency="POLICE", eid="A1", subjects=None),
            an_event(EventType.SELF_HARM, on="2012-01-05", eid="S1", subjects=None, people="M1"),
            an_event(
                EventType.BIRTH,
                on="2013-02-02",
                eid="B1",
                subjects="C2",
                people="M1",
                participants="M1",
            ),
        ],
    )


# --- the subjects rule ----------------------------------------------------------------------


def test_blank_subjects_mean_every_subject_child_the_agency_knows() -> None:
    case = two_children()
    visit = next(e for e in case.events_all if e.ref == "CSC:V1")
    assert ids(case.subjects_of(visit)) == ["CSC:C1", "CSC:C2"]
    gp_blank = next(e for e in case.events_all if e.ref == "GP:G1")
    assert ids(case.subjects_of(gp_blank)) == ["CSC:C1"]


def test_blank_subjects_of_an_agency_knowing_no_subject_mean_every_subject_child() -> None:
    case = two_children()
    arrest = next(e for e in case.events_all if e.ref == "POLICE:A1")
    assert ids(case.subjects_of(arrest)) == ["CSC:C1", "CSC:C2"]


def test_listed_subjects_resolve_through_the_agency_to_linked_people() -> None:
    case = two_children()
    contact = next(e for e in case.events_all if e.ref == "GP:G2")
    assert ids(case.subjects_of(contact)) == ["CSC:C1"]
    assert case.is_about(contact, p(case, "C1"))
    assert not case.is_about(contact, p(case, "C2"))


def test_personal_entry_with_blank_subjects_is_about_its_people() -> None:
    case = two_children()
    harm = next(e for e in case.events_all if e.ref == "CSC:S1")
    assert ids(case.subjects_of(harm)) == ["CSC:M1"]
    visit = next(e for e in case.events_all if e.ref == "CSC:V1")
    assert "CSC:M1" not in ids(case.subjects_of(visit))


def test_birth_is_about_the_baby_with_the_mother_in_people() -> None:
    case = two_children()
    birth = next(e for e in case.events_all if e.ref == "CSC:B1")
    assert ids(case.subjects_of(birth)) == ["CSC:C2"]
    assert ids(case.people_of(birth)) == ["CSC:M1"]
    assert ids(case.participants_of(birth)) == ["CSC:M1"]
    assert [x.id for x in case.mentioned_in(birth)] == ["CSC:C2", "CSC:M1"]


def test_first_mention_and_known_from() -> None:
    case = a_case(
        people=[a_child(), an_adult("M1", "mother"), an_adult("F1", "father")],
        events=[
            an_event(on="2011-02-01", eid="late", recorded="2011-06-01", people="M1"),
            an_event(on="2011-03-01", eid="early", participants="M1"),
            an_event(on="2011-01-01", eid="first"),
        ],
    )
    mum = p(case, "M1")
    first = case.first_mention(mum)
    assert first is not None and first.event_id == "early"
    assert case.known_from(mum) == D(2011, 3, 1)
    dad = p(case, "F1")
    assert case.first_mention(dad) is None
    assert case.known_from(dad) == D(2011, 1, 1)


# --- events() ---------------------------------------------------------------------------------


def test_events_filters_by_type_person_agency_and_window() -> None:
    case = a_case(
        people=[a_child(), a_child("C2", name="Ben Sample"), a_child("P1", agency="GP")],
        events=[
            an_event(EventType.HOME_VISIT, EventType.INJURY, on="2011-03-05", eid="e3"),
            an_event(EventType.REFERRAL, on="2011-03-01", eid="e1", subjects="C2"),
            an_event(EventType.INJURY, on="Apr 2011", agency="GP", eid="e4", subjects="P1"),
            an_event(EventType.NOTE, on="2011-02-01", eid="e0", subjects=None),
        ],
    )
    refs = lambda events: [e.event_id for e in events]  # noqa: E731
    assert refs(case.events_all) == ["e0", "e1", "e3", "e4"]
    assert refs(case.events(EventType.INJURY)) == ["e3", "e4"]
    assert refs(case.events(EventType.INJURY, EventType.REFERRAL)) == ["e1", "e3", "e4"]
    assert refs(case.events(about=p(case, "C2"))) == ["e0", "e1"]
    assert refs(case.events(EventType.INJURY, agency="GP")) == ["e4"]
    assert refs(case.events(between=(D(2011, 3, 2), D(2011, 4, 1)))) == ["e3", "e4"]
    assert refs(case.events(between=(D(2011, 4, 30), D(2011, 5, 1)))) == ["e4"]
    assert case.events(EventType.MARAC) == []


# --- ages ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "day", "months"),
    [
        (D(2011, 1, 12), D(2011, 1, 12), 0),
        (D(2011, 1, 12), D(2011, 2, 11), 0),
        (D(2011, 1, 12), D(2011, 2, 12), 1),
        (D(2011, 1, 31), D(2011, 2, 28), 1),
        (D(2011, 1, 31), D(2011, 2, 27), 0),
        (D(2011, 1, 12), D(2029, 1, 12), 216),
        (D(2011, 1, 12), D(2010, 12, 12), -1),
    ],
)
def test_completed_months(born: dt.date, day: dt.date, months: int) -> None:
    assert completed_months(born, day) == months


def test_age_on_spans_every_reading_of_an_uncertain_birth() -> None:
    case = a_case(people=[a_child(born="2011"), an_adult("M1", "mother")])
    assert case.age_on(p(case, "C1"), D(2012, 6, 15)) == AgeRange(5, 17)
    assert AgeRange(5, 17).min_years == 0 and AgeRange(5, 17).max_years == 1
    assert case.age_on(p(case, "M1"), D(2012, 6, 15)) is None


# --- carried columns and agencies -------------------------------------------------------------


def test_carries_defaults_to_everything_and_honours_given_columns() -> None:
    case = a_case(
        people=[a_child()],
        events=[an_event(agency="HV")],
        carried={"HV": all_columns_except("child_seen")},
    )
    assert case.carries("CSC", "child_seen")
    assert not case.carries("HV", "child_seen")
    assert case.carries("HV", "details")


def test_carried_is_derived_from_entries_when_not_given() -> None:
    bundle = a_bundle([a_child()], [an_event(agency="HV", details="Seen at clinic")])
    case = build_case(replace(bundle, carried={}))
    assert case.carries("HV", "details")
    assert case.carries("HV", "subjects")
    assert not case.carries("HV", "child_seen")


def test_agencies_from_records_are_always_known() -> None:
    case = a_case(people=[a_child()], agencies=[an_agency("CSC", name="Children's Services")])
    assert case.agency("CSC").name == "Children's Services"
    assert case.agency("CSC").kind is AgencyKind.CHILDREN_SOCIAL_CARE
    with pytest.raises(KeyError):
        case.agency("NOPE")


# --- replay -------------------------------------------------------------------------------------


def test_known_on_hides_later_entries_and_later_facts() -> None:
    case = a_case(
        people=[a_child(), an_adult("F1", "father", date_of_death="2013-01-01")],
        relationships=[
            a_relationship("F1", "lives_with", "C1", start="2011-01-01", end="2012-06-30"),
            a_relationship("F1", "partner", "C1", start="2013-01-01"),
        ],
        events=[
            an_event(
                EventType.CHILD_PROTECTION_PLAN, on="2011-03-01", end_date="2012-03-01", eid="plan"
            ),
            an_event(
                EventType.PROFESSIONAL_DISAGREEMENT,
                on="2011-04-01",
                eid="dis",
                status=Status.RESOLVED,
            ),
            an_event(EventType.REFERRAL, on="2011-05-01", recorded="2012-02-01", eid="late"),
            an_event(EventType.NOTE, on="2012-01-01", eid="later"),
        ],
    )
    view = case.known_on(D(2011, 12, 31))
    assert [e.event_id for e in view.events_all] == ["plan", "dis"]
    plan, dispute = view.events_all
    assert plan.end_date is None
    assert dispute.status is Status.RESOLVED
    dad = p(view, "F1")
    assert dad.dates_of_death == ()
    assert [r.end for r in view.relationships] == [None]
    assert "CSC:F1" in ids(view.household_on(p(view, "C1"), D(2013, 6, 1)))
    assert "CSC:F1" not in ids(case.household_on(p(case, "C1"), D(2013, 6, 1)))
    # The full case is untouched, and the view of a later day sees everything.
    assert case.events_all[0].end_date is not None
    assert len(case.known_on(D(2030, 1, 1)).events_all) == 4
    assert p(case.known_on(D(2030, 1, 1)), "F1").dates_of_death != ()


def test_known_on_keeps_people_ids_and_links() -> None:
    case = a_case(people=[a_child(nhs_number=NHS), a_child("P1", agency="GP", nhs_number=NHS)])
    view = case.known_on(D(2000, 1, 1))
    assert [x.id for x in view.people] == [x.id for x in case.people]
    assert view.people[0].links == case.people[0].links
    assert view.events_all == ()


def test_a_case_keeps_its_views_and_each_entry_is_about_the_same_people_in_them() -> None:
    case = a_case(
        people=[a_child(), an_adult("F1", "father")],
        events=[
            an_event(EventType.HOME_VISIT, on="2011-03-01", eid="E1", subjects=None, people="F1"),
            an_event(EventType.SELF_HARM, on="2011-04-01", eid="E2", subjects=None, people="F1"),
        ],
    )
    view = case.known_on(D(2011, 3, 31))
    assert case.known_on(D(2011, 3, 31)) is view
    assert case.known_on(D(2011, 4, 30)) is not view
    # A view reads whom an entry is about as the full record does (a personal entry with
    # blank subjects and listed people is about those people).
    [visit] = view.events_all
    assert ids(view.subjects_of(visit)) == ids(case.subjects_of(case.events_all[0])) == ["CSC:C1"]
    later = case.known_on(D(2011, 4, 30))
    assert ids(later.subjects_of(later.events_all[1])) == ["CSC:F1"]


def test_an_agency_knows_a_subject_child_through_an_unflagged_linked_record() -> None:
    case = a_case(
        people=[
            a_child("C1", nhs_number=NHS),
            a_child("C2", name="Ben Sample"),
            a_child("P1", agency="GP", nhs_number=NHS, subject=False),
        ],
        events=[an_event(agency="GP", subjects=None, eid="g")],
    )
    (entry,) = case.events_all
    assert ids(case.subjects_of(entry)) == ["CSC:C1"]
    assert ids(case.agency_subjects("GP")) == ["CSC:C1"]
