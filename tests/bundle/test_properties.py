"""Properties: any cell text reads without raising; row order does not change generated ids."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foresight.bundle import read_bundle_bytes
from foresight.bundle.agencies import AGENCIES
from foresight.bundle.events import EVENTS
from foresight.bundle.people import PEOPLE, RELATIONSHIPS
from foresight.errors import BundleError
from foresight.model.records import Bundle

from .builders import family, workbook_bytes, zip_bytes

# Text as people type it, plus the characters that break naive readers.
cell = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            " ",
            ";",
            ":",
            "C1",
            "M1;C1",
            "2011",
            "31/02/2011",
            "?",
            "\r\n",
            '"',
            "medium",
            "26+3",
            "0",
            "-1",
            "GP:E1",
            "=1+1",
            "\x00",
        ]
    ),
)
COLUMNS = {
    "agencies": AGENCIES.columns,
    "people": PEOPLE.columns,
    "events": EVENTS.columns,
    "relationships": RELATIONSHIPS.columns,
}


def table(kind: str) -> st.SearchStrategy[list[list[str]]]:
    header = list(COLUMNS[kind])
    row = st.lists(cell, min_size=len(header), max_size=len(header))
    return st.lists(row, max_size=4).map(lambda rows: [header, *rows])


def check(bundle: Bundle) -> None:
    for problem in bundle.problems:
        assert problem.message and problem.file
        assert problem.row is None or problem.row >= 1
    refs = [e.ref for e in bundle.events]
    assert len(refs) == len(set(refs))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: table(k) for k in COLUMNS}))
def test_any_cell_text_in_csv_gives_problems_not_exceptions(
    tables: dict[str, list[list[str]]],
) -> None:
    check(read_bundle_bytes(zip_bytes(tables), "any.zip"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({k: table(k) for k in COLUMNS}))
def test_any_cell_text_in_a_workbook_gives_problems_not_exceptions(
    tables: dict[str, list[list[str]]],
) -> None:
    printable = {
        k: [[_xml_safe(str(v)) for v in row] for row in rows] for k, rows in tables.items()
    }
    check(read_bundle_bytes(workbook_bytes(printable), "any.xlsx"))


def _xml_safe(text: str) -> str:
    # A workbook cannot hold control characters at all: openpyxl refuses to write them.
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 32)


entry = st.tuples(
    st.sampled_from(["CSC", "Police"]),
    st.sampled_from(["2011", "Jan 2011"]),
    st.sampled_from(["referral", "home_visit", ""]),
    st.sampled_from(["", "a", "b"]),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(entry, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_shuffled_rows_give_the_same_generated_ids(
    rows: list[tuple[str, str, str, str]], rnd: random.Random
) -> None:
    header = ["agency", "date", "event_type", "details"]
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    tables = family()

    def ids(entries: list[tuple[str, str, str, str]]) -> list[tuple[object, ...]]:
        tables["events"] = [header, *(list(e) for e in entries)]
        bundle = read_bundle_bytes(zip_bytes(tables), "b.zip")
        return sorted(
            (e.agency, e.date.written, e.types, e.details, e.event_id) for e in bundle.events
        )

    assert ids(rows) == ids(shuffled)


GOOD = {".xlsx": workbook_bytes(family()), ".zip": zip_bytes(family())}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(GOOD)), st.integers(min_value=0), st.binary(min_size=1, max_size=8))
def test_damaged_files_open_or_raise_one_bundle_error(suffix: str, at: int, junk: bytes) -> None:
    data = bytearray(GOOD[suffix])
    at %= len(data)
    data[at : at + len(junk)] = junk
    try:
        bundle = read_bundle_bytes(bytes(data), f"damaged{suffix}")
    except BundleError as err:
        assert "damaged" in str(err)
    else:
        check(bundle)
