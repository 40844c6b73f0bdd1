"""Everyday chronology entries, generated from templates with a fixed seed.

A long-running family's records are mostly ordinary contacts: GP appointments, attendance
notes, rent arrears, missed appointments. A :class:`Routine` describes one agency's ordinary
work with a family (when, how often, about whom, in which words); :func:`routine_entries`
turns it into entries, the same ones on every run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass

from foresight.synth.spec import Entry

# The details of an entry and its outcome, as the practitioner wrote them.
Line = tuple[str, str]


@dataclass(frozen=True)
class Template:
    """One kind of ordinary entry; ``{name}`` in its lines is the child it is about.

    ``adult`` entries are about the routine's adult (listed in ``people``), not a child.
    ``cells`` are fixed structured cells (``(("child_seen", "yes"),)``); ``mobility`` fills
    the infant's mobility from their age on the day; ``author`` overrides the agency's.
    """

    types: str
    lines: tuple[Line, ...]
    adult: bool = False
    weight: int = 1
    cells: tuple[tuple[str, str], ...] = ()
    mobility: bool = False
    author: str = ""


@dataclass(frozen=True)
class Seen:
    """A child an agency sees from ``since`` until ``until`` (its reference and birth date)."""

    name: str
    person_id: str
    born: dt.date
    since: dt.date
    until: dt.date = dt.date.max


@dataclass(frozen=True)
class Routine:
    """One agency's ordinary work with the family between ``start`` and ``end``."""

    agency: str
    start: dt.date
    end: dt.date
    every_days: int
    templates: tuple[Template, ...]
    children: tuple[Seen, ...] = ()
    adult: str = ""
    term_time: bool = False
    blank_id_every: int = 0  # every Nth entry has no event_id (the reader generates one)


def routine_entries(routines: tuple[Routine, ...], seed: int) -> tuple[Entry, ...]:
    """Every routine's entries, deterministic for a given ``seed``.

    >>> import datetime as dt
    >>> r = Routine("GP", dt.date(2015, 1, 5), dt.date(2015, 3, 1), 14,
    ...             (Template("health_contact", (("Seen.", ""),), adult=True),), adult="G1")
    >>> len(routine_entries((r,), seed=1)) > 2
    True
    """
    rng = random.Random(seed)
    entries: list[Entry] = []
    for routine in routines:
        for n, when in enumerate(_days(routine, rng), start=1):
            entry = _entry(routine, when, rng)
            if entry is None:
                continue
            if routine.blank_id_every and n % routine.blank_id_every == 0:
                entry = dataclasses.replace(entry, event_id="")
            entries.append(entry)
    return tuple(entries)


def _days(routine: Routine, rng: random.Random) -> list[dt.date]:
    days: list[dt.date] = []
    jitter = max(1, routine.every_days // 3)
    when = routine.start
    while when <= routine.end:
        if not (routine.term_time and _holiday(when)):
            days.append(_weekday(when))
        when += dt.timedelta(days=routine.every_days + rng.randint(-jitter, jitter))
    return days


def _holiday(day: dt.date) -> bool:
    """Roughly the school holidays: August, and Christmas to New Year."""
    return day.month == 8 or (day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 4)


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _entry(routine: Routine, when: dt.date, rng: random.Random) -> Entry | None:
    template = rng.choices(routine.templates, weights=[t.weight for t in routine.templates])[0]
    details, outcome = rng.choice(template.lines)
    cells = dict(template.cells)
    if template.adult:
        return Entry(
            routine.agency,
            when,
            template.types,
            details,
            outcome,
            people=routine.adult,
            author=template.author,
            **cells,
        )
    seen = [c for c in routine.children if c.since <= when <= c.until and c.born <= when]
    if not seen:
        return None
    child = rng.choice(seen)
    if template.mobility:
        cells["mobility"] = _mobility(child.born, when)
    return Entry(
        routine.agency,
        when,
        template.types,
        details.format(name=child.name),
        outcome.format(name=child.name),
        subjects=child.person_id,
        author=template.author,
        **cells,
    )


def _mobility(born: dt.date, day: dt.date) -> str:
    """A typical infant's mobility at an age: a plausible value, not a clinical rule."""
    months = (day.year - born.year) * 12 + day.month - born.month
    for limit, stage in ((4, "not_mobile"), (7, "rolling"), (9, "crawling"), (12, "cruising")):
        if months < limit:
            return stage
    return "walking"
