"""Matching a table's header to the columns the bundle format names.

Names match case-insensitively with spaces, hyphens and underscores alike. A column the format
does not name is kept on each record as written and reported once; a missing required column
makes every row of that table a problem and nothing is read from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from foresight.bundle.tables import Cell, RawTable, cell_text, normalise_name, trim
from foresight.model.records import Extra, Problem
from foresight.model.vocab import Severity

# How many rows below the first a header is looked for when the first is not one.
HEADER_SEARCH = 10


@dataclass(frozen=True)
class Schema:
    """The columns of one table: ``essential`` tables are errors when empty."""

    table: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    essential: bool = True
    aliases: Mapping[str, str] = field(default_factory=dict)

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


@dataclass(frozen=True)
class Row:
    """One data row: cells by canonical column name, and unknown columns as written."""

    file: str
    number: int
    cells: Mapping[str, Cell]
    labels: Mapping[str, str]
    extra: Extra

    def get(self, column: str) -> Cell:
        return self.cells.get(column, "")

    def label(self, column: str) -> str:
        """The column's name as the user wrote it (the canonical name if it is absent)."""
        return self.labels.get(column, column)


@dataclass(frozen=True)
class Bound:
    """A table read against its schema: the rows to import and the problems found."""

    label: str
    columns: frozenset[str]
    rows: tuple[Row, ...]
    problems: tuple[Problem, ...]


def bind(table: RawTable, schema: Schema) -> Bound:
    """Match ``table``'s header to ``schema`` and split each row into known and extra cells."""
    table, problems = _find_header(table, schema)
    known, unknown, header_problems = _match_header(table, schema)
    problems.extend(header_problems)
    labels = {column: table.header[i] for column, i in known.items()}
    if not table.rows:
        severity = Severity.ERROR if schema.essential else Severity.WARNING
        message = f"the {schema.table} table has no rows"
        return Bound(
            table.label,
            frozenset(known),
            (),
            (Problem(table.label, None, None, message, severity),),
        )
    missing = [c for c in schema.required if c not in known]
    if missing:
        return Bound(table.label, frozenset(known), (), tuple(_missing(table, missing)))
    rows = tuple(
        Row(table.label, number, _known_cells(cells, known), labels, _extra(cells, unknown))
        for number, cells in table.rows
    )
    problems.extend(_unknown_warnings(table, schema, unknown, rows))
    return Bound(table.label, frozenset(known), rows, tuple(problems))


def _find_header(table: RawTable, schema: Schema) -> tuple[RawTable, list[Problem]]:
    """The table with its header row: a title above the header is skipped, with a warning."""
    if any(_canonical(schema, name) in schema.columns for name in table.header):
        return table, []
    # Chronology templates often have a title or notes above the header: look a little lower.
    for k, (number, cells) in enumerate(table.rows[:HEADER_SEARCH]):
        names = {_canonical(schema, cell_text(c)) for c in cells}
        if all(column in names for column in schema.required):
            header = trim(tuple(cell_text(c) for c in cells))
            found = RawTable(table.kind, table.label, header, table.rows[k + 1 :], number)
            message = (
                f"the header of the {table.kind} table was found on row {number}: "
                f"the rows above it were not read"
            )
            return found, [Problem(table.label, number, None, message, Severity.WARNING)]
    return table, []


def _match_header(
    table: RawTable, schema: Schema
) -> tuple[dict[str, int], dict[int, str], list[Problem]]:
    known: dict[str, int] = {}
    unknown: dict[int, str] = {}
    problems: list[Problem] = []
    width = max([len(table.header), *(len(cells) for _, cells in table.rows)])
    for i in range(width):
        written = table.header[i] if i < len(table.header) else ""
        column = _canonical(schema, written)
        if column in schema.columns and column not in known:
            known[column] = i
            continue
        if column in known:
            first = table.header[known[column]]
            message = (
                f"the column '{written}' repeats '{first}': the first was read and this "
                "one kept as an extra column"
            )
            problems.append(
                Problem(table.label, table.header_row, written, message, Severity.WARNING)
            )
        unknown[i] = written or f"column {column_letter(i)}"
    return known, unknown, problems


def _known_cells(cells: tuple[Cell, ...], known: Mapping[str, int]) -> dict[str, Cell]:
    return {column: cells[i] for column, i in known.items() if i < len(cells) and cells[i] != ""}


def _extra(cells: tuple[Cell, ...], unknown: Mapping[int, str]) -> Extra:
    return tuple(
        (name, cell_text(cells[i])) for i, name in unknown.items() if i < len(cells) and cells[i]
    )


def _unknown_warnings(
    table: RawTable, schema: Schema, unknown: Mapping[int, str], rows: tuple[Row, ...]
) -> list[Problem]:
    used = {name for row in rows for name, _ in row.extra}
    named = {i: name for i, name in unknown.items() if i < len(table.header) and table.header[i]}
    repeats = {i for i, name in unknown.items() if _canonical(schema, name) in schema.columns}
    return [
        Problem(
            table.label,
            table.header_row,
            name,
            (
                f"'{name}' is not a column of the {table.kind} table: it was kept on each record "
                "as written, but no check reads it"
            ),
            Severity.WARNING,
        )
        for i, name in unknown.items()
        if (i in named or name in used) and i not in repeats
    ]


def _canonical(schema: Schema, written: str) -> str:
    name = normalise_name(written)
    return schema.aliases.get(name, name)


def _missing(table: RawTable, missing: list[str]) -> list[Problem]:
    names = " and ".join(f"'{c}'" for c in missing)
    plural = "columns" if len(missing) > 1 else "column"
    message = (
        f"the {table.kind} table has no {names} {plural}, so this row was not imported; "
        f"add the {plural} to the header (row {table.header_row})"
    )
    return [Problem(table.label, number, missing[0], message) for number, _ in table.rows]


def column_letter(index: int) -> str:
    """The spreadsheet letter of a zero-based column index: 0 -> ``A``, 27 -> ``AB``."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
