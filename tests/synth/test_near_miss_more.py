"""The PR1, SCR4 and PR5 near misses: the check runs and passes, and nothing else is raised."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from foresight.checks import review_bundle
from foresight.synth import AS_OF, EXPECTED

NEAR_MISSES = {
    "pr1-near-miss": "FS-PR1",
    "scr4-near-miss.xlsx": "FS-SCR4",
    "pr5-near-miss.zip": "FS-PR5",
}


@pytest.mark.parametrize("name", sorted(NEAR_MISSES))
def test_near_miss_is_passed_not_skipped(bundles_dir: Path, name: str) -> None:
    review = review_bundle(bundles_dir / name, as_of=AS_OF[name])
    check = NEAR_MISSES[name]
    assert EXPECTED[name] == frozenset()
    assert review.findings == []
    assert any(p.check == check for p in review.passed)
    assert not any(n.check == check for n in review.not_evaluated)


def test_pr5_near_miss_is_met_on_the_last_working_days() -> None:
    """6 March 2018 plus 20 working days (Good Friday and Easter Monday between) is 5 April;
    the adult mental health service saw the mother the day before."""
    from foresight.calendar import ENGLAND_AND_WALES
    from foresight.synth.families.near_miss_more import PR5_NEAR_MISS

    factor = next(e for e in PR5_NEAR_MISS.entries if e.types == "parental_factor")
    contact = next(e for e in PR5_NEAR_MISS.entries if e.agency == "AMH")
    assert isinstance(factor.date, dt.date) and isinstance(contact.date, dt.date)
    deadline = ENGLAND_AND_WALES.add_working_days(factor.date, 20)
    assert deadline == dt.date(2018, 4, 5)
    assert ENGLAND_AND_WALES.add_working_days(factor.date, 19) == contact.date
