"""Reading a whole bundle into a :class:`~foresight.model.records.Bundle`.

The tables are read in order (agencies, people, relationships, events) so that agency codes
and person ids written in one table can be checked against the others.
"""

from __future__ import annotations

from pathlib import Path

from foresight.bundle.agencies import AGENCIES, Agencies
from foresight.bundle.columns import Bound, Schema, bind
from foresight.bundle.events import EVENTS, FamilyFacts, read_events
from foresight.bundle.people import PEOPLE, RELATIONSHIPS, person_index, read_people
from foresight.bundle.people import read_relationships as _read_relationships
from foresight.bundle.sources import Source, open_bytes, open_path
from foresight.model.records import Bundle, PersonRecord, Problem

NO_SUBJECT = (
    "no person is marked as a subject child: write yes in the subject column for the child or "
    "children the bundle is about; checks about a child are not evaluated"
)
SCHEMAS = {schema.table: schema for schema in (AGENCIES, PEOPLE, RELATIONSHIPS, EVENTS)}


def read_bundle(path: str | Path, *, dna_child_age: float | None = None) -> Bundle:
    """Read a bundle from an ``.xlsx`` workbook, a folder of CSV files or a ``.zip``.

    Raises :class:`~foresight.errors.BundleError` when it cannot be opened at all; anything
    less is a located :class:`~foresight.model.records.Problem` on ``Bundle.problems``.
    ``dna_child_age``: under this age a missed appointment an entry's text calls only "DNA"
    is ``was_not_brought`` (the partnership setting ``dna_child_age_years``; default the
    tagger's, 16).

    >>> bundle = read_bundle("bundles/family-a.xlsx")      # doctest: +SKIP
    >>> bundle.name, len(bundle.events)                    # doctest: +SKIP
    ('family-a', 212)
    """
    return _read(open_path(Path(path)), dna_child_age)


def read_bundle_bytes(data: bytes, filename: str) -> Bundle:
    """Read an uploaded bundle (an ``.xlsx`` workbook or a ``.zip``) held in memory.

    >>> read_bundle_bytes(Path("family-a.zip").read_bytes(), "family-a.zip")  # doctest: +SKIP
    Bundle(name='family-a', ...)
    """
    return _read(open_bytes(data, filename))


def _read(source: Source, dna_child_age: float | None = None) -> Bundle:
    problems = list(source.problems)
    bounds = {kind: _bind(source, kind, problems) for kind in SCHEMAS if kind in source.tables}
    agencies = Agencies()
    if "agencies" in bounds:
        agencies.read_table(bounds["agencies"], problems)
    people: tuple[PersonRecord, ...] = ()
    if "people" in bounds:
        people = read_people(bounds["people"], agencies, problems)
    else:
        problems.append(_no_table(source, "people", "the people table"))
    index = person_index(people) if bounds.get("people") and bounds["people"].rows else None
    relationships = (
        _read_relationships(bounds["relationships"], agencies, index, problems)
        if "relationships" in bounds
        else ()
    )
    if "events" in bounds:
        for row in bounds["events"].rows:  # known before relates_to prefixes are read
            if agency := str(row.get("agency")).strip():
                agencies.code(agency)
        family = FamilyFacts.of(people, dna_child_age)
        events, carried = read_events(bounds["events"], agencies, index, problems, family)
    else:
        events, carried = (), {}
        problems.append(_no_table(source, "events", "the chronology"))
    if index is not None and not any(p.subject for p in people):
        problems.append(Problem(bounds["people"].label, None, "subject", NO_SUBJECT))
    built = agencies.build(source.label, problems)
    return Bundle(
        source.name,
        built,
        people,
        relationships,
        events,
        tuple(problems),
        {a.code: carried.get(a.code, frozenset()) for a in built},
    )


def _bind(source: Source, kind: str, problems: list[Problem]) -> Bound:
    schema: Schema = SCHEMAS[kind]
    bound = bind(source.tables[kind], schema)
    problems.extend(bound.problems)
    return bound


def _no_table(source: Source, kind: str, what: str) -> Problem:
    return Problem(
        source.label,
        None,
        None,
        (
            f"the bundle has no {kind} table, so {what} could not be read and the checks that "
            f"need it are not evaluated; add a sheet or file named {kind}"
        ),
    )
