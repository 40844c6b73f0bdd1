"""The Word export: the review panel layout, every entry findable, the glossary kept out.

To accept a deliberate layout change:
FORESIGHT_UPDATE_SNAPSHOTS=1 pytest tests/chronology/test_export_docx.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from factories import a_case, a_child, an_agency, an_event
from foresight.checks import review_case
from foresight.chronology import merge_chronology, pseudonymise
from foresight.chronology.export_docx import COLUMNS, row_cells, write_docx
from foresight.chronology.model import MergedChronology
from foresight.model.case import Case
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY

SNAPSHOTS = Path(__file__).parent / "snapshots"
REFERENCE = "CSPR 2026/014"
TITLE = "Merged chronology: the Example family"


def table_texts(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[cell.text for cell in row.cells] for row in table.rows]


def all_text(path: Path) -> str:
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(paragraphs + cells)


@pytest.fixture(scope="module")
def long_term(long_term_case: Case) -> MergedChronology:
    review = review_case(long_term_case, as_of=LONG_TERM_MULTI_AGENCY.as_of)
    first = long_term_case.events_all[0].ref
    return merge_chronology(
        long_term_case, findings=review.findings, analysis={first: "Missed chance to ask why."}
    )


@pytest.fixture(scope="module")
def long_term_docx(long_term: MergedChronology, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "chronology.docx"
    write_docx(long_term, path, case_reference=REFERENCE, title=TITLE)
    return path


def test_every_entry_of_the_long_term_family_is_in_the_table(
    long_term: MergedChronology, long_term_docx: Path
) -> None:
    rows = table_texts(long_term_docx)
    assert rows[0] == list(COLUMNS)
    assert len(rows) == len(long_term.rows) + 1 and len(long_term.entries) >= 300
    for row, chron_row in zip(rows[1:], long_term.rows, strict=True):
        for entry in chron_row.entries:
            assert entry.ref in row[2]
            if entry.details:
                assert entry.details in row[2]
            if entry.outcome:
                assert entry.outcome in row[3]
            assert entry.agency_name in row[1]
    assert rows[1][4] == "Missed chance to ask why."


def test_landscape_a4_title_reference_and_repeated_header(long_term_docx: Path) -> None:
    document = docx.Document(str(long_term_docx))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == TITLE and f"Case reference: {REFERENCE}" in texts
    header = document.tables[0].rows[0]._tr
    flags = header.findall(f"{qn('w:trPr')}/{qn('w:tblHeader')}")
    assert len(flags) == 1
    assert document.tables[0].rows[1]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None
    assert document.core_properties.title == TITLE
    assert document.core_properties.language == "en-GB"


def merged_case() -> Case:
    events = [
        an_event(
            "domestic_abuse_incident",
            on="2012-06-01",
            agency="POL",
            eid="p1",
            details="Officers called to a row; Ava asleep upstairs.",
            outcome="Partner arrested.",
            source="Niche",
        ),
        an_event(
            "domestic_abuse_incident",
            on="2012-06-02",
            agency="CSC",
            eid="7",
            details="Police notification: officers called to a row, Ava asleep upstairs.",
            outcome="Strategy discussion held.",
        ),
        an_event("home_visit", on="2011-02-03", agency="CSC", eid="1", details="Ava well."),
    ]
    agencies = [an_agency("CSC", name="Northmoor CSC"), an_agency("POL", name="Northmoor Police")]
    people = [a_child(agency="CSC"), a_child(agency="POL")]
    return a_case(people=people, events=events, agencies=agencies)


def test_a_merged_row_keeps_both_sources_named() -> None:
    chron = merge_chronology(merged_case())
    merged = [row for row in chron.rows if row.merged]
    assert len(merged) == 1, "the two agencies' reports of one incident should merge"
    date, agency, entry, outcome, _ = row_cells(merged[0])
    for ref, text in (
        ("POL:p1", "Officers called to a row; Ava asleep upstairs."),
        ("CSC:7", "Police notification: officers called to a row, Ava asleep upstairs."),
    ):
        assert ref in entry and text in entry
    assert "Northmoor Police (POL:p1; source Niche): Partner arrested." in outcome
    assert "Northmoor CSC (CSC:7): Strategy discussion held." in outcome
    assert agency.splitlines() == ["Northmoor Police (POL)", "Northmoor CSC (CSC)"]
    assert date.splitlines() == ["1 June 2012", "2 June 2012"]


def test_pseudonymised_export_keeps_the_glossary_out(
    long_term_case: Case, long_term: MergedChronology, tmp_path: Path
) -> None:
    public, glossary = pseudonymise(long_term, long_term_case)
    path = tmp_path / "public.docx"
    write_docx(public, path, case_reference=REFERENCE, title=TITLE)
    text = all_text(path)
    assert "Names and identifiers are replaced by labels." in text
    for entry in glossary.entries:
        assert entry.name not in text, f"{entry.label}'s real name is in the document"
    assert any(entry.label in text for entry in glossary.entries)


def layout(path: Path) -> dict[str, Any]:
    rows = table_texts(path)
    return {"paragraphs": [p.text for p in docx.Document(str(path)).paragraphs], "rows": rows}


def test_layout_matches_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "small.docx"
    write_docx(merge_chronology(merged_case()), path, case_reference=REFERENCE, title=TITLE)
    found = json.dumps(layout(path), indent=2, ensure_ascii=False) + "\n"
    snapshot = SNAPSHOTS / "docx_small.json"
    if os.environ.get("FORESIGHT_UPDATE_SNAPSHOTS") == "1":
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(found, encoding="utf-8")
    assert found == snapshot.read_text(encoding="utf-8"), (
        "the Word layout changed: if on purpose, rerun with FORESIGHT_UPDATE_SNAPSHOTS=1"
    )
