"""FS-AUD4: consent and confidentiality must not block sharing that safeguards a child."""

from __future__ import annotations

import datetime as dt
from typing import Any

from factories import a_case, a_child, all_columns_except, an_event
from foresight.model.case import Case
from foresight.model.outcomes import Finding, NotEvaluated, Outcome, Passed
from foresight.model.vocab import EventType

# Thursday 1 March 2012: 5 working days run to Thursday 8 March.
ASKED = "2012-03-01"


def family(*events: Any, carried: Any = None) -> Case:
    people = [a_child("C1", born="2008-01-01", agency=agency) for agency in ("CSC", "GP")]
    return a_case(people=people, events=events, carried=carried)


def plan(start: str = "2012-01-09", end: str | None = None) -> Any:
    return an_event(EventType.CHILD_PROTECTION_PLAN, on=start, end_date=end, eid="P1")


def request(on: str = ASKED, **kw: Any) -> Any:
    kw.setdefault("to_agency", "GP")
    return an_event(EventType.INFORMATION_REQUEST, on=on, eid="Q1", **kw)


def refusal(on: str = "2012-03-01", reason: str = "Mother has not given consent.") -> Any:
    return an_event(
        EventType.INFORMATION_SHARING_REFUSED,
        on=on,
        agency="GP",
        eid="X1",
        relates_to="CSC:Q1",
        reason=reason,
        to_agency="CSC",
    )


def shared(on: str, relates_to: str | None = None, to: str = "CSC") -> Any:
    kind = EventType.INFORMATION_SHARED
    return an_event(kind, on=on, agency="GP", eid="S1", to_agency=to, relates_to=relates_to)


def names(outcomes: list[Outcome]) -> list[str]:
    return [type(o).__name__ for o in outcomes]


def test_refusal_on_consent_then_shared_in_time_passes(run: Any) -> None:
    case = family(plan(), request(), refusal(), shared("2012-03-07"))
    assert names(run("FS-AUD4", case, "2012-06-01")) == ["Passed", "Passed"]


def test_refusal_on_consent_left_is_a_finding_citing_the_law(run: Any) -> None:
    case = family(plan(), request(), refusal())
    assert names(run("FS-AUD4", case, "2012-03-08")) == ["Passed", "Passed"]
    first, second = run("FS-AUD4", case, "2012-03-09")
    assert isinstance(first, Finding) and first.first_date == dt.date(2012, 3, 9)
    assert first.learning_points == ("AUD4",) and first.evidence == ("GP:X1", "CSC:P1")
    assert "public task" in first.message and "Schedule 1 paragraph 18" in first.message
    assert "CSC" in first.expected
    assert isinstance(second, Passed)  # the refusal answered the request


def test_escalation_of_the_refusal_passes(run: Any) -> None:
    escalated = an_event(EventType.ESCALATION, on="2012-03-05", eid="E9", relates_to="GP:X1")
    case = family(plan(), request(), refusal(), escalated)
    assert names(run("FS-AUD4", case, "2012-06-01")) == ["Passed", "Passed"]


def test_refusal_for_another_reason_or_with_no_open_work_is_not_a_trigger(run: Any) -> None:
    other = family(plan(), request(), refusal(reason="Records archived."))
    assert names(run("FS-AUD4", other, "2012-06-01")) == ["Passed"]
    closed = family(plan(end="2012-02-01"), request(), refusal())
    assert names(run("FS-AUD4", closed, "2012-06-01")) == ["Passed"]


def test_recent_concern_makes_it_a_trigger(run: Any) -> None:
    concern = an_event(EventType.CONCERN, on="2011-12-05", eid="K1")
    assert names(run("FS-AUD4", family(concern, request(), refusal()), "2012-06-01")) == [
        "Finding",
        "Passed",
    ]
    old = an_event(EventType.CONCERN, on="2011-11-05", eid="K1")
    assert names(run("FS-AUD4", family(old, request(), refusal()), "2012-06-01")) == ["Passed"]


def test_uncertain_plan_start_is_not_evaluated(run: Any) -> None:
    case = family(plan(start="Mar 2012"), request(), refusal())
    first, _ = run("FS-AUD4", case, "2012-06-01")
    assert isinstance(first, NotEvaluated) and "too uncertain" in first.reason


def test_unanswered_request_is_a_finding(run: Any) -> None:
    case = family(request())
    assert names(run("FS-AUD4", case, "2012-03-08")) == ["Passed"]
    [finding] = run("FS-AUD4", case, "2012-03-09")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 9)
    assert finding.evidence == ("CSC:Q1",)


def test_reply_from_the_asked_agency_counts_where_nothing_relates(run: Any) -> None:
    assert names(run("FS-AUD4", family(request(), shared("2012-03-06")), "2012-06-01")) == [
        "Passed"
    ]
    wrong_way = family(request(), shared("2012-03-06", to="POLICE"))
    assert names(run("FS-AUD4", wrong_way, "2012-06-01")) == ["Finding"]


def test_request_with_no_recipient_carried_is_not_evaluated(run: Any) -> None:
    case = family(request(to_agency=()), carried={"CSC": all_columns_except("to_agency")})
    [outcome] = run("FS-AUD4", case, "2012-06-01")
    assert isinstance(outcome, NotEvaluated) and "does not record to agency" in outcome.reason


def test_request_with_no_recipient_carried_is_judged_once_a_reply_is_known(run: Any) -> None:
    # The refusal relating to the request comes late (12 March, after the deadline of
    # 8 March): until it is known, whom CSC asked cannot be told.
    case = family(
        request(to_agency=()),
        refusal(on="2012-03-12"),
        carried={"CSC": all_columns_except("to_agency")},
    )
    [finding] = run("FS-AUD4", case, "2012-06-01")
    assert isinstance(finding, Finding) and finding.first_date == dt.date(2012, 3, 12)
    assert finding.evidence[0] == "CSC:Q1"
    assert names(run("FS-AUD4", case, "2012-03-11")) == ["NotEvaluated"]
    assert names(run("FS-AUD4", case, "2012-03-12")) == ["Finding"]
