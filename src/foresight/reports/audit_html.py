"""A partnership audit as one self-contained HTML page (``foresight audit DIR --out audit.html``).

Inline CSS, no scripts, no external fetches; it prints on A4. Each learning point found in any
family gets a small SVG bar chart of families by the year its findings first arose, drawn
here (no JavaScript), with a ``<title>``, a ``<desc>`` listing every value and text labels.

>>> Path("audit.html").write_text(html_of_audit(audit))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from jinja2 import Environment
from markupsafe import Markup, escape

from foresight.checks.audit import Audit, Count
from foresight.reports.html import template_environment

# Chart geometry, in SVG user units (the chart scales to its box; these set proportions).
BAR = 26
GAP = 10
PLOT = 110  # height of the tallest bar
TOP = 18  # room for the value above a bar
BOTTOM = 22  # room for the year below the axis
SIDE = 10
MIN_WIDTH = 160


def html_of_audit(audit: Audit) -> str:
    """The audit as one HTML document.

    >>> html_of_audit(audit).startswith("<!DOCTYPE html>")  # doctest: +SKIP
    True
    """
    found = [p for p in audit.learning_points if p.families]
    codes = sorted({code for p in found for code in p.by_agency})
    charts = {
        p.id: bar_chart_svg(
            {year: c.families for year, c in p.by_year.items()},
            title=f"{p.id}: families by the year the finding first arose",
            ident=f"chart-{p.id}",
        )
        for p in found
    }
    template = _environment().get_template("audit.html.j2")
    return template.render(audit=audit, found=found, codes=codes, charts=charts)


def bar_chart_svg(counts: Mapping[int, int], *, title: str, ident: str) -> Markup:
    """An accessible SVG bar chart of ``counts`` by year, every year between the first and
    the last shown (a year with none is a labelled zero, not a gap).

    >>> svg = bar_chart_svg({2014: 2, 2016: 1}, title="NAT2 by year", ident="c1")
    >>> svg.count("<rect"), "2015" in svg, 'role="img"' in svg
    (3, True, True)
    """
    if not counts:
        return Markup("")
    years = list(range(min(counts), max(counts) + 1))
    tallest = max(counts.values()) or 1
    # A chart of one or two years keeps a readable size; its bars stay on the left.
    width = max(MIN_WIDTH, 2 * SIDE + len(years) * (BAR + GAP) - GAP)
    height = TOP + PLOT + BOTTOM
    desc = "; ".join(f"{year}: {_families(counts.get(year, 0))}" for year in years)
    parts = [
        f'<svg class="chart" role="img" aria-labelledby="{escape(ident)}-title '
        f'{escape(ident)}-desc" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" preserveAspectRatio="xMinYMin meet">',
        f'<title id="{escape(ident)}-title">{escape(title)}</title>',
        f'<desc id="{escape(ident)}-desc">{escape(desc)}.</desc>',
        f'<line class="axis" x1="{SIDE - 4}" y1="{TOP + PLOT}" x2="{width - SIDE + 4}" '
        f'y2="{TOP + PLOT}"/>',
    ]
    for i, year in enumerate(years):
        parts.extend(_bar(SIDE + i * (BAR + GAP), year, counts.get(year, 0), tallest))
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(x: int, year: int, value: int, tallest: int) -> list[str]:
    tall = round(PLOT * value / tallest)
    middle = x + BAR / 2
    return [
        f'<rect class="bar" x="{x}" y="{TOP + PLOT - tall}" width="{BAR}" height="{tall}"/>',
        f'<text class="value" x="{middle:g}" y="{TOP + PLOT - tall - 4}" '
        f'text-anchor="middle">{value}</text>',
        f'<text class="year" x="{middle:g}" y="{TOP + PLOT + 16}" '
        f'text-anchor="middle">{year}</text>',
    ]


def _families(n: int) -> str:
    return f"{n} {'family' if n == 1 else 'families'}"


def _agency_cell(counts: Mapping[str, Count], code: str) -> int:
    count = counts.get(code)
    return count.families if count else 0


@cache
def _environment() -> Environment:
    env = template_environment()
    env.filters["families"] = _families
    env.globals["agency_cell"] = _agency_cell
    return env
