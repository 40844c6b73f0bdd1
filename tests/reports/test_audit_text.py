"""The audit as terminal text: every learning point, totals, failures; plain when piped."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit_support import CORRUPT, free_text_audit, synthetic_audit
from foresight.checks.audit import Audit, Count
from foresight.reports.audit_text import breakdown, text_of_audit


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Audit:
    return synthetic_audit(tmp_path_factory)


def test_plain_text(audit: Audit) -> None:
    text = text_of_audit(audit)
    assert "\x1b[" not in text
    assert all(line == line.rstrip() for line in text.splitlines())
    assert max(len(line) for line in text.splitlines()) <= 120


def test_every_learning_point_and_check_listed(audit: Audit) -> None:
    text = text_of_audit(audit)
    for point in audit.learning_points:
        assert f" {point.id} " in text
    for check in audit.checks:
        assert check.code in text
    assert f"{audit.totals.bundles} bundles" in text
    assert f"{CORRUPT}: cannot open" in text


def test_counts_in_the_row(audit: Audit) -> None:
    text = text_of_audit(audit, width=200)
    point = max(audit.learning_points, key=lambda p: p.families)
    row = next(line for line in text.splitlines() if line.strip().startswith(point.id + " "))
    numbers = [int(word) for word in row.split() if word.isdigit()]
    assert numbers[:3] == [point.families, point.children, point.findings]


def test_breakdown() -> None:
    assert breakdown({"HV": Count(2, 3, 4), "GP": Count(1, 1, 1)}) == "HV 2, GP 1"
    assert breakdown({2014: Count(1, 1, 2)}) == "2014 1"
    assert breakdown({}) == ""


def test_findings_resting_on_types_read_from_text_are_counted(tmp_path: Path) -> None:
    audit, _ = free_text_audit(tmp_path)
    t = audit.totals
    text = " ".join(text_of_audit(audit, width=200).split())
    assert f"{t.inferred_entries} entries have their types read from the text" in text
    assert f"{t.findings_on_inferred} findings rest on one or more of them" in text


def test_no_such_count_when_every_type_was_coded(audit: Audit) -> None:
    assert audit.totals.inferred_entries == 0
    assert "read from the text" not in text_of_audit(audit)
