"""Adults an entry's free text names or describes, matched to the people of the case.

"mum's new boyfriend Dean" matches a person of the case called Dean; "mother's partner"
matches the mother's recorded partner or a record with a partner's role;
"an unknown male" matches a man the entry itself lists. A mention that matches nobody is an
adult no agency has recorded (PR1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foresight.linkage import normalise_name
from foresight.model.case import Case
from foresight.model.people import Person
from foresight.model.records import Event, PersonRecord
from foresight.model.roles import ParentSide, RoleKind, parent_side, role_kind
from foresight.model.vocab import Sex
from foresight.text.people import NamedPerson, people_in_text

# Descriptions too general to match by role: they match someone the entry lists.
_GENERAL = frozenset({RoleKind.OTHER, RoleKind.UNKNOWN_ADULT, RoleKind.VISITOR})
_FEMALE_WORDS = frozenset({"woman", "women", "female", "females", "lady", "girlfriend", "aunt"})
_SINGULAR = {"men": "man", "women": "woman"}
# From this age a subject child's "her boyfriend" may be their own, not a parent's partner:
# such a partner is an adult to identify only when the entry says so ("older boyfriend").
_YOUNG_PERSON_YEARS = 12
_ADULT_WORDS = frozenset({"older", "adult"})


@dataclass(frozen=True)
class Match:
    """A mention in ``event`` and the person of the case it matches (None: nobody), and why."""

    found: NamedPerson
    event: Event
    person: Person | None
    reason: str


def _given(record: PersonRecord) -> set[str]:
    names = set(normalise_name(record.given_names or "").split())
    names.update(normalise_name(alias) for alias in record.other_names)
    return names


def _family(record: PersonRecord) -> set[str]:
    family = {normalise_name(record.family_name or "")}
    family.update(normalise_name(alias) for alias in record.other_names)
    return family - {""}


def name_fits(record: PersonRecord, found: NamedPerson) -> bool:
    """Whether a record answers to the stated name: the given name (or a known-as alias),
    the family name (or a previous one), or both when both are stated."""
    given, family = normalise_name(found.given), normalise_name(found.family)
    if given and given not in _given(record):
        return False
    return not family or family in _family(record)


def _mothers(case: Case, event: Event) -> list[Person]:
    mothers = []
    for child in case.subjects_of(event):
        for parent in case.parents_of(child):
            sides = {parent_side(role) for role in parent.roles}
            if ParentSide.MOTHER in sides or parent.sex is Sex.FEMALE:
                mothers.append(parent)
    return mothers


def _by_role(case: Case, event: Event, found: NamedPerson) -> Person | None:
    """The person a role names: a partner of the mother, else a record whose role is of the
    same kind or holds the same word (and the same side, when both say), the entry's own
    agency's first."""
    if found.kind is RoleKind.PARTNER_OF_PARENT and found.side is not ParentSide.FATHER:
        for mother in _mothers(case, event):
            partners = case.partners_of(mother)
            if partners:
                return partners[0]
    head = normalise_name(found.role).split()[-1:]
    fits = [
        (record.agency != event.agency, person.id, person)
        for person in case.people
        for record in person.records
        if (role_kind(record.role) is found.kind or _has(record.role, head))
        and (found.side is None or parent_side(record.role) in (None, found.side))
    ]
    return min(fits, key=lambda fit: fit[:2])[2] if fits else None


def _has(role: str | None, words: list[str]) -> bool:
    """ "kinship carer (aunt)" has the word of "her aunt"."""
    return bool(words) and words[0] in normalise_name(role or "").split()


def _listed(case: Case, event: Event, found: NamedPerson) -> Person | None:
    """A general description ("a man", "an unknown male") matches an adult the entry lists
    who is not the child's parent and whose sex does not contradict it."""
    female = bool(set(normalise_name(found.role).split()) & _FEMALE_WORDS)
    parents = {p for child in case.subjects_of(event) for p in case.parents_of(child)}
    for person in case.people_of(event) + case.participants_of(event):
        if person.is_subject or person in parents:
            continue
        if person.sex is None or (person.sex is Sex.FEMALE) == female:
            return person
    return None


def _match_one(case: Case, event: Event, found: NamedPerson) -> Match:
    if found.name:
        named = [
            p
            for p in case.people
            if not p.is_subject and any(name_fits(r, found) for r in p.records)
        ]
        person = named[0] if named else None
        return Match(found, event, person, f"named {found.name}" if person else "")
    if found.kind is not None and found.kind not in _GENERAL:
        person = _by_role(case, event, found)
        if person is not None:
            return Match(found, event, person, f"role {found.role}")
    person = _listed(case, event, found)
    return Match(found, event, person, "listed in the entry" if person else "")


def match_people(case: Case, event: Event, found: list[NamedPerson]) -> list[Match]:
    """Each mention of ``found`` (from ``event``'s text) with the person it matches, if any.

    A name matches a non-subject person any of whose records answers to it; a role alone
    matches the mother's partner, else a record with a role of the same kind (the entry's
    agency first); a general description ("a man") matches an adult the entry lists.
    For example, ``match_people(case, entry, people_in_text(entry.details))`` on an entry
    "mum's new boyfriend Dean" gives one :class:`Match` whose ``person`` is None when no
    record answers to Dean.
    """
    return [_match_one(case, event, f) for f in found]


def young_persons_partner(case: Case, event: Event, found: NamedPerson) -> bool:
    """ "her boyfriend" in an entry about a young person may be their own: not an adult's
    role unless the entry says older or adult, or names a parent ("mum's boyfriend")."""
    if found.kind is not RoleKind.PARTNER_OF_PARENT or found.side is not None:
        return False
    if set(normalise_name(found.role).split()) & _ADULT_WORDS:
        return False
    ages = [case.age_on(c, event.date.latest) for c in case.subjects_of(event)]
    return any(age is not None and age.max_years >= _YOUNG_PERSON_YEARS for age in ages)


def unmatched_in(case: Case, event: Event) -> list[NamedPerson]:
    """The adults ``event``'s text names or describes who match nobody in the case."""
    found = [
        f
        for f in people_in_text(event.details, event.outcome)
        if not young_persons_partner(case, event, f)
    ]
    return [m.found for m in match_people(case, event, found) if m.person is None]


@dataclass(frozen=True)
class Unmatched:
    """One adult, told apart by name (else by role), whom entries about a subject child name
    or describe and who matches nobody: each mention with its entry, in chronological order,
    and the entries that name them without a role ("Dean present at visit")."""

    mentions: tuple[tuple[Event, NamedPerson], ...]
    named_in: tuple[Event, ...] = ()

    @property
    def first(self) -> tuple[Event, NamedPerson]:
        return self.mentions[0]

    @property
    def entries(self) -> tuple[Event, ...]:
        """Every entry mentioning them, first the one a deadline counts from."""
        every = [e for e, _ in self.mentions] + list(self.named_in)
        return tuple(dict.fromkeys(sorted(every, key=lambda e: (e.date.earliest, e.ref))))


def _key(found: NamedPerson) -> str:
    """The same name across entries is one person; unnamed, the same description is."""
    given, family = normalise_name(found.given), normalise_name(found.family)
    if given or family:
        return f"name:{given or '~' + family}"
    # "a new older boyfriend" and "older boyfriend", "two adult males" and "adult males".
    head = normalise_name(found.role).split()[-1:] or [""]
    return f"role:{found.kind}:{found.side}:{_SINGULAR.get(head[0], head[0].removesuffix('s'))}"


def _names_alone(case: Case, found: NamedPerson, events: list[Event]) -> tuple[Event, ...]:
    """Entries whose text has the mention's name as a word, with or without a role."""
    name = found.given or found.family
    if not name:
        return ()
    pattern = re.compile(rf"(?<![\w']){re.escape(name)}(?![\w'])")
    return tuple(e for e in events if pattern.search(f"{e.details}\n{e.outcome}"))


def unmatched_people(case: Case) -> list[Unmatched]:
    """The adults entries about a subject child name or describe who match nobody, one per
    distinct person, in the order they were first mentioned."""
    children = set(case.subject_children)
    events = [e for e in case.events() if children & set(case.subjects_of(e))]
    groups: dict[str, list[tuple[Event, NamedPerson]]] = {}
    for event in events:
        for found in unmatched_in(case, event):
            groups.setdefault(_key(found), []).append((event, found))
    return [
        Unmatched(tuple(mentions), _names_alone(case, mentions[0][1], events))
        for mentions in groups.values()
    ]
