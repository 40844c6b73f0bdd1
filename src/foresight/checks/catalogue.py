"""The check catalogue for the docs, generated from the registry (so it cannot drift).

>>> "## FS-NAT2" in catalogue_markdown()
True
"""

from __future__ import annotations

from foresight.checks.registry import REGISTRY, Registry
from foresight.checks.settings import default_settings, setting_sources
from foresight.learning import learning_point


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
