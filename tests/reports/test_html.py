"""render_html: one self-contained, escaped, accessible page with working evidence links."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from typing import Any

from tests.reports.conftest import build_small_outcomes

from foresight.reports import build_report, render_html


class Page(HTMLParser):
    """Collects what the tests look at: ids, links, resources, headings, tables."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tags: list[str] = []
        self.headings: list[int] = []
        self.lang: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = found.get("lang")
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append(int(tag[1]))
        for name, into in (("id", self.ids), ("href", self.hrefs), ("src", self.srcs)):
            if found.get(name) is not None:
                into.append(str(found[name]))


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_every_chronology_entry_has_its_anchor(small_review: Any) -> None:
    html = render_html(small_review)
    page = parse(html)
    report = build_report(small_review)
    assert len(report.chronology) == 4
    for row in report.chronology:
        assert row.anchor in page.ids
        assert row.ref in html
    assert len(page.ids) == len(set(page.ids))


def test_every_evidence_link_lands_on_an_anchor(small_review: Any) -> None:
    page = parse(render_html(small_review))
    internal = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert "ev-HV-e1" in internal and "ev-CSC-101" in internal
    for target in internal:
        assert target in page.ids


def test_self_contained(small_review: Any) -> None:
    html = render_html(small_review)
    page = parse(html)
    assert page.srcs == []
    assert all(h.startswith("#") for h in page.hrefs)
    assert "script" not in page.tags and "link" not in page.tags
    assert "http://" not in html and "https://" not in html
    assert "@import" not in html


def test_record_text_is_escaped(small_review: Any) -> None:
    html = render_html(small_review)
    assert "Bruise &lt;2cm&gt; seen on left cheek &amp; ear." in html
    assert "<2cm>" not in html


def test_accessible_structure(small_review: Any) -> None:
    html = render_html(small_review)
    page = parse(html)
    assert page.lang == "en-GB"
    assert page.headings[0] == 1 and page.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:], strict=False))
    assert page.tags.count("table") == page.tags.count("caption")


def test_prints_on_a4_without_splitting_findings(small_review: Any) -> None:
    html = render_html(small_review)
    assert "@media print" in html and "size: A4" in html
    assert "thead { display: table-header-group; }" in html
    assert "break-inside: avoid" in html


def test_sections_and_finding_contents(small_review: Any) -> None:
    html = render_html(small_review)
    for section in (
        "summary",
        "findings",
        "household",
        "chronology",
        "not-evaluated",
        "errors",
        "uncertain-links",
        "problems",
    ):
        assert f'<section id="{section}"' in html
    for text in (
        "Learning point NAT2: Title of NAT2",
        "What it cannot know",
        "Whether a referral was made by telephone",
        "NOT a pass",
        "Police do not record dates of birth",
        "cannot read &#39;31/02/2011&#39;",
        "Health Visiting (HV)",
        "SystmOne",
        "known after the as-of date",
    ):
        assert text in html, text


def test_a_finding_resting_on_types_read_from_text_says_so(
    make_review: Any, small_case: Any
) -> None:
    finding = dataclasses.replace(build_small_outcomes()[-1], evidence=("HV:e1", "POLICE:P7"))
    html = render_html(make_review(small_case, (finding,)))
    evidence = html.split("<dt>Evidence</dt>")[1].split("</dd>")[0]
    assert evidence.count("(inferred)") == 1
    assert "1 of its 2 evidence entries has types read from the text" in evidence
    assert "4 (1 with types read from the text)" in html
