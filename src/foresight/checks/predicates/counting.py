"""Counting distinct happenings, and "N of them within M months" (learning-points.md
"Counting" and "Conventions").

A *happening* is one thing that happened to a child, however many agencies recorded it. Two
entries of different agencies are one happening when they share a subject, an event type or
class (*assessment*, *plan*, *concern*), and their dates are exact and on the same or adjacent
days (or, uncertain, read exactly alike); a ``referral`` that ``relates_to`` an entry of a
counted happening joins it and adds nothing. A happening keeps all its entries, so a finding's
evidence names every source. The merged chronology will refine the rule: it lives only in
:func:`distinct_happenings`.

A *run* is a stretch of happenings in which the count (or score) is reached within a window of
calendar months running from the first to the last counted happening. The count is reached on
the day the last counted happening is dated *and* every counted one is known
(``Run.reached``); with uncertain dates, ``Run.sure`` says whether it holds for every reading
(else the caller says the dates are too uncertain to tell).

>>> # two concerns, one recorded by school and police alike, then two more within 12 months
>>> # happenings = distinct_happenings(case, case.events(*CONCERN, about=child))
>>> # [run] = within_months(happenings, 3, 12)
>>> # run.counted[-1].date, run.reached, run.evidence   # the third; when known; every ref
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from foresight.checks.predicates.core import ASSESSMENT, CONCERN, PLAN
from foresight.model.case import Case
from foresight.model.dates import UncertainDate, in_words
from foresight.model.outcomes import Finding, Outcome, Passed
from foresight.model.records import Event
from foresight.model.vocab import EventType

CLASSES = (ASSESSMENT, PLAN, CONCERN)


@dataclass(frozen=True)
class Happening:
    """One happening: its entries, the first (by date, then agency) first."""

    entries: tuple[Event, ...]

    @property
    def first(self) -> Event:
        return self.entries[0]

    @property
    def date(self) -> UncertainDate:
        return self.first.date

    @property
    def earliest_known(self) -> Event:
        """The entry a reviewer could have known of first: the happening is known from it."""
        return min(self.entries, key=lambda e: (e.known_from, e.ref))

    @property
    def known_from(self) -> dt.date:
        return self.earliest_known.known_from

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(e.ref for e in self.entries)


def _kinds(event: Event) -> set[object]:
    """The entry's types and the classes it belongs to (for "same type or class")."""
    found: set[object] = set(event.types)
    found.update(kinds for kinds in CLASSES if any(t in kinds for t in event.types))
    return found


def _same_day_or_next(a: UncertainDate, b: UncertainDate) -> bool:
    if a.is_exact and b.is_exact:
        return abs((a.earliest - b.earliest).days) <= 1
    return (a.earliest, a.latest) == (b.earliest, b.latest)


def _one_happening(case: Case, anchor: Event, entries: Sequence[Event], event: Event) -> bool:
    return (  # cheapest first: most entries are on other days
        _same_day_or_next(anchor.date, event.date)
        and all(e.agency != event.agency for e in entries)
        and bool(_kinds(anchor) & _kinds(event))
        and bool(set(case.subjects_of(anchor)) & set(case.subjects_of(event)))
    )


def distinct_happenings(case: Case, events: Sequence[Event]) -> list[Happening]:
    """The distinct happenings among ``events``, in date order.

    >>> # school's and police's entries of a domestic abuse incident on 3 and 4 March 2012
    >>> # are one Happening with both entries; a referral relating to either joins it too.
    """
    ordered = sorted(dict.fromkeys(events), key=lambda e: (e.date.earliest, e.agency, e.ref))
    refs = {e.ref for e in ordered}
    related = [
        e
        for e in ordered
        if e.has(EventType.REFERRAL) and e.relates_to in refs and e.relates_to != e.ref
    ]
    groups: list[list[Event]] = []
    for event in ordered:
        if event in related:
            continue
        home = next((g for g in groups if _one_happening(case, g[0], g, event)), None)
        if home is None:
            groups.append([event])
        else:
            home.append(event)
    for referral in related:
        home = next((g for g in groups if any(e.ref == referral.relates_to for e in g)), None)
        if home is None:  # it relates to another related referral: count it on its own
            groups.append([referral])
        else:
            home.append(referral)
    return sorted((Happening(tuple(g)) for g in groups), key=lambda h: (h.date.earliest, h.refs))


def add_months(day: dt.date, months: int) -> dt.date:
    """``months`` calendar months after ``day`` (the month's last day when it is shorter).

    >>> add_months(dt.date(2012, 1, 31), 1)
    datetime.date(2012, 2, 29)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Run:
    """A stretch of happenings reaching the count: ``counted`` are those that first reach it
    (the last of them is the Nth), ``happenings`` every one in the stretch."""

    counted: tuple[Happening, ...]
    happenings: tuple[Happening, ...]
    sure: bool

    @property
    def last(self) -> Happening:
        """The happening that reached the count (the Nth): windows run from its date."""
        return self.counted[-1]

    @property
    def reached(self) -> dt.date:
        """The day the count was reached for every reading: the latest counted date, or the
        day the last counted happening became known, if later."""
        dated = max(h.date.latest for h in self.counted)
        return max(dated, *(h.known_from for h in self.counted))

    @property
    def known_entries(self) -> tuple[Event, ...]:
        """One entry per counted happening, the one known first (``judge``'s ``also_known``)."""
        return tuple(h.earliest_known for h in self.counted)

    @property
    def evidence(self) -> tuple[str, ...]:
        return tuple(ref for h in self.happenings for ref in h.refs)

    def describe(self, noun: str, whom: str, months: int) -> str:
        """``"4 concerns about Ava Sample (A:1, B:2, A:3, A:4), 3 of them within 24 months
        by 20 March 2010"``: every entry, and when the count was reached."""
        total, n = len(self.happenings), len(self.counted)
        plural = noun if total == 1 else f"{noun}s"
        return (
            f"{total} {plural} about {whom} ({', '.join(self.evidence)}), {n} of them within"
            f" {months} months by {in_words(self.last.date)}"
        )


def _span(chosen: Sequence[Happening], months: int) -> str:
    """``"sure"`` when the happenings fall within ``months`` for every reading, "maybe" for some,
    "" for none."""
    first = min(h.date.earliest for h in chosen), min(h.date.latest for h in chosen)
    last = max(h.date.earliest for h in chosen), max(h.date.latest for h in chosen)
    if max(last) <= add_months(first[0], months):
        return "sure"
    return "maybe" if last[0] <= add_months(first[1], months) else ""


def score_within_months(
    happenings: Sequence[Happening],
    weight: Callable[[Happening], int],
    score: int,
    months: int,
) -> list[Run]:
    """Each run in which the happenings' weights add up to ``score`` or more within
    ``months`` calendar months (AUD1: SERAF-like items, 3 or more in 6 months).

    For each happening, the fewest happenings ending with it that reach the score are counted;
    consecutive happenings that each reach it make one run.
    """
    ordered = sorted(happenings, key=lambda h: (h.date.earliest, h.refs))
    runs: list[Run] = []
    stretch: dict[int, Happening] = {}  # by position in ``ordered``, in order
    counted: tuple[Happening, ...] = ()
    status = ""
    for end in range(len(ordered)):
        chosen = _fewest_ending(ordered, end, weight, score)
        span = _span(chosen, months) if chosen else ""
        if span and not stretch:
            counted, status = tuple(chosen), span
        if span:
            stretch.update(enumerate(chosen, start=end + 1 - len(chosen)))
        elif stretch:
            runs.append(Run(counted, tuple(stretch.values()), status == "sure"))
            stretch = {}
    if stretch:
        runs.append(Run(counted, tuple(stretch.values()), status == "sure"))
    return runs


def _fewest_ending(
    ordered: Sequence[Happening], end: int, weight: Callable[[Happening], int], score: int
) -> list[Happening]:
    total = 0
    for start in range(end, -1, -1):
        total += weight(ordered[start])
        if total >= score:
            return list(ordered[start : end + 1])
    return []


def within_months(happenings: Sequence[Happening], n: int, months: int) -> list[Run]:
    """Each run of ``n`` or more happenings within ``months`` calendar months.

    >>> within_months([], 3, 12)
    []
    """
    return score_within_months(happenings, lambda _: 1, n, months)


def with_evidence(outcome: Outcome, refs: Iterable[str]) -> Outcome:
    """The outcome with ``refs`` (every counted entry) first among its evidence: ``judge``
    names only the trigger and what met the expectation."""
    if isinstance(outcome, Finding | Passed):
        merged = tuple(dict.fromkeys((*refs, *outcome.evidence)))
        return dataclasses.replace(outcome, evidence=merged)
    return outcome


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def ordinal(n: int) -> str:
    """``ordinal(3)`` is ``"third"`` (``"12th"`` past ninth), for "within 20 working days of
    the third"."""
    return _ORDINALS[n - 1] if 1 <= n <= len(_ORDINALS) else f"{n}th"
