"""Check settings: every threshold and word list, with defaults a partnership can override.

The defaults live in ``defaults.toml`` beside this module, each with a comment citing its
source. A partnership's own TOML file overrides any of them with the same key and type.

>>> settings = load_settings()
>>> settings.injury_response_days
1
>>> settings.words("parental_factor_codes")
('1B', '2B', '4B', '5B')
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from foresight.errors import SettingsError

SettingValue = bool | int | float | str | tuple[str, ...]

DEFAULTS_FILE = "defaults.toml"


@dataclass(frozen=True)
class Settings:
    """Every setting by name, read as attributes (``settings.child_age_years``) or with the
    typed getters :meth:`integer`, :meth:`number`, :meth:`text`, :meth:`flag`, :meth:`words`.

    ``source`` says where the overrides came from (``"defaults"`` when none).
    """

    values: Mapping[str, SettingValue]
    source: str = "defaults"

    def __getattr__(self, name: str) -> Any:
        # Called only for names that are not dataclass fields; guard the fields themselves so
        # copying or unpickling a half-built instance cannot recurse.
        if name.startswith("_") or name in ("values", "source"):
            raise AttributeError(name)
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(f"no setting called {name!r}") from None

    def __contains__(self, name: object) -> bool:
        return name in self.values

    def names(self) -> tuple[str, ...]:
        return tuple(self.values)

    def integer(self, name: str) -> int:
        value = self.values[name]
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"setting {name!r} is not a whole number")
        return value

    def number(self, name: str) -> float:
        value = self.values[name]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"setting {name!r} is not a number")
        return float(value)

    def text(self, name: str) -> str:
        value = self.values[name]
        if not isinstance(value, str):
            raise TypeError(f"setting {name!r} is not text")
        return value

    def flag(self, name: str) -> bool:
        value = self.values[name]
        if not isinstance(value, bool):
            raise TypeError(f"setting {name!r} is not true or false")
        return value

    def words(self, name: str) -> tuple[str, ...]:
        value = self.values[name]
        if not isinstance(value, tuple):
            raise TypeError(f"setting {name!r} is not a list of words")
        return value

    def replace(self, **overrides: object) -> Settings:
        """These settings with some values changed, checked like a partnership's file.

        >>> load_settings().replace(injury_response_days=2).injury_response_days
        2
        """
        values = dict(self.values)
        values.update(_validated(overrides, dict(self.values), "the overrides given"))
        return Settings(MappingProxyType(values), self.source)


def default_settings() -> Settings:
    """The shipped defaults, with no partnership overrides."""
    return Settings(MappingProxyType(_defaults()), "defaults")


def load_settings(path: Path | str | None = None) -> Settings:
    """The defaults, overridden by the partnership's TOML file at ``path`` if given.

    Raises :class:`SettingsError` naming the file (and the key) when the file cannot be read,
    is not valid TOML, names an unknown setting or gives a value of the wrong type.
    """
    defaults = _defaults()
    if path is None:
        return Settings(MappingProxyType(defaults), "defaults")
    file = Path(path)
    try:
        raw = tomllib.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        raise SettingsError(f"cannot read settings file {file}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise SettingsError(f"cannot read settings file {file}: it is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"settings file {file} is not valid TOML: {error}") from None
    values = dict(defaults)
    values.update(_validated(raw, defaults, f"settings file {file}"))
    return Settings(MappingProxyType(values), str(file))


def setting_sources() -> dict[str, str]:
    """Each default setting's comment from ``defaults.toml``: what it is and where it comes from.

    Used for the generated catalogue so the docs cite the same source as the file.
    """
    sources: dict[str, str] = {}
    comment: list[str] = []
    for line in _defaults_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("# ---") or not stripped:
            comment = []
        elif stripped.startswith("#"):
            comment.append(stripped.lstrip("#").strip())
        elif "=" in stripped and not line.startswith(" "):
            sources[stripped.split("=", 1)[0].strip()] = " ".join(comment)
            comment = []
    return sources


@functools.cache
def _defaults_text() -> str:
    return resources.files("foresight.checks").joinpath(DEFAULTS_FILE).read_text("utf-8")


def _defaults() -> dict[str, SettingValue]:
    raw = tomllib.loads(_defaults_text())
    return {key: _coerce(key, value, value, "defaults") for key, value in raw.items()}


def _validated(
    raw: Mapping[str, object], defaults: Mapping[str, SettingValue], where: str
) -> dict[str, SettingValue]:
    values: dict[str, SettingValue] = {}
    for key, value in raw.items():
        if key not in defaults:
            raise SettingsError(f"{where}: unknown setting {key!r}")
        values[key] = _coerce(key, value, defaults[key], where)
    return values


def _coerce(key: str, value: object, default: object, where: str) -> SettingValue:
    """``value`` as the type of ``default``, or a :class:`SettingsError` naming file and key."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        raise SettingsError(f"{where}: setting {key!r} must be true or false, not {value!r}")
    if isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            if value < 0:
                raise SettingsError(f"{where}: setting {key!r} must not be negative")
            return value
        raise SettingsError(f"{where}: setting {key!r} must be a whole number, not {value!r}")
    if isinstance(default, float):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        raise SettingsError(f"{where}: setting {key!r} must be a number, not {value!r}")
    if isinstance(default, str):
        if isinstance(value, str):
            return value
        raise SettingsError(f"{where}: setting {key!r} must be text, not {value!r}")
    if isinstance(default, list | tuple):
        if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
            return tuple(str(v) for v in value)
        raise SettingsError(f"{where}: setting {key!r} must be a list of words, not {value!r}")
    raise SettingsError(f"{where}: setting {key!r} has an unsupported value {value!r}")
