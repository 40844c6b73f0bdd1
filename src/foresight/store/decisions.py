"""Reviewers' decisions, kept across re-imports and applied whenever a family's Case is built.

An entry's event types confirmed or corrected (:class:`TypeCorrection`, keyed by agency and
event id), two person records joined or kept apart (:class:`LinkDecision`, keyed by their
``AGENCY:person_id``), and the analysis of a chronology row (:class:`Analysis`, keyed by the
row's first entry). All are keyed by what stays the same when the same bundle is imported
again, so a re-import keeps them.

>>> case = load_case(family)    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from django.contrib.auth.models import User
from django.db import transaction

from foresight.linkage import build_case
from foresight.model.case import Case
from foresight.model.people import Link, Person, UncertainLink
from foresight.model.records import Bundle, Event, RecordKey
from foresight.model.vocab import EventType
from foresight.store.audit import record_audit
from foresight.store.bundles import load_bundle
from foresight.store.models import Analysis, AuditEvent, Family, LinkDecision, TypeCorrection

JOINED = "joined by a reviewer"
KEPT_APART = "kept apart by a reviewer"


@dataclass(frozen=True)
class Decision:
    """Two records (``AGENCY:person_id``) and whether a reviewer joined or split them."""

    a: str
    b: str
    join: bool


def record_key_text(key: RecordKey) -> str:
    """``("HV", "C1")`` as ``"HV:C1"``, the form decisions are stored in."""
    return f"{key[0]}:{key[1]}"


def load_case(family: Family) -> Case:
    """The family's Case: its bundle with type corrections, linked, with link decisions."""
    corrections = {
        (c.agency, c.event_id): tuple(EventType(t) for t in c.types)
        for c in family.type_corrections.all()
    }
    bundle = apply_type_corrections(load_bundle(family), corrections)
    decisions = [
        Decision(d.record_a, d.record_b, d.kind == LinkDecision.Kind.JOIN)
        for d in family.link_decisions.all()
    ]
    return apply_link_decisions(build_case(bundle), decisions)


def apply_type_corrections(
    bundle: Bundle, corrections: Mapping[tuple[str, str], tuple[EventType, ...]]
) -> Bundle:
    """The bundle with each corrected entry's types replaced; they are no longer inferred.

    A correction for an entry the bundle no longer holds is ignored.
    """
    if not corrections:
        return bundle
    events = tuple(_corrected(e, corrections.get((e.agency, e.event_id))) for e in bundle.events)
    return replace(bundle, events=events)


def _corrected(event: Event, types: tuple[EventType, ...] | None) -> Event:
    if types is None:
        return event
    return replace(event, types=types, types_inferred=False, inferred_from=())


def save_type_correction(
    family: Family, event: Event, types: Iterable[EventType], user: User | None
) -> TypeCorrection:
    """Store (or replace) a reviewer's types for ``event`` and audit it as ``corrected``."""
    chosen = sorted(set(types), key=list(EventType).index)
    confirmed = event.types_inferred and set(chosen) == set(event.types)
    with transaction.atomic():
        correction, _ = TypeCorrection.objects.update_or_create(
            family=family,
            agency=event.agency,
            event_id=event.event_id,
            defaults={"types": [str(t) for t in chosen], "confirmed": confirmed, "by": user},
        )
        verb = "confirmed" if confirmed else "set"
        words = ", ".join(str(t) for t in chosen)
        detail = f"{event.ref}: types {verb} as {words}"
        record_audit(user, AuditEvent.Action.CORRECTED, family, detail=detail)
    return correction


def save_link_decision(
    family: Family, a: str, b: str, *, join: bool, user: User | None
) -> LinkDecision:
    """Store (or replace) a reviewer's decision on records ``a`` and ``b``, audited."""
    first, second = sorted((a, b))
    kind = LinkDecision.Kind.JOIN if join else LinkDecision.Kind.SPLIT
    with transaction.atomic():
        decision, _ = LinkDecision.objects.update_or_create(
            family=family,
            record_a=first,
            record_b=second,
            defaults={"kind": kind, "by": user},
        )
        what = "the same person" if join else "different people"
        detail = f"{first} and {second}: {what}"
        record_audit(user, AuditEvent.Action.DECIDED, family, detail=detail)
    return decision


def analysis_for(family: Family) -> dict[str, str]:
    """The reviewer's analysis of each chronology row of ``family``, by the row's key."""
    return dict(family.analyses.values_list("ref", "text"))


def save_analysis(family: Family, ref: str, text: str, user: User | None) -> None:
    """Store the analysis of the row ``ref`` (blank text removes it), audited as annotated."""
    text = text.strip()
    with transaction.atomic():
        if text:
            Analysis.objects.update_or_create(
                family=family, ref=ref, defaults={"text": text, "by": user}
            )
        else:
            Analysis.objects.filter(family=family, ref=ref).delete()
        what = "analysis written" if text else "analysis removed"
        record_audit(user, AuditEvent.Action.ANNOTATED, family, detail=f"{ref}: {what}")


class _Groups:
    """Union-find over record keys that refuses to join any pair a reviewer kept apart."""

    def __init__(self, keys: Iterable[RecordKey], apart: Iterable[tuple[RecordKey, RecordKey]]):
        self.parent = {k: k for k in keys}
        self.apart = tuple(apart)

    def find(self, key: RecordKey) -> RecordKey:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: RecordKey, b: RecordKey) -> bool:
        """Join the groups of ``a`` and ``b``; False when that would join a split pair."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        roots = {ra, rb}
        for x, y in self.apart:
            fx, fy = self.find(x), self.find(y)
            if fx != fy and {fx, fy} == roots:
                return False
        self.parent[rb] = ra
        return True


def apply_link_decisions(case: Case, decisions: Iterable[Decision]) -> Case:
    """The Case with reviewers' joins and splits applied to the linkage's people.

    A join links two records (and so their people); a split keeps two records apart, breaking
    the links that joined them. Decisions about records the case does not hold are ignored.
    People no decision touches come out as they went in.
    """
    keys = {record_key_text(r.key): r.key for p in case.people for r in p.records}
    usable = [d for d in decisions if d.a in keys and d.b in keys and d.a != d.b]
    if not usable:
        return case
    splits = [(keys[d.a], keys[d.b]) for d in usable if not d.join]
    joins = [Link(keys[d.a], keys[d.b], JOINED) for d in usable if d.join]
    groups = _Groups(keys.values(), splits)
    kept, refused = _regroup(case.people, groups, joins, splits)
    people = _people(case.people, groups, kept)
    uncertain = _uncertain(case.uncertain_links, groups, splits, refused)
    return Case(
        name=case.name,
        agencies=case.agencies,
        people=people,
        relationships=case.relationships,
        events=case.events_all,
        problems=case.problems,
        uncertain_links=uncertain,
        carried=case.carried,
    )


def _regroup(
    people: tuple[Person, ...],
    groups: _Groups,
    joins: list[Link],
    splits: list[tuple[RecordKey, RecordKey]],
) -> tuple[list[Link], list[Link]]:
    """Rebuild the groups: the links kept, and the links a split refused."""
    split_keys = {k for pair in splits for k in pair}
    kept: list[Link] = []
    refused: list[Link] = []
    for person in people:
        if not person.keys & split_keys:
            # Untouched by any split: stays whole, however the linkage grouped it.
            for record in person.records[1:]:
                groups.union(person.records[0].key, record.key)
            kept.extend(person.links)
    for person in people:
        if person.keys & split_keys:
            for link in person.links:
                direct = any({link.a, link.b} == set(pair) for pair in splits)
                if not direct and groups.union(link.a, link.b):
                    kept.append(link)
                else:
                    refused.append(link)
    for link in joins:
        (kept if groups.union(link.a, link.b) else refused).append(link)
    return kept, refused


def _people(old: tuple[Person, ...], groups: _Groups, links: list[Link]) -> list[Person]:
    members: dict[RecordKey, list[RecordKey]] = {}
    records = {r.key: r for p in old for r in p.records}
    for key in sorted(records):
        members.setdefault(groups.find(key), []).append(key)
    people = []
    for keys in members.values():
        inside = set(keys)
        own = tuple(link for link in links if link.a in inside and link.b in inside)
        pid = min(record_key_text(k) for k in keys)
        people.append(Person(id=pid, records=tuple(records[k] for k in keys), links=own))
    return people


def _uncertain(
    old: tuple[UncertainLink, ...],
    groups: _Groups,
    splits: list[tuple[RecordKey, RecordKey]],
    refused: list[Link],
) -> list[UncertainLink]:
    """Pairs still apart: the linkage's own (less those now joined), the splits, and the
    links a split broke."""
    out: dict[frozenset[RecordKey], UncertainLink] = {}
    for a, b in splits:
        out[frozenset((a, b))] = UncertainLink(min(a, b), max(a, b), KEPT_APART)
    for link in refused:
        if groups.find(link.a) != groups.find(link.b):
            reason = f"{link.reason}, but {KEPT_APART}"
            kept_apart = UncertainLink(link.a, link.b, reason, link.probability)
            out.setdefault(frozenset((link.a, link.b)), kept_apart)
    for u in old:
        if groups.find(u.a) != groups.find(u.b):
            out.setdefault(frozenset((u.a, u.b)), u)
    return list(out.values())
