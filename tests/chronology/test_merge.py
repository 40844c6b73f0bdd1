"""The merged chronology: every entry once, in order, the same happening shown once."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from tests.chronology.duplicates import duplicates_case
from tests.factories import a_case, a_child, an_event

from foresight.chronology import merge_chronology, same_happening
from foresight.model.case import Case
from foresight.model.outcomes import Finding


def test_long_term_family_every_entry_of_every_agency_exactly_once(long_term_case: Case) -> None:
    chron = merge_chronology(long_term_case)
    counted = Counter(chron.refs)
    assert len(long_term_case.events_all) >= 300
    assert counted == Counter(e.ref for e in long_term_case.events_all)
    assert set(counted.values()) == {1}
    by_agency = Counter(e.agency for e in chron.entries)
    assert by_agency == Counter(e.agency for e in long_term_case.events_all)


def test_long_term_family_duplicate_across_agencies_is_one_row_with_both_sources(
    long_term_case: Case,
) -> None:
    # CSC and the police each recorded the strategy discussion of 24 October 2012.
    merged = [row for row in merge_chronology(long_term_case).rows if len(row.entries) > 1]
    assert [sorted(e.agency for e in row.entries) for row in merged] == [["CSC", "POL"]]
    [row] = merged
    texts = [e.details for e in row.entries]
    assert any("police to check" in e.outcome for e in row.entries)
    assert all(texts), "both agencies' texts are kept"


def test_rows_in_date_order_uncertain_dates_as_written(long_term_case: Case) -> None:
    rows = merge_chronology(long_term_case).rows
    keys = [(r.date.earliest, r.entries[0].agency, r.entries[0].row or 0) for r in rows]
    assert keys == sorted(keys)
    written = {r.date_text for r in rows if not r.date.is_exact}
    assert {"early 2010", "Jan 2011", "?22 May 2016"} <= written


def test_each_entry_keeps_agency_source_text_and_people(long_term_case: Case) -> None:
    chron = merge_chronology(long_term_case)
    events = {e.ref: e for e in long_term_case.events_all}
    for entry in chron.entries:
        event = events[entry.ref]
        assert (entry.agency, entry.details, entry.outcome, entry.source) == (
            event.agency,
            event.details,
            event.outcome,
            event.source,
        )
        assert entry.agency_name == long_term_case.agency(event.agency).name
        assert [p.id for p in entry.subjects] == [p.id for p in long_term_case.subjects_of(event)]


def test_same_incident_by_two_agencies_is_one_row_with_both_sources() -> None:
    case = duplicates_case()
    chron = merge_chronology(case)
    row = chron.row_for("POL:INC1")
    assert row is not None and row.refs == ("POL:INC1", "SCH:N1")
    assert row.merged and row.agencies == ("POL", "SCH")
    assert "Police called" in row.entries[0].details
    assert "Operation Encompass" in row.entries[1].details
    assert row.date_text == "3 March 2013"
    assert sorted(chron.refs) == sorted(e.ref for e in case.events_all)


def test_entries_that_are_not_one_happening_stay_apart() -> None:
    chron = merge_chronology(duplicates_case())
    for ref in ("SCH:N2", "POL:R1", "POL:V1", "SCH:V2", "SCH:U1"):
        row = chron.row_for(ref)
        assert row is not None and row.refs == (ref,), ref


def test_same_happening_rule() -> None:
    case = duplicates_case()
    ev = {e.ref: e for e in case.events_all}
    assert same_happening(ev["POL:INC1"], ev["SCH:N1"], case)
    assert same_happening(ev["SCH:N1"], ev["POL:INC1"], case)
    assert same_happening(ev["POL:R1"], ev["SCH:N1"], case)  # a referral about it
    assert not same_happening(ev["POL:INC1"], ev["SCH:N2"], case)  # different story
    assert not same_happening(ev["POL:V1"], ev["SCH:V2"], case)  # five days apart
    assert not same_happening(ev["POL:INC1"], ev["POL:INC1"], case)  # one agency


def test_no_shared_person_no_merge() -> None:
    people = [
        a_child("C1", agency="POL"),
        a_child("C9", agency="SCH", name="Zed Other", born="2010-05-05"),
    ]
    events = [
        an_event(
            "injury",
            on="2014-02-02",
            agency="POL",
            subjects="C1",
            eid="A",
            details="Bruise to left cheek seen",
        ),
        an_event(
            "injury",
            on="2014-02-02",
            agency="SCH",
            subjects="C9",
            eid="B",
            details="Bruise to left cheek seen",
        ),
    ]
    case = a_case(people, events)
    assert len(case.people) == 2
    assert [r.refs for r in merge_chronology(case).rows] == [("POL:A",), ("SCH:B",)]


def test_findings_analysis_and_significance_pinned_to_rows() -> None:
    case = duplicates_case()
    finding = Finding(
        "FS-X", ("SCR2",), "POL:C1", "Expected a referral.", ("SCH:N1",), dt.date(2013, 3, 5)
    )
    chron = merge_chronology(
        case, findings=[finding], analysis={"POL:INC1": "Seen by school.", "SCH:N1": "Shared."}
    )
    row = chron.row_for("SCH:N1")
    assert row is not None
    assert [f.check for f in row.findings] == ["FS-X"]
    assert row.analysis == "Seen by school.\n\nShared."
    assert row.significant
    quiet = chron.row_for("SCH:N2")
    assert quiet is not None and not quiet.significant and not quiet.findings
    assert quiet.analysis == ""


def test_an_entry_on_the_day_someone_it_involves_died_is_significant() -> None:
    people = [a_child("C1", agency="CSC", date_of_death="2014-02-03")]
    events = [
        an_event("note", on="2014-02-03", agency="CSC", eid="D", details="Sudden death."),
        an_event("note", on="2014-02-04", agency="CSC", eid="E", details="Family visited."),
    ]
    chron = merge_chronology(a_case(people, events))
    assert [(r.key, r.significant) for r in chron.rows] == [("CSC:D", True), ("CSC:E", False)]


def test_everyday_contacts_need_closely_alike_texts() -> None:
    people = [a_child("C1", agency="HV"), a_child("C1", agency="GP")]
    events = [
        an_event(
            "health_contact",
            on="2016-11-07",
            agency="HV",
            eid="A",
            details="Ava Sample seen at clinic with mother; immunisations up to date.",
            outcome="Advice given.",
        ),
        an_event(
            "health_contact",
            on="2016-11-07",
            agency="GP",
            eid="B",
            details="Ava seen with mother: sore throat, tonsils inflamed.",
            outcome="Advice given.",
        ),
        an_event(
            "phone_contact",
            on="2016-12-01",
            agency="HV",
            eid="C",
            details="Mother phoned: Ava's eczema flare on both arms, cream prescribed.",
        ),
        an_event(
            "phone_contact",
            on="2016-12-01",
            agency="GP",
            eid="D",
            details="Eczema flare on both arms; cream prescribed (phone call).",
        ),
    ]
    case = a_case(people, events)
    assert len(case.people) == 1
    rows = [r.refs for r in merge_chronology(case).rows]
    assert rows == [("GP:B",), ("HV:A",), ("GP:D", "HV:C")]  # same day: agency order
