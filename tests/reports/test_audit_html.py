"""The audit page: self-contained, one accessible SVG chart per learning point found."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from audit_support import CORRUPT, free_text_audit, synthetic_audit
from foresight.checks.audit import Audit, audit_bundles
from foresight.reports.audit_html import bar_chart_svg, html_of_audit


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Audit:
    return synthetic_audit(tmp_path_factory)


@pytest.fixture(scope="module")
def html(audit: Audit) -> str:
    return html_of_audit(audit)


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.svgs: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        if found.get("href"):
            self.hrefs.append(str(found["href"]))
        if tag == "svg":
            self.svgs.append(found)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def test_self_contained(html: str) -> None:
    page = parse(html)
    assert html.startswith("<!DOCTYPE html>")
    assert not {"script", "link", "img", "iframe"} & set(page.tags)
    assert all(h.startswith("#") for h in page.hrefs)
    assert "src=" not in html and "url(" not in html and "@import" not in html
    assert "<style>" in html


def test_one_chart_per_learning_point_found(html: str, audit: Audit) -> None:
    page = parse(html)
    found = [p for p in audit.learning_points if p.families]
    assert found
    assert len(page.svgs) == len(found)
    for point in found:
        assert f"lp-{point.id}" in page.ids
        assert f"chart-{point.id}-title" in page.ids
    for svg in page.svgs:
        assert svg["role"] == "img"
        labels = str(svg["aria-labelledby"]).split()
        assert all(label in page.ids for label in labels)


def test_internal_links_land(html: str) -> None:
    page = parse(html)
    for href in page.hrefs:
        assert href[1:] in page.ids, href


def test_failures_and_agencies_shown(html: str, audit: Audit) -> None:
    assert CORRUPT in html
    for code in {c for p in audit.learning_points for c in p.by_agency}:
        assert f">{code}</abbr>" in html


def test_record_text_is_escaped(audit: Audit) -> None:
    from dataclasses import replace

    finding = replace(audit.findings[0], message="<script>alert(1)</script>")
    html = html_of_audit(replace(audit, findings=(finding,)))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_bar_chart_values_and_labels() -> None:
    svg = bar_chart_svg({2012: 3, 2015: 1}, title="NAT2 <by year>", ident="c")
    bars = re.findall(r'<rect class="bar" x="\d+" y="(\d+)" width="\d+" height="(\d+)"', svg)
    assert [int(h) for _, h in bars] == [110, 0, 0, 37]  # 2012 to 2015, zeros included
    years = re.findall(r'<text class="year"[^>]*>(\d+)</text>', svg)
    assert years == ["2012", "2013", "2014", "2015"]
    values = re.findall(r'<text class="value"[^>]*>(\d+)</text>', svg)
    assert values == ["3", "0", "0", "1"]
    assert '<title id="c-title">NAT2 &lt;by year&gt;</title>' in svg
    assert "2012: 3 families; 2013: 0 families; 2014: 0 families; 2015: 1 family." in svg
    assert bar_chart_svg({}, title="none", ident="d") == ""


def test_an_audit_with_no_findings_has_no_chart() -> None:
    html = html_of_audit(audit_bundles([]))
    assert "<svg" not in html and "No learning point was found in any family." in html


def test_findings_resting_on_types_read_from_text_are_marked(tmp_path: Path) -> None:
    audit, _ = free_text_audit(tmp_path)
    html = html_of_audit(audit)
    t = audit.totals
    assert f"({t.inferred_entries} with types read from the text)" in html
    assert f"({t.findings_on_inferred} resting on types read from the text" in html
    cited = sum(len(f.inferred_evidence) for f in audit.findings)
    assert html.count("</span> (inferred)") == cited > 0
