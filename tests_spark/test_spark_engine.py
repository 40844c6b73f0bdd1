"""``foresight link --engine spark``: the same model on Spark (local mode) clusters as DuckDB does.

Not under ``tests/``: it needs the optional extra ``foresight[spark]`` and a Java runtime, so CI
runs it as its own step after ``pip install -e '.[spark]'``: ``pytest tests_spark``.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from foresight.cli import main
from foresight.synth.people_generator import write_people_csv


def clusters(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as handle:
        return {row["id"]: row["cluster"] for row in csv.DictReader(handle)}


def pairs(labels: list[object]) -> int:
    return sum(n * (n - 1) // 2 for n in Counter(labels).values())


def test_spark_clusters_as_duckdb_does_and_matches_the_truth(tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    write_people_csv(people, 300, seed=5)
    found = {}
    for engine in ("duckdb", "spark"):
        out = tmp_path / f"{engine}.csv"
        result = CliRunner().invoke(
            main,
            [
                "link",
                str(people),
                "--id-column",
                "person_id",
                "--out",
                str(out),
                "--engine",
                engine,
            ],
        )
        assert result.exit_code == 0, result.output
        found[engine] = clusters(out)
    assert found["spark"] == found["duckdb"]
    with people.open(encoding="utf-8") as handle:
        truth = {row["person_id"]: row["cluster"] for row in csv.DictReader(handle)}
    ids = list(truth)
    both = pairs([(truth[i], found["spark"][i]) for i in ids])
    assert both / pairs([found["spark"][i] for i in ids]) >= 0.9
    assert both / pairs([truth[i] for i in ids]) >= 0.9
