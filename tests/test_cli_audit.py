"""``foresight audit DIR``: exit codes, one-line errors, the JSON and files it writes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner, Result

from audit_support import CORRUPT, DAY, synthetic_folder
from foresight.cli import main
from foresight.learning import LIBRARY
from foresight.synth import AS_OF


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return synthetic_folder(tmp_path_factory)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), prog_name="foresight")


def assert_one_line_error(result: Result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("foresight: "), result.stderr
    for word in words:
        assert word in lines[0]


def test_table_on_stdout_with_the_failed_bundle_listed(folder: Path) -> None:
    result = run("audit", str(folder), "--as-of", DAY.isoformat())
    assert result.exit_code == 0, result.output
    assert "Foresight partnership audit" in result.stdout
    assert f"{len(AS_OF) + 1} bundles" in result.stdout
    assert CORRUPT in result.stdout
    for point in LIBRARY:
        assert point.id in result.stdout
    assert result.stderr == ""  # not a terminal and not --verbose: quiet


def test_json(folder: Path) -> None:
    result = run("audit", str(folder), "--json", "--as-of", DAY.isoformat())
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"as_of", "totals", "learning_points", "checks", "failures"} <= set(data)
    assert data["as_of"] == DAY.isoformat()
    assert data["totals"]["families"] == len(AS_OF)
    assert [f["bundle"] for f in data["failures"]] == [CORRUPT]
    assert [p["id"] for p in data["learning_points"]] == [p.id for p in LIBRARY]


def test_verbose_names_each_bundle_when_there_is_no_terminal(folder: Path) -> None:
    result = run("audit", str(folder), "--json", "--verbose")
    assert result.exit_code == 0, result.output
    lines = result.stderr.strip().splitlines()
    total = len(AS_OF) + 1
    assert len(lines) == total
    assert lines[0].startswith(f"[1/{total}] ") and lines[-1].startswith(f"[{total}/{total}] ")
    assert f"] {CORRUPT}" in result.stderr


@pytest.mark.parametrize("name", ["audit.xlsx", "audit.html", "audit.json"])
def test_out_files(folder: Path, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = run("audit", str(folder), "--out", str(out), "--as-of", DAY.isoformat())
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in result.stderr
    data = out.read_bytes()
    if name.endswith(".xlsx"):
        book = openpyxl.load_workbook(io.BytesIO(data))
        assert {"Summary", "By agency", "By year", "Findings", "Failures"} <= set(book.sheetnames)
    elif name.endswith(".html"):
        assert data.startswith(b"<!DOCTYPE html>") and b"<svg" in data
    else:
        assert json.loads(data)["as_of"] == DAY.isoformat()


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    assert_one_line_error(run("audit", str(tmp_path / "missing")), "no such folder")


def test_a_folder_with_no_bundles(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a bundle", encoding="utf-8")
    assert_one_line_error(run("audit", str(tmp_path)), "no bundles in")


def test_a_file_instead_of_a_folder(folder: Path) -> None:
    assert_one_line_error(run("audit", str(folder / CORRUPT)), "no such folder")


def test_settings_file_missing_or_wrong(folder: Path, tmp_path: Path) -> None:
    assert_one_line_error(
        run("audit", str(folder), "--settings", str(tmp_path / "none.toml")),
        "no such settings file",
    )
    bad = tmp_path / "bad.toml"
    bad.write_text("no_such_setting = 3\n", encoding="utf-8")
    assert_one_line_error(run("audit", str(folder), "--settings", str(bad)), "no_such_setting")


def test_settings_file_named_in_the_json(folder: Path, tmp_path: Path) -> None:
    good = tmp_path / "partnership.toml"
    good.write_text("injury_response_days = 2\n", encoding="utf-8")
    result = run("audit", str(folder), "--json", "--settings", str(good))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["settings"] == str(good)


def test_usage_errors(folder: Path) -> None:
    result = run("audit", str(folder), "--out", "audit.txt")
    assert result.exit_code == 2 and ".xlsx, .html or .json" in result.stderr
    result = run("audit", str(folder), "--as-of", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr


def test_unwritable_out(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "no-such-dir" / "audit.xlsx"
    result = run("audit", str(folder), "--json", "--out", str(out))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
