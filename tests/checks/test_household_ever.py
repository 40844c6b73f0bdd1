"""``household_ever`` looks only at the days household membership can change; it must give
exactly what looking at every entry's days gives (the implementation it replaced)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings

from foresight.bundle import read_bundle
from foresight.checks.predicates import household_ever
from foresight.linkage import build_case
from foresight.model.case import Case
from foresight.model.people import Person
from foresight.synth.families import FAMILIES
from foresight.synth.spec import Family
from foresight.synth.writers import write_family
from strategies import reviews

ONE_DAY = dt.timedelta(days=1)


def every_day_household(case: Case, child: Person, as_of: dt.date) -> dict[Person, dt.date]:
    """The reference: every day any entry or relationship date begins or ends."""
    days = {as_of}
    for event in case.events():
        days |= {event.date.earliest, event.date.latest, event.date.latest + ONE_DAY}
    for relationship in case.relationships:
        for date in (relationship.start, relationship.end):
            if date is not None:
                days |= {date.earliest, date.latest, date.latest + ONE_DAY}
    members: dict[Person, dt.date] = {}
    for day in sorted(d for d in days if d <= as_of):
        for person in case.household_on(child, day):
            members.setdefault(person, day)
    members.pop(child, None)
    return members


def _same(case: Case, as_of: dt.date) -> None:
    for child in case.subject_children:
        assert household_ever(case, child, as_of) == every_day_household(case, child, as_of)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_same_as_every_day_on_the_synthetic_families(family: Family, tmp_path: Path) -> None:
    case = build_case(read_bundle(write_family(family, tmp_path)))
    _same(case.known_on(family.as_of), family.as_of)


# Shrinking a family takes minutes; the failure message names the check and the finding.
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], phases=NO_SHRINK
)
@given(reviews())
def test_same_as_every_day_on_generated_families(review: tuple[Case, dt.date]) -> None:
    case, as_of = review
    _same(case.known_on(as_of), as_of)
