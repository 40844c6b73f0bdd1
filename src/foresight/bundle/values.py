"""Reading the cells of one row into typed values, each failure a located problem.

A value that cannot be read is reported against its cell and kept on the record's ``extra``
as written, so nothing the agency wrote is lost; the rest of the row is still read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TypeVar

from foresight.bundle.columns import Row
from foresight.bundle.tables import cell_text, normalise_name
from foresight.model.dates import UncertainDate, parse_date
from foresight.model.records import Extra, Problem
from foresight.model.vocab import Severity

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class SoftValueError(ValueError):
    """A value that cannot be used but is only a warning (kept as written, row unaffected)."""


class Cells:
    """One row's cells, read column by column, collecting problems and kept values.

    >>> cells = Cells(row, problems)          # doctest: +SKIP
    >>> cells.date("date_of_birth")           # doctest: +SKIP
    UncertainDate(...)
    """

    def __init__(self, row: Row, problems: list[Problem]) -> None:
        self.row = row
        self.problems = problems
        self._kept: list[tuple[str, str]] = []

    @property
    def extra(self) -> Extra:
        return self.row.extra + tuple(self._kept)

    def raw(self, column: str) -> str:
        return cell_text(self.row.get(column))

    def text(self, column: str) -> str:
        return self.raw(column).strip()

    def optional(self, column: str) -> str | None:
        return self.text(column) or None

    def problem(
        self, column: str | None, message: str, severity: Severity = Severity.ERROR
    ) -> None:
        label = self.row.label(column) if column else None
        self.problems.append(Problem(self.row.file, self.row.number, label, message, severity))

    def unread(self, column: str, message: str, severity: Severity = Severity.ERROR) -> None:
        """Report a cell that was not read, and keep what it held on ``extra``."""
        self.problem(column, message, severity)
        self._kept.append((self.row.label(column), self.raw(column)))

    def date(self, column: str) -> UncertainDate | None:
        """An optional (possibly uncertain) date; unreadable is a problem for this cell."""
        try:
            return self.required_date(column)
        except ValueError as err:
            self.unread(column, f"{err}; the rest of the row was read")
            return None

    def required_date(self, column: str) -> UncertainDate | None:
        """The cell's date, ``None`` when blank; raises ``ValueError`` when unreadable."""
        cell = self.row.get(column)
        if isinstance(cell, dt.datetime):
            return UncertainDate.exact(cell.date())
        if isinstance(cell, dt.date):
            return UncertainDate.exact(cell)
        if not cell.strip():
            return None
        try:
            return parse_date(cell.strip())
        except (ValueError, OverflowError) as err:  # DateParseError is a ValueError
            raise ValueError(str(err) or f"cannot read '{cell}' as a date") from err

    def code(self, column: str, parse: Callable[[str], T]) -> T | None:
        """A coded value: ``parse`` raises ``ValueError(message)`` for an unknown code."""
        text = self.text(column)
        if not text:
            return None
        try:
            return parse(text)
        except SoftValueError as err:
            self.unread(column, str(err), Severity.WARNING)
        except ValueError as err:
            self.unread(column, f"{err}; the rest of the row was read")
        return None

    def items(self, column: str, separators: str = ";") -> tuple[str, ...]:
        """A ``;``-separated list, blanks and repeats dropped, order kept."""
        parts = re.split(f"[{re.escape(separators)}]", self.text(column))
        return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def enum_reader(
    enum: type[E], what: str, aliases: Mapping[str, str] | None = None
) -> Callable[[str], E]:
    """A parser for one code list: case, spaces and hyphens ignored; ``aliases`` accepted."""
    table = {normalise_name(k): v for k, v in (aliases or {}).items()}

    def parse(text: str) -> E:
        name = normalise_name(text)
        name = table.get(name, name)
        try:
            return enum(name)
        except ValueError:
            expected = ", ".join(m.value for m in enum)
            raise ValueError(f"'{text}' is not a {what}: expected one of {expected}") from None

    return parse


YES = frozenset({"yes", "y", "true", "1"})
NO = frozenset({"no", "n", "false", "0"})


def yes_no(text: str) -> bool:
    """``yes``/``no`` (also ``y``, ``true``, ``1`` and their opposites)."""
    name = normalise_name(text)
    if name in YES:
        return True
    if name in NO:
        return False
    raise ValueError(f"'{text}' is not yes or no")


def gestation(text: str) -> float:
    """Weeks of pregnancy: ``26``, ``26+3`` (26 weeks 3 days), ``26/40``, ``26+3/40``."""
    match = re.fullmatch(
        r"(\d{1,2}(?:\.\d+)?)\s*(?:\+\s*([0-6]))?\s*(?:/\s*40)?\s*(?:weeks?|wks?|w)?",
        text.strip(),
        flags=re.IGNORECASE,
    )
    if not match or float(match[1]) > 45:
        raise ValueError(f"'{text}' is not a gestation: write weeks as 26, 26+3 or 26/40")
    return float(match[1]) + (int(match[2]) / 7 if match[2] else 0)


def stage(text: str) -> int:
    """An escalation stage, 1 upwards (``2`` or ``Stage 2``)."""
    match = re.fullmatch(r"(?:stage\s*)?(\d{1,3})", text.strip(), flags=re.IGNORECASE)
    if not match or int(match[1]) < 1:
        raise ValueError(f"'{text}' is not an escalation stage: write a whole number, 1 upwards")
    return int(match[1])


def clock_time(text: str) -> str:
    """A time of day as ``HH:MM`` (``9:05``, ``09.05`` and ``0905`` accepted)."""
    match = re.fullmatch(r"(\d{1,2})[:.]?(\d{2})(?::\d{2})?", text.strip())
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"'{text}' is not a time: write it as HH:MM, e.g. 14:30")
    return f"{int(match[1]):02d}:{match[2]}"
