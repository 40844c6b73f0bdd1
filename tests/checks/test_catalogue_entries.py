"""The catalogue as JSON and as a terminal table, and the settings reference."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from foresight.checks import REGISTRY
from foresight.checks.catalogue import (
    catalogue_entries,
    catalogue_table,
    setting_docs,
    settings_markdown,
)
from foresight.checks.settings import default_settings, setting_sources
from foresight.cli import main
from foresight.learning import LIBRARY


def _checks_json() -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["checks", "--json"], prog_name="foresight")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert isinstance(data, list)
    return data


def test_checks_json_lists_every_check_with_its_settings_and_defaults() -> None:
    data = _checks_json()
    assert [entry["code"] for entry in data] == list(REGISTRY.codes())
    defaults = default_settings()
    for entry, spec in zip(data, REGISTRY, strict=True):
        assert set(entry) >= {"code", "title", "learning_points", "settings"}
        assert entry["title"] == spec.title
        assert entry["learning_points"] == list(spec.learning_points)
        settings = entry["settings"]
        assert isinstance(settings, dict)
        assert list(settings) == list(spec.settings)
        for name, value in settings.items():
            default = defaults.values[name]
            assert value == (list(default) if isinstance(default, tuple) else default)
        assert entry["description"] == spec.sections


def test_every_learning_point_is_checked_by_at_least_one_check() -> None:
    """Issue 3's acceptance test: all 26 learning points appear in `foresight checks --json`."""
    covered = {point for entry in _checks_json() for point in entry["learning_points"]}
    missing = [point.id for point in LIBRARY if point.id not in covered]
    assert missing == [], f"learning points with no check: {', '.join(missing)}"


def test_checks_table_names_every_check_setting_and_default() -> None:
    result = CliRunner().invoke(main, ["checks"], prog_name="foresight")
    assert result.exit_code == 0
    assert result.output == catalogue_table()
    flat = " ".join(result.output.split())
    for spec in REGISTRY:
        assert spec.code in flat
        assert " ".join(spec.title.split()) in flat
        for name in spec.settings:
            assert f"{name} =" in flat
    assert f"{len(REGISTRY)} checks" in result.output


def test_table_lines_fit_a_terminal() -> None:
    assert max(len(line) for line in catalogue_table().splitlines()) <= 100


def test_catalogue_entries_are_plain_json() -> None:
    assert json.loads(json.dumps(catalogue_entries())) == catalogue_entries()


def test_settings_reference_has_every_setting_with_its_default_and_source() -> None:
    text = settings_markdown()
    defaults, sources = default_settings(), setting_sources()
    docs = setting_docs()
    assert [d.name for d in docs] == [n for n in defaults.names()]
    for doc in docs:
        assert f"- `{doc.name}` = " in text
        assert sources[doc.name] in text
        assert doc.source, f"{doc.name} has no source comment in defaults.toml"
    assert "## FS-NAT2: injury to a baby who is not yet mobile" in text
    nat2 = next(d for d in docs if d.name == "injury_response_days")
    assert nat2.read_by == ("FS-NAT2",)
    assert "`injury_response_days` = `1`" in text
