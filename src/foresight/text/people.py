"""Adults named or described in a chronology entry's free text.

"mum's new boyfriend Dean", "Dean Smith, mother's partner", "an unknown male answered the
door", "a man called Gaz", "maternal uncle staying": each is an adult the entry mentions,
with the name it gives (if any), the role phrase (if any) and whether it says they stay or
live in the home. Rule patterns over spaCy's blank English tokenizer (the cached tokenizer of
:mod:`foresight.text.pipeline`); nothing is downloaded. Denied mentions ("no other adults
present", "denies a new partner") are not people.

>>> [(p.text, p.given, p.staying) for p in people_in_text("Mum's new boyfriend Dean staying.")]
[("Mum's new boyfriend Dean", 'Dean', True)]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc

from foresight.model.roles import ParentSide, RoleKind, parent_side, role_kind
from foresight.text.pipeline import tokenizer

_CLAUSE_ENDS = frozenset({".", ";", "!", "?", "•"})
_APOSTROPHE_S = frozenset({"'s", "’s", "'", "’"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "("})
_NEGATION_WINDOW = 3


@dataclass(frozen=True)
class NamedPerson:
    """An adult an entry names or describes.

    ``text`` is the words as written ("mum's new boyfriend Dean"); ``given``/``family`` the
    name parts it states; ``role`` the role phrase ("mum's new boyfriend") read into ``kind``
    with :func:`foresight.model.roles.role_kind`; ``side`` whose relation it is (mother's or
    father's) when said; ``staying`` whether the entry says they stay or live in the home;
    ``negated`` whether it denies them; ``deceased`` whether it says they have died.
    ``start``/``end`` are character offsets into the text read (details, a line break,
    outcome).
    """

    text: str
    given: str = ""
    family: str = ""
    role: str = ""
    kind: RoleKind | None = None
    side: ParentSide | None = None
    staying: bool = False
    negated: bool = False
    deceased: bool = False
    start: int = 0
    end: int = 0

    @property
    def name(self) -> str:
        """The name as stated ("Dean Smith", "Dean", "Smith"); '' when none."""
        return " ".join(p for p in (self.given, self.family) if p)


@dataclass(frozen=True)
class Words:
    """The word lists of ``people_patterns.toml``, lower case."""

    possessors: frozenset[str]
    pronouns: frozenset[str]
    qualifiers: frozenset[str]
    strong: frozenset[str]
    described: frozenset[str]
    relational: frozenset[str]
    pronoun_relational: frozenset[str]
    determiners: frozenset[str]
    professions: frozenset[str]
    naming: frozenset[str]
    negations: frozenset[str]
    staying: frozenset[str]
    deceased: frozenset[str]
    not_names: frozenset[str]
    titles: frozenset[str]


@cache
def words() -> Words:
    """The package's people patterns, read once."""
    text = resources.files("foresight.text").joinpath("data/people_patterns.toml").read_text()
    data: dict[str, Any] = tomllib.loads(text)
    return Words(**{key: frozenset(w.lower() for w in data[key]) for key in Words.__annotations__})


@cache
def _matcher() -> Matcher:
    w = words()
    matcher = Matcher(tokenizer().vocab)
    noun = {"LOWER": {"IN": sorted(w.strong | w.described | w.relational)}}
    matcher.add(
        "ROLE",
        [
            [
                {"LOWER": {"IN": sorted(w.possessors)}, "OP": "?"},
                {"ORTH": {"IN": sorted(_APOSTROPHE_S)}, "OP": "?"},
                {"LOWER": {"IN": sorted(w.qualifiers | w.determiners)}, "OP": "*"},
                noun,
            ]
        ],
        greedy="LONGEST",
    )
    return matcher


def _is_name(token: str, w: Words) -> bool:
    """A capitalised word that is not a known common word or an abbreviation ("HV")."""
    letters = token.replace("'", "").replace("-", "")
    return (
        letters.isalpha()
        and token[0].isupper()
        and not token.isupper()
        and token.lower() not in w.not_names
    )


def _name_after(doc: Doc, i: int, w: Words) -> tuple[list[str], int]:
    """Name words starting at token ``i`` (after quotes, "called", a comma), and the end."""
    j = i
    while j < len(doc) and (doc[j].text in _QUOTES or doc[j].text == ","):
        j += 1
    while j < len(doc) and doc[j].lower_ in w.naming:
        j += 1
    while j < len(doc) and doc[j].text in _QUOTES:
        j += 1
    title = j < len(doc) and doc[j].lower_.rstrip(".") in w.titles
    k = j + 1 if title else j
    found: list[str] = []
    while k < len(doc) and len(found) < 2 and _is_name(doc[k].text, w):
        found.append(doc[k].text)
        k += 1
    if not found:
        return [], i
    if title:
        found = ["", found[-1]]
    end = k + 1 if k < len(doc) and doc[k].text in {"'", '"', "’", "”", ")"} else k
    return found, end


def _name_before(doc: Doc, start: int, w: Words) -> tuple[list[str], int]:
    """ "Dean Smith, mother's partner" / "Dean (mum's boyfriend)": the name before a role."""
    j = start - 1
    if j >= 0 and doc[j].text in {",", "("}:
        j -= 1
    found: list[str] = []
    while j >= 0 and len(found) < 2 and _is_name(doc[j].text, w):
        found.insert(0, doc[j].text)
        j -= 1
    if j >= 0 and doc[j].lower_ in w.titles and found:
        return ["", found[-1]], j
    return found, j + 1 if found else start


def _clause(doc: Doc, i: int) -> tuple[int, int]:
    """The token range of the clause holding token ``i``."""
    start = i
    while start > 0 and not _ends_clause(doc, start - 1):
        start -= 1
    end = i
    while end < len(doc) and not _ends_clause(doc, end):
        end += 1
    return start, end


def _ends_clause(doc: Doc, i: int) -> bool:
    return doc[i].text in _CLAUSE_ENDS or "\n" in doc[i].text


def _qualified(doc: Doc, start: int, noun: int, of_parent: bool, w: Words) -> bool:
    """Whether the words before the role noun make it an adult's role (see the TOML)."""
    lead = {doc[t].lower_ for t in range(start, noun)}
    head = doc[noun].lower_
    if head in w.strong:
        return True
    parents = lead & (w.possessors - w.pronouns)
    if head in w.described:
        return bool(lead & (w.qualifiers | w.determiners | w.possessors))
    if head in w.pronoun_relational and lead & w.pronouns:
        return True
    return bool(parents or of_parent or lead & (w.qualifiers - w.determiners))


def _of_parent(doc: Doc, noun: int, w: Words) -> int:
    """The end of "friend of mum's" / "partner of mother" after the noun, else the noun's."""
    end = noun + 1
    parent = end + 1 < len(doc) and doc[end + 1].lower_ in w.possessors - w.pronouns
    if parent and doc[end].lower_ == "of":
        end += 2
        if end < len(doc) and doc[end].text in _APOSTROPHE_S:
            end += 1
    return end


def _negated(doc: Doc, start: int, w: Words) -> bool:
    first = max(_clause(doc, start)[0], start - _NEGATION_WINDOW)
    return any(doc[t].lower_ in w.negations for t in range(first, start))


def _in_clause(doc: Doc, start: int, end: int, listed: frozenset[str]) -> bool:
    a, b = _clause(doc, start)
    return any(doc[t].lower_ in listed for t in range(a, max(b, end)))


def _person(doc: Doc, start: int, end: int, w: Words) -> NamedPerson | None:
    noun = end - 1
    possessed = doc[start].text in _APOSTROPHE_S  # "Rose's boyfriend": Rose is not him
    start += possessed
    role_end = _of_parent(doc, noun, w)
    if role_end < len(doc) and doc[role_end].lower_ in w.professions:
        return None  # "a male officer", "partner agencies"
    if not _qualified(doc, start, noun, role_end > noun + 1, w):
        named, _ = _name_after(doc, role_end, w)
        if not named:
            return None
    role_start = start
    while role_start < noun and doc[role_start].lower_ in w.determiners:
        role_start += 1
    after, after_end = _name_after(doc, role_end, w)
    before, before_start = ([], start) if after or possessed else _name_before(doc, start, w)
    name = after or before
    first, last = (before_start, role_end) if before else (start, max(role_end, after_end))
    if before and doc[first:last].text.count("(") and last < len(doc) and doc[last].text == ")":
        last += 1
    role = doc[role_start:role_end].text
    return NamedPerson(
        text=doc[first:last].text,
        given=name[0] if name else "",
        family=name[1] if len(name) > 1 else "",
        role=role,
        kind=role_kind(role),
        side=parent_side(role),
        staying=_in_clause(doc, first, last, w.staying),
        negated=_negated(doc, first, w),
        deceased=_in_clause(doc, first, last, w.deceased),
        start=doc[first].idx,
        end=doc[last - 1].idx + len(doc[last - 1].text),
    )


@lru_cache(maxsize=8192)
def _read(text: str) -> tuple[NamedPerson, ...]:
    w = words()
    doc = tokenizer().make_doc(text)
    found: list[NamedPerson] = []
    taken: set[int] = set()
    for _, start, end in sorted(_matcher()(doc), key=lambda m: m[1]):
        if start in taken:
            continue
        person = _person(doc, start, end, w)
        if person is not None:
            found.append(person)
            taken.update(range(start, end))
    return tuple(found)


def people_in_text(
    details: str, outcome: str = "", *, include_negated: bool = False
) -> list[NamedPerson]:
    """The adults an entry's ``details`` and ``outcome`` name or describe, in order.

    Offsets are into ``details``, a line break, then ``outcome``. Denied mentions and people
    who have died are left out unless ``include_negated``.

    >>> [p.text for p in people_in_text("An unknown male answered. No other adults present.")]
    ['An unknown male']
    >>> people_in_text("Dean Smith, mother's partner, present.")[0].family
    'Smith'
    """
    text = f"{details}\n{outcome}" if outcome else details
    return [p for p in _read(text) if include_negated or not (p.negated or p.deceased)]
