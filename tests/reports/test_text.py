"""render_text: a snapshot of the summary of a fixed small review.

To accept a deliberate change: FORESIGHT_UPDATE_SNAPSHOTS=1 pytest tests/reports
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

from tests.reports.conftest import build_small_outcomes

from foresight.reports import render_text

SNAPSHOTS = Path(__file__).parent / "snapshots"


def check_snapshot(name: str, actual: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("FORESIGHT_UPDATE_SNAPSHOTS") == "1":
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from the snapshot; if the change is wanted, rerun with "
        "FORESIGHT_UPDATE_SNAPSHOTS=1"
    )


def test_summary_matches_snapshot(small_review: Any) -> None:
    check_snapshot("small_review.txt", render_text(small_review))


def test_summary_says_errors_are_not_passes(small_review: Any) -> None:
    text = render_text(small_review)
    assert "NOT a pass" in text
    assert "FS-SCR6" in text.split("Check errors")[1]


def test_summary_names_every_finding_and_evidence(small_review: Any) -> None:
    text = render_text(small_review)
    for needle in ("FS-NAT2", "Learning point NAT2", "HV:e1", "CSC:101", "3 March 2011"):
        assert needle in text


def test_summary_is_plain_text(small_review: Any) -> None:
    text = render_text(small_review)
    assert "\x1b[" not in text  # no terminal escapes: fine when piped
    assert all(len(line) <= 100 for line in text.splitlines())


def test_summary_without_findings_or_children(make_review: Any, small_case: Any) -> None:
    import dataclasses

    case = dataclasses.replace(small_case, people=(), problems=(), uncertain_links=())
    text = render_text(make_review(case))
    assert "No check found a pattern to raise." in text
    assert "no subject child" in text
    assert "Problems reading" not in text


def _inferred_finding() -> Any:
    finding = build_small_outcomes()[-1]
    return dataclasses.replace(finding, evidence=("HV:e1", "POLICE:P7"))


def test_a_finding_resting_on_types_read_from_text_says_so(
    make_review: Any, small_case: Any
) -> None:
    text = render_text(make_review(small_case, (_inferred_finding(),)))
    assert "POLICE:P7 (Mar 2011, note; types read from the text)" in text
    assert "HV:e1 (2011-03-01, home_visit, injury)" in text
    assert "1 of its 2 evidence entries has types read from the text" in text


def test_a_finding_on_coded_entries_has_no_such_note(small_review: Any) -> None:
    assert "read from the text, not coded" not in render_text(small_review)
