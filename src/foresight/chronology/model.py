"""The merged chronology as plain data: rows of one happening each, every source kept.

A :class:`MergedChronology` is what every export (csv, xlsx, docx, pdf), the timeline picture
and the web page render. Build it with :func:`foresight.chronology.merge_chronology`; narrow it
with :meth:`MergedChronology.filtered`; pseudonymise it with
:func:`foresight.chronology.pseudonymise`.

    >>> # chron = merge_chronology(case, findings=review.findings, analysis={"POL:7": "..."})
    >>> # for row in chron.rows: print(row.date_text, row.agencies, row.refs)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from foresight.model.dates import UncertainDate, in_words
from foresight.model.vocab import EventType


@dataclass(frozen=True)
class PersonName:
    """A person an entry involves: the linked person's id and the name shown (or a label)."""

    id: str
    name: str


@dataclass(frozen=True)
class RowFinding:
    """A finding whose evidence cites an entry of the row."""

    check: str
    learning_points: tuple[str, ...]
    message: str
    first_date: dt.date


@dataclass(frozen=True)
class ChronologyEntry:
    """One agency's entry, exactly as that agency recorded it (never merged away)."""

    ref: str  # AGENCY:event_id
    agency: str  # the agency's code
    agency_name: str
    event_id: str
    date: UncertainDate  # as written; ``date.written`` is what the agency wrote
    types: tuple[EventType, ...]
    details: str
    outcome: str
    source: str  # the agency's source document/system, as written
    author: str
    subjects: tuple[PersonName, ...]  # who it is about (the ``subjects`` rule)
    people: tuple[PersonName, ...]  # everyone else it lists (people and participants)
    row: int | None  # spreadsheet row in the agency's sheet, when known
    # Its types were read from its text (the agency left event_type blank) and no person has
    # confirmed them.
    types_inferred: bool = False

    @property
    def date_text(self) -> str:
        """A British date when exact ("3 March 2012"), else the date as written."""
        return in_words(self.date)


@dataclass(frozen=True)
class ChronologyRow:
    """One happening: one entry, or the entries of several agencies that recorded the same.

    ``entries`` are in date, agency, row order; the first gives the row's date.
    ``analysis`` is the reviewer's text for any of the row's refs ("" when none).
    """

    entries: tuple[ChronologyEntry, ...]
    significant: bool
    findings: tuple[RowFinding, ...] = ()
    analysis: str = ""

    @property
    def key(self) -> str:
        """The row's stable reference: its first entry's ref (the web app keys analysis on it)."""
        return self.entries[0].ref

    @property
    def date(self) -> UncertainDate:
        return self.entries[0].date

    @property
    def date_text(self) -> str:
        return self.entries[0].date_text

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(e.ref for e in self.entries)

    @property
    def agencies(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.agency for e in self.entries))

    @property
    def merged(self) -> bool:
        """More than one agency recorded this happening."""
        return len(self.entries) > 1

    @property
    def types(self) -> tuple[EventType, ...]:
        return tuple(dict.fromkeys(t for e in self.entries for t in e.types))

    @property
    def types_inferred(self) -> bool:
        """Some entry of the row has types read from its text, not yet confirmed."""
        return any(e.types_inferred for e in self.entries)

    @property
    def subjects(self) -> tuple[PersonName, ...]:
        return tuple(dict.fromkeys(p for e in self.entries for p in e.subjects))

    @property
    def people(self) -> tuple[PersonName, ...]:
        """Everyone listed who is not a subject of the row."""
        subjects = {p.id for p in self.subjects}
        found = (p for e in self.entries for p in e.people if p.id not in subjects)
        return tuple(dict.fromkeys(found))

    def involves(self, person_id: str) -> bool:
        return any(p.id == person_id for p in self.subjects + self.people)

    def could_fall_within(self, start: dt.date | None, end: dt.date | None) -> bool:
        """Some entry's date could fall within ``start``..``end`` (inclusive; None is open)."""
        return any(
            (start is None or e.date.latest >= start) and (end is None or e.date.earliest <= end)
            for e in self.entries
        )


@dataclass(frozen=True)
class MergedChronology:
    """Every entry of every agency, once, in rows of one happening each, in date order.

    ``filters`` describes any narrowing applied ("agency POL", "significant events only"),
    for export headings; ``pseudonymised`` is True once names and identifiers are replaced.
    """

    case_name: str
    rows: tuple[ChronologyRow, ...]
    agencies: tuple[tuple[str, str], ...]  # (code, name) of every agency in the case
    filters: tuple[str, ...] = ()
    pseudonymised: bool = False

    @property
    def entries(self) -> tuple[ChronologyEntry, ...]:
        return tuple(e for row in self.rows for e in row.entries)

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(e.ref for e in self.entries)

    def row_for(self, ref: str) -> ChronologyRow | None:
        """The row holding the entry ``ref`` (None when filtered out or unknown)."""
        return next((r for r in self.rows if ref in r.refs), None)

    def filtered(
        self,
        *,
        person: str | None = None,
        agency: str | None = None,
        types: Iterable[EventType] = (),
        start: dt.date | None = None,
        end: dt.date | None = None,
        significant_only: bool = False,
        inferred_only: bool = False,
    ) -> MergedChronology:
        """The rows that pass every filter given; a merged row is kept whole (both sources).

        ``person`` is a linked person's id; ``agency`` keeps rows any of whose entries that
        agency recorded; ``types`` keeps rows with any of those types; ``start``/``end`` keep
        rows whose date could fall in the period; ``inferred_only`` keeps rows with an entry
        whose types were read from its text and are not yet confirmed.

        >>> # chron.filtered(agency="POL", significant_only=True)
        """
        wanted = frozenset(types)
        rows = [
            r
            for r in self.rows
            if (person is None or r.involves(person))
            and (agency is None or agency in r.agencies)
            and (not wanted or bool(wanted.intersection(r.types)))
            and r.could_fall_within(start, end)
            and (r.significant or not significant_only)
            and (r.types_inferred or not inferred_only)
        ]
        described = _describe(person, agency, wanted, start, end, significant_only)
        if inferred_only:
            described += ("types read from the text only",)
        return replace(self, rows=tuple(rows), filters=self.filters + described)


def _describe(
    person: str | None,
    agency: str | None,
    types: frozenset[EventType],
    start: dt.date | None,
    end: dt.date | None,
    significant_only: bool,
) -> tuple[str, ...]:
    out: list[str] = []
    if person is not None:
        out.append(f"person {person}")
    if agency is not None:
        out.append(f"agency {agency}")
    if types:
        out.append("types " + ", ".join(sorted(t.value for t in types)))
    if start is not None or end is not None:
        begin = in_words(UncertainDate.exact(start)) if start else "the start"
        finish = in_words(UncertainDate.exact(end)) if end else "the end"
        out.append(f"from {begin} to {finish}")
    if significant_only:
        out.append("significant events only")
    return tuple(out)


@dataclass(frozen=True)
class GlossaryEntry:
    """One label of a pseudonymised chronology and who it stands for (kept apart: not for
    publication)."""

    label: str  # "Child 1", "Mother", "Adult Male 1"
    person_id: str
    name: str  # the real name, fullest recorded
    other_names: tuple[str, ...] = ()  # every other name form replaced by the label


@dataclass(frozen=True)
class Glossary:
    """The key to a pseudonymised chronology: label -> real person."""

    entries: tuple[GlossaryEntry, ...]

    def label_for(self, person_id: str) -> str:
        """The label of a person (KeyError when the glossary does not hold them)."""
        for entry in self.entries:
            if entry.person_id == person_id:
                return entry.label
        raise KeyError(person_id)

    def as_dict(self) -> dict[str, str]:
        """label -> real name."""
        return {e.label: e.name for e in self.entries}
