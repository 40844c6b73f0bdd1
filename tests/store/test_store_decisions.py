"""Reviewers' decisions: corrected event types and joined or split links, kept across
re-imports and applied when the Case is built."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from foresight.linkage import build_case
from foresight.model.dates import UncertainDate
from foresight.model.records import Bundle, Event, PersonRecord
from foresight.model.vocab import EventType
from foresight.store.bundles import import_bundle
from foresight.store.decisions import (
    KEPT_APART,
    Decision,
    apply_link_decisions,
    apply_type_corrections,
    load_case,
    save_link_decision,
    save_type_correction,
)
from foresight.store.models import AuditEvent, LinkDecision, Team, TypeCorrection

DOB = UncertainDate.exact(dt.date(2023, 2, 14))
ADULT_DOB = UncertainDate.exact(dt.date(1995, 6, 1))


def linked_bundle() -> Bundle:
    """Ava known to HV and CSC (same name and birth date: joined); a mother recorded by HV
    with a birth date and by CSC without (same name: a possible link only)."""
    people = (
        PersonRecord("HV", "C1", "Ava", "Testerton", date_of_birth=DOB, subject=True),
        PersonRecord("CSC", "K7", "Ava", "Testerton", date_of_birth=DOB, subject=True),
        PersonRecord("HV", "M1", "Mia", "Testerton", date_of_birth=ADULT_DOB, role="mother"),
        PersonRecord("CSC", "M9", "Mia", "Testerton", role="mother"),
    )
    events = (
        Event(
            "HV",
            "e1",
            UncertainDate.exact(dt.date(2023, 5, 14)),
            (EventType.HOME_VISIT, EventType.INJURY),
            types_inferred=True,
            types_from_text=True,
            inferred_from=("visit", "bruise"),
            subjects=("C1",),
            details="Home visit. Small bruise on cheek.",
        ),
        Event("CSC", "r1", UncertainDate.exact(dt.date(2023, 6, 1)), (EventType.REFERRAL,)),
    )
    return Bundle("linked", (), people, (), events, ())


def ids(case: Any) -> list[list[str]]:
    return sorted(sorted(f"{r.agency}:{r.person_id}" for r in p.records) for p in case.people)


def test_the_linkage_joins_the_child_and_keeps_the_mothers_apart() -> None:
    case = build_case(linked_bundle())

    assert ids(case) == [["CSC:K7", "HV:C1"], ["CSC:M9"], ["HV:M1"]]
    assert {(u.a, u.b) for u in case.uncertain_links} == {(("CSC", "M9"), ("HV", "M1"))}


def test_a_split_keeps_two_linked_records_apart() -> None:
    case = apply_link_decisions(
        build_case(linked_bundle()), [Decision("CSC:K7", "HV:C1", join=False)]
    )

    assert ids(case) == [["CSC:K7"], ["CSC:M9"], ["HV:C1"], ["HV:M1"]]
    kept = {(u.a, u.b): u.reason for u in case.uncertain_links}
    assert kept[(("CSC", "K7"), ("HV", "C1"))] == KEPT_APART
    assert (("CSC", "M9"), ("HV", "M1")) in kept
    assert all(not p.links for p in case.people)


def test_a_join_links_two_records_kept_apart() -> None:
    case = apply_link_decisions(
        build_case(linked_bundle()), [Decision("HV:M1", "CSC:M9", join=True)]
    )

    assert ids(case) == [["CSC:K7", "HV:C1"], ["CSC:M9", "HV:M1"]]
    assert case.uncertain_links == ()
    mother = case.person("CSC:M9")
    assert [link.reason for link in mother.links] == ["joined by a reviewer"]


def test_a_split_holds_against_a_path_through_a_third_record() -> None:
    # K7 joined to C1 by the linkage; the reviewer joins C1 to M9 but splits K7 from M9.
    decisions = [Decision("HV:C1", "CSC:M9", join=True), Decision("CSC:K7", "CSC:M9", False)]
    case = apply_link_decisions(build_case(linked_bundle()), decisions)

    groups = ids(case)
    assert not any({"CSC:K7", "CSC:M9"} <= set(g) for g in groups)
    assert sum(len(g) for g in groups) == 4


def test_no_decisions_or_unknown_records_leave_the_case_as_it_was() -> None:
    case = build_case(linked_bundle())

    assert apply_link_decisions(case, []) is case
    assert apply_link_decisions(case, [Decision("HV:ZZ", "HV:C1", join=True)]) is case


def test_a_type_correction_replaces_the_inferred_types() -> None:
    bundle = apply_type_corrections(linked_bundle(), {("HV", "e1"): (EventType.HOME_VISIT,)})

    first, second = bundle.events
    assert first.types == (EventType.HOME_VISIT,)
    assert not first.types_inferred and first.inferred_from == ()
    assert first.types_from_text  # still one entry of a narrative record
    assert second == linked_bundle().events[1]


@pytest.mark.django_db
def test_decisions_are_stored_audited_and_survive_a_reimport(team: Team, user: Any) -> None:
    family = import_bundle(linked_bundle(), team=team, user=user, name="Family A")
    event = linked_bundle().events[0]
    save_type_correction(family, event, [EventType.INJURY, EventType.HOME_VISIT], user)
    save_link_decision(family, "HV:C1", "CSC:K7", join=False, user=user)

    again = import_bundle(linked_bundle(), team=team, user=user, name="Family A")
    case = load_case(again)

    assert again.pk == family.pk
    corrected = case.events_all[0]
    assert corrected.types == (EventType.HOME_VISIT, EventType.INJURY)
    assert not corrected.types_inferred
    assert ids(case) == [["CSC:K7"], ["CSC:M9"], ["HV:C1"], ["HV:M1"]]
    correction = TypeCorrection.objects.get()
    assert correction.confirmed and correction.types == ["home_visit", "injury"]
    decision = LinkDecision.objects.get()
    assert (decision.record_a, decision.record_b, decision.kind) == ("CSC:K7", "HV:C1", "split")
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"corrected", "decided"} <= actions


@pytest.mark.django_db
def test_a_second_decision_on_a_pair_replaces_the_first(team: Team, user: Any) -> None:
    family = import_bundle(linked_bundle(), team=team, user=user, name="Family A")
    save_link_decision(family, "HV:M1", "CSC:M9", join=True, user=user)
    save_link_decision(family, "CSC:M9", "HV:M1", join=False, user=user)
    event = linked_bundle().events[0]
    save_type_correction(family, event, [EventType.NOTE], user)

    assert LinkDecision.objects.get().kind == "split"
    assert not TypeCorrection.objects.get().confirmed
    assert ids(load_case(family)) == [["CSC:K7", "HV:C1"], ["CSC:M9"], ["HV:M1"]]
    assert load_case(family).events_all[0].types == (EventType.NOTE,)
