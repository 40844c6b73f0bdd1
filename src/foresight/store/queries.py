"""Queries scoped to what a user may see: the families of the teams they belong to.

>>> families_for(request.user).get(pk=family_id)    # doctest: +SKIP
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet

from foresight.store.models import Family, Team


def teams_of(user: User | AnonymousUser) -> QuerySet[Team]:
    """The teams ``user`` is a member of (none for an anonymous user)."""
    if not isinstance(user, User):
        return Team.objects.none()
    return Team.objects.filter(members=user)


def families_for(user: User | AnonymousUser) -> QuerySet[Family]:
    """Families of ``user``'s teams, by name; another team's family is simply not there."""
    if not isinstance(user, User):
        return Family.objects.none()
    return Family.objects.filter(team__members=user).select_related("team")
