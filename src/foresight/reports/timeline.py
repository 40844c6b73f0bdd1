"""The replay timeline: a review's findings in ``first_date`` order, one line each.

This is the "missed opportunities" view a review panel writes from: on each date, which
learning could first have been applied, to which child, on what evidence.
``foresight review BUNDLE --timeline`` prints :func:`timeline_text`; with ``--json`` the
review's JSON gains a ``timeline`` key holding :func:`timeline_json` (the other keys are
unchanged, so the JSON contract of a review still holds).

>>> # print(timeline_text(build_report(review_bundle("family.xlsx"))))
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from foresight.model.dates import british
from foresight.reports.model import FindingRow, Report

WIDTH = 100
INDENT = "    "
# A sentence ends at a full stop followed by a capital (not "c. 2005" or "8.30").
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]'\"”’])\.\s+(?=[A-Z])")


def timeline_rows(report: Report) -> tuple[FindingRow, ...]:
    """The findings, earliest ``first_date`` first (then child, then check)."""
    return tuple(
        sorted(report.findings, key=lambda f: (f.first_date, f.subject_name, f.check, f.message))
    )


def first_sentence(message: str) -> str:
    """A finding's message cut to its first sentence: what happened, to whom, when (the
    rest says what was expected and found, which the full report gives).

    >>> first_sentence("Injury to Ava recorded by HV on 3 March 2012. Expected a referral.")
    'Injury to Ava recorded by HV on 3 March 2012.'
    """
    text = " ".join(message.split())
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    return first if first.endswith(".") else first + "."


def timeline_text(report: Report) -> str:
    """The timeline as plain text: a heading, then per finding its date, learning points,
    child and check, the first sentence of its message and its evidence."""
    rows = timeline_rows(report)
    heading = f"Missed opportunities: {report.bundle_name}"
    lines = [
        heading,
        "=" * len(heading),
        f"As of {report.as_of_text} ({report.as_of.isoformat()}): "
        f"{len(rows)} finding{'' if len(rows) == 1 else 's'}, in the order each could first "
        "have been raised.",
    ]
    if not rows:
        lines += ["", "No check found a pattern to raise."]
    for f in rows:
        points = ", ".join(lp.id for lp in f.learning_points) or f.check
        lines += [
            "",
            f"{british(f.first_date)} ({f.first_date.isoformat()})  {points}  "
            f"{f.subject_name} [{f.subject}]  {f.check}",
            _fill(first_sentence(f.message), INDENT),
            _fill("Evidence: " + (", ".join(_evidence(f)) or "none cited"), INDENT, "  "),
        ]
    return "\n".join(lines) + "\n"


def timeline_json(report: Report) -> list[dict[str, Any]]:
    """The timeline as JSON objects, earliest first: ``first_date``, ``learning_points``,
    ``check``, ``subject``, ``subject_name``, ``summary`` (the message's first sentence),
    ``message`` and ``evidence`` (``AGENCY:event_id`` references)."""
    return [
        {
            "first_date": f.first_date.isoformat(),
            "learning_points": [lp.id for lp in f.learning_points],
            "check": f.check,
            "subject": f.subject,
            "subject_name": f.subject_name,
            "summary": first_sentence(f.message),
            "message": f.message,
            "evidence": [e.ref for e in f.evidence],
        }
        for f in timeline_rows(report)
    ]


def _fill(text: str, indent: str, hang: str = "") -> str:
    return textwrap.fill(
        text,
        WIDTH,
        initial_indent=indent,
        subsequent_indent=indent + hang,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _evidence(f: FindingRow) -> list[str]:
    return [f"{e.ref} ({e.date})" if e.anchor else e.ref for e in f.evidence]
