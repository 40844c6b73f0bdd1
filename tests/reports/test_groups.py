"""group_findings: a report's findings by check, for the family page's summary and sections."""

from __future__ import annotations

import datetime as dt

from foresight.reports import EvidenceRow, FindingRow, LearningPointRow, group_findings

SCR3 = LearningPointRow("SCR3", "Work with both parents", "")
NAT5 = LearningPointRow("NAT5", "Understand the child's experience", "")
PR1 = LearningPointRow("PR1", "Know who is in the child's household", "")


def finding(
    check: str,
    subject: str,
    name: str,
    first: str,
    points: tuple[LearningPointRow, ...] = (SCR3,),
    title: str = "",
) -> FindingRow:
    return FindingRow(
        check=check,
        title=title or f"The title of {check}",
        learning_points=points,
        subject=subject,
        subject_name=name,
        message=f"{check} for {name} from {first}",
        expected="",
        cannot_know="",
        first_date=dt.date.fromisoformat(first),
        evidence=(EvidenceRow("CSC:1", "ev-CSC-1", first, "CSC", ("home_visit",)),),
    )


# In first-date order, as build_report gives them.
FINDINGS = (
    finding("FS-PR1", "CSC:C2", "Ben Example", "2010-04-21", (PR1,)),
    finding("FS-SCR3", "CSC:C2", "Ben Example", "2011-01-05"),
    finding("FS-NAT5", "CSC:C1", "Amy Example", "2011-03-01", (NAT5,)),
    finding("FS-SCR3", "CSC:C1", "Amy Example", "2012-10-25"),
    finding("FS-SCR3", "CSC:C2", "Ben Example", "2013-06-27", (SCR3, NAT5)),
    finding("FS-NAT5", "CSC:C2", "Ben Example", "2016-10-31", (NAT5,)),
)


def test_one_group_per_check_most_findings_first_then_by_code() -> None:
    groups = group_findings(FINDINGS)

    assert [(g.check, g.count) for g in groups] == [("FS-SCR3", 3), ("FS-NAT5", 2), ("FS-PR1", 1)]
    assert sum(g.count for g in groups) == len(FINDINGS)


def test_ties_are_ordered_by_code() -> None:
    findings = (
        finding("FS-SCR8", "CSC:C1", "Amy Example", "2011-01-01"),
        finding("FS-AUD4", "CSC:C1", "Amy Example", "2012-01-01"),
        finding("FS-SCR2", "CSC:C1", "Amy Example", "2013-01-01"),
    )

    assert [g.check for g in group_findings(findings)] == ["FS-AUD4", "FS-SCR2", "FS-SCR8"]


def test_a_group_keeps_the_report_order_and_each_findings_number() -> None:
    scr3 = group_findings(FINDINGS)[0]

    assert [number for number, _ in scr3.numbered] == [2, 4, 5]
    assert [f for _, f in scr3.numbered] == [FINDINGS[1], FINDINGS[3], FINDINGS[4]]


def test_a_group_names_each_child_once_ordered_by_id() -> None:
    scr3, nat5, pr1 = group_findings(FINDINGS)

    # Ben (CSC:C2) came first in the findings, but Amy (CSC:C1) comes first by id.
    assert scr3.children == ("Amy Example", "Ben Example")
    assert nat5.children == ("Amy Example", "Ben Example")
    assert pr1.children == ("Ben Example",)


def test_a_group_has_its_checks_title_points_and_earliest_first_date() -> None:
    scr3, nat5, _ = group_findings(FINDINGS)

    assert scr3.title == "The title of FS-SCR3"
    assert [p.id for p in scr3.learning_points] == ["SCR3", "NAT5"]  # each point once
    assert scr3.first_date == dt.date(2011, 1, 5)
    assert scr3.first_date_text == "5 January 2011"
    assert nat5.first_date == dt.date(2011, 3, 1)


def test_each_group_has_its_own_html_id() -> None:
    findings = (
        finding("FS-NAT2", "CSC:C1", "Amy Example", "2011-01-01"),
        finding("FS-SCR3", "CSC:C1", "Amy Example", "2011-02-01"),
    )

    assert [g.anchor for g in group_findings(findings)] == [
        "findings-FS-NAT2",
        "findings-FS-SCR3",
    ]


def test_no_findings_no_groups() -> None:
    assert group_findings(()) == ()
