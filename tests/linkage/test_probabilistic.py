"""Probabilistic person linkage: identifiers first, Splink after, conflicts never joined."""

from __future__ import annotations

import csv
import doctest
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from foresight.linkage import probabilistic, splink_settings
from foresight.linkage.probabilistic import (
    LinkageInputError,
    cluster,
    link_csv,
    recognise_columns,
)
from foresight.synth.people_generator import COLUMNS, generate_people

NHS_A = "9434765919"
NHS_B = "4010232137"
UPN_A = "B801200005001"


def pairs(labels: list[object]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def person(pid: str, given: str, family: str, dob: str, truth: str, **extra: str) -> dict[str, str]:
    row = dict.fromkeys(COLUMNS, "")
    row.update(person_id=pid, given_names=given, family_name=family, date_of_birth=dob)
    row.update(cluster=truth, **extra)
    return row


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, str]], dict[str, str]]:
    """400 generated people plus hand-made identifier cases, linked once for every test."""
    rows = list(generate_people(400, seed=11))
    rows += [
        # Alike in every way but their valid NHS numbers: two people (twins, say).
        person("T1", "Zeynep", "Quarrington", "2012-04-05", "TA", nhs_number=NHS_A,
               postcode="LS1 4AB", sex="F"),
        person("T2", "Zeynep", "Quarrington", "2012-04-05", "TB", nhs_number=NHS_B,
               postcode="LS1 4AB", sex="F"),
        person("T3", "Zeynep", "Quarrington", "2012-04-05", "TA", postcode="LS1 4AB", sex="F"),
        # Nothing alike but a valid UPN: one pupil, recorded badly.
        person("U1", "Kofi", "Annerley", "2013-02-01", "UA", upn=UPN_A),
        person("U2", "K", "Anerly-Smythe", "", "UA", upn=UPN_A.lower()),
    ]  # fmt: skip
    path = write(tmp_path_factory.mktemp("link") / "people.csv", rows)
    return rows, dict(link_csv(path, "person_id").clusters)


def test_clusters_match_the_ground_truth(
    linked: tuple[list[dict[str, str]], dict[str, str]],
) -> None:
    rows, clusters = linked
    truth = [row["cluster"] for row in rows]
    found = [clusters[row["person_id"]] for row in rows]
    both = pairs(list(zip(truth, found, strict=True)))
    assert both / pairs(list(found)) >= 0.9  # precision
    assert both / pairs(list(truth)) >= 0.9  # recall
    assert len(clusters) == len(rows)


def test_conflicting_nhs_numbers_never_join(
    linked: tuple[list[dict[str, str]], dict[str, str]],
) -> None:
    _, clusters = linked
    assert clusters["T1"] != clusters["T2"]
    # The third record, with no number, joins one of them and so never both.
    assert clusters["T3"] in {clusters["T1"], clusters["T2"]}


def test_a_shared_valid_upn_links_records_nothing_else_links(
    linked: tuple[list[dict[str, str]], dict[str, str]],
) -> None:
    _, clusters = linked
    assert clusters["U1"] == clusters["U2"]


def test_cluster_refuses_a_merge_through_a_middle_record() -> None:
    # 0 and 2 hold different numbers; 1 holds none and is joined to 0 first.
    assert cluster(3, [(0, 1), (1, 2)], [[0, -1, 1]]) == [0, 0, 2]
    assert cluster(3, [(1, 2), (0, 1)], [[0, -1, 1]]) == [0, 1, 1]


@given(
    st.lists(st.integers(-1, 2), min_size=2, max_size=12).flatmap(
        lambda ids: st.tuples(
            st.just(ids),
            st.lists(st.tuples(st.integers(0, len(ids) - 1), st.integers(0, len(ids) - 1))),
        )
    )
)
def test_no_cluster_ever_holds_two_numbers(case: tuple[list[int], list[tuple[int, int]]]) -> None:
    ids, edges = case
    roots = cluster(len(ids), edges, [ids])
    held: dict[int, set[int]] = {}
    for row, root in enumerate(roots):
        if ids[row] >= 0:
            held.setdefault(root, set()).add(ids[row])
    assert all(len(numbers) == 1 for numbers in held.values())
    assert all(roots[root] == root for root in roots)


def test_columns_are_recognised_by_name() -> None:
    header = ["ID", "First Name", "surname", "DOB", "Post-code", "postcode", "NHS Number", "note"]
    assert recognise_columns(header, "ID") == {
        "given_name": "First Name",
        "family_name": "surname",
        "dob": "DOB",
        "postcode": "postcode",
        "nhs_number": "NHS Number",
    }
    assert recognise_columns(["dob", "given_names"], "dob") == {"given_name": "given_names"}


def test_values_are_normalised_for_comparison(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(
        "id,given_names,surname,dob,postcode,sex\n"
        "1, Zoë Ann ,O'Brien-Hale,03/10/1943,ls1 4ab,female\n"
        "2,Bill,Smith,2015-10,,M\n"
        "3,,,not a date,,x\n",
        encoding="utf-8",
    )
    con = duckdb.connect()
    probabilistic._load(con, path, "id")
    rows = con.execute(
        "SELECT given_name, given_name_canon, family_name, dob, postcode, sex FROM people "
        "ORDER BY unique_id"
    ).fetchall()
    assert rows == [
        ("zoe", "zoe", "obrienhale", "1943-10-03", "LS14AB", "F"),
        ("bill", "william", "smith", "2015-10", None, "M"),
        (None, None, None, None, None, None),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,first_name,dob\n1,Ann,2001-01-01\n1,Bo,2002-02-02\n", "not unique"),
        ("id,first_name,dob\n1,Ann,2001-01-01\n,Bo,2002-02-02\n", "have no id"),
        ("id,notes\n1,x\n", "no person columns"),
        ("person,first_name\n1,Ann\n", "no column 'id'"),
    ],
)
def test_bad_tables_are_refused_with_a_message(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LinkageInputError, match=message):
        link_csv(path, "id")


def test_a_missing_file_or_bad_threshold_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LinkageInputError, match="no such file"):
        link_csv(tmp_path / "absent.csv", "id")
    with pytest.raises(LinkageInputError, match="between 0 and 1"):
        link_csv(tmp_path / "absent.csv", "id", threshold=1.5)


def test_nicknames_fold_to_the_formal_name() -> None:
    assert splink_settings.canonical_given_name("Bill") == "william"
    assert splink_settings.canonical_given_name("Zara") == "zara"
    assert splink_settings.canonical_given_name("") == ""


def test_training_never_blocks_on_names() -> None:
    rules = splink_settings._rules(
        frozenset(splink_settings.LINK_COLUMNS), splink_settings.TRAINING_BLOCKS
    )
    assert rules[:2] == [("dob",), ("postcode",)]
    assert not any("name" in column for rule in rules for column in rule)


@pytest.mark.parametrize("module", [probabilistic, splink_settings])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.attempted > 0
    assert result.failed == 0
