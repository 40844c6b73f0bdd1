"""The merged chronology as an accessible PDF, printed by WeasyPrint from HTML and print CSS.

Landscape A4; every page carries the case reference and the title at the top and "Page N of
M" at the foot; the table's header row repeats on every page; the timeline picture, when
given, comes first. The PDF is tagged (PDF/UA-1), in British English, with the title in its
metadata. WeasyPrint is imported only here, when a PDF is asked for.

>>> # write_pdf(chron, Path("chronology.pdf"), case_reference="CSPR 2024/07", title="...",
>>> #           timeline_svg=timeline_svg(case, review.findings))
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from foresight.chronology.export_docx import COLUMNS, row_cells, summary_text
from foresight.chronology.model import ChronologyRow, MergedChronology

PDF_VARIANT = "pdf/ua-1"
LANGUAGE = "en-GB"


@dataclass(frozen=True)
class _Cells:
    """A table row's cells, each as its lines of escaped HTML."""

    lines: tuple[tuple[Markup, ...], ...]
    significant: bool


def _cells(row: ChronologyRow) -> _Cells:
    # A reference is kept on one line: "HSG:g-3f2a" broken at its hyphen could not be found.
    refs = [(escape(ref), Markup('<span class="ref">{}</span>').format(ref)) for ref in row.refs]

    def line(text: str) -> Markup:
        html = escape(text)
        for plain, kept in refs:
            html = Markup(html.replace(plain, kept))
        return html

    texts = row_cells(row)
    return _Cells(
        tuple(tuple(line(t) for t in text.split("\n") if t) for text in texts), row.significant
    )


def chronology_html(
    chronology: MergedChronology,
    *,
    case_reference: str,
    title: str,
    timeline_svg: str | None = None,
) -> str:
    """The print HTML the PDF is made from (useful on its own to check the layout).

    >>> # chronology_html(chron, case_reference="C1", title="Merged chronology")[:15]
    >>> # '<!DOCTYPE html>'
    """
    css = resources.files("foresight.chronology").joinpath("templates/chronology.css")
    rows = [_cells(r) for r in chronology.rows]
    return (
        _environment()
        .get_template("chronology.html.j2")
        .render(
            title=title,
            case_reference=case_reference,
            summary=summary_text(chronology),
            timeline_svg=Markup(timeline_svg) if timeline_svg else None,
            columns=COLUMNS,
            rows=rows,
            css=Markup(css.read_text(encoding="utf-8")),
        )
    )


def write_pdf(
    chronology: MergedChronology,
    path: Path,
    *,
    case_reference: str,
    title: str,
    timeline_svg: str | None = None,
) -> None:
    """Write ``chronology`` to ``path`` as a tagged PDF (PDF/UA-1), with the timeline picture
    first when ``timeline_svg`` is given.

    >>> # write_pdf(merge_chronology(case), Path("out.pdf"), case_reference="C1", title="T")
    """
    from weasyprint import HTML

    html = chronology_html(
        chronology, case_reference=case_reference, title=title, timeline_svg=timeline_svg
    )
    document = HTML(string=html).render(pdf_variant=PDF_VARIANT)
    document.metadata.title = title
    document.metadata.lang = LANGUAGE
    document.write_pdf(str(path), pdf_variant=PDF_VARIANT, uncompressed_pdf=False)


def css_string(text: str) -> Markup:
    """``text`` safe inside a double-quoted CSS string in a ``<style>`` element.

    >>> print(css_string('"B" </style> C'))
    \\22 B\\22  \\3C /style\\3E  C
    """
    out = []
    for char in " ".join(str(text).split()):
        out.append(f"\\{ord(char):X} " if char in '"\\<>&' else char)
    return Markup("".join(out))


@cache
def _environment() -> Environment:
    # Autoescape everything: every string in a chronology comes from an agency's record.
    env = Environment(
        loader=PackageLoader("foresight.chronology", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["cssstring"] = css_string
    return env
