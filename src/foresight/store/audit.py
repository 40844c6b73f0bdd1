"""The audit log: who saw, uploaded or exported which family, and when.

>>> record_audit(user, AuditEvent.Action.VIEWED, family)    # doctest: +SKIP
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User

from foresight.store.models import AuditEvent, Family


def record_audit(
    user: User | AnonymousUser | None,
    action: AuditEvent.Action,
    family: Family | None = None,
    detail: str = "",
) -> AuditEvent:
    """Write one audit entry; an anonymous user is recorded as no user."""
    who = user if isinstance(user, User) else None
    return AuditEvent.objects.create(
        user=who,
        action=action,
        family=family,
        family_name=family.name if family else "",
        detail=detail,
    )
