"""Template filters: vocabulary codes as words, dictionary look-ups, entry anchors.

>>> words("domestic_abuse_incident")
'domestic abuse incident'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django import template

from foresight.reports import anchor_for

register = template.Library()


@register.filter
def words(code: str) -> str:
    """A vocabulary code as plain words: ``section_47_enquiry`` -> ``section 47 enquiry``."""
    return str(code).replace("_", " ")


@register.filter
def words_list(codes: Iterable[str]) -> str:
    """Several codes as words, comma-separated."""
    return ", ".join(words(c) for c in codes)


@register.filter
def lookup(mapping: Mapping[str, Any], key: str) -> Any:
    """``mapping[key]``, or None: ``{{ inferred|lookup:entry.ref }}``."""
    return mapping.get(key) if mapping else None


@register.filter
def anchor(ref: str) -> str:
    """The id of the chronology row of entry ``ref`` on the family page."""
    return anchor_for(ref)
