"""A partnership audit as tables for the terminal (rich); plain text when piped.

>>> print(text_of_audit(audit))  # doctest: +SKIP
Foresight partnership audit, as of 30 June 2026
...
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from foresight.checks.audit import Audit, Count, Totals
from foresight.model.dates import british

WIDTH = 120


def text_of_audit(audit: Audit, *, width: int = WIDTH) -> str:
    """The audit as plain text (no colour, no control codes), ``width`` characters wide."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=False, color_system=None, highlight=False
    )
    print_audit(audit, console)
    # rich pads every line to the width; trailing spaces only get in the way of a pipe.
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def print_audit(audit: Audit, console: Console) -> None:
    """Print the audit on ``console``: summary, learning points, checks, failures, errors."""
    console.print(Text(f"Foresight partnership audit, as of {british(audit.as_of)}", "bold"))
    console.print(Text(f"Settings: {audit.settings_source}"))
    console.print(Text(_totals(audit)))
    console.print(
        Text(
            "A finding is a prompt for a professional's judgement, never a verdict on a family. "
            "Agency and year columns count families; a finding citing two agencies counts for "
            "both."
        )
    )
    console.print(_points_table(audit))
    console.print(_checks_table(audit))
    if audit.failures:
        console.print(Text(f"Bundles that could not be read ({len(audit.failures)})", "bold"))
        for failure in audit.failures:
            console.print(Text(f"  {failure.bundle}: {failure.message}"))
    if audit.errors:
        console.print(Text(f"Check errors ({len(audit.errors)})", "bold"))
        for error in audit.errors:
            who = f" ({error.child})" if error.child else ""
            console.print(Text(f"  {error.bundle}{who}, {error.check}: {error.message}"))


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _totals(audit: Audit) -> str:
    t = audit.totals
    return (
        f"{_n(t.bundles, 'bundle')}: {t.families} reviewed, {t.failed} could not be read; "
        f"{_n(t.children, 'child', 'children')}; {_n(t.entries, 'entry', 'entries')}; "
        f"{_n(t.findings, 'finding')}; {t.not_evaluated} not evaluated; "
        f"{_n(t.errors, 'check error')}; {_n(t.problems, 'problem')} reading the bundles."
        + _inferred(t)
    )


def _inferred(t: Totals) -> str:
    if not t.inferred_entries:
        return ""
    return (
        f" {_n(t.inferred_entries, 'entry has its', 'entries have their')} types read from the "
        f"text; {_n(t.findings_on_inferred, 'finding rests', 'findings rest')} on one or more "
        "of them, which a person should confirm."
    )


def breakdown(counts: Mapping[str, Count] | Mapping[int, Count]) -> str:
    """``HV 2, GP 1``: each key with its number of families.

    >>> breakdown({"HV": Count(2, 3, 4), "GP": Count(1, 1, 1)})
    'HV 2, GP 1'
    """
    return ", ".join(f"{key} {count.families}" for key, count in counts.items())


def _table(title: str, headings: Iterable[tuple[str, bool]]) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, title_style="bold")
    for heading, numeric in headings:
        if numeric:
            table.add_column(heading, justify="right", no_wrap=True)
        else:
            # Words wrap; a long reference with no space folds rather than being cut off.
            table.add_column(heading, overflow="fold", min_width=min(len(heading), 12))
    return table


def _points_table(audit: Audit) -> Table:
    table = _table(
        "Learning points",
        [
            ("ID", False),
            ("Learning point", False),
            ("Families", True),
            ("Children", True),
            ("Findings", True),
            ("By agency", False),
            ("By year", False),
        ],
    )
    table.columns[1].min_width = 30
    for p in audit.learning_points:
        cells = (p.id, p.title, p.families, p.children, p.findings)
        table.add_row(
            *(Text(str(c)) for c in cells),
            Text(breakdown(p.by_agency)),
            Text(breakdown(p.by_year)),
        )
    return table


def _checks_table(audit: Audit) -> Table:
    table = _table(
        "Checks",
        [
            ("Check", False),
            ("Learning points", False),
            ("Findings", True),
            ("Families", True),
            ("Passed", True),
            ("Not evaluated", True),
            ("Errors", True),
            ("Commonest reason not evaluated", False),
        ],
    )
    for c in audit.checks:
        reason = f"{c.top_reasons[0][0]} ({c.top_reasons[0][1]})" if c.top_reasons else ""
        cells = (
            c.code,
            ", ".join(c.learning_points),
            c.findings,
            c.families,
            c.passed,
            c.not_evaluated,
            c.errors,
            reason,
        )
        table.add_row(*(Text(str(cell)) for cell in cells))
    return table
