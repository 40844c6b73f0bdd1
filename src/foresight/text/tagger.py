"""Tag a chronology entry's free text with the event types it records.

>>> t = tag("HV visit. Mum says baby bruised cheek on cot bars. Referred to MASH.")
>>> [str(k) for k in t.event_types]
['home_visit', 'injury', 'referral']
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from foresight.model.vocab import AgencyKind, ChildSeen, EventType, Mobility, RiskLevel
from foresight.text import context, values
from foresight.text.context import Experiencer, Span, Triggers
from foresight.text.patterns import Patterns, normalise
from foresight.text.pipeline import Pipeline, pipeline


@dataclass(frozen=True)
class TagSettings:
    """Choices a caller may change; ``None`` takes the value of ``patterns.toml``.

    ``child_age_limit``: under this age a missed appointment ("DNA") is ``was_not_brought``.
    """

    child_age_limit: float | None = None


@dataclass(frozen=True)
class Mention:
    """Words of an entry that name an event type or state a structured value.

    ``label`` is an event type code, or a structured field (``gestation_weeks``,
    ``mobility``, ``risk_level``, ``to_agency``, ``child_seen``, ``child_words``) with ``value``.
    ``start``/``end`` are character offsets into the tagged text.
    """

    text: str
    label: str
    negated: bool = False
    uncertain: bool = False
    planned: bool = False  # planned, proposed or hypothetical: "will refer", "if needed"
    experiencer: Experiencer = Experiencer.UNKNOWN
    start: int = 0
    end: int = 0
    value: str = ""
    counted: bool = False  # whether it makes the entry record ``label``
    # For an uncertain mention, the words from its cue to it ("?bruise", "query NAI").
    phrase: str = ""

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "label": self.label,
            "negated": self.negated,
            "uncertain": self.uncertain,
            "planned": self.planned,
            "experiencer": str(self.experiencer),
        }
        if self.value:
            data["value"] = self.value
        return data


@dataclass(frozen=True)
class Tagging:
    """What an entry's text records: event types, the mentions behind them, stated values."""

    text: str
    event_types: tuple[EventType, ...]
    mentions: tuple[Mention, ...]
    uncertain_types: frozenset[EventType] = frozenset()
    gestation_weeks: float | None = None
    mobility: Mobility | None = None
    risk_level: RiskLevel | None = None
    to_agency: tuple[AgencyKind, ...] = ()
    child_seen: ChildSeen | None = None
    child_words: tuple[str, ...] = field(default=())

    def evidence(self, kind: EventType) -> tuple[str, ...]:
        """The words that made the entry record ``kind`` ("bruised", "?NAI")."""
        return tuple(m.text for m in self.mentions if m.counted and m.label == kind)

    def uncertain_evidence(self, kind: EventType) -> tuple[str, ...]:
        """The uncertain mentions behind ``kind``, each with its cue ("?bruise", "query NAI").

        >>> tag("?bruise to L cheek").uncertain_evidence(EventType.INJURY)
        ('?bruise',)
        """
        found = (m.phrase for m in self.mentions if m.counted and m.uncertain and m.label == kind)
        return tuple(dict.fromkeys(found))

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON: ``text``, ``event_types`` (codes), ``mentions``."""
        return {
            "text": self.text,
            "event_types": [str(k) for k in self.event_types],
            "mentions": [m.as_dict() for m in self.mentions],
        }


def tag(
    details: str,
    outcome: str = "",
    *,
    age: float | None = None,
    agency_kind: AgencyKind | None = None,
    adult: bool = False,
    settings: TagSettings | None = None,
    names: Mapping[str, str] | None = None,
) -> Tagging:
    """Tag one entry. ``age`` is the subject's age in years, where known (the "DNA" rule);
    ``agency_kind`` the recording agency's kind, whose usual type an entry naming none takes
    (a GP's "seen with mother: sore throat" is a health contact); ``adult`` that the entry is
    about an adult (a bundle row with blank ``subjects`` and someone in ``people``);
    ``names`` the first names of the family's people, lower case, each with who they are
    (``"parent"``, ``"other_adult"`` or ``"child"``): a capitalised name in the text is that
    person, as "mum" would be ("Kerry was admitted after an overdose" is a parent's).

    >>> tag("No bruising seen. Denies self-harm.").event_types
    ()
    >>> tag("Kerry took an overdose.", names={"kerry": "parent"}).event_types
    (<EventType.PARENTAL_FACTOR: 'parental_factor'>,)
    """
    text = _join(details, outcome)
    pipe = pipeline()
    doc = pipe.nlp.make_doc(normalise(text))
    tagged = _tag(pipe, doc, text, age, settings, adult, names)
    default = pipe.patterns.agency_defaults.get(agency_kind) if agency_kind else None
    if default and not tagged.event_types:
        return dataclasses.replace(tagged, event_types=(default,))
    return tagged


def tag_many(
    texts: Iterable[str],
    *,
    ages: Iterable[float | None] | None = None,
    settings: TagSettings | None = None,
) -> Iterator[Tagging]:
    """Tag many entries (each details and outcome already joined), streamed through ``nlp.pipe``.

    >>> [len(t.event_types) for t in tag_many(["A&E attendance", "no concerns"])]
    [1, 0]
    """
    pipe = pipeline()
    items = list(texts)
    age_list = list(ages) if ages is not None else [None] * len(items)
    docs = pipe.nlp.pipe(normalise(t) for t in items)
    for text, age, doc in zip(items, age_list, docs, strict=True):
        yield _tag(pipe, doc, text, age, settings)


# Between a sending word and "with"/"to": what was sent ("raised this", "sent the health
# visiting records"), a few plain words. Between "with"/"to" and the agency's head word: its
# name ("the county virtual school team"), none of these.
_SENT_REACH = 5
_SENT_BACK = 3  # words before a sending word that may name what was sent ("the case was")
_NAME_REACH_TO = 5
_TO_WORDS = context.words("with to")
_NOT_IN_NAME = context.words(
    "to with for at on in about re that which who when if as by from contact see attend ring "
    "call visit go be discuss help support make ask arrange book get is was are were has have "
    "had will would not no"
)
_OWN = context.words("my our")
# A worry raised with an agency is the sharing, not a new worry ("raised concerns with ...").
_PASSED_ON = frozenset({f"EV|{EventType.CONCERN}"})


def _shared_with(doc: Doc, found: dict[str, list[Span]], p: Patterns) -> list[Span]:
    """Sharing with any agency, team or worker, whatever its name ("raised this with the
    attendance officer", "sent the health visiting records to the Blackhill health visiting
    team"): a sending word, a few words of what was sent, "with" or "to", then an agency named
    in full or by a name that ends in an agency's head word. Each found span runs from the
    sending word to the agency."""
    words, space = context.tokens(doc)
    lower = [w.lower() for w in words]
    if p.share_leads.isdisjoint(lower) and p.share_nouns.isdisjoint(lower):
        return []
    if _TO_WORDS.isdisjoint(lower):
        return []
    clause_of = context.clauses(words, space)
    people = ("P|parent", "P|other_adult", "P|child")
    family = {s[0] for label in people for s in found.get(label, [])}
    taken = {
        i
        for label, spans in found.items()
        if (label.startswith("EV|") and label not in _PASSED_ON) or label == "IGNORE"
        for a, b in spans
        for i in range(a, b)
    }
    out: list[Span] = []
    for i, w in enumerate(lower):
        noun = w in p.share_nouns
        if not (noun or w in p.share_leads) or i in taken:
            continue
        before = range(max(i - _SENT_BACK, 0), i)
        if any(lower[j] in p.share_not_sent and clause_of[j] == clause_of[i] for j in before):
            continue  # "the case has been passed to ...", "Log passed to ..."
        reach = 2 if noun else 1 + _SENT_REACH
        for k in range(i + 1, min(i + reach + 1, len(lower))):
            if (
                clause_of[k] != clause_of[i]
                or not (lower[k].isalpha() or lower[k] == "'s")
                or lower[k] in p.share_not_sent
                or k in taken
            ):
                break
            if lower[k] in _TO_WORDS:
                end = _agency_end(lower, clause_of, k + 1, family, p)
                if end is not None and not taken & set(range(i, end)):
                    out.append((i, end))
                break
    return out


def _agency_end(
    lower: list[str], clause_of: tuple[int, ...], i: int, family: set[int], p: Patterns
) -> int | None:
    """The end of an agency's name starting at token ``i`` ("the EWO", "Jayden's school", "the
    local authority elective home education team"); ``None`` when none starts there or it is
    one's own ("my manager") or the family's ("mum")."""
    if i >= len(lower) or lower[i] in _OWN or (i in family and lower[i] not in p.recipient_heads):
        return None
    for n in range(min(4, len(lower) - i), 0, -1):
        if tuple(lower[i : i + n]) in p.recipients:
            return i + n
    for j in range(i, min(i + _NAME_REACH_TO, len(lower))):
        word = lower[j]
        if clause_of[j] != clause_of[i] or word in _NOT_IN_NAME:
            return None
        if word in p.recipient_heads:
            return j + 1
        if not (word.isalpha() or word in ("'s", "&")) or (j > i and j in family):
            return None
    return None


def _join(details: str, outcome: str) -> str:
    details, outcome = details.strip(), outcome.strip()
    return f"{details}\n{outcome}" if details and outcome else details or outcome


def _found(pipe: Pipeline, doc: Doc) -> dict[str, list[Span]]:
    return pipe.matcher.find([t.lower_ for t in doc])


_ROLES = frozenset({"parent", "other_adult", "child"})


def _name_people(
    doc: Doc, found: dict[str, list[Span]], names: Mapping[str, str], p: Patterns
) -> None:
    """Each capitalised word of ``doc`` that is a first name of ``names`` is that person, as
    the words of ``[people]`` are (a people word itself, "Mum", stays what it says)."""
    for i, token in enumerate(doc):
        role = names.get(token.lower_)
        if role in _ROLES and token.text[:1].isupper() and token.lower_ not in p.people_words:
            found.setdefault(f"P|{role}", []).append((i, i + 1))
    for label in ("P|parent", "P|other_adult", "P|child"):
        if label in found:
            found[label].sort()


def _tag(
    pipe: Pipeline,
    doc: Doc,
    text: str,
    age: float | None,
    settings: TagSettings | None,
    adult: bool = False,
    names: Mapping[str, str] | None = None,
) -> Tagging:
    p = pipe.patterns
    context.doc_text(doc, normalise(text))
    doc.user_data[_RAW] = text
    found = _found(pipe, doc)
    if names:
        _name_people(doc, found, names, p)
    shared = _shared_with(doc, found, p)
    if shared:
        found.setdefault("EV|information_shared", []).extend(shared)
    spans = context.longest(
        [
            (lab, s)
            for lab, ss in found.items()
            for s in ss
            if lab.startswith("EV|") or lab in ("DNA", "IGNORE")
        ]
    )
    events = [(lab, s) for lab, s in spans if lab != "IGNORE"]
    triggers = context.find_triggers(doc, found, [s for _, s in spans])
    doc.user_data[_TRIGGERS] = triggers
    limit = settings.child_age_limit if settings else None
    limit = limit if limit is not None else p.child_age_limit
    age = age if age is not None else stated_age(context.doc_text(doc))
    dna_as = _dna_type(found, age, limit)
    doc.user_data[_CHILDS] = age is not None and age < limit and not adult
    has_adult = adult or bool(
        found.get("P|parent") or found.get("P|other_adult") or found.get("ADULT")
    )
    if adult:
        dna_as = EventType.DID_NOT_ATTEND
    mentions = [
        _event_mention(doc, text, triggers, label, span, dna_as, has_adult, adult, p)
        for label, span in events
    ]
    pregnancy = _records(mentions, _PREGNANCY_TYPES)
    if pregnancy and not adult:
        # A booking or antenatal check is the mother's: what it says of nobody in particular
        # ("Disclosed she smokes cannabis", "DNA") is hers, not a child's.
        mentions = [
            _event_mention(doc, text, triggers, label, span, dna_as, True, True, p)
            for label, span in events
        ]
    elif not has_adult and _records(mentions, p.adult_entry_types):
        # An antenatal check or a referral to adult services is about an adult.
        mentions = [
            _event_mention(doc, text, triggers, label, span, dna_as, True, adult, p)
            for label, span in events
        ]
    if not pregnancy and (_records(mentions, p.young_person_types) or found.get("YOUNG")):
        # "Cutting for 3 months, hidden; low mood", "CAMHS appt: anxious": the young
        # person's, no parent's. Not in a booking or antenatal check: the woman it records is
        # the mother of the unborn child, though she was "under CAMHS at 15" or self-harms.
        mentions = [
            dataclasses.replace(m, counted=False)
            if m.label in p.adult_types and m.experiencer == Experiencer.UNKNOWN
            else m
            for m in mentions
        ]
    mentions = _objects(mentions, [s for _, s in events], p)
    for rule in _ENTRY_RULES:
        mentions = rule(mentions, doc, p)
    mentions = _victims_injuries(mentions, doc, triggers, p)
    return _with_values(doc, text, found, mentions, p)


_PREGNANCY_TYPES = frozenset({EventType.PREGNANCY_BOOKING, EventType.ANTENATAL_CONTACT})


def _words(m: Mention) -> tuple[str, ...]:
    return tuple(normalise(m.text).lower().split())


def _written_as(m: Mention, doc: Doc, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether a mention is one of ``phrases``, split at spaces ("dropped to 78%") or into the
    tokens the phrases were matched on ("dropped to 78 %")."""
    if _words(m) in phrases:
        return True
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and tuple(t.lower_ for t in span) in phrases


def _records(mentions: list[Mention], kinds: frozenset[EventType]) -> bool:
    return any(m.counted and m.label in kinds for m in mentions)


def _participants(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A person named as taking part in a meeting ("strategy discussion with police and the
    paediatric registrar") is a participant: not an assessment by that person."""
    if not _records(mentions, p.meeting_types):
        return mentions
    return [
        dataclasses.replace(m, counted=False) if _words(m) in p.participants else m
        for m in mentions
    ]


def _retyped(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A generic mention made more exact by the entry's other words ("Initial assessment.
    Moderate depression" is a mental health assessment)."""
    out = mentions
    for r in p.retypes:
        if not any(
            m.counted and m.label == r.kind and _written_as(m, doc, r.mentions) for m in out
        ):
            continue
        if _has_phrase(doc, r.cues):
            out = [
                dataclasses.replace(m, label=str(r.to))
                if m.label == r.kind and _written_as(m, doc, r.mentions)
                else m
                for m in out
            ]
    return out


def _outcomes(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """What a completed assessment or enquiry recommends ("Completed 03/02/2023: initial child
    protection conference", "Outcome: CIN plan") is not the start of that plan or meeting."""
    first = min(
        (m.start for m in mentions if m.counted and m.label in p.outcome_of_types), default=None
    )
    if first is None:
        return mentions
    words, _ = context.tokens(doc)
    offsets = doc.to_array(["IDX"]).tolist()
    after = [
        i for w, i in zip(words, offsets, strict=True) if i > first and w.lower() in p.outcome_words
    ]
    if not after:
        return mentions
    return [
        dataclasses.replace(m, counted=False)
        if m.label in p.outcome_types and m.start > after[0] and not _started(m, doc)
        else m
        for m in mentions
    ]


# Words right after a plan or meeting that say it started or was held ("CIN plan agreed",
# "first CIN meeting held"): then it is this entry's event, not only an outcome named.
_STARTED = frozenset({"agreed", "started", "starts", "held", "convened", "commenced"})


def _started(m: Mention, doc: Doc) -> bool:
    """Whether the word after the mention, or one of its own ("Outcome: CIN plan agreed"),
    says it started."""
    said = m.text.split() + doc.text[m.end :].split()[:1]
    return any(w.strip(".,;:").lower() in _STARTED for w in said)


def _supported(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """Mentions that need support elsewhere in the entry and have none are not counted: a
    telling that names no harm is no disclosure ("told her teacher that mum's boyfriend has
    moved in"); "low risk" is a self-harm risk assessment only beside a self-harm."""
    words: set[str] | None = None
    out = mentions
    for r in p.requires:
        needs = [
            m.counted and m.label == r.kind and (not r.mentions or _written_as(m, doc, r.mentions))
            for m in out
        ]
        if not any(needs):
            continue
        if words is None:
            words = {w.lower() for w in context.tokens(doc)[0]}
        if words & r.words or _records(out, r.types):
            continue
        out = [
            dataclasses.replace(m, counted=False) if need else m
            for m, need in zip(out, needs, strict=True)
        ]
    return out


def _subjects(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """What an enquiry or strategy discussion is about is its background ("Section 47 enquiry
    ... single bruise, consistent account"), not news this entry first records."""
    out = mentions
    for r in p.subjects:
        if not (_records(out, frozenset({r.kind})) and _records(out, r.of)):
            continue
        if r.unless & {w.lower() for w in context.tokens(doc)[0]}:
            continue
        out = [dataclasses.replace(m, counted=False) if m.label == r.kind else m for m in out]
    return out


# How something was sent is no object of it: "informed by MASH by tel" was a call.
_CHANNEL = context.words("by via")


def _objects(mentions: list[Mention], spans: list[Span], p: Patterns) -> list[Mention]:
    """An event named as where something was sent or what was asked for ("report sent to the
    ICPC", "requested the minutes of the CIN meeting") is not this entry's event."""
    out = list(mentions)
    for i in range(1, len(out)):
        prev, here = out[i - 1], out[i]
        gap = spans[i][0] - spans[i - 1][1]
        if (
            prev.label in p.object_of_types
            and EventType(here.label) in p.background_types
            and gap <= 1
            and _words(here)[0] not in _CHANNEL
        ):
            out[i] = dataclasses.replace(here, counted=False)
    return out


def _told(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """ "The child said to the nursery worker that daddy had hurt her": harm to "her" that a
    child tells of, in the clause of the telling, is the child's disclosure, not abuse of an
    adult. In an entry about a child by age, a telling that counts is the child's though it
    names them ("Amy (7) told her teacher dad hit her")."""
    if not any(m.label == EventType.DISCLOSURE for m in mentions) or not any(
        m.label in p.pronoun_victim_types for m in mentions
    ):
        return mentions  # nothing told, or no harm to tell of
    clause_of = context.clauses(*context.tokens(doc))
    starts = _token_starts(doc)
    telling: set[int] = set()
    out = []
    for m in mentions:
        here = clause_of[starts.get(m.start, 0)]
        childs = m.experiencer == Experiencer.CHILD or (m.counted and doc.user_data[_CHILDS])
        if m.label == EventType.DISCLOSURE and childs:
            telling.add(here)
        elif (
            EventType(m.label) in p.pronoun_victim_types
            and here in telling
            and context.doc_text(doc)[m.start : m.end].lower().rsplit(" ", 1)[-1]
            in ("her", "him", "me")
        ):
            m = dataclasses.replace(m, label=str(EventType.DISCLOSURE))
        out.append(m)
    return out


def _victims_injuries(mentions: list[Mention], doc: Doc, t: Triggers, p: Patterns) -> list[Mention]:
    """In an entry that records domestic abuse of an adult victim (with an arrest or a police
    attendance, a DASH, an IDVA, safety planning), an injury that no child word owns in its
    clause ("Kerry had a cut lip", "faint bruising to neck seen") is the victim's: part of the
    incident, not the child's injury. "Dad hit her with a belt; red marks on her legs" with no
    such mark of an adult victim stays an injury, as does "the child had a red mark"."""
    abuse = EventType.DOMESTIC_ABUSE_INCIDENT
    if not any(m.counted and m.label == EventType.INJURY for m in mentions) or not any(
        m.counted and m.label == abuse and m.experiencer != Experiencer.CHILD for m in mentions
    ):
        return mentions
    if not (_records(mentions, p.adult_injury_with) or _has_phrase(doc, p.adult_victim_cues)):
        return mentions
    starts = _token_starts(doc)
    children = [s[0] for kind, s in t.people if kind == "child"]

    def childs(m: Mention) -> bool:  # a child word before it in its clause
        at = starts.get(m.start, 0)
        return any(i < at and t.clause[i] == t.clause[at] for i in children)

    return [
        dataclasses.replace(m, counted=False)
        if m.counted
        and m.label == EventType.INJURY
        and m.experiencer == Experiencer.UNKNOWN
        and not childs(m)
        else m
        for m in mentions
    ]


def _token_starts(doc: Doc) -> dict[int, int]:
    """The token index at each token's first character (from arrays, no Token objects)."""
    return {idx: i for i, idx in enumerate(doc.to_array("IDX").tolist())}


# What answers a request or takes a disagreement on, later in its clause, is no topic of it:
# "Request from police for the attendance records: declined, no consent" records the refusal,
# "request for info re the household, confirmed registration only, shared under DPA" the reply,
# "disagreed with the NFA and escalated to the service manager" the escalation.
_ANSWERS = frozenset(
    {
        EventType.INFORMATION_SHARING_REFUSED,
        EventType.INFORMATION_SHARED,
        EventType.ESCALATION,
        EventType.DISAGREEMENT_RESOLVED,
    }
)


def _topics(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """What a request asks about is not this entry's event: "requested information from the
    GP regarding mum's mental health", "asked school for attendance figures"; a refusal that
    answers it is ("request for records: declined, no consent")."""
    if not any(m.counted and m.label in p.topic_of_types for m in mentions):
        return mentions
    clause_of = context.clauses(*context.tokens(doc))
    starts = _token_starts(doc)
    out, asking = [], -1
    for m in mentions:
        here = clause_of[starts.get(m.start, 0)]
        if m.label in p.topic_of_types and m.counted:
            asking = here
        elif here == asking and m.label not in p.topic_of_types and m.label not in _ANSWERS:
            m = dataclasses.replace(m, counted=False)
        out.append(m)
    return out


def _replies(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """Sharing before a request, or right after it, is how it was asked ("emailed school asking
    for attendance", "information request sent to police"): the request only. Sharing after it
    answers it, and is recorded beside it ("Request from MASH for info. Reply emailed same
    day")."""
    ends = [m.end for m in mentions if m.counted and m.label == EventType.INFORMATION_REQUEST]
    if not ends:
        return mentions
    text = context.doc_text(doc)

    def sends(m: Mention) -> bool:  # "Information request sent to police": how it was sent
        return m.start < min(ends) or any(
            e <= m.start and not any(c.isalnum() for c in text[e : m.start]) for e in ends
        )

    return [
        dataclasses.replace(m, counted=False)
        if m.counted and m.label == EventType.INFORMATION_SHARED and sends(m)
        else m
        for m in mentions
    ]


_TRIGGERS = "foresight_triggers"
# A sharing phrase that ends in its verb or preposition: whom it names next is told.
_TO_SOMEONE = context.words(
    "to from with by informed notified updated told sent emailed texted copied advised alerted"
)
_FAMILY_GAP = context.words("the her his their a by")
# An institution a capitalised name may end in ("sent to Kestrel High"): no person.
_INSTITUTIONS = context.words(
    "high primary school academy college nursery surgery practice centre hospital team service "
    "services trust council police unit house clinic ward partnership hub court"
)
_AGENCY_AFTER = context.words("agency agencies services service organisations professionals")


def _family_at(doc: Doc, t: Triggers, i: int, p: Patterns) -> bool:
    """Whether a member of the family, not an agency, is named at token ``i`` (after a
    determiner or a preposition): a person word ("mum", "Ms Szabo", "her partner") or a
    first name ("Joanne", "Alfie") that no institution word follows."""
    while i < len(doc) and doc[i].lower_ in _FAMILY_GAP:
        i += 1
    if i >= len(doc):
        return False
    lower = [w.lower() for w in t.words]
    person = next((s for kind, s in t.people if s[0] == i), None)
    if person is not None:
        j = person[1]
    else:
        word = t.words[i]
        if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
            return False
        if lower[i] in p.people_words or lower[i] in _INSTITUTIONS or _caller_at(lower, i, p):
            return False
        j = i + 1
        while j < len(doc) and t.words[j][:1].isupper() and t.words[j].isalpha():
            if lower[j] in _INSTITUTIONS:
                return False
            j += 1
    if j < len(doc) and lower[j] in ("'s", "'"):
        j += 1  # "Riley's school", "mum's GP": the person's agency
    return j >= len(doc) or not (
        lower[j] in _AGENCY_AFTER or lower[j] in _INSTITUTIONS or _caller_at(lower, j, p)
    )


def _to_family(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """Telling or writing to the family is no sharing between agencies, nor is a letter from
    them: "HV informed mum of the plan", "text sent to Joanne", "letter received from Ms
    Szabo", "team was informed by mum", "room shared with Alfie"."""
    t: Triggers | None = doc.user_data.get(_TRIGGERS)
    if t is None or not _records(mentions, frozenset({EventType.INFORMATION_SHARED})):
        return mentions
    ends = {
        idx + len(w): k for k, (idx, w) in enumerate(zip(_token_idx(doc), t.words, strict=True))
    }
    return [
        dataclasses.replace(m, counted=False)
        if m.counted
        and m.label == EventType.INFORMATION_SHARED
        and m.end in ends
        and _words(m)[-1] in _TO_SOMEONE
        and _family_at(doc, t, ends[m.end] + 1, p)
        else m
        for m in mentions
    ]


def _token_idx(doc: Doc) -> list[int]:
    found: list[int] = doc.to_array("IDX").tolist()
    return found


def _screened(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A referral its own clause says was screened or decided on ("Referral from school re
    neglect screened, threshold met", "referral re Isla has been NFA'd") is the background of
    that decision, not a referral this entry records; one its clause says was received or made
    ("Referral received from school ...") is both."""
    if not _records(mentions, frozenset({EventType.REFERRAL})):
        return mentions
    words, space = context.tokens(doc)
    lower = [w.lower() for w in words]
    clause_of = context.clauses(words, space)
    starts = _token_starts(doc)
    clause_words: dict[int, set[str]] = {}
    for w, c in zip(lower, clause_of, strict=True):
        clause_words.setdefault(c, set()).add(w)
    out = []
    for m in mentions:
        if m.counted and m.label == EventType.REFERRAL:
            here = clause_words.get(clause_of[starts.get(m.start, 0)], set())
            if here & p.screened_words and not here & p.referral_made_words:
                m = dataclasses.replace(m, counted=False)
        out.append(m)
    return out


# Work done with the family where they live ("EHA completed with Kelly and Reece at home", "HV
# 6-8 wk review 02/06/2026 at home", "assessment started at the family's new flat"): the home
# named after the work, in its clause.
_AT_HOME = (("at", "home"), ("at", "the", "family", "home"), ("at", "the", "family's"))
_AT_THEIR = context.words("their her his mum's mother's")
_HOMES = context.words("home house flat property maisonette bungalow address")
_HOME_WORK = context.words("review reviewed eha completed started begun")
_HOME_WORK_TYPES = frozenset(
    {EventType.ASSESSMENT, EventType.EARLY_HELP_ASSESSMENT, EventType.PRE_BIRTH_ASSESSMENT}
)
_HOME_REACH = 6  # words from the work to its "at home"


def _home_visit(doc: Doc, words: list[str], starts: list[int], i: int) -> Mention:
    """A home visit read from the two words at ``i`` ("at home", "HV to")."""
    a, b = starts[i], starts[i + 1] + len(words[i + 1])
    text = context.doc_text(doc)[a:b]
    return Mention(text=text, label=str(EventType.HOME_VISIT), start=a, end=b, counted=True)


def _at_home(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """Work with the family at their home, the home named after it in its clause ("EHA
    completed with Kelly and Reece at home", "HV 2 yr review at home"), is a home visit."""
    if _records(mentions, frozenset({EventType.HOME_VISIT, EventType.NO_ACCESS_VISIT})):
        return mentions
    words, space = context.tokens(doc)
    lower = [w.lower() for w in words]
    if "at" not in lower or (_HOMES.isdisjoint(lower) and "family's" not in lower):
        return mentions
    clause_of = context.clauses(words, space)
    starts = doc.to_array("IDX").tolist()
    for i in range(1, len(lower) - 1):
        if lower[i] != "at":
            continue
        home = any(tuple(lower[i : i + len(ph)]) == ph for ph in _AT_HOME) or (
            lower[i + 1] in _AT_THEIR and i + 2 < len(lower) and lower[i + 2] in _HOMES
        )
        if not home or lower[i - 1] in ("not", "alone", "left", "stays", "stay", "staying"):
            continue
        if i + 2 < len(lower) and lower[i + 1] == "home" and lower[i + 2] == "time":
            continue  # "at home time"
        here, first = clause_of[i], max(i - _HOME_REACH, 0)
        before = [w for w, c in zip(lower[first:i], clause_of[first:i], strict=True) if c == here]
        work = any(w in _HOME_WORK for w in before) or any(
            m.counted
            and m.label in _HOME_WORK_TYPES
            and clause_of[bisect.bisect_left(starts, m.start)] == here
            and starts[first] <= m.start < starts[i]
            for m in mentions
        )
        t: Triggers | None = doc.user_data.get(_TRIGGERS)
        if t is not None and (
            context.planned(t, (i, i + 2), p) or context.negated(t, (i, i + 2), p)
        ):
            continue
        if work:
            return [*mentions, _home_visit(doc, words, starts, i)]
    return mentions


def _decided(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A strategy discussion that decides a section 47 enquiry records it, though it is worded
    as a plan ("S47 enquiries to be undertaken", "agreed to progress to S47")."""
    deciding = any(m.counted and EventType(m.label) in p.deciding_types for m in mentions)
    if not deciding:
        return mentions
    return [
        dataclasses.replace(m, counted=True)
        if EventType(m.label) in p.decided_types and m.planned and not m.negated
        else m
        for m in mentions
    ]


# What an arrest is for starts with one of these words, close after the arrest ("arrested at
# home on suspicion of ...", "Arrested for: ..."), and runs to the end of the phrase.
_CHARGE_WORDS = frozenset({"for", "suspicion", "s/o"})
_CHARGE_STOPS = frozenset({",", ".", ";", "!", "?"})
_CHARGE_NEAR = 8  # tokens from the arrest to its "for"
_CHARGE_REACH = 10  # tokens from the "for" to the end of the charge
_CHARGE_TYPES = frozenset({EventType.OFFENCE, EventType.PARENTAL_FACTOR})


def _charges(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """What someone is arrested for is the arrest's, not a further event: "arrested on suspicion
    of supplying class A drugs" and "arrested for shoplifting" are an arrest only (no offence, no
    drug misuse), while "caught shoplifting; arrested" records both."""
    if not _records(mentions, frozenset({EventType.ARREST})):
        return mentions
    words = [w.lower() for w in context.tokens(doc)[0]]
    starts = doc.to_array("IDX").tolist()
    charges: list[tuple[int, int]] = []  # character ranges saying what an arrest is for
    for m in mentions:
        if not (m.counted and m.label == EventType.ARREST):
            continue
        first = bisect.bisect_left(starts, m.end)
        near = [
            i
            for i in range(first, min(first + _CHARGE_NEAR + 1, len(words)))
            if words[i] in _CHARGE_WORDS
        ]
        if not near or any(w in _CHARGE_STOPS or "\n" in w for w in words[first : near[0]]):
            continue
        last = near[0]
        while (
            last + 1 < min(near[0] + _CHARGE_REACH, len(words))
            and words[last + 1] not in _CHARGE_STOPS
            and "\n" not in words[last + 1]
        ):
            last += 1
        charges.append((starts[near[0]], starts[last] + len(words[last])))
    return [
        dataclasses.replace(m, counted=False)
        if EventType(m.label) in _CHARGE_TYPES and any(a <= m.start < b for a, b in charges)
        else m
        for m in mentions
    ]


_MIDWIFE = context.words("midwife midwives midwifery mw cmw")
_NEAR_VISIT = 4  # words either side of a visit that may name who made it ("by the midwife")
_PREGNANCY = re.compile(
    r"\b\d{1,2}\s*(?:\+\s*\d\s*)?(?:/\s*40|weeks?|wks?)\b|\b\d{1,2}\s*\+\s*\d\b|\bpregnan",
    re.IGNORECASE,
)
_AFTER_BIRTH = re.compile(
    r"\bpost\s*natal|\bborn\b|\b(?:new|since|after the|following the) birth\b|\bday \d",
    re.IGNORECASE,
)


def _near(text: str, start: int, end: int, n: int) -> tuple[str, ...]:
    """The ``n`` lower-case words either side of ``text[start:end]``."""
    return tuple(text[:start].lower().split()[-n:] + text[end:].lower().split()[:n])


def _also(
    mentions: list[Mention], kind: EventType, extra: EventType, near: Callable[[Mention], bool]
) -> list[Mention]:
    """The mentions, with each counted mention of ``kind`` for which ``near`` holds also read
    as ``extra`` (one event that records two types)."""
    return mentions + [
        dataclasses.replace(m, label=str(extra))
        for m in mentions
        if m.counted and m.label == kind and near(m)
    ]


def _midwife_visits(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A midwife's visit at home in pregnancy ("midwife home visit at 36 weeks", "home visit by
    the community midwife, 30/40") is an antenatal contact as well as a home visit."""
    text = context.doc_text(doc)
    if not _PREGNANCY.search(text) or _AFTER_BIRTH.search(text):
        return mentions
    return _also(
        mentions,
        EventType.HOME_VISIT,
        EventType.ANTENATAL_CONTACT,
        lambda m: bool(_MIDWIFE & set(_words(m) + _near(text, m.start, m.end, _NEAR_VISIT))),
    )


_DETAINED = context.words("detained sectioned")


def _detentions(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """An adult detained under the Mental Health Act ("detained under section 2", "mum was
    sectioned"), a parental factor, is also that adult's hospital admission."""
    return _also(
        mentions,
        EventType.PARENTAL_FACTOR,
        EventType.HOSPITAL_ADMISSION,
        lambda m: bool(_DETAINED & set(_words(m))),
    )


_MOVED_IN = context.words("placed moved moving housed rehoused now into")
_NEAR_PLACE = 3  # words before temporary accommodation that may say the family moved there


def _placed(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A family placed in temporary accommodation in this entry ("placed in a B&B", "moved
    into the hostel", "now in temporary accommodation") has changed address too (once)."""
    text = context.doc_text(doc)
    found = _also(
        mentions,
        EventType.HOMELESSNESS,
        EventType.ADDRESS_CHANGE,
        lambda m: bool(_MOVED_IN & set(text[: m.start].lower().split()[-_NEAR_PLACE:])),
    )
    return found[: len(mentions) + 1]


_RAW = "foresight_raw"  # the entry's text before normalising (a dash there is a heading's)
_CHILDS = "foresight_childs"  # the entry is about a child by its age (given, or stated)
_CALL_VERBS = context.words("rang phoned called telephoned rung")
_CALL_ON = context.words("through in again")  # "phoned through", "rang in"
# A call returned ("MASH rang back: referral screened") answers the recorder's own call.
_CALL_BACK = context.words("back")
_CALL_ABOUT = context.words("re regarding about")
_CALL_FROM = context.words("from")
_CALL_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:hrs)?|\d{3,4}(?:hrs)?|\d{1,2}(?:am|pm)", re.IGNORECASE)
_NAME_GLUE = context.words("& and mr mrs ms miss dr . '")
_NAME_REACH = 4  # name words between a caller and the call ("PC 4471 Dunmore rang")


def _phoned_through(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """A practitioner of another agency ringing in with news ("School nurse Jo Bell rang SW:
    ...", "PC Amos rang:", "Midwife phoned - ...", "Call from the ward 10:20: ...") phones a
    notification through: information shared as well as the call. A parent or relative
    ringing, a call out to the family, or a call that asks for something is not one."""
    calls = [m for m in mentions if m.counted and m.label == EventType.PHONE_CONTACT]
    if not calls or _records(mentions, frozenset({EventType.INFORMATION_SHARED})):
        return mentions
    words, _ = context.tokens(doc)
    lower = [w.lower() for w in words]
    starts = doc.to_array("IDX").tolist()
    clause_of = context.clauses(*context.tokens(doc))
    asking = {
        clause_of[bisect.bisect_left(starts, m.start)]
        for m in mentions
        if m.counted and m.label == EventType.INFORMATION_REQUEST
    }
    raw = doc.user_data.get(_RAW, context.doc_text(doc))
    for m in calls:
        first = bisect.bisect_left(starts, m.start)
        end = bisect.bisect_left(starts, m.end)
        if clause_of[first] in asking:
            continue
        inbound = (
            lower[first] in _CALL_VERBS
            and _caller_before(words, lower, clause_of, first, p)
            and _rings_in(words, lower, raw, starts, end, p)
        ) or (lower[end - 1] in _CALL_FROM and _caller_at(lower, end, p))
        if inbound:
            return [*mentions, dataclasses.replace(m, label=str(EventType.INFORMATION_SHARED))]
    return mentions


_HV = context.words("hv")
_NOT_VISITED = context.words("dr doctor")


def _hv_to_name(mentions: list[Mention], doc: Doc, p: Patterns) -> list[Mention]:
    """ "HV to Leah & Joanne Marsh": a home visit (HV) to people named by name, as social care
    writes it; "HV to visit", "HV to refer to MASH" (a health visitor's plan) are not one."""
    if _records(mentions, frozenset({EventType.HOME_VISIT, EventType.NO_ACCESS_VISIT})):
        return mentions
    words, _ = context.tokens(doc)
    clause_of = context.clauses(*context.tokens(doc))
    starts = doc.to_array("IDX").tolist()
    for i in range(len(words) - 2):
        opens = i == 0 or clause_of[i - 1] != clause_of[i]
        name = words[i + 2]
        if (
            opens
            and words[i].lower() in _HV
            and words[i + 1].lower() == "to"
            and name[:1].isupper()
            and name[1:].islower()
            and name.lower() not in p.people_words
            and name.lower() not in _NOT_VISITED
        ):
            return [*mentions, _home_visit(doc, words, starts, i)]
    return mentions


def _caller_at(lower: list[str], i: int, p: Patterns, end: bool = False) -> bool:
    """Whether a caller phrase starts at token ``i`` (or ends there, with ``end``), perhaps
    after a determiner ("call from the ward")."""
    if not end and i < len(lower) and lower[i] in ("the", "a"):
        i += 1
    for n in range(1, 5):
        found = tuple(lower[i - n + 1 : i + 1]) if end else tuple(lower[i : i + n])
        if len(found) == n and found in p.callers:
            return True
    return False


def _caller_before(
    words: list[str], lower: list[str], clause_of: tuple[int, ...], i: int, p: Patterns
) -> bool:
    """Whether a practitioner names themself before the call at token ``i``, perhaps followed
    by their name, badge number or team in brackets ("PC 4471 Dunmore", "Donna (Turning Point
    keyworker)"); a family member named there ("Mum", "her sister") is no caller."""
    j, names = i - 1, 0
    while j >= 0 and clause_of[j] == clause_of[i] and names <= _NAME_REACH:
        if _caller_at(lower, j, p, end=True):
            return True
        if words[j] == ")":
            k = j - 1
            while k > 0 and words[k] != "(" and j - k <= 8:
                k -= 1
            if words[k] != "(":
                return False
            if any(_caller_at(lower, a, p, end=True) for a in range(k + 1, j)):
                return True
            j, names = k - 1, names + 1
            continue
        name = (words[j][:1].isupper() and lower[j] not in p.people_words) or words[j].isdigit()
        if not (name or lower[j] in _NAME_GLUE or words[j].isspace()):
            return False
        j, names = j - 1, names + 1
    return False


def _rings_in(
    words: list[str], lower: list[str], raw: str, starts: list[int], k: int, p: Patterns
) -> bool:
    """Whether the call ending before token ``k`` rings in with news: a heading's colon or
    dash ("rang 13:50:", "phoned - ..."), the recorder's team ("rang SW", "rang EDT"), "to
    say", "to let ... know", "re"."""
    while k < len(words) and (
        lower[k] in _CALL_ON
        or words[k].isspace()
        or _CALL_TIME.fullmatch(words[k])
        or (lower[k] == "at" and k + 1 < len(words) and _CALL_TIME.fullmatch(words[k + 1]))
    ):
        k += 1
    if k >= len(words) or lower[k] in _CALL_BACK:
        return False
    if lower[k - 1] == "to":  # the call's phrase ends in "to" ("rang to")
        return lower[k] in p.call_news
    gap = raw[starts[k - 1] : starts[k]]
    if words[k] == ":" or "-" in gap or "–" in gap:
        return True
    if lower[k] == "to":
        return k + 1 < len(words) and lower[k + 1] in p.call_news
    if lower[k] in _CALL_ABOUT:
        return True
    return any(tuple(lower[k : k + n]) in p.call_recipients for n in range(1, 5))


# Rules that read the entry as a whole, in this order, after each mention has been read on its
# own: each may stop a mention counting or change its type (see each rule's docstring).
_ENTRY_RULES = (
    _told,
    _topics,
    _replies,
    _to_family,
    _screened,
    _decided,
    _participants,
    _retyped,
    _outcomes,
    _supported,
    _subjects,
    _charges,
    _midwife_visits,
    _detentions,
    _placed,
    _phoned_through,
    _hv_to_name,
    _at_home,
)


_STATED_AGE = re.compile(
    r"\b(\d{1,2})\s*(?:-\s*)?(?:years?|yrs?|y)\s*(?:-\s*)?old\b|\b(\d{1,2})\s*yo\b|"
    r"\baged\s+(\d{1,2})\b|\((\d{1,2})\)",
    re.IGNORECASE,
)


def stated_age(text: str) -> float | None:
    """The subject's age in years as the text states it ("14 year old", "15yo", "aged 13").

    >>> stated_age("GP appointment for 14 year old DNA")
    14.0
    """
    found = _STATED_AGE.search(text)
    return float(next(g for g in found.groups() if g)) if found else None


def _dna_type(found: dict[str, list[Span]], age: float | None, limit: float) -> EventType:
    if age is not None:
        return EventType.WAS_NOT_BROUGHT if age < limit else EventType.DID_NOT_ATTEND
    words = found.get("P|child", []) + found.get("DNA_CHILD", [])
    return EventType.WAS_NOT_BROUGHT if words else EventType.DID_NOT_ATTEND


def _event_mention(
    doc: Doc,
    text: str,
    t: Triggers,
    label: str,
    span: Span,
    dna_as: EventType,
    has_adult: bool,
    adult: bool,
    p: Patterns,
) -> Mention:
    kind = dna_as if label == "DNA" else EventType(label.removeprefix("EV|"))
    who = context.experiencer(doc, t, span, p)
    # In an entry about an adult, a mention about nobody in particular is that adult's.
    adults = (Experiencer.PARENT, Experiencer.OTHER_ADULT) + (
        (Experiencer.UNKNOWN,) if adult else ()
    )
    is_negated = context.negated(t, span, p)
    # What follows a cancellation is the cancelled appointment's date, not a plan to cancel.
    is_planned = context.planned(t, span, p, after=kind != EventType.CANCELLED_APPOINTMENT)
    is_planned = is_planned or _role_to(doc, t, span, p)
    counted = not (is_negated or is_planned)
    if kind in p.child_types and who in adults:
        remapped = p.adult_remap.get(kind)
        counted = counted and remapped is not None
        kind = remapped or kind
    if kind in p.historical_remap and context.historical(t, span, p):
        past = p.historical_remap[kind]
        counted = counted and past is not None and (past not in p.adult_types or has_adult)
        kind = past or kind
    if kind in p.adult_types and (who == Experiencer.CHILD or not has_adult):
        counted = False
    if kind in p.background_types and context.background(t, span, p):
        counted = False
    if label == "DNA" and who in adults:
        kind = EventType.DID_NOT_ATTEND
    if kind in p.pronoun_victim_types and who == Experiencer.CHILD and _told_of_child(doc, span):
        kind = EventType.DISCLOSURE  # a child telling "dad hits her" tells of harm to the child
    elif kind in p.pronoun_victim_types and _by_mother(doc, span):
        kind = EventType.DISCLOSURE  # "she says her mother grabbed her": harm to the child
    elif kind in p.pronoun_victim_types and _possessive_end(doc, span):
        counted = False  # "he grabbed her cup": "her" is not the victim
    if (
        kind in p.practitioner_types
        and who == Experiencer.OTHER_ADULT
        and not _practitioner_acts(doc, t, span)
        and not _carer_acts(doc, t, span)
    ):
        counted = False  # a neighbour or relative ringing in is not the practitioner's call
    if (
        kind in p.agency_types
        and who in (Experiencer.PARENT, Experiencer.OTHER_ADULT)
        and not _passive(doc, span)
        and not _practitioner_acts(doc, t, span)
    ):
        counted = False  # "mum informed school", "mum asked for a copy": not agencies sharing
    a, b = _chars(doc, span)
    cue = context.uncertain_cue(t, span, p)
    around = _chars(doc, (min(span[0], cue[0]), max(span[1], cue[1]))) if cue else (a, b)
    return Mention(
        text=text[a:b],
        label=str(kind),
        negated=is_negated,
        uncertain=cue is not None,
        planned=is_planned,
        experiencer=who,
        start=a,
        end=b,
        counted=counted,
        phrase=text[around[0] : around[1]] if cue else "",
    )


def _role_to(doc: Doc, t: Triggers, span: Span, p: Patterns) -> bool:
    """Whether a mention that starts with "to" follows only a practitioner at its clause's
    start: "HV to update SW", "DSL to notify the EWO" are the practitioner's next step."""
    a = span[0]
    if t.words[a].lower() != "to" or a == 0:
        return False
    first = a
    while first > 0 and t.clause[first - 1] == t.clause[a]:
        first -= 1
    while first < a and (t.words[first].isspace() or t.words[first] in ("//", "-", ":")):
        first += 1
    lower = [w.lower() for w in t.words[first:a]]
    if lower and lower[0] in ("the", "a"):
        lower = lower[1:]
    return bool(lower) and len(lower) <= 4 and tuple(lower) in p.callers


_PASSIVE = context.words("informed notified updated requested submitted aware")


def _passive(doc: Doc, span: Span) -> bool:
    """Whether a mention is passive ("police informed", "PNC check requested"): the parent or
    adult it is about ("partner moved in, PNC check requested") is not the one who acts."""
    last = doc[span[1] - 1].lower_ in _PASSIVE
    return last or any(  # "checks on mum's partner requested from the police"
        doc[i].lower_ in _PASSIVE and doc[i + 1].lower_ in ("from", "to")
        for i in range(span[0], span[1] - 1)
    )


_FILLERS = context.words(
    "then and also later has had have is was were who to so she he they it not"
)
_WRITER = frozenset({"I", "we", "We"})
_PRONOUNS = context.words("she he they")


def _practitioner_acts(doc: Doc, t: Triggers, span: Span) -> bool:
    """Whether someone other than the adult named before a sharing or a call makes it: a
    subject of its own after a comma ("dad arrested, police shared information with school")
    or the writer ("I rang the DSL, Mr Price, to let him know"); the adult is the topic."""
    start = span[0]
    first = start
    while first > 0 and t.clause[first - 1] == t.clause[start] and t.words[first - 1] != ",":
        first -= 1
    part = [doc[i].lower_ for i in range(first, start)]
    in_part = any(first <= s[0] < start for _, s in t.people)
    after_comma = first > 0 and t.words[first - 1] == "," and not in_part
    if after_comma and part and part[0].isalpha() and part[0] not in _FILLERS:
        return True  # the part's first word is its own subject
    if in_part or any(w in _PRONOUNS for w in part):
        return False
    opening = next(i for i in range(start, -1, -1) if i == 0 or t.clause[i - 1] != t.clause[i])
    people = [s[0] for _, s in t.people if opening <= s[0] < start]
    return bool(people) and any(t.words[i] in _WRITER for i in range(opening, min(people)))


_CARERS = context.words("carer carers")


def _carer_acts(doc: Doc, t: Triggers, span: Span) -> bool:
    """Whether the adult nearest before a call in its clause is the child's carer ("foster
    carer rang to cancel"): a carer ringing in is a phone contact, as a parent's call is."""
    before = [s for _, s in t.people if s[1] <= span[0] and t.clause[s[0]] == t.clause[span[0]]]
    return bool(before) and doc[max(before)[1] - 1].lower_ in _CARERS


def _names_victim(doc: Doc, span: Span) -> bool:
    """Whether a mention names its victim ("dad hit mum"), not a pronoun ("dad hits her")."""
    return doc[span[1] - 1].lower_ not in ("her", "him", "me", "them")


def _told_of_child(doc: Doc, span: Span) -> bool:
    """Whether harm a child tells of is done to the child: a pronoun ends the mention ("dad
    hits her") or follows it ("dad punched" + "him"; "him" and "me" are never the mother)."""
    after = doc[span[1]].lower_ if span[1] < len(doc) else ""
    return not _names_victim(doc, span) or after in ("him", "me")


_MOTHER = context.words("mother mum mummy mother's mum's")
_COMPANIONS = context.words("friend friends sister brother cousin")


def _by_mother(doc: Doc, span: Span) -> bool:
    """Whether a mention with a pronoun victim ("grabbed her") is done by the victim's mother
    or her companion ("her mother grabbed her", "her mother's friend grabbed her"): the victim
    is then the child, not an adult of the household."""
    a = span[0]
    if _names_victim(doc, span) or a == 0:
        return False
    if doc[a - 1].lower_ in _MOTHER:
        return True
    if a < 3 or doc[a - 1].lower_ not in _COMPANIONS or doc[a - 2].text != "'s":
        return False
    return doc[a - 3].lower_ in _MOTHER  # "her mother's friend grabbed her"


_AFTER_VICTIM = context.words(
    "in on with across down into against over around about to at again twice "
    "repeatedly and when while last yesterday during because after before until so "
    "but up by from off hard several front of the a if unless"
)


_ADULT_VICTIMS = context.words("mum mother mummy partner wife girlfriend dad father")


def _possessive_end(doc: Doc, span: Span) -> bool:
    """Whether a mention ends in "her"/"his" that a noun follows: a possessive ("grabbed her
    cup"), not the person the act was done to ("hit her in the face")."""
    last, after = span[1] - 1, span[1]
    if doc[last].lower_ not in ("her", "his") or after >= len(doc):
        return False
    word = doc[after].lower_
    return word.isalpha() and word not in _AFTER_VICTIM and word not in _ADULT_VICTIMS


def _chars(doc: Doc, span: Span) -> tuple[int, int]:
    """Character offsets of the token span."""
    return doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])


def _event_types(kinds: tuple[EventType, ...], p: Patterns) -> tuple[EventType, ...]:
    present = frozenset(kinds)
    return tuple(k for k in kinds if not p.suppressed_by.get(k, frozenset()) & present)


def _char_spans(
    doc: Doc, found: dict[str, list[Span]], prefix: str
) -> list[tuple[str, values.CharSpan]]:
    spans = context.longest(
        [
            (lab.removeprefix(prefix), s)
            for lab, ss in found.items()
            if lab.startswith(prefix)
            for s in ss
        ]
    )
    return [(lab, (doc[a].idx, doc[b - 1].idx + len(doc[b - 1]))) for lab, (a, b) in spans]


# A time or place after "not home" says when someone came back, not that no one answered a
# visit ("not home by the 22:00 curfew", "not home from school").
_NOT_ANSWER_AFTER = context.words("from by till until after before since yet")


def _has_phrase(
    doc: Doc, phrases: frozenset[tuple[str, ...]], not_before: frozenset[str] = frozenset()
) -> bool:
    """Whether any of ``phrases`` (lower-case token tuples) occurs in ``doc``, not followed by
    one of ``not_before``."""
    words = [w.lower() for w in context.tokens(doc)[0]]
    lengths = {len(ph) for ph in phrases}
    return any(
        tuple(words[i : i + n]) in phrases
        and (i + n >= len(words) or words[i + n] not in not_before)
        for n in lengths
        for i in range(len(words) - n + 1)
    )


def _adjusted(
    mentions: list[Mention],
    agencies: list[AgencyKind],
    words: list[values.Found],
    p: Patterns,
    doc: Doc | None = None,
) -> tuple[EventType, ...]:
    """Counted types, a referral to adult services named as such, quoted harm as disclosure,
    a visit or police welfare check where no one answered as a no-access visit, an adult's
    injury with an arrest or a police attendance as domestic abuse."""
    kinds = list(dict.fromkeys(EventType(m.label) for m in mentions if m.counted))
    adult_hurt = any(
        m.label == EventType.INJURY
        and not m.negated
        and m.experiencer in (Experiencer.PARENT, Experiencer.OTHER_ADULT)
        for m in mentions
    )
    if adult_hurt and p.adult_injury_with & set(kinds):
        kinds.append(EventType.DOMESTIC_ABUSE_INCIDENT)  # "mum had a cut lip; partner arrested"
    visits = [k for k in (EventType.HOME_VISIT, EventType.POLICE_WELFARE_CHECK) if k in kinds]
    if visits and doc is not None and _has_phrase(doc, p.no_answer, _NOT_ANSWER_AFTER):
        for visit in visits:  # officers or a practitioner got no answer
            kinds[kinds.index(visit)] = EventType.NO_ACCESS_VISIT
    if EventType.REFERRAL in kinds and agencies and set(agencies) <= p.adult_agency_kinds:
        kinds[kinds.index(EventType.REFERRAL)] = EventType.REFERRAL_TO_ADULT_SERVICES
    harm = p.values.disclosure_words
    if any(harm & set(w.value.lower().replace(",", " ").split()) for w in words):
        kinds.append(EventType.DISCLOSURE)
    return _event_types(tuple(dict.fromkeys(kinds)), p)


def _with_values(
    doc: Doc, text: str, found: dict[str, list[Span]], mentions: list[Mention], p: Patterns
) -> Tagging:
    v = p.values
    counted = {EventType(m.label) for m in mentions if m.counted}
    gest = values.gestation(text, v)
    risk = values.risk(text, v)
    agencies = values.referral_to(text, v) if EventType.REFERRAL in counted else []
    mob = values.mobility(_char_spans(doc, found, "MOB|"))
    seen = values.child_seen(_char_spans(doc, found, "SEEN|"))
    words = values.quotes(text, v)
    kinds = _adjusted(mentions, [k for k, _ in agencies], words, p, doc)
    stated = (
        [f for f in (gest and gest[1], risk and risk[1], mob and mob[1], seen and seen[1]) if f]
        + [f for _, f in agencies]
        + words
    )
    value_mentions = [
        Mention(
            text=text[f.span[0] : f.span[1]],
            label=f.field,
            value=f.value,
            start=f.span[0],
            end=f.span[1],
        )
        for f in stated
    ]
    counted_uncertain = {EventType(m.label) for m in mentions if m.counted and m.uncertain}
    certain = {EventType(m.label) for m in mentions if m.counted and not m.uncertain}
    return Tagging(
        text=text,
        event_types=kinds,
        mentions=tuple(sorted(mentions + value_mentions, key=lambda m: (m.start, m.end))),
        uncertain_types=frozenset(k for k in counted_uncertain - certain if k in kinds),
        gestation_weeks=gest[0] if gest else None,
        mobility=mob[0] if mob else None,
        risk_level=risk[0] if risk else None,
        to_agency=tuple(k for k, _ in agencies),
        child_seen=seen[0] if seen else (ChildSeen.YES if words else None),
        child_words=tuple(f.value for f in words),
    )
