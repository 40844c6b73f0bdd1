"""Deterministic linkage: identifiers first, then name and date of birth, never conflicts."""

import datetime as dt

from factories import a_case, a_child, an_adult
from foresight.linkage import normalise_name
from foresight.model.case import Case
from foresight.model.people import Person

NHS_A = "9434765919"
NHS_B = "4010232137"


def person(case: Case, agency: str, pid: str) -> Person:
    found = case.person_for(agency, pid)
    assert found is not None
    return found


def test_same_nhs_number_joins_despite_different_spellings() -> None:
    case = a_case(
        people=[
            a_child("C1", name="Ava Sample", nhs_number=NHS_A),
            a_child("P7", agency="GP", name="Eva Sampel", born="2011-01-13", nhs_number=NHS_A),
        ]
    )
    ava = person(case, "CSC", "C1")
    assert ava is person(case, "GP", "P7")
    assert [link.reason for link in ava.links] == ["same NHS number 943 476 5919"]
    assert len(case.people) == 1


def test_same_upn_joins() -> None:
    case = a_case(
        people=[
            a_child("C1", upn="A801200001001"),
            a_child("S3", agency="SCHOOL", name="A Sample", born=None, upn="a801200001001"),
        ]
    )
    ava = person(case, "SCHOOL", "S3")
    assert ava.keys == {("CSC", "C1"), ("SCHOOL", "S3")}
    assert ava.links[0].reason == "same UPN A801200001001"


def test_name_and_date_of_birth_join_across_three_agencies() -> None:
    case = a_case(
        people=[
            a_child("C1", name="Zoë O'Brien-Hale", born="2011-01-12"),
            a_child("H2", agency="HV", name="zoe  obrien hale", born="12/01/2011"),
            a_child("P9", agency="GP", name="ZOE O BRIEN HALE", born="12 Jan 2011"),
        ]
    )
    assert len(case.people) == 1
    zoe = case.people[0]
    assert zoe.id == "CSC:C1"
    assert len(zoe.links) == 2
    assert {link.reason for link in zoe.links} == {"same name and date of birth (12 January 2011)"}
    assert not zoe.date_of_birth_conflict
    assert case.uncertain_links == ()


def test_alias_counts_as_a_name() -> None:
    case = a_case(
        people=[
            a_child("C1", name="Ava Sample", other_names=("Ava Jones",)),
            a_child("E1", agency="SCHOOL", name="Ava Jones"),
        ]
    )
    assert len(case.people) == 1


def test_different_nhs_numbers_never_join_even_with_same_name_and_birth() -> None:
    case = a_case(
        people=[
            a_child("C1", nhs_number=NHS_A),
            a_child("P1", agency="GP", nhs_number=NHS_B),
        ]
    )
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert (uncertain.a, uncertain.b) == (("CSC", "C1"), ("GP", "P1"))
    assert "different NHS numbers (943 476 5919, 401 023 2137)" in uncertain.reason


def test_same_name_different_birth_is_uncertain() -> None:
    case = a_case(
        people=[a_child("C1", born="2011-01-12"), a_child("P1", agency="GP", born="2012-01-12")]
    )
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert uncertain.reason == (
        "same name but different dates of birth (12 January 2011, 12 January 2012)"
    )


def test_uncertain_birth_readings_must_match_exactly() -> None:
    case = a_case(
        people=[a_child("C1", born="Jan 2011"), a_child("P1", agency="GP", born="2011-01-12")]
    )
    assert len(case.people) == 2
    assert len(case.uncertain_links) == 1


def test_same_name_missing_birth_is_uncertain() -> None:
    case = a_case(people=[a_child("C1"), a_child("P1", agency="GP", born=None)])
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert uncertain.reason == "same name but no date of birth on GP:P1"


def test_transitive_join_never_merges_conflicting_identifiers() -> None:
    case = a_case(
        people=[
            a_child("C1", nhs_number=NHS_A),
            a_child("P1", agency="GP"),
            a_child("H1", agency="HV", nhs_number=NHS_B),
        ]
    )
    assert len(case.people) == 2
    assert person(case, "CSC", "C1") is person(case, "GP", "P1")
    assert person(case, "HV", "H1") is not person(case, "GP", "P1")
    reasons = {(u.a, u.b): u.reason for u in case.uncertain_links}
    assert "joining would merge different NHS numbers" in reasons[(("GP", "P1"), ("HV", "H1"))]
    assert "different NHS numbers" in reasons[(("CSC", "C1"), ("HV", "H1"))]


def test_identifier_join_can_show_conflicting_dates_of_birth() -> None:
    case = a_case(
        people=[
            a_child("C1", born="2011-01-12", nhs_number=NHS_A),
            a_child("P1", agency="GP", born="2011-02-12", nhs_number=NHS_A),
        ]
    )
    ava = case.people[0]
    assert ava.date_of_birth_conflict
    assert [d.earliest for d in ava.dates_of_birth] == [dt.date(2011, 1, 12), dt.date(2011, 2, 12)]
    age = case.age_on(ava, dt.date(2012, 1, 12))
    assert age is not None
    assert (age.min_months, age.max_months) == (11, 12)
    assert case.uncertain_links == ()


def test_records_without_a_name_never_join_by_name() -> None:
    case = a_case(
        people=[
            a_child(),
            an_adult("U1", "unknown male", born="1990-01-01"),
            an_adult("U9", "unknown male", agency="POLICE", born="1990-01-01"),
        ]
    )
    assert len(case.people) == 3
    assert case.uncertain_links == ()


def test_person_id_is_smallest_agency_reference() -> None:
    case = a_case(
        people=[a_child("Z9", agency="GP", nhs_number=NHS_A), a_child("C5", nhs_number=NHS_A)]
    )
    assert case.people[0].id == "CSC:C5"


def test_normalise_name_folds_form() -> None:
    assert normalise_name("  Zoë  O'Brien-Hale ") == "zoe obrien hale"
    assert normalise_name("") == ""


def test_two_records_of_one_agency_never_join_by_name() -> None:
    case = a_case(people=[a_child("C1"), a_child("C2")])
    assert len(case.people) == 2
    (uncertain,) = case.uncertain_links
    assert uncertain.reason == (
        "same name and date of birth (12 January 2011) but both are records of CSC"
    )


def test_a_third_agency_never_joins_two_records_of_one_agency_by_name() -> None:
    case = a_case(people=[a_child("C1"), a_child("C2"), a_child("P1", agency="GP")])
    assert len(case.people) == 2
    assert person(case, "CSC", "C1") is person(case, "GP", "P1")
    reasons = {(u.a, u.b): u.reason for u in case.uncertain_links}
    assert reasons[(("CSC", "C2"), ("GP", "P1"))].endswith("merge two records of one agency")


def test_one_agency_records_with_the_same_nhs_number_are_one_person() -> None:
    case = a_case(people=[a_child("C1", nhs_number=NHS_A), a_child("C2", nhs_number=NHS_A)])
    assert len(case.people) == 1
