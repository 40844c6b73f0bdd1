"""``foresight chronology BUNDLE --out FILE``: formats, filters, pseudonymising, errors."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from foresight.cli import main
from foresight.model.case import Case
from foresight.synth.families import FAMILIES
from foresight.synth.writers import write_family


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["chronology", *args])
    return result.exit_code, result.output


def test_xlsx_holds_every_entry(long_term_path: Path, long_term_case: Case, tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    code, output = _run(str(long_term_path), "--out", str(out))
    assert code == 0, output
    n = len(long_term_case.events_all)
    assert output.startswith(f"Wrote {n} entries")
    refs = [
        str(r[3])
        for r in openpyxl.load_workbook(out)["Chronology"].iter_rows(min_row=2, values_only=True)
    ]
    assert sorted(refs) == sorted(e.ref for e in long_term_case.events_all)


def test_filters_and_pseudonymise(long_term_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    code, output = _run(
        str(long_term_path),
        "--out",
        str(out),
        "--pseudonymise",
        "--agency",
        "pol",
        "--significant",
        "--from",
        "2012-01-01",
        "--person",
        "Chantelle",
    )
    assert code == 0, output
    glossary = tmp_path / "p-glossary.csv"
    assert f"Glossary (keep apart: not for publication): {glossary}" in output
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows and all("POL" in r["Agencies"] and r["Significant"] == "yes" for r in rows)
    assert all("Child 1" in r["Subjects"] + r["People"] for r in rows)
    assert "Chantelle" not in out.read_text("utf-8-sig")
    assert "Chantelle Farrowby" in glossary.read_text("utf-8-sig")


def test_as_of_keeps_only_what_was_known(long_term_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "early.csv"
    code, _ = _run(str(long_term_path), "--out", str(out), "--as-of", "2011-01-01")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert 0 < len(rows) < 40


def test_errors_are_one_line_and_exit_2(long_term_path: Path, tmp_path: Path) -> None:
    cases = [
        ([str(tmp_path / "none.xlsx"), "--out", str(tmp_path / "a.csv")], "no such bundle"),
        ([str(long_term_path), "--out", str(tmp_path / "a.txt")], "cannot write a chronology"),
        (
            [str(long_term_path), "--out", str(tmp_path / "a.csv"), "--agency", "ZZZ"],
            "no agency 'ZZZ'",
        ),
        (
            [str(long_term_path), "--out", str(tmp_path / "a.csv"), "--type", "picnic"],
            "no event type 'picnic'",
        ),
        (
            [str(long_term_path), "--out", str(tmp_path / "a.csv"), "--person", "Nobody"],
            "no person 'Nobody'",
        ),
        ([str(long_term_path), "--out", str(tmp_path / "missing" / "a.csv")], "cannot write"),
    ]
    for args, message in cases:
        code, output = _run(*args)
        assert code == 2, (args, output)
        assert message in output and len(output.strip().splitlines()) == 1, output


def test_inferred_keeps_only_entries_whose_types_were_read_from_text(tmp_path: Path) -> None:
    family = next(f for f in FAMILIES if f.name == "nat2-bruised-baby")
    entries = tuple(
        dataclasses.replace(e, types="") if i % 2 else e for i, e in enumerate(family.entries)
    )
    bundle = write_family(dataclasses.replace(family, entries=entries), tmp_path)
    every, read = tmp_path / "every.csv", tmp_path / "read.csv"

    assert _run(str(bundle), "--out", str(every))[0] == 0
    code, output = _run(str(bundle), "--out", str(read), "--inferred")

    assert code == 0, output
    rows = list(csv.DictReader(io.StringIO(read.read_text("utf-8-sig"))))
    all_rows = list(csv.DictReader(io.StringIO(every.read_text("utf-8-sig"))))
    assert rows and all("read from the text" in r["Event types"] for r in rows)
    assert rows == [r for r in all_rows if "read from the text" in r["Event types"]]
    assert len(rows) < len(all_rows)
