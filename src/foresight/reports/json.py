"""The JSON contract of a review: stable keys, stable order, plain JSON types only."""

from __future__ import annotations

from typing import Any

from foresight.reports.model import FindingRow, LinkSide, Report, build_report
from foresight.reports.sources import ReviewLike

JsonObject = dict[str, Any]


def report_json(review: ReviewLike) -> JsonObject:
    """The review as the JSON object ``foresight review --json`` prints.

    >>> report_json(review_bundle("family.xlsx"))["findings"][0]["evidence"]  # doctest: +SKIP
    ['HV:e12', 'GP:201']
    """
    return json_of_report(build_report(review))


def json_of_report(report: Report) -> JsonObject:
    """The JSON object of an already built :class:`Report` (the web app's JSON twin)."""
    return {
        "as_of": report.as_of.isoformat(),
        "children": [
            {"id": c.id, "name": c.name, "date_of_birth": c.date_of_birth} for c in report.children
        ],
        "findings": [_finding(f) for f in report.findings],
        "not_evaluated": [
            {"check": n.check, "subject": n.subject, "reason": n.reason}
            for n in report.not_evaluated
        ],
        "uncertain_links": [
            {
                "a": _side(u.a),
                "b": _side(u.b),
                "reason": u.reason,
                "probability": None if u.probability is None else round(u.probability, 4),
            }
            for u in report.uncertain_links
        ],
        "errors": [
            {"check": e.check, "subject": e.subject, "message": e.message} for e in report.errors
        ],
        "problems": [
            {
                "file": p.file,
                "row": p.row,
                "column": p.column,
                "message": p.message,
                "severity": str(p.severity),
            }
            for p in report.problems
        ],
    }


def _finding(f: FindingRow) -> JsonObject:
    return {
        "check": f.check,
        "title": f.title,
        "learning_points": [lp.id for lp in f.learning_points],
        "subject": f.subject,
        "subject_name": f.subject_name,
        "message": f.message,
        "expected": f.expected,
        "cannot_know": f.cannot_know,
        "evidence": [e.ref for e in f.evidence],
        "inferred_evidence": [e.ref for e in f.inferred_evidence],
        "first_date": f.first_date.isoformat(),
    }


def _side(side: LinkSide) -> JsonObject:
    return {
        "agency": side.agency,
        "person_id": side.person_id,
        "name": side.name,
        "date_of_birth": side.date_of_birth,
    }
