"""What a check says about a child: a finding, a pass, not evaluated, or an error."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """The record matches a pattern a review learned from. A prompt, never a verdict.

    ``subject`` is the person id of the subject child the finding concerns (for an adult or a
    sibling, the subject child whose household or plan it affects). ``evidence`` holds
    ``AGENCY:event_id`` references. ``first_date`` is the first day the breach held with only
    what was recorded by then.
    """

    check: str
    learning_points: tuple[str, ...]
    subject: str
    message: str
    evidence: tuple[str, ...]
    first_date: dt.date
    cannot_know: str = ""
    expected: str = ""


@dataclass(frozen=True)
class Passed:
    check: str
    subject: str
    message: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotEvaluated:
    check: str
    subject: str
    reason: str


@dataclass(frozen=True)
class CheckError:
    """A check that crashed: reported, never mistaken for a pass."""

    check: str
    subject: str
    message: str


Outcome = Finding | Passed | NotEvaluated | CheckError
