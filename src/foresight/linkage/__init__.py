"""Linking each agency's records of one person into one Person, and building the Case."""

from foresight.linkage.build import build_case, people_from
from foresight.linkage.deterministic import LinkageResult, link_deterministic, link_records
from foresight.linkage.names import normalise_name

__all__ = [
    "LinkageResult",
    "build_case",
    "link_deterministic",
    "link_records",
    "normalise_name",
    "people_from",
]
