"""The check catalogue, generated from the registry and the defaults (so it cannot drift).

``foresight checks`` prints :func:`catalogue_table` (or :func:`catalogue_entries` as JSON);
``make docs`` writes :func:`catalogue_markdown` to ``docs/checks.md`` and
:func:`settings_markdown` to ``docs/settings.md`` (``python -m foresight.checks.catalogue``).

>>> "## FS-NAT2" in catalogue_markdown()
True
>>> "FS-NAT2" in [entry["code"] for entry in catalogue_entries()]
True
"""

from __future__ import annotations

import sys
import textwrap
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from foresight.checks.registry import REGISTRY, Registry
from foresight.checks.settings import DEFAULTS_FILE, SettingValue, default_settings, setting_sources
from foresight.learning import learning_point

WIDTH = 100


def catalogue_markdown(registry: Registry = REGISTRY) -> str:
    """Every check: code, title, learning points, its four sections and its settings."""
    defaults, sources = default_settings(), setting_sources()
    lines = [
        "# Check catalogue",
        "",
        "Generated from the check registry (`foresight.checks.catalogue`): do not edit by hand.",
    ]
    for spec in registry:
        points = "; ".join(f"{p} ({learning_point(p).title})" for p in spec.learning_points)
        lines += ["", f"## {spec.code}: {spec.title}", "", f"Learning points: {points}.", ""]
        lines += [f"**{heading}:** {text}" + "\n" for heading, text in spec.sections.items()]
        if spec.settings:
            lines.append("Settings:")
            for name in spec.settings:
                value = defaults.values[name]
                shown = ", ".join(value) if isinstance(value, tuple) else str(value)
                lines.append(f"- `{name}` = {shown}: {sources.get(name, '')}")
    return "\n".join(lines).rstrip() + "\n"


def catalogue_entries(registry: Registry = REGISTRY) -> list[dict[str, Any]]:
    """Every check as a plain JSON object: ``code``, ``title``, ``learning_points``,
    ``settings`` (name -> default value) and ``description`` (its four sections).

    >>> entry = next(e for e in catalogue_entries() if e["code"] == "FS-NAT2")
    >>> entry["learning_points"], entry["settings"]["injury_response_days"]
    (['NAT2'], 1)
    """
    defaults = default_settings()
    return [
        {
            "code": spec.code,
            "title": spec.title,
            "learning_points": list(spec.learning_points),
            "settings": {name: _json_value(defaults.values[name]) for name in spec.settings},
            "description": spec.sections,
        }
        for spec in registry
    ]


def catalogue_table(registry: Registry = REGISTRY) -> str:
    """Every check as a plain-text table for the terminal: code, learning points and title,
    then its settings with their defaults on the lines below."""
    rows = [(s.code, ", ".join(s.learning_points), s.title) for s in registry]
    code_w = max([len("Code"), *(len(r[0]) for r in rows)]) + 2
    lp_w = max([len("Learning points"), *(len(r[1]) for r in rows)]) + 2
    indent = " " * (code_w + lp_w)
    points = sorted({p for s in registry for p in s.learning_points})
    lines = [
        f"Foresight checks: {len(rows)} checks covering {len(points)} learning points",
        "",
        f"{'Code':<{code_w}}{'Learning points':<{lp_w}}Title",
        f"{'-' * (code_w - 2):<{code_w}}{'-' * (lp_w - 2):<{lp_w}}{'-' * 5}",
    ]
    defaults = default_settings()
    for spec, (code, lps, title) in zip(registry, rows, strict=True):
        lines.append(_wrapped(f"{code:<{code_w}}{lps:<{lp_w}}{title}", indent))
        if spec.settings:
            shown = [f"{n} = {_text(defaults.values[n])}" for n in spec.settings]
            # A long word list wraps on its own, further indented.
            lines += [
                _wrapped(line, indent + "    ")
                for line in _packed(shown, f"{indent}Settings: ", indent + "  ")
            ]
    lines += ["", "Details: foresight checks --json, or docs/checks.md."]
    return "\n".join(lines) + "\n"


# Settings the bundle reader applies (``foresight.checks.review.review_bundle`` passes them).
READER_SETTINGS = frozenset({"dna_child_age_years"})


@dataclass(frozen=True)
class SettingDoc:
    """One default setting as ``defaults.toml`` documents it: its section, name, default,
    source comment and the checks that read it."""

    section: str
    name: str
    value: SettingValue
    source: str
    read_by: tuple[str, ...]


def setting_docs(registry: Registry = REGISTRY) -> list[SettingDoc]:
    """Every default setting in file order, under the ``# --- ... ---`` heading it sits in.

    >>> setting_docs()[0].name
    'child_age_years'
    """
    defaults, sources = default_settings(), setting_sources()
    section, docs = "", []
    for line in _defaults_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("# ---"):
            section = stripped.strip("#- ").strip()
        elif "=" in stripped and not line.startswith((" ", "#")):
            name = stripped.split("=", 1)[0].strip()
            if name in defaults:
                readers = tuple(s.code for s in registry if name in s.settings)
                readers += ("the reader",) if name in READER_SETTINGS else ()
                docs.append(
                    SettingDoc(section, name, defaults.values[name], sources[name], readers)
                )
    return docs


def settings_markdown(registry: Registry = REGISTRY) -> str:
    """The settings reference: every setting of ``defaults.toml`` with its default, its
    source comment and the checks that read it, grouped as the file groups them."""
    lines = [
        "# Check settings",
        "",
        f"Generated from `src/foresight/checks/{DEFAULTS_FILE}` (`foresight.checks.catalogue`):",
        "do not edit by hand. A partnership overrides any of these in its own TOML file",
        "(`foresight review --settings FILE`) with the same names and types.",
    ]
    current = None
    for doc in setting_docs(registry):
        if doc.section != current:
            current = doc.section
            lines += ["", f"## {current or 'General'}", ""]
        readers = f" Read by: {', '.join(doc.read_by)}." if doc.read_by else ""
        lines.append(f"- `{doc.name}` = {_markdown_value(doc.value)}: {doc.source}{readers}")
    return "\n".join(lines) + "\n"


def write_docs(out_dir: Path) -> list[Path]:
    """Write ``checks.md`` and ``settings.md`` into ``out_dir`` (``make docs``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("checks.md", catalogue_markdown()), ("settings.md", settings_markdown())):
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _defaults_text() -> str:
    return resources.files("foresight.checks").joinpath(DEFAULTS_FILE).read_text("utf-8")


def _json_value(value: SettingValue) -> bool | int | float | str | list[str]:
    return list(value) if isinstance(value, tuple) else value


def _text(value: SettingValue) -> str:
    if isinstance(value, tuple):
        return "[" + ", ".join(value) + "]"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _markdown_value(value: SettingValue) -> str:
    if isinstance(value, tuple):
        return ", ".join(f"`{v}`" for v in value)
    return f"`{_text(value)}`"


def _packed(items: list[str], first: str, indent: str) -> list[str]:
    """``items`` joined by "; " on lines of at most WIDTH, never splitting an item (an item
    longer than a line gets a line of its own)."""
    lines, line = [], first
    for n, item in enumerate(items):
        piece = item + (";" if n < len(items) - 1 else "")
        empty = line in (first, indent)
        if not empty and len(line) + 1 + len(piece) > WIDTH:
            lines.append(line)
            line, empty = indent, True
        line += piece if empty else " " + piece
    return [*lines, line]


def _wrapped(text: str, indent: str) -> str:
    return textwrap.fill(
        text, WIDTH, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    )


if __name__ == "__main__":  # pragma: no cover - `make docs`
    for path in write_docs(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(f"Wrote {path}")
