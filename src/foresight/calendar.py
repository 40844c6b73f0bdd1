"""Working days in England and Wales: Monday to Friday, less bank holidays.

"Within N working days of D" in the learning points means D is day 0 and the deadline is
the Nth working day after D. Bank holidays come from the ``holidays`` package (offline),
which includes one-off holidays such as the 2022 state funeral and the 2023 coronation,
and the substitute days when a holiday falls at a weekend.
"""

from __future__ import annotations

import bisect
import datetime as dt
import threading

import holidays

_ONE_DAY = dt.timedelta(days=1)


class WorkingDays:
    """A working-day calendar: weekdays that are not public holidays in one (sub)division.

    >>> cal = WorkingDays()
    >>> cal.add_working_days(dt.date(2011, 12, 23), 1)   # Christmas 2011: 26 and 27 off
    datetime.date(2011, 12, 28)
    >>> cal.working_days_between(dt.date(2011, 12, 23), dt.date(2011, 12, 28))
    1
    """

    def __init__(self, country: str = "GB", subdiv: str = "ENG") -> None:
        self.country = country
        self.subdiv = subdiv
        # Holidays are computed per year on first use and kept: checks ask about the same
        # few years thousands of times. Only weekday holidays matter for counting.
        self._years: dict[int, tuple[dt.date, ...]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"WorkingDays(country={self.country!r}, subdiv={self.subdiv!r})"

    def _holidays(self, year: int) -> tuple[dt.date, ...]:
        """The sorted weekday holidays of ``year``."""
        found = self._years.get(year)
        if found is None:
            with self._lock:
                table = holidays.country_holidays(self.country, subdiv=self.subdiv, years=year)
                found = tuple(sorted(d for d in table if d.year == year and d.weekday() < 5))
                self._years[year] = found
        return found

    def is_bank_holiday(self, day: dt.date) -> bool:
        """True when ``day`` is a weekday public holiday (or substitute day).

        >>> WorkingDays().is_bank_holiday(dt.date(2022, 9, 19))
        True
        """
        return day in self._holidays(day.year)

    def is_working_day(self, day: dt.date) -> bool:
        """True for Monday to Friday that is not a bank holiday.

        >>> WorkingDays().is_working_day(dt.date(2012, 6, 5))   # Diamond Jubilee
        False
        """
        return day.weekday() < 5 and not self.is_bank_holiday(day)

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The Nth working day after ``day`` (``day`` itself is day 0); ``n = 0`` gives ``day``.

        A negative ``n`` counts back: the Nth working day before ``day``.

        >>> WorkingDays().add_working_days(dt.date(2023, 5, 5), 1)   # Friday; Monday off
        datetime.date(2023, 5, 9)
        """
        step = _ONE_DAY if n >= 0 else -_ONE_DAY
        remaining = abs(n)
        current = day
        while remaining:
            current += step
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days after ``a`` up to and including ``b``.

        When ``b`` is before ``a`` the answer is negative: minus the working days from ``b``
        up to but not including ``a``. So ``working_days_between(d, add_working_days(d, n))``
        is ``n`` for every ``n``.

        >>> WorkingDays().working_days_between(dt.date(2022, 9, 16), dt.date(2022, 9, 20))
        1
        """
        if b < a:
            return -self.working_days_between(b - _ONE_DAY, a - _ONE_DAY)
        weekdays = _weekdays_to(b) - _weekdays_to(a)
        return weekdays - self._holidays_in(a, b)

    def _holidays_in(self, a: dt.date, b: dt.date) -> int:
        """Weekday holidays after ``a`` up to and including ``b``."""
        count = 0
        for year in range(a.year, b.year + 1):
            days = self._holidays(year)
            count += bisect.bisect_right(days, b) - bisect.bisect_right(days, a)
        return count


def _weekdays_to(day: dt.date) -> int:
    """Monday-to-Friday days from 1 January of year 1 (a Monday) up to and including ``day``."""
    ordinal = day.toordinal()
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


ENGLAND_AND_WALES = WorkingDays()
"""Bank holidays of England (the same as Wales'): the calendar the learning points use."""
