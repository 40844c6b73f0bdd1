"""The registry: explicit, validated at import, with the four docstring sections."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from foresight.checks import REGISTRY, CheckContext
from foresight.checks.registry import SECTIONS, RegistrationError, Registry, docstring_sections
from foresight.checks.settings import default_settings
from foresight.learning import LIBRARY, learning_point
from foresight.model.case import Case
from foresight.model.outcomes import Outcome

DOC = """A title.

Why it matters: a. What triggers it: b.
What the record should show: c.
What it cannot know: d.
"""


def _check(case: Case, ctx: CheckContext) -> Iterable[Outcome]:
    return ()


_check.__doc__ = DOC


def test_every_learning_point_has_a_check_and_codes_are_unique() -> None:
    covered = {point for spec in REGISTRY for point in spec.learning_points}
    assert covered == {point.id for point in LIBRARY}
    assert len(set(REGISTRY.codes())) == len(REGISTRY.codes()) == 25  # SCR9 and AUD3 share one


def test_every_registered_check_is_valid() -> None:
    defaults = default_settings()
    for spec in REGISTRY:
        assert spec.title
        for point in spec.learning_points:
            assert learning_point(point).id == point
        for name in spec.settings:
            assert name in defaults
        assert set(spec.sections) == set(SECTIONS), spec.code
        assert all(spec.sections.values()), spec.code
        assert spec.cannot_know


def test_unknown_learning_point_fails_loudly() -> None:
    registry = Registry()
    with pytest.raises(RegistrationError, match="NAT99"):
        registry.register(code="FS-X1", learning_points=("NAT99",), title="x")(_check)
    assert len(registry) == 0


def test_setting_without_default_fails_loudly() -> None:
    registry = Registry()
    with pytest.raises(RegistrationError, match="no_such_days"):
        registry.register(
            code="FS-X1", learning_points=("NAT2",), title="x", settings=("no_such_days",)
        )(_check)


def test_duplicate_code_fails_loudly() -> None:
    registry = Registry()
    registry.register(code="FS-X1", learning_points=("NAT2",), title="x")(_check)
    with pytest.raises(RegistrationError, match="already registered"):
        registry.register(code="FS-X1", learning_points=("NAT2",), title="y")(_check)


def test_docstring_without_sections_fails_loudly() -> None:
    def bare(case: Case, ctx: CheckContext) -> Iterable[Outcome]:
        """Only a title."""
        return ()

    with pytest.raises(RegistrationError, match="Why it matters"):
        Registry().register(code="FS-X1", learning_points=("NAT2",), title="x")(bare)


def test_bad_code_fails_loudly() -> None:
    with pytest.raises(RegistrationError, match="FS-NAT2"):
        Registry().register(code="nat2", learning_points=("NAT2",), title="x")(_check)


def test_docstring_sections_are_split() -> None:
    assert docstring_sections(DOC) == {
        "Why it matters": "a.",
        "What triggers it": "b.",
        "What the record should show": "c.",
        "What it cannot know": "d.",
    }
