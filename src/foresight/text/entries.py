"""Reading entries to tag (lines, or one column of a CSV) and describing a tagging in a line.

>>> describe(tag_one("No bruising seen. Query NAI."))
'injury (uncertain) <- NAI | not: bruising'
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from foresight.errors import ForesightError
from foresight.text.tagger import Tagging, tag


class EntriesError(ForesightError):
    """Entries to tag could not be read: a missing or unreadable file, or no such column."""


def tag_one(text: str) -> Tagging:
    """Tag one line of text (a doctest helper)."""
    return tag(text)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # as the bundle reader does


def _matches(header: str, wanted: str) -> bool:
    """Column names match as in bundles: case, spaces, hyphens and underscores aside."""

    def key(name: str) -> str:
        return "".join(c for c in name.lower() if c not in " -_")

    return key(header) == key(wanted)


def csv_column(path: Path, column: str) -> list[str]:
    """The cells of ``column`` of the CSV at ``path``, in row order.

    Raises :class:`EntriesError` when the file cannot be read or has no such column.
    """
    try:
        text = _decode(path.read_bytes())
    except OSError as error:
        raise EntriesError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as error:
        raise EntriesError(f"{path} is not a readable CSV file: {error}") from None
    if not rows:
        raise EntriesError(f"{path} is empty: no header row")
    index = next((i for i, h in enumerate(rows[0]) if _matches(h, column)), None)
    if index is None:
        found = ", ".join(h for h in rows[0] if h.strip()) or "none"
        raise EntriesError(f"{path} has no column {column!r} (columns: {found})")
    return [row[index] if index < len(row) else "" for row in rows[1:]]


def describe(tagging: Tagging) -> str:
    """One readable line: each type with the words behind it, then the mentions negated
    ("not") and planned, proposed or hypothetical ("planned")."""
    parts = []
    for kind in tagging.event_types:
        doubt = " (uncertain)" if kind in tagging.uncertain_types else ""
        words = ", ".join(dict.fromkeys(tagging.evidence(kind)))
        parts.append(f"{kind}{doubt} <- {words}")
    line = "; ".join(parts) or "(no event type)"
    for name, mentions in (
        ("not", [m.text for m in tagging.mentions if m.negated]),
        ("planned", [m.text for m in tagging.mentions if m.planned and not m.negated]),
    ):
        if mentions:
            line += f" | {name}: {', '.join(mentions)}"
    return line
