"""The generated docs pages match the registry and defaults.toml: stale pages fail here."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.checks.catalogue import catalogue_markdown, settings_markdown, write_docs

DOCS = Path(__file__).resolve().parents[1] / "docs"
GENERATORS = {"checks.md": catalogue_markdown, "settings.md": settings_markdown}


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_generated_page_is_up_to_date(name: str) -> None:
    page = DOCS / name
    assert page.is_file(), f"docs/{name} is missing: run `make docs`"
    stale = page.read_text(encoding="utf-8") != GENERATORS[name]()
    assert not stale, (
        f"docs/{name} is stale (the checks or their settings changed): run `make docs`"
    )


def test_write_docs_writes_both_pages(tmp_path: Path) -> None:
    written = write_docs(tmp_path / "docs")
    assert sorted(p.name for p in written) == sorted(GENERATORS)
    for path in written:
        assert path.read_text(encoding="utf-8") == GENERATORS[path.name]()
