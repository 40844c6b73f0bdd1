"""build_report: ordering, look-ups and counts on a small hand-made review."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from foresight.model.outcomes import Finding
from foresight.reports import anchor_for, build_report


def test_chronology_is_in_date_then_agency_then_row_order(small_review: Any) -> None:
    report = build_report(small_review)
    assert [row.ref for row in report.chronology] == [
        "HV:e1",  # 2011-03-01
        "POLICE:P7",  # Mar 2011: earliest day 1 March, after HV by agency code
        "CSC:101",
        "CSC:205",
    ]


def test_chronology_rows_carry_what_was_written(small_review: Any) -> None:
    rows = {row.ref: row for row in build_report(small_review).chronology}
    visit = rows["HV:e1"]
    assert (visit.date, visit.time, visit.agency, visit.agency_name) == (
        "2011-03-01",
        "10:30",
        "HV",
        "Health Visiting",
    )
    assert visit.types == ("home_visit", "injury")
    assert visit.source == "SystmOne"
    assert visit.subjects == ("Amy Example",)
    assert visit.people == ("P9",)  # an unknown reference is shown as written
    assert visit.anchor == "ev-HV-e1"
    police = rows["POLICE:P7"]
    assert police.date == "Mar 2011" and police.types_inferred
    assert police.people == ("(unknown male)",)
    assert not rows["CSC:205"].known_by_as_of
    assert rows["CSC:101"].known_by_as_of


def test_children_keep_every_date_of_birth_as_written(small_review: Any) -> None:
    (child,) = build_report(small_review).children
    assert child.id == "CSC:C1"
    assert child.dates_of_birth == ("2011-01-12", "13/01/2011")
    assert child.date_of_birth == "2011-01-12 or 13/01/2011"


def test_household_register_lists_every_person(small_review: Any) -> None:
    household = build_report(small_review).household
    assert [p.id for p in household] == ["CSC:C1", "CSC:M1", "CSC:M2", "POLICE:X1", "POLICE:X2"]
    child = household[0]
    assert child.is_subject and child.date_of_birth_conflict
    assert child.agencies == ("CSC", "HV")
    assert child.link_reasons == ("same NHS number 943 476 5919",)
    unknown = household[3]
    assert unknown.name == "(unknown male)" and not unknown.identity_established
    assert household[1].identity_established


def test_findings_cite_learning_points_and_link_evidence(small_review: Any) -> None:
    (finding,) = build_report(small_review).findings
    assert finding.title == "Injury to a baby who is not yet mobile"
    assert [(lp.id, lp.title) for lp in finding.learning_points] == [("NAT2", "Title of NAT2")]
    assert finding.subject_name == "Amy Example"
    assert [(e.ref, e.anchor) for e in finding.evidence] == [
        ("HV:e1", "ev-HV-e1"),
        ("CSC:101", "ev-CSC-101"),
    ]
    assert finding.first_date_text == "3 March 2011"


def test_evidence_missing_from_the_chronology_has_no_anchor(
    make_review: Any, small_case: Any
) -> None:
    finding = Finding("FS-NAT2", ("NAT2",), "CSC:C1", "m", ("GP:404",), dt.date(2011, 3, 3))
    report = build_report(make_review(small_case, (finding,)))
    assert report.findings[0].evidence[0].anchor is None
    assert report.findings[0].evidence[0].agency == "GP"


def test_cannot_know_falls_back_to_the_registry(make_review: Any, small_case: Any) -> None:
    finding = Finding("FS-NAT2", ("NAT2",), "CSC:C1", "m", (), dt.date(2011, 3, 3))
    report = build_report(make_review(small_case, (finding,)))
    assert report.findings[0].cannot_know == "Registry cannot-know."


def test_counts_and_outcome_rows(small_review: Any) -> None:
    report = build_report(small_review)
    c = report.counts
    assert (c.children, c.people, c.agencies, c.events) == (1, 5, 3, 4)
    assert (c.findings, c.passed, c.not_evaluated, c.errors) == (1, 1, 1, 1)
    assert (c.problems, c.problem_errors, c.problem_warnings, c.uncertain_links) == (3, 2, 1, 1)
    assert report.errors[0].title == "Siblings considered"
    assert report.not_evaluated[0].reason == "Police do not record dates of birth"


def test_problems_are_ordered_by_file_then_row(small_review: Any) -> None:
    problems = build_report(small_review).problems
    assert [(p.file, p.row) for p in problems] == [
        ("events.csv", 3),
        ("events.csv", 5),
        ("people.csv", None),
    ]


def test_report_does_not_depend_on_input_order(
    make_review: Any, small_case: Any, small_outcomes: Any
) -> None:
    case = small_case
    shuffled = dataclasses.replace(
        case,
        events_all=case.events_all[::-1],
        people=case.people[::-1],
        problems=case.problems[::-1],
    )
    a = build_report(make_review(case, small_outcomes))
    b = build_report(make_review(shuffled, small_outcomes[::-1]))
    assert a == b


@pytest.mark.parametrize(
    ("ref", "anchor"),
    [("CSC:123", "ev-CSC-123"), ("HV:e 1/2", "ev-HV-e-1-2"), ("A:é", "ev-A")],
)
def test_anchor_for(ref: str, anchor: str) -> None:
    assert anchor_for(ref) == anchor


def test_anchors_stay_unique_when_references_flatten_alike(
    make_review: Any, small_case: Any
) -> None:
    case = small_case
    twin = dataclasses.replace(case.events_all[0], event_id="101 ")  # flattens like "101"
    review = make_review(dataclasses.replace(case, events_all=(*case.events_all, twin)))
    anchors = [row.anchor for row in build_report(review).chronology]
    assert len(set(anchors)) == len(anchors)
