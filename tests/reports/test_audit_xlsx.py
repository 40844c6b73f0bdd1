"""The audit workbook, read back with openpyxl: sheets, headers, a row per finding."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook import Workbook

from audit_support import CORRUPT, free_text_audit, synthetic_audit
from foresight.checks.audit import Audit, audit_bundles
from foresight.learning import LIBRARY
from foresight.reports.audit_xlsx import SHEETS, xlsx_of_audit


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Audit:
    return synthetic_audit(tmp_path_factory)


@pytest.fixture(scope="module")
def book(audit: Audit) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(xlsx_of_audit(audit)))


def rows(book: Workbook, sheet: str) -> list[tuple[object, ...]]:
    return list(book[sheet].iter_rows(values_only=True))


def test_the_sheets(book: Workbook) -> None:
    assert book.sheetnames == list(SHEETS)
    assert {"Summary", "By agency", "By year", "Findings", "Failures"} <= set(SHEETS)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert (sheet.column_dimensions["A"].width or 0) > 5, sheet.title


def test_one_row_per_finding(book: Workbook, audit: Audit) -> None:
    header, *body = rows(book, "Findings")
    assert header[:6] == (
        "Bundle",
        "Child",
        "Child's name",
        "Learning points",
        "Check",
        "First date",
    )
    assert "Evidence" in header and "Message" in header
    assert len(body) == len(audit.findings) > 0
    for row, finding in zip(body, audit.findings, strict=True):
        assert row[0] == finding.bundle and row[4] == finding.check
        assert isinstance(row[5], dt.datetime) and row[5].date() == finding.first_date
        assert row[header.index("Evidence")] == ", ".join(finding.evidence)
        assert row[header.index("Message")] == finding.message


def test_summary_lists_every_learning_point(book: Workbook, audit: Audit) -> None:
    header, *body = rows(book, "Summary")
    assert header[:5] == ("ID", "Learning point", "Families", "Children", "Findings")
    assert [r[0] for r in body if r[0] is not None][: len(LIBRARY)] == [p.id for p in LIBRARY]
    for row, tally in zip(body, audit.learning_points, strict=False):
        assert row[2:5] == (tally.families, tally.children, tally.findings)
    assert "Totals" in header


def test_breakdowns(book: Workbook, audit: Audit) -> None:
    header, *body = rows(book, "By agency")
    assert header[:5] == ("ID", "Learning point", "Agency", "Agency name", "Families")
    expected = [
        (p.id, code, c.families) for p in audit.learning_points for code, c in p.by_agency.items()
    ]
    assert [(r[0], r[2], r[4]) for r in body] == expected
    header, *body = rows(book, "By year")
    assert header[:4] == ("ID", "Learning point", "Year", "Families")
    expected_years = [
        (p.id, year, c.families) for p in audit.learning_points for year, c in p.by_year.items()
    ]
    assert [(r[0], r[2], r[3]) for r in body] == expected_years


def test_failures(book: Workbook) -> None:
    header, *body = rows(book, "Failures")
    assert header == ("Bundle", "Message")
    assert [r[0] for r in body] == [CORRUPT]


def test_text_that_looks_like_a_formula_stays_text(audit: Audit) -> None:
    from dataclasses import replace

    finding = replace(audit.findings[0], message='=HYPERLINK("http://example.invalid")')
    book = openpyxl.load_workbook(io.BytesIO(xlsx_of_audit(replace(audit, findings=(finding,)))))
    cell = book["Findings"]["I2"]
    assert cell.value == finding.message and cell.data_type == "s"


def test_an_empty_audit_still_has_every_sheet() -> None:
    book = openpyxl.load_workbook(io.BytesIO(xlsx_of_audit(audit_bundles([]))))
    assert book.sheetnames == list(SHEETS)
    assert len(rows(book, "Findings")) == 1  # the header alone
    assert len(rows(book, "Summary")) == 1 + len(LIBRARY)


def test_findings_resting_on_types_read_from_text_are_marked(tmp_path: Path) -> None:
    audit, paths = free_text_audit(tmp_path)
    book = openpyxl.load_workbook(io.BytesIO(xlsx_of_audit(audit)))
    header, *body = rows(book, "Findings")
    column = header.index("Evidence with types read from the text")
    for row in body:
        expected = row[header.index("Evidence")] if row[0] == paths[1].name else ""
        assert (row[column] or "") == expected
