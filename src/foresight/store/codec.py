"""Bundle records to JSON-ready values and back, exactly, driven by the dataclass types.

The store keeps the fields it queries as columns and the rest as JSON; this module turns a
record into a plain ``dict`` and a ``dict`` back into the same record, so that
``decode(Event, encode(event)) == event`` for every field the domain types declare (including
fields added later, since it reads the annotations rather than a list of names).

>>> from foresight.model.records import Agency
>>> from foresight.model.vocab import AgencyKind
>>> a = Agency(code="HV", name="Health visiting", kind=AgencyKind.HEALTH_VISITING)
>>> decode_record(Agency, encode_record(a)) == a
True
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

from foresight.model.dates import UncertainDate

R = TypeVar("R")

# JSON-ready values: what json.dumps accepts without help.
Json = None | bool | int | float | str | list["Json"] | dict[str, "Json"]


def encode(value: object) -> Json:
    """A domain value as plain JSON data (enums by value, dates in ISO form)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, enum.Enum):
        return typing.cast(Json, value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, UncertainDate):
        return {
            "earliest": value.earliest.isoformat(),
            "latest": value.latest.isoformat(),
            "written": value.written,
        }
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        items = sorted(value) if isinstance(value, frozenset | set) else value
        return [encode(v) for v in items]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return encode_record(value)
    raise TypeError(f"cannot store a value of type {type(value).__name__}")


def encode_record(record: object) -> dict[str, Json]:
    """Every declared field of a dataclass record, encoded."""
    if not is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"{type(record).__name__} is not a dataclass record")
    return {f.name: encode(getattr(record, f.name)) for f in fields(record)}


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def decode_record(cls: type[R], data: dict[str, Any]) -> R:
    """Rebuild a dataclass record from :func:`encode_record` output.

    Keys the record does not declare are ignored; declared fields absent from ``data`` take
    their defaults.
    """
    hints = _hints(cls)
    names = {f.name for f in fields(typing.cast(Any, cls)) if f.init}
    kwargs = {name: decode(hints[name], data[name]) for name in names if name in data}
    return cls(**kwargs)


def decode(tp: Any, raw: Any) -> Any:
    """Turn JSON data back into a value of type ``tp`` (a type annotation)."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _decode_union(typing.get_args(tp), raw)
    if origin is tuple:
        return _decode_tuple(typing.get_args(tp), raw)
    if origin in (frozenset, set):
        (item,) = typing.get_args(tp)
        return origin(decode(item, v) for v in raw)
    if origin is dict:
        key, value = typing.get_args(tp)
        return {decode(key, k): decode(value, v) for k, v in raw.items()}
    return _decode_plain(tp, raw)


def _decode_union(options: tuple[Any, ...], raw: Any) -> Any:
    if raw is None and type(None) in options:
        return None
    concrete = [t for t in options if t is not type(None)]
    if len(concrete) == 1:
        return decode(concrete[0], raw)
    for option in concrete:  # e.g. ``int | str``: the first that takes the value as it is
        if isinstance(raw, option):
            return raw
    return decode(concrete[0], raw)


def _decode_tuple(args: tuple[Any, ...], raw: Any) -> tuple[Any, ...]:
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(decode(args[0], v) for v in raw)
    return tuple(decode(t, v) for t, v in zip(args, raw, strict=True))


def _decode_plain(tp: Any, raw: Any) -> Any:
    if tp is Any:
        return raw
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            return tp(raw)
        if tp is UncertainDate:
            return UncertainDate(
                dt.date.fromisoformat(raw["earliest"]),
                dt.date.fromisoformat(raw["latest"]),
                raw["written"],
            )
        if tp is dt.date:
            return dt.date.fromisoformat(raw)
        if tp is float:
            return float(raw)
        if tp in (bool, int, str):
            return raw
        if is_dataclass(tp):
            return decode_record(tp, raw)
    raise TypeError(f"cannot read back a value of type {tp!r}")
