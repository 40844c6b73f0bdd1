"""From a bundle's records to a Case: link people, then build the read model."""

from __future__ import annotations

from foresight.linkage.deterministic import LinkageResult, link_records
from foresight.model.case import Case
from foresight.model.people import Person
from foresight.model.records import Bundle


def people_from(result: LinkageResult) -> tuple[Person, ...]:
    """One Person per group, its id the smallest ``AGENCY:person_id``, with its own links."""
    people = []
    for group in result.groups:
        keys = {r.key for r in group}
        links = tuple(link for link in result.links if link.a in keys and link.b in keys)
        pid = min(f"{r.agency}:{r.person_id}" for r in group)
        people.append(Person(id=pid, records=group, links=links))
    return tuple(sorted(people, key=lambda p: p.id))


def build_case(bundle: Bundle) -> Case:
    """Link a bundle's people across agencies and build its Case.

    >>> from foresight.model.records import Bundle, PersonRecord
    >>> case = build_case(Bundle("Sample", (), (PersonRecord("CSC", "C1", subject=True),), (), ()))
    >>> [p.id for p in case.people]
    ['CSC:C1']
    """
    result = link_records(bundle.people)
    return Case(
        name=bundle.name,
        agencies=bundle.agencies,
        people=people_from(result),
        relationships=bundle.relationships,
        events=bundle.events,
        problems=bundle.problems,
        uncertain_links=result.uncertain,
        carried=dict(bundle.carried) or None,
    )
