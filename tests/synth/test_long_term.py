"""The long-term family: big, multi-agency and as untidy as real records, read by the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from foresight.bundle import read_bundle
from foresight.linkage import build_case
from foresight.model.records import Bundle
from foresight.model.vocab import EventType

NAME = "long-term-multi-agency.xlsx"


@pytest.fixture(scope="module")
def bundle(bundles_dir: Path) -> Bundle:
    return read_bundle(bundles_dir / NAME)


def test_at_least_300_entries_from_6_agencies_over_6_years(bundle: Bundle) -> None:
    assert len(bundle.events) >= 300
    assert len({e.agency for e in bundle.events}) >= 6
    first = min(e.date.earliest for e in bundle.events)
    last = max(e.date.latest for e in bundle.events)
    assert (last - first).days >= 6 * 365
    assert bundle.problems == ()


def test_three_children_and_adults(bundle: Bundle) -> None:
    case = build_case(bundle)
    assert len(case.subject_children) == 3
    adults = [p for p in case.people if not p.is_subject]
    assert 3 <= len({p.name for p in adults}) <= 4


def test_uncertain_dates_and_several_types_in_one_entry(bundle: Bundle) -> None:
    written = {e.date.written for e in bundle.events if not e.date.is_exact}
    assert {"early 2010", "Jan 2011", "?22 May 2016"} <= written
    several = [e for e in bundle.events if len(e.types) > 1]
    assert any(
        {EventType.HOME_VISIT, EventType.INJURY, EventType.REFERRAL} <= set(e.types)
        for e in several
    )


def test_some_event_ids_are_generated(bundle: Bundle) -> None:
    generated = [e for e in bundle.events if e.id_generated]
    assert generated
    assert len(generated) < len(bundle.events)


def test_entries_carry_practitioner_detail(bundle: Bundle) -> None:
    assert all(e.details and e.source and e.author for e in bundle.events)
    assert sum(1 for e in bundle.events if e.outcome) > len(bundle.events) // 2


def test_people_link_across_agencies_with_one_conflict_and_one_doubt(bundle: Bundle) -> None:
    case = build_case(bundle)
    mother = next(p for p in case.people if "Kerry" in p.name)
    assert len(mother.agencies) >= 5
    assert mother.date_of_birth_conflict
    chantelle = next(p for p in case.people if p.name.startswith("Chantel"))
    assert {"GP", "NGH", "CAMHS", "CSC"} <= chantelle.agencies
    reasons = [u.reason for u in case.uncertain_links]
    assert any("date of birth" in reason for reason in reasons)
