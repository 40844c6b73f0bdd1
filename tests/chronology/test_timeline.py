"""The timeline picture: one lane per agency, marks on a year axis, findings pinned on.

To accept a deliberate change of the small case's picture:
FORESIGHT_UPDATE_SNAPSHOTS=1 pytest tests/chronology/test_timeline.py
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from factories import a_case, a_child, an_agency, an_event
from foresight.checks import review_case
from foresight.chronology.timeline import is_significant, timeline_svg
from foresight.model.case import Case
from foresight.model.outcomes import Finding
from foresight.reports import render_html
from foresight.synth.families.long_term import LONG_TERM_MULTI_AGENCY

SNAPSHOTS = Path(__file__).parent / "snapshots"
NS = {"svg": "http://www.w3.org/2000/svg"}


def small_case() -> Case:
    events = [
        an_event("home_visit", on="2011-02-03", agency="CSC", eid="1", details="Visit."),
        an_event("injury", on="2011-03-14", agency="HV", eid="h1", details="Bruise on cheek."),
        an_event("note", on="Mar 2011", agency="HV", eid="h2", details="Mother low."),
        an_event("referral", on="2012-06-01", agency="CSC", eid="2", details="Referral."),
        an_event("domestic_abuse_incident", on="2012-06-01", agency="POL", eid="p1"),
    ]
    agencies = [
        an_agency("CSC", name="Northmoor Children's Social Care"),
        an_agency("HV", name="Northmoor Health Visiting"),
        an_agency("POL", name="Northmoor Police"),
        an_agency("GP", name="Wexcombe Lane Surgery"),
    ]
    return a_case(people=[a_child(), a_child(agency="HV")], events=events, agencies=agencies)


def small_findings() -> list[Finding]:
    return [
        Finding(
            "FS-NAT2",
            ("NAT2",),
            "CSC:C1",
            "Bruise to a baby who is not mobile. Expected a referral.",
            ("HV:h1",),
            dt.date(2011, 3, 14),
        ),
        Finding(
            "FS-PR1",
            ("PR1", "PR3"),
            "CSC:C1",
            "A man in the home was not identified.",
            ("POL:p1", "CSC:2"),
            dt.date(2012, 6, 1),
        ),
        Finding("FS-X", ("SCR1",), "CSC:C1", "Cites nothing in the case.", ("GP:zz",), AS_OF),
    ]


AS_OF = dt.date(2013, 1, 1)


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def by_class(root: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in root.iter() if e.get("class") == name]


def marks(root: ET.Element, name: str) -> list[ET.Element]:
    """Entries' marks of one kind (the legend's samples carry no ``data-ref``)."""
    return [e for e in by_class(root, name) if e.get("data-ref")]


def test_accessible_well_formed_and_without_script() -> None:
    svg = timeline_svg(small_case(), small_findings())
    root = parse(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("role") == "img"
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title is not None and title.text and "5 entries from 4 agencies" in title.text
    assert desc is not None and desc.text and "2 findings" in desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "script" not in svg.lower() and "href" not in svg and "onclick" not in svg.lower()


def test_one_labelled_lane_per_agency_even_without_entries() -> None:
    root = parse(timeline_svg(small_case()))
    lanes = by_class(root, "tl-lane")
    assert [lane.get("data-agency") for lane in lanes] == ["CSC", "HV", "POL", "GP"]
    labels = [t.text for t in by_class(root, "tl-lane-label")]
    assert labels == [
        "Northmoor Children's Social…",
        "Northmoor Health Visiting",
        "Northmoor Police",
        "Wexcombe Lane Surgery",
    ]


def test_year_ticks_cover_the_entries() -> None:
    root = parse(timeline_svg(small_case()))
    years = [t.text for t in by_class(root, "tl-tick-label")]
    assert years == ["2011", "2012"]
    assert len(by_class(root, "tl-tick")) == 3  # 1 Jan 2011, 2012 and 2013


def test_significant_uncertain_and_plain_entries_drawn_distinctly() -> None:
    case = small_case()
    root = parse(timeline_svg(case))
    significant = {e.get("data-ref") for e in marks(root, "tl-significant")}
    uncertain = {e.get("data-ref") for e in marks(root, "tl-uncertain")}
    plain = {e.get("data-ref") for e in marks(root, "tl-entry")}
    assert significant == {"HV:h1", "CSC:2", "POL:p1"}
    assert significant == {e.ref for e in case.events_all if is_significant(e)}
    assert uncertain == {"HV:h2"} and plain == {"CSC:1"}
    bar = marks(root, "tl-uncertain")[0]
    # March 2011 is a bar a month long: about a twelfth of a year's width.
    year = float(by_class(root, "tl-tick")[1].get("x1", "0")) - float(
        by_class(root, "tl-tick")[0].get("x1", "0")
    )
    assert float(bar.get("width", "0")) == pytest.approx(year * 31 / 365, abs=0.3)
    for mark in marks(root, "tl-entry") + marks(root, "tl-significant"):
        assert mark.find("svg:title", NS) is not None


def test_findings_pinned_to_their_earliest_evidence_with_learning_points() -> None:
    root = parse(timeline_svg(small_case(), small_findings()))
    pins = by_class(root, "tl-pin")
    assert [(p.get("data-ref"), p.get("data-learning-points")) for p in pins] == [
        ("HV:h1", "NAT2"),
        ("CSC:2", "PR1 PR3"),  # both cited entries are on 1 June 2012; CSC:2 sorts first
    ]
    assert [t.text for t in by_class(root, "tl-pin-label")] == ["NAT2", "PR1 PR3"]
    tip = pins[1].find("svg:title", NS)
    assert tip is not None and tip.text and "A man in the home" in tip.text
    assert len(pins[1].findall("svg:circle", NS)) == 2  # a ring on each cited entry


def test_period_keeps_only_entries_that_could_fall_within_it() -> None:
    svg = timeline_svg(small_case(), small_findings(), start=dt.date(2012, 1, 1))
    root = parse(svg)
    refs = {e.get("data-ref") for e in root.iter() if e.get("data-ref")}
    assert refs == {"CSC:2", "POL:p1"}
    assert [t.text for t in by_class(root, "tl-tick-label")] == ["2012"]


def test_deterministic_and_matches_snapshot() -> None:
    svg = timeline_svg(small_case(), small_findings())
    assert svg == timeline_svg(small_case(), small_findings())
    snapshot = SNAPSHOTS / "timeline_small.svg"
    if os.environ.get("FORESIGHT_UPDATE_SNAPSHOTS") == "1":
        snapshot.parent.mkdir(exist_ok=True)
        snapshot.write_text(svg, encoding="utf-8")
    assert svg == snapshot.read_text(encoding="utf-8"), (
        "the timeline changed: if on purpose, rerun with FORESIGHT_UPDATE_SNAPSHOTS=1"
    )


def test_inline_form_names_no_url() -> None:
    svg = timeline_svg(small_case(), inline=True)
    assert svg.startswith("<svg class=") and "http" not in svg


def test_a_thousand_entries_stay_small() -> None:
    start = dt.date(2005, 1, 1)
    events = [
        an_event(
            "referral" if i % 50 == 0 else "home_visit",
            on=start + dt.timedelta(days=3 * i),
            agency=("CSC", "HV", "GP", "SCHOOL")[i % 4],
            eid=f"E{i}",
            details=f"Entry {i}",
        )
        for i in range(1000)
    ]
    svg = timeline_svg(a_case(events=events))
    root = parse(svg)
    assert len([e for e in root.iter() if e.get("data-ref")]) == 1000
    assert len(by_class(root, "tl-lane")) == 4
    assert len(svg.encode()) < 200_000


@pytest.fixture(scope="module")
def long_term_findings(long_term_case: Case) -> list[Finding]:
    return review_case(long_term_case, as_of=LONG_TERM_MULTI_AGENCY.as_of).findings


def test_long_term_family_every_entry_and_every_finding(
    long_term_case: Case, long_term_findings: list[Finding]
) -> None:
    root = parse(timeline_svg(long_term_case, long_term_findings))
    marks = [e for e in root.iter() if e.get("data-ref") and e.get("class") != "tl-pin"]
    assert sorted(m.get("data-ref") or "" for m in marks) == sorted(
        e.ref for e in long_term_case.events_all
    )
    assert len(long_term_case.events_all) >= 300
    lanes = {lane.get("data-agency") for lane in by_class(root, "tl-lane")}
    assert lanes == {a.code for a in long_term_case.agencies}
    pins = by_class(root, "tl-pin")
    assert sum(int(p.get("data-findings", "0")) for p in pins) == len(long_term_findings)
    points = {lp for p in pins for lp in (p.get("data-learning-points") or "").split()}
    assert points == {lp for f in long_term_findings for lp in f.learning_points}


def test_embedded_under_the_summary_of_the_html_report(
    long_term_case: Case, long_term_findings: list[Finding]
) -> None:
    review = review_case(long_term_case, as_of=LONG_TERM_MULTI_AGENCY.as_of)
    html = render_html(review)
    summary = html.index('id="summary"')
    picture = html.index('<svg class="foresight-timeline"')
    assert summary < picture < html.index('id="findings"')
    assert "http://" not in html and "<script" not in html
    assert html.count('class="tl-pin"') >= 1
