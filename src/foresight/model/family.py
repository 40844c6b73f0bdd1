"""A Case's family structure: parents, partners, siblings and the household on a day.

Everything here works on person ids and follows bundle-format.md (relationships, "The
household on a day D"); :class:`foresight.model.case.Case` wraps it in its public API.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foresight.model.dates import UncertainDate
from foresight.model.records import PersonRecord
from foresight.model.roles import (
    HOUSEHOLD_ROLE_KINDS,
    ParentSide,
    RoleKind,
    SiblingKind,
    parent_side,
    role_kind,
    sibling_kind,
)
from foresight.model.vocab import EventType, RelationshipKind, Sex

if TYPE_CHECKING:
    from foresight.model.case import Case

_PARENT_ROWS = frozenset({RelationshipKind.PARENT, RelationshipKind.STEP_PARENT})
_MOVES = (EventType.JOINED_HOUSEHOLD, EventType.LEFT_HOUSEHOLD)
_FAR_FUTURE = dt.date(9999, 12, 30)
# When several derivations agree that two children are siblings, the most specific wins.
_SIBLING_PRIORITY = (SiblingKind.FULL, SiblingKind.HALF, SiblingKind.STEP, SiblingKind.DECLARED)


@dataclass(frozen=True)
class Rel:
    """A relationships row resolved to person ids: ``a`` is the ``kind`` of ``b``."""

    kind: RelationshipKind
    a: str
    b: str
    start: UncertainDate | None
    end: UncertainDate | None

    def could_hold_on(self, day: dt.date) -> bool:
        """Whether the span could contain ``day``; a blank ``from`` or ``to`` is open-ended."""
        started = self.start is None or self.start.earliest <= day
        return started and (self.end is None or self.end.latest >= day)


@dataclass(frozen=True)
class RoleHolder:
    person_id: str
    record: PersonRecord
    kind: RoleKind


def _side(record: PersonRecord) -> ParentSide | None:
    side = parent_side(record.role)
    if side is None and record.sex is Sex.FEMALE:
        return ParentSide.MOTHER
    if side is None and record.sex is Sex.MALE:
        return ParentSide.FATHER
    return side


def _partner_of(partner: PersonRecord, parent: PersonRecord) -> bool:
    """Whether a partner-of-a-parent role ("mum's boyfriend") is about this parent."""
    side = parent_side(partner.role)
    text = (partner.role or "").lower()
    if side is None and "boyfriend" in text:
        side = ParentSide.MOTHER
    elif side is None and "girlfriend" in text:
        side = ParentSide.FATHER
    theirs = _side(parent)
    return side is None or theirs is None or side == theirs


def _days_around(day: UncertainDate | None) -> Iterable[dt.date]:
    if day is None:
        return ()
    after = day.latest + dt.timedelta(days=1) if day.latest < _FAR_FUTURE else day.latest
    return (day.earliest, day.latest, after)


class Family:
    """The family index of one Case (built once, queries cached)."""

    def __init__(self, case: Case) -> None:
        self._case = case
        self._rels = tuple(self._resolve_rows(case))
        self._roles: dict[str, list[RoleHolder]] = {}
        # Roles are read against the subject child: the agencies holding a record of them.
        self._subject_agencies = {p.id: set(p.agencies) for p in case.subject_children}
        for person in case.people:
            for record in person.records:
                if record.role:
                    holder = RoleHolder(person.id, record, role_kind(record.role))
                    self._roles.setdefault(record.agency, []).append(holder)
        self._lives_with = frozenset(
            pid for r in self._rels if r.kind is RelationshipKind.LIVES_WITH for pid in (r.a, r.b)
        )
        self._moves = case.events(*_MOVES)
        self._moved = frozenset(p.id for e in self._moves for p in case.people_of(e))
        self._households: dict[tuple[str, dt.date], frozenset[str]] = {}
        self._siblings: dict[str, dict[str, SiblingKind]] = {}

    @staticmethod
    def _resolve_rows(case: Case) -> Iterable[Rel]:
        for row in case.relationships:
            a = case.person_for(row.agency, row.person_id)
            b = case.person_for(row.agency, row.other_person_id)
            if a and b and a.id != b.id:
                yield Rel(row.kind, a.id, b.id, row.start, row.end)

    def _role_holders(
        self, child: str, kinds: frozenset[RoleKind], any_agency: bool = False
    ) -> set[str]:
        """People whose role (read against ``child``) is one of ``kinds``: roles of the
        agencies holding the child as a subject (or, if ``any_agency``, any record of theirs)."""
        agencies = self._subject_agencies.get(child, set())
        if not agencies and any_agency:
            agencies = set(self._case.person(child).agencies)
        return {
            h.person_id
            for code in agencies
            for h in self._roles.get(code, ())
            if h.kind in kinds and h.person_id != child
        }

    # --- parents and partners --------------------------------------------------------------

    def parents(self, child: str) -> tuple[str, ...]:
        """Parents and step-parents: relationships rows decide; else roles."""
        rows = {r.a for r in self._rels if r.kind in _PARENT_ROWS and r.b == child}
        if rows:
            return tuple(sorted(rows))
        kinds = frozenset({RoleKind.PARENT, RoleKind.STEP_PARENT})
        return tuple(sorted(self._role_holders(child, kinds)))

    def birth_parents(self, child: str) -> frozenset[str]:
        """Parents only (not step-parents), on the same evidence as :meth:`parents`."""
        if any(r.kind in _PARENT_ROWS and r.b == child for r in self._rels):
            return frozenset(
                r.a for r in self._rels if r.kind is RelationshipKind.PARENT and r.b == child
            )
        return frozenset(self._role_holders(child, frozenset({RoleKind.PARENT})))

    def step_parents(self, child: str) -> frozenset[str]:
        return frozenset(self.parents(child)) - self.birth_parents(child)

    def partners(self, person: str, day: dt.date | None) -> tuple[str, ...]:
        """Partners from ``partner`` rows holding on ``day`` (ever if None), and from roles."""
        found = {
            other
            for r in self._rels
            if r.kind is RelationshipKind.PARTNER and person in (r.a, r.b)
            if day is None or r.could_hold_on(day)
            for other in (r.a, r.b)
        }
        found |= self._role_partners(person)
        found.discard(person)
        return tuple(sorted(found))

    def _role_partners(self, person: str) -> set[str]:
        found: set[str] = set()
        for record in self._case.person(person).records:
            mine = role_kind(record.role)
            for other in self._roles.get(record.agency, ()):
                as_parent = mine is RoleKind.PARENT and other.kind is RoleKind.PARTNER_OF_PARENT
                as_partner = mine is RoleKind.PARTNER_OF_PARENT and other.kind is RoleKind.PARENT
                if (as_parent and _partner_of(other.record, record)) or (
                    as_partner and _partner_of(record, other.record)
                ):
                    found.add(other.person_id)
        return found

    # --- siblings --------------------------------------------------------------------------

    def siblings(self, child: str) -> dict[str, SiblingKind]:
        """Every sibling of ``child`` with the most specific way they are siblings."""
        if child not in self._siblings:
            self._siblings[child] = self._find_siblings(child)
        return self._siblings[child]

    def _find_siblings(self, child: str) -> dict[str, SiblingKind]:
        kinds: dict[str, set[SiblingKind]] = {}
        declared_half: set[str] = set()
        for r in self._rels:
            sibling_row = r.kind in (RelationshipKind.SIBLING, RelationshipKind.HALF_SIBLING)
            if sibling_row and child in (r.a, r.b):
                other = r.b if r.a == child else r.a
                half = r.kind is RelationshipKind.HALF_SIBLING
                kinds.setdefault(other, set()).add(
                    SiblingKind.HALF if half else SiblingKind.DECLARED
                )
                if half:
                    declared_half.add(other)
        for other, kind in self._by_parents(child).items():
            kinds.setdefault(other, set()).add(kind)
        for other in self._step_siblings(child, set(kinds)):
            kinds.setdefault(other, set()).add(SiblingKind.STEP)
        for holder in self._sibling_roles(child):
            kinds.setdefault(holder.person_id, set()).add(sibling_kind(holder.record.role))
        return {
            pid: SiblingKind.HALF
            if pid in declared_half
            else next(k for k in _SIBLING_PRIORITY if k in found)
            for pid, found in kinds.items()
            if pid != child
        }

    def _by_parents(self, child: str) -> dict[str, SiblingKind]:
        mine = self.birth_parents(child)
        found: dict[str, SiblingKind] = {}
        if not mine:
            return found
        for person in self._case.people:
            theirs = self.birth_parents(person.id) if person.id != child else frozenset()
            if mine & theirs:
                full = mine == theirs and len(mine) >= 2
                found[person.id] = SiblingKind.FULL if full else SiblingKind.HALF
        return found

    def _step_siblings(self, child: str, known: set[str]) -> set[str]:
        """Children of a parent's partner (or of a step-parent) who share the child's home."""
        own = self.birth_parents(child)
        partners = {q for p in self.parents(child) for q in self.partners(p, None)}
        partners = (partners | self.step_parents(child)) - own
        if not partners:
            return set()
        candidates = {
            person.id
            for person in self._case.people
            if person.id != child and person.id not in known
            if self.birth_parents(person.id) & partners
        }
        return {pid for pid in candidates if self._ever_together(child, pid)}

    def _sibling_roles(self, child: str) -> list[RoleHolder]:
        agencies = self._subject_agencies.get(child, set())
        return [
            h
            for code in sorted(agencies)
            for h in self._roles.get(code, ())
            if h.kind is RoleKind.SIBLING and h.person_id != child
        ]

    def _ever_together(self, child: str, other: str) -> bool:
        # The household changes only at these days, so checking each is checking every day.
        days: set[dt.date] = {_FAR_FUTURE}
        for r in self._rels:
            if r.kind is RelationshipKind.LIVES_WITH:
                days.update(_days_around(r.start), _days_around(r.end))
        for event in self._moves:
            days.update(_days_around(event.date))
        for person in self._case.people:
            start = self._case.present_from(person)
            if start:
                days.add(start)
        return any(other in self.household(child, day) for day in sorted(days))

    # --- household -------------------------------------------------------------------------

    def household(self, child: str, day: dt.date) -> frozenset[str]:
        """bundle-format.md "The household on a day D": the union of its three rules."""
        key = (child, day)
        if key not in self._households:
            members = {child} | self._joined(child, day) | self._by_role(child, day)
            self._households[key] = frozenset(self._living_with(child, day, members))
        return self._households[key]

    def _joined(self, child: str, day: dt.date) -> set[str]:
        """Rule 2: the latest joining on or before ``day`` not followed by a leaving."""
        joined: dict[str, tuple[dt.date, dt.date]] = {}
        left: dict[str, tuple[dt.date, dt.date]] = {}
        person = self._case.person(child)
        for event in self._moves:
            if not self._case.is_about(event, person):
                continue
            when = (event.date.earliest, event.date.latest)
            for who in self._case.people_of(event):
                # Inclusion wins: a joining that may have happened by D counts, a leaving
                # only once it certainly has.
                if event.has(EventType.JOINED_HOUSEHOLD) and event.date.earliest <= day:
                    joined[who.id] = max(joined.get(who.id, when), when)
                if event.has(EventType.LEFT_HOUSEHOLD) and event.date.latest <= day:
                    left[who.id] = max(left.get(who.id, when), when)
        return {pid for pid, when in joined.items() if pid not in left or left[pid] < when}

    def _by_role(self, child: str, day: dt.date) -> set[str]:
        """Rule 3: a household role, for people with no lives_with row and no move entry,
        from the first entry that mentions them onwards (the bundle's earliest entry of
        their agency when none does)."""
        found = set()
        parents = set(self.parents(child))
        # A parent's row with someone else says who lives with the parent (rule 1 follows
        # it), not whether the parent lives with the child: only a row with the child counts.
        with_child = {
            other
            for r in self._rels
            if r.kind is RelationshipKind.LIVES_WITH and child in (r.a, r.b)
            for other in (r.a, r.b)
        }
        for pid in self._role_holders(child, HOUSEHOLD_ROLE_KINDS, any_agency=True):
            has_row = pid in with_child if pid in parents else pid in self._lives_with
            if has_row or pid in self._moved:
                continue
            start = self._case.present_from(self._case.person(pid))
            if start is None or start <= day:
                found.add(pid)
        return found

    def _living_with(self, child: str, day: dt.date, members: set[str]) -> set[str]:
        """Rule 1: lives_with spans holding on ``day`` with the child or a parent at home."""
        parents = set(self.parents(child))
        spans = [
            r for r in self._rels if r.kind is RelationshipKind.LIVES_WITH and r.could_hold_on(day)
        ]
        changed = True
        while changed:
            changed = False
            anchors = {child} | (parents & members)
            for r in spans:
                for a, b in ((r.a, r.b), (r.b, r.a)):
                    if a in anchors and b not in members:
                        members.add(b)
                        changed = True
        return members
