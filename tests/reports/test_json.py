"""report_json: the JSON contract, exactly, with a stable order."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from tests.reports.conftest import build_small_outcomes

from foresight.reports import report_json

TOP_KEYS = [
    "as_of",
    "children",
    "findings",
    "not_evaluated",
    "uncertain_links",
    "errors",
    "problems",
]


def test_top_level_keys_in_contract_order(small_review: Any) -> None:
    assert list(report_json(small_review)) == TOP_KEYS


def test_values_are_plain_json(small_review: Any) -> None:
    data = report_json(small_review)
    assert json.loads(json.dumps(data)) == data


def test_children_and_findings(small_review: Any) -> None:
    data = report_json(small_review)
    assert data["as_of"] == "2011-06-30"
    assert data["children"] == [
        {"id": "CSC:C1", "name": "Amy Example", "date_of_birth": "2011-01-12 or 13/01/2011"}
    ]
    (finding,) = data["findings"]
    assert {
        "check",
        "learning_points",
        "subject",
        "subject_name",
        "message",
        "evidence",
        "first_date",
    } <= set(finding)
    assert finding["check"] == "FS-NAT2"
    assert finding["learning_points"] == ["NAT2"]
    assert finding["subject"] == "CSC:C1" and finding["subject_name"] == "Amy Example"
    assert finding["evidence"] == ["HV:e1", "CSC:101"]
    assert finding["first_date"] == "2011-03-03"
    assert finding["expected"].startswith("A referral")


def test_outcomes_links_and_problems(small_review: Any) -> None:
    data = report_json(small_review)
    assert data["not_evaluated"] == [
        {"check": "FS-PR1", "subject": "CSC:C1", "reason": "Police do not record dates of birth"}
    ]
    assert data["errors"] == [
        {"check": "FS-SCR6", "subject": "CSC:C1", "message": "ValueError: something broke"}
    ]
    (link,) = data["uncertain_links"]
    assert link["a"] == {
        "agency": "POLICE",
        "person_id": "X2",
        "name": "Jon Smith",
        "date_of_birth": "1988-02-01",
    }
    assert link["b"]["date_of_birth"] is None
    assert link["reason"] == "similar names; no shared identifier"
    assert data["problems"][1] == {
        "file": "events.csv",
        "row": 5,
        "column": "date",
        "message": "cannot read '31/02/2011' as a date",
        "severity": "error",
    }
    assert data["problems"][2]["row"] is None and data["problems"][2]["severity"] == "warning"


def test_same_review_same_bytes(small_review: Any) -> None:
    assert json.dumps(report_json(small_review)) == json.dumps(report_json(small_review))


def test_a_finding_lists_its_evidence_read_from_text(make_review: Any, small_case: Any) -> None:
    finding = dataclasses.replace(build_small_outcomes()[-1], evidence=("HV:e1", "POLICE:P7"))
    (data,) = report_json(make_review(small_case, (finding,)))["findings"]
    assert data["evidence"] == ["HV:e1", "POLICE:P7"]
    assert data["inferred_evidence"] == ["POLICE:P7"]


def test_a_finding_on_coded_entries_lists_no_inferred_evidence(small_review: Any) -> None:
    (finding,) = report_json(small_review)["findings"]
    assert finding["inferred_evidence"] == []
