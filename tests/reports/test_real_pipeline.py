"""Reports built from a real Case and review, with the real learning library and registry."""

from __future__ import annotations

import datetime as dt

from tests.factories import a_case, a_child, an_adult, an_event

from foresight.checks import REGISTRY, Review, review_case
from foresight.learning import learning_point
from foresight.model.vocab import EventType, Mobility
from foresight.reports import build_report, render_html, render_text, report_json


def injured_baby_review() -> Review:
    case = a_case(
        people=[a_child("C1", born="2011-01-12"), an_adult("M1", "mother", name="Mia Sample")],
        events=[
            an_event(
                EventType.HOME_VISIT,
                EventType.INJURY,
                on="2011-03-01",
                agency="CSC",
                eid="e1",
                mobility=Mobility.NOT_MOBILE,
                details="Bruise on the cheek.",
            ),
            an_event(EventType.HOME_VISIT, on="2011-04-01", eid="e2", people=("M1",)),
        ],
    )
    return review_case(case, as_of=dt.date(2011, 6, 30))


def test_report_of_a_real_review_uses_the_library() -> None:
    review = injured_baby_review()
    report = build_report(review)
    assert [row.ref for row in report.chronology] == ["CSC:e1", "CSC:e2"]
    assert [c.name for c in report.children] == ["Ava Sample"]
    assert {p.name for p in report.household} >= {"Ava Sample", "Mia Sample"}
    nat2 = [f for f in report.findings if f.check == "FS-NAT2"]
    assert nat2, "a bruise on a non-mobile baby with no referral is a finding"
    assert nat2[0].title == REGISTRY["FS-NAT2"].title
    assert nat2[0].learning_points[0].title == learning_point("NAT2").title
    assert nat2[0].learning_points[0].seed_text == learning_point("NAT2").seed_text
    assert nat2[0].evidence[0].anchor == "ev-CSC-e1"
    total = report.counts
    outcomes = total.findings + total.passed + total.not_evaluated + total.errors
    assert outcomes == len(review.outcomes)


def test_every_renderer_accepts_a_real_review() -> None:
    review = injured_baby_review()
    assert "FS-NAT2" in render_text(review)
    assert 'href="#ev-CSC-e1"' in render_html(review)
    assert report_json(review)["findings"][0]["evidence"] == ["CSC:e1"]
