"""The review pipeline: read a bundle, link it into a Case, run every check.

>>> # review = review_bundle("family.xlsx", as_of=dt.date(2014, 6, 30))
>>> # [f.check for f in review.findings]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from foresight.calendar import ENGLAND_AND_WALES
from foresight.checks.context import CheckContext
from foresight.checks.engine import run_checks
from foresight.checks.settings import Settings, load_settings
from foresight.model.case import Case
from foresight.model.outcomes import CheckError, Finding, NotEvaluated, Outcome, Passed


@dataclass(frozen=True)
class Review:
    """A Case, the day it was reviewed as of, and every check's outcomes."""

    case: Case
    as_of: dt.date
    outcomes: tuple[Outcome, ...]

    @property
    def findings(self) -> list[Finding]:
        return [o for o in self.outcomes if isinstance(o, Finding)]

    @property
    def passed(self) -> list[Passed]:
        return [o for o in self.outcomes if isinstance(o, Passed)]

    @property
    def not_evaluated(self) -> list[NotEvaluated]:
        return [o for o in self.outcomes if isinstance(o, NotEvaluated)]

    @property
    def errors(self) -> list[CheckError]:
        return [o for o in self.outcomes if isinstance(o, CheckError)]


def review_case(
    case: Case, *, as_of: dt.date | None = None, settings: Settings | None = None
) -> Review:
    """Run every check on ``case`` as known on ``as_of`` (default today)."""
    day = as_of or dt.date.today()
    ctx = CheckContext(day, settings or load_settings(), ENGLAND_AND_WALES)
    return Review(case, day, run_checks(case, ctx))


def review_bundle(
    path: str | Path, *, as_of: dt.date | None = None, settings: Settings | None = None
) -> Review:
    """Read the bundle at ``path`` (its free text by the settings' ``dna_child_age_years``),
    link it and review it (raises ``BundleError`` when the bundle cannot be opened at all)."""
    # Imported here so the checks package does not pull the readers in for library users
    # who build their Case elsewhere (the store).
    from foresight.bundle import read_bundle
    from foresight.linkage import build_case

    chosen = settings or load_settings()
    bundle = read_bundle(path, dna_child_age=chosen.number("dna_child_age_years"))
    return review_case(build_case(bundle), as_of=as_of, settings=chosen)
