"""Pseudonymisation: labels per person, every name form and identifier gone, glossary apart."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from tests.chronology.duplicates import CHILD_NHS, duplicates_case

from foresight.chronology import MergedChronology, merge_chronology, pseudonymise
from foresight.chronology.export_csv import csv_text
from foresight.chronology.pseudonyms import labels, name_forms
from foresight.model.case import Case
from foresight.model.dates import british
from foresight.model.outcomes import Finding


def _all_text(chron: MergedChronology) -> str:
    parts: list[str] = [chron.case_name, csv_text(chron)]
    for row in chron.rows:
        parts += [row.analysis, *(f.message for f in row.findings)]
        for e in row.entries:
            parts += [e.details, e.outcome, e.source, e.author]
            parts += [p.name for p in e.subjects + e.people]
    return "\n".join(parts)


def _forms(case: Case) -> Iterable[str]:
    for person in case.people:
        personal, family = name_forms(person)
        yield from personal
        yield from family


def _identifiers(case: Case) -> Iterable[str]:
    for person in case.people:
        for r in person.records:
            yield from (v for v in (r.nhs_number, r.upn, r.postcode, r.address) if v)
            if r.nhs_number:
                n = r.nhs_number
                yield f"{n[:3]} {n[3:6]} {n[6:]}"
        for born in person.dates_of_birth:
            d = born.earliest
            yield from (british(d), f"{d.day:02d}/{d.month:02d}/{d.year}", d.isoformat())


def _found(text: str, needle: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text, re.IGNORECASE) is not None


def test_small_case_every_name_and_identifier_replaced() -> None:
    case = duplicates_case()
    finding = Finding(
        "FS-X",
        ("PR1",),
        "POL:C1",
        "Brannock Vell not identified.",
        ("SCH:N1",),
        dt.date(2013, 3, 5),
    )
    chron = merge_chronology(case, findings=[finding], analysis={"POL:INC1": "Saffron said so."})
    before = _all_text(chron)
    assert _found(before, "Vell") and _found(before, "14 Larkspur Close")
    assert _found(before, "EM4 7QT") and _found(before, "999 000 1101")
    public, glossary = pseudonymise(chron, case)
    text = _all_text(public)
    for needle in (*_forms(case), *_identifiers(case), "12/01/2011", CHILD_NHS):
        assert not _found(text, needle), needle
    assert public.pseudonymised
    assert "[address]" in text and "[postcode]" in text and "[NHS number]" in text
    assert "[date of birth]" in text
    assert glossary.as_dict() == {
        "Child 1": "Ruby Quillfeather",
        "Child 2": "Otis Quillfeather",
        "Mother": "Saffron Quillfeather",
        "Adult Male 1": "Brannock Vell",
    }


def test_labels_are_consistent_across_entries_and_text() -> None:
    case = duplicates_case()
    public, glossary = pseudonymise(merge_chronology(case), case)
    row = public.rows[0]
    assert [p.name for p in row.subjects] == ["Child 1", "Child 2"]
    assert "Adult Male 1" in row.entries[0].details and "Adult Male 1" in row.entries[1].details
    assert "Mother" in row.entries[0].details
    ruby = next(p for p in case.people if p.name == "Ruby Quillfeather")
    assert glossary.label_for(ruby.id) == "Child 1" == labels(case)[ruby.id]
    assert all(e.author == "" for e in public.entries)
    assert public.refs == merge_chronology(case).refs


def test_long_term_family_leaves_no_name_or_identifier(long_term_case: Case) -> None:
    chron = merge_chronology(long_term_case)
    before = _all_text(chron)
    assert _found(before, "Chantelle") and _found(before, "Kyle")
    public, glossary = pseudonymise(chron, long_term_case)
    text = _all_text(public)
    missed = [
        n for n in (*_forms(long_term_case), *_identifiers(long_term_case)) if _found(text, n)
    ]
    assert missed == []
    assert len(public.entries) == len(chron.entries)
    named = {e.name for e in glossary.entries}
    assert {"Chantelle Farrowby", "Jayden Farrowby", "Kerry-Ann Farrowby"} <= named
    kinds = {e.label.rstrip("0123456789 ") for e in glossary.entries}
    assert {"Child", "Mother", "Father", "Adult Male"} <= kinds
    assert len({e.label for e in glossary.entries}) == len(glossary.entries)
