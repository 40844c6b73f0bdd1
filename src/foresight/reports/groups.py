"""A report's findings grouped by the check that raised them, for a page that summarises first.

A long-running family can have dozens of findings; grouped by check, a reader sees at once
what kinds of thing the record shows and for which children, then reads each kind in turn.

>>> groups = group_findings(report.findings)  # doctest: +SKIP
>>> [(g.check, g.count) for g in groups]  # doctest: +SKIP
[('FS-SCR3', 23), ('FS-AUD4', 12)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from foresight.model.dates import british
from foresight.reports.rows import FindingRow
from foresight.reports.sources import LearningPointRow


@dataclass(frozen=True)
class FindingGroup:
    """The findings of one check.

    ``anchor`` is the group's HTML id (check codes are unique ``FS-`` codes of the
    registry, safe in an id). ``numbered`` pairs each finding with its place (from 1)
    in the report's findings, which are in first-date order, so a finding keeps one number
    however it is grouped.
    """

    check: str
    title: str
    anchor: str
    learning_points: tuple[LearningPointRow, ...]
    children: tuple[str, ...]  # the names of the findings' subjects, ordered by their ids
    first_date: dt.date
    numbered: tuple[tuple[int, FindingRow], ...]

    @property
    def count(self) -> int:
        return len(self.numbered)

    @property
    def first_date_text(self) -> str:
        return british(self.first_date)


def group_findings(findings: Sequence[FindingRow]) -> tuple[FindingGroup, ...]:
    """One group per check that raised findings: most findings first, ties by check code.

    Within a group the findings keep the report's order.
    """
    by_check: dict[str, list[tuple[int, FindingRow]]] = {}
    for number, finding in enumerate(findings, start=1):
        by_check.setdefault(finding.check, []).append((number, finding))
    order = sorted(by_check, key=lambda check: (-len(by_check[check]), check))
    return tuple(_group(check, by_check[check]) for check in order)


def _group(check: str, numbered: list[tuple[int, FindingRow]]) -> FindingGroup:
    rows = [finding for _, finding in numbered]
    points = {lp.id: lp for finding in rows for lp in finding.learning_points}
    subjects = {finding.subject: finding.subject_name for finding in rows}
    return FindingGroup(
        check=check,
        title=rows[0].title,
        anchor=f"findings-{check}",
        learning_points=tuple(points.values()),
        children=tuple(subjects[subject] for subject in sorted(subjects)),
        first_date=min(finding.first_date for finding in rows),
        numbered=tuple(numbered),
    )
