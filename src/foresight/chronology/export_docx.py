"""The merged chronology as a Word document in the layout review panels work from.

A landscape A4 table with the columns Date, Agency, Entry, Outcome and Analysis, one row per
row of the merged chronology; a row two agencies recorded gives both agencies' texts, each
named by its agency and source. The header row repeats on every page. A pseudonymised
chronology's glossary is never written here: it is kept apart, by design.

>>> # write_docx(chron, Path("chronology.docx"), case_reference="CSPR 2024/07", title="...")
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from foresight.chronology.model import ChronologyEntry, ChronologyRow, MergedChronology

COLUMNS = ("Date", "Agency", "Entry", "Outcome", "Analysis")
# Column widths in centimetres; they fill the 25.7 cm between A4 landscape's 2 cm margins.
WIDTHS_CM = (2.8, 3.6, 8.6, 5.4, 5.3)
LANGUAGE = "en-GB"


def write_docx(
    chronology: MergedChronology, path: Path, *, case_reference: str, title: str
) -> None:
    """Write ``chronology`` to ``path`` as a .docx: a title, the case reference, any filters,
    then the table (header repeated on every page).

    >>> # write_docx(merge_chronology(case), Path("out.docx"), case_reference="C1", title="T")
    """
    from docx import Document

    document = Document()
    _landscape_a4(document)
    _properties(document, case_reference=case_reference, title=title)
    document.add_heading(title, level=1)
    document.add_paragraph(f"Case reference: {case_reference}")
    document.add_paragraph(summary_text(chronology))
    _table(document, chronology.rows)
    document.save(str(path))


def entry_text(entry: ChronologyEntry, *, named: bool) -> str:
    """An entry's details, with its agency and source named when the row has several entries.

    >>> # entry_text(entry, named=True) -> "Northmoor Police (POL:7; source Niche): ..."
    """
    text = entry.details or "(no details recorded)"
    return f"{_source(entry)}: {text}" if named else text


def _source(entry: ChronologyEntry) -> str:
    where = f"{entry.ref}; source {entry.source}" if entry.source else entry.ref
    return f"{entry.agency_name} ({where})"


def summary_text(chronology: MergedChronology) -> str:
    entries = len(chronology.entries)
    merged = sum(1 for r in chronology.rows if r.merged)
    parts = [
        f"{entries} entr{'y' if entries == 1 else 'ies'} from "
        f"{len({e.agency for e in chronology.entries})} agencies in {len(chronology.rows)} rows"
        f" ({merged} recorded by more than one agency)."
    ]
    if chronology.filters:
        parts.append("Showing: " + "; ".join(chronology.filters) + ".")
    if chronology.pseudonymised:
        parts.append("Names and identifiers are replaced by labels.")
    return " ".join(parts)


def row_cells(row: ChronologyRow) -> tuple[str, str, str, str, str]:
    """The five cell texts of a row: Date, Agency, Entry, Outcome, Analysis.

    Every entry of a merged row is kept: one paragraph (line) per entry, named by its source.
    """
    named = row.merged
    dates = dict.fromkeys(e.date_text for e in row.entries)
    agencies = dict.fromkeys(f"{e.agency_name} ({e.agency})" for e in row.entries)
    entries = [entry_text(e, named=named) for e in row.entries]
    outcomes = [
        f"{_source(e)}: {e.outcome}" if named else e.outcome for e in row.entries if e.outcome
    ]
    if not named:
        entries[0] = f"{entries[0]} [{row.entries[0].ref}]"
    return (
        "\n".join(dates),
        "\n".join(agencies),
        "\n".join(entries),
        "\n".join(outcomes),
        row.analysis,
    )


def _landscape_a4(document: Any) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))


def _properties(document: Any, *, case_reference: str, title: str) -> None:
    import datetime as dt

    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    props = document.core_properties
    props.title = title
    props.subject = case_reference
    props.language = LANGUAGE
    props.author = "Foresight"
    # A fixed date keeps the file the same for the same chronology.
    props.created = props.modified = dt.datetime(2000, 1, 1)
    style = document.styles["Normal"]
    style.font.size = _points(9)
    run_props = style.element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), LANGUAGE)
    run_props.append(lang)


def _points(size: float) -> Any:
    from docx.shared import Pt

    return Pt(size)


def _table(document: Any, rows: tuple[ChronologyRow, ...]) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    table.autofit = False
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, name in zip(header.cells, COLUMNS, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    for row in rows:
        _fill(table.add_row().cells, row_cells(row))
    for column, width in zip(table.columns, WIDTHS_CM, strict=True):
        for cell in column.cells:
            cell.width = Cm(width)


def _fill(cells: Any, texts: tuple[str, ...]) -> None:
    # One paragraph per line, so a merged row's sources stay visibly apart.
    for cell, text in zip(cells, texts, strict=True):
        lines = text.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _repeat_as_header(row: Any) -> None:
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    row_props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row_props.append(flag)
