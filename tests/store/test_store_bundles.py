"""The store keeps a bundle exactly: what goes in comes out, field by field."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from django.db import IntegrityError

from foresight.model.records import Bundle
from foresight.store.bundles import import_bundle, load_bundle
from foresight.store.models import AuditEvent, Family, StoredEvent, Team, Upload

pytestmark = pytest.mark.django_db


def assert_same_records(left: tuple[Any, ...], right: tuple[Any, ...]) -> None:
    assert len(left) == len(right)
    for a, b in zip(left, right, strict=True):
        for field in dataclasses.fields(a):
            assert getattr(a, field.name) == getattr(b, field.name), field.name
            assert type(getattr(a, field.name)) is type(getattr(b, field.name)), field.name


def test_a_rich_bundle_round_trips_field_by_field(
    rich_bundle: Bundle, team: Team, user: Any
) -> None:
    family = import_bundle(rich_bundle, team=team, user=user)

    loaded = load_bundle(Family.objects.get(pk=family.pk))

    assert loaded == rich_bundle
    assert loaded.name == rich_bundle.name
    assert loaded.carried == rich_bundle.carried  # not part of Bundle equality
    for name in ("agencies", "people", "relationships", "events", "problems"):
        assert_same_records(getattr(loaded, name), getattr(rich_bundle, name))


def test_an_empty_bundle_round_trips(team: Team, user: Any) -> None:
    empty = Bundle("empty", (), (), (), ())

    assert load_bundle(import_bundle(empty, team=team, user=user)) == empty


def test_core_fields_are_columns_to_query(rich_bundle: Bundle, team: Team, user: Any) -> None:
    family = import_bundle(rich_bundle, team=team, user=user)

    injury = StoredEvent.objects.get(family=family, agency="HV")

    assert injury.event_id == "e1"
    assert injury.date_written == "14/05/2023"
    assert injury.types == ["home_visit", "injury", "referral"]
    assert "details" not in injury.data and "date" not in injury.data
    assert injury.data["mobility"] == "not_mobile"


def test_importing_again_under_the_same_name_replaces_the_records(
    rich_bundle: Bundle, team: Team, user: Any
) -> None:
    first = import_bundle(rich_bundle, team=team, user=user, name="Family A")
    smaller = dataclasses.replace(rich_bundle, events=rich_bundle.events[:1], problems=())

    second = import_bundle(smaller, team=team, user=user, name="Family A", filename="a.xlsx")

    assert second.pk == first.pk
    assert Family.objects.filter(team=team).count() == 1
    assert load_bundle(second) == smaller
    assert StoredEvent.objects.filter(family=second).count() == 1
    assert [u.original_filename for u in Upload.objects.filter(family=second)] == [
        "a.xlsx",
        "rich-family",
    ]


def test_import_records_the_upload_and_an_audit_entry(
    rich_bundle: Bundle, team: Team, user: Any
) -> None:
    family = import_bundle(rich_bundle, team=team, user=user, filename="rich.xlsx")

    upload = Upload.objects.get(family=family)
    assert upload.uploaded_by == user
    assert upload.original_filename == "rich.xlsx"
    assert [p["message"] for p in upload.problems] == [p.message for p in rich_bundle.problems]
    audit = AuditEvent.objects.get(family=family)
    assert (audit.user, audit.action, audit.detail) == (user, "uploaded", "rich.xlsx")
    assert family.created_by == user and family.team == team


def test_a_family_name_is_unique_within_a_team(team: Team) -> None:
    Family.objects.create(team=team, name="Family A")

    with pytest.raises(IntegrityError):
        Family.objects.create(team=team, name="Family A")


def test_the_same_name_may_be_used_by_another_team(rich_bundle: Bundle, team: Team) -> None:
    other = Team.objects.create(name="South partnership")

    a = import_bundle(rich_bundle, team=team, user=None, name="Family A")
    b = import_bundle(rich_bundle, team=other, user=None, name="Family A")

    assert a.pk != b.pk
    assert load_bundle(a) == load_bundle(b) == rich_bundle
