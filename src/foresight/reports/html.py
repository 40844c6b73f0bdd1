"""A review as one self-contained HTML file: inline CSS, no scripts, no external fetches."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from foresight.model.dates import british
from foresight.model.outcomes import Finding
from foresight.reports.model import Report, build_report
from foresight.reports.sources import ReviewLike


def render_html(review: ReviewLike) -> str:
    """The full report of a review as one HTML document that prints well on A4.

    >>> html = render_html(review_bundle("family.xlsx"))  # doctest: +SKIP
    >>> html.startswith("<!DOCTYPE html>")  # doctest: +SKIP
    True
    """
    return html_of_report(build_report(review), timeline=review_timeline(review))


def review_timeline(review: ReviewLike) -> str:
    """The timeline picture of a review (agency lanes, findings pinned), as inline SVG."""
    from foresight.chronology.timeline import timeline_svg

    findings = (o for o in review.outcomes if isinstance(o, Finding))
    return timeline_svg(review.case, findings, inline=True)


def html_of_report(report: Report, *, timeline: str | None = None) -> str:
    """The HTML of an already built :class:`Report`; ``timeline`` is the SVG of
    :func:`review_timeline`, shown under the summary when given."""
    cited: defaultdict[str, list[str]] = defaultdict(list)
    for finding in report.findings:
        for evidence in finding.evidence:
            if finding.check not in cited[evidence.ref]:
                cited[evidence.ref].append(finding.check)
    template = _environment().get_template("report.html.j2")
    picture = Markup(timeline) if timeline else None
    return template.render(report=report, cited=dict(cited), timeline=picture)


@cache
def _environment() -> Environment:
    return template_environment()


def template_environment() -> Environment:
    """A new Jinja environment for the package's templates, with the ``british`` filter.

    Autoescape everything: every string in a report comes from an agency's record.
    """
    env = Environment(
        loader=PackageLoader("foresight.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["british"] = british
    return env
