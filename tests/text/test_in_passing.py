"""Events an entry only names, plans or discusses are not events it records; an event named
as uncertain is recorded, marked uncertain, with the words and cue behind it.

The rule for planned actions: a referral, meeting or visit that is planned, proposed or
conditional ("will refer", "to be referred", "GP to refer", "consider referral", "if marks are
seen, HV to refer") is not a referral; the entry that records it being made is.
"""

from __future__ import annotations

import pytest

from foresight.model.vocab import EventType as E
from foresight.text import tag

RECORDED_ELSEWHERE = [
    ("SW visit following the strategy discussion on Monday. Children seen.", {E.HOME_VISIT}),
    ("HV visit after the disclosure last week. Mum calm.", {E.HOME_VISIT}),
    ("Visit to discuss the outcome of the S47 with mum.", {E.HOME_VISIT}),
    ("Following the ICPC, SW visited to explain the plan.", {E.HOME_VISIT}),
    ("Explained to dad the referral made by school last month.", set()),
    ("School informed of the MARAC outcome.", {E.INFORMATION_SHARED}),
    ("Strategy meeting minutes received and filed.", set()),
    ("Midwife aware of the CP plan for the older sibling.", set()),
    ("Letter sent to dad inviting him to the ICPC.", set()),
]

PLANNED = [
    ("Will refer to CSC if no improvement.", set()),
    ("To be referred to MASH by the GP.", set()),
    ("Referral to be made to CAMHS.", set()),
    ("GP to refer to paediatrics.", set()),
    ("Consider referral to CAMHS at next review.", set()),
    ("If baby has any marks, HV to refer to MASH.", set()),
    ("Mum asked what a CP plan would mean for her.", set()),
    ("Discussed the possibility of an ICPC with mum.", set()),
    ("SW to complete assessment by end of month.", set()),
]

STILL_RECORDED = [
    ("Referred to MASH by the HV.", {E.REFERRAL}),
    (
        "HV visit. Mum disclosed partner pushed her last week.",
        {E.HOME_VISIT, E.DOMESTIC_ABUSE_INCIDENT},
    ),
    ("Strategy discussion held with police and health.", {E.STRATEGY_DISCUSSION}),
    ("ICPC held, CP plan under neglect.", {E.CHILD_PROTECTION_CONFERENCE, E.CHILD_PROTECTION_PLAN}),
]

THIRD_PARTY = [
    ("Mum was a looked after child.", set()),
    ("Previous referral in 2019 regarding neglect, NFA.", set()),
    ("Dad's ex-partner has a CP plan for their son.", set()),
]


@pytest.mark.parametrize(
    ("text", "types"), RECORDED_ELSEWHERE + PLANNED + STILL_RECORDED + THIRD_PARTY
)
def test_what_the_entry_records(text: str, types: set[E]) -> None:
    assert set(tag(text).event_types) == types


def test_referrals_to_clinical_services_are_not_safeguarding_referrals() -> None:
    assert E.REFERRAL not in tag("Burns to hand. Referred to burns unit.").event_types
    assert E.REFERRAL not in tag("Speech delayed, referred to SALT.").event_types
    assert E.REFERRAL in tag("Bruising seen, referred to MASH.").event_types


def test_an_uncertain_mention_keeps_its_cue() -> None:
    tagging = tag("?bruise to L cheek. Seen by GP.")
    assert tagging.uncertain_types == {E.INJURY}
    assert tagging.uncertain_evidence(E.INJURY) == ("?bruise",)
    assert tag("Query NAI.").uncertain_evidence(E.INJURY) == ("Query NAI",)
    assert tag("Bruise to L cheek.").uncertain_evidence(E.INJURY) == ()


def test_child_seen_alone_beats_child_seen() -> None:
    assert str(tag("Child seen alone in her room.").child_seen) == "alone"
