"""Filters: person, agency, event type, period, significant only; merged rows kept whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tests.chronology.duplicates import duplicates_case

from foresight.chronology import merge_chronology
from foresight.chronology.columns import types_text
from foresight.model.case import Case
from foresight.model.vocab import EventType


def test_by_agency_keeps_a_merged_row_whole() -> None:
    chron = merge_chronology(duplicates_case()).filtered(agency="SCH")
    assert [r.refs for r in chron.rows] == [
        ("POL:INC1", "SCH:N1"),
        ("SCH:N2",),
        ("SCH:V2",),
        ("SCH:U1",),
    ]
    assert chron.filters == ("agency SCH",)


def test_by_person() -> None:
    case = duplicates_case()
    chron = merge_chronology(case)
    otis = next(p for p in case.people if p.name == "Otis Quillfeather")
    assert [r.refs for r in chron.filtered(person=otis.id).rows] == [("POL:INC1", "SCH:N1")]
    partner = next(p for p in case.people if p.name == "Brannock Vell")
    assert [r.key for r in chron.filtered(person=partner.id).rows] == ["POL:INC1"]


def test_by_type_and_significant() -> None:
    chron = merge_chronology(duplicates_case())
    assert [r.key for r in chron.filtered(types=[EventType.REFERRAL]).rows] == ["POL:R1"]
    assert [r.key for r in chron.filtered(significant_only=True).rows] == ["POL:INC1", "POL:R1"]


def test_by_period_includes_uncertain_dates_that_could_fall_in_it() -> None:
    chron = merge_chronology(duplicates_case())
    march = chron.filtered(start=dt.date(2013, 3, 4), end=dt.date(2013, 3, 20))
    # the merged row of 3 March holds the school's entry of 4 March: it is in the period
    assert [r.key for r in march.rows] == ["POL:INC1", "SCH:N2", "POL:R1", "POL:V1"]
    assert [r.key for r in chron.filtered(end=dt.date(2013, 3, 3)).rows] == ["POL:INC1"]
    late_april = chron.filtered(start=dt.date(2013, 4, 29))
    assert [r.key for r in late_april.rows] == ["SCH:U1"]  # "Apr 2013"
    assert late_april.filters == ("from 29 April 2013 to the end",)


def test_filters_combine(long_term_case: Case) -> None:
    chron = merge_chronology(long_term_case)
    police = chron.filtered(agency="POL", significant_only=True)
    assert police.rows
    assert all("POL" in r.agencies and r.significant for r in police.rows)
    expected = [r for r in chron.rows if "POL" in r.agencies and r.significant]
    assert list(police.rows) == expected


def test_types_read_from_the_text_are_a_filter_and_are_named_in_words() -> None:
    chron = merge_chronology(duplicates_case())
    merged = next(r for r in chron.rows if r.merged)
    lone = next(r for r in chron.rows if not r.merged)
    first, second = merged.entries
    mixed = replace(merged, entries=(first, replace(second, types_inferred=True)))
    read = replace(lone, entries=tuple(replace(e, types_inferred=True) for e in lone.entries))
    rows = tuple(mixed if r is merged else read if r is lone else r for r in chron.rows)
    marked = replace(chron, rows=rows)

    only = marked.filtered(inferred_only=True)

    assert [r.key for r in only.rows] == [r.key for r in rows if r in (mixed, read)]
    assert only.filters == ("types read from the text only",)
    assert types_text(mixed).endswith(f"(read from the text of {second.agency})")
    assert types_text(read).endswith("(read from the text)")
    assert types_text(read.entries[0]).endswith("(read from the text)")
    assert all("read from the text" not in types_text(r) for r in chron.rows)
