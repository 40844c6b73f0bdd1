"""CheckContext: deadlines, windows over uncertain dates, and judge()."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from factories import an_event
from foresight.checks import CheckContext, Window
from foresight.checks.context import Expectation, expectations
from foresight.model.dates import UncertainDate
from foresight.model.outcomes import Finding, NotEvaluated, Passed
from foresight.model.vocab import EventType

THU = dt.date(2012, 3, 1)
FRI = dt.date(2012, 3, 2)


def exact(day: dt.date) -> UncertainDate:
    return UncertainDate.exact(day)


def span(first: dt.date, last: dt.date) -> UncertainDate:
    return UncertainDate(first, last, f"{first} to {last}")


def test_deadlines() -> None:
    ctx = CheckContext(THU)
    assert ctx.deadline_working(FRI, 1) == dt.date(2012, 3, 5)
    assert ctx.deadline_working(dt.date(2012, 3, 3), 0) == dt.date(2012, 3, 3)  # a Saturday
    assert ctx.deadline_working(THU, -20) == dt.date(2012, 2, 2)
    assert ctx.deadline_days(THU, 1) == FRI
    assert ctx.deadline_working(dt.date(2012, 4, 5), 1) == dt.date(2012, 4, 10)  # Easter


def test_window_over_an_uncertain_date() -> None:
    ctx = CheckContext(THU)
    window = ctx.within_days(span(THU, dt.date(2012, 3, 10)), 1)
    assert window.span == (THU, dt.date(2012, 3, 11))
    assert window.deadline == dt.date(2012, 3, 11)
    assert not window.surely_contains(exact(dt.date(2012, 3, 5)))
    assert window.could_contain(exact(dt.date(2012, 3, 5)))
    assert not window.could_contain(exact(dt.date(2012, 3, 12)))
    sure = Window((THU, THU), (FRI, FRI))
    assert sure.surely_contains(exact(FRI)) and not sure.surely_contains(
        span(THU, dt.date(2012, 3, 3))
    )


def test_either_side_runs_from_start_to_end() -> None:
    ctx = CheckContext(THU)
    window = ctx.either_side_working(exact(THU), 20, exact(dt.date(2012, 3, 20)))
    assert window.span == (dt.date(2012, 2, 2), dt.date(2012, 4, 19))


def test_judge_outcomes_carry_the_check_and_dates() -> None:
    trigger = an_event(EventType.INJURY, on="2012-03-01", eid="T1")
    reply = an_event(EventType.REFERRAL, on="2012-03-02", eid="R1")
    window = CheckContext(THU).within_days(trigger.date, 1)
    pairs = {"referral": [reply]}
    ok = CheckContext(dt.date(2012, 4, 1)).judge(
        "C", trigger, window, expectations(pairs), about="Injury", expected="a referral"
    )
    assert isinstance(ok, Passed) and ok.evidence == ("CSC:T1", "CSC:R1")
    missing = (Expectation("referral", ()),)
    late = CheckContext(dt.date(2012, 3, 3)).judge(
        "C", trigger, window, missing, about="Injury", expected="a referral"
    )
    assert isinstance(late, Finding) and late.first_date == dt.date(2012, 3, 3)
    assert late.expected == "a referral (by 2 March 2012)"
    due = CheckContext(FRI).judge("C", trigger, window, missing, about="Injury", expected="x")
    assert isinstance(due, Passed) and "not due until 2 March 2012" in due.message


readings = st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2012, 2, 28))


@given(
    trigger_from=readings,
    trigger_days=st.integers(0, 10),
    reply=st.one_of(st.none(), st.tuples(readings, st.integers(0, 10))),
    n=st.integers(0, 5),
    as_of=st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2012, 3, 31)),
)
def test_judge_finds_a_breach_only_when_it_holds_for_every_reading(
    trigger_from: dt.date,
    trigger_days: int,
    reply: tuple[dt.date, int] | None,
    n: int,
    as_of: dt.date,
) -> None:
    ctx = CheckContext(as_of)
    trigger_date = span(trigger_from, trigger_from + dt.timedelta(days=trigger_days))
    trigger = an_event(EventType.SELF_HARM, on=trigger_date, eid="T")
    replies = []
    if reply is not None:
        start = reply[0]
        replies.append(
            an_event(
                EventType.SELF_HARM_RISK_ASSESSMENT,
                on=span(start, start + dt.timedelta(days=reply[1])),
            )
        )
    window = ctx.within_working_days(trigger_date, n)
    outcome = ctx.judge(
        "C", trigger, window, (Expectation("assessment", tuple(replies)),), about="x", expected="y"
    )
    days = [trigger_date.earliest + dt.timedelta(days=i) for i in range(trigger_days + 1)]
    reply_days = (
        [replies[0].date.earliest + dt.timedelta(days=i) for i in range(reply[1] + 1)]
        if reply
        else []
    )

    def in_time(t: dt.date, r: dt.date) -> bool:
        return t <= r <= ctx.deadline_working(t, n)

    if isinstance(outcome, Finding):
        for t in days:
            assert as_of > ctx.deadline_working(t, n)
            assert not any(in_time(t, r) for r in reply_days)
        assert outcome.first_date == max(
            ctx.deadline_working(days[-1], n) + dt.timedelta(days=1), trigger.known_from
        )
    elif isinstance(outcome, Passed) and "not due" not in outcome.message:
        assert all(in_time(t, r) for t in days for r in reply_days)
    elif isinstance(outcome, Passed):
        assert all(as_of <= ctx.deadline_working(t, n) for t in days)
    else:
        assert isinstance(outcome, NotEvaluated)
        # Exact dates are never too uncertain to tell.
        assert trigger_days > 0 or (reply is not None and reply[1] > 0)
