"""The JSON contract of ``foresight audit --json``: keys, types, and the audit's own numbers."""

from __future__ import annotations

import json

import pytest

from audit_support import CORRUPT, DAY, synthetic_audit
from foresight.checks.audit import Audit
from foresight.learning import LIBRARY
from foresight.reports.audit_json import json_of_audit


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Audit:
    return synthetic_audit(tmp_path_factory)


def test_top_level_keys(audit: Audit) -> None:
    data = json.loads(json.dumps(json_of_audit(audit)))
    assert list(data) == [
        "as_of",
        "settings",
        "totals",
        "agencies",
        "learning_points",
        "checks",
        "findings",
        "errors",
        "failures",
    ]
    assert data["as_of"] == DAY.isoformat()
    assert set(data["totals"]) == {
        "bundles",
        "families",
        "failed",
        "children",
        "entries",
        "findings",
        "not_evaluated",
        "errors",
        "problems",
        "inferred_entries",
        "findings_on_inferred",
    }
    assert data["failures"] == [{"bundle": CORRUPT, "message": audit.failures[0].message}]


def test_every_learning_point_with_its_breakdowns(audit: Audit) -> None:
    points = json_of_audit(audit)["learning_points"]
    assert [p["id"] for p in points] == [lp.id for lp in LIBRARY]
    for entry, tally in zip(points, audit.learning_points, strict=True):
        assert set(entry) == {
            "id",
            "title",
            "families",
            "children",
            "findings",
            "by_agency",
            "by_year",
        }
        assert (entry["families"], entry["children"]) == (tally.families, tally.children)
        assert entry["by_agency"] == {code: c.families for code, c in tally.by_agency.items()}
        assert all(len(year) == 4 and year.isdigit() for year in entry["by_year"])
        assert sum(entry["by_year"].values()) >= entry["families"]
    assert any(p["families"] for p in points)


def test_checks_and_findings(audit: Audit) -> None:
    data = json_of_audit(audit)
    assert [c["code"] for c in data["checks"]] == [c.code for c in audit.checks]
    for check in data["checks"]:
        assert set(check) == {
            "code",
            "title",
            "learning_points",
            "findings",
            "families",
            "passed",
            "not_evaluated",
            "errors",
            "top_reasons",
        }
        assert all(set(r) == {"reason", "count"} for r in check["top_reasons"])
    assert len(data["findings"]) == data["totals"]["findings"] > 0
    first = data["findings"][0]
    assert first["first_date"] == audit.findings[0].first_date.isoformat()
    assert first["evidence"] == list(audit.findings[0].evidence)


def test_plain_json_types_only(audit: Audit) -> None:
    # Anything but plain JSON types (a date, a tuple key) would not survive the round trip.
    text = json.dumps(json_of_audit(audit), indent=2, ensure_ascii=False)
    assert json.loads(text) == json_of_audit(audit)
