"""The partnership audit: review every bundle in a folder and count, per learning point, the
families and children it was found in, by the agency holding the evidence and by year.

Counting rules (the renderers and ``foresight audit --json`` say the same):

- A finding counts for every learning point it cites.
- A *family* is one bundle that was reviewed; a *child* is one subject of a finding in one
  bundle (the same child id in two bundles counts twice: ids are local to a bundle).
- ``by_agency`` counts by the agency code of each evidence reference (``AGENCY:event_id``). A
  finding whose evidence comes from two agencies counts for both, so the agency counts of a
  learning point may add up to more than its families; a finding with no evidence counts for
  none.
- ``by_year`` counts by the year of the finding's ``first_date``; a family whose findings for a
  point first arose in two years counts in both.
- A bundle that cannot be opened (or whose review fails unexpectedly) is a listed failure with
  a one-line message, never the end of the audit.

>>> audit = audit_bundles(discover_bundles(Path("bundles")))  # doctest: +SKIP
>>> audit.learning_point("NAT2").families  # doctest: +SKIP
3
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

from foresight.bundle.sources import WORKBOOK_SUFFIXES
from foresight.bundle.tables import table_kind
from foresight.checks.registry import REGISTRY
from foresight.checks.review import Review, review_bundle
from foresight.checks.settings import Settings, load_settings
from foresight.errors import BundleError, ForesightError
from foresight.learning import LIBRARY
from foresight.model.outcomes import CheckError, Finding, NotEvaluated, Passed

ProgressFunc = Callable[[int, int, str], None]
"""Called after each bundle with (bundles done, bundles in all, that bundle's name)."""

TOP_REASONS = 3  # the most common not-evaluated reasons listed per check
BUNDLE_SUFFIXES = (*WORKBOOK_SUFFIXES, ".zip")
_TABLES = {"people", "events"}  # a folder holding either is a CSV bundle


@dataclass(frozen=True)
class Count:
    """How many families and children, and how many findings, a tally covers."""

    families: int
    children: int
    findings: int


@dataclass(frozen=True)
class LearningPointTally:
    """One learning point across the folder: ``by_agency`` maps an agency code, ``by_year`` a
    year of ``first_date``, to its :class:`Count` (sorted by key; empty when never found)."""

    id: str
    title: str
    count: Count
    by_agency: Mapping[str, Count]
    by_year: Mapping[int, Count]

    @property
    def families(self) -> int:
        return self.count.families

    @property
    def children(self) -> int:
        return self.count.children

    @property
    def findings(self) -> int:
        return self.count.findings


@dataclass(frozen=True)
class CheckTally:
    """One check across the folder: outcome counts and its commonest not-evaluated reasons."""

    code: str
    title: str
    learning_points: tuple[str, ...]
    findings: int
    families: int
    passed: int
    not_evaluated: int
    errors: int
    top_reasons: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class AuditFinding:
    """One finding of one bundle, with the agencies holding its evidence and the evidence
    entries whose types were read from their text (``inferred_evidence``)."""

    bundle: str
    family: str
    child: str
    child_name: str
    check: str
    learning_points: tuple[str, ...]
    first_date: dt.date
    evidence: tuple[str, ...]
    agencies: tuple[str, ...]
    message: str
    inferred_evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuditError:
    """A check that crashed on one bundle (reported, never mistaken for a pass)."""

    bundle: str
    check: str
    child: str
    message: str


@dataclass(frozen=True)
class BundleFailure:
    """A bundle that could not be reviewed, with the one-line reason."""

    bundle: str
    message: str


@dataclass(frozen=True)
class BundleSummary:
    """One reviewed bundle: its family name and sizes."""

    bundle: str
    family: str
    children: int
    entries: int
    findings: int
    problems: int
    inferred_entries: int = 0  # entries whose types were read from their text


@dataclass(frozen=True)
class Totals:
    bundles: int
    families: int
    failed: int
    children: int
    entries: int
    findings: int
    not_evaluated: int
    errors: int
    problems: int
    # Entries whose types were read from their text, and findings citing at least one.
    inferred_entries: int = 0
    findings_on_inferred: int = 0


@dataclass(frozen=True)
class Audit:
    """The whole audit as plain data: every learning point of the library (zero included) in
    library order, every registered check in registry order, and what could not be read."""

    as_of: dt.date
    settings_source: str
    totals: Totals
    learning_points: tuple[LearningPointTally, ...]
    checks: tuple[CheckTally, ...]
    findings: tuple[AuditFinding, ...]
    errors: tuple[AuditError, ...]
    failures: tuple[BundleFailure, ...]
    bundles: tuple[BundleSummary, ...]
    agencies: Mapping[str, str]  # code -> name(s) as the bundles give them

    def learning_point(self, id: str) -> LearningPointTally:
        """The tally of one learning point (KeyError when the library has no such point)."""
        for tally in self.learning_points:
            if tally.id == id:
                return tally
        raise KeyError(id)

    def agency_name(self, code: str) -> str:
        return self.agencies.get(code, code)


def discover_bundles(folder: str | Path) -> list[Path]:
    """Every bundle directly inside ``folder``: ``.xlsx`` and ``.zip`` files, and folders that
    hold a people or events CSV file, sorted by name. Hidden files and Office lock files
    (``~$...``) are skipped. Raises :class:`BundleError` when ``folder`` is not a folder.

    >>> [p.name for p in discover_bundles("bundles")]  # doctest: +SKIP
    ['family-a.xlsx', 'family-b', 'family-c.zip']
    """
    root = Path(folder)
    if not root.is_dir():
        raise BundleError(f"no such folder: {root}")
    try:
        entries = sorted(root.iterdir(), key=lambda p: (p.name.casefold(), p.name))
    except OSError as error:
        raise BundleError(f"cannot read the folder {root}: {error.strerror or error}") from None
    return [p for p in entries if not p.name.startswith((".", "~$")) and _is_bundle(p)]


def _is_bundle(path: Path) -> bool:
    if path.is_file():
        return path.suffix.casefold() in BUNDLE_SUFFIXES
    if not path.is_dir():
        return False
    try:
        return any(
            f.suffix.casefold() == ".csv" and table_kind(f.name) in _TABLES
            for f in path.iterdir()
            if f.is_file()
        )
    except OSError:
        return False


def audit_bundles(
    paths: Iterable[str | Path],
    *,
    as_of: dt.date | None = None,
    settings: Settings | None = None,
    progress: ProgressFunc | None = None,
) -> Audit:
    """Review every bundle in ``paths`` as of ``as_of`` (default today) with ``settings``
    (default: the shipped defaults, loaded once), and tally the findings.

    >>> audit = audit_bundles([Path("a.xlsx"), Path("b.zip")])  # doctest: +SKIP
    >>> audit.totals.families, audit.totals.failed  # doctest: +SKIP
    (2, 0)
    """
    bundles = [Path(p) for p in paths]
    day = as_of or dt.date.today()
    chosen = settings or load_settings()
    tally = _Tally()
    for done, path in enumerate(bundles, start=1):
        try:
            review = review_bundle(path, as_of=day, settings=chosen)
        except ForesightError as error:
            tally.fail(path.name, str(error) or type(error).__name__)
        except Exception as error:  # containment: one broken bundle must not end the audit
            tally.fail(path.name, f"unexpected error: {type(error).__name__}: {error}")
        else:
            tally.add(path.name, review)
        if progress is not None:
            progress(done, len(bundles), path.name)
    return tally.freeze(day, chosen.source, len(bundles))


def evidence_agencies(evidence: Sequence[str]) -> tuple[str, ...]:
    """The agency codes of evidence references, each once, in order of first citation.

    >>> evidence_agencies(("HV:e1", "GP:7", "HV:e2"))
    ('HV', 'GP')
    """
    return tuple(dict.fromkeys(ref.split(":", 1)[0] for ref in evidence if ":" in ref))


@dataclass
class _Sets:
    families: set[str] = field(default_factory=set)
    children: set[tuple[str, str]] = field(default_factory=set)
    findings: int = 0

    def add(self, bundle: str, child: str) -> None:
        self.families.add(bundle)
        self.children.add((bundle, child))
        self.findings += 1

    def freeze(self) -> Count:
        return Count(len(self.families), len(self.children), self.findings)


@dataclass
class _PointSets:
    all: _Sets = field(default_factory=_Sets)
    by_agency: dict[str, _Sets] = field(default_factory=dict)
    by_year: dict[int, _Sets] = field(default_factory=dict)

    def add(self, row: AuditFinding) -> None:
        self.all.add(row.bundle, row.child)
        for code in row.agencies:
            self.by_agency.setdefault(code, _Sets()).add(row.bundle, row.child)
        self.by_year.setdefault(row.first_date.year, _Sets()).add(row.bundle, row.child)


@dataclass
class _CheckSets:
    findings: int = 0
    families: set[str] = field(default_factory=set)
    passed: int = 0
    not_evaluated: int = 0
    errors: int = 0
    reasons: Counter[str] = field(default_factory=Counter)


class _Tally:
    """The running counts while bundles are reviewed; nothing keeps a Case alive."""

    def __init__(self) -> None:
        self.points = {point.id: _PointSets() for point in LIBRARY}
        self.specs = {spec.code: spec for spec in REGISTRY}
        self.checks = {code: _CheckSets() for code in self.specs}
        self.findings: list[AuditFinding] = []
        self.errors: list[AuditError] = []
        self.failures: list[BundleFailure] = []
        self.bundles: list[BundleSummary] = []
        self.agencies: dict[str, set[str]] = {}

    def fail(self, bundle: str, message: str) -> None:
        self.failures.append(BundleFailure(bundle, " ".join(message.split())))

    def add(self, bundle: str, review: Review) -> None:
        case = review.case
        for agency in case.agencies:
            self.agencies.setdefault(agency.code, set()).add(agency.name)
        names = {p.id: p.name for p in case.people}
        inferred = {e.ref for e in case.events_all if e.types_inferred}
        found = 0
        for outcome in review.outcomes:
            sets = self.checks.setdefault(outcome.check, _CheckSets())
            if isinstance(outcome, Finding):
                found += 1
                sets.findings += 1
                sets.families.add(bundle)
                self._finding(bundle, case.name, names, outcome, inferred)
            elif isinstance(outcome, Passed):
                sets.passed += 1
            elif isinstance(outcome, NotEvaluated):
                sets.not_evaluated += 1
                sets.reasons[outcome.reason] += 1
            elif isinstance(outcome, CheckError):
                sets.errors += 1
                self.errors.append(
                    AuditError(bundle, outcome.check, outcome.subject, outcome.message)
                )
        self.bundles.append(
            BundleSummary(
                bundle,
                case.name,
                len(case.subject_children),
                len(case.events_all),
                found,
                len(case.problems),
                len(inferred),
            )
        )

    def _finding(
        self,
        bundle: str,
        family: str,
        names: Mapping[str, str],
        f: Finding,
        inferred: AbstractSet[str],
    ) -> None:
        row = AuditFinding(
            bundle,
            family,
            f.subject,
            names.get(f.subject, f.subject),
            f.check,
            f.learning_points,
            f.first_date,
            f.evidence,
            evidence_agencies(f.evidence),
            f.message,
            tuple(ref for ref in f.evidence if ref in inferred),
        )
        self.findings.append(row)
        for point in dict.fromkeys(f.learning_points):
            # A point a check cites is in the library (the registry checks at import).
            self.points.setdefault(point, _PointSets()).add(row)

    def freeze(self, as_of: dt.date, source: str, bundles: int) -> Audit:
        return Audit(
            as_of=as_of,
            settings_source=source,
            totals=self._totals(bundles),
            learning_points=tuple(self._point(p.id, p.title) for p in LIBRARY),
            checks=tuple(self._check(code, sets) for code, sets in self.checks.items()),
            findings=tuple(self.findings),
            errors=tuple(self.errors),
            failures=tuple(self.failures),
            bundles=tuple(self.bundles),
            agencies={c: " / ".join(sorted(n)) for c, n in sorted(self.agencies.items())},
        )

    def _totals(self, bundles: int) -> Totals:
        checks = self.checks.values()
        return Totals(
            bundles=bundles,
            families=len(self.bundles),
            failed=len(self.failures),
            children=sum(b.children for b in self.bundles),
            entries=sum(b.entries for b in self.bundles),
            findings=len(self.findings),
            not_evaluated=sum(c.not_evaluated for c in checks),
            errors=len(self.errors),
            problems=sum(b.problems for b in self.bundles),
            inferred_entries=sum(b.inferred_entries for b in self.bundles),
            findings_on_inferred=sum(bool(f.inferred_evidence) for f in self.findings),
        )

    def _point(self, id: str, title: str) -> LearningPointTally:
        sets = self.points[id]
        return LearningPointTally(
            id,
            title,
            sets.all.freeze(),
            {code: s.freeze() for code, s in sorted(sets.by_agency.items())},
            {year: s.freeze() for year, s in sorted(sets.by_year.items())},
        )

    def _check(self, code: str, sets: _CheckSets) -> CheckTally:
        spec = self.specs.get(code)
        return CheckTally(
            code=code,
            title=spec.title if spec else code,
            learning_points=spec.learning_points if spec else (),
            findings=sets.findings,
            families=len(sets.families),
            passed=sets.passed,
            not_evaluated=sets.not_evaluated,
            errors=sets.errors,
            top_reasons=tuple(sets.reasons.most_common(TOP_REASONS)),
        )
