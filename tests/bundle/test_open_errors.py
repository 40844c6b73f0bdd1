"""A bundle that cannot be opened at all is one BundleError naming the file."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from foresight.bundle import read_bundle, read_bundle_bytes, sources
from foresight.errors import BundleError

from .builders import family, workbook_bytes, write_folder, zip_bytes


def open_error(path: Path) -> str:
    with pytest.raises(BundleError) as caught:
        read_bundle(path)
    return str(caught.value)


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "family.xlsx"
    path.write_bytes(os.urandom(2048))
    message = open_error(path)
    assert "family.xlsx" in message and "not a readable .xlsx workbook" in message


def test_truncated_workbook(tmp_path: Path) -> None:
    data = workbook_bytes(family())
    path = tmp_path / "family.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert "not a readable .xlsx workbook" in open_error(path)


def test_truncated_zip(tmp_path: Path) -> None:
    data = zip_bytes(family())
    path = tmp_path / "family.zip"
    path.write_bytes(data[: len(data) // 2])
    message = open_error(path)
    assert "family.zip" in message and "not a readable .zip" in message


def test_zip_with_a_corrupt_member(tmp_path: Path) -> None:
    data = bytearray(zip_bytes(family()))
    start = data.index(b"people.csv") + len(b"people.csv")
    data[start : start + 20] = bytes(20)  # damage the compressed data of the first member
    path = tmp_path / "family.zip"
    path.write_bytes(bytes(data))
    assert "family.zip" in open_error(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "family.xlsx"
    path.write_bytes(b"")
    assert open_error(path) == "cannot open family.xlsx: the file is empty"


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "family").mkdir()
    message = open_error(tmp_path / "family")
    assert "family" in message and "found nothing" in message and "people" in message


def test_missing_path(tmp_path: Path) -> None:
    assert "no such file or folder" in open_error(tmp_path / "nowhere.xlsx")


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("family.docx", "not an .xlsx workbook, a folder or a .zip"),
        ("family.xls", "old-style .xls"),
        ("people.csv", "one CSV file is not a bundle"),
    ],
)
def test_not_a_bundle(tmp_path: Path, name: str, phrase: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"agency,person_id\n")
    message = open_error(path)
    assert name in message and phrase in message


def test_workbook_with_wrong_sheet_names_says_what_was_found() -> None:
    data = workbook_bytes({"Sheet1": family()["people"], "Chronology": family()["events"]})
    with pytest.raises(BundleError) as caught:
        read_bundle_bytes(data, "family.xlsx")
    message = str(caught.value)
    assert "'Sheet1', 'Chronology'" in message
    assert "people" in message and "events" in message and "family.xlsx" in message


def test_folder_with_other_csvs_says_what_was_found(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "family", {"chronology": family()["events"]})
    assert "'chronology.csv'" in open_error(folder)


def test_zip_with_two_bundle_folders() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for folder in ("a", "b"):
            archive.writestr(f"{folder}/people.csv", "agency,person_id\nCSC,C1\n")
    with pytest.raises(BundleError, match="more than one bundle folder"):
        read_bundle_bytes(out.getvalue(), "two.zip")


def test_input_over_the_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sources, "MAX_INPUT_BYTES", 1000)
    path = tmp_path / "big.zip"
    path.write_bytes(b"PK" + bytes(2000))
    assert "more than" in open_error(path)
    with pytest.raises(BundleError, match=r"big\.zip"):
        read_bundle_bytes(b"PK" + bytes(2000), "big.zip")


def test_zip_bomb_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_UNPACKED_BYTES", 100_000)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("people.csv", "agency,person_id\n" + "CSC,C1\n" * 50_000)
    data = out.getvalue()
    assert len(data) < 10_000
    with pytest.raises(BundleError, match="unpacks to"):
        read_bundle_bytes(data, "bomb.zip")
    with pytest.raises(BundleError, match="unpacks to"):
        read_bundle_bytes(workbook_bytes({"people": [["x" * 30_000]] * 10}), "bomb.xlsx")


def test_folder_of_other_files_names_them(tmp_path: Path) -> None:
    folder = tmp_path / "family"
    folder.mkdir()
    (folder / "chronology.docx").write_bytes(b"not a table")
    message = open_error(folder)
    assert "(found 'chronology.docx')" in message


def test_zip_of_other_files_names_them() -> None:
    data = zip_bytes({}, extra={"family/notes.txt": b"hello"})
    with pytest.raises(BundleError, match=r"found 'family/notes\.txt'"):
        read_bundle_bytes(data, "family.zip")
