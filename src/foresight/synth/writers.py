"""Write a family as a bundle: an xlsx workbook, a folder of CSV files, or a zip of one.

Every writer is deterministic: the same family gives the same bytes on every run. Workbook
properties and zip member times are fixed, because openpyxl and zipfile otherwise stamp the
moment of writing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from foresight.synth.spec import DateStyle, Family, Format, render_date
from foresight.synth.tables import Cell, Table, family_tables

FIXED_MOMENT = dt.datetime(2024, 1, 1, 9, 0, 0)
_ZIP_TIME = (2024, 1, 1, 9, 0, 0)
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def write_family(family: Family, out_dir: Path) -> Path:
    """Write ``family`` into ``out_dir`` in its own format and return the bundle's path.

    >>> from foresight.synth.families import FAMILIES
    >>> import tempfile
    >>> write_family(FAMILIES[0], Path(tempfile.mkdtemp())).suffix
    '.xlsx'
    """
    path = out_dir / family.file_name
    if family.format is Format.XLSX:
        path.write_bytes(xlsx_bytes(family))
    elif family.format is Format.ZIP:
        path.write_bytes(zip_bytes(family))
    else:
        if path.exists():
            shutil.rmtree(path)
        path.mkdir(parents=True)
        for name, data in csv_files(family).items():
            (path / name).write_bytes(data)
    return path


def csv_files(family: Family) -> dict[str, bytes]:
    """Each table as a UTF-8 CSV file, dates in each agency's house style."""
    styles = {a.code: a.date_style for a in family.agencies}
    return {f"{t.name}.csv": _csv_bytes(t, styles) for t in family_tables(family)}


def _csv_bytes(table: Table, styles: dict[str, DateStyle]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.header)
    agency_at = table.header.index("agency")
    for row in table.rows:
        style = styles.get(str(row[agency_at]), DateStyle.ISO)
        writer.writerow([_text(cell, style) for cell in row])
    return buffer.getvalue().encode("utf-8")


def _text(cell: Cell, style: DateStyle) -> str:
    return cell if isinstance(cell, str) else render_date(cell, style)


def zip_bytes(family: Family) -> bytes:
    """A zip holding the CSV folder (the layout a partnership's export usually has)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(csv_files(family).items()):
            _add(archive, f"{family.name}/{name}", data)
    return buffer.getvalue()


def xlsx_bytes(family: Family) -> bytes:
    """A workbook with one sheet per table; exact dates are real date cells."""
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for table in family_tables(family):
        sheet = workbook.create_sheet(table.name)
        sheet.append(list(table.header))
        for row in table.rows:
            sheet.append([None if cell == "" else cell for cell in row])
        for cell in _date_cells(sheet):
            cell.number_format = "dd/mm/yyyy"
    workbook.properties.creator = "foresight synth"
    workbook.properties.created = FIXED_MOMENT
    workbook.properties.modified = FIXED_MOMENT
    raw = io.BytesIO()
    workbook.save(raw)
    return _normalised(raw.getvalue())


def _date_cells(sheet: Any) -> list[Any]:
    rows = sheet.iter_rows(min_row=2)
    return [cell for row in rows for cell in row if isinstance(cell.value, dt.date)]


def _normalised(data: bytes) -> bytes:
    """Rewrite a saved workbook with fixed member times and a fixed modified property."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_MOMENT.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                member = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", member)
            _add(target, info.filename, member)
    return out.getvalue()


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)
