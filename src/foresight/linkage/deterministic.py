"""Deterministic linkage: the same valid NHS number or UPN, else the same name and birth date.

Rules (the reasons are shown to users, so they read as plain English):
- records with the same valid NHS number or UPN join ("same NHS number 943 476 5919");
- records of different agencies with the same normalised full name (aliases count) and
  equal dates of birth (same earliest and latest readings) join ("same name and date of
  birth (12 January 2011)"); two records of one agency are two people to that agency, so a
  name never joins them (directly or through a third record): that pair is uncertain;
- records holding different NHS numbers or UPNs never join, directly or through a third
  record: the pair is kept apart as an :class:`UncertainLink`;
- the same name with a date of birth missing on either side, or different, is uncertain.

:func:`link_records` then scores the pairs of records of different agencies still apart with
the match weights shipped for bundles (:mod:`foresight.linkage.bundle_weights`): a pair at or
above the link probability with the same date of birth joins through the same guarded
union-find (so identifiers and agencies still decide), and every other pair at or above the
uncertain probability is listed. Each uncertain pair carries its match probability.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations

from foresight.linkage.bundle_weights import Score, Weights, read_weights, score
from foresight.linkage.names import name_keys
from foresight.linkage.unionfind import AGENCY, SCHEMES, GuardedUnionFind, identifiers
from foresight.model.dates import UncertainDate, british
from foresight.model.people import Link, UncertainLink
from foresight.model.records import PersonRecord, RecordKey

_LABELS = {"nhs_number": "NHS number", "upn": "UPN"}


@dataclass(frozen=True)
class LinkageResult:
    """Records grouped as people (each group sorted by key), with the links made and the
    pairs kept apart."""

    groups: tuple[tuple[PersonRecord, ...], ...]
    links: tuple[Link, ...]
    uncertain: tuple[UncertainLink, ...]


def show_identifier(scheme: str, value: str) -> str:
    """An identifier the way people write it: NHS numbers as ``943 476 5919``."""
    if scheme == "nhs_number" and len(value) == 10:
        return f"{value[:3]} {value[3:6]} {value[6:]}"
    return value


def show_date(day: UncertainDate) -> str:
    return british(day.earliest) if day.is_exact else day.written


def same_dob(a: PersonRecord, b: PersonRecord) -> bool:
    da, db = a.date_of_birth, b.date_of_birth
    return bool(da and db and (da.earliest, da.latest) == (db.earliest, db.latest))


class _Linker:
    def __init__(self, records: Iterable[PersonRecord]) -> None:
        self.records = {r.key: r for r in sorted(records, key=lambda r: r.key)}
        self.uf = GuardedUnionFind(self.records.values())
        self.links: list[Link] = []
        self.uncertain: dict[tuple[RecordKey, RecordKey], str] = {}
        self.weights: Weights | None = None

    def keep_apart(self, a: PersonRecord, b: PersonRecord, reason: str) -> None:
        pair = (min(a.key, b.key), max(a.key, b.key))
        self.uncertain.setdefault(pair, reason)

    def join(
        self,
        a: PersonRecord,
        b: PersonRecord,
        reason: str,
        by_name: bool = False,
        probability: float | None = None,
    ) -> None:
        if self.uf.same(a.key, b.key):
            return
        clash = self.uf.conflict(a.key, b.key, across_agencies=by_name)
        if clash is None:
            self.uf.union(a.key, b.key, across_agencies=by_name)
            self.links.append(Link(a.key, b.key, reason, probability))
            return
        if clash == AGENCY:
            shared = a.agency if a.agency == b.agency else "one agency"
            what = "both are" if a.agency == b.agency else "joining would merge two"
            self.keep_apart(a, b, f"{reason} but {what} records of {shared}")
            return
        label = _LABELS[clash]
        ida, idb = identifiers(a).get(clash), identifiers(b).get(clash)
        if ida and idb:
            shown = ", ".join(show_identifier(clash, v) for v in (ida, idb))
            self.keep_apart(a, b, f"{reason} but different {label}s ({shown})")
        else:
            self.keep_apart(a, b, f"{reason} but joining would merge different {label}s")

    def by_identifiers(self) -> None:
        for scheme in SCHEMES:
            holders: dict[str, list[PersonRecord]] = {}
            for record in self.records.values():
                value = identifiers(record).get(scheme)
                if value:
                    holders.setdefault(value, []).append(record)
            for value, group in sorted(holders.items()):
                reason = f"same {_LABELS[scheme]} {show_identifier(scheme, value)}"
                for a, b in combinations(group, 2):
                    self.join(a, b, reason)

    def name_pairs(self) -> Iterator[tuple[PersonRecord, PersonRecord]]:
        holders: dict[str, list[RecordKey]] = {}
        for record in self.records.values():
            for key in name_keys(record):
                holders.setdefault(key, []).append(record.key)
        pairs = {(a, b) for keys in holders.values() for a, b in combinations(sorted(keys), 2)}
        for a, b in sorted(pairs):
            yield self.records[a], self.records[b]

    def by_names(self, weights: Weights | None = None) -> None:
        pairs = list(self.name_pairs())
        for a, b in pairs:
            if same_dob(a, b) and a.date_of_birth:
                reason = f"same name and date of birth ({show_date(a.date_of_birth)})"
                self.join(a, b, reason, by_name=True)
        scored = self.by_weights(weights) if weights else []
        # Only pairs still apart once every join is made are worth a person's look.
        for a, b in pairs:
            if self.uf.same(a.key, b.key) or same_dob(a, b):
                continue
            self.keep_apart(a, b, _why_apart(a, b))
        for a, b, found in scored:
            if not self.uf.same(a.key, b.key):
                held = "" if same_dob(a, b) else "; not joined without the same date of birth"
                self.keep_apart(a, b, found.reason("possible match") + held)

    def by_weights(self, weights: Weights) -> list[tuple[PersonRecord, PersonRecord, Score]]:
        """Join the pairs the weights make near certain, most probable first; return the
        pairs still worth a look (at or above the uncertain probability)."""
        self.weights = weights
        scored = []
        for a, b in combinations(self.records.values(), 2):
            if a.agency == b.agency or not (a.full_name and b.full_name):
                continue  # one agency's records are two people unless an identifier says not
            if not self.uf.same(a.key, b.key):
                found = score(a, b, weights)
                if found.probability >= weights.uncertain_from:
                    scored.append((a, b, found))
        scored.sort(key=lambda t: (-t[2].probability, t[0].key, t[1].key))
        for a, b, found in scored:
            # A wrong birth date would change every age-based check: a person decides that.
            if found.probability >= weights.link_at and same_dob(a, b):
                reason = found.reason("probable match")
                self.join(a, b, reason, by_name=True, probability=found.probability)
        return scored

    def probability(self, a: RecordKey, b: RecordKey) -> float | None:
        ra, rb = self.records[a], self.records[b]
        if self.weights is None or not (ra.full_name and rb.full_name):
            return None
        return score(ra, rb, self.weights).probability

    def result(self) -> LinkageResult:
        groups = tuple(tuple(self.records[k] for k in g) for g in self.uf.groups())
        uncertain = tuple(
            UncertainLink(a, b, why, self.probability(a, b))
            for (a, b), why in sorted(self.uncertain.items())
        )
        return LinkageResult(groups, tuple(self.links), uncertain)


def _why_apart(a: PersonRecord, b: PersonRecord) -> str:
    da, db = a.date_of_birth, b.date_of_birth
    if da and db:
        return f"same name but different dates of birth ({show_date(da)}, {show_date(db)})"
    if not da and not db:
        return "same name but no date of birth on either record"
    missing = a if not da else b
    return f"same name but no date of birth on {missing.agency}:{missing.person_id}"


def link_deterministic(records: Iterable[PersonRecord]) -> LinkageResult:
    """Group per-agency person records into people by identifiers, then name and birth date.

    >>> from foresight.model.records import PersonRecord
    >>> r = link_deterministic([PersonRecord("CSC", "C1", nhs_number="9434765919"),
    ...                         PersonRecord("GP", "P7", nhs_number="9434765919")])
    >>> len(r.groups), r.links[0].reason
    (1, 'same NHS number 943 476 5919')
    """
    linker = _Linker(records)
    linker.by_identifiers()
    linker.by_names()
    return linker.result()


def link_records(records: Iterable[PersonRecord], weights: Weights | None = None) -> LinkageResult:
    """Link as :func:`link_deterministic` does, then on match weights (the shipped ones by
    default): near-certain pairs with the same date of birth join, likely pairs are listed.

    >>> from foresight.model.records import PersonRecord
    >>> from foresight.model.dates import parse_date
    >>> born = parse_date("2011-01-12")
    >>> r = link_records([PersonRecord("CSC", "C1", "William", "Sample", date_of_birth=born),
    ...                   PersonRecord("GP", "P7", "Bill", "Sample", date_of_birth=born)])
    >>> len(r.groups), r.links[0].reason.startswith("probable match"), r.links[0].probability > 0.99
    (1, True, True)
    """
    linker = _Linker(records)
    linker.by_identifiers()
    linker.by_names(weights or read_weights())
    return linker.result()
