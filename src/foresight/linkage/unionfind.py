"""A union-find over record keys that refuses to merge sets holding different identifiers."""

from __future__ import annotations

from collections.abc import Iterable

from foresight.model.records import PersonRecord, RecordKey

# Identifier schemes that prove identity: one value per person, different values never join.
SCHEMES = ("nhs_number", "upn")
# The pseudo-scheme a set uses to remember which agencies' records it holds.
AGENCY = "agency"


def identifiers(record: PersonRecord) -> dict[str, str]:
    """The record's valid strong identifiers by scheme (already validated by the reader)."""
    found = {"nhs_number": record.nhs_number, "upn": record.upn}
    return {scheme: value.upper() for scheme, value in found.items() if value}


class GuardedUnionFind:
    """Disjoint sets of records; each set remembers the identifier values its records hold.

    >>> uf = GuardedUnionFind([])
    >>> uf.find(("CSC", "C1"))
    ('CSC', 'C1')
    """

    def __init__(self, records: Iterable[PersonRecord]) -> None:
        self._parent: dict[RecordKey, RecordKey] = {}
        self._ids: dict[RecordKey, dict[str, set[str]]] = {}
        for record in records:
            self._parent[record.key] = record.key
            self._ids[record.key] = {s: {v} for s, v in identifiers(record).items()}
            self._ids[record.key][AGENCY] = {record.agency}

    def find(self, key: RecordKey) -> RecordKey:
        self._parent.setdefault(key, key)
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def conflict(self, a: RecordKey, b: RecordKey, *, across_agencies: bool = False) -> str | None:
        """The scheme whose values would clash if ``a`` and ``b`` were merged, else None.

        With ``across_agencies``, bringing two records of one agency together is a clash too
        (``AGENCY``): an agency's own references are different people unless an identifier
        says otherwise.
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        ids_a, ids_b = self._ids.get(ra, {}), self._ids.get(rb, {})
        for scheme in SCHEMES:
            if ids_a.get(scheme) and ids_b.get(scheme) and ids_a[scheme] != ids_b[scheme]:
                return scheme
        if across_agencies and ids_a.get(AGENCY, set()) & ids_b.get(AGENCY, set()):
            return AGENCY
        return None

    def union(self, a: RecordKey, b: RecordKey, *, across_agencies: bool = False) -> bool:
        """Merge the sets of ``a`` and ``b`` unless that would clash; True when merged now."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.conflict(a, b, across_agencies=across_agencies):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self._parent[gone] = keep
        merged = self._ids.setdefault(keep, {})
        for scheme, values in self._ids.pop(gone, {}).items():
            merged.setdefault(scheme, set()).update(values)
        return True

    def same(self, a: RecordKey, b: RecordKey) -> bool:
        return self.find(a) == self.find(b)

    def groups(self) -> list[list[RecordKey]]:
        """Every set as a sorted list of keys, sets in order of their smallest key."""
        out: dict[RecordKey, list[RecordKey]] = {}
        for key in sorted(self._parent):
            out.setdefault(self.find(key), []).append(key)
        return sorted(out.values())
