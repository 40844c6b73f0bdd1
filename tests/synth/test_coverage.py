"""Issue 3's "done means" for the synthetic data: every check fires on a family of its own and
not on its near miss, where the check runs and passes (not skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.checks import REGISTRY, CheckSpec, review_bundle
from foresight.synth.families import FAMILIES


def _near_miss_names(spec: CheckSpec) -> set[str]:
    return {f"{point.lower()}-near-miss" for point in spec.learning_points}


@pytest.mark.parametrize("spec", list(REGISTRY), ids=lambda s: s.code)
def test_every_check_has_a_family_that_raises_it(spec: CheckSpec) -> None:
    own = [
        f
        for f in FAMILIES
        if spec.code in f.expected
        and any(f.name.startswith(p.lower() + "-") for p in spec.learning_points)
    ]
    assert own, f"{spec.code}: no family named after {spec.learning_points} expects it"


@pytest.mark.parametrize("spec", list(REGISTRY), ids=lambda s: s.code)
def test_every_check_passes_on_its_near_miss(spec: CheckSpec, bundles_dir: Path) -> None:
    near = [f for f in FAMILIES if f.name in _near_miss_names(spec)]
    assert near, f"{spec.code}: no family called {' or '.join(sorted(_near_miss_names(spec)))}"
    for family in near:
        review = review_bundle(bundles_dir / family.file_name, as_of=family.as_of)
        assert spec.code not in {f.check for f in review.findings}, family.name
        assert spec.code in {p.check for p in review.passed}, f"{family.name}: not passed"
