"""A user sees the families of their own teams and no others."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from foresight.model.records import Bundle
from foresight.store.audit import record_audit
from foresight.store.bundles import import_bundle
from foresight.store.models import AuditEvent, Team
from foresight.store.queries import families_for, teams_of

pytestmark = pytest.mark.django_db


def test_families_are_scoped_to_the_users_teams(team: Team, user: Any) -> None:
    other_team = Team.objects.create(name="South partnership")
    mine = import_bundle(Bundle("mine", (), (), (), ()), team=team, user=user)
    import_bundle(Bundle("theirs", (), (), (), ()), team=other_team, user=None)

    assert list(families_for(user)) == [mine]
    assert list(teams_of(user)) == [team]


def test_a_member_of_two_teams_sees_both_once(team: Team, user: Any) -> None:
    other_team = Team.objects.create(name="South partnership")
    other_team.members.add(user)
    import_bundle(Bundle("a", (), (), (), ()), team=team, user=user)
    import_bundle(Bundle("b", (), (), (), ()), team=other_team, user=user)

    assert sorted(f.name for f in families_for(user)) == ["a", "b"]


def test_an_anonymous_user_sees_nothing(team: Team, user: Any) -> None:
    import_bundle(Bundle("a", (), (), (), ()), team=team, user=user)

    assert not families_for(AnonymousUser()).exists()
    assert not teams_of(AnonymousUser()).exists()


def test_a_user_of_no_team_sees_nothing(team: Team, user: Any) -> None:
    import_bundle(Bundle("a", (), (), (), ()), team=team, user=user)
    stranger = get_user_model()._default_manager.create_user("sam", password="x-long-pw-22")

    assert not families_for(stranger).exists()


def test_audit_keeps_the_family_name_after_the_family_is_deleted(team: Team, user: Any) -> None:
    family = import_bundle(Bundle("a", (), (), (), ()), team=team, user=user, name="Family A")
    record_audit(user, AuditEvent.Action.VIEWED, family, detail="as of 2024-01-31")

    family.delete()

    kept = AuditEvent.objects.filter(family_name="Family A").order_by("id")
    assert [(a.action, a.family_id) for a in kept] == [("uploaded", None), ("viewed", None)]
