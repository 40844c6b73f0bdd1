"""Dates as people write them in chronologies: exact, partial, approximate or a span.

Every date keeps what was written and becomes the earliest and latest day it could be.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from foresight.errors import DateParseError


@dataclass(frozen=True, order=True)
class UncertainDate:
    """A day somewhere between ``earliest`` and ``latest`` inclusive, as ``written``.

    >>> d = UncertainDate.exact(dt.date(2011, 1, 12))
    >>> d.is_exact, d.written
    (True, '12 January 2011')
    """

    earliest: dt.date
    latest: dt.date
    written: str

    def __post_init__(self) -> None:
        if self.latest < self.earliest:
            raise ValueError(f"{self.written!r}: latest day is before earliest day")

    @classmethod
    def exact(cls, day: dt.date, written: str | None = None) -> UncertainDate:
        return cls(day, day, written if written is not None else british(day))

    @property
    def is_exact(self) -> bool:
        return self.earliest == self.latest

    def could_be(self, day: dt.date) -> bool:
        return self.earliest <= day <= self.latest

    def plus_days(self, days: int) -> UncertainDate:
        """The same uncertainty moved ``days`` calendar days later (earlier if negative).

        >>> UncertainDate.exact(dt.date(2012, 2, 28)).plus_days(2).earliest
        datetime.date(2012, 3, 1)
        """
        step = dt.timedelta(days=days)
        return UncertainDate(
            self.earliest + step,
            self.latest + step,
            f"{self.written} {'+' if days >= 0 else '-'} {abs(days)} days",
        )

    def __str__(self) -> str:
        return self.written


def in_words(date: UncertainDate) -> str:
    """A British date (``3 March 2012``) when exact, else the date as written (``Mar 2012``)."""
    return british(date.earliest) if date.is_exact else date.written


def british(day: dt.date) -> str:
    """A date the way a practitioner writes it: ``3 March 2012``."""
    return f"{day.day} {day:%B %Y}"


# --- Reading dates as written -------------------------------------------------------------
#
# Each form a practitioner writes is one row of ``_FORMS``: a regular expression over the
# normalised text (lower case, single spaces) and a builder that turns its match into a
# ``_Reading``. ``parse_date`` tries them in order, then tries the text as a span of two dates.

# Years outside this range are far more likely to be typing slips (0211, 2101) than real
# dates in a child's chronology, so they are reported rather than silently accepted.
MIN_YEAR = 1850
MAX_YEAR = 2150

_EXAMPLES = (
    "write it as, for example, 2011-01-12, 12/01/2011, 12 Jan 2011, Jan 2011, 2011, "
    "early 2011, c. 2011, ?12 Jan 2011 or Sep 2011 - Mar 2012"
)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>[0-9]{4})"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?"
# An exported cell may carry a time of day after the date; the `time` column holds times,
# so it is ignored here.
_TIME = r"(?:[ t][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"

# Seasons of a year as the format defines them: early Jan–Apr, mid May–Aug, late Sep–Dec.
_SEASONS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


class _Unit(Enum):
    """How precise a reading is, so a doubtful mark (``?``) knows what to widen to."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    APPROXIMATE = "approximate"


@dataclass(frozen=True)
class _Reading:
    earliest: dt.date
    latest: dt.date
    unit: _Unit


class _NotADate(Exception):
    """The text does not have the shape of any form (as opposed to a recognised but bad date)."""


def _fail(written: str, why: str, fix: str = _EXAMPLES) -> DateParseError:
    return DateParseError(f"cannot read {written!r} as a date: {why}; {fix}")


def _year(text: str, written: str) -> int:
    year = int(text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _fail(
            written,
            f"the year {text} is outside {MIN_YEAR}-{MAX_YEAR}",
            "check the year, written with four digits",
        )
    return year


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int, written: str) -> _Reading:
    if not 1 <= month <= 12:
        raise _fail(written, f"there is no month {month}")
    length = calendar.monthrange(year, month)[1]
    if not 1 <= day <= length:
        month_name = dt.date(year, month, 1).strftime("%B %Y")
        short = dt.date(year, month, 1).strftime("%b %Y")
        raise _fail(
            written,
            f"{month_name} has {length} days, so there is no day {day}",
            f"check the day, or write {short} if only the month is known",
        )
    day_ = dt.date(year, month, day)
    return _Reading(day_, day_, _Unit.DAY)


def _iso(m: re.Match[str], written: str) -> _Reading:
    return _day(_year(m["year"], written), int(m["month"]), int(m["day"]), written)


def _numeric(m: re.Match[str], written: str) -> _Reading:
    day, month = int(m["day"]), int(m["month"])
    if month > 12 and 1 <= day <= 12:
        # 01/13/2011 is almost always a month-first (American) date.
        raise _fail(
            written,
            f"there is no month {month} (dates are read day first)",
            f"if you meant {month} {dt.date(2000, day, 1):%B}, "
            f"write {month:02d}/{day:02d}/{m['year']}",
        )
    return _day(_year(m["year"], written), int(m["month"]), int(m["day"]), written)


def _two_digit_year(m: re.Match[str], written: str) -> _Reading:
    # 12/01/11 could be 1911 or 2011 (a grandparent's birth or a child's): never guess.
    start, yy = m["start"], m["year"]
    raise _fail(
        written,
        f"the year '{yy}' has only two digits",
        f"write the year in full, as {start}20{yy} or {start}19{yy}",
    )


def _ambiguous_year_month(m: re.Match[str], written: str) -> _Reading:
    # 2008-10 is October 2008 to some writers and 2008 to 2010 to others: never guess.
    year, tail = m["year"], m["tail"]
    span = f"{year}-{year[:2]}{tail}"
    if 1 <= int(tail) <= 12:
        month = dt.date(2000, int(tail), 1).strftime("%b")
        raise _fail(
            written,
            "it could be a month or a span of years",
            f"write {month} {year} for the month or {span} for the years",
        )
    raise _fail(
        written,
        "the second year of the span is cut short",
        f"write the span of years in full, as {span}",
    )


def _named_day(m: re.Match[str], written: str) -> _Reading:
    return _day(_year(m["year"], written), _MONTHS[m["month"]], int(m["day"]), written)


def _named_month(m: re.Match[str], written: str) -> _Reading:
    year, month = _year(m["year"], written), _MONTHS[m["month"]]
    return _Reading(dt.date(year, month, 1), _month_end(year, month), _Unit.MONTH)


def _whole_year(m: re.Match[str], written: str) -> _Reading:
    year = _year(m["year"], written)
    return _Reading(dt.date(year, 1, 1), dt.date(year, 12, 31), _Unit.YEAR)


def _season(m: re.Match[str], written: str) -> _Reading:
    year = _year(m["year"], written)
    first, last = _SEASONS[m["season"]]
    return _Reading(dt.date(year, first, 1), _month_end(year, last), _Unit.SEASON)


def _circa(m: re.Match[str], written: str) -> _Reading:
    year = _year(m["year"], written)
    return _Reading(dt.date(year - 1, 1, 1), dt.date(year + 1, 12, 31), _Unit.APPROXIMATE)


_Builder = Callable[[re.Match[str], str], _Reading]

_FORMS: tuple[tuple[re.Pattern[str], _Builder], ...] = tuple(
    (re.compile(pattern, re.ASCII), builder)
    for pattern, builder in (
        (rf"(?P<year>[0-9]{{4}})-(?P<month>[0-9]{{1,2}})-(?P<day>[0-9]{{1,2}}){_TIME}", _iso),
        (
            rf"(?P<day>[0-9]{{1,2}})([/.-])(?P<month>[0-9]{{1,2}})\2(?P<year>[0-9]{{4}}){_TIME}",
            _numeric,
        ),
        (r"(?P<start>[0-9]{1,2}([/.-])[0-9]{1,2}\2)(?P<year>[0-9]{2})", _two_digit_year),
        (r"(?P<year>[0-9]{4})-(?P<tail>[0-9]{2})", _ambiguous_year_month),
        (rf"{_DAY} (?:of )?{_MONTH},? {_YEAR}", _named_day),
        (rf"{_MONTH} {_DAY},? {_YEAR}", _named_day),
        (rf"{_MONTH},? {_YEAR}", _named_month),
        (_YEAR, _whole_year),
        (rf"(?P<season>early|mid|late)(?: |-)?{_YEAR}", _season),
        (rf"(?:c|ca|circa|about|around|approx|approximately)\.? ?{_YEAR}", _circa),
    )
)


def _widen(reading: _Reading, written: str) -> _Reading:
    """A doubtful date (``?22 May 2016``) could be anywhere in the next larger unit."""
    first, last = reading.earliest, reading.latest
    if reading.unit is _Unit.DAY:
        return _Reading(first.replace(day=1), _month_end(first.year, first.month), _Unit.MONTH)
    if reading.unit in (_Unit.MONTH, _Unit.SEASON):
        return _Reading(dt.date(first.year, 1, 1), dt.date(last.year, 12, 31), _Unit.YEAR)
    if reading.unit is _Unit.YEAR:
        return _Reading(
            first.replace(year=first.year - 1), last.replace(year=last.year + 1), _Unit.APPROXIMATE
        )
    raise _fail(
        written,
        "a question mark cannot be added to a date that is already approximate",
        "remove the question mark",
    )


def _single(text: str, written: str) -> _Reading:
    """Read one date (not a span) from normalised ``text``; raise ``_NotADate`` if no form fits."""
    doubtful = text.startswith("?") or text.endswith("?")
    if doubtful:
        text = text.strip("?").strip()
    for pattern, builder in _FORMS:
        match = pattern.fullmatch(text)
        if match:
            reading = builder(match, written)
            return _widen(reading, written) if doubtful else reading
    raise _NotADate


# A span is two dates joined by "to", "until", a dash with spaces around it, or an en or em
# dash; "between A and B" also reads as a span. A bare hyphen ("2008-2010") is tried last,
# at every position, because hyphens also sit inside single dates (2011-01-12, 12-01-2011).
_SPAN_SEPARATORS = re.compile(r" (?:to|until|till) | - |[\u2013\u2014]")
_BETWEEN = re.compile(r"between (?P<first>.+) and (?P<second>.+)")


def _span_halves(text: str, written: str) -> tuple[_Reading, _Reading]:
    between = _BETWEEN.fullmatch(text)
    pieces = [between["first"], between["second"]] if between else _SPAN_SEPARATORS.split(text)
    if len(pieces) == 2:
        return _single(pieces[0].strip(), written), _single(pieces[1].strip(), written)
    if len(pieces) > 2:
        raise _fail(
            written,
            "it has more than two dates",
            "write a span as a start and an end, as Sep 2011 - Mar 2012",
        )
    for i, char in enumerate(text):
        if char == "-":
            try:
                return _single(text[:i], written), _single(text[i + 1 :], written)
            except (_NotADate, DateParseError):
                continue  # another hyphen may be the one between the two dates
    raise _NotADate


def _span(text: str, written: str) -> _Reading:
    first, second = _span_halves(text, written)
    if second.latest < first.earliest:
        raise _fail(written, "the span ends before it starts", "put the earlier date first")
    return _Reading(first.earliest, second.latest, _Unit.APPROXIMATE)


def parse_date(text: str) -> UncertainDate:
    """Read a date as a practitioner wrote it, keeping its uncertainty.

    Accepted forms (any case, extra spaces allowed): ``2011-01-12``; ``12/01/2011``,
    ``12-01-2011``, ``12.01.2011`` (always day first; a two-digit year is refused, since
    ``12/01/11`` could be 1911 or 2011); ``12 Jan 2011``, ``12 January 2011``,
    ``1st March 2012``; ``Jan 2011``, ``Sept 2011``; ``2011``; ``early 2010`` (Jan–Apr),
    ``mid 2010`` (May–Aug), ``late 2010`` (Sep–Dec); ``c. 2005``, ``circa``, ``about``,
    ``approx`` (the year before to the year after); a doubtful ``?22 May 2016`` or
    ``22 May 2016?`` (any day of that month; a doubtful month means any month of its year,
    a doubtful year the year either side); and spans ``2008-2010``, ``Sep 2011 - Mar 2012``,
    ``2011-01-12 to 2011-02-01``, ``between 2008 and 2010`` (sometime in the span). Years
    must be four digits from 1850 to 2150.

    Raises :class:`~foresight.errors.DateParseError`, with what is wrong and how to write
    it, for an empty, impossible (31/02/2011), reversed or unreadable date.

    >>> d = parse_date("Sep 2011 - Mar 2012")
    >>> d.earliest, d.latest, d.written
    (datetime.date(2011, 9, 1), datetime.date(2012, 3, 31), 'Sep 2011 - Mar 2012')
    """
    written = text.strip()
    if not written:
        raise DateParseError(f"the date is empty; {_EXAMPLES}")
    normalised = " ".join(written.lower().split())
    try:
        reading = _single(normalised, written)
    except _NotADate:
        try:
            reading = _span(normalised, written)
        except _NotADate:
            raise _fail(written, "it is not in a form Foresight knows") from None
    return UncertainDate(reading.earliest, reading.latest, written)
