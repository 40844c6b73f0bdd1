"""The key integration test: each bundle raises exactly the checks EXPECTED names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foresight.checks import review_bundle
from foresight.model.vocab import Severity
from foresight.synth import AS_OF, EXPECTED


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_review_raises_exactly_the_expected_checks(bundles_dir: Path, name: str) -> None:
    review = review_bundle(bundles_dir / name, as_of=AS_OF[name])
    assert review.errors == []
    assert [p for p in review.case.problems if p.severity is Severity.ERROR] == []
    assert {f.check for f in review.findings} == EXPECTED[name]


@pytest.mark.parametrize("name", ["nat2-near-miss", "scr6-near-miss.zip"])
def test_near_misses_are_passed_not_skipped(bundles_dir: Path, name: str) -> None:
    review = review_bundle(bundles_dir / name, as_of=AS_OF[name])
    checks = {"nat2-near-miss": "FS-NAT2", "scr6-near-miss.zip": "FS-SCR6"}
    assert any(p.check == checks[name] for p in review.passed)
    assert not any(n.check == checks[name] for n in review.not_evaluated)


def test_long_term_family_passes_the_checks_it_should_not_raise(bundles_dir: Path) -> None:
    name = "long-term-multi-agency.xlsx"
    review = review_bundle(bundles_dir / name, as_of=AS_OF[name])
    passed = {p.check for p in review.passed}
    assert {"FS-NAT2", "FS-SCR6"} <= passed


@pytest.mark.parametrize(
    ("name", "check", "deadline"),
    [
        # Self-harm late on Friday 8 November 2019: assessment due by Monday 11 November.
        ("scr6-self-harm", "FS-SCR6", dt.date(2019, 11, 11)),
        # Bruise seen on Thursday 12 September 2019: referral and medical due by the 13th.
        ("nat2-bruised-baby.xlsx", "FS-NAT2", dt.date(2019, 9, 13)),
    ],
)
def test_a_finding_appears_the_day_after_its_deadline(
    bundles_dir: Path, name: str, check: str, deadline: dt.date
) -> None:
    on_time = review_bundle(bundles_dir / name, as_of=deadline)
    assert check not in {f.check for f in on_time.findings}
    late = review_bundle(bundles_dir / name, as_of=deadline + dt.timedelta(days=1))
    assert [f.first_date for f in late.findings if f.check == check] == [
        deadline + dt.timedelta(days=1)
    ]
