"""write_bundles: every family on disk, in all three formats, the same bytes every run."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook

from foresight.checks import REGISTRY
from foresight.synth import AS_OF, EXPECTED, FAMILIES, write_bundles
from foresight.synth.spec import Format

CODES = set(REGISTRY.codes())


def _contents(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_writes_every_family_named_in_expected(tmp_path: Path) -> None:
    paths = write_bundles(tmp_path)
    assert len(paths) >= 7
    assert sorted(p.name for p in paths) == sorted(EXPECTED)
    assert all(p.exists() for p in paths)
    assert set(AS_OF) == set(EXPECTED)


def test_uses_all_three_formats(tmp_path: Path) -> None:
    paths = write_bundles(tmp_path)
    assert any(p.suffix == ".xlsx" for p in paths)
    assert any(p.suffix == ".zip" for p in paths)
    folders = [p for p in paths if p.is_dir()]
    assert folders
    for folder in folders:
        assert {"people.csv", "events.csv", "agencies.csv"} <= {f.name for f in folder.iterdir()}


def test_every_check_has_a_family_that_raises_it_and_a_near_miss_that_does_not() -> None:
    for code in CODES:
        prefix = code.removeprefix("FS-").lower() + "-"
        ours = {f.name: f.expected for f in FAMILIES if f.name.startswith(prefix)}
        near = ours.pop(prefix + "near-miss", None)
        assert near is not None and code not in near, f"{code}: no near-miss family"
        assert any(code in expected for expected in ours.values()), f"{code}: no family"


def test_the_first_families_and_a_clean_one_are_there() -> None:
    names = {f.name for f in FAMILIES}
    assert {
        "nat2-bruised-baby",
        "scr6-self-harm",
        "pr1-unknown-man",
        "scr4-sibling-not-assessed",
        "pr5-parental-needs",
        "no-concerns",
        "long-term-multi-agency",
    } <= names
    assert all(codes <= CODES for codes in EXPECTED.values())
    assert EXPECTED["no-concerns.zip"] == frozenset()
    assert EXPECTED["nat2-bruised-baby.xlsx"] == frozenset({"FS-NAT2"})


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    write_bundles(tmp_path / "a")
    write_bundles(tmp_path / "b")
    first, second = _contents(tmp_path / "a"), _contents(tmp_path / "b")
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []
    assert any(name.endswith(".csv") for name in first)


def test_rewriting_into_the_same_folder_replaces_a_csv_bundle(tmp_path: Path) -> None:
    write_bundles(tmp_path)
    stray = tmp_path / "scr6-self-harm" / "stray.csv"
    stray.write_text("agency\n")
    write_bundles(tmp_path)
    assert not stray.exists()


def test_workbook_has_the_four_sheets_and_fixed_properties(bundles_dir: Path) -> None:
    workbook = load_workbook(bundles_dir / "scr4-sibling-not-assessed.xlsx")
    assert workbook.sheetnames == ["people", "events", "relationships", "agencies"]
    assert workbook.properties.created.year == 2024
    assert workbook.properties.modified == workbook.properties.created


def test_zip_holds_a_csv_folder(bundles_dir: Path) -> None:
    zips = [f for f in FAMILIES if f.format is Format.ZIP]
    assert zips
    for family in zips:
        with zipfile.ZipFile(bundles_dir / family.file_name) as archive:
            names = set(archive.namelist())
        assert f"{family.name}/events.csv" in names
        assert f"{family.name}/people.csv" in names
