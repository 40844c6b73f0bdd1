"""The pattern data is typed and checked against the vocabulary."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

import pytest

from foresight.model.vocab import EventType
from foresight.text.patterns import load, normalise, parse


def raw() -> dict[str, Any]:
    text = resources.files("foresight.text").joinpath("data/patterns.toml").read_text("utf-8")
    return tomllib.loads(text)


def test_every_event_type_but_note_has_phrases() -> None:
    events = load().events
    assert set(EventType) - set(events) == {EventType.NOTE}
    assert all(events[k] for k in events)


def test_an_unknown_event_type_is_refused() -> None:
    data = raw()
    data["events"]["bruise_party"] = {"phrases": ["x"]}
    with pytest.raises(ValueError, match="bruise_party"):
        parse(data)


def test_normalise_keeps_length() -> None:
    text = "self-harm/DSH 26/40"
    assert len(normalise(text)) == len(text)
    assert normalise(text) == "self harm DSH 26 40"


def test_the_dna_age_limit_is_sixteen() -> None:
    assert load().child_age_limit == 16


@pytest.mark.parametrize(
    ("short", "word"),
    [("Tmrw", "tomorrow"), ("s 0", "x"), ("mtg", "two words"), ("mtg", "Meeting"), ("mtg", 3)],
)
def test_shorthand_is_one_lower_case_word_each_way(short: str, word: str) -> None:
    data = raw()
    data["shorthand"] = {**data["shorthand"], short: word}
    with pytest.raises(ValueError, match="shorthand"):
        parse(data)


def test_a_phrase_naming_an_unknown_template_is_refused() -> None:
    data = raw()
    data["ignore"]["phrases"] = [*data["ignore"]["phrases"], "{no_such_list} visit"]
    with pytest.raises(ValueError, match="no_such_list"):
        parse(data)
