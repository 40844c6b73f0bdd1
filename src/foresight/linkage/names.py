"""Names folded for comparison: case, accents, punctuation, hyphens and extra spaces.

>>> normalise_name("  Zoë  O'Brien-Hale ")
'zoe obrien hale'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from foresight.model.records import PersonRecord

_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`")


@lru_cache(maxsize=8192)
def normalise_name(text: str) -> str:
    """A name folded so spellings that differ only in form compare equal ('' for no name)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    folded = folded.lower().translate(_APOSTROPHES)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded).split())


def name_keys(record: PersonRecord) -> frozenset[str]:
    """Every normalised full name a record answers to (its name and aliases), spaces removed.

    An alias of one word may be a previous family name or a known-as given name, so it is
    also tried with the record's other name part. A record with no name has no keys.
    """
    full = normalise_name(record.full_name)
    if not full:
        return frozenset()
    keys = {full}
    for alias in record.other_names:
        norm = normalise_name(alias)
        if not norm:
            continue
        keys.add(norm)
        if " " not in norm:
            if record.given_names:
                keys.add(normalise_name(f"{record.given_names} {norm}"))
            if record.family_name:
                keys.add(normalise_name(f"{norm} {record.family_name}"))
    # Spaces go too: "O'Brien", "O Brien" and "OBrien" are one name written three ways.
    return frozenset(key.replace(" ", "") for key in keys)


@cache
def _canonical() -> dict[str, str]:
    """Each given name in ``nicknames.txt`` mapped to its group's formal name (first wins).

    The same file gives Splink's table linkage its canonical names, so bundle and table
    linkage agree on which short forms are one name.
    """
    text = (resources.files("foresight.linkage") / "nicknames.txt").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for line in text.splitlines():
        names = line.split("#", 1)[0].split()
        for name in names:
            found.setdefault(name, names[0])
    return found


def canonical_given(given: str) -> str:
    """The formal form of a normalised given name, itself when it is no known short form.

    >>> canonical_given("bill"), canonical_given("zebedee")
    ('william', 'zebedee')
    """
    return _canonical().get(given, given)


def same_by_nickname(a: str, b: str) -> bool:
    """True when two different normalised given names are one name and its short form.

    >>> same_by_nickname("bill", "william"), same_by_nickname("bill", "ben")
    (True, False)
    """
    return a != b and canonical_given(a) == canonical_given(b)


@lru_cache(maxsize=8192)
def jaro_winkler(a: str, b: str) -> float:
    """Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to four characters).

    >>> round(jaro_winkler("martha", "marhta"), 4)
    0.9611
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(max(len(a), len(b)) // 2 - 1, 0)
    used = [False] * len(b)
    matched_a: list[str] = []
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not used[j] and b[j] == ch:
                used[j] = True
                matched_a.append(ch)
                break
    if not matched_a:
        return 0.0
    matched_b = [ch for j, ch in enumerate(b) if used[j]]
    m = len(matched_a)
    transpositions = sum(x != y for x, y in zip(matched_a, matched_b, strict=True)) / 2
    jaro = (m / len(a) + m / len(b) + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1 - jaro)


def other_forms(given: str) -> tuple[str, ...]:
    """The other names that are one name with a normalised given name, in file order.

    >>> other_forms("william")
    ('will', 'bill', 'billy', 'liam')
    """
    formal = canonical_given(given)
    return tuple(n for n, f in _canonical().items() if f == formal and n != given)
