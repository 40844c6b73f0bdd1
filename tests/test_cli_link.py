"""``foresight link``: cluster a person CSV into ``id,cluster`` rows, or fail in one line."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from foresight.cli import main
from foresight.synth.people_generator import write_people_csv


def pairs(labels: list[object]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def test_link_writes_clusters_that_match_the_truth(tmp_path: Path) -> None:
    people, out = tmp_path / "people.csv", tmp_path / "clusters.csv"
    write_people_csv(people, 300, seed=5)
    result = CliRunner().invoke(
        main, ["link", str(people), "--id-column", "person_id", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "300 rows in" in result.output
    with people.open(encoding="utf-8") as handle:
        truth = {row["person_id"]: row["cluster"] for row in csv.DictReader(handle)}
    with out.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["id", "cluster"]
        found = {row["id"]: row["cluster"] for row in reader}
    assert found.keys() == truth.keys()
    # Each cluster is named by one of its own rows.
    assert all(found[cluster] == cluster for cluster in found.values())
    ids = list(truth)
    both = pairs([(truth[i], found[i]) for i in ids])
    assert both / pairs([found[i] for i in ids]) >= 0.9
    assert both / pairs([truth[i] for i in ids]) >= 0.9


def test_a_missing_file_is_one_line_and_status_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["link", str(tmp_path / "nope.csv"), "--id-column", "id", "--out", "x.csv"]
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"foresight: {tmp_path / 'nope.csv'}: no such file"
    ]


def test_an_unknown_id_column_is_one_line_and_status_2(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("person_id,first_name,dob\n1,Ann,2001-02-03\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["link", str(people), "--id-column", "id", "--out", str(tmp_path / "c.csv")]
    )
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert "no column 'id'" in lines[0]
    assert not (tmp_path / "c.csv").exists()


def test_a_threshold_outside_0_to_1_is_a_usage_error(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("id,first_name\n1,Ann\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["link", str(people), "--id-column", "id", "--out", "c.csv", "--threshold", "1"]
    )
    assert result.exit_code == 2
    assert "threshold" in result.output


def test_a_table_too_small_to_learn_from_is_one_line_and_status_2(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("id,first_name,dob\n1,Ann,2001-02-03\n2,Ann,2001-02-03\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["link", str(people), "--id-column", "id", "--out", str(tmp_path / "c.csv")]
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"foresight: {people}: 2 rows are too few to learn match weights from "
        "(foresight link needs at least 100)"
    ]
