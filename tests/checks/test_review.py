"""The review pipeline: bundle or Case in, outcomes sorted into kinds out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factories import a_case, a_child, an_event
from foresight.checks import Review, load_settings, review_bundle, review_case
from foresight.errors import BundleError
from foresight.model.case import Case
from foresight.model.outcomes import Finding, Passed
from foresight.model.vocab import EventType


def _baby_case() -> Case:
    baby = a_child("C1", born="2012-01-01")
    return a_case(people=[baby], events=[an_event(EventType.INJURY, on="2012-03-01")])


def test_review_case_sorts_outcomes() -> None:
    review = review_case(_baby_case(), as_of=dt.date(2012, 4, 1))
    assert isinstance(review, Review)
    assert review.as_of == dt.date(2012, 4, 1)
    assert [f.check for f in review.findings] == ["FS-NAT2"]
    assert all(isinstance(p, Passed) for p in review.passed)
    assert review.errors == []
    assert len(review.outcomes) == (
        len(review.findings) + len(review.passed) + len(review.not_evaluated)
    )


def test_review_case_defaults_to_today() -> None:
    review = review_case(_baby_case())
    assert review.as_of == dt.date.today()


def test_review_case_takes_settings() -> None:
    settings = load_settings().replace(injury_response_days=40)
    review = review_case(_baby_case(), as_of=dt.date(2012, 4, 1), settings=settings)
    assert review.findings == []  # not due until 10 April


def test_review_bundle_reads_links_and_checks(tmp_path: Path) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    (folder / "people.csv").write_text(
        "agency,person_id,given_names,family_name,date_of_birth,subject\n"
        "HV,C1,Ava,Sample,2012-01-01,yes\n"
    )
    (folder / "events.csv").write_text(
        "agency,event_id,date,event_type,subjects,details\n"
        "HV,V1,2012-03-01,home_visit;injury,C1,Small bruise on the cheek\n"
    )
    review = review_bundle(folder, as_of=dt.date(2012, 4, 1))
    [finding] = [f for f in review.findings if isinstance(f, Finding)]
    assert finding.check == "FS-NAT2" and finding.evidence == ("HV:V1",)


def test_review_bundle_of_nothing_is_a_bundle_error(tmp_path: Path) -> None:
    with pytest.raises(BundleError):
        review_bundle(tmp_path / "missing.xlsx", as_of=dt.date(2012, 4, 1))
