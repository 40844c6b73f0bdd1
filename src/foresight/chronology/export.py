"""Write a merged chronology in the format its file name asks for (.csv, .xlsx, .docx, .pdf).

>>> # write_chronology(chron, Path("out.xlsx"), case_reference="FAM-1", title="Chronology")
"""

from __future__ import annotations

import importlib
from pathlib import Path

from foresight.chronology.model import MergedChronology
from foresight.errors import ForesightError

FORMATS = (".csv", ".xlsx", ".docx", ".pdf")


class ExportError(ForesightError):
    """The chronology cannot be written in the format asked for."""


def export_format(path: Path) -> str:
    """The format of ``path`` by its extension ("csv", "xlsx", "docx", "pdf").

    >>> export_format(Path("family.XLSX"))
    'xlsx'
    """
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(
            f"cannot write a chronology as {suffix or 'a file with no extension'}: "
            f"give a file ending in {', '.join(FORMATS)}"
        )
    return suffix[1:]


def _module(name: str) -> object:
    try:
        return importlib.import_module(f"foresight.chronology.{name}")
    except ImportError as error:  # the module or the library it needs is not installed
        fmt = name.removeprefix("export_")
        raise ExportError(f"{fmt} export is not available here ({error})") from None


def write_chronology(
    chronology: MergedChronology,
    path: Path,
    *,
    case_reference: str,
    title: str,
    timeline_svg: str | None = None,
) -> None:
    """Write ``chronology`` to ``path``; the extension chooses the format. ``timeline_svg``
    goes into a PDF only."""
    fmt = export_format(path)
    module = _module(f"export_{fmt}")
    writer = getattr(module, f"write_{fmt}", None)
    if writer is None:
        raise ExportError(f"{fmt} export is not available here")
    try:
        if fmt in ("csv", "xlsx"):
            writer(chronology, path)
        elif fmt == "pdf":
            writer(
                chronology,
                path,
                case_reference=case_reference,
                title=title,
                timeline_svg=timeline_svg,
            )
        else:
            writer(chronology, path, case_reference=case_reference, title=title)
    except OSError as error:
        raise ExportError(f"cannot write {path}: {error.strerror or error}") from None


def chronology_bytes(
    chronology: MergedChronology,
    fmt: str,
    *,
    case_reference: str,
    title: str,
    timeline_svg: str | None = None,
) -> bytes:
    """The export as bytes, for a download (``fmt`` is "csv", "xlsx", "docx" or "pdf").

    >>> # chronology_bytes(chron, "xlsx", case_reference="FAM-1", title="Chronology")[:2]
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="foresight-chronology-") as folder:
        path = Path(folder) / f"chronology.{fmt.lower().lstrip('.')}"
        write_chronology(
            chronology, path, case_reference=case_reference, title=title, timeline_svg=timeline_svg
        )
        return path.read_bytes()
