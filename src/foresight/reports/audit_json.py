"""The JSON contract of a partnership audit (``foresight audit DIR --json``).

The object, with stable keys in this order and plain JSON types only::

    {
      "as_of": "2026-06-30",                 # the day every bundle was reviewed as of
      "settings": "defaults",                # or the partnership's settings file
      "totals": {"bundles", "families", "failed", "children", "entries", "findings",
                 "not_evaluated", "errors", "problems",
                 "inferred_entries",         # entries whose types were read from their text
                 "findings_on_inferred"},    # findings citing at least one such entry
      "agencies": {"HV": "Northmoor Health Visiting", ...},   # code -> name(s) in the bundles
      "learning_points": [                   # every point of the library, zero included
        {"id": "NAT2", "title": "...", "families": 3, "children": 4, "findings": 5,
         "by_agency": {"HV": 2, "GP": 1},    # families whose findings cite that agency
         "by_year": {"2014": 1, "2015": 2}}  # families by year of the finding's first_date
      ],
      "checks": [{"code", "title", "learning_points", "findings", "families", "passed",
                  "not_evaluated", "errors", "top_reasons": [{"reason", "count"}]}],
      "findings": [{"bundle", "family", "child", "child_name", "check", "learning_points",
                    "first_date", "evidence", "agencies", "message",
                    "inferred_evidence"}],    # the evidence whose types were read from text
      "errors": [{"bundle", "check", "child", "message"}],     # checks that crashed
      "failures": [{"bundle", "message"}]                     # bundles that could not be read
    }

``by_agency`` and ``by_year`` count *families*. A finding whose evidence comes from two
agencies counts for both, and a family whose findings first arose in two years counts in both,
so either breakdown may add up to more than ``families``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from foresight.checks.audit import Audit, AuditFinding, CheckTally, LearningPointTally

JsonObject = dict[str, Any]


def json_of_audit(audit: Audit) -> JsonObject:
    """The audit as the JSON object ``foresight audit --json`` prints.

    >>> json_of_audit(audit)["learning_points"][0]["id"]  # doctest: +SKIP
    'SCR1'
    """
    return {
        "as_of": audit.as_of.isoformat(),
        "settings": audit.settings_source,
        "totals": asdict(audit.totals),
        "agencies": dict(audit.agencies),
        "learning_points": [_point(p) for p in audit.learning_points],
        "checks": [_check(c) for c in audit.checks],
        "findings": [_finding(f) for f in audit.findings],
        "errors": [asdict(e) for e in audit.errors],
        "failures": [asdict(f) for f in audit.failures],
    }


def _point(point: LearningPointTally) -> JsonObject:
    return {
        "id": point.id,
        "title": point.title,
        "families": point.families,
        "children": point.children,
        "findings": point.findings,
        "by_agency": {code: c.families for code, c in point.by_agency.items()},
        "by_year": {str(year): c.families for year, c in point.by_year.items()},
    }


def _check(check: CheckTally) -> JsonObject:
    return {
        "code": check.code,
        "title": check.title,
        "learning_points": list(check.learning_points),
        "findings": check.findings,
        "families": check.families,
        "passed": check.passed,
        "not_evaluated": check.not_evaluated,
        "errors": check.errors,
        "top_reasons": [{"reason": r, "count": n} for r, n in check.top_reasons],
    }


def _finding(f: AuditFinding) -> JsonObject:
    return {
        "bundle": f.bundle,
        "family": f.family,
        "child": f.child,
        "child_name": f.child_name,
        "check": f.check,
        "learning_points": list(f.learning_points),
        "first_date": f.first_date.isoformat(),
        "evidence": list(f.evidence),
        "agencies": list(f.agencies),
        "message": f.message,
        "inferred_evidence": list(f.inferred_evidence),
    }
