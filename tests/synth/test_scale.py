"""Synthetic data at scale: the long record of N entries and the many small families."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.checks import review_bundle
from foresight.model.vocab import Severity
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY
from foresight.synth.scale import many_families, scaled_family, write_many, write_scaled
from foresight.synth.spec import Format


@pytest.mark.parametrize("entries", [400, 1000, 1500])
def test_scaled_family_has_exactly_the_entries_asked_for(entries: int) -> None:
    family = scaled_family(entries, seed=3)
    assert len(family.entries) == entries
    assert len({e.agency for e in family.entries}) >= 6


def test_scaled_family_is_deterministic_by_seed_and_keeps_the_story() -> None:
    one, again, other = scaled_family(800, 1), scaled_family(800, 1), scaled_family(800, 2)
    assert one == again
    assert one.entries != other.entries
    story = [e for e in LONG_TERM_MULTI_AGENCY.entries if e.agency == "CSC" and e.end_date]
    assert story and all(e in one.entries for e in story)


def test_scaled_family_still_raises_what_its_story_raises(tmp_path: Path) -> None:
    family = scaled_family(1000, seed=1)
    path = write_scaled(tmp_path, 1000, seed=1)
    review = review_bundle(path, as_of=family.as_of)
    assert len(review.case.events_all) == 1000
    assert review.errors == []
    assert [p for p in review.case.problems if p.severity is Severity.ERROR] == []
    assert family.expected <= {f.check for f in review.findings}


def test_many_families_are_deterministic_varied_and_distinct() -> None:
    families = many_families(60, seed=5)
    assert families == many_families(60, seed=5)
    assert families != many_families(60, seed=6)
    assert len({f.name for f in families}) == 60
    assert {f.format for f in families} == set(Format)
    lapses = [f for f in families if f.expected]
    assert 10 < len(lapses) < 50
    assert len({code for f in lapses for code in f.expected}) == 5


def test_many_families_raise_their_lapses_and_read_cleanly(tmp_path: Path) -> None:
    families = many_families(25, seed=7)
    paths = write_many(tmp_path, 25, seed=7)
    assert [p.name for p in paths] == [f.file_name for f in families]
    for family, path in zip(families, paths, strict=True):
        review = review_bundle(path, as_of=family.as_of)
        assert review.errors == [], family.name
        assert list(review.case.problems) == [], family.name  # not even a warning
        assert family.expected <= {f.check for f in review.findings}, family.name
