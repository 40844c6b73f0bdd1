"""The SCR2, SCR3, SCR5, NAT4 and NAT5 families: each near miss is passed (not skipped), and
each trigger family's finding appears first on its first_date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foresight.checks import review_bundle
from foresight.synth import AS_OF

NEAR_MISSES = [
    ("scr2-near-miss.xlsx", "FS-SCR2"),
    ("scr3-near-miss", "FS-SCR3"),
    ("scr5-near-miss", "FS-SCR5"),
    ("nat4-near-miss.xlsx", "FS-NAT4"),
    ("nat5-near-miss.zip", "FS-NAT5"),
]


@pytest.mark.parametrize(("name", "check"), NEAR_MISSES)
def test_near_misses_are_passed_not_skipped(bundles_dir: Path, name: str, check: str) -> None:
    review = review_bundle(bundles_dir / name, as_of=AS_OF[name])
    assert any(p.check == check for p in review.passed)
    assert not any(n.check == check for n in review.not_evaluated)
    assert not any(f.check == check for f in review.findings)


@pytest.mark.parametrize(
    ("name", "check", "first"),
    [
        # Police attend on Friday 10 March 2023: the school should know by Monday the 13th.
        ("scr2-not-shared", "FS-SCR2", dt.date(2023, 3, 14)),
        # The assessment leaving out Leo's father is recorded on 16 November 2022.
        ("scr3-father-left-out.xlsx", "FS-SCR3", dt.date(2022, 11, 16)),
        # Kayla's case is closed on 10 May 2022 because she is "nearly 18".
        ("scr5-nearly-18.zip", "FS-SCR5", dt.date(2022, 5, 10)),
        # Ruby's single-agency assessment starts on 12 January 2022 (completed 18 February):
        # until the end date is known it reads as completed on its start date.
        ("nat4-single-agency", "FS-NAT4", dt.date(2022, 1, 12)),
        # Ella's first statutory visit, with her parents only, is on 17 February 2023.
        ("nat5-not-seen-alone.xlsx", "FS-NAT5", dt.date(2023, 2, 17)),
    ],
)
def test_the_finding_appears_on_its_first_date(
    bundles_dir: Path, name: str, check: str, first: dt.date
) -> None:
    before = review_bundle(bundles_dir / name, as_of=first - dt.timedelta(days=1))
    assert check not in {f.check for f in before.findings}
    on_the_day = review_bundle(bundles_dir / name, as_of=first)
    assert [f.first_date for f in on_the_day.findings if f.check == check] == [first]


def test_the_missing_17_year_old_also_lacks_a_childrens_services_response(
    bundles_dir: Path,
) -> None:
    name = "scr5-nearly-18.zip"
    review = review_bundle(bundles_dir / name, as_of=AS_OF[name])
    dates = sorted(f.first_date for f in review.findings if f.check == "FS-SCR5")
    # The missing episode is on Friday 6 May 2022: ten working days run to Friday 20 May.
    assert dates == [dt.date(2022, 5, 10), dt.date(2022, 5, 21)]
    assert any("referral to adult services" in f.message for f in review.findings)
