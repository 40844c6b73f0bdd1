"""``foresight tag``: stdin or a CSV column, JSON lines or readable lines, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from foresight.cli import main


def test_json_lines_in_input_order() -> None:
    result = CliRunner().invoke(
        main, ["tag", "--json"], input="HV visit, ?bruise L cheek\nno concerns\nDNA clinic\n"
    )
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["text"] for d in lines] == ["HV visit, ?bruise L cheek", "no concerns", "DNA clinic"]
    assert lines[0]["event_types"] == ["home_visit", "injury"]
    assert lines[1]["event_types"] == []
    assert lines[1]["mentions"][0]["negated"] is True
    keys = {"text", "label", "negated", "uncertain", "planned", "experiencer"}
    assert set(lines[0]["mentions"][1]) == keys


def test_planned_mentions_are_labelled_planned_not_negated() -> None:
    text = "Will refer to MASH if no improvement. No bruising seen. ICPC to be convened.\n"
    result = CliRunner().invoke(main, ["tag", "--json"], input=text)
    line = json.loads(result.output)
    assert line["event_types"] == []
    flags = {m["text"]: (m["negated"], m["planned"]) for m in line["mentions"]}
    assert flags == {"refer": (False, True), "bruising": (True, False), "ICPC": (False, True)}
    readable = CliRunner().invoke(main, ["tag"], input=text).output.strip()
    assert readable == "(no event type) | not: bruising | planned: refer, ICPC"


def test_readable_lines() -> None:
    result = CliRunner().invoke(main, ["tag"], input="query NAI\nnothing here\n")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["injury (uncertain) <- NAI", "(no event type)"]


def test_a_csv_column(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        'date,Details\n2011-01-01,"Attended A&E, head injury"\n2011-01-02,\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["tag", "--csv", str(path), "--column", "details", "--json"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["event_types"] for d in lines] == [["ed_attendance", "injury"], []]


def test_a_missing_column_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["tag", "--csv", str(path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"foresight: {path} has no column 'details' (columns: a, b)"


def test_a_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["tag", "--csv", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
