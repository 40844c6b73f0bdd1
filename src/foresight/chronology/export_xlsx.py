"""The merged chronology as an Excel workbook: one row per entry, filters, frozen header.

Sheet "Chronology" holds every entry (a merged happening's entries share a row number and
name each other in "Also recorded by"); sheet "About" says what the workbook holds.

    >>> # write_xlsx(merge_chronology(case), Path("chronology.xlsx"))
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from foresight.chronology.columns import ENTRY_COLUMNS, entry_values
from foresight.chronology.model import MergedChronology

# Column widths in characters; the long text columns wrap.
WIDTHS = {
    "Row": 6,
    "Date": 16,
    "Agency": 10,
    "Reference": 18,
    "Event types": 22,
    "Subjects": 22,
    "People": 22,
    "Entry": 60,
    "Outcome": 40,
    "Source": 16,
    "Author": 16,
    "Significant": 11,
    "Also recorded by": 18,
    "Findings": 40,
    "Analysis": 50,
}
SHEET = "Chronology"


def _about(chronology: MergedChronology) -> list[tuple[str, str]]:
    merged = sum(1 for r in chronology.rows if r.merged)
    return [
        ("Case", chronology.case_name),
        ("Entries", str(len(chronology.entries))),
        ("Happenings (rows)", str(len(chronology.rows))),
        ("Recorded by more than one agency", str(merged)),
        ("Filters", "; ".join(chronology.filters) or "none"),
        ("Pseudonymised", "yes" if chronology.pseudonymised else "no"),
        ("Agencies", "; ".join(f"{code}: {name}" for code, name in chronology.agencies)),
    ]


def _write_entries(book: Any, chronology: MergedChronology) -> None:
    sheet = book.add_worksheet(SHEET)
    header = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bottom": 1})
    cell = book.add_format({"text_wrap": True, "valign": "top"})
    marked = book.add_format({"text_wrap": True, "valign": "top", "bold": True})
    for col, name in enumerate(ENTRY_COLUMNS):
        sheet.set_column(col, col, WIDTHS[name], cell)
        sheet.write_string(0, col, name, header)
    line = 1
    for number, row in enumerate(chronology.rows, start=1):
        for entry in row.entries:
            style = marked if row.significant else cell
            for col, value in enumerate(entry_values(number, row, entry)):
                fmt = style if col < 3 else cell
                if value:
                    sheet.write_string(line, col, value, fmt)
                else:
                    sheet.write_blank(line, col, None, fmt)
            line += 1
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(line - 1, 1), len(ENTRY_COLUMNS) - 1)
    sheet.repeat_rows(0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)


def xlsx_bytes(chronology: MergedChronology) -> bytes:
    """The workbook as bytes (for a download)."""
    import xlsxwriter  # lazily: only exports need it

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    _write_entries(book, chronology)
    about = book.add_worksheet("About")
    bold = book.add_format({"bold": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    about.set_column(0, 0, 32)
    about.set_column(1, 1, 80)
    for line, (key, value) in enumerate(_about(chronology)):
        about.write_string(line, 0, key, bold)
        about.write_string(line, 1, value, wrap)
    book.close()
    return buffer.getvalue()


def write_xlsx(chronology: MergedChronology, path: Path) -> None:
    """Write the workbook to ``path``."""
    path.write_bytes(xlsx_bytes(chronology))
