"""The phrase automaton finds what spaCy's PhraseMatcher finds for the expanded phrases."""

from __future__ import annotations

import itertools

import pytest
from spacy.matcher import PhraseMatcher
from tests.text.test_patterns import raw

from foresight.model.vocab import EventType
from foresight.text.automaton import Automaton
from foresight.text.patterns import Phrases, load, normalise, parse
from foresight.text.pipeline import _blank, _rules, _StepReader, build
from foresight.text.tagger import tag

TEMPLATES = {
    "who": ("partner", "her ex partner", "mum's boyfriend", ""),
    "hit": ("hit", "punched", "head-butted"),
    "det": ("", "the", "a"),
    "age": ("14", "15"),
}
LISTS = {
    "EV|dai": ("{who} {hit} her", "{who} has {hit} mum"),
    "EV|injury": ("{det} bruise", "bruise to {det} cheek", "{age}yo with {det} bruise"),
    "IGNORE": ("the bruise", "punched her"),
    "P|other_adult": ("{who}", "{who} - ex"),
}
TEXTS = (
    "Mum's boyfriend head-butted her; the bruise to the cheek seen. Partner has hit mum.",
    "Her ex partner punched her. 14yo with a bruise, bruise to cheek.",
    "HER EX-PARTNER HIT HER - ex partner - ex 15yo with bruise",
    "punched her hit her has hit mum",
)


def _phrase_matches(text: str) -> set[tuple[str, int, int]]:
    nlp = _blank()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, written in LISTS.items():
        phrases = Phrases(written, TEMPLATES)
        matcher.add(label, [nlp.make_doc(normalise(p)) for p in phrases if p.strip()])
    doc = nlp.make_doc(normalise(text))
    return {(nlp.vocab.strings[m], start, end) for m, start, end in matcher(doc)}


def _automaton_matches(text: str) -> set[tuple[str, int, int]]:
    nlp = _blank()
    reader, automaton = _StepReader(nlp), Automaton()
    for label, written in LISTS.items():
        for phrase in written:
            for steps in reader.steps(phrase, TEMPLATES):
                automaton.add(label, steps)
    tokens = [t.lower_ for t in nlp.make_doc(normalise(text))]
    found = automaton.find(tokens)
    return {(label, a, b) for label, spans in found.items() for a, b in spans}


@pytest.mark.parametrize("text", TEXTS)
def test_the_automaton_finds_what_the_phrase_matcher_finds(text: str) -> None:
    expected = _phrase_matches(text)
    assert expected  # every text spells some phrase: the comparison is not of two empties
    assert _automaton_matches(text) == expected


def test_a_slot_may_be_left_out_or_take_several_tokens() -> None:
    automaton = Automaton()
    automaton.add("A", [[("the",), ()], [("bruise",)]])
    automaton.add("B", [[("mum", "'s", "boyfriend"), ("he",)], [("hit",)]])
    found = automaton.find(["the", "bruise", "mum", "'s", "boyfriend", "hit", "he", "hit"])
    assert found == {"A": [(0, 2), (1, 2)], "B": [(2, 6), (6, 8)]}


def test_a_row_that_can_be_all_empty_matches_nothing_empty() -> None:
    automaton = Automaton()
    automaton.add("A", [[(), ("the",)], [(), ("bruise",)]])
    assert automaton.find(["x", "the", "x"]) == {"A": [(1, 2)]}
    assert automaton.find(["x", "y"]) == {}


def test_labels_come_in_the_order_they_were_first_added() -> None:
    automaton = Automaton()
    automaton.add("second", [[("b",)]])
    automaton.add("first", [[("a",)]])
    automaton.add("second", [[("a",)]])
    assert list(automaton.find(["a", "b"])) == ["second", "first"]


def test_every_list_of_the_patterns_spells_its_expanded_phrases() -> None:
    """The rows of steps spell exactly the token sequences the expanded phrases are read as
    (what the tagger matched when it expanded every template)."""
    nlp = _blank()
    reader = _StepReader(nlp)
    differing = []
    for label, phrases in _rules(load()):
        expanded = {
            tuple(t.lower_ for t in nlp.make_doc(normalise(p))) for p in phrases if p.strip()
        }
        spelt = {
            tuple(token for part in combination for token in part)
            for written in phrases.written
            for steps in reader.steps(written, phrases.templates)
            for combination in itertools.product(*steps)
        }
        if spelt - {()} != expanded:
            differing.append(label)
    assert differing == []


def test_one_span_of_several_lists_counts_as_the_first_of_span_precedence() -> None:
    assert tag("Criminal damage reported at the family home.").event_types == (EventType.OFFENCE,)
    # "Recovery worker visit" is a home visit's phrase and an adult service's: the service
    recovery = tag("Recovery worker visit: drinking less.").event_types
    assert EventType.ADULT_SERVICES_CONTACT in recovery
    assert EventType.HOME_VISIT not in recovery


def test_an_unknown_name_in_span_precedence_is_refused() -> None:
    data = raw()
    data["settings"]["span_precedence"] = ["offence", "bruise_party"]
    with pytest.raises(ValueError, match="bruise_party"):
        parse(data)


def test_span_precedence_orders_the_labels() -> None:
    data = raw()
    data["settings"]["span_precedence"] = ["ignore", "self_harm"]
    data["events"] = {"offence": {"phrases": ["x"]}, "self_harm": {"phrases": ["x"]}}
    data["ignore"] = {"phrases": ["x"]}
    pipe = build(parse(data))
    assert list(pipe.matcher.find(["x"])) == ["IGNORE", "EV|self_harm", "EV|offence"]
