"""The cells every tabular export shares: one row per happening, or one row per entry.

>>> # dict(zip(ROW_COLUMNS, row_values(chron.rows[0])))["Agencies"]   # "POL, OAK"
"""

from __future__ import annotations

from foresight.chronology.model import ChronologyEntry, ChronologyRow, PersonName, RowFinding

ROW_COLUMNS = (
    "Date",
    "Agencies",
    "References",
    "Event types",
    "Subjects",
    "People",
    "Entry",
    "Outcome",
    "Source",
    "Significant",
    "Findings",
    "Analysis",
)

ENTRY_COLUMNS = (
    "Row",
    "Date",
    "Agency",
    "Reference",
    "Event types",
    "Subjects",
    "People",
    "Entry",
    "Outcome",
    "Source",
    "Author",
    "Significant",
    "Also recorded by",
    "Findings",
    "Analysis",
)


def names(people: tuple[PersonName, ...]) -> str:
    return ", ".join(p.name for p in people)


def findings_text(findings: tuple[RowFinding, ...]) -> str:
    return "\n".join(f"{f.check}: {f.message}" for f in findings)


def types_text(entry_or_row: ChronologyEntry | ChronologyRow) -> str:
    """The types in words; those read from an entry's text (not coded by its agency, not yet
    confirmed) say so, and in a merged row, whose."""
    text = ", ".join(t.value.replace("_", " ") for t in entry_or_row.types)
    if isinstance(entry_or_row, ChronologyEntry):
        return f"{text} (read from the text)" if entry_or_row.types_inferred else text
    read = [e.agency for e in entry_or_row.entries if e.types_inferred]
    if not read:
        return text
    if len(read) == len(entry_or_row.entries):
        return f"{text} (read from the text)"
    return f"{text} (read from the text of {', '.join(read)})"


def _per_source(row: ChronologyRow, attr: str) -> str:
    """One agency's text as is; a merged row's texts each headed by the agency that wrote it."""
    if not row.merged:
        return str(getattr(row.entries[0], attr))
    parts = [f"{e.agency} ({e.date_text}): {getattr(e, attr)}" for e in row.entries]
    return "\n".join(parts)


def row_values(row: ChronologyRow) -> tuple[str, ...]:
    """The cells of :data:`ROW_COLUMNS` for one happening (both sources' texts kept)."""
    return (
        row.date_text,
        ", ".join(row.agencies),
        ", ".join(row.refs),
        types_text(row),
        names(row.subjects),
        names(row.people),
        _per_source(row, "details"),
        _per_source(row, "outcome"),
        "; ".join(dict.fromkeys(e.source for e in row.entries if e.source)),
        "yes" if row.significant else "",
        findings_text(row.findings),
        row.analysis,
    )


def entry_values(number: int, row: ChronologyRow, entry: ChronologyEntry) -> tuple[str, ...]:
    """The cells of :data:`ENTRY_COLUMNS` for one entry of the ``number``-th row."""
    others = [e.ref for e in row.entries if e.ref != entry.ref]
    return (
        str(number),
        entry.date_text,
        entry.agency,
        entry.ref,
        types_text(entry),
        names(entry.subjects),
        names(entry.people),
        entry.details,
        entry.outcome,
        entry.source,
        entry.author,
        "yes" if row.significant else "",
        ", ".join(others),
        findings_text(row.findings),
        row.analysis,
    )
