"""The library calls behind the pages: a stored family, reviewed and reported.

The Case is built with the reviewers' decisions applied (corrected event types, links joined
or split: :func:`foresight.store.decisions.load_case`).

>>> report = family_report(family, as_of=dt.date(2024, 1, 31))    # doctest: +SKIP
>>> [f.check for f in report.findings]                            # doctest: +SKIP
['FS-NAT2']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe

from foresight.checks import Review, review_case
from foresight.model.case import Case
from foresight.model.outcomes import Finding
from foresight.model.people import Link, UncertainLink
from foresight.model.records import PersonRecord, RecordKey
from foresight.reports import Report, build_report
from foresight.store.decisions import load_case, record_key_text
from foresight.store.models import Family

_STYLE = re.compile(r"<style>.*?</style>", re.S)


@dataclass(frozen=True)
class LinkRow:
    """One link (or possible link) between two records, as the family page lists it."""

    a: str  # AGENCY:person_id
    b: str
    a_name: str
    b_name: str
    reason: str
    probability: float | None


@dataclass(frozen=True)
class PersonLinks:
    """A person of the case and the links that joined their records."""

    id: str
    name: str
    records: tuple[str, ...]
    links: tuple[LinkRow, ...]


@dataclass(frozen=True)
class Linkage:
    people: tuple[PersonLinks, ...]  # only people joined from more than one record
    uncertain: tuple[LinkRow, ...]


@dataclass(frozen=True)
class Reviewed:
    """A family's Case (with reviewers' decisions applied), its review and its report."""

    case: Case
    review: Review
    report: Report


def family_report(family: Family, *, as_of: dt.date) -> Report:
    """Load the family's bundle from the store, link it, run the checks and build the report."""
    return family_review(family, as_of=as_of).report


def family_review(family: Family, *, as_of: dt.date) -> Reviewed:
    """The family's Case, its review as of a day and the report of that review."""
    case = load_case(family)
    review = review_case(case, as_of=as_of)
    return Reviewed(case, review, build_report(review))


def linkage_of(case: Case) -> Linkage:
    """Every joined person's links, and the pairs kept apart, for the family page."""
    records = {r.key: r for p in case.people for r in p.records}
    people = tuple(
        PersonLinks(
            p.id,
            p.name,
            tuple(sorted(record_key_text(r.key) for r in p.records)),
            tuple(_row(link, records) for link in p.links),
        )
        for p in case.people
        if len(p.records) > 1
    )
    uncertain = tuple(
        sorted((_row(u, records) for u in case.uncertain_links), key=lambda r: (r.a, r.b))
    )
    return Linkage(people, uncertain)


def _row(link: Link | UncertainLink, records: dict[RecordKey, PersonRecord]) -> LinkRow:
    return LinkRow(
        a=record_key_text(link.a),
        b=record_key_text(link.b),
        a_name=_name(link.a, records),
        b_name=_name(link.b, records),
        reason=link.reason,
        probability=link.probability,
    )


def _name(key: RecordKey, records: dict[RecordKey, PersonRecord]) -> str:
    record = records.get(key)
    return record.display_name if record else key[1]


def page_timeline(case: Case, findings: Iterable[Finding]) -> SafeString:
    """The timeline picture for a page: inline SVG whose look comes from the site's stylesheet
    (the content security policy forbids the picture's own ``<style>`` element there)."""
    from foresight.chronology.timeline import timeline_svg

    svg = timeline_svg(case, findings, inline=True)
    # The SVG escapes every text it draws (names, agencies); only its own markup is trusted.
    return mark_safe(_STYLE.sub("", svg))
