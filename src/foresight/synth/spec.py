"""A synthetic family described as data: agencies, people, relationships and entries.

Cells are kept as a practitioner would write them (``"C1;C2"``, ``"2B;4B"``, ``"Jan 2011"``);
exact dates are ``datetime.date`` so that each writer can render them in its own way (a date
cell in a workbook, an agency's house style in a CSV file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

# An exact day, or a date as written when it is uncertain ("early 2010", "?22 May 2016").
DateCell = dt.date | str


class Format(StrEnum):
    """How a bundle is handed over: a workbook, a folder of CSV files, or a zip of one."""

    XLSX = "xlsx"
    CSV = "csv"
    ZIP = "zip"


class DateStyle(StrEnum):
    """An agency's habit of writing dates in its exports (CSV only)."""

    ISO = "iso"  # 2016-03-11
    SLASHED = "slashed"  # 11/03/2016
    BRITISH = "british"  # 11 March 2016
    SHORT = "short"  # 11 Mar 2016


def render_date(value: DateCell | None, style: DateStyle) -> str:
    """A date as an agency writes it; an uncertain date stays as written.

    >>> render_date(dt.date(2016, 3, 11), DateStyle.SLASHED)
    '11/03/2016'
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if style is DateStyle.ISO:
        return value.isoformat()
    if style is DateStyle.SLASHED:
        return f"{value:%d/%m/%Y}"
    if style is DateStyle.BRITISH:
        return f"{value.day} {value:%B %Y}"
    return f"{value.day} {value:%b %Y}"


@dataclass(frozen=True)
class AgencySpec:
    """One agency of the family: its code, kind, house styles and entry references.

    ``id_prefix`` numbers its entries (``"CSC-"`` gives ``CSC-0001``...); ``None`` leaves the
    ``event_id`` blank so that the reader generates one.
    """

    code: str
    name: str
    kind: str
    local_authority: str = "Northmoor"
    date_style: DateStyle = DateStyle.ISO
    id_prefix: str | None = None
    source: str = ""
    author: str = ""


@dataclass(frozen=True)
class PersonSpec:
    """One agency's record of one person (a row of ``people``)."""

    agency: str
    person_id: str
    given_names: str = ""
    family_name: str = ""
    date_of_birth: DateCell | None = None
    sex: str = ""
    role: str = ""
    subject: bool = False
    nhs_number: str = ""
    other_names: str = ""
    address: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class RelSpec:
    """``person_id`` is the ``relationship`` of ``other_person_id`` (a row of ``relationships``)."""

    agency: str
    person_id: str
    relationship: str
    other_person_id: str
    start: DateCell | None = None
    end: DateCell | None = None


@dataclass(frozen=True)
class Entry:
    """One chronology entry (a row of ``events``); list cells are ``;``-separated strings.

    ``event_id`` ``None`` takes the agency's next reference; ``""`` leaves it blank.
    """

    agency: str
    date: DateCell
    types: str
    details: str
    outcome: str = ""
    subjects: str = ""
    people: str = ""
    participants: str = ""
    event_id: str | None = None
    time: str = ""
    end_date: DateCell | None = None
    recorded: DateCell | None = None
    relates_to: str = ""
    source: str = ""
    author: str = ""
    child_seen: str = ""
    child_views: str = ""
    agencies_involved: str = ""
    to_agency: str = ""
    factors: str = ""
    risk_level: str = ""
    mobility: str = ""
    category: str = ""
    gestation_weeks: str = ""
    reason: str = ""
    emergency: str = ""
    lawful_basis: str = ""
    placement_la: str = ""
    responsible_la: str = ""
    stage: str = ""
    status: str = ""


@dataclass(frozen=True)
class Family:
    """A synthetic family's bundle and what the checks should say about it.

    ``as_of`` is a day after the last entry on which to review it; ``expected`` holds the
    check codes a review on that day must raise (and no others).
    """

    name: str
    format: Format
    summary: str
    as_of: dt.date
    expected: frozenset[str]
    agencies: tuple[AgencySpec, ...]
    people: tuple[PersonSpec, ...]
    entries: tuple[Entry, ...]
    relationships: tuple[RelSpec, ...] = field(default=())

    @property
    def file_name(self) -> str:
        """The bundle's name on disk: a folder for CSV, else a file with its suffix."""
        return self.name if self.format is Format.CSV else f"{self.name}.{self.format}"

    def agency(self, code: str) -> AgencySpec:
        return next(a for a in self.agencies if a.code == code)


def nhs_number(serial: int) -> str:
    """A valid NHS number in the 999 range the NHS keeps for testing, never a real patient's.

    The check digit is computed (modulus 11). Each serial owns ten nine-digit stems and
    takes the first whose check digit is not 10, so distinct serials never collide.

    >>> nhs_number(1)
    '999 000 0107'
    """
    base = 999_000_000 + 10 * serial
    while True:
        digits = [int(c) for c in str(base)]
        total = sum(d * (10 - i) for i, d in enumerate(digits))
        check = (11 - total % 11) % 11
        if check != 10:
            text = f"{base}{check}"
            return f"{text[:3]} {text[3:6]} {text[6:]}"
        base += 1
