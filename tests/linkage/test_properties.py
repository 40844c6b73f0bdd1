"""Properties of linkage over random small bundles."""

import datetime as dt
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from factories import a_bundle, a_child, a_relationship, an_event
from foresight.linkage import build_case
from foresight.model.records import Bundle, PersonRecord
from foresight.model.vocab import EventType

NAMES = st.sampled_from([None, "Ava Sample", "ava  sample", "Ben Sample", "Zoë O'Brien"])
BIRTHS = st.sampled_from([None, "2011-01-12", "Jan 2011", "2012-05-05", "2011"])
NHS = st.sampled_from([None, "9434765919", "4010232137"])
UPN = st.sampled_from([None, "A801200001001", "B801200001002"])
AGENCIES = st.sampled_from(["CSC", "GP", "HV", "SCHOOL"])


@st.composite
def records(draw: st.DrawFn) -> list[PersonRecord]:
    count = draw(st.integers(min_value=1, max_value=8))
    out = []
    for i in range(count):
        out.append(
            a_child(
                f"R{i}",
                agency=draw(AGENCIES),
                name=draw(NAMES),
                born=draw(BIRTHS),
                subject=draw(st.booleans()),
                nhs_number=draw(NHS),
                upn=draw(UPN),
                other_names=tuple(n for n in [draw(NAMES)] if n),
            )
        )
    return out


@given(records())
def test_every_record_belongs_to_exactly_one_person(people: list[PersonRecord]) -> None:
    case = build_case(a_bundle(people, [an_event(subjects=None)]))
    owners = [p.id for p in case.people for _ in p.records]
    assert sorted(k for p in case.people for k in p.keys) == sorted(r.key for r in people)
    assert len(owners) == len(people)
    for person in case.people:
        assert person.id == min(f"{a}:{b}" for a, b in person.keys)
        # A person never holds two different NHS numbers or UPNs.
        assert len({r.nhs_number for r in person.records if r.nhs_number}) <= 1
        assert len({r.upn for r in person.records if r.upn}) <= 1
        assert len(person.links) == len(person.records) - 1
        # Two records of one agency come together only through an identifier.
        if len(person.agencies) < len(person.records):
            assert any(r.nhs_number or r.upn for r in person.records)
        assert case.age_on(person, dt.date(2015, 1, 1)) is None or person.dates_of_birth
    for link in case.uncertain_links:
        assert case.person_for(*link.a) is not case.person_for(*link.b)


ROLES = st.sampled_from([None, "mother", "father", "mum's boyfriend", "half-brother", "lodger"])
KINDS = st.sampled_from(
    ["parent", "step_parent", "partner", "sibling", "half_sibling", "lives_with"]
)
TYPES = st.sampled_from(
    [
        EventType.HOME_VISIT,
        EventType.SELF_HARM,
        EventType.JOINED_HOUSEHOLD,
        EventType.LEFT_HOUSEHOLD,
    ]
)


@st.composite
def families(draw: st.DrawFn) -> Bundle:
    people = draw(records())
    people = [replace(r, role=draw(ROLES)) for r in people]
    keys = [(r.agency, r.person_id) for r in people]
    same_agency = st.sampled_from(keys).flatmap(
        lambda k: st.tuples(st.just(k), st.sampled_from([x for x in keys if x[0] == k[0]]))
    )
    rels = [
        a_relationship(a[1], draw(KINDS), b[1], agency=a[0], start=draw(BIRTHS))
        for a, b in draw(st.lists(same_agency, max_size=5))
    ]
    events = []
    for (agency, pid), day in draw(st.lists(st.tuples(st.sampled_from(keys), BIRTHS), max_size=6)):
        events.append(
            an_event(
                draw(TYPES),
                on=day or "2012-01-01",
                agency=agency,
                subjects=draw(st.sampled_from([None, pid])),
                people=pid,
            )
        )
    return a_bundle(people, events, rels)


@given(families(), st.dates(min_value=dt.date(2009, 1, 1), max_value=dt.date(2014, 1, 1)))
def test_family_queries_never_raise(bundle: Bundle, day: dt.date) -> None:
    case = build_case(bundle)
    for child in case.people:
        home = case.household_on(child, day)
        assert child in home
        assert child not in case.siblings_of(child)
        assert child not in case.parents_of(child)
        case.partners_of(child, day)
    view = case.known_on(day)
    assert all(e.known_from <= day for e in view.events_all)
    assert [p.id for p in view.people] == [p.id for p in case.people]
