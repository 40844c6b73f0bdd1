"""The merged multi-agency chronology (issue 4): every entry once, the same happening shown
once with every source, filters, pseudonymisation for publication, and exports.

    >>> # from foresight.chronology import merge_chronology, pseudonymise
    >>> # chron = merge_chronology(case, findings=review.findings).filtered(agency="POL")
    >>> # public, glossary = pseudonymise(chron, case)
"""

from foresight.chronology.matching import same_happening, text_similarity
from foresight.chronology.merge import SIGNIFICANT_TYPES, group_events, merge_chronology
from foresight.chronology.model import (
    ChronologyEntry,
    ChronologyRow,
    Glossary,
    GlossaryEntry,
    MergedChronology,
    PersonName,
    RowFinding,
)
from foresight.chronology.pseudonyms import pseudonymise

__all__ = [
    "SIGNIFICANT_TYPES",
    "ChronologyEntry",
    "ChronologyRow",
    "Glossary",
    "GlossaryEntry",
    "MergedChronology",
    "PersonName",
    "RowFinding",
    "group_events",
    "merge_chronology",
    "pseudonymise",
    "same_happening",
    "text_similarity",
]
