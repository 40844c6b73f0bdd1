"""Build the merged chronology of a case: every entry once, same happenings merged.

>>> # chron = merge_chronology(build_case(read_bundle("family.xlsx")))
>>> # len(chron.refs) == len(case.events_all)   # every entry exactly once
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from foresight.chronology.matching import entry_text, same_happening, text_similarity
from foresight.chronology.model import (
    ChronologyEntry,
    ChronologyRow,
    MergedChronology,
    PersonName,
    RowFinding,
)
from foresight.model.case import Case
from foresight.model.outcomes import Finding
from foresight.model.people import Person
from foresight.model.records import Event
from foresight.model.vocab import EventType as T

# Event types a review panel treats as significant (the "significant events only" filter and
# the timeline's marks): statutory steps, harm, and changes in who the child lives with. An
# entry on the day someone it involves died is significant too.
SIGNIFICANT_TYPES: frozenset[T] = frozenset(
    {
        T.REFERRAL,
        T.STRATEGY_DISCUSSION,
        T.SECTION_47_ENQUIRY,
        T.CHILD_PROTECTION_CONFERENCE,
        T.CHILD_PROTECTION_PLAN,
        T.CHILD_IN_NEED_PLAN,
        T.LOOKED_AFTER,
        T.PLACEMENT,
        T.PRE_BIRTH_ASSESSMENT,
        T.MARAC,
        T.INJURY,
        T.SELF_HARM,
        T.DISCLOSURE,
        T.MISSING_EPISODE,
        T.DOMESTIC_ABUSE_INCIDENT,
        T.BEREAVEMENT,
        T.BIRTH,
        T.JOINED_HOUSEHOLD,
        T.LEFT_HOUSEHOLD,
        T.HOSPITAL_ADMISSION,
        T.HOMELESSNESS,
        T.EXCLUSION,
        T.CSE_INDICATOR,
        T.ARREST,
        T.PROFESSIONAL_DISAGREEMENT,
        T.ESCALATION,
        T.CASE_CLOSED,
    }
)

# Rows to look back over for a same happening: dates at most a day apart, so a short window.
_WINDOW_DAYS = 1


@dataclass
class _Group:
    events: list[Event] = field(default_factory=list)

    @property
    def agencies(self) -> set[str]:
        return {e.agency for e in self.events}


def _names(people: Iterable[Person]) -> tuple[PersonName, ...]:
    return tuple(PersonName(p.id, p.name) for p in people)


def _entry(case: Case, event: Event) -> ChronologyEntry:
    subjects = case.subjects_of(event)
    listed = dict.fromkeys(case.people_of(event) + case.participants_of(event))
    others = [p for p in listed if p not in subjects]
    return ChronologyEntry(
        ref=event.ref,
        agency=event.agency,
        agency_name=case.agency(event.agency).name,
        event_id=event.event_id,
        date=event.date,
        types=event.types,
        details=event.details,
        outcome=event.outcome,
        source=event.source,
        author=event.author,
        subjects=_names(subjects),
        people=_names(others),
        row=event.row,
        types_inferred=event.types_inferred,
    )


def _score(case: Case, group: _Group, event: Event) -> float | None:
    """How well ``event`` joins ``group`` (None when it may not): at most one entry of an
    agency per row, and the same happening as some entry of the row."""
    if event.agency in group.agencies:
        return None
    matches = [e for e in group.events if same_happening(e, event, case)]
    if not matches:
        return None
    return max(text_similarity(entry_text(e), entry_text(event)) for e in matches)


def group_events(case: Case, events: Iterable[Event]) -> list[tuple[Event, ...]]:
    """The entries grouped into happenings, in chronological order (each entry once)."""
    ordered = sorted(
        dict.fromkeys(events),
        key=lambda e: (e.date.earliest, e.agency, e.row or 0, e.event_id),
    )
    groups: list[_Group] = []
    open_from = 0  # groups before this index are too early to join
    for event in ordered:
        while (
            open_from < len(groups)
            and (event.date.earliest - groups[open_from].events[0].date.latest).days > _WINDOW_DAYS
        ):
            open_from += 1
        scored = [
            (s, i)
            for i in range(open_from, len(groups))
            if (s := _score(case, groups[i], event)) is not None
        ]
        if scored:
            groups[max(scored)[1]].events.append(event)
        else:
            groups.append(_Group([event]))
    return [tuple(g.events) for g in groups]


def _significant(case: Case, event: Event, kinds: frozenset[T]) -> bool:
    """Of a significant type, or on the day someone it involves died (no event type says
    death: the people sheet's ``date_of_death`` does)."""
    if any(t in kinds for t in event.types):
        return True
    return any(
        d.could_be(event.date.earliest) and event.date.is_exact
        for person in case.mentioned_in(event)
        for d in person.dates_of_death
    )


def _findings(findings: Iterable[Finding]) -> dict[str, list[RowFinding]]:
    out: dict[str, list[RowFinding]] = {}
    for f in findings:
        note = RowFinding(f.check, f.learning_points, f.message, f.first_date)
        for ref in dict.fromkeys(f.evidence):
            out.setdefault(ref, []).append(note)
    return out


def _analysis(refs: Iterable[str], analysis: Mapping[str, str]) -> str:
    texts = (analysis.get(ref, "").strip() for ref in refs)
    return "\n\n".join(dict.fromkeys(t for t in texts if t))


def merge_chronology(
    case: Case,
    *,
    findings: Iterable[Finding] = (),
    analysis: Mapping[str, str] | None = None,
    significant: frozenset[T] = SIGNIFICANT_TYPES,
) -> MergedChronology:
    """Every entry of every agency in date order, the same happening shown once.

    Rows are ordered by their first entry's earliest day, then agency, then row. ``findings``
    are pinned to the rows their evidence cites; ``analysis`` maps an entry ref (a row's
    ``key`` for a merged row) to the reviewer's text.

    >>> # chron = merge_chronology(case, findings=review.findings, analysis={"POL:7": "Missed"})
    >>> # chron.filtered(significant_only=True).rows[0].refs   # ('POL:7', 'OAK:12')
    """
    notes = _findings(findings)
    remarks = analysis or {}
    rows = []
    for events in group_events(case, case.events_all):
        refs = [e.ref for e in events]
        pinned = dict.fromkeys(n for ref in refs for n in notes.get(ref, ()))
        rows.append(
            ChronologyRow(
                entries=tuple(_entry(case, e) for e in events),
                significant=any(_significant(case, e, significant) for e in events),
                findings=tuple(pinned),
                analysis=_analysis(refs, remarks),
            )
        )
    agencies = tuple((a.code, a.name) for a in case.agencies)
    return MergedChronology(case_name=case.name, rows=tuple(rows), agencies=agencies)
