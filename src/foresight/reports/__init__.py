"""Reports: a review as plain data (:func:`build_report`), then as text, HTML or JSON.

>>> from foresight.reports import render_text  # doctest: +SKIP
>>> print(render_text(review_bundle("family.xlsx")))  # doctest: +SKIP
"""

from foresight.reports.groups import FindingGroup, group_findings
from foresight.reports.html import html_of_report, render_html
from foresight.reports.json import json_of_report, report_json
from foresight.reports.model import (
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
    anchor_for,
    build_report,
)
from foresight.reports.sources import CaseLike, LearningPointRow, ReviewLike
from foresight.reports.text import render_text, text_of_report

__all__ = [
    "AgencyRow",
    "CaseLike",
    "ChildRow",
    "ChronologyRow",
    "Counts",
    "ErrorRow",
    "EvidenceRow",
    "FindingGroup",
    "FindingRow",
    "HouseholdRow",
    "LearningPointRow",
    "LinkSide",
    "NotEvaluatedRow",
    "Report",
    "ReviewLike",
    "UncertainLinkRow",
    "anchor_for",
    "build_report",
    "group_findings",
    "html_of_report",
    "json_of_report",
    "render_html",
    "render_text",
    "report_json",
    "text_of_report",
]
