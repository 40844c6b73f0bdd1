"""The PDF export: one render of the long-term family, read back with pypdf.

WeasyPrint is slow, so the whole family is rendered once and every test reads that file.
"""

from __future__ import annotations

import re
from typing import Any

import pypdf
import pytest

from foresight.checks import review_case
from foresight.chronology import merge_chronology
from foresight.chronology.export_docx import COLUMNS
from foresight.chronology.export_pdf import chronology_html, css_string, write_pdf
from foresight.chronology.model import MergedChronology
from foresight.chronology.timeline import timeline_svg
from foresight.model.case import Case
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY

REFERENCE = "CSPR 2026/014"
TITLE = "Merged chronology: the Example family"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def long_term(long_term_case: Case) -> tuple[MergedChronology, str]:
    review = review_case(long_term_case, as_of=LONG_TERM_MULTI_AGENCY.as_of)
    chron = merge_chronology(long_term_case, findings=review.findings)
    return chron, timeline_svg(long_term_case, review.findings)


@pytest.fixture(scope="module")
def reader(
    long_term: tuple[MergedChronology, str], tmp_path_factory: pytest.TempPathFactory
) -> pypdf.PdfReader:
    chron, svg = long_term
    path = tmp_path_factory.mktemp("pdf") / "chronology.pdf"
    write_pdf(chron, path, case_reference=REFERENCE, title=TITLE, timeline_svg=svg)
    return pypdf.PdfReader(path)


@pytest.fixture(scope="module")
def pages(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def test_every_entry_of_the_long_term_family_is_in_the_pdf(
    long_term: tuple[MergedChronology, str], pages: list[str]
) -> None:
    chron, _ = long_term
    text = flat(" ".join(pages))
    assert len(chron.entries) >= 300
    missing = [e.ref for e in chron.entries if e.ref not in text]
    assert missing == []
    unreadable = [e.ref for e in chron.entries if e.details and flat(e.details) not in text]
    assert unreadable == []


def test_page_numbers_and_running_header_on_every_page(pages: list[str]) -> None:
    total = len(pages)
    assert total > 5
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in text
        assert f"Case reference: {REFERENCE}" in text
        assert TITLE in text


def test_the_table_header_repeats_on_every_table_page(pages: list[str]) -> None:
    header = re.compile(r"\s*".join(COLUMNS))
    with_table = [t for t in pages if re.search(r"\[[A-Z]+:[^\]]+\]", t)]
    assert len(with_table) >= 5
    assert all(header.search(t) for t in with_table)


def test_timeline_picture_comes_first(long_term_case: Case, pages: list[str]) -> None:
    first = flat(pages[0])
    assert "Timeline" in first
    for agency in long_term_case.agencies:
        assert agency.name[:20] in first


def test_tagged_accessible_pdf_with_language_and_title(reader: pypdf.PdfReader) -> None:
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root
    assert reader.metadata is not None and reader.metadata.title == TITLE
    metadata = root["/Metadata"].get_object().get_data().decode()
    assert "pdfuaid:part" in metadata
    alts = alternative_texts(root["/StructTreeRoot"])
    assert any(alt.startswith("Timeline of ") for alt in alts), "the picture has no alt text"


def alternative_texts(node: Any, depth: int = 0) -> list[str]:
    """Every /Alt in a PDF structure tree (the tagged figures' text alternatives)."""
    node = node.get_object() if hasattr(node, "get_object") else node
    found: list[str] = []
    if isinstance(node, dict):
        if "/Alt" in node:
            found.append(str(node["/Alt"]))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if depth < 50:
                found += alternative_texts(kid, depth + 1)
    return found


def test_record_text_and_reference_are_escaped_in_the_html(
    long_term: tuple[MergedChronology, str],
) -> None:
    chron, _ = long_term
    html = chronology_html(chron, case_reference='A "B" </style>', title="<T & U>")
    assert "<title>&lt;T &amp; U&gt;</title>" in html
    assert str(css_string('A "B" </style>')) in html
    assert '</style>"' not in html and html.count("</style>") == 1
