"""Names folded for comparison: case, accents, punctuation, hyphens and extra spaces.

>>> normalise_name("  Zoë  O'Brien-Hale ")
'zoe obrien hale'
"""

from __future__ import annotations

import re
import unicodedata

from foresight.model.records import PersonRecord

_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`")


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
