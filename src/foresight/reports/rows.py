"""The rows of a report: plain frozen data, ordered and looked up, with no rendering.

Built by :func:`foresight.reports.model.build_report`; read by the text, HTML and JSON
renderers and by the web app's templates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from foresight.model.dates import british
from foresight.model.records import Problem
from foresight.reports.sources import LearningPointRow


@dataclass(frozen=True)
class AgencyRow:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class ChildRow:
    """A subject child; several dates of birth, as written, when agencies disagree."""

    id: str
    name: str
    dates_of_birth: tuple[str, ...]

    @property
    def date_of_birth(self) -> str | None:
        return " or ".join(self.dates_of_birth) or None


@dataclass(frozen=True)
class HouseholdRow:
    """One person of the household register, across every agency that knows them."""

    id: str
    name: str
    is_subject: bool
    roles: tuple[str, ...]
    agencies: tuple[str, ...]
    records: tuple[str, ...]  # "AGENCY:person_id" of each linked record
    dates_of_birth: tuple[str, ...]
    date_of_birth_conflict: bool
    identity_established: bool
    link_reasons: tuple[str, ...]


@dataclass(frozen=True)
class ChronologyRow:
    """One entry of the merged chronology; ``anchor`` is its HTML id."""

    anchor: str
    ref: str
    date: str
    earliest: dt.date
    time: str
    end_date: str
    agency: str
    agency_name: str
    source: str
    author: str
    types: tuple[str, ...]
    types_inferred: bool
    subjects: tuple[str, ...]
    people: tuple[str, ...]
    details: str
    outcome: str
    known_by_as_of: bool


@dataclass(frozen=True)
class EvidenceRow:
    """An entry a finding cites; ``anchor`` is None when the chronology lacks it, and
    ``types_inferred`` says its types were read from its text and no person has confirmed them."""

    ref: str
    anchor: str | None
    date: str
    agency: str
    types: tuple[str, ...]
    types_inferred: bool = False


@dataclass(frozen=True)
class FindingRow:
    check: str
    title: str
    learning_points: tuple[LearningPointRow, ...]
    subject: str
    subject_name: str
    message: str
    expected: str
    cannot_know: str
    first_date: dt.date
    evidence: tuple[EvidenceRow, ...]

    @property
    def first_date_text(self) -> str:
        return british(self.first_date)

    @property
    def inferred_evidence(self) -> tuple[EvidenceRow, ...]:
        """The evidence entries whose types were read from their text, not yet confirmed."""
        return tuple(e for e in self.evidence if e.types_inferred)

    @property
    def inferred_note(self) -> str:
        """What a reader must know when the finding rests on types read from text, or ""."""
        n, total = len(self.inferred_evidence), len(self.evidence)
        if not n:
            return ""
        if total == 1:
            which = "Its evidence entry has"
        else:
            which = f"{n} of its {total} evidence entries {'has' if n == 1 else 'have'}"
        return (
            f"{which} types read from the text, not coded by the agency, which no person has "
            f"confirmed: check {'it' if n == 1 else 'them'} before relying on this finding."
        )


@dataclass(frozen=True)
class NotEvaluatedRow:
    check: str
    title: str
    subject: str
    subject_name: str
    reason: str


@dataclass(frozen=True)
class ErrorRow:
    """A check that crashed: its outcome is unknown, which is never a pass."""

    check: str
    title: str
    subject: str
    subject_name: str
    message: str


@dataclass(frozen=True)
class LinkSide:
    agency: str
    person_id: str
    name: str
    date_of_birth: str | None


@dataclass(frozen=True)
class UncertainLinkRow:
    a: LinkSide
    b: LinkSide
    reason: str
    probability: float | None = None  # the match probability, when match weights scored it


@dataclass(frozen=True)
class Counts:
    children: int
    people: int
    agencies: int
    events: int
    findings: int
    passed: int
    not_evaluated: int
    errors: int
    problems: int
    problem_errors: int
    problem_warnings: int
    uncertain_links: int
    inferred: int = 0  # chronology entries whose types were read from their text


@dataclass(frozen=True)
class Report:
    """Everything a review shows, ordered and looked up; see :func:`build_report`."""

    as_of: dt.date
    bundle_name: str
    agencies: tuple[AgencyRow, ...]
    children: tuple[ChildRow, ...]
    household: tuple[HouseholdRow, ...]
    chronology: tuple[ChronologyRow, ...]
    findings: tuple[FindingRow, ...]
    not_evaluated: tuple[NotEvaluatedRow, ...]
    errors: tuple[ErrorRow, ...]
    problems: tuple[Problem, ...]
    uncertain_links: tuple[UncertainLinkRow, ...]
    counts: Counts

    @property
    def as_of_text(self) -> str:
        return british(self.as_of)
