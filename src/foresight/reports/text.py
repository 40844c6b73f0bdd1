"""A review as a plain-text summary for the terminal; it reads the same when piped."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from itertools import groupby

from foresight.model.dates import british
from foresight.model.records import Problem
from foresight.reports.model import (
    FindingRow,
    LinkSide,
    Report,
    build_report,
)
from foresight.reports.sources import ReviewLike

WIDTH = 100


def render_text(review: ReviewLike) -> str:
    """A readable summary of a review: children, counts, findings, gaps, errors, problems.

    >>> print(render_text(review_bundle("family.xlsx")))  # doctest: +SKIP
    Foresight review: family.xlsx
    ...
    """
    return text_of_report(build_report(review))


def text_of_report(report: Report) -> str:
    """The summary of an already built :class:`Report`."""
    parts = [
        _header(report),
        _findings(report),
        _not_evaluated(report),
        _errors(report),
        _uncertain_links(report),
        _problems(report),
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        WIDTH,
        initial_indent=indent if first is None else first,
        subsequent_indent=indent,
        break_on_hyphens=False,
    )


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _heading(title: str, count: int | None = None) -> str:
    text = title if count is None else f"{title} ({count})"
    return f"{text}\n{'=' * len(text)}"


def _header(report: Report) -> str:
    c = report.counts
    split = (
        f" ({_n(c.problem_errors, 'error')}, {_n(c.problem_warnings, 'warning')})"
        if c.problems
        else ""
    )
    lines = [
        _heading(f"Foresight review: {report.bundle_name}"),
        f"As of: {report.as_of_text} ({report.as_of.isoformat()})",
        "",
        "Children:",
    ]
    for child in report.children:
        born = (
            f"born {child.date_of_birth}" if child.date_of_birth else "date of birth not recorded"
        )
        conflict = " (agencies disagree)" if len(child.dates_of_birth) > 1 else ""
        lines.append(f"  {child.name} [{child.id}], {born}{conflict}")
    if not report.children:
        lines.append("  none: no subject child was found in the bundle")
    lines += [
        "",
        f"Records: {_n(c.agencies, 'agency', 'agencies')}, {_n(c.people, 'person', 'people')}, "
        f"{_n(c.events, 'chronology entry', 'chronology entries')}"
        + (f" ({c.inferred} with types read from the text)" if c.inferred else ""),
        f"Checks: {_n(c.findings, 'finding')}, {c.passed} passed, {c.not_evaluated} not evaluated,"
        f" {_n(c.errors, 'check error')}",
        f"Input: {_n(c.problems, 'problem')}{split}, {_n(c.uncertain_links, 'uncertain link')}",
    ]
    return "\n".join(lines)


def _findings(report: Report) -> str:
    if not report.findings:
        return _heading("Findings", 0) + "\nNo check found a pattern to raise."
    blocks = [_heading("Findings", len(report.findings))]
    blocks += [_finding(n, f) for n, f in enumerate(report.findings, start=1)]
    return "\n\n".join(blocks)


def _finding(number: int, f: FindingRow) -> str:
    indent = "     "
    title = f.check if f.title == f.check else f"{f.check}: {f.title}"
    lines = [f"{number:>3}. {title}", f"{indent}Child: {f.subject_name} [{f.subject}]"]
    for lp in f.learning_points:
        lines.append(_wrap(f"Learning point {lp.id}: {lp.title}", indent))
    lines.append(_wrap(f.message, indent))
    if f.expected:
        lines.append(_wrap(f"Expected: {f.expected}", indent))
    if f.cannot_know:
        lines.append(_wrap(f"What it cannot know: {f.cannot_know}", indent))
    lines.append(f"{indent}First date: {british(f.first_date)} ({f.first_date.isoformat()})")
    lines.append(f"{indent}Evidence:")
    for e in f.evidence:
        where = f"{e.date}, {', '.join(e.types)}" if e.anchor else "not in the chronology"
        read = "; types read from the text" if e.types_inferred else ""
        lines.append(f"{indent}  - {e.ref} ({where}{read})")
    if f.inferred_note:
        lines.append(_wrap(f.inferred_note, indent))
    return "\n".join(lines)


def _not_evaluated(report: Report) -> str:
    if not report.not_evaluated:
        return ""
    lines = [_heading("Not evaluated", len(report.not_evaluated))]
    for n in report.not_evaluated:
        lines.append(
            _wrap(f"{n.check} for {n.subject_name} [{n.subject}]: {n.reason}", "    ", "  - ")
        )
    return "\n".join(lines)


def _errors(report: Report) -> str:
    if not report.errors:
        return ""
    lines = [
        _heading("Check errors", len(report.errors)),
        "These checks failed to run. Their result is UNKNOWN: this is NOT a pass.",
    ]
    for e in report.errors:
        lines.append(
            _wrap(f"{e.check} for {e.subject_name} [{e.subject}]: {e.message}", "    ", "  ! ")
        )
    return "\n".join(lines)


def _side(side: LinkSide) -> str:
    born = f"born {side.date_of_birth}" if side.date_of_birth else "no date of birth"
    return f"{side.agency}:{side.person_id} {side.name} ({born})"


def _uncertain_links(report: Report) -> str:
    if not report.uncertain_links:
        return ""
    lines = [
        _heading("Uncertain links", len(report.uncertain_links)),
        "Records that may be one person but were kept apart; a person should decide.",
    ]
    for u in report.uncertain_links:
        lines.append(_wrap(f"{_side(u.a)} and {_side(u.b)}: {u.reason}", "    ", "  ? "))
    return "\n".join(lines)


def _problems(report: Report) -> str:
    if not report.problems:
        return ""
    lines = [_heading("Problems reading the bundle", len(report.problems))]
    for file, problems in groupby(report.problems, key=lambda p: p.file):
        lines.append(f"  {file}:")
        lines += _problem_lines(problems)
    return "\n".join(lines)


def _problem_lines(problems: Iterable[Problem]) -> list[str]:
    lines = []
    for p in problems:
        place = [
            f"row {p.row}" if p.row is not None else "",
            f"column {p.column}" if p.column else "",
        ]
        where = "".join(f"{part}: " for part in (", ".join(x for x in place if x),) if part)
        lines.append(_wrap(f"{p.severity}: {where}{p.message}", "      ", "    - "))
    return lines
