"""The spaCy pipeline of free-text tagging: a blank English tokenizer and one phrase matcher.

Built once per process (``pipeline()`` is cached): no statistical model, nothing downloaded.
Every phrase of ``patterns.toml`` is one matcher rule whose label says what it is:
``EV|<event type>``, ``DNA``, ``NEG_PRE``, ``NEG_POST``, ``PLAN_PRE``, ``PLAN_POST``,
``UNC_PRE``, ``UNC_POST``, ``TERM``, ``HIST_PRE``, ``HIST_POST``, ``BG_PRE``, ``BG_POST``,
``PSEUDO``, ``P|parent`` / ``P|other_adult`` / ``P|child``, ``ADULT``, ``YOUNG``,
``MOB|<mobility>``, ``SEEN|<value>``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from foresight.text.patterns import ABBREVIATIONS, Patterns, load, normalise


@dataclass(frozen=True)
class Pipeline:
    """The tokenizer and the matcher built from the patterns, with the patterns themselves."""

    nlp: Language
    matcher: PhraseMatcher
    patterns: Patterns


def _rules(patterns: Patterns) -> Iterable[tuple[str, tuple[str, ...]]]:
    for kind, phrases in patterns.events.items():
        yield f"EV|{kind}", phrases
    yield "DNA", patterns.dna
    yield "IGNORE", patterns.ignore
    yield "DNA_CHILD", patterns.dna_child_words
    yield "ADULT", patterns.adult_cues
    yield "YOUNG", patterns.young_person_cues
    ctx = patterns.context
    yield "NEG_PRE", ctx.negation_pre
    yield "NEG_POST", ctx.negation_post
    yield "PLAN_PRE", ctx.planned_pre
    yield "PLAN_POST", ctx.planned_post
    yield "UNC_PRE", ctx.uncertain_pre
    yield "UNC_POST", ctx.uncertain_post
    yield "HIST_PRE", ctx.historical_pre
    yield "HIST_POST", ctx.historical_post
    yield "BG_PRE", ctx.background_pre
    yield "BG_POST", ctx.background_post
    yield "TERM", ctx.terminate
    yield "PSEUDO", ctx.pseudo
    people = patterns.people
    yield "P|parent", people.parent
    yield "P|other_adult", people.other_adult
    yield "P|child", people.child
    for mobility, phrases in patterns.values.mobility.items():
        yield f"MOB|{mobility}", phrases
    for seen, phrases in patterns.values.child_seen.items():
        yield f"SEEN|{seen}", phrases


def build(patterns: Patterns) -> Pipeline:
    """Compile ``patterns`` into a blank English pipeline and a lower-case phrase matcher.

    Slow (tens of seconds: the templates expand to about a million phrases): readers that
    need only the tokens use :func:`tokenizer` instead."""
    nlp = _blank()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, phrases in _rules(patterns):
        docs = [nlp.make_doc(normalise(p)) for p in dict.fromkeys(phrases) if p.strip()]
        if docs:
            matcher.add(label, docs)
    return Pipeline(nlp=nlp, matcher=matcher, patterns=patterns)


def _blank() -> Language:
    nlp = spacy.blank("en")
    _read_abbreviations(nlp)
    return nlp


@cache
def tokenizer() -> Language:
    """The pipeline's tokenizer alone (blank English with its abbreviations), built in
    milliseconds: for readers that match their own patterns (``foresight.text.people``)."""
    return _blank()


def _read_abbreviations(nlp: Language) -> None:
    """Make each slash abbreviation one token whose lower-case form is the word it stands
    for, so "shared w/ SW" matches "shared with sw" and "S/W visited" "sw visited"."""
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (a compiled class mypy cannot see)
    for short, word in ABBREVIATIONS.items():
        for form in {short, short.upper(), short.capitalize()}:
            tokenizer.add_special_case(form, [{"ORTH": form}])
            nlp.vocab[form].lower = nlp.vocab.strings.add(word)


@cache
def pipeline() -> Pipeline:
    """The pipeline of the package's own patterns, built on first use and kept."""
    return build(load())
