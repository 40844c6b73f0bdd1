"""Negation, uncertainty and experiencer of a mention, from the triggers around it.

A small ConText (Harkema et al. 2009): a trigger reaches forward (``pre``) or back
(``post``) a few tokens within its clause, and a terminating word ("but", "however") stops it.
A trigger inside a longer event phrase ("no" of "no access visit", "not" of "was not brought")
or inside a pseudo-trigger ("no further action") is not a trigger.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Doc

from foresight.text.patterns import Patterns

Span = tuple[int, int]  # token offsets [start, end)


class Experiencer(StrEnum):
    """Whose experience a mention is: the child's, a parent's, another adult's, or not said."""

    CHILD = "child"
    PARENT = "parent"
    OTHER_ADULT = "other_adult"
    UNKNOWN = "unknown"


def words(text: str) -> frozenset[str]:
    """The set of the space-separated words of ``text``."""
    return frozenset(text.split())


_BOUNDARIES = frozenset({".", ";", "!", "•"})
# Words before a person word that make it an object, not the subject ("visit to mum").
_PREPOSITIONS = frozenset({"to", "with", "by", "from", "for", "of", "and", "at", "re", "about"})
# Verbs whose object is the one told, not the one whose news it is: "after telling mum she
# had taken tablets" is the child's overdose.
_TELLS = words("told telling tells tell informed informing asked asking showed showing")
_TITLES = frozenset({"ms", "mr", "mrs", "miss", "mx"})
_SUBJECT_PRONOUNS = frozenset({"she", "he"})
_MALE = words(
    "dad father daddy stepdad stepfather step boyfriend husband mr son brother boy "
    "grandad granddad grandfather uncle man male partner ex dad's father's"
) | frozenset({"step dad"})
_FEMALE = words(
    "mum mother mummy mom stepmum stepmother girlfriend wife mrs ms miss daughter "
    "sister girl nan nana grandma grandmother aunt auntie aunty woman female partner "
    "ex mum's mother's"
) | frozenset({"step mum"})
_SIBLINGS = frozenset({"sister", "brother", "sisters", "brothers"})
_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "their", "both", "all", "my"})


@dataclass(frozen=True)
class Triggers:
    """The trigger spans found in one entry, by kind, and its clause numbering."""

    neg_pre: tuple[Span, ...]
    neg_post: tuple[Span, ...]
    plan_pre: tuple[Span, ...]
    plan_post: tuple[Span, ...]
    unc_pre: tuple[Span, ...]
    unc_post: tuple[Span, ...]
    hist_pre: tuple[Span, ...]
    hist_post: tuple[Span, ...]
    bg_pre: tuple[Span, ...]
    bg_post: tuple[Span, ...]
    term: frozenset[int]
    people: tuple[tuple[str, Span], ...]
    clause: tuple[int, ...]
    events: tuple[Span, ...] = ()
    words: tuple[str, ...] = ()


_TEXT, _TOKENS = "foresight_text", "foresight_tokens"


def doc_text(doc: Doc, text: str | None = None) -> str:
    """The doc's text, kept in ``doc.user_data`` (``Doc.text`` builds every Token object);
    ``text``, when given, is the string the doc was made from."""
    found: str | None = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.user_data[_TEXT] = text if text is not None else doc.text
    return found


def tokens(doc: Doc) -> tuple[list[str], list[bool]]:
    """Each token's text and whether whitespace follows it, read from arrays (no Token
    objects: building them was most of the tagging time), once per doc. Do not change them."""
    found: tuple[list[str], list[bool]] | None = doc.user_data.get(_TOKENS)
    if found is None:
        text = doc_text(doc)
        rows = doc.to_array(["IDX", "LENGTH", "SPACY"]).tolist()
        found = ([text[i : i + n] for i, n, _ in rows], [bool(sp) for _, _, sp in rows])
        doc.user_data[_TOKENS] = found
    return found


def clauses(words: list[str], space: list[bool]) -> tuple[int, ...]:
    """A clause number per token: full stops, semicolons and line breaks end a clause."""
    numbers, current = [], 0
    for word, spaced in zip(words, space, strict=True):
        numbers.append(current)
        if word in _BOUNDARIES or "\n" in word or (word == "?" and spaced):
            current += 1
    return tuple(numbers)


def question_marks(words: list[str], space: list[bool]) -> tuple[list[Span], list[Span]]:
    """ "?" glued before a word ("?bruise") reaches forward; glued after one ("bruise?") back."""
    pre: list[Span] = []
    post: list[Span] = []
    for i, word in enumerate(words):
        if word != "?":
            continue
        if not space[i] and i + 1 < len(words) and words[i + 1].isalpha():
            pre.append((i, i + 1))
        elif i > 0 and not space[i - 1] and words[i - 1].isalpha():
            post.append((i, i + 1))
    return pre, post


def _inside(span: Span, others: list[Span]) -> bool:
    return any(o[0] <= span[0] and span[1] <= o[1] and o != span for o in others)


class _Covers:
    """Whether a span lies inside another span of ``spans``, as :func:`_inside` answers, for
    many spans at once: the furthest end reached by a span starting at or before each token
    answers most questions without a scan."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = spans
        self._reach: list[int] = []
        for a, b in sorted(spans):
            while len(self._reach) <= a:
                self._reach.append(self._reach[-1] if self._reach else -1)
            self._reach[a] = max(self._reach[a], b)
        for i in range(1, len(self._reach)):
            self._reach[i] = max(self._reach[i], self._reach[i - 1])

    def __contains__(self, span: Span) -> bool:
        if not self._reach:
            return False
        reach = self._reach[min(span[0], len(self._reach) - 1)]
        if reach != span[1]:  # nothing reaches its end, or a longer span holds it
            return reach > span[1]
        return _inside(span, self._spans)


def longest(candidates: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Non-overlapping spans, longest first (ties: earliest), returned in text order."""
    taken: list[tuple[str, Span]] = []
    used: set[int] = set()
    for label, (a, b) in sorted(candidates, key=lambda c: (c[1][0] - c[1][1], c[1][0])):
        if not used.intersection(range(a, b)):
            taken.append((label, (a, b)))
            used.update(range(a, b))
    return sorted(taken, key=lambda c: c[1])


def find_triggers(doc: Doc, found: dict[str, list[Span]], events: list[Span]) -> Triggers:
    """Collect the triggers of ``doc`` from the matches, dropping those inside events/pseudo."""
    pseudo = found.get("PSEUDO", [])
    blocked = events + pseudo

    covers = _Covers(blocked)

    def keep(label: str) -> tuple[Span, ...]:
        return tuple(s for s in found.get(label, []) if s not in covers and s not in events)

    words, space = tokens(doc)
    q_pre, q_post = question_marks(words, space)
    # Longest person phrase wins: "mum's sister" is another adult, not a child's sibling.
    people = tuple(
        longest(
            [
                (label.removeprefix("P|"), span)
                for label in ("P|parent", "P|other_adult", "P|child")
                for span in found.get(label, [])
            ]
        )
    )
    return Triggers(
        neg_pre=keep("NEG_PRE"),
        neg_post=keep("NEG_POST"),
        plan_pre=keep("PLAN_PRE"),
        plan_post=keep("PLAN_POST"),
        unc_pre=keep("UNC_PRE") + tuple(q_pre),
        unc_post=keep("UNC_POST") + tuple(q_post),
        # "a conviction for" is both a parental factor and the history of what follows it.
        hist_pre=tuple(s for s in found.get("HIST_PRE", []) if not _inside(s, pseudo)),
        hist_post=tuple(s for s in found.get("HIST_POST", []) if not _inside(s, pseudo)),
        bg_pre=keep("BG_PRE"),
        bg_post=keep("BG_POST"),
        term=frozenset(i for s in keep("TERM") for i in range(s[0], s[1])),
        people=people,
        clause=clauses(words, space),
        events=tuple(events),
        words=tuple(words),
    )


def _clear(t: Triggers, start: int, end: int) -> bool:
    """No terminating word in token range [start, end) (clause breaks are checked by caller)."""
    return not any(i in t.term for i in range(start, end))


def _reaches(
    t: Triggers, span: Span, pre: tuple[Span, ...], post: tuple[Span, ...], windows: tuple[int, int]
) -> bool:
    return _reaching(t, span, pre, post, windows) is not None


def _reaching(
    t: Triggers, span: Span, pre: tuple[Span, ...], post: tuple[Span, ...], windows: tuple[int, int]
) -> Span | None:
    """The first trigger that reaches the mention at ``span``, if any."""
    start, end = span
    for a, b in pre:
        near = a < start and start - b <= windows[0] and t.clause[a] == t.clause[start]
        if near and _clear(t, b, start):
            return (a, b)
    for a, b in post:
        near = a >= end and a - end <= windows[1] and t.clause[a] == t.clause[end - 1]
        if near and _clear(t, end, a):
            return (a, b)
    return None


def negated(t: Triggers, span: Span, p: Patterns) -> bool:
    """Whether a negation trigger reaches the mention at ``span``. A trigger after it reaches
    only the nearest event: in "supervision: NFA not appropriate" only the NFA is negated."""
    end = span[1]
    post = tuple(
        s
        for s in t.neg_post
        if not any(end <= e[0] < s[0] for e in t.events) and not _refuses_object(t, s)
    )
    return _reaches(t, span, t.neg_pre, post, (p.pre_window, p.post_window))


# A refusal followed by what is refused ("declined ambulance", "refused a medical", "declined
# to give a statement") negates that, not an earlier event of its clause ("said she had taken
# 4 paracetamol, declined ambulance"). These words after it still leave it looking back
# ("referral declined by mum", "EH offered, declined as ...", "refused today").
_REFUSALS = words("declined refused declines refuses")
_STILL_BACK = words(
    "by as at on and but or nor due because so when while whilst today yesterday again "
    "following after with this that it them all consent"
)


def _refuses_object(t: Triggers, trigger: Span) -> bool:
    """Whether the post trigger at ``trigger`` is a refusal with an object after it."""
    a, b = trigger
    if not t.words or b - a != 1 or t.words[a].lower() not in _REFUSALS or b >= len(t.words):
        return False
    after = t.words[b].lower()
    return after.isalpha() and after not in _STILL_BACK and t.clause[b] == t.clause[a]


def planned(t: Triggers, span: Span, p: Patterns, after: bool = True) -> bool:
    """Whether a trigger of a planned, proposed or hypothetical event ("will refer", "ICPC to
    be convened", "if needed") reaches the mention at ``span``: not (yet) this entry's event.
    A trigger after it reaches only the nearest event: "strategy discussion held, S47 to be
    undertaken" keeps the discussion. ``after=False`` reads only the triggers before it: a
    cancelled appointment's own date follows it ("cancelled the review tomorrow")."""
    end = span[1]
    post = tuple(s for s in t.plan_post if not any(end <= e[0] < s[0] for e in t.events))
    post = post if after else ()
    pre = tuple(s for s in t.plan_pre if not _done_under_heading(t, s, span))
    return _reaches(t, span, pre, post, (p.pre_window, p.post_window))


# Past forms that still name a plan ("meeting arranged", "ICPC booked"), and irregular past
# forms that record a deed ("letter sent", "referral made").
_STILL_PLANNED = words(
    "booked arranged planned scheduled proposed needed required requested recommended "
    "advised offered expected awaited invited"
)
_IRREGULAR_PAST = words(
    "done sent made seen held rang spoke spoken given gave taken took told met wrote written "
    "brought sought undertaken"
)
_BEFORE_PLAN = words("to be will been being would should")


def _done_under_heading(t: Triggers, trigger: Span, span: Span) -> bool:
    """Whether a heading ("Action:", "Plan:") or an earlier comma-separated part ("letter to
    mum to rebook, HV notified") is followed by a deed, not a plan: a past form in the
    mention's comma-separated part ("Action: referral to MASH submitted", "Action: DSL phoned
    mum", "to rebook, HV notified via task") records it done; "Plan: HV to visit" stays
    planned."""
    if not t.words or trigger[1] > span[0]:
        return False
    heading = t.words[trigger[1] - 1] == ":"
    if not heading and "," not in t.words[trigger[1] : span[0]]:
        return False
    start = trigger[1]
    for i in range(span[0] - 1, trigger[1] - 1, -1):
        if t.words[i] == ",":
            start = i + 1
            break
    stop = span[1]
    while stop < len(t.words) and t.words[stop] != "," and t.clause[stop] == t.clause[span[0]]:
        stop += 1
    for i in range(start, stop):
        word = t.words[i].lower()
        past = (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PAST
        if past and word not in _STILL_PLANNED and t.words[i - 1].lower() not in _BEFORE_PLAN:
            return True
    return False


def uncertain(t: Triggers, span: Span, p: Patterns) -> bool:
    """Whether an uncertainty trigger reaches the mention at ``span``."""
    return uncertain_cue(t, span, p) is not None


def uncertain_cue(t: Triggers, span: Span, p: Patterns) -> Span | None:
    """The uncertainty trigger ("?", "query", "possible") that reaches the mention, if any."""
    return _reaching(t, span, t.unc_pre, t.unc_post, (p.pre_window, p.post_window))


def historical(t: Triggers, span: Span, p: Patterns) -> bool:
    """Whether a historical trigger ("history of", "previous"; after it, a past year in
    brackets or "against a previous partner") reaches the mention. A trigger after it reaches
    only the nearest event: "ABH (2017)" is history, not the arrest before it."""
    end = span[1]
    post = tuple(s for s in t.hist_post if not any(end <= e[0] < s[0] for e in t.events))
    return _reaches(t, span, t.hist_pre, post, (p.pre_window, p.post_window))


def background(t: Triggers, span: Span, p: Patterns) -> bool:
    """Whether the mention names an event only as the background of this entry ("following
    the strategy discussion", "explained the referral", "the ICPC last week"): recorded
    elsewhere, not by this entry."""
    start, end = span
    # Only the nearest event: "SW visited following the S47" keeps the visit.
    pre = tuple(s for s in t.bg_pre if not any(s[1] <= e[0] < start for e in t.events))
    post = tuple(s for s in t.bg_post if not any(end <= e[0] < s[0] for e in t.events))
    return _reaches(t, span, pre, post, (p.pre_window, p.post_window))


def experiencer(doc: Doc, t: Triggers, span: Span, p: Patterns) -> Experiencer:
    """Whose experience the mention at ``span`` is: the nearest person before it decides.

    A child word nearest means the child. A parent or other adult nearest means that adult
    when it is the subject ("mum self-harmed", "mum's overdose", "mum reports she ..."), but
    not when it only reports ("mum reports bruise to baby's arm") or is an object ("visit to mum").
    """
    start = span[0]
    if any(kind == "child" and span[0] <= s[0] and s[1] <= span[1] for kind, s in t.people):
        return Experiencer.CHILD  # "child not brought"
    owner = _owner_after(doc, t, span)
    if owner is not None:
        return owner  # "bruising on mum's arms", "burn to the toddler's hand"
    before = [
        (kind, s)
        for kind, s in t.people
        if s[1] <= start
        and start - s[1] <= p.experiencer_window
        and t.clause[s[0]] == t.clause[start]
    ]
    for kind, (a, b) in sorted(before, key=lambda item: -item[1][0]):
        if _is_object(doc, a) and not _owns(doc, b, start):
            if kind != "child" and _picked_up(doc, a, b, start, p):
                return _KINDS[kind]  # "Spoke to mum, she disclosed an overdose"
            continue
        if kind == "child" and _adults_sibling(doc, t, a, b):
            return Experiencer.OTHER_ADULT  # "mum says her sister has been self-harming"
        if kind == "child":
            return Experiencer.CHILD
        who = Experiencer.PARENT if kind == "parent" else Experiencer.OTHER_ADULT
        return who if _is_subject(doc, b, start, p, a) else Experiencer.UNKNOWN
    return _carried_over(doc, t, start, p) if not before else Experiencer.UNKNOWN


_KINDS = {
    "parent": Experiencer.PARENT,
    "other_adult": Experiencer.OTHER_ADULT,
    "child": Experiencer.CHILD,
}
_BODY_PREPOSITIONS = frozenset({"on", "to", "of"})
_BODY = words(
    "arm face cheek leg back hand head neck chest eye ear wrist thigh body shoulder "
    "forehead lip nose stomach foot feet knee shin bottom buttock forearm skin hip "
    "ankle finger toe scalp jaw mouth rib"
)
_SEEN_WORDS = frozenset({"noted", "seen", "observed", "found", "visible", "present"})
_SIDES = words("upper lower left right l r inner outer top")


def _owner_after(doc: Doc, t: Triggers, span: Span) -> Experiencer | None:
    """The person whose body a mention is placed on right after it: "bruise on mum's arm",
    "burn to the toddler's hand" (a preposition, perhaps a determiner, then a possessive)."""
    i = span[1]
    if doc[i - 1].lower_ not in _BODY_PREPOSITIONS:  # "bruising to" ends in its preposition
        if i < len(doc) and doc[i].lower_ in _SEEN_WORDS:
            i += 1  # "bruising noted on mum's arms"
        if i >= len(doc) or doc[i].lower_ not in _BODY_PREPOSITIONS:
            return None
        i += 1
    if i < len(doc) and doc[i].lower_ in _DETERMINERS:
        i += 1
    for kind, (a, b) in t.people:
        if a != i:
            continue
        if b < len(doc) and doc[b].text == "'s":
            b += 1
        elif not doc[b - 1].lower_.endswith("'s"):
            continue
        if b < len(doc) and doc[b].lower_ in _SIDES:
            b += 1  # "bruising to mother's upper arms"
        if b < len(doc) and doc[b].lower_.rstrip("s") in _BODY:
            return _KINDS[kind]
    return None


def _carried_over(doc: Doc, t: Triggers, start: int, p: Patterns) -> Experiencer:
    """ "Mum seen by GP. Reports she self-harmed", "Dad unwell; he is hearing voices": a clause
    opening with a pronoun (or a reporting verb and one) continues the person before it."""
    first = next((i for i in range(start, -1, -1) if i == 0 or t.clause[i - 1] != t.clause[i]), 0)
    # "Mum tearful, says she has had thoughts of harming herself": a subject pronoun after a
    # person further back in the same clause continues that person.
    same = [(k, s) for k, s in t.people if first <= s[0] and s[1] <= start]
    if same:
        kind, (_, b) = max(same, key=lambda item: item[1][0])
        pronoun = any(doc[i].lower_ in _SUBJECT_PRONOUNS for i in range(b, start))
        return _KINDS[kind] if pronoun else Experiencer.UNKNOWN
    words = [doc[i].lower_ for i in range(first, min(start, first + 3))]
    opens = bool(words) and (
        words[0] in _SUBJECT_PRONOUNS
        or (words[0] in p.people.reporting and bool(set(words[1:]) & p.people.own))
    )
    if not opens:
        return Experiencer.UNKNOWN
    earlier = [(kind, s) for kind, s in t.people if s[1] <= first]
    # "Dad brought baby to ED; he smelled of alcohol": "he" is the latest person of his sex.
    sex = _MALE if words[0] == "he" else _FEMALE if words[0] == "she" else frozenset()
    matching = [(k, (a, b)) for k, (a, b) in earlier if doc[a:b].text.lower() in sex]
    if not matching and earlier:
        # "Filip attended with his mother. He described low mood": "he" is not the mother.
        _, (_, last) = max(earlier, key=lambda item: item[1][0])
        if _other_sex(doc[last - 1].lower_, words[0]):
            return Experiencer.UNKNOWN
    earlier = matching or earlier
    return _KINDS[max(earlier, key=lambda item: item[1][0])[0]] if earlier else Experiencer.UNKNOWN


_BREAKS = frozenset({",", ":", "-", "–"})


def _picked_up(doc: Doc, a: int, b: int, mention: int, p: Patterns) -> bool:
    """Whether an adult named as an object is the subject of the next part of the sentence:
    a comma or colon, perhaps a reporting verb, then a pronoun of their sex ("Spoke to mum,
    she disclosed ...", "call from Mr Evans, says he has taken ..."). Not straight after the
    person ("told mum she had taken"), where the pronoun is the teller."""
    person = doc[a:b].text.lower()
    for i in range(b, mention - 1):
        if doc[i].text in _BREAKS:
            j = i + 2 if doc[i + 1].lower_ in p.people.reporting and i + 2 < mention else i + 1
            word = doc[j].lower_
            return word in _SUBJECT_PRONOUNS and not _other_sex(person, word)
    return False


def _adults_sibling(doc: Doc, t: Triggers, a: int, b: int) -> bool:
    """ "Mum says her sister ...": a brother or sister that "her"/"his" ties to an adult named
    before it in the clause is that adult's sibling, not the child's."""
    if doc[a:b].text.lower() not in _SIBLINGS or a == 0 or doc[a - 1].lower_ not in ("her", "his"):
        return False
    return any(
        kind != "child" and s[1] <= a - 1 and t.clause[s[0]] == t.clause[a] for kind, s in t.people
    )


def _owns(doc: Doc, after: int, mention: int) -> bool:
    """Whether the person word ending at ``after`` is a possessive right before the mention:
    "swallowed some of mum's methadone" is mum's, though "of" makes mum an object."""
    if after == mention:
        return doc[after - 1].lower_.endswith("'s")
    return after + 1 == mention and doc[after].text == "'s"


def _is_object(doc: Doc, start: int) -> bool:
    """A person word after a preposition or a verb of telling, perhaps with a determiner
    between, is an object ("visit to mum", "cares for the children", "told her mum"), not
    whose experience follows."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in _DETERMINERS:
        i -= 1
    return i >= 0 and (doc[i].lower_ in _PREPOSITIONS or doc[i].lower_ in _TELLS)


_HIS = frozenset({"he", "his", "him", "himself"})
# Describing someone hands over to them, like a reporting verb: "mum describes him as withdrawn".
_DESCRIBES = words("describes describe describing")
_HERS = frozenset({"she", "her", "herself"})


def _other_sex(person: str, pronoun: str) -> bool:
    """Whether ``pronoun`` cannot stand for ``person``: "mum says he ...", "dad says she ..."."""
    if pronoun in _HIS:
        return person in _FEMALE and person not in _MALE
    if pronoun in _HERS:
        return person in _MALE and person not in _FEMALE
    return False


def _is_subject(doc: Doc, after: int, mention: int, p: Patterns, start: int = -1) -> bool:
    """After the person word at ``after``: a reporting verb hands over to whoever follows
    ("mum reports bruise to baby"), unless the reporter's own pronoun comes first, perhaps
    after whom they told ("mum told the HV she self-harmed"). A pronoun of the other sex is
    someone else ("mum says he stays in his room" is the child's)."""
    person = doc[start:after].text.lower() if start >= 0 else ""
    i = after
    if i < mention and doc[i - 1].lower_ in _TITLES and doc[i].is_title:
        i += 1  # "Ms Smith"
    if i < mention and (doc[i].lower_ in p.people.reporting or doc[i].lower_ in _DESCRIBES):
        i += 1
        if i < mention and doc[i].lower_ == "that":
            i += 1
        if i < len(doc) and doc[i].lower_ in p.people.own:
            return not _other_sex(person, doc[i].lower_)
        later = range(i + 1, min(mention, i + 4))
        return any(
            doc[j].lower_ in _SUBJECT_PRONOUNS and not _other_sex(person, doc[j].lower_)
            for j in later
        )
    return True
