"""A partnership audit as an Excel workbook (``foresight audit DIR --out audit.xlsx``).

Sheets: Summary (every learning point, and the totals beside it), By agency, By year, Findings
(one row per finding), Checks, Check errors and Failures. Each has a bold frozen header row,
an autofilter and column widths that fit its contents. Every text cell is written as text, so
a record that starts with ``=`` can never become a formula.

>>> Path("audit.xlsx").write_bytes(xlsx_of_audit(audit))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

import xlsxwriter

from foresight.checks.audit import Audit
from foresight.reports.audit_text import breakdown

Cell = str | int | dt.date
MAX_WIDTH = 70  # characters; longer text wraps within the column
SHEETS = (
    "Summary",
    "By agency",
    "By year",
    "Findings",
    "Checks",
    "Check errors",
    "Failures",
)


def xlsx_of_audit(audit: Audit) -> bytes:
    """The audit as the bytes of an ``.xlsx`` workbook with the sheets of :data:`SHEETS`."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            # Records are data, never formulas, links or numbers in disguise.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    formats = {
        "head": workbook.add_format({"bold": True, "bg_color": "#F3F2F1", "bottom": 1}),
        "date": workbook.add_format({"num_format": "d mmmm yyyy", "align": "left"}),
        "wrap": workbook.add_format({"text_wrap": True, "valign": "top"}),
    }
    _summary(workbook, formats, audit)
    _sheet(workbook, formats, "By agency", *_by_agency(audit))
    _sheet(workbook, formats, "By year", *_by_year(audit))
    _sheet(workbook, formats, "Findings", *_findings(audit))
    _sheet(workbook, formats, "Checks", *_checks(audit))
    errors = [(e.bundle, e.check, e.child, e.message) for e in audit.errors]
    _sheet(workbook, formats, "Check errors", ("Bundle", "Check", "Child", "Message"), errors)
    failures = [(f.bundle, f.message) for f in audit.failures]
    _sheet(workbook, formats, "Failures", ("Bundle", "Message"), failures)
    workbook.close()
    return buffer.getvalue()


Rows = Sequence[tuple[Cell, ...]]


def _sheet(
    workbook: Any,
    formats: dict[str, Any],
    name: str,
    headers: Sequence[str],
    rows: Rows,
) -> Any:
    """Write a table with its header on row 1, frozen, filtered and sized to fit."""
    sheet = workbook.add_worksheet(name)
    sheet.freeze_panes(1, 0)
    for col, header in enumerate(headers):
        sheet.write_string(0, col, header, formats["head"])
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            _write(sheet, formats, r, col, value)
    sheet.autofilter(0, 0, max(len(rows), 1), len(headers) - 1)
    for col, header in enumerate(headers):
        width = max([len(header) + 3, *(_width(row[col]) for row in rows)])
        wrap = formats["wrap"] if width > MAX_WIDTH else None
        sheet.set_column(col, col, min(width, MAX_WIDTH), wrap)
    return sheet


def _write(sheet: Any, formats: dict[str, Any], row: int, col: int, value: Cell) -> None:
    if isinstance(value, int):
        sheet.write_number(row, col, value)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime.combine(value, dt.time()), formats["date"])
    else:
        sheet.write_string(row, col, value)


def _width(value: Cell) -> int:
    if isinstance(value, dt.date):
        return 18  # "30 September 2014"
    return len(str(value)) + 2


def _summary(workbook: Any, formats: dict[str, Any], audit: Audit) -> None:
    headers = ("ID", "Learning point", "Families", "Children", "Findings", "By agency", "By year")
    rows: Rows = [
        (
            p.id,
            p.title,
            p.families,
            p.children,
            p.findings,
            breakdown(p.by_agency),
            breakdown(p.by_year),
        )
        for p in audit.learning_points
    ]
    sheet = _sheet(workbook, formats, "Summary", headers, rows)
    # The totals sit beside the table, inside the frozen header row, outside its filter.
    t = audit.totals
    facts: list[tuple[str, Cell]] = [
        ("As of", audit.as_of),
        ("Settings", audit.settings_source),
        ("Bundles", t.bundles),
        ("Families reviewed", t.families),
        ("Bundles that could not be read", t.failed),
        ("Children", t.children),
        ("Chronology entries", t.entries),
        ("Entries with types read from the text", t.inferred_entries),
        ("Findings", t.findings),
        ("Findings resting on types read from the text", t.findings_on_inferred),
        ("Not evaluated", t.not_evaluated),
        ("Check errors", t.errors),
        ("Problems reading the bundles", t.problems),
    ]
    col = len(headers) + 1
    sheet.write_string(0, col, "Totals", formats["head"])
    sheet.write_string(0, col + 1, "", formats["head"])
    for r, (label, value) in enumerate(facts, start=1):
        sheet.write_string(r, col, label)
        _write(sheet, formats, r, col + 1, value)
    sheet.set_column(col, col, 32)
    sheet.set_column(col + 1, col + 1, max(20, len(audit.settings_source) + 2))


def _by_agency(audit: Audit) -> tuple[tuple[str, ...], Rows]:
    headers = ("ID", "Learning point", "Agency", "Agency name", "Families", "Children", "Findings")
    rows: Rows = [
        (p.id, p.title, code, audit.agency_name(code), c.families, c.children, c.findings)
        for p in audit.learning_points
        for code, c in p.by_agency.items()
    ]
    return headers, rows


def _by_year(audit: Audit) -> tuple[tuple[str, ...], Rows]:
    headers = ("ID", "Learning point", "Year", "Families", "Children", "Findings")
    rows: Rows = [
        (p.id, p.title, year, c.families, c.children, c.findings)
        for p in audit.learning_points
        for year, c in p.by_year.items()
    ]
    return headers, rows


def _findings(audit: Audit) -> tuple[tuple[str, ...], Rows]:
    headers = (
        "Bundle",
        "Child",
        "Child's name",
        "Learning points",
        "Check",
        "First date",
        "Evidence",
        "Agencies",
        "Message",
        "Evidence with types read from the text",
    )
    rows: Rows = [
        (
            f.bundle,
            f.child,
            f.child_name,
            ", ".join(f.learning_points),
            f.check,
            f.first_date,
            ", ".join(f.evidence),
            ", ".join(f.agencies),
            f.message,
            ", ".join(f.inferred_evidence),
        )
        for f in audit.findings
    ]
    return headers, rows


def _checks(audit: Audit) -> tuple[tuple[str, ...], Rows]:
    headers = (
        "Check",
        "Title",
        "Learning points",
        "Findings",
        "Families",
        "Passed",
        "Not evaluated",
        "Errors",
        "Commonest reasons not evaluated",
    )
    rows: Rows = [
        (
            c.code,
            c.title,
            ", ".join(c.learning_points),
            c.findings,
            c.families,
            c.passed,
            c.not_evaluated,
            c.errors,
            "; ".join(f"{reason} ({n})" for reason, n in c.top_reasons),
        )
        for c in audit.checks
    ]
    return headers, rows
