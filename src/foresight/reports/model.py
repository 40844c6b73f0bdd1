"""A review as plain data: what every renderer (text, HTML, JSON, the web app) shows.

``build_report`` does all the looking-up and ordering once, so renderers only lay it out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from foresight.model.outcomes import CheckError, Finding, NotEvaluated, Passed
from foresight.model.people import Person, UncertainLink
from foresight.model.records import Event, PersonRecord, Problem, RecordKey
from foresight.model.vocab import Severity
from foresight.reports.rows import (
    AgencyRow,
    ChildRow,
    ChronologyRow,
    Counts,
    ErrorRow,
    EvidenceRow,
    FindingRow,
    HouseholdRow,
    LinkSide,
    NotEvaluatedRow,
    Report,
    UncertainLinkRow,
)
from foresight.reports.sources import (
    CaseLike,
    CheckInfo,
    ReviewLike,
    check_infos,
    learning_point_row,
)

__all__ = [
    "AgencyRow",
    "ChildRow",
    "ChronologyRow",
    "Counts",
    "ErrorRow",
    "EvidenceRow",
    "FindingRow",
    "HouseholdRow",
    "LinkSide",
    "NotEvaluatedRow",
    "Report",
    "UncertainLinkRow",
    "anchor_for",
    "build_report",
]


def build_report(review: ReviewLike) -> Report:
    """Turn a review into plain, ordered data for the renderers.

    >>> report = build_report(review_bundle("family.xlsx"))  # doctest: +SKIP
    >>> [f.check for f in report.findings]  # doctest: +SKIP
    ['FS-NAT2']
    """
    case = review.case
    index = _Index(case)
    chronology = _chronology(case, index, review.as_of)
    infos = check_infos()
    outcomes = tuple(review.outcomes)
    links = tuple(
        sorted(
            (_uncertain_link(link, index) for link in case.uncertain_links),
            key=lambda r: (r.a.agency, r.a.person_id, r.b.agency, r.b.person_id, r.reason),
        )
    )
    agencies = tuple(
        sorted(
            (AgencyRow(a.code, a.name, str(a.kind)) for a in case.agencies), key=lambda a: a.code
        )
    )
    children = tuple(
        ChildRow(p.id, p.name, tuple(d.written for d in p.dates_of_birth))
        for p in sorted(case.subject_children, key=lambda p: p.id)
    )
    report = Report(
        as_of=review.as_of,
        bundle_name=case.name,
        agencies=agencies,
        children=children,
        household=tuple(_household_row(p) for p in index.people),
        chronology=chronology,
        findings=_findings(outcomes, index, {row.ref: row for row in chronology}, infos),
        not_evaluated=_not_evaluated(outcomes, index, infos),
        errors=_errors(outcomes, index, infos),
        problems=tuple(sorted(case.problems, key=_problem_key)),
        uncertain_links=links,
        counts=Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    )
    return replace(report, counts=_counts(report, outcomes))


def _counts(report: Report, outcomes: tuple[object, ...]) -> Counts:
    return Counts(
        children=len(report.children),
        people=len(report.household),
        agencies=len(report.agencies),
        events=len(report.chronology),
        findings=len(report.findings),
        passed=sum(isinstance(o, Passed) for o in outcomes),
        not_evaluated=len(report.not_evaluated),
        errors=len(report.errors),
        problems=len(report.problems),
        problem_errors=sum(p.severity is Severity.ERROR for p in report.problems),
        problem_warnings=sum(p.severity is not Severity.ERROR for p in report.problems),
        uncertain_links=len(report.uncertain_links),
        inferred=sum(row.types_inferred for row in report.chronology),
    )


def _not_evaluated(
    outcomes: tuple[object, ...], index: _Index, infos: dict[str, CheckInfo]
) -> tuple[NotEvaluatedRow, ...]:
    rows = (
        NotEvaluatedRow(o.check, _title(infos, o.check), o.subject, index.name(o.subject), o.reason)
        for o in outcomes
        if isinstance(o, NotEvaluated)
    )
    return tuple(sorted(rows, key=lambda r: (r.check, r.subject, r.reason)))


def _errors(
    outcomes: tuple[object, ...], index: _Index, infos: dict[str, CheckInfo]
) -> tuple[ErrorRow, ...]:
    rows = (
        ErrorRow(o.check, _title(infos, o.check), o.subject, index.name(o.subject), o.message)
        for o in outcomes
        if isinstance(o, CheckError)
    )
    return tuple(sorted(rows, key=lambda r: (r.check, r.subject, r.message)))


class _Index:
    """People by id and by agency record, and agency names, looked up once."""

    def __init__(self, case: CaseLike) -> None:
        # Subject children first, then everyone else, each by id: a stable register order.
        self.people = tuple(sorted(case.people, key=lambda p: (not p.is_subject, p.id)))
        self.by_id = {p.id: p for p in self.people}
        self.by_key: dict[RecordKey, Person] = {}
        self.records: dict[RecordKey, PersonRecord] = {}
        for person in self.people:
            for record in person.records:
                self.by_key[record.key] = person
                self.records[record.key] = record
        self.agency_names = {a.code: a.name for a in case.agencies}

    def name(self, person_id: str) -> str:
        person = self.by_id.get(person_id)
        return person.name if person else person_id

    def names_of(self, agency: str, person_ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(
            self.by_key[(agency, pid)].name if (agency, pid) in self.by_key else pid
            for pid in person_ids
        )


def anchor_for(ref: str) -> str:
    """An HTML id for the entry ``AGENCY:event_id``: ``CSC:123`` -> ``ev-CSC-123``."""
    return "ev-" + re.sub(r"[^A-Za-z0-9_-]+", "-", ref).strip("-")


def _event_key(event: Event) -> tuple[dt.date, str, int, str]:
    return (
        event.date.earliest,
        event.agency,
        event.row if event.row is not None else 0,
        event.event_id,
    )


def _chronology(case: CaseLike, index: _Index, as_of: dt.date) -> tuple[ChronologyRow, ...]:
    rows: list[ChronologyRow] = []
    used: set[str] = set()
    for event in sorted(case.events_all, key=_event_key):
        anchor = anchor_for(event.ref)
        # Two references can flatten to one id ("A:1-2", "A-1:2"); keep every anchor unique.
        base, n = anchor, 1
        while anchor in used:
            n += 1
            anchor = f"{base}-{n}"
        used.add(anchor)
        rows.append(_chronology_row(event, anchor, case, index, as_of))
    return tuple(rows)


def _chronology_row(
    event: Event, anchor: str, case: CaseLike, index: _Index, as_of: dt.date
) -> ChronologyRow:
    return ChronologyRow(
        anchor=anchor,
        ref=event.ref,
        date=event.date.written,
        earliest=event.date.earliest,
        time=event.time or "",
        end_date=event.end_date.written if event.end_date else "",
        agency=event.agency,
        agency_name=index.agency_names.get(event.agency, event.agency),
        source=event.source,
        author=event.author,
        types=tuple(str(t) for t in event.types),
        types_inferred=event.types_inferred,
        subjects=tuple(p.name for p in case.subjects_of(event)),
        people=index.names_of(event.agency, event.people),
        details=event.details,
        outcome=event.outcome,
        known_by_as_of=event.known_from <= as_of,
    )


def _findings(
    outcomes: tuple[object, ...],
    index: _Index,
    chronology: dict[str, ChronologyRow],
    infos: dict[str, CheckInfo],
) -> tuple[FindingRow, ...]:
    rows = [
        FindingRow(
            check=o.check,
            title=_title(infos, o.check),
            learning_points=tuple(learning_point_row(lp) for lp in o.learning_points),
            subject=o.subject,
            subject_name=index.name(o.subject),
            message=o.message,
            expected=o.expected,
            cannot_know=o.cannot_know or _info(infos, o.check).cannot_know,
            first_date=o.first_date,
            evidence=tuple(_evidence(ref, chronology) for ref in o.evidence),
        )
        for o in outcomes
        if isinstance(o, Finding)
    ]
    return tuple(sorted(rows, key=lambda f: (f.first_date, f.check, f.subject, f.message)))


def _info(infos: dict[str, CheckInfo], code: str) -> CheckInfo:
    return infos.get(code, CheckInfo(code, ""))


def _title(infos: dict[str, CheckInfo], code: str) -> str:
    return _info(infos, code).title


def _evidence(ref: str, chronology: dict[str, ChronologyRow]) -> EvidenceRow:
    row = chronology.get(ref)
    if row is None:
        return EvidenceRow(ref, None, "", ref.partition(":")[0], ())
    return EvidenceRow(ref, row.anchor, row.date, row.agency, row.types, row.types_inferred)


def _household_row(person: Person) -> HouseholdRow:
    return HouseholdRow(
        id=person.id,
        name=person.name,
        is_subject=person.is_subject,
        roles=person.roles,
        agencies=tuple(sorted(person.agencies)),
        records=tuple(sorted(f"{r.agency}:{r.person_id}" for r in person.records)),
        dates_of_birth=tuple(d.written for d in person.dates_of_birth),
        date_of_birth_conflict=person.date_of_birth_conflict,
        identity_established=person.identity_established,
        link_reasons=tuple(dict.fromkeys(link.reason for link in person.links)),
    )


def _link_side(key: RecordKey, index: _Index) -> LinkSide:
    record = index.records.get(key)
    if record is None:
        return LinkSide(key[0], key[1], key[1], None)
    dob = record.date_of_birth.written if record.date_of_birth else None
    return LinkSide(record.agency, record.person_id, record.display_name, dob)


def _uncertain_link(link: UncertainLink, index: _Index) -> UncertainLinkRow:
    return UncertainLinkRow(
        _link_side(link.a, index), _link_side(link.b, index), link.reason, link.probability
    )


def _problem_key(p: Problem) -> tuple[str, bool, int, str, str]:
    # Whole-file problems first within their file, then by row and column as a user scans.
    return (p.file, p.row is not None, p.row or 0, p.column or "", p.message)
