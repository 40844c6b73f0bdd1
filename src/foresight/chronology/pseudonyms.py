"""Pseudonymisation for publication: labels for people, identifiers and addresses removed.

Each person gets one label used everywhere ("Child 1", "Mother", "Adult Male 1"); every name
form any agency recorded (full, given, family, other names, and each part of them) is replaced
in the text, as are NHS numbers, UPNs, postcodes, recorded addresses, house-number-and-street
addresses, other recorded identifiers and recorded dates of birth (an entry dated on a date of birth
shows only its month). Authors (practitioners'
names) are dropped. The glossary (label -> real name) is returned apart, never in the output.

    >>> # public, glossary = pseudonymise(merge_chronology(case), case)
    >>> # glossary.as_dict()   # {"Child 1": "Chantelle Farrowby", "Mother": ...}
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from foresight.chronology.model import (
    ChronologyEntry,
    ChronologyRow,
    Glossary,
    GlossaryEntry,
    MergedChronology,
    PersonName,
)
from foresight.model.case import Case
from foresight.model.dates import UncertainDate, british
from foresight.model.people import Person
from foresight.model.vocab import Sex

SHARED_NAME = "[name]"
SHARED_SURNAME = "[surname]"

_IDENTIFIERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b"), "[NHS number]"),
    (re.compile(r"\b[A-Z]\d{11}[0-9A-Z]\b", re.IGNORECASE), "[UPN]"),
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE), "[postcode]"),
    (
        re.compile(
            r"\b\d+[a-z]?,?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|"
            r"Drive|Way|Court|Crescent|Place|Gardens|Terrace|Grove|Walk|Row|Hill|Square|Mews|"
            r"Rise|View|Park|Green)\b"
        ),
        "[address]",
    ),
    (re.compile(r"\b(?:dob|d\.o\.b\.?)\s*:?\s*[\d/.-]{6,10}", re.IGNORECASE), "[date of birth]"),
)


def _label_kinds(case: Case) -> list[tuple[Person, str]]:
    """Each person with the kind of label they get, children first (oldest first)."""
    parents = {p.id: p for child in case.subject_children for p in case.parents_of(child)}
    children = [p for p in case.people if p.is_subject or _is_child(case, p)]
    children.sort(key=lambda p: (not p.is_subject, _born(p), p.id))
    out = [(p, "Child") for p in children]
    for person in case.people:
        if person in children:
            continue
        if person.id in parents or _role_says_parent(person):
            out.append((person, _parent_kind(person)))
        else:
            out.append((person, _adult_kind(person)))
    return out


def _born(person: Person) -> str:
    dates = person.dates_of_birth
    return dates[0].earliest.isoformat() if dates else "9999"


def _is_child(case: Case, person: Person) -> bool:
    last = case.events_all[-1].date.latest if case.events_all else None
    age = case.age_on(person, last) if last else None
    return age is not None and age.max_years < 18


_PARENT_ROLES = {
    "mother": "Mother",
    "birth mother": "Mother",
    "father": "Father",
    "birth father": "Father",
    "parent": "Parent",
}


def _role_says_parent(person: Person) -> bool:
    return any(r.strip().lower() in _PARENT_ROLES for r in person.roles)


def _parent_kind(person: Person) -> str:
    if person.sex == Sex.FEMALE:
        return "Mother"
    if person.sex == Sex.MALE:
        return "Father"
    said = {_PARENT_ROLES.get(r.strip().lower()) for r in person.roles} - {None, "Parent"}
    return str(said.pop()) if len(said) == 1 else "Parent"


def _adult_kind(person: Person) -> str:
    if person.sex == Sex.MALE:
        return "Adult Male"
    if person.sex == Sex.FEMALE:
        return "Adult Female"
    return "Adult"


def labels(case: Case) -> dict[str, str]:
    """person id -> label. A kind held by one person is bare ("Mother"); children and other
    adults are always numbered ("Child 1", "Adult Male 1"); a second mother makes "Mother 1"
    and "Mother 2"."""
    kinds = _label_kinds(case)
    totals: dict[str, int] = {}
    for _, kind in kinds:
        totals[kind] = totals.get(kind, 0) + 1
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for person, kind in kinds:
        seen[kind] = seen.get(kind, 0) + 1
        bare = totals[kind] == 1 and kind in {"Mother", "Father", "Parent"}
        out[person.id] = kind if bare else f"{kind} {seen[kind]}"
    return out


def _parts(name: str | None) -> list[str]:
    if not name:
        return []
    return [name, *(p for p in re.split(r"[\s-]+", name) if len(p) > 1)]


def name_forms(person: Person) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(personal forms, family names) every agency recorded for a person."""
    personal: list[str] = []
    family: list[str] = []
    for record in person.records:
        personal += [record.full_name] if record.full_name else []
        personal += _parts(record.given_names)
        for other in record.other_names:
            personal += _parts(other)
        family += _parts(record.family_name)
    return tuple(dict.fromkeys(personal)), tuple(dict.fromkeys(family))


def _name_table(case: Case, label_of: dict[str, str], agency: str) -> dict[str, str]:
    """lower-case name form -> replacement for an entry of ``agency``. A form two people
    share goes to the one ``agency`` holds a record of, when just one; else a placeholder
    (two agencies' "Kyle" the linkage could not join are each their own agency's Kyle)."""
    owners: dict[str, set[Person]] = {}
    surname: set[str] = set()
    for person in case.people:
        personal, family = name_forms(person)
        for form in (*personal, *family):
            owners.setdefault(form.lower(), set()).add(person)
        lowered = {p.lower() for p in personal}
        surname.update(f.lower() for f in family if f.lower() not in lowered)
    table: dict[str, str] = {}
    for form, people in owners.items():
        local = [p for p in people if agency in p.agencies]
        if len(people) == 1 or len(local) == 1:
            table[form] = label_of[(local or list(people))[0].id]
        else:
            table[form] = SHARED_SURNAME if form in surname else SHARED_NAME
    return table


def _date_forms(day: UncertainDate) -> list[str]:
    if not day.is_exact:
        return [day.written]
    d = day.earliest
    return [
        day.written,
        british(d),
        d.isoformat(),
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
    ]


def _literals(case: Case) -> dict[str, str]:
    """Recorded identifiers, addresses and dates of birth -> placeholder."""
    out: dict[str, str] = {}
    for person in case.people:
        for record in person.records:
            if record.address:
                out[record.address] = "[address]"
                out[record.address.split(",")[0]] = "[address]"
            for _, value in record.other_ids:
                out[value] = "[identifier]"
            recorded = (
                (record.nhs_number, "[NHS number]"),
                (record.upn, "[UPN]"),
                (record.postcode, "[postcode]"),
            )
            out.update({number: label for number, label in recorded if number})
        for born in person.dates_of_birth:
            out.update(dict.fromkeys(_date_forms(born), "[date of birth]"))
    return {k: v for k, v in out.items() if len(k.strip()) > 2}


def _alternation(table: dict[str, str], flags: int = 0) -> re.Pattern[str] | None:
    if not table:
        return None
    forms = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def scrubber(case: Case, label_of: dict[str, str], agency: str = "") -> Callable[[str], str]:
    """A function replacing every name and identifier of the case in a text written by
    ``agency`` ("" for text of no one agency: analysis, finding messages)."""
    literals = _literals(case)
    names = _name_table(case, label_of, agency)
    literal_re = _alternation(literals, re.IGNORECASE)
    lowered = {k.lower(): v for k, v in literals.items()}
    name_re = _alternation(names, re.IGNORECASE)

    def scrub(text: str) -> str:
        if not text:
            return text
        if literal_re is not None:
            text = literal_re.sub(lambda m: lowered[m.group(0).lower()], text)
        for pattern, placeholder in _IDENTIFIERS:
            text = pattern.sub(placeholder, text)
        if name_re is not None:
            text = name_re.sub(lambda m: names[m.group(0).lower()], text)
        return text

    return scrub


def _people(found: Iterable[PersonName], label_of: dict[str, str]) -> tuple[PersonName, ...]:
    return tuple(PersonName(p.id, label_of.get(p.id, SHARED_NAME)) for p in found)


Scrub = Callable[[str], str]


class _Scrubbers:
    """One scrubber per writing agency, built on first use (name tables differ by agency)."""

    def __init__(self, case: Case, label_of: dict[str, str]) -> None:
        self.case, self.label_of = case, label_of
        self._made: dict[str, Scrub] = {}
        self.births = {d.earliest for p in case.people for d in p.dates_of_birth if d.is_exact}

    def __call__(self, agency: str) -> Scrub:
        if agency not in self._made:
            self._made[agency] = scrubber(self.case, self.label_of, agency)
        return self._made[agency]


def _month(day: UncertainDate) -> UncertainDate:
    """A date of birth shown as its month: the entry keeps its place, the day is not given."""
    first = day.earliest.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return UncertainDate(first, last, f"{first:%B %Y}")


def _entry(e: ChronologyEntry, scrubbers: _Scrubbers) -> ChronologyEntry:
    scrub, label_of = scrubbers(e.agency), scrubbers.label_of
    return replace(
        e,
        date=_month(e.date) if e.date.is_exact and e.date.earliest in scrubbers.births else e.date,
        details=scrub(e.details),
        outcome=scrub(e.outcome),
        source=scrub(e.source),
        author="",
        subjects=_people(e.subjects, label_of),
        people=_people(e.people, label_of),
    )


def _row(row: ChronologyRow, scrubbers: _Scrubbers) -> ChronologyRow:
    # Findings and analysis speak of the row's entries: read shared names as its agency does.
    scrub = scrubbers(row.entries[0].agency)
    return replace(
        row,
        entries=tuple(_entry(e, scrubbers) for e in row.entries),
        findings=tuple(replace(f, message=scrub(f.message)) for f in row.findings),
        analysis=scrub(row.analysis),
    )


def pseudonymise(chronology: MergedChronology, case: Case) -> tuple[MergedChronology, Glossary]:
    """The chronology with labels for people and no identifiers, and the glossary apart.

    >>> # public, glossary = pseudonymise(chron, case)
    >>> # public.rows[0].entries[0].subjects[0].name   # "Child 1"
    """
    label_of = labels(case)
    scrubbers = _Scrubbers(case, label_of)
    rows = tuple(_row(r, scrubbers) for r in chronology.rows)
    glossary = Glossary(
        tuple(
            GlossaryEntry(label_of[p.id], p.id, p.name, _other_forms(p))
            for p in sorted(case.people, key=lambda p: _order(label_of[p.id]))
        )
    )
    public = replace(
        chronology, case_name=scrubbers("")(chronology.case_name), rows=rows, pseudonymised=True
    )
    return public, glossary


def _other_forms(person: Person) -> tuple[str, ...]:
    personal, family = name_forms(person)
    return tuple(f for f in dict.fromkeys((*personal, *family)) if f != person.name)


_KIND_ORDER = ("Child", "Mother", "Father", "Parent", "Adult Female", "Adult Male", "Adult")


def _order(label: str) -> tuple[int, int]:
    kind, _, number = label.rpartition(" ")
    if not number.isdigit():
        kind, number = label, "0"
    return (_KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER), int(number))
