"""The merged chronology as CSV: one row per happening, UTF-8 with a BOM so Excel reads it.

>>> # write_csv(merge_chronology(case), Path("chronology.csv"))
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from foresight.chronology.columns import ROW_COLUMNS, row_values
from foresight.chronology.model import Glossary, MergedChronology


def csv_text(chronology: MergedChronology) -> str:
    """The CSV as text (no BOM): a header, then one line per row of the chronology."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ROW_COLUMNS)
    writer.writerows(row_values(row) for row in chronology.rows)
    return buffer.getvalue()


def csv_bytes(chronology: MergedChronology) -> bytes:
    """The CSV as UTF-8 with a byte-order mark (for a download)."""
    return csv_text(chronology).encode("utf-8-sig")


def write_csv(chronology: MergedChronology, path: Path) -> None:
    """Write the CSV to ``path``."""
    path.write_bytes(csv_bytes(chronology))


def glossary_bytes(glossary: Glossary) -> bytes:
    """The glossary of a pseudonymised chronology as CSV (label, person, name, other names)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(("Label", "Person", "Name", "Other names recorded"))
    for e in glossary.entries:
        writer.writerow((e.label, e.person_id, e.name, "; ".join(e.other_names)))
    return buffer.getvalue().encode("utf-8-sig")
