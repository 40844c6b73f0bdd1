"""Settings: defaults with their sources, partnership overrides, and errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.checks.settings import default_settings, load_settings, setting_sources
from foresight.errors import SettingsError

REQUIRED = {
    "child_age_years": 18,
    "pre_mobile_age_months": 6,
    "mobility_unknown_upper_months": 12,
    "injury_response_days": 1,
    "self_harm_risk_assessment_working_days": 1,
    "high_risk_mental_health_working_days": 0,
    "raised_risk_mental_health_working_days": 5,
    "identity_working_days": 20,
    "sibling_consideration_working_days": 20,
    "adult_services_working_days": 20,
}


def test_defaults_hold_the_agreed_thresholds() -> None:
    settings = load_settings()
    for name, value in REQUIRED.items():
        assert getattr(settings, name) == value, name
        assert settings.integer(name) == value
    assert settings.words("parental_factor_codes") == ("1B", "2B", "4B", "5B")
    assert settings.source == "defaults"


def test_mention_stems_are_lists_of_words() -> None:
    settings = default_settings()
    assert "passed away" in settings.words("mentions_loss")
    assert "disguised compliance" in settings.words("mentions_pattern")
    assert "scapegoat" in settings.words("mentions_differential_treatment")
    for name in settings.names():
        if name.startswith("mentions_"):
            assert settings.words(name), name


def test_every_default_cites_its_source() -> None:
    sources = setting_sources()
    assert set(sources) == set(default_settings().names())
    for name, text in sources.items():
        assert text, f"{name} has no comment"
    assert "NICE CG89" in sources["pre_mobile_age_months"]
    assert "Self Harm Pathway" in sources["self_harm_risk_assessment_working_days"]


def test_a_partnership_file_overrides_defaults(tmp_path: Path) -> None:
    file = tmp_path / "ours.toml"
    file.write_text('injury_response_days = 2\nparental_factor_codes = ["1B", "4B"]\n')
    settings = load_settings(file)
    assert settings.injury_response_days == 2
    assert settings.words("parental_factor_codes") == ("1B", "4B")
    assert settings.child_age_years == 18  # untouched defaults remain
    assert settings.source == str(file)


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    file = tmp_path / "ours.toml"
    file.write_text("injury_respons_days = 2\n")
    with pytest.raises(SettingsError) as raised:
        load_settings(file)
    assert str(file) in str(raised.value)
    assert "injury_respons_days" in str(raised.value)


@pytest.mark.parametrize(
    "line",
    [
        'injury_response_days = "two"',
        "injury_response_days = true",
        "injury_response_days = 1.5",
        "injury_response_days = -1",
        'parental_factor_codes = "1B"',
        "parental_factor_codes = [1, 2]",
    ],
)
def test_wrong_type_names_file_and_key(tmp_path: Path, line: str) -> None:
    file = tmp_path / "ours.toml"
    file.write_text(line + "\n")
    with pytest.raises(SettingsError) as raised:
        load_settings(file)
    assert str(file) in str(raised.value)
    assert line.split(" =")[0] in str(raised.value)


def test_missing_file_is_a_settings_error(tmp_path: Path) -> None:
    missing = tmp_path / "absent.toml"
    with pytest.raises(SettingsError, match=r"absent\.toml"):
        load_settings(missing)


def test_invalid_toml_is_a_settings_error(tmp_path: Path) -> None:
    file = tmp_path / "broken.toml"
    file.write_text("injury_response_days = = 2\n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(file)


def test_non_utf8_file_is_a_settings_error(tmp_path: Path) -> None:
    file = tmp_path / "latin.toml"
    file.write_bytes(b"# caf\xe9\ninjury_response_days = 2\n")
    with pytest.raises(SettingsError, match=r"latin\.toml"):
        load_settings(file)


def test_replace_is_validated_like_a_file() -> None:
    settings = load_settings()
    assert settings.replace(identity_working_days=10).identity_working_days == 10
    with pytest.raises(SettingsError, match="no_such_setting"):
        settings.replace(no_such_setting=1)
    with pytest.raises(SettingsError, match="identity_working_days"):
        settings.replace(identity_working_days="ten")


def test_unknown_attribute_and_wrong_getter() -> None:
    settings = load_settings()
    with pytest.raises(AttributeError):
        _ = settings.no_such_setting
    with pytest.raises(TypeError):
        settings.words("child_age_years")
    with pytest.raises(TypeError):
        settings.integer("mentions_loss")
