"""The replay timeline: findings in first-date order, as text and as the review JSON's key."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from foresight.checks import review_bundle
from foresight.cli import main
from foresight.reports import build_report
from foresight.reports.timeline import first_sentence, timeline_json, timeline_text
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.families.no_concerns import NO_CONCERNS
from foresight.synth.writers import write_family


@pytest.fixture(scope="module")
def long_term(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_family(LONG_TERM_MULTI_AGENCY, tmp_path_factory.mktemp("timeline"))


def _as_of() -> str:
    return LONG_TERM_MULTI_AGENCY.as_of.isoformat()


def test_timeline_json_is_the_findings_in_first_date_order(long_term: Path) -> None:
    result = CliRunner().invoke(
        main, ["review", str(long_term), "--timeline", "--json", "--as-of", _as_of()]
    )
    data = json.loads(result.output)
    timeline = data["timeline"]
    assert len(timeline) == len(data["findings"]) >= 3
    days = [dt.date.fromisoformat(row["first_date"]) for row in timeline]
    assert days == sorted(days)
    findings = {(f["check"], f["subject"], f["first_date"], f["message"]) for f in data["findings"]}
    assert {(t["check"], t["subject"], t["first_date"], t["message"]) for t in timeline} == findings
    for row in timeline:
        assert row["message"].startswith(row["summary"])
        assert row["evidence"] and row["learning_points"]


def test_timeline_text_lists_date_point_child_summary_and_evidence(long_term: Path) -> None:
    review = review_bundle(long_term, as_of=LONG_TERM_MULTI_AGENCY.as_of)
    report = build_report(review)
    text = timeline_text(report)
    result = CliRunner().invoke(main, ["review", str(long_term), "--timeline", "--as-of", _as_of()])
    assert result.output == text
    assert text.startswith("Missed opportunities: long-term-multi-agency")
    flat = " ".join(text.split())
    at = 0
    for row in timeline_json(report):
        day = dt.date.fromisoformat(row["first_date"])
        head = f"{day.day} {day:%B %Y} ({row['first_date']}) {', '.join(row['learning_points'])}"
        assert head in flat
        assert " ".join(row["summary"].split()) in flat
        assert row["evidence"][0] in flat
        at = flat.index(head, at)  # each in turn, after the one before (ValueError if not)
        assert flat.index(row["evidence"][0], at) > at


def test_a_clean_family_has_an_empty_timeline(tmp_path: Path) -> None:
    path = write_family(NO_CONCERNS, tmp_path)
    report = build_report(review_bundle(path, as_of=NO_CONCERNS.as_of))
    assert timeline_json(report) == []
    assert "No check found a pattern to raise." in timeline_text(report)


@pytest.mark.parametrize(
    ("message", "first"),
    [
        ("Injury to Ava on 3 March 2012. Expected a referral.", "Injury to Ava on 3 March 2012."),
        ("Born c. 2005 in Leeds. Expected more.", "Born c. 2005 in Leeds."),
        ("No full stop at all", "No full stop at all."),
    ],
)
def test_first_sentence(message: str, first: str) -> None:
    assert first_sentence(message) == first
