"""The generated catalogue lists every registered check with its sections and settings."""

from __future__ import annotations

from foresight.checks import REGISTRY
from foresight.checks.catalogue import catalogue_markdown


def test_catalogue_lists_every_check_with_its_sections_and_settings() -> None:
    text = catalogue_markdown()
    for spec in REGISTRY:
        assert f"## {spec.code}: {spec.title}" in text
        assert spec.sections["What it cannot know"] in text
        for name in spec.settings:
            assert f"`{name}`" in text
    assert "NICE CG89" in text
    assert text.count("**Why it matters:**") == len(REGISTRY)
