"""parse_date: every form of bundle-format.md's Dates section, its errors, and properties."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from foresight.errors import DateParseError, ForesightError
from foresight.model.dates import MAX_YEAR, MIN_YEAR, UncertainDate, parse_date

D = dt.date


def month_end(year: int, month: int) -> dt.date:
    return D(year, month, calendar.monthrange(year, month)[1])


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2011-01-12", D(2011, 1, 12), D(2011, 1, 12)),
        ("12/01/2011", D(2011, 1, 12), D(2011, 1, 12)),
        ("12-01-2011", D(2011, 1, 12), D(2011, 1, 12)),
        ("12.01.2011", D(2011, 1, 12), D(2011, 1, 12)),
        ("3/4/2012", D(2012, 4, 3), D(2012, 4, 3)),
        ("12 Jan 2011", D(2011, 1, 12), D(2011, 1, 12)),
        ("12 January 2011", D(2011, 1, 12), D(2011, 1, 12)),
        ("1st March 2012", D(2012, 3, 1), D(2012, 3, 1)),
        ("22nd of Sept 2014", D(2014, 9, 22), D(2014, 9, 22)),
        ("March 3, 2012", D(2012, 3, 3), D(2012, 3, 3)),
        ("2011-01-12 00:00:00", D(2011, 1, 12), D(2011, 1, 12)),
        ("12/01/2011 14:30", D(2011, 1, 12), D(2011, 1, 12)),
        ("Jan 2011", D(2011, 1, 1), D(2011, 1, 31)),
        ("January 2011", D(2011, 1, 1), D(2011, 1, 31)),
        ("Feb 2012", D(2012, 2, 1), D(2012, 2, 29)),
        ("Sept 2011", D(2011, 9, 1), D(2011, 9, 30)),
        ("2011", D(2011, 1, 1), D(2011, 12, 31)),
        ("early 2010", D(2010, 1, 1), D(2010, 4, 30)),
        ("mid 2010", D(2010, 5, 1), D(2010, 8, 31)),
        ("mid-2010", D(2010, 5, 1), D(2010, 8, 31)),
        ("late 2010", D(2010, 9, 1), D(2010, 12, 31)),
        ("c. 2005", D(2004, 1, 1), D(2006, 12, 31)),
        ("c 2005", D(2004, 1, 1), D(2006, 12, 31)),
        ("circa 2005", D(2004, 1, 1), D(2006, 12, 31)),
        ("about 2005", D(2004, 1, 1), D(2006, 12, 31)),
        ("approx 2005", D(2004, 1, 1), D(2006, 12, 31)),
        ("approx. 2005", D(2004, 1, 1), D(2006, 12, 31)),
        ("?22 May 2016", D(2016, 5, 1), D(2016, 5, 31)),
        ("22/05/2016?", D(2016, 5, 1), D(2016, 5, 31)),
        ("?May 2016", D(2016, 1, 1), D(2016, 12, 31)),
        ("?2016", D(2015, 1, 1), D(2017, 12, 31)),
        ("2008-2010", D(2008, 1, 1), D(2010, 12, 31)),
        ("2008 – 2010", D(2008, 1, 1), D(2010, 12, 31)),
        ("between 2008 and 2010", D(2008, 1, 1), D(2010, 12, 31)),
        ("Sep 2011 - Mar 2012", D(2011, 9, 1), D(2012, 3, 31)),
        ("Sep 2011-Mar 2012", D(2011, 9, 1), D(2012, 3, 31)),
        ("2011-01-12 to 2011-02-01", D(2011, 1, 12), D(2011, 2, 1)),
        ("2011-01-12-2011-02-01", D(2011, 1, 12), D(2011, 2, 1)),
        ("early 2010 to ?3 Jun 2011", D(2010, 1, 1), D(2011, 6, 30)),
        ("  12   JAN   2011 ", D(2011, 1, 12), D(2011, 1, 12)),
    ],
)
def test_each_documented_form(text: str, earliest: dt.date, latest: dt.date) -> None:
    parsed = parse_date(text)
    assert (parsed.earliest, parsed.latest) == (earliest, latest)
    assert parsed.written == text.strip()


def test_written_keeps_the_text_as_written() -> None:
    assert str(parse_date("  about  2005 ")) == "about  2005"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("31/02/2011", ["February 2011 has 28 days", "Feb 2011"]),
        ("29 Feb 2011", ["February 2011 has 28 days"]),
        ("2011-13-01", ["no month 13"]),
        ("01/13/2011", ["day first", "13/01/2011"]),
        ("12/01/11", ["two digits", "12/01/2011", "12/01/1911"]),
        ("2008-10", ["Oct 2008", "2008-2010"]),
        ("2012 - 2010", ["ends before it starts", "earlier date first"]),
        ("Mar 2012 to Sep 2011", ["ends before it starts"]),
        ("", ["empty"]),
        ("   ", ["empty"]),
        ("0211-03-01", ["year 0211"]),
        ("?c. 2005", ["question mark"]),
        ("2008 - 2009 - 2010", ["more than two dates"]),
        ("last Tuesday", ["not in a form", "12/01/2011"]),
    ],
)
def test_bad_dates_say_what_is_wrong_and_how_to_write_it(text: str, words: list[str]) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    message = str(caught.value)
    for word in words:
        assert word in message
    assert isinstance(caught.value, ForesightError)
    if text.strip():
        assert repr(text.strip()) in message


# --- properties ---------------------------------------------------------------------------

days = st.dates(min_value=D(MIN_YEAR + 1, 1, 1), max_value=D(MAX_YEAR - 1, 12, 31))
years = st.integers(MIN_YEAR + 1, MAX_YEAR - 1)


def whole_month(day: dt.date) -> tuple[dt.date, dt.date]:
    return day.replace(day=1), month_end(day.year, day.month)


def month_word(day: dt.date, draw: st.DrawFn) -> str:
    long = day.strftime("%B")
    short = "Sept" if day.month == 9 and draw(st.booleans()) else day.strftime("%b")
    return draw(st.sampled_from([long, short]))


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, dt.date, dt.date]:
    """A date written in one of the accepted forms, with the range it must read as."""
    day = draw(days)
    sep = draw(st.sampled_from("/-."))
    forms = {
        "iso": (day.isoformat(), day, day),
        "numeric": (f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}", day, day),
        "numeric_short": (f"{day.day}{sep}{day.month}{sep}{day.year}", day, day),
        "named": (f"{day.day} {month_word(day, draw)} {day.year}", day, day),
        "ordinal": (f"{ordinal(day.day)} {month_word(day, draw)} {day.year}", day, day),
        "month": (f"{month_word(day, draw)} {day.year}", *whole_month(day)),
        "year": (str(day.year), D(day.year, 1, 1), D(day.year, 12, 31)),
        "doubtful": (f"?{day.day} {month_word(day, draw)} {day.year}", *whole_month(day)),
        "circa": (
            f"{draw(st.sampled_from(['c.', 'c', 'circa', 'about', 'approx', 'approx.']))} "
            f"{day.year}",
            D(day.year - 1, 1, 1),
            D(day.year + 1, 12, 31),
        ),
    }
    season, (first, last) = draw(
        st.sampled_from([("early", (1, 4)), ("mid", (5, 8)), ("late", (9, 12))])
    )
    forms["season"] = (f"{season} {day.year}", D(day.year, first, 1), month_end(day.year, last))
    text, earliest, latest = forms[draw(st.sampled_from(sorted(forms)))]
    return text, earliest, latest


def scramble(text: str, data: st.DataObject) -> str:
    """Change the case and add spaces around the words, as people do."""
    cased = data.draw(st.sampled_from([text, text.upper(), text.lower(), text.title()]))
    pad = data.draw(st.sampled_from(["", " ", "   "]))
    return pad + cased.replace(" ", data.draw(st.sampled_from([" ", "  "]))) + pad


@given(st.data())
def test_every_written_form_reads_as_its_range(data: st.DataObject) -> None:
    text, earliest, latest = data.draw(written_dates())
    text = scramble(text, data)
    parsed = parse_date(text)
    assert (parsed.earliest, parsed.latest) == (earliest, latest)
    assert parsed.written == text.strip()


@given(st.data())
def test_a_span_reads_from_the_first_start_to_the_second_end(data: st.DataObject) -> None:
    first_text, first_start, _ = data.draw(written_dates())
    second_text, _, second_end = data.draw(written_dates())
    joiner = data.draw(st.sampled_from([" - ", " to ", " – ", "–", "  TO  "]))
    text = first_text + joiner + second_text
    if second_end < first_start:
        with pytest.raises(DateParseError, match="ends before it starts"):
            parse_date(text)
    else:
        parsed = parse_date(text)
        assert (parsed.earliest, parsed.latest) == (first_start, second_end)


@given(st.dates(), st.sampled_from(["{d:%d}/{d:%m}/{d:%y}", "{d:%d}.{d:%m}.{d:%y}"]))
def test_two_digit_years_are_refused(day: dt.date, pattern: str) -> None:
    with pytest.raises(DateParseError, match="two digits"):
        parse_date(pattern.format(d=day))


@given(years, st.integers(1, 12), st.integers(29, 35))
def test_impossible_days_are_refused(year: int, month: int, day: int) -> None:
    text = f"{day}/{month}/{year}"
    if day <= calendar.monthrange(year, month)[1]:
        assert parse_date(text).earliest == D(year, month, day)
    else:
        with pytest.raises(DateParseError, match="there is no day"):
            parse_date(text)


# Text that looks a little like dates reaches the parser's corners more often than any text.
date_like = st.text(alphabet="0123456789/-.? cjanfebmrspoctlyugdi,–to", max_size=30)


@given(st.one_of(st.text(max_size=40), date_like))
@example("2011-01-12-")
@example("?")
@example("c. 9999")
@example("between and")
def test_any_text_reads_or_raises_date_parse_error(text: str) -> None:
    try:
        parsed = parse_date(text)
    except DateParseError as error:
        assert str(error)
    else:
        assert isinstance(parsed, UncertainDate)
        assert parsed.earliest <= parsed.latest
        assert parsed.written == text.strip()


def test_plus_days_moves_both_ends() -> None:
    moved = parse_date("Feb 2012").plus_days(1)
    assert (moved.earliest, moved.latest) == (D(2012, 2, 2), D(2012, 3, 1))
