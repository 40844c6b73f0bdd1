"""FS-PR1 never dates a finding before the entry that first mentions the person.

People rows carry no dates, so a person no entry mentions is known from their agency's first
entry; one some entry mentions is known from the first such entry, on every replayed day too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from factories import a_case, a_child, a_relationship, an_adult, an_event
from foresight.bundle import read_bundle
from foresight.checks import review_case
from foresight.linkage import build_case
from foresight.model.outcomes import Finding
from foresight.model.vocab import EventType
from foresight.synth.families.pr1 import PR1_UNKNOWN_MAN
from foresight.synth.writers import write_family


def test_the_schools_dean_is_dated_from_the_schools_first_mention(tmp_path: Path) -> None:
    # The school's first entry (4 Sep 2019) mentions nobody; its Dean is first listed on
    # Monday 24 Feb 2020, so the 20 working days run out on 23 March.
    case = build_case(read_bundle(write_family(PR1_UNKNOWN_MAN, tmp_path)))
    review = review_case(case, as_of=PR1_UNKNOWN_MAN.as_of)
    [school] = [f for f in review.findings if f.check == "FS-PR1" and "OAK:OAK0002" in f.evidence]
    assert school.evidence[0] == "OAK:OAK0002"
    assert school.first_date == dt.date(2020, 3, 24)
    for finding in review.findings:
        if finding.check == "FS-PR1":
            assert finding.first_date >= dt.date(2020, 2, 15), finding.message


def test_a_lives_with_row_does_not_date_the_finding_before_the_first_mention(run: Any) -> None:
    friend = an_adult("L1", "family friend")
    case = a_case(
        people=[a_child("C1", born="2010-05-05"), friend],
        relationships=[a_relationship("L1", "lives_with", "C1")],
        events=[
            an_event(EventType.PHONE_CONTACT, on="2012-03-01", eid="P1"),
            an_event(EventType.HOME_VISIT, on="2012-06-01", eid="V1", people="L1"),
        ],
    )
    [finding] = run("FS-PR1", case, "2012-08-01")
    assert isinstance(finding, Finding)
    assert finding.evidence == ("CSC:V1",)
    assert finding.first_date == dt.date(2012, 7, 4)
