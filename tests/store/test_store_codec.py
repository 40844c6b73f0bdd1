"""The codec turns every record field into JSON data and back, exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from foresight.model.dates import UncertainDate
from foresight.model.records import Agency, Bundle, Event, PersonRecord, RelationshipRecord
from foresight.store.codec import decode_record, encode_record

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
# PostgreSQL text cannot hold NUL; JSON has no NaN or infinity. The reader makes neither.
texts = st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\0"))


@st.composite
def uncertain_dates(draw: st.DrawFn) -> UncertainDate:
    a, b = sorted((draw(days), draw(days)))
    return UncertainDate(a, b, draw(texts))


def strategy_for(tp: Any) -> st.SearchStrategy[Any]:
    """Values of a record field's type, without touching Hypothesis's global registry."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union):
        return st.one_of(*(strategy_for(a) for a in args))
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(strategy_for(args[0]), max_size=3).map(tuple)
        return st.tuples(*(strategy_for(a) for a in args))
    simple: dict[Any, st.SearchStrategy[Any]] = {
        type(None): st.none(),
        str: texts,
        bool: st.booleans(),
        int: st.integers(),
        float: st.floats(allow_nan=False, allow_infinity=False),
        dt.date: days,
        UncertainDate: uncertain_dates(),
    }
    if tp in simple:
        return simple[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(tp)
    raise TypeError(tp)


def records(cls: type[Any]) -> st.SearchStrategy[Any]:
    hints = typing.get_type_hints(cls)
    fields = {f.name: strategy_for(hints[f.name]) for f in dataclasses.fields(cls)}
    return st.builds(cls, **fields)


def through_json(record: object) -> Any:
    return json.loads(json.dumps(encode_record(record)))


@given(records(Event))
def test_any_event_survives_json(event: Event) -> None:
    assert decode_record(Event, through_json(event)) == event


@given(records(PersonRecord))
def test_any_person_record_survives_json(person: PersonRecord) -> None:
    assert decode_record(PersonRecord, through_json(person)) == person


@given(records(Agency), records(RelationshipRecord))
def test_any_agency_and_relationship_survive_json(
    agency: Agency, relationship: RelationshipRecord
) -> None:
    assert decode_record(Agency, through_json(agency)) == agency
    assert decode_record(RelationshipRecord, through_json(relationship)) == relationship


def test_a_bundle_survives_json(rich_bundle: Bundle) -> None:
    loaded = decode_record(Bundle, through_json(rich_bundle))

    assert loaded == rich_bundle
    assert loaded.carried == rich_bundle.carried


def test_keys_the_record_does_not_declare_are_ignored() -> None:
    data = encode_record(Event("HV", "1", UncertainDate.exact(dt.date(2020, 1, 1)), ()))
    data["not_a_field"] = "kept elsewhere"

    assert decode_record(Event, data).event_id == "1"
