"""The pattern data of free-text tagging, loaded once from ``data/patterns.toml``.

Patterns are data, not code: a phrase list per event type, the triggers of negation,
uncertainty and experiencer, and the regular expressions of structured values. This module
reads and checks them; :mod:`foresight.text.pipeline` compiles them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from foresight.model.vocab import AgencyKind, EventType, Mobility, RiskLevel

# Hyphens and slashes read as spaces: "self-harm" = "self harm", "DV/DA" = "DV DA". Both are
# one character, so offsets into the normalised text are offsets into the original.
_NORMALISE = str.maketrans({"-": " ", "/": " ", "–": " "})


# A full stop after a lone capital letter ("Attended A&E.", "ABH on M.") would stay glued to
# it as an abbreviation; read as ";" it ends the clause and leaves the word whole.
_INITIAL_STOP = re.compile(r"(?<=(?:\s|&)[A-Z])\.(?=\s|$)")


# Slash abbreviations keep their slash, so each stays one token ("w/ mum" would otherwise be
# "w", a lone space and "mum"); :func:`foresight.text.pipeline.build` reads each as the word
# it stands for. "w/e" and "w/c" are not "with"; "s/o" is police shorthand for "on suspicion of".
ABBREVIATIONS = {"w/": "with", "s/w": "sw", "h/v": "hv", "s/o": "suspicion"}
_ABBREVIATION = re.compile(r"(?<![\w/])(?:[wW]/(?=\s)|[sS]/[wWoO](?![\w/])|[hH]/[vV](?![\w/]))")


def normalise(text: str) -> str:
    """The text the matchers read: the same length as ``text``, hyphens and slashes as spaces
    (but the slash of an abbreviation: "w/ mum", "s/w", "h/v").

    >>> normalise("self-harm/DSH. Attended A&E w/ mum.")
    'self harm DSH. Attended A&E w/ mum.'
    """
    read = text.translate(_NORMALISE)
    if "/" in text:
        for found in _ABBREVIATION.finditer(text):
            i = text.index("/", found.start())
            read = read[:i] + "/" + read[i + 1 :]
    return _INITIAL_STOP.sub(";", read)


@dataclass(frozen=True, eq=False)
class Phrases:
    """One phrase list of the matcher as written: phrases with ``{slots}``, and the
    ``[templates]`` word lists the slots name. Iterating gives the expanded phrases (each
    once, in order); :mod:`foresight.text.pipeline` compiles the written ones.

    >>> words = Phrases(("{who} hit her", "slapped"), {"who": ("partner", "ex")})
    >>> list(words), "ex hit her" in words
    (['partner hit her', 'ex hit her', 'slapped'], True)
    """

    written: tuple[str, ...]
    templates: Mapping[str, tuple[str, ...]]

    @cached_property
    def expanded(self) -> tuple[str, ...]:
        found = (p for w in self.written for p in expand(w, self.templates))
        return tuple(dict.fromkeys(found))

    def __iter__(self) -> Iterator[str]:
        return iter(self.expanded)

    def __contains__(self, phrase: object) -> bool:
        return phrase in self.expanded

    def __len__(self) -> int:
        return len(self.expanded)


@dataclass(frozen=True)
class Context:
    """Trigger phrases of negation, uncertainty and scope (NegEx/ConText style)."""

    negation_pre: Phrases
    negation_post: Phrases
    planned_pre: Phrases
    planned_post: Phrases
    uncertain_pre: Phrases
    uncertain_post: Phrases
    historical_pre: Phrases
    historical_post: Phrases
    background_pre: Phrases
    background_post: Phrases
    terminate: Phrases
    pseudo: Phrases


@dataclass(frozen=True)
class People:
    """Words for people, for deciding whose experience a mention is."""

    parent: Phrases
    other_adult: Phrases
    child: Phrases
    reporting: frozenset[str]
    own: frozenset[str]


@dataclass(frozen=True)
class Values:
    """Regular expressions and phrase tables of structured values."""

    gestation: tuple[re.Pattern[str], ...]
    risk: tuple[re.Pattern[str], ...]
    risk_values: dict[str, RiskLevel]
    quotes: tuple[re.Pattern[str], ...]
    disclosure_words: frozenset[str]
    referral_to: re.Pattern[str]
    mobility: dict[Mobility, Phrases]
    child_seen: dict[str, Phrases]
    agencies: dict[AgencyKind, tuple[str, ...]]


@dataclass(frozen=True)
class Retype:
    """A generic mention that an entry's other words make more exact: "Initial assessment.
    Moderate depression" is a mental health assessment. A counted ``kind`` mention whose text
    is one of ``mentions`` becomes ``to`` when the entry has one of ``cues``."""

    kind: EventType
    to: EventType
    mentions: frozenset[tuple[str, ...]]
    cues: frozenset[tuple[str, ...]]


@dataclass(frozen=True)
class Requires:
    """Mentions that count only with support elsewhere in the entry: a ``kind`` mention (one
    of ``mentions``, or any when that is empty) needs one of ``words`` (tokens) in the entry or
    a counted mention of one of ``types``. "Told her teacher that mum's boyfriend has moved in"
    names no harm, so is no disclosure; "Low risk" is a self-harm risk assessment only beside
    a self-harm."""

    kind: EventType
    mentions: frozenset[tuple[str, ...]]
    words: frozenset[str]
    types: frozenset[EventType]


@dataclass(frozen=True)
class Subject:
    """What an enquiry is about is its background: in an entry recording one of ``of`` (a
    section 47 enquiry, a strategy discussion), a ``kind`` mention ("single bruise,
    consistent account") is not this entry's news, unless one of ``unless`` says it is new."""

    kind: EventType
    of: frozenset[EventType]
    unless: frozenset[str]


@dataclass(frozen=True)
class Patterns:
    """Everything in ``patterns.toml``, typed and checked against the vocabulary."""

    events: dict[EventType, Phrases]
    ignore: Phrases
    dna: Phrases
    dna_child_words: Phrases
    # The lists a span that spells phrases of several counts as first: event type codes,
    # "dna", "ignore" (the rest follow in the file's order).
    span_precedence: tuple[str, ...]
    child_age_limit: float
    pre_window: int
    post_window: int
    experiencer_window: int
    child_types: frozenset[EventType]
    background_types: frozenset[EventType]
    adult_types: frozenset[EventType]
    # Words and types that say an entry is about an adult though it names no parent ("PHQ-9
    # 19", "no thoughts of harming herself or the children", an antenatal check): its
    # ``adult_types`` mentions count.
    adult_cues: Phrases
    adult_entry_types: frozenset[EventType]
    # Types that make an entry the young person's own story: an adult type mention there that
    # no adult is said to have ("cutting for 3 months; low mood") is not counted.
    young_person_types: frozenset[EventType]
    young_person_cues: Phrases
    adult_agency_kinds: frozenset[AgencyKind]
    # Types that are the recording practitioner's own act: not counted when another adult
    # (a neighbour, a relative) does it ("neighbour rang to report").
    practitioner_types: frozenset[EventType]
    # Types only an agency does: not counted when a parent or another adult does it.
    agency_types: frozenset[EventType]
    # Types recorded though worded as a plan when the entry records one of ``deciding_types``
    # (a strategy discussion deciding "S47 enquiries to be undertaken").
    decided_types: frozenset[EventType]
    deciding_types: frozenset[EventType]
    # Types whose events name what was sent or asked for: a background event right after one
    # is its object ("report sent to the ICPC"), not this entry's event.
    object_of_types: frozenset[EventType]
    # Types that ask about something: later mentions in the clause are what is asked about.
    topic_of_types: frozenset[EventType]
    # Types whose victim may be a pronoun ("dad hits her"): not counted when that is a child.
    pronoun_victim_types: frozenset[EventType]
    # Types that make an adult's injury part of a domestic abuse incident ("mum had a cut lip,
    # partner arrested").
    adult_injury_with: frozenset[EventType]
    adult_victim_cues: frozenset[tuple[str, ...]]
    # A practitioner of another agency ringing in with news ("School nurse Jo Bell rang SW:
    # ..."): who rings (``callers``), whom (``call_recipients``), to do what (``call_news``).
    callers: frozenset[tuple[str, ...]]
    call_recipients: frozenset[tuple[str, ...]]
    call_news: frozenset[str]
    # Sharing with any agency, team or worker ("raised this with the attendance officer", "sent
    # the health visiting records to the Blackhill health visiting team"): the verbs and nouns
    # that send (``share_leads``), the agencies by name (``recipients``) and the head word any
    # other agency's name ends in (``recipient_heads``).
    share_leads: frozenset[str]
    # A referral its clause says was screened (``screened_words``) without its receipt or
    # making (``referral_made_words``) is the background of the decision.
    screened_words: frozenset[str]
    referral_made_words: frozenset[str]
    share_not_sent: frozenset[str]
    share_nouns: frozenset[str]
    recipients: frozenset[tuple[str, ...]]
    recipient_heads: frozenset[str]
    # The one-word person words of ``people`` ("mum", "nan", "carer"): no caller's name.
    people_words: frozenset[str]
    # Words that make a visit a no-access visit ("no answer", "no one answered").
    no_answer: frozenset[tuple[str, ...]]
    # People named as taking part in a meeting ("strategy discussion with police and the
    # paediatric registrar"): in an entry recording one of ``meeting_types``, a mention that
    # is only one of these phrases is a participant, not its own event.
    participants: frozenset[tuple[str, ...]]
    meeting_types: frozenset[EventType]
    # What an assessment or enquiry concluded ("Completed 15/11/2012: child in need plan"):
    # a mention of ``outcome_types`` after one of ``outcome_words``, in an entry recording one
    # of ``outcome_of_types``, is its recommendation, not the start of that plan or meeting.
    outcome_of_types: frozenset[EventType]
    outcome_types: frozenset[EventType]
    outcome_words: frozenset[str]
    retypes: tuple[Retype, ...]
    # Shorthand of hurried notes read as the word it stands for ("tmrw" as "tomorrow"), in
    # the text and in the phrases alike (``[shorthand]``).
    shorthand: dict[str, str]
    requires: tuple[Requires, ...]
    subjects: tuple[Subject, ...]
    adult_remap: dict[EventType, EventType | None]
    historical_remap: dict[EventType, EventType | None]
    suppressed_by: dict[EventType, frozenset[EventType]]
    agency_defaults: dict[AgencyKind, EventType]
    context: Context
    people: People
    values: Values


SLOT = re.compile(r"\{(\w+)\}")


def expand(phrase: str, templates: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Every phrase a template phrase stands for: each ``{name}`` slot takes each word of the
    ``[templates]`` list ``name`` in turn ("" leaves the slot out).

    >>> expand("{who} hit her", {"who": ("partner", "ex")})
    ['partner hit her', 'ex hit her']
    """
    slot = SLOT.search(phrase)
    if slot is None:
        return [" ".join(phrase.split())]
    out: list[str] = []
    for word in templates[slot.group(1)]:
        out += expand(phrase[: slot.start()] + word + phrase[slot.end() :], templates)
    return out


def _templates(raw: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """The ``[templates]`` word lists; a list may use the lists defined before it."""
    found: dict[str, tuple[str, ...]] = {}
    for name, words in raw.get("templates", {}).items():
        found[name] = tuple(w for v in words for w in expand(str(v), found))
    return found


def _shorthand(table: dict[str, Any]) -> dict[str, str]:
    """``[shorthand]``: one lower-case token each way ("tmrw" = "tomorrow"); anything else
    raises ValueError, since a phrase or a span could not be read through it."""
    read = {}
    for short, word in table.items():
        one_word = isinstance(word, str) and word.split() == [word] and word == word.lower()
        if not (short == short.lower() and " " not in short and one_word):
            raise ValueError(f"[shorthand] {short!r} = {word!r}: need one lower-case word each")
        read[short] = str(word)
    return read


def _strings(
    table: dict[str, Any], key: str, templates: dict[str, tuple[str, ...]] | None = None
) -> tuple[str, ...]:
    found: list[str] = []
    for value in table.get(key, ()):
        found += expand(str(value), templates or {})
    return tuple(dict.fromkeys(found))


def _written(table: dict[str, Any], key: str, templates: dict[str, tuple[str, ...]]) -> Phrases:
    """The phrases of ``table[key]`` as written; a slot naming no template list raises
    ValueError now, not when the phrases are first expanded."""
    written = tuple(dict.fromkeys(str(v) for v in table.get(key, ())))
    for phrase in written:
        unknown = [m.group(1) for m in SLOT.finditer(phrase) if m.group(1) not in templates]
        if unknown:
            raise ValueError(f"{key}: {phrase!r} names {{{unknown[0]}}}, which no template lists")
    return Phrases(written, templates)


def _precedence(listed: list[str], events: dict[str, Any]) -> tuple[str, ...]:
    known = [str(EventType(k)) for k in events] + ["dna", "ignore"]
    unknown = [name for name in listed if name not in known]
    if unknown:
        raise ValueError(f"span_precedence: {', '.join(unknown)} is no event type, dna or ignore")
    return tuple(dict.fromkeys([*listed, *known]))


def _regexes(items: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(item, re.IGNORECASE) for item in items)


def _types(items: list[str]) -> frozenset[EventType]:
    return frozenset(EventType(item) for item in items)


def _values(raw: dict[str, Any]) -> Values:
    values = raw["values"]
    return Values(
        gestation=_regexes(values["gestation"]),
        risk=_regexes(values["risk"]),
        risk_values={k: RiskLevel(v) for k, v in values["risk_values"].items()},
        quotes=tuple(re.compile(q) for q in values["quotes"]),
        disclosure_words=frozenset(values["disclosure_words"]),
        referral_to=re.compile(values["referral_to"], re.IGNORECASE),
        mobility={Mobility(k): Phrases(tuple(v), {}) for k, v in raw["mobility"].items()},
        child_seen={k: Phrases(tuple(v), {}) for k, v in raw["child_seen"].items()},
        agencies={AgencyKind(k): tuple(v) for k, v in raw["agencies"].items()},
    )


def _phrases(
    table: dict[str, Any], key: str, t: dict[str, tuple[str, ...]]
) -> frozenset[tuple[str, ...]]:
    """The phrases of ``table[key]`` as lower-case token tuples (as the matcher reads them)."""
    return frozenset(tuple(normalise(w).lower().split()) for w in _strings(table, key, t))


def _retypes(raw: dict[str, Any], t: dict[str, tuple[str, ...]]) -> tuple[Retype, ...]:
    return tuple(
        Retype(
            kind=EventType(r["kind"]),
            to=EventType(r["to"]),
            mentions=_phrases(r, "mentions", t),
            cues=_phrases(r, "cues", t),
        )
        for r in raw.get("retype", [])
    )


def parse(raw: dict[str, Any]) -> Patterns:
    """Type and check the pattern data; an unknown event type or agency kind raises ValueError."""
    settings, context, people = raw["settings"], raw["context"], raw["people"]
    t = _templates(raw)
    return Patterns(
        events={EventType(k): _written(v, "phrases", t) for k, v in raw["events"].items()},
        ignore=_written(raw["ignore"], "phrases", t),
        dna=_written(raw["dna"], "phrases", t),
        dna_child_words=_written(raw["dna"], "child_words", t),
        span_precedence=_precedence(settings.get("span_precedence", []), raw["events"]),
        child_age_limit=float(settings["child_age_limit"]),
        pre_window=int(settings["pre_window"]),
        post_window=int(settings["post_window"]),
        experiencer_window=int(settings["experiencer_window"]),
        child_types=_types(settings["child_types"]),
        background_types=_types(settings.get("background_types", [])),
        adult_types=_types(settings["adult_types"]),
        adult_cues=_written(settings, "adult_cues", t),
        adult_entry_types=_types(settings.get("adult_entry_types", [])),
        young_person_types=_types(settings.get("young_person_types", [])),
        young_person_cues=_written(settings, "young_person_cues", t),
        adult_agency_kinds=frozenset(AgencyKind(k) for k in settings["adult_agency_kinds"]),
        practitioner_types=_types(settings.get("practitioner_types", [])),
        agency_types=_types(settings.get("agency_types", [])),
        decided_types=_types(settings.get("decided_types", [])),
        adult_injury_with=_types(settings.get("adult_injury_with", [])),
        adult_victim_cues=_phrases(settings, "adult_victim_cues", t),
        callers=_phrases(settings, "callers", t),
        call_recipients=_phrases(settings, "call_recipients", t),
        call_news=frozenset(_strings(settings, "call_news", t)),
        share_leads=frozenset(_strings(settings, "share_leads", t)),
        screened_words=frozenset(_strings(settings, "screened_words", t)),
        referral_made_words=frozenset(_strings(settings, "referral_made_words", t)),
        share_not_sent=frozenset(_strings(settings, "share_not_sent", t)),
        share_nouns=frozenset(_strings(settings, "share_nouns", t)),
        recipients=_phrases(settings, "recipients", t),
        recipient_heads=frozenset(_strings(settings, "recipient_heads", t)),
        people_words=frozenset(
            w
            for key in ("parent", "other_adult", "child")
            for w in _strings(people, key, t)
            if " " not in w
        ),
        deciding_types=_types(settings.get("deciding_types", [])),
        object_of_types=_types(settings.get("object_of_types", [])),
        topic_of_types=_types(settings.get("topic_of_types", [])),
        pronoun_victim_types=_types(settings.get("pronoun_victim_types", [])),
        no_answer=_phrases(settings, "no_answer", t),
        participants=_phrases(settings, "participants", t),
        meeting_types=_types(settings.get("meeting_types", [])),
        outcome_of_types=_types(settings.get("outcome_of_types", [])),
        outcome_types=_types(settings.get("outcome_types", [])),
        outcome_words=frozenset(_strings(settings, "outcome_words", t)),
        retypes=_retypes(raw, t),
        shorthand=_shorthand(raw.get("shorthand", {})),
        requires=tuple(
            Requires(
                kind=EventType(r["kind"]),
                mentions=_phrases(r, "mentions", t),
                words=frozenset(_strings(r, "words", t)),
                types=_types(r.get("types", [])),
            )
            for r in raw.get("requires", [])
        ),
        subjects=tuple(
            Subject(
                kind=EventType(r["kind"]),
                of=_types(r["of"]),
                unless=frozenset(_strings(r, "unless", t)),
            )
            for r in raw.get("subject", [])
        ),
        adult_remap={
            EventType(k): EventType(v) if v else None for k, v in raw["adult_remap"].items()
        },
        historical_remap={
            EventType(k): EventType(v) if v else None for k, v in raw["historical_remap"].items()
        },
        suppressed_by={EventType(k): _types(v) for k, v in raw["suppressed_by"].items()},
        agency_defaults={AgencyKind(k): EventType(v) for k, v in raw["agency_defaults"].items()},
        context=Context(**{k: _written(context, k, t) for k in Context.__dataclass_fields__}),
        people=People(
            parent=_written(people, "parent", t),
            other_adult=_written(people, "other_adult", t),
            child=_written(people, "child", t),
            reporting=frozenset(_strings(people, "reporting", t)),
            own=frozenset(_strings(people, "own", t)),
        ),
        values=_values(raw),
    )


@cache
def load() -> Patterns:
    """The package's patterns, read once per process.

    >>> "self harm" in load().events[EventType.SELF_HARM]
    True
    """
    text = resources.files("foresight.text").joinpath("data/patterns.toml").read_text("utf-8")
    return parse(tomllib.loads(text))
