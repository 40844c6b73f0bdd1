"""A family as the four tables of a bundle, ready for any writer.

A cell is a string, or a ``datetime.date`` for an exact date (so a workbook holds a real date
cell and a CSV file the agency's own style). An optional column appears only when some row
fills it: an agency that leaves it blank on all its rows then "does not carry" it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, fields

from foresight.synth.spec import DateCell, Entry, Family

Cell = str | dt.date

AGENCY_COLUMNS = ("agency", "name", "kind", "local_authority")
PEOPLE_COLUMNS = (
    "agency",
    "person_id",
    "given_names",
    "family_name",
    "other_names",
    "date_of_birth",
    "sex",
    "nhs_number",
    "address",
    "postcode",
    "role",
    "subject",
)
RELATIONSHIP_COLUMNS = ("agency", "person_id", "relationship", "other_person_id", "from", "to")
# Event columns in the order a chronology template lists them; ``types`` is ``event_type``.
EVENT_COLUMNS = (
    "agency",
    "event_id",
    "date",
    "time",
    "end_date",
    "event_type",
    "subjects",
    "people",
    "participants",
    "details",
    "outcome",
    "child_seen",
    "child_views",
    "agencies_involved",
    "to_agency",
    "factors",
    "risk_level",
    "mobility",
    "category",
    "gestation_weeks",
    "reason",
    "emergency",
    "lawful_basis",
    "placement_la",
    "responsible_la",
    "stage",
    "status",
    "relates_to",
    "recorded",
    "source",
    "author",
)
REQUIRED_EVENT_COLUMNS = frozenset({"agency", "event_id", "date", "event_type", "details"})


@dataclass(frozen=True)
class Table:
    """One sheet or CSV file: a header and its rows."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def family_tables(family: Family) -> tuple[Table, ...]:
    """The bundle's tables, in sheet order: people, events, relationships (if any), agencies.

    >>> from foresight.synth.families.scr4 import SCR4_SIBLING_NOT_ASSESSED as family
    >>> [t.name for t in family_tables(family)]
    ['people', 'events', 'relationships', 'agencies']
    """
    tables = [_people(family), _events(family)]
    if family.relationships:
        tables.append(_relationships(family))
    tables.append(_agencies(family))
    return tuple(tables)


def _cell(value: DateCell | None) -> Cell:
    return "" if value is None else value


def _people(family: Family) -> Table:
    rows = []
    for p in family.people:
        rows.append(
            (
                p.agency,
                p.person_id,
                p.given_names,
                p.family_name,
                p.other_names,
                _cell(p.date_of_birth),
                p.sex,
                p.nhs_number,
                p.address,
                p.postcode,
                p.role,
                "yes" if p.subject else "",
            )
        )
    return _trimmed("people", PEOPLE_COLUMNS, rows, keep=frozenset({"agency", "person_id"}))


def _relationships(family: Family) -> Table:
    rows = [
        (r.agency, r.person_id, r.relationship, r.other_person_id, _cell(r.start), _cell(r.end))
        for r in family.relationships
    ]
    return Table("relationships", RELATIONSHIP_COLUMNS, tuple(rows))


def _agencies(family: Family) -> Table:
    rows = [(a.code, a.name, a.kind, a.local_authority) for a in family.agencies]
    return Table("agencies", AGENCY_COLUMNS, tuple(rows))


def _events(family: Family) -> Table:
    counters: dict[str, int] = defaultdict(int)
    rows = []
    for entry in family.entries:
        agency = family.agency(entry.agency)
        event_id = entry.event_id
        if event_id is None:
            counters[agency.code] += 1
            event_id = f"{agency.id_prefix}{counters[agency.code]:04d}" if agency.id_prefix else ""
        values = _entry_values(entry)
        values["event_id"] = event_id
        values["source"] = entry.source or agency.source
        values["author"] = entry.author or agency.author
        rows.append(tuple(values[c] for c in EVENT_COLUMNS))
    return _trimmed("events", EVENT_COLUMNS, rows, keep=REQUIRED_EVENT_COLUMNS)


def _entry_values(entry: Entry) -> dict[str, Cell]:
    values: dict[str, Cell] = {}
    for f in fields(entry):
        value = getattr(entry, f.name)
        values["event_type" if f.name == "types" else f.name] = "" if value is None else value
    return values


def _trimmed(
    name: str, header: tuple[str, ...], rows: Sequence[Sequence[Cell]], keep: frozenset[str]
) -> Table:
    """Drop optional columns no row fills: the bundle then lacks them altogether."""
    used = [
        i for i, column in enumerate(header) if column in keep or any(row[i] != "" for row in rows)
    ]
    return Table(
        name,
        tuple(header[i] for i in used),
        tuple(tuple(row[i] for i in used) for row in rows),
    )
