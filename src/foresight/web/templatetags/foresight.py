"""Template filters: vocabulary codes as words.

>>> words("domestic_abuse_incident")
'domestic abuse incident'
"""

from __future__ import annotations

from collections.abc import Iterable

from django import template

register = template.Library()


@register.filter
def words(code: str) -> str:
    """A vocabulary code as plain words: ``section_47_enquiry`` -> ``section 47 enquiry``."""
    return str(code).replace("_", " ")


@register.filter
def words_list(codes: Iterable[str]) -> str:
    """Several codes as words, comma-separated."""
    return ", ".join(words(c) for c in codes)
