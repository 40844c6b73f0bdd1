"""FS-PR1: know who is in the child's household."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.bundle import read_bundle
from foresight.checks import review_case
from foresight.checks.rules.pr1_unidentified_adult import _presence_recorded_late
from foresight.linkage import build_case
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType
from foresight.synth.families.pr1_text import PR1_TEXT_BOYFRIEND, PR1_TEXT_NEAR_MISS
from foresight.synth.spec import Family
from foresight.synth.writers import write_family

# A visit on Thursday 1 March 2012 first mentions the mother's boyfriend; 20 working days
# later is Thursday 29 March, so the finding is first true on Friday 30 March.
DEADLINE_PASSED = dt.date(2012, 3, 30)


def family(adult: Any, *, on: str = "2012-03-01", recorded: str | None = None) -> Case:
    child = a_child("C1", born="2010-05-05", name="Ava Sample")
    visit = an_event(EventType.HOME_VISIT, on=on, eid="V1", people="B1", recorded=recorded)
    return a_case(people=[child, adult], events=[visit])


def boyfriend(**kw: Any) -> Any:
    return an_adult("B1", "mother's boyfriend", **kw)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_role_only_adult_in_household_is_a_finding(run: Any) -> None:
    [finding] = run("FS-PR1", family(boyfriend()), "2012-06-01")
    assert isinstance(finding, Finding)
    assert finding.learning_points == ("PR1",)
    assert finding.subject == "CSC:C1"
    assert finding.evidence == ("CSC:V1",)
    assert finding.first_date == DEADLINE_PASSED
    assert "mother's boyfriend" in finding.message and "1 March 2012" in finding.message
    assert "29 March 2012" in finding.expected and finding.cannot_know


def test_adult_with_family_name_and_date_of_birth_passes(run: Any) -> None:
    named = boyfriend(name="Rob Example", born="1985-02-03")
    assert names(run("FS-PR1", family(named), "2012-06-01")) == ["Passed"]


def test_name_without_date_of_birth_is_not_enough(run: Any) -> None:
    named = boyfriend(name="Rob Example")
    assert names(run("FS-PR1", family(named), "2012-06-01")) == ["Finding"]


def test_identity_recorded_by_another_agency_clears_it(run: Any) -> None:
    child = a_child("C1", born="2010-05-05")
    police = an_adult(
        "P9", "partner of mother", agency="POLICE", name="Rob Example", born="1985-02-03"
    )
    csc = boyfriend(name="Rob Example", born="1985-02-03")
    visit = an_event(EventType.HOME_VISIT, on="2012-03-01", people="B1")
    case = a_case(people=[child, csc, police], events=[visit])
    assert names(run("FS-PR1", case, "2012-06-01")) == ["Passed"]


def test_first_date_is_exact(run: Any) -> None:
    case = family(boyfriend())
    [before] = run("FS-PR1", case, "2012-03-29")
    assert isinstance(before, Passed) and "not due until 29 March 2012" in before.message
    [finding] = run("FS-PR1", case, "2012-03-30")
    assert isinstance(finding, Finding) and finding.first_date == DEADLINE_PASSED


def test_before_the_first_mention_no_deadline_runs(run: Any) -> None:
    case = family(boyfriend(), recorded="2012-05-01")
    # People rows carry no dates: until the visit mentioning him is recorded, he is not known.
    assert names(run("FS-PR1", case, "2012-04-30")) == ["Passed"]
    [finding] = run("FS-PR1", case, "2012-05-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 1)


def test_someone_outside_the_household_is_not_a_finding(run: Any) -> None:
    grandmother = an_adult("B1", "maternal grandmother")
    assert names(run("FS-PR1", family(grandmother), "2012-06-01")) == ["Passed"]


def test_household_by_lives_with_row(run: Any) -> None:
    child = a_child("C1", born="2010-05-05")
    lodger = an_adult("L1", "family friend")
    case = a_case(
        people=[child, lodger],
        events=[an_event(EventType.HOME_VISIT, on="2012-03-01", eid="V1")],
        relationships=[a_relationship("L1", "lives_with", "C1", start="2012-03-01")],
    )
    [finding] = run("FS-PR1", case, "2012-06-01")
    assert isinstance(finding, Finding)


def test_uncertain_first_mention_is_not_evaluated_until_every_reading_passes(run: Any) -> None:
    case = family(boyfriend(), on="Mar 2012")
    [outcome] = run("FS-PR1", case, "2012-04-10")
    assert isinstance(outcome, NotEvaluated) and "too uncertain" in outcome.reason
    [finding] = run("FS-PR1", case, "2012-06-01")
    assert isinstance(finding, Finding)


def test_finding_cannot_start_before_they_join_the_household(run: Any) -> None:
    child = a_child("C1", born="2010-05-05")
    uncle = an_adult("U1", "uncle")
    case = a_case(
        people=[child, uncle],
        events=[
            an_event(EventType.PHONE_CONTACT, on="2012-03-01", people="U1", eid="P1"),
            an_event(EventType.JOINED_HOUSEHOLD, on="2012-05-10", people="U1", eid="J1"),
        ],
    )
    assert names(run("FS-PR1", case, "2012-05-09")) == ["Passed"]
    [finding] = run("FS-PR1", case, "2012-05-10")
    assert isinstance(finding, Finding)
    assert finding.first_date == dt.date(2012, 5, 10)
    assert finding.evidence == ("CSC:P1",)


def test_one_finding_per_person_naming_every_child_of_the_household(run: Any) -> None:
    ava = a_child("C1", born="2010-05-05", name="Ava Sample")
    ben = a_child("C2", born="2012-01-09", name="Ben Sample")
    visit = an_event(EventType.HOME_VISIT, on="2012-03-01", eid="V1", people="B1")
    case = a_case(people=[ava, ben, boyfriend()], events=[visit])
    outcomes = run("FS-PR1", case, "2012-06-01")
    findings = [o for o in outcomes if isinstance(o, Finding)]
    assert len(findings) == 1
    assert "Ava Sample and Ben Sample" in findings[0].message
    assert findings[0].subject in {"CSC:C1", "CSC:C2"}
    assert not [o for o in outcomes if isinstance(o, Passed)]


# --- adults named or described in an entry's text --------------------------------------

# A visit on Thursday 1 March 2012 mentions "mum's new boyfriend Dean"; as above, the finding
# is first true on Friday 30 March.
DEAN = "Visit to Ava. Mum's new boyfriend Dean who is staying answered the door."


def told(*events: Any, people: tuple[Any, ...] = ()) -> Case:
    mother = an_adult("M1", "mother", name="Kerry Sample", born="1990-01-01")
    child = a_child("C1", born="2010-05-05", name="Ava Sample")
    return a_case(people=[child, mother, *people], events=list(events))


def text_visit(details: str = DEAN, **kw: Any) -> Any:
    kw.setdefault("eid", "V1")
    kw.setdefault("on", "2012-03-01")
    kw.setdefault("people", "M1")
    return an_event(EventType.HOME_VISIT, details=details, **kw)


def test_an_adult_named_in_text_who_matches_nobody_is_a_finding(run: Any) -> None:
    [finding] = [
        o for o in run("FS-PR1", told(text_visit()), "2012-06-01") if isinstance(o, Finding)
    ]
    assert finding.subject == "CSC:C1" and finding.evidence == ("CSC:V1",)
    assert finding.first_date == DEADLINE_PASSED
    assert finding.message.startswith(
        "'Mum's new boyfriend Dean' in the CSC entry CSC:V1 of 1 March 2012 matches nobody in"
        " the people table (the record says they stay or live in the home)."
    ), finding.message
    assert "29 March 2012" in finding.expected


def test_an_adult_named_in_text_and_identified_in_the_people_table_passes(run: Any) -> None:
    dean = an_adult("B1", "mother's boyfriend", name="Dean Rollason", born="1988-02-14")
    outcomes = run("FS-PR1", told(text_visit(), people=(dean,)), "2012-06-01")
    assert names(outcomes) == ["Passed"]


def test_a_name_in_the_people_table_is_matched_even_without_a_date_of_birth(run: Any) -> None:
    # Matched by name: the household rule then judges his identity, not the text.
    dean = an_adult("B1", "mother's boyfriend", name="Dean Rollason")
    case = told(text_visit(details=DEAN, people="M1;B1"), people=(dean,))
    [finding] = run("FS-PR1", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.message.startswith("Dean Rollason")


def test_text_finding_first_date_is_exact(run: Any) -> None:
    case = told(text_visit())
    assert names(run("FS-PR1", case, "2012-03-29")) == ["Passed", "Passed"]
    found = [o for o in run("FS-PR1", case, "2012-03-30") if isinstance(o, Finding)]
    assert [f.first_date for f in found] == [DEADLINE_PASSED]


def test_denied_and_described_nobody_is_no_finding(run: Any) -> None:
    entry = text_visit(details="Home visit. No other adults present; mum denies a new partner.")
    assert names(run("FS-PR1", told(entry), "2012-06-01")) == ["Passed"]


def test_one_finding_per_person_with_every_entry_as_evidence(run: Any) -> None:
    later = text_visit(details="Dean present again.", eid="V2", on="2012-04-10")
    other = text_visit(details="An unknown male left as I arrived.", eid="V3", on="2012-05-01")
    outcomes = run("FS-PR1", told(text_visit(), later, other), "2012-08-01")
    findings = sorted((o for o in outcomes if isinstance(o, Finding)), key=lambda f: f.evidence)
    assert [f.evidence for f in findings] == [("CSC:V1", "CSC:V2"), ("CSC:V3",)]
    assert "'An unknown male'" in findings[1].message


def test_text_finding_waits_for_an_entry_recorded_late(run: Any) -> None:
    case = told(text_visit(recorded="2012-05-01"))
    assert names(run("FS-PR1", case, "2012-04-30")) == ["Passed"]
    found = [o for o in run("FS-PR1", case, "2012-05-01") if isinstance(o, Finding)]
    assert [(f.first_date, f.evidence) for f in found] == [(dt.date(2012, 5, 1), ("CSC:V1",))]


def test_a_name_alone_counts_from_its_entry_once_a_role_says_who_it_is(run: Any) -> None:
    # "Dean" alone on 1 March says nothing of an adult; the entry of 1 May, recorded then,
    # does. The deadline counts from 1 March, but nothing was knowable before 1 May.
    alone = text_visit(details="Dean present at the visit.")
    told_later = text_visit(eid="V2", on="2012-05-01")
    case = told(alone, told_later)
    assert names(run("FS-PR1", case, "2012-04-30")) == ["Passed"]
    [finding] = [o for o in run("FS-PR1", case, "2012-05-01") if isinstance(o, Finding)]
    assert finding.first_date == dt.date(2012, 5, 1)
    assert finding.evidence == ("CSC:V1", "CSC:V2")


def test_text_finding_on_an_uncertain_date_waits_for_every_reading(run: Any) -> None:
    case = told(text_visit(on="Mar 2012"))
    assert "NotEvaluated" in names(run("FS-PR1", case, "2012-04-10"))
    assert "Finding" in names(run("FS-PR1", case, "2012-06-01"))


def test_text_findings_replay_to_their_first_date(run: Any) -> None:
    late = text_visit(details="A male friend of mum's staying.", eid="V2", recorded="2012-04-20")
    case = told(text_visit(), late)
    for finding in [o for o in run("FS-PR1", case, "2012-09-01") if isinstance(o, Finding)]:
        day = finding.first_date
        then = [o.evidence for o in run("FS-PR1", case, day.isoformat()) if isinstance(o, Finding)]
        before = (day - dt.timedelta(days=1)).isoformat()
        earlier = [o.evidence for o in run("FS-PR1", case, before) if isinstance(o, Finding)]
        assert finding.evidence in then and finding.evidence not in earlier


def test_the_synthetic_family_of_a_boyfriend_named_only_in_text(tmp_path: Path) -> None:
    def pr1(family: Family) -> list[Finding]:
        case = build_case(read_bundle(write_family(family, tmp_path)))
        found = review_case(case, as_of=family.as_of).findings
        return [f for f in found if f.check == "FS-PR1"]

    [finding] = pr1(PR1_TEXT_BOYFRIEND)
    assert finding.message.startswith("'Mum's new boyfriend Dean' in the ")
    assert "5 March 2012 matches nobody in the people table" in finding.message
    assert finding.first_date == dt.date(2012, 4, 3)
    assert pr1(PR1_TEXT_NEAR_MISS) == []


_PHRASES = (
    DEAN,
    "Dean present at the visit.",
    "Dean Smith, mother's partner, seen.",
    "An unknown male answered the door.",
    "Maternal uncle visiting.",
    "Home visit; all well. No other adults present.",
)


@st.composite
def told_families(draw: st.DrawFn) -> Case:
    """Entries of 2012 mentioning adults in words, some dated loosely, some recorded late."""
    events = []
    for i in range(draw(st.integers(1, 4))):
        day = dt.date(2012, 1, 2) + dt.timedelta(days=draw(st.integers(0, 200)))
        on = day.strftime("%b %Y") if draw(st.booleans()) and i else day.isoformat()
        late = draw(st.sampled_from([None, 0, 15, 60]))
        recorded = None if late is None else day + dt.timedelta(days=late + 31)
        details = draw(st.sampled_from(_PHRASES))
        events.append(text_visit(details, eid=f"V{i}", on=on, recorded=recorded))
    return told(*events)


def _keys(run: Any, case: Case, day: dt.date) -> set[tuple[str, str]]:
    outcomes = run("FS-PR1", case, day.isoformat())
    return {(o.subject, o.evidence[0]) for o in outcomes if isinstance(o, Finding)}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(told_families())
def test_text_findings_of_generated_entries_replay_to_their_first_date(
    run: Any, case: Case
) -> None:
    for finding in run("FS-PR1", case, "2013-03-01"):
        if isinstance(finding, Finding):
            key = (finding.subject, finding.evidence[0])
            assert key in _keys(run, case, finding.first_date), finding.message
            assert key not in _keys(run, case, finding.first_date - dt.timedelta(days=1))


# --- replay: the first date is the day a reviewer would first have raised it ---------------


def household_keys(run: Any, case: Case, day: dt.date) -> set[tuple[str, str]]:
    found = run("FS-PR1", case, day.isoformat())
    return {(o.subject, o.evidence[0]) for o in found if isinstance(o, Finding)}


def assert_replays(run: Any, case: Case, finding: Finding) -> None:
    key = (finding.subject, finding.evidence[0])
    assert key in household_keys(run, case, finding.first_date)
    assert key not in household_keys(run, case, finding.first_date - dt.timedelta(days=1))


def test_known_from_the_first_mention_not_the_agencys_first_entry(run: Any) -> None:
    # The visit of Friday 1 June first mentions the boyfriend: he is known (and at home by his
    # role) from then on every replayed day, not from CSC's first entry of 1 March. 20 working
    # days (4 and 5 June 2012 were bank holidays) end on 3 July.
    first = an_event(EventType.PHONE_CONTACT, on="2012-03-01", eid="P1")
    visit = an_event(EventType.HOME_VISIT, on="2012-06-01", eid="V1", people="B1")
    case = a_case(people=[a_child("C1", born="2010-05-05"), boyfriend()], events=[first, visit])
    [finding] = run("FS-PR1", case, "2012-08-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 7, 4)
    assert finding.evidence == ("CSC:V1",)
    assert_replays(run, case, finding)


def test_a_joining_recorded_late_dates_the_finding_from_when_it_was_recorded(run: Any) -> None:
    uncle = an_adult("U1", "uncle")
    joined = an_event(
        EventType.JOINED_HOUSEHOLD, on="2012-05-10", people="U1", eid="J1", recorded="2012-05-20"
    )
    contact = an_event(EventType.PHONE_CONTACT, on="2012-03-01", people="U1", eid="P1")
    case = a_case(people=[a_child("C1", born="2010-05-05"), uncle], events=[contact, joined])
    [finding] = run("FS-PR1", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 5, 20)
    assert_replays(run, case, finding)


def test_the_subject_is_the_child_joined_first_then_by_id(run: Any) -> None:
    children = [a_child("C2", born="2011-01-09"), a_child("C1", born="2010-05-05")]
    visit = an_event(EventType.HOME_VISIT, on="2012-03-01", eid="V1", subjects="C2;C1", people="B1")
    case = a_case(people=[*children, boyfriend()], events=[visit])
    [finding] = [o for o in run("FS-PR1", case, "2012-06-01") if isinstance(o, Finding)]
    assert finding.subject == "CSC:C1"


def test_someone_pulled_into_the_household_by_a_first_mention_recorded_late(run: Any) -> None:
    # A family friend (no household role) is first mentioned on 1 March and lives with the
    # mother (an undated row). The mother's only mention, a visit of 5 March, is recorded on
    # 1 June: until then she is known to nobody, so the friend is in no household, and the
    # finding (due by 29 March on the full record) is first raised on 1 June.
    child = a_child("C1", born="2010-05-05", name="Ava Sample")
    mother = an_adult("M1", "mother", name="Mia Sample", born="1985-01-01")
    friend = an_adult("F1", "family friend")
    seen = an_event(EventType.HOME_VISIT, on="2012-03-01", eid="V1", people="F1")
    late = an_event(
        EventType.HOME_VISIT, on="2012-03-05", eid="V2", people="M1", recorded="2012-06-01"
    )
    homes = [a_relationship("F1", "lives_with", "M1")]
    case = a_case(people=[child, mother, friend], events=[seen, late], relationships=homes)
    [finding] = [o for o in run("FS-PR1", case, "2012-09-01") if isinstance(o, Finding)]
    assert "family friend" in finding.message and finding.evidence == ("CSC:V1",)
    assert finding.first_date == dt.date(2012, 6, 1)
    assert_replays(run, case, finding)


def test_a_mention_recorded_late_that_dates_a_parent_earlier_is_replayed(run: Any) -> None:
    # A family friend (no household role) is first mentioned on 2 January and lives with the
    # mother (an undated row). The mother is first known from a visit of 10 April; a contact
    # of 1 March, recorded on 1 May, mentions her too. The full record has the friend at home
    # from 1 March, but a reviewer first saw it on 10 April: the late contact is not the
    # mother's first mention, yet it dates her presence earlier, so its day is replayed.
    # A second late entry, dated after she was known, changes nobody's dates and is not.
    child = a_child("C1", born="2010-05-05", name="Ava Sample")
    mother = an_adult("M1", "mother", name="Mia Sample", born="1985-01-01")
    friend = an_adult("F1", "family friend")
    seen = an_event(EventType.HOME_VISIT, on="2012-01-02", eid="V1", people="F1")
    visit = an_event(EventType.HOME_VISIT, on="2012-04-10", eid="V2", people="M1")
    contact = an_event(
        EventType.PHONE_CONTACT, on="2012-03-01", eid="P1", people="M1", recorded="2012-05-01"
    )
    later = an_event(
        EventType.PHONE_CONTACT, on="2012-04-20", eid="P2", people="M1", recorded="2012-07-01"
    )
    homes = [a_relationship("F1", "lives_with", "M1")]
    case = a_case(
        people=[child, mother, friend], events=[seen, visit, contact, later], relationships=homes
    )
    [finding] = [o for o in run("FS-PR1", case, "2012-09-01") if isinstance(o, Finding)]
    assert finding.evidence == ("CSC:V1",) and finding.first_date == dt.date(2012, 4, 10)
    assert_replays(run, case, finding)
    assert _presence_recorded_late(case) == {dt.date(2012, 5, 1)}


@st.composite
def families_naming_dean(draw: st.DrawFn) -> tuple[Case, dt.date]:
    """Dean has a row (a role and a name, no date of birth); entries of 2012 name him in their
    text, list him or neither, some dated loosely, some recorded late."""
    events = [an_event(EventType.PHONE_CONTACT, on="2011-06-01", eid="P0")]
    for i in range(draw(st.integers(1, 4))):
        day = dt.date(2012, 1, 2) + dt.timedelta(days=draw(st.integers(0, 200)))
        on = day.strftime("%b %Y") if draw(st.booleans()) and i else day.isoformat()
        late = draw(st.sampled_from([None, 0, 15, 60]))
        recorded = None if late is None else day + dt.timedelta(days=late + 31)
        details = draw(st.sampled_from([*_PHRASES, "Mum's new boyfriend Dean staying."]))
        listed = draw(st.sampled_from(["M1", "M1;B1"]))
        events.append(text_visit(details, eid=f"V{i}", on=on, recorded=recorded, people=listed))
    case = told(*events, people=(boyfriend(name="Dean Rollason"),))
    return case, dt.date(2012, 1, 2) + dt.timedelta(days=draw(st.integers(60, 400)))


@settings(max_examples=20, deadline=None)
@given(families_naming_dean())
def test_findings_about_an_adult_named_in_text_replay_to_their_first_date(
    review: tuple[Case, dt.date],
) -> None:
    case, as_of = review

    def keys(day: dt.date) -> set[tuple[str, str, str]]:
        found = review_case(case, as_of=day).findings
        return {(f.check, f.subject, f.evidence[0]) for f in found if f.evidence}

    first: dict[tuple[str, str, str], dt.date] = {}
    for f in review_case(case, as_of=as_of).findings:
        key = (f.check, f.subject, f.evidence[0])
        assert key in keys(f.first_date), f.message
        first[key] = min(first.get(key, f.first_date), f.first_date)
    for key, day in first.items():  # findings may share a key: the earliest counts
        assert key not in keys(day - dt.timedelta(days=1)), key
