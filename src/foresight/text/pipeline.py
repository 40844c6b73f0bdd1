"""The spaCy pipeline of free-text tagging: a blank English tokenizer and one phrase matcher.

Built once per process (``pipeline()`` is cached), in about a second: no statistical model,
nothing downloaded. The matcher is an :class:`~foresight.text.automaton.Automaton` that reads
the phrases of ``patterns.toml`` as written, ``{slots}`` and all, over the tokens' lower-case
forms. Every phrase list is one label that says what it is:
``EV|<event type>``, ``DNA``, ``NEG_PRE``, ``NEG_POST``, ``PLAN_PRE``, ``PLAN_POST``,
``UNC_PRE``, ``UNC_POST``, ``TERM``, ``HIST_PRE``, ``HIST_POST``, ``BG_PRE``, ``BG_POST``,
``PSEUDO``, ``P|parent`` / ``P|other_adult`` / ``P|child``, ``ADULT``, ``YOUNG``,
``MOB|<mobility>``, ``SEEN|<value>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import spacy
from spacy.language import Language

from foresight.text.automaton import Automaton
from foresight.text.patterns import ABBREVIATIONS, SLOT, Patterns, Phrases, load, normalise


@dataclass(frozen=True)
class Pipeline:
    """The tokenizer and the matcher built from the patterns, with the patterns themselves."""

    nlp: Language
    matcher: Automaton
    patterns: Patterns


def _rules(patterns: Patterns) -> Iterable[tuple[str, Phrases]]:
    """Every phrase list with its label; the lists of one span count in this order."""
    lists = {str(k): (f"EV|{k}", v) for k, v in patterns.events.items()}
    lists |= {"dna": ("DNA", patterns.dna), "ignore": ("IGNORE", patterns.ignore)}
    yield from (lists[name] for name in patterns.span_precedence)
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
    """Compile ``patterns`` into a blank English pipeline and a phrase automaton over the
    tokens' lower-case forms (:mod:`foresight.text.automaton`), in about a second."""
    nlp = _blank()
    _read_as(nlp, patterns.shorthand)
    reader = _StepReader(nlp)
    matcher = Automaton()
    for label, phrases in _rules(patterns):
        for written in phrases.written:
            for steps in reader.steps(written, phrases.templates):
                matcher.add(label, steps)
    return Pipeline(nlp=nlp, matcher=matcher, patterns=patterns)


class _StepReader:
    """Written phrases as rows of steps: each literal token one step, each ``{slot}`` one
    step of its words' tokens. A slot is read as one step only where its words cannot change
    the tokens around it (spaces on both sides, and no run of spaces next to it); elsewhere
    ("{age_n}yo", "({cp_category})") its words are written into the phrase one by one."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._tokens: dict[tuple[str, bool], tuple[str, ...]] = {}

    def tokens(self, text: str, inside: bool = False) -> tuple[str, ...]:
        """The lower-case tokens the matcher reads ``text`` as: a phrase; ``inside``, a word
        between spaces within one."""
        key = (text, inside)
        if key not in self._tokens:
            read = normalise(f" {text} ")[1:-1] if inside else normalise(text)
            self._tokens[key] = tuple(t.lower_ for t in self._nlp.make_doc(read))
        return self._tokens[key]

    def steps(
        self, written: str, templates: Mapping[str, tuple[str, ...]]
    ) -> Iterator[list[tuple[tuple[str, ...], ...]]]:
        """The rows of steps of one written phrase (more than one where a slot is glued)."""
        slots = list(SLOT.finditer(written))
        # Each slot is read first as a made-up word that the tokenizer leaves whole.
        marks = {f"zqslot{i}zq": m.group(1) for i, m in enumerate(slots)}
        text = written
        for mark, slot in zip(marks, slots, strict=True):
            text = text.replace(slot.group(0), mark, 1)
        tokens = self.tokens(" ".join(text.split()))
        glued = next((s for s in slots if not _apart(written, s, tokens)), None)
        if glued is not None:
            head, tail = written[: glued.start()], written[glued.end() :]
            for word in templates[glued.group(1)]:
                yield from self.steps(head + word + tail, templates)
            return
        steps = []
        for token in tokens:
            if token in marks:
                words = templates[marks[token]]
                steps.append(tuple(dict.fromkeys(self.tokens(w, inside=True) for w in words)))
            else:
                steps.append(((token,),))
        if steps:
            yield steps


def _apart(written: str, slot: re.Match[str], tokens: tuple[str, ...]) -> bool:
    """The slot stands between spaces (or the phrase's ends), in a phrase with no run of
    spaces (" - " reads as one) that a slot left empty would lengthen."""
    before, after = written[: slot.start()], written[slot.end() :]
    spaced = (not before or before[-1].isspace()) and (not after or after[0].isspace())
    return spaced and not any(t.isspace() for t in tokens)


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
    for short in ABBREVIATIONS:
        for form in {short, short.upper(), short.capitalize()}:
            tokenizer.add_special_case(form, [{"ORTH": form}])
    _read_as(nlp, ABBREVIATIONS)


def _read_as(nlp: Language, words: Mapping[str, str]) -> None:
    """Give each short form, in any case, the lower-case form of the word it stands for: the
    matcher and the rules that read the tokens see "tmrw" as "tomorrow"."""
    for short, word in words.items():
        for form in {short, short.upper(), short.capitalize()}:
            nlp.vocab[form].lower = nlp.vocab.strings.add(word)


@cache
def pipeline() -> Pipeline:
    """The pipeline of the package's own patterns, built on first use and kept."""
    return build(load())
