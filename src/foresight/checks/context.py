"""What a check runs with: the review date, the settings, the working-day calendar, and the
helpers that turn "a trigger, a deadline, what is missing" into an outcome.

Deadlines and uncertain dates follow learning-points.md "Conventions":

* "within N working days of D": D is day 0, the deadline is the Nth working day after D;
  it has passed only when ``as_of`` is after it, and a finding's ``first_date`` is the day
  after it (or, if later, the day the trigger entry became known).
* A finding only when the breach holds for *every* reading of the uncertain dates involved;
  when it holds for some readings only, the outcome is :class:`NotEvaluated` ("the dates are
  too uncertain to tell"). That includes a deadline that has passed for the earliest reading
  of the trigger date but not yet for the latest.
* A deadline that has not passed by ``as_of`` is not a breach. We return :class:`Passed` with
  a message "not due until ..." rather than ``NotEvaluated``: nothing is missing from the
  record and nothing is wrong yet, and ``NotEvaluated`` is kept for records that lack what a
  check needs.

>>> import datetime as dt
>>> ctx = CheckContext(dt.date(2012, 3, 10))
>>> ctx.deadline_working(dt.date(2012, 3, 2), 1)   # a Friday: the deadline is Monday
datetime.date(2012, 3, 5)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from foresight.calendar import ENGLAND_AND_WALES, WorkingDays
from foresight.checks.settings import Settings, load_settings
from foresight.model.dates import UncertainDate, british, in_words
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.records import Event

if TYPE_CHECKING:
    from foresight.checks.registry import CheckSpec

_ONE_DAY = dt.timedelta(days=1)
TOO_UNCERTAIN = "the dates are too uncertain to tell"


@dataclass(frozen=True)
class Window:
    """The days an expected entry must fall in, over every reading of the trigger's dates.

    ``opens`` and ``closes`` are each the pair (for the earliest reading, for the latest
    reading). An entry falls in the window for *every* reading when its whole date range lies
    between the latest opening and the earliest closing; it *could* fall in it when its range
    meets the span from the earliest opening to the latest closing.
    """

    opens: tuple[dt.date, dt.date]
    closes: tuple[dt.date, dt.date]

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        """Every day that is in the window for some reading (for ``case.events(between=)``)."""
        return (self.opens[0], self.closes[1])

    @property
    def onwards(self) -> tuple[dt.date, dt.date]:
        """From the window's first day on: expected entries that came late are found too, so a
        finding can say when the response did come."""
        return (self.opens[0], dt.date.max)

    @property
    def deadline(self) -> dt.date:
        """The last day of the window for the latest reading: after it, every reading's
        deadline has passed."""
        return self.closes[1]

    def surely_contains(self, date: UncertainDate) -> bool:
        return date.earliest >= self.opens[1] and date.latest <= self.closes[0]

    def could_contain(self, date: UncertainDate) -> bool:
        return date.latest >= self.opens[0] and date.earliest <= self.closes[1]

    def passed_for_every_reading(self, as_of: dt.date) -> bool:
        return as_of > self.closes[1]

    def passed_for_some_reading(self, as_of: dt.date) -> bool:
        return as_of > self.closes[0]


@dataclass(frozen=True)
class Expectation:
    """One thing the record should show in a window: what, in plain words, and the entries
    of the right kind about the right person that might show it."""

    what: str
    candidates: tuple[Event, ...]


@dataclass(frozen=True)
class CheckContext:
    """``as_of`` (replay date), ``settings`` and the working-day ``calendar``; ``check`` is the
    spec of the check being run (set by the engine), which outcomes are labelled with.

    >>> ctx = CheckContext(dt.date(2012, 3, 10))
    >>> ctx.settings.child_age_years
    18
    """

    as_of: dt.date
    settings: Settings = field(default_factory=load_settings)
    calendar: WorkingDays = ENGLAND_AND_WALES
    check: CheckSpec | None = None

    def for_check(self, spec: CheckSpec) -> CheckContext:
        return replace(self, check=spec)

    # --- deadlines -------------------------------------------------------------------------

    def deadline_working(self, day: dt.date, n: int) -> dt.date:
        """The Nth working day after ``day`` (day 0); ``n = 0`` is ``day`` itself; negative
        ``n`` counts back."""
        return day if n == 0 else self.calendar.add_working_days(day, n)

    def deadline_days(self, day: dt.date, n: int) -> dt.date:
        """``n`` calendar days after ``day`` (negative counts back)."""
        return day + dt.timedelta(days=n)

    def within_working_days(self, date: UncertainDate, n: int) -> Window:
        """From the trigger's date to the Nth working day after it, for every reading."""
        return Window(
            (date.earliest, date.latest),
            (self.deadline_working(date.earliest, n), self.deadline_working(date.latest, n)),
        )

    def within_days(self, date: UncertainDate, n: int) -> Window:
        """From the trigger's date to ``n`` calendar days after it, for every reading."""
        return Window(
            (date.earliest, date.latest),
            (self.deadline_days(date.earliest, n), self.deadline_days(date.latest, n)),
        )

    def either_side_working(
        self, start: UncertainDate, n: int, end: UncertainDate | None = None
    ) -> Window:
        """From N working days before ``start`` to N after ``end`` (or ``start``)."""
        last = end or start
        return Window(
            (self.deadline_working(start.earliest, -n), self.deadline_working(start.latest, -n)),
            (self.deadline_working(last.earliest, n), self.deadline_working(last.latest, n)),
        )

    # --- outcomes ----------------------------------------------------------------------------

    @property
    def code(self) -> str:
        return self.check.code if self.check else "FS-UNKNOWN"

    def passed(self, subject: str, message: str = "", evidence: Iterable[str] = ()) -> Passed:
        return Passed(self.code, subject, message, tuple(evidence))

    def not_evaluated(self, subject: str, reason: str) -> NotEvaluated:
        return NotEvaluated(self.code, subject, reason)

    def finding(
        self,
        subject: str,
        message: str,
        *,
        evidence: Iterable[str],
        first_date: dt.date,
        expected: str = "",
    ) -> Finding:
        """A finding labelled with the running check's code, learning points and what the
        check cannot know (its docstring section)."""
        spec = self.check
        return Finding(
            check=self.code,
            learning_points=spec.learning_points if spec else (),
            subject=subject,
            message=message,
            evidence=tuple(dict.fromkeys(evidence)),
            first_date=first_date,
            cannot_know=spec.cannot_know if spec else "",
            expected=expected,
        )

    def judge(
        self,
        subject: str,
        trigger: Event,
        window: Window,
        expectations: Sequence[Expectation],
        *,
        about: str,
        expected: str,
        also_known: Iterable[Event] = (),
    ) -> Outcome:
        """Decide one trigger: a :class:`Finding` when some expectation is missing for every
        reading of the dates and its deadline has passed for every reading; :class:`Passed`
        when all are met, or when the deadline has not passed for any reading (a "not due"
        message); :class:`NotEvaluated` when the dates are too uncertain to tell.

        ``about`` names the trigger ("Injury to Ava Sample recorded by HV on 3 March 2012");
        ``expected`` says what the record should show and by when; ``also_known`` lists other
        entries the trigger depends on (the finding cannot be known before them).
        """
        status = {e.what: _status(e, window) for e in expectations}
        met = [e for e in expectations if status[e.what] == "met"]
        missing = [e.what for e in expectations if status[e.what] == "missing"]
        unsure = [e.what for e in expectations if status[e.what] == "unsure"]
        refs = [trigger.ref, *(e.ref for e in also_known)]
        expected = f"{expected} (by {british(window.deadline)})"
        found = refs + [c.ref for e in met for c in e.candidates if window.could_contain(c.date)]
        if not missing and not unsure:
            return self.passed(subject, f"{about}: {_found_text(met, window)}.", found)
        if missing and window.passed_for_every_reading(self.as_of):
            known = max([trigger.known_from, *(e.known_from for e in also_known)])
            first = max(window.deadline + _ONE_DAY, known)
            text = f"{about}. Expected {expected}; found no {_join(missing, 'or')} by then"
            late = _late_text(expectations, missing, window)
            if late:
                text += f" ({late})"
            if met:
                text += f" ({_found_text(met, window)})"
            text += uncertain_note(trigger)
            return self.finding(
                subject, text + ".", evidence=found, first_date=first, expected=expected
            )
        if not window.passed_for_some_reading(self.as_of):
            due = british(window.deadline)
            what = _join(missing + unsure, "and")
            return self.passed(subject, f"{about}: {what} not due until {due}.")
        what = _join(missing + unsure, "and")
        return self.not_evaluated(subject, f"{about}: {TOO_UNCERTAIN} whether {what} was in time.")


def uncertain_note(trigger: Event) -> str:
    """What a finding must say when its trigger's type was inferred from an uncertain mention
    ("?bruise", "query NAI"): a reader weighs it as a question, not a fact."""
    if not (trigger.types_inferred and trigger.uncertain_types):
        return ""
    from foresight.text import tag  # the reader has loaded it already when types are inferred

    tagging = tag(trigger.details, trigger.outcome)
    notes = []
    for kind in trigger.uncertain_types:
        words = tagging.uncertain_evidence(kind) or trigger.inferred_from
        quoted = ", ".join(f"'{w}'" for w in words)
        name = str(kind).replace("_", " ")
        notes.append(f" (the entry's {name} was inferred from an uncertain mention: {quoted})")
    return "".join(notes)


def _status(expectation: Expectation, window: Window) -> str:
    dates = [c.date for c in expectation.candidates]
    if any(window.surely_contains(d) for d in dates):
        return "met"
    if any(window.could_contain(d) for d in dates):
        return "unsure"
    return "missing"


def _found_text(met: Sequence[Expectation], window: Window) -> str:
    parts = []
    for expectation in met:
        entry = next(c for c in expectation.candidates if window.surely_contains(c.date))
        parts.append(f"{expectation.what} recorded ({entry.ref}, {in_words(entry.date)})")
    return "; ".join(parts) if parts else "nothing was expected"


def _late_text(expectations: Sequence[Expectation], missing: Sequence[str], window: Window) -> str:
    """``the first referral to children's social care came later: GP:E5 of 16 September 2019``."""
    parts = []
    for expectation in expectations:
        if expectation.what not in missing:
            continue
        later = [c for c in expectation.candidates if c.date.earliest > window.closes[0]]
        if later:
            first = min(later, key=lambda c: c.date.earliest)
            parts.append(f"{expectation.what} came later: {first.ref} of {in_words(first.date)}")
    return "; ".join(parts)


def _join(items: Sequence[str], conjunction: str) -> str:
    items = list(dict.fromkeys(items))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def expectations(pairs: Mapping[str, Iterable[Event]]) -> tuple[Expectation, ...]:
    """``{"a paediatric assessment": entries, ...}`` as :class:`Expectation` values."""
    return tuple(Expectation(what, tuple(found)) for what, found in pairs.items())
