"""The engine: every check on the replayed Case, each crash contained to its check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from factories import a_case, a_child, an_event
from foresight.checks import REGISTRY, CheckContext, Registry, run_checks
from foresight.model.case import Case
from foresight.model.outcomes import CheckError, Finding, Outcome, Passed
from foresight.model.vocab import EventType

DOC = """Why it matters: a. What triggers it: b. What the record should show: c.
What it cannot know: d."""


def _registry_with_a_crash() -> Registry:
    registry = Registry()

    def crashes(case: Case, ctx: CheckContext) -> Iterator[Outcome]:
        yield ctx.passed("CSC:C1", "a pass before the crash")
        raise ZeroDivisionError("division by zero in the check")

    def counts(case: Case, ctx: CheckContext) -> Iterable[Outcome]:
        return [ctx.passed(c.id, f"{len(case.events())} entries") for c in case.subject_children]

    def not_an_outcome(case: Case, ctx: CheckContext) -> Iterable[Outcome]:
        return ["oops"]  # type: ignore[list-item]

    for code, func in (("FS-A", crashes), ("FS-B", counts), ("FS-C", not_an_outcome)):
        func.__doc__ = DOC
        registry.register(code=code, learning_points=("NAT2",), title=code)(func)
    return registry


def test_a_crashing_check_becomes_an_error_and_the_others_still_run() -> None:
    case = a_case(events=[an_event(EventType.HOME_VISIT, on="2012-03-01")])
    outcomes = run_checks(case, CheckContext(dt.date(2012, 3, 5)), _registry_with_a_crash())
    crash, count, wrong = outcomes
    assert isinstance(crash, CheckError) and crash.check == "FS-A"
    assert "division by zero in the check" in crash.message
    assert isinstance(count, Passed) and count.check == "FS-B" and count.message == "1 entries"
    assert isinstance(wrong, CheckError) and wrong.check == "FS-C"
    assert not any(isinstance(o, Passed) and o.check == "FS-A" for o in outcomes)


def test_checks_see_only_what_was_known_on_as_of() -> None:
    case = a_case(
        events=[
            an_event(EventType.HOME_VISIT, on="2012-03-01"),
            an_event(EventType.HOME_VISIT, on="2012-03-10"),
        ]
    )
    registry = _registry_with_a_crash()
    early = run_checks(case, CheckContext(dt.date(2012, 3, 5)), registry)
    late = run_checks(case, CheckContext(dt.date(2012, 3, 10)), registry)
    assert isinstance(early[1], Passed) and early[1].message == "1 entries"
    assert isinstance(late[1], Passed) and late[1].message == "2 entries"


def test_run_checks_uses_the_registry_and_labels_outcomes() -> None:
    baby = a_child("C1", born="2012-01-01")
    case = a_case(people=[baby], events=[an_event(EventType.INJURY, on="2012-03-01")])
    outcomes = run_checks(case, CheckContext(dt.date(2012, 4, 1)))
    assert {o.check for o in outcomes} <= set(REGISTRY.codes())
    [finding] = [o for o in outcomes if isinstance(o, Finding)]
    assert finding.check == "FS-NAT2" and finding.learning_points == ("NAT2",)
    assert not [o for o in outcomes if isinstance(o, CheckError)]
